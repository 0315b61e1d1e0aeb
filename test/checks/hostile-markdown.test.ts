/**
 * Markdown injection through the Cloud Run checks: text a Run API answers (a service's ingress,
 * region, traffic tags) reaches the plan's warnings and notes, and so the PR comment. A hostile
 * answer renders no live link, image or emphasis. The CLI in-process, over real HTTP: Compute from
 * the emulator, /v2/ from a hostile endpoint in front of it.
 */
import { describe, expect, it } from 'vitest';
import { mdText } from '../../src/plan/render/common.js';
import { cli } from '../helpers/cli.js';
import { harness, P } from '../helpers/emulator.js';
import { answer, front } from '../helpers/front.js';
import { workspace } from '../helpers/plan.js';

const EVIL = '[click me](https://evil.example) ![t](https://evil.example/t.png) **bold** _it_ ~~gone~~ www.evil.example';

const manifest = `apiVersion: lb-plan/v1
kind: LoadBalancer
metadata: { name: shop, project: ${P} }
frontend:
  address: { reserve: shop-ip }
  http: true
backends:
  web:
    serverless: [ { region: us-central1, cloudRun: { service: hello, tag: blue } } ]
`;

/** `plan --format markdown` against a Run API that answers service `hello` with `service`'s fields. */
async function markdown(service: Record<string, unknown>): Promise<string> {
  const h = await harness();
  const hostile = await front((req, res) => {
    if (!req.url?.startsWith('/v2/')) return false;
    answer(res, 200, { name: `projects/${P}/locations/us-central1/services/hello`, ...service });
    return true;
  }, h.em.endpoint);
  const r = await cli('plan', workspace().write(manifest), '--compute-endpoint', hostile.endpoint, '--format', 'markdown');
  expect(r.code, r.stderr).toBe(0);
  return r.stdout;
}

/** No Markdown link, image, emphasis, strikethrough or autolinked URL spelled in `md`. */
function expectInert(md: string): void {
  expect(md).not.toMatch(/\]\(/);
  expect(md).not.toMatch(/!\[/);
  expect(md).not.toMatch(/\*\*bold|_it_|~~gone/);
  expect(md).not.toMatch(/https:\/\/evil|www\.evil/i);
}

describe('API text in the Markdown plan', () => {
  it('a hostile ingress is not quoted: the service is noted as having an unexpected ingress', async () => {
    const md = await markdown({ ingress: EVIL, traffic: [{ tag: 'blue' }] });
    expect(md).toContain('its ingress is an unexpected value; lb-plan cannot tell whether the load balancer reaches it.');
    expect(md).not.toContain('evil');
  });

  it('hostile traffic tags are shown as text, never as a link, image or emphasis', async () => {
    const md = await markdown({ ingress: 'INGRESS_TRAFFIC_INTERNAL_LOAD_BALANCER', traffic: [{ tag: EVIL }] });
    expect(md).toContain('requests for tag blue fail, since its traffic tags are &#91;click me&#93;(https&#58;//evil.example)');
    expectInert(md);
  });

  it('mdText keeps plain text as it is, and GitHub shows the entities as the characters they stand for', () => {
    expect(mdText('Cloud Run service hello in us-central1 (NEG shop-web-1): restrict it, see the guide.')).toBe('Cloud Run service hello in us-central1 (NEG shop-web-1): restrict it, see the guide.');
    expect(mdText('a_b *c* [d](e) \\ ~f~')).toBe('a&#95;b &#42;c&#42; &#91;d&#93;(e) &#92; &#126;f&#126;');
  });
});

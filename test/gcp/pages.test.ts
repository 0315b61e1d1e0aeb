/**
 * Endless pagination from a hostile endpoint: a list that always answers with a next-page token
 * (the same one, or a new one each time) ends the command in bounded time with one clear line,
 * instead of sending requests and growing memory forever. Over real HTTP, the CLI in-process.
 */
import { describe, expect, it } from 'vitest';
import { MAX_PAGES } from '../../src/gcp/pages.js';
import { cli } from '../helpers/cli.js';
import { harness, P } from '../helpers/emulator.js';
import { answer, front } from '../helpers/front.js';
import { workspace } from '../helpers/plan.js';

const manifest = `apiVersion: lb-plan/v1
kind: LoadBalancer
metadata: { name: shop, project: ${P} }
frontend:
  address: { reserve: shop-ip }
  http: true
backends:
  web:
    serverless: [ { region: us-central1, cloudRun: { service: hello } } ]
`;

describe('Compute lists that never end', () => {
  it('a repeated page token: plan fails with one line, after a page or two per kind', async () => {
    const hostile = await front((req, res) => (answer(res, 200, { kind: 'compute#list', items: [], nextPageToken: 'again' }), true));
    const r = await cli('plan', workspace().write(manifest), '--compute-endpoint', hostile.endpoint);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^Error: Failed to list \w+ in project my-project: the endpoint answered page 2 with a page token it had already given, so the listing would never end; stopped\n$/);
    expect(hostile.taken.length).toBeLessThan(40);
  });

  it(`a new token on every page: plan stops after ${MAX_PAGES} pages with one line`, async () => {
    const h = await harness();
    let n = 0;
    const hostile = await front((req, res) => {
      if (!req.url?.includes('/global/urlMaps')) return false;
      answer(res, 200, { kind: 'compute#urlMapList', items: [], nextPageToken: `t${n++}` });
      return true;
    }, h.em.endpoint);
    const r = await cli('plan', workspace().write(manifest), '--compute-endpoint', hostile.endpoint);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`Error: Failed to list urlMaps in project my-project: the endpoint gave more than ${MAX_PAGES} pages, far more than any real listing; stopped\n`);
    expect(hostile.taken).toHaveLength(MAX_PAGES);
  }, 60_000);
});

describe('Cloud Run lists that never end', () => {
  /** Compute from the emulator; Cloud Run: no service "hello" (so every region is listed), and every list says "again". */
  async function endlessRun(): Promise<{ endpoint: string; taken: string[] }> {
    const h = await harness();
    return front((req, res) => {
      if (!req.url?.startsWith('/v2/')) return false;
      if (/\/services\/[^/?]+(\?|$)/.test(req.url)) answer(res, 404, { error: { code: 404, message: "Resource 'hello' of kind 'SERVICE' in region 'us-central1' in project 'my-project' does not exist.", status: 'NOT_FOUND' } });
      else answer(res, 200, { services: [], nextPageToken: 'again' });
      return true;
    }, h.em.endpoint);
  }

  it('the advisory checks are skipped with one note, the plan completes; --strict fails with one line', async () => {
    const hostile = await endlessRun();
    const file = workspace().write(manifest);
    const r = await cli('plan', file, '--compute-endpoint', hostile.endpoint, '--format', 'json');
    expect(r.code, r.stderr).toBe(0);
    const plan = JSON.parse(r.stdout) as { notes?: string[]; services: { status: string } };
    expect(plan.services.status).toBe('skipped');
    expect(plan.notes).toEqual([expect.stringMatching(/^Cloud Run services were not checked: reading Cloud Run services failed: listing the Cloud Run services of [a-z0-9-]+: the endpoint answered page 2 with a page token it had already given, so the listing would never end; stopped\.$/)]);
    // 1 get, then at most 8 regions in flight when the first listing is found endless, 2 pages each.
    expect(hostile.taken.length).toBeLessThanOrEqual(1 + 2 * 8);
    const strict = await cli('plan', file, '--compute-endpoint', hostile.endpoint, '--strict');
    expect(strict.code).toBe(1);
    expect(strict.stderr).toMatch(/^Error: --strict: a service check failed, so nothing was changed:\n {2}- the Cloud Run services were not checked: reading Cloud Run services failed: listing the Cloud Run services of [a-z0-9-]+: the endpoint answered page 2 with a page token it had already given/);
    expect(strict.stderr).not.toMatch(/\n\s+at /);
  });
});

/** Small things a new user meets (issue 11, case 7): each says what is really wrong, once. */
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { harness } from '../helpers/emulator.js';
import { cli } from '../helpers/cli.js';
import { lines, load } from '../helpers/manifest.js';
import { actions, apply, ONE_BACKEND, plan, workspace } from '../helpers/plan.js';

const LB = ONE_BACKEND;

describe('wording', () => {
  it('a name that is only too long says its length and the limit', () => {
    const name = `a${'b'.repeat(69)}`;
    const out = lines(load(LB.replace('{ reserve: lb-ip }', `{ reserve: ${name} }`)));
    expect(out).toEqual([`5:23: error: "${name.slice(0, 60)}…" is 70 characters long: the limit is 63 (at frontend.address.reserve)`]);
  });

  it('cdn.cacheMode USE_ORIGIN_HEADERS with an explicit TTL is refused before apply, at the TTL', () => {
    const out = lines(load(LB + '    cdn: { cacheMode: USE_ORIGIN_HEADERS, defaultTtl: 60 }\n'));
    expect(out).toEqual(['9:43: error: defaultTtl cannot be set with cacheMode USE_ORIGIN_HEADERS (the origin\'s Cache-Control headers decide); GCP refuses it: remove defaultTtl, or use CACHE_ALL_STATIC or FORCE_CACHE_ALL (at backends.hello.cdn.defaultTtl)']);
  });

  it('a replacement is counted once in the destructive-change warning', async () => {
    const h = await harness();
    const ws = workspace();
    await apply(h, await plan(h, ws.write(LB)), ws.dir);
    const p = await plan(h, ws.write(LB.replace('service: hello', 'service: hello2')));
    expect(actions(p).filter((a) => a.startsWith('replace'))).toHaveLength(1);
    expect(p.warnings).toEqual(['1 resource will be deleted or replaced (without downtime: replacements are created and attached first).']);
  });

  it('destroy speaks of destroying, not of the manifest', async () => {
    const h = await harness();
    const ws = workspace();
    const file = ws.write(LB);
    await apply(h, await plan(h, file), ws.dir);
    const r = await cli('destroy', file, '--compute-endpoint', h.em.endpoint, '--auto-approve');
    expect(r.stdout).toContain('globalAddress/lb-ip — delete: destroy: owned by this load balancer');
    expect(r.stdout).not.toContain('no longer in the manifest');
    expect(r.stdout).toMatch(/Destroy complete: 6 done/);
  });

  it('destroy asks in its own words, naming the load balancer and project, warns that a reserved IP is released, and says when there is nothing to destroy', async () => {
    const h = await harness();
    const ws = workspace();
    const file = ws.write(LB);
    await apply(h, await plan(h, file), ws.dir);
    const ip = (await h.v1.globalAddresses.get({ project: 'my-project', address: 'lb-ip' })).data.address!;
    let out = '';
    let asked = '';
    const code = await run(['destroy', file, '--compute-endpoint', h.em.endpoint], { stdout: (t) => (out += t), stderr: (t) => (out += t), env: {}, isTTY: true, prompt: async (q) => ((asked = q), 'yes') });
    expect(code).toBe(0);
    expect(asked).toBe(`\nDestroy load balancer "lb" in project my-project? Everything listed above will be deleted. Only 'yes' will be accepted: `);
    expect(out).toContain(`Warning: the reserved address lb-ip (${ip}) is released: a new one will have another IP. Keep it with --keep globalAddress/lb-ip.`);
    const again = await cli('destroy', file, '--compute-endpoint', h.em.endpoint, '--auto-approve');
    expect(again.stdout).toBe('Nothing to destroy: lb-plan owns no resources of load balancer "lb" in project my-project.\n');
  });
});


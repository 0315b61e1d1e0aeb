/**
 * Issue 13 §3 in the Action: the checks of the Cloud Run services behind the NEGs run with the plan,
 * and the pull request comment shows their warnings (or the one note saying why they did not run).
 * The built Action (LB_PLAN_TEST_ACTION, else dist/index.js) against the fake GitHub and the emulator.
 */
import { describe, expect, it } from 'vitest';
import { lb, rig } from '../helpers/action.js';

describe('service checks in the pull request comment', () => {
  it('a service whose ingress lets users bypass the load balancer is a warning in the comment', async () => {
    const r = await rig({ 'lb/a.yaml': lb('alpha') });
    r.h.em.emulator.run.seed([{ name: 'alpha', region: 'us-central1', ingress: 'INGRESS_TRAFFIC_ALL' }]);
    expect((await r.pr(160)).code).toBe(0);
    // As GitHub shows it: text from API answers is written with Markdown's special characters as entities.
    const body = r.ours(160)[0]!.body.replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)));
    expect(body).toMatch(/> - Cloud Run service alpha in us-central1, used by NEG alpha-web-[0-9a-f]{8}: ingress is INGRESS_TRAFFIC_ALL, so users can reach it at its own run.app URL and bypass the load balancer/);
    expect(r.h.em.log.filter((e) => e.path === '/v2/projects/my-project/locations/us-central1/services/alpha')).toHaveLength(1);
  });

  it('without the Cloud Run Admin API, the comment has one note and no warning', async () => {
    const r = await rig({ 'lb/a.yaml': lb('alpha') });
    expect((await r.pr(161)).code).toBe(0);
    const body = r.ours(161)[0]!.body;
    expect(body.match(/Cloud Run services were not checked: the Cloud Run Admin API \(run\.googleapis\.com\) is not enabled in project my-project/g)).toHaveLength(1);
    expect(body).not.toContain('[!WARNING]');
  });

  it('strict: a plan whose service checks fail cannot be approved; once they pass it is approved and applied; a service broken after approval stops the merge', async () => {
    const r = await rig({ 'lb/a.yaml': lb('alpha') });
    const strict = { inputs: { strict: 'true' } };
    const refused = await r.pr(162, 'opened', strict);
    expect(refused.code).toBe(1);
    expect(refused.outputs['failure-reason']).toBe('service-checks');
    expect(r.ours(162)[0]!.body).toContain('**strict**: a check of the Cloud Run services behind the NEGs failed (see above), so this plan cannot be approved or applied.');
    expect(refused.stdout).toMatch(/::error::lb\/a\.yaml: service-checks — a check of the Cloud Run services behind the NEGs failed: the Cloud Run services were not checked: the Cloud Run Admin API/);
    r.h.em.emulator.run.seed([{ name: 'alpha', region: 'us-central1', ingress: 'INGRESS_TRAFFIC_INTERNAL_LOAD_BALANCER' }]);
    const planned = await r.pr(162, 'synchronize', { ...strict, head: 'd'.repeat(40) });
    expect(planned.code).toBe(0);
    expect(r.ours(162)[0]!.body).not.toContain('**strict**');
    // Between approval and merge the service is opened to everyone: strict stops the apply.
    r.h.em.emulator.run.seed([{ name: 'alpha', region: 'us-central1', ingress: 'INGRESS_TRAFFIC_ALL' }]);
    r.h.em.log.length = 0;
    const merged = await r.merge(162, strict);
    expect(merged.code).toBe(1);
    expect(merged.outputs['failure-reason']).toBe('service-checks');
    expect(r.h.em.log.filter((l) => l.method !== 'GET')).toEqual([]);
    r.h.em.emulator.run.seed([{ name: 'alpha', region: 'us-central1', ingress: 'INGRESS_TRAFFIC_INTERNAL_LOAD_BALANCER' }]);
    const again = await r.merge(162, strict);
    expect(again.code).toBe(0);
    expect(r.ours(162)[0]!.body).toContain('✅ **Applied**');
  });
});

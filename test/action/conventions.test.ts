/**
 * Issue 12.11: the conventions other plan-comment actions keep. A status line at the top of the comment
 * (planned / applied / failed, with counts); `comment-id` and `comment-url` outputs; the reason on the
 * log line of an api-error. The built dist/index.js against the fake GitHub and the emulator, then the
 * status line itself on src/.
 */
import { describe, expect, it } from 'vitest';
import type { ManifestResult } from '../../src/action/context.js';
import { applyStatus, planStatus } from '../../src/action/status.js';
import type { Plan } from '../../src/plan/types.js';
import { lb, refusingCompute, rig } from '../helpers/action.js';


/** The first line of the comment a reader sees: the one after the heading. */
const statusOf = (body: string) => body.split('\n').find((l, i, all) => i > 0 && all[i - 2]?.startsWith('## lb-plan'));

describe('issue 12.11: a status line at the top of the comment', () => {
  it('planned, with the plans’ totals; plan failed, with how many and why', async () => {
    const r = await rig({ 'lb/a.yaml': lb('alpha'), 'lb/b.yaml': lb('beta') });
    await r.pr(160);
    expect(statusOf(r.ours(160)[0]!.body)).toBe('📋 **Planned** 2 manifests: 12 to add, 0 to change, 0 to destroy.');
    await import('node:fs').then((fs) => fs.writeFileSync(`${r.dir}/lb/b.yaml`, lb('beta').replace('cloudRun:', 'cloudrun:')));
    const run = await r.pr(160, 'synchronize');
    expect(statusOf(r.ours(160)[0]!.body)).toBe('❌ **Plan failed** for 1 of 2 manifests (validation) · 1 planned: 6 to add, 0 to change, 0 to destroy.');
    expect(run.summary).toContain('❌ **Plan failed** for 1 of 2 manifests');
  });

  it('applied, with counts; apply failed, with why', async () => {
    const r = await rig({ 'lb/web.yaml': lb('web') });
    await r.pr(161);
    const proxy = await refusingCompute(r.h.em.endpoint, (method, path) => method === 'POST' && /\/global\/forwardingRules(\?|$)/.test(path));
    await r.merge(161, { inputs: { 'compute-endpoint': proxy.url } });
    expect(statusOf(r.ours(161)[0]!.body)).toBe('❌ **Apply failed** at `bbbbbbb`: 1 failed (apply-failed).');
    proxy.on = false;
    await r.merge(161, { inputs: { 'compute-endpoint': proxy.url } });
    expect(statusOf(r.ours(161)[0]!.body)).toBe('✅ **Applied** at `bbbbbbb`: 1 applied.');
  });
});

describe('issue 12.11: comment-id and comment-url outputs; the reason on the api-error log line', () => {
  it('every run that writes the comment gives its id and URL', async () => {
    const r = await rig({ 'lb/web.yaml': lb('web') });
    const planned = await r.pr(162);
    const c = r.ours(162)[0]!;
    expect(planned.outputs['comment-id']).toBe(String(c.id));
    expect(planned.outputs['comment-url']).toBe(`https://github.com/acme/infra/pull/162#issuecomment-${c.id}`);
    expect((await r.merge(162)).outputs).toMatchObject({ 'comment-id': String(c.id), 'comment-url': c.html_url });
  });

  it('a Compute error: the log line names the manifest, api-error and GCP’s message', async () => {
    const r = await rig({ 'lb/web.yaml': lb('web') });
    const run = await r.pr(163, 'opened', { inputs: { project: 'Not_A_Project' } });
    expect(run.outputs['failure-reason']).toBe('api-error');
    expect(run.stdout).toContain("::error::lb/web.yaml: api-error — Failed to list globalAddresses in project Not_A_Project: Invalid value for field 'project': 'Not_A_Project'.");
  });

  it('a GitHub error: the log line says api-error, the call and GitHub’s answer', async () => {
    const r = await rig({ 'lb/web.yaml': lb('web') });
    await r.pr(164);
    r.gh.faults.push({ method: 'GET', path: /\/commits\/[0-9a-f]+\/pulls$/, status: 502, message: 'Server Error' });
    const run = await r.merge(164);
    expect(run.code).toBe(1);
    expect(run.outputs['failure-reason']).toBe('api-error');
    expect(run.stdout).toContain(`::error::api-error: GitHub API GET /repos/acme/infra/commits/${'b'.repeat(40)}/pulls answered 502: Server Error`);
  });
});

const plan = (add: number, steps = add) => ({ summary: { add, change: 0, destroy: 0, replace: 0, adopt: 0 }, steps: Array.from({ length: steps }) }) as unknown as Plan;
const res = (over: Partial<ManifestResult>): ManifestResult => ({ file: 'f', section: { file: 'f', body: '' }, ...over });

describe('status lines (src)', () => {
  it('planStatus', () => {
    expect(planStatus([res({ plan: plan(2) }), res({ plan: plan(3) })])).toBe('📋 **Planned** 2 manifests: 5 to add, 0 to change, 0 to destroy.');
    expect(planStatus([res({ plan: plan(0) })])).toBe('📋 **Planned** 1 manifest: no changes.');
    // A replacement is one resource, as each plan's summary line counts it (the plan's totals count it as an add and a destroy).
    const replacing = { summary: { add: 3, change: 1, destroy: 2, replace: 2, adopt: 0 }, steps: [1, 2, 3] } as unknown as Plan;
    expect(planStatus([res({ plan: replacing }), res({ plan: plan(2) })])).toBe('📋 **Planned** 2 manifests: 3 to add, 1 to change, 2 to replace, 0 to destroy.');
    expect(planStatus([res({ failure: 'validation' }), res({ failure: 'api-error' }), res({ failure: 'validation' })])).toBe('❌ **Plan failed** for 3 of 3 manifests (validation, api-error).');
  });

  it('applyStatus', () => {
    const sha = 'b'.repeat(40);
    expect(applyStatus([res({ state: 'applied' }), res({ state: 'unchanged' })], sha)).toBe('✅ **Applied** at `bbbbbbb`: 1 applied, 1 unchanged.');
    expect(applyStatus([], sha)).toBe('✅ **Applied** at `bbbbbbb`: nothing to apply.');
    expect(applyStatus([res({ failure: 'no-approved-plan' }), res({ state: 'held' })], sha)).toBe('⛔ **Not applied** at `bbbbbbb`: 1 not applied (no-approved-plan), 1 held back.');
    expect(applyStatus([res({ state: 'applied', failure: 'apply-failed' }), res({ failure: 'plan-changed' })], sha)).toBe('❌ **Apply failed** at `bbbbbbb`: 1 failed (apply-failed), 1 not applied (plan-changed).');
  });
});

/**
 * Issue 12.10: several manifests are applied all together or not at all, and a pull request from a
 * fork has a documented, safe way to be applied: a maintainer's workflow_dispatch plan naming it and
 * the head commit they reviewed, run as the example workflow's job does. The built dist/index.js
 * against the fake GitHub and the emulator, then the decisions on src/.
 */
import { describe, expect, it } from 'vitest';
import { readApproval } from '../../src/action/comment.js';
import { dispatchRefusal } from '../../src/action/dispatch.js';
import type { PullState } from '../../src/action/github.js';
import { readSettings } from '../../src/action/settings.js';
import { lb, MAIN_SHA, rig } from '../helpers/action.js';
import { apiError, P } from '../helpers/emulator.js';
import { exampleStep, WITH_SECRETS } from './example-workflow.js';


const writes = (log: readonly { method: string }[]) => log.filter((l) => l.method !== 'GET');

describe('issue 12.10: several manifests are applied together or not at all', () => {
  it('when one plan changed since approval, nothing is applied: the other is held back, and says why', async () => {
    const r = await rig({ 'lb/a.yaml': lb('alpha'), 'lb/b.yaml': lb('beta') });
    expect((await r.pr(140)).code).toBe(0);
    await r.h.v1.globalAddresses.insert({ project: P, requestBody: { name: 'beta-ip', description: '[managed by lb-plan: beta]' } }); // drift for b only
    r.h.em.log.length = 0;
    const run = await r.merge(140);
    expect(run.code).toBe(1);
    expect(run.outputs['failure-reason']).toBe('plan-changed');
    expect(writes(r.h.em.log)).toEqual([]);
    expect((await apiError(r.h.v1.urlMaps.get({ project: P, urlMap: 'alpha' }))).code).toBe(404);
    const body = r.ours(140)[0]!.body;
    expect(body).toContain('`lb/a.yaml`: not applied — held back');
    expect(body).toContain("Its plan is as approved, but nothing is applied while another manifest's is not (`lb/b.yaml`)");
    expect(body).toContain('`lb/b.yaml`: not applied — the plan differs from the one approved');
    expect(body).toContain('⛔ **Not applied** at `bbbbbbb`: 1 not applied (plan-changed), 1 held back.');
    expect(run.stdout).toMatch(/::error::lb\/b\.yaml: plan-changed — /);
    expect(run.stdout).not.toMatch(/::error::lb\/a\.yaml/);
  });

  it('a manifest that cannot be planned on merge also holds back the others', async () => {
    const r = await rig({ 'lb/a.yaml': lb('alpha'), 'lb/b.yaml': lb('beta') });
    expect((await r.pr(141)).code).toBe(0);
    await import('node:fs').then((fs) => fs.writeFileSync(`${r.dir}/lb/b.yaml`, lb('beta').replace('cloudRun:', 'cloudrun:')));
    const run = await r.merge(141);
    expect(run.code).toBe(1);
    expect(run.outputs['failure-reason']).toBe('validation');
    expect(writes(r.h.em.log)).toEqual([]);
    expect(r.ours(141)[0]!.body).toContain('`lb/a.yaml`: not applied — held back');
  });
});

describe('issue 12.10: a pull request from a fork, planned by a maintainer and applied on merge', () => {
  const FORK_HEAD = 'f'.repeat(40);

  it('the fork’s own run only validates; the example’s workflow_dispatch job plans it at the reviewed head; the merge applies it', async () => {
    const r = await rig({ 'lb/web.yaml': WITH_SECRETS });
    const fork = await r.pr(150, 'opened', { fork: true, head: FORK_HEAD, inputs: { 'github-token': 'ghs_read_only', 'compute-endpoint': '' } });
    expect(fork.code).toBe(0);
    expect(fork.summary).toContain('the plan needs a run by a maintainer');
    expect(r.gh.comments.get(150) ?? []).toEqual([]);

    const step = exampleStep('plan-pull-request', { 'pull-request': '150', 'head-sha': FORK_HEAD });
    expect(step.inputs).toMatchObject({ 'pull-request': '150', 'head-sha': FORK_HEAD, mode: 'plan' });
    const planned = await r.dispatch(150, FORK_HEAD, step);
    expect(planned.stderr).toBe('');
    expect(planned.code).toBe(0);
    const body = r.ours(150)[0]!.body;
    expect(readApproval(body)).toMatchObject({ pr: 150, head: FORK_HEAD, plans: { 'lb/web.yaml': expect.stringMatching(/^[0-9a-f]{64}$/) } });
    expect(body).toContain('Planned by lb-plan at the request of @octo-maintainer (workflow_dispatch) for head commit `fffffff`');
    expect(planned.outputs['comment-url']).toBe(`https://github.com/acme/infra/pull/150#issuecomment-${r.ours(150)[0]!.id}`);

    const applied = await r.merge(150, exampleStep('apply'));
    expect(applied.code).toBe(0);
    expect(r.ours(150)[0]!.body).toContain('`lb/web.yaml`: applied at');
    expect((await r.h.v1.urlMaps.get({ project: P, urlMap: 'web' })).status).toBe(200);
  });

  it('a commit the fork pushed after the maintainer’s plan means no approval: the merge applies nothing', async () => {
    const r = await rig({ 'lb/web.yaml': lb('web') });
    await r.pr(151, 'opened', { fork: true, head: FORK_HEAD, inputs: { 'compute-endpoint': '' } });
    expect((await r.dispatch(151, FORK_HEAD)).code).toBe(0);
    await r.pr(151, 'synchronize', { head: 'e'.repeat(40), inputs: { 'compute-endpoint': '' } });
    const run = await r.merge(151);
    expect(run.code).toBe(1);
    expect(run.outputs['failure-reason']).toBe('no-approved-plan');
    expect(writes(r.h.em.log)).toEqual([]);
  });

  it('refused, with nothing planned or approved: a head-sha that is not the head now, a closed or unknown pull request, any event but workflow_dispatch', async () => {
    const r = await rig({ 'lb/web.yaml': lb('web') });
    await r.pr(152, 'opened', { fork: true, head: FORK_HEAD, inputs: { 'compute-endpoint': '' } });
    const stale = await r.dispatch(152, 'e'.repeat(40));
    expect(stale.code).toBe(1);
    expect(stale.outputs['failure-reason']).toBe('validation');
    expect(stale.stdout).toContain("::error::Not planning pull request #152: pull request #152's head is now `fffffff`, not the head-sha `eeeeeee` that was reviewed");
    expect((await r.dispatch(999, FORK_HEAD)).stdout).toContain('there is no pull request #999');
    await r.pr(152, 'closed', { inputs: { 'compute-endpoint': '' } });
    expect((await r.dispatch(152, FORK_HEAD)).stdout).toContain('pull request #152 is closed: only an open pull request can be planned');
    const onPush = await r.push(MAIN_SHA, { inputs: { 'pull-request': '152', 'head-sha': FORK_HEAD } });
    expect(onPush.code).toBe(1);
    expect(onPush.stdout).toContain('the pull-request input is for workflow_dispatch runs');
    expect(r.gh.comments.get(152) ?? []).toEqual([]);
    expect(r.h.em.log).toEqual([]);
  });

  it('(src) dispatchRefusal and the inputs', () => {
    const open: PullState = { number: 5, url: 'u', state: 'open', merged: false, headSha: 'a'.repeat(40), fork: true };
    const want = { number: 5, headSha: 'a'.repeat(40) };
    expect(dispatchRefusal('workflow_dispatch', open, want)).toBeUndefined();
    expect(dispatchRefusal('pull_request', open, want)).toMatch(/workflow_dispatch runs/);
    expect(dispatchRefusal('workflow_dispatch', undefined, want)).toMatch(/no pull request #5/);
    expect(dispatchRefusal('workflow_dispatch', { ...open, state: 'closed', merged: true }, want)).toMatch(/is merged/);
    expect(dispatchRefusal('workflow_dispatch', { ...open, state: 'closed' }, want)).toMatch(/is closed/);
    expect(dispatchRefusal('workflow_dispatch', { ...open, headSha: 'b'.repeat(40) }, want)).toMatch(/head is now `bbbbbbb`/);
    const get = (inputs: Record<string, string>) => (name: string) => inputs[name] ?? '';
    expect(readSettings(get({ 'pull-request': '5', 'head-sha': 'A'.repeat(40) })).pullRequest).toEqual({ number: 5, headSha: 'a'.repeat(40) });
    expect(() => readSettings(get({ 'pull-request': '5' }))).toThrow(/head-sha/);
    expect(() => readSettings(get({ 'head-sha': 'a'.repeat(40) }))).toThrow(/pull-request/);
    expect(() => readSettings(get({ 'pull-request': '5', 'head-sha': 'a'.repeat(40), mode: 'apply' }))).toThrow(/not apply/);
  });
});

/**
 * Issue 12.6: a failed merge-time apply is recoverable. Re-running the job after a failure finishes
 * the approved plan (or says what changed); re-running after a success is a no-op success that
 * leaves "applied" as it was. The built dist/index.js against the fake GitHub and the emulator
 * (behind a proxy that refuses one call, as GCP refuses a missing permission); then the decisions
 * themselves (verdict.ts, record.ts) on src/.
 */
import { describe, expect, it } from 'vitest';
import type { Approval } from '../../src/action/approval.js';
import { commentBody, previousSections, readApproval, readRecord } from '../../src/action/comment.js';
import { nextRecord, parseRecordLine, recordFor, recordLine, type ApplyRecord } from '../../src/action/record.js';
import { blockers, judge, restWithinApproved, type Gate } from '../../src/action/verdict.js';
import type { Plan } from '../../src/plan/types.js';
import { lb, MERGE_SHA, refusingCompute, rig } from '../helpers/action.js';
import { P } from '../helpers/emulator.js';


/** Compute calls that change something. */
const writes = (log: readonly { method: string }[]) => log.filter((l) => l.method !== 'GET');
const recordOf = (body: string) => readRecord(body);

/** A set-up whose merge-time apply fails at creating the target HTTP proxy (403, a missing permission) until `proxy.on` is cleared. */
async function failingAtProxy(issue: number) {
  const r = await rig({ 'lb/web.yaml': lb('web') });
  expect((await r.pr(issue)).code).toBe(0);
  const proxy = await refusingCompute(r.h.em.endpoint, (method, path) => method === 'POST' && /\/targetHttpProxies(\?|$)/.test(path));
  const merge = () => r.merge(issue, { inputs: { 'compute-endpoint': proxy.url } });
  return { r, proxy, merge };
}

describe('issue 12.6: a failed apply on merge can be finished by re-running the job', () => {
  it('fails, records what is left; the re-run finishes the approved plan; a further re-run is a no-op success that leaves "applied" as it was', async () => {
    const { r, proxy, merge } = await failingAtProxy(100);
    const failed = await merge();
    expect(failed.code).toBe(1);
    expect(failed.outputs['failure-reason']).toBe('apply-failed');
    expect(failed.stdout).toMatch(/::error::lb\/web\.yaml: apply-failed — 1 failed, 1 skipped: Failed to create targetHttpProxy\/web-http-proxy: .*Required 'compute\.targetHttpProxies\.create' permission/);
    expect(proxy.refused).toHaveLength(1);
    let body = r.ours(100)[0]!.body;
    expect(body).toContain('`lb/web.yaml`: apply failed at `bbbbbbb`');
    expect(body).toContain('Re-running this job finishes the approved plan');
    expect(readApproval(body)?.plans['lb/web.yaml']).toMatch(/^[0-9a-f]{64}$/); // the approval is kept
    expect(recordOf(body)).toEqual({ commit: MERGE_SHA, manifests: { 'lb/web.yaml': { status: 'failed', rest: expect.stringMatching(/^[0-9a-f]{64}$/) } } });

    proxy.on = false; // the missing permission is granted; the job is re-run
    const again = await merge();
    expect(again.stderr).toBe('');
    expect(again.code).toBe(0);
    expect(again.outputs['failure-reason']).toBeUndefined();
    body = r.ours(100)[0]!.body;
    expect(body).toContain('`lb/web.yaml`: applied at `bbbbbbb`');
    expect(body).toContain('Finished what the failed attempt at this commit left of the approved plan.');
    expect(body).toContain('2 done, 0 failed, 0 skipped.');
    expect(recordOf(body)?.manifests).toEqual({ 'lb/web.yaml': { status: 'applied' } });
    expect((await r.h.v1.globalForwardingRules.get({ project: P, forwardingRule: 'web-http' })).status).toBe(200);

    // The job is re-run once more: nothing is applied, the comment is not touched, and that is a success.
    const requests = r.gh.requests.length;
    r.h.em.log.length = 0;
    const third = await merge();
    expect(third.code).toBe(0);
    expect(third.outputs['failure-reason']).toBeUndefined();
    expect(third.outputs.changes).toBe('false');
    expect(third.outputs['comment-id']).toBe(String(r.ours(100)[0]!.id));
    expect(writes(r.h.em.log)).toEqual([]);
    expect(r.ours(100)[0]!.body).toBe(body);
    expect(r.gh.requests.slice(requests).filter((q) => q.method !== 'GET' && q.path !== '/graphql')).toEqual([]);
    expect(third.summary).toContain('applied by an earlier attempt of this job at this commit');
  });

  it('a re-run after a success is a no-op success even when the live state has drifted since: not plan-changed, "applied" kept', async () => {
    const r = await rig({ 'lb/web.yaml': lb('web') });
    await r.pr(101);
    expect((await r.merge(101)).code).toBe(0);
    const applied = r.ours(101)[0]!.body;
    await r.h.v1.globalForwardingRules.delete({ project: P, forwardingRule: 'web-http' });
    r.h.em.log.length = 0;
    const rerun = await r.merge(101);
    expect(rerun.code).toBe(0);
    expect(rerun.outputs['failure-reason']).toBeUndefined();
    expect(writes(r.h.em.log)).toEqual([]);
    expect(r.ours(101)[0]!.body).toBe(applied);
  });

  it('after a failure, a re-run whose plan differs from what the failure left (someone changed GCP) says what changed and applies nothing', async () => {
    const { r, proxy, merge } = await failingAtProxy(102);
    expect((await merge()).code).toBe(1);
    proxy.on = false;
    await r.h.v1.globalAddresses.delete({ project: P, address: 'web-ip' }); // out of band, between the attempts
    r.h.em.log.length = 0;
    const rerun = await merge();
    expect(rerun.code).toBe(1);
    expect(rerun.outputs['failure-reason']).toBe('plan-changed');
    expect(writes(r.h.em.log)).toEqual([]);
    const body = r.ours(102)[0]!.body;
    expect(body).toContain('`lb/web.yaml`: not applied — the plan differs from what the failed apply at this commit left to do');
    expect(body).toContain('The plan now:');
    expect(body).toContain('**Plan: 3 to add, 0 to change, 0 to destroy.**');
    expect(rerun.stdout).toMatch(/::error::lb\/web\.yaml: plan-changed — the plan differs from what the failed apply/);
  });
});

const D = (c: string) => c.repeat(64);
const approval: Approval = { pr: 7, url: 'https://github.com/acme/infra/pull/7', head: 'a'.repeat(40), plans: { 'lb/web.yaml': D('1') } };
const gate: Gate = { required: true, approval };

describe('judge: the verdict on one manifest at merge (src)', () => {
  const j = (over: Partial<Parameters<typeof judge>[0]>) => judge({ gate, file: 'lb/web.yaml', digest: D('1'), empty: false, ...over });

  it('applies the approved plan', () => {
    expect(j({})).toEqual({ kind: 'apply', rest: false });
  });
  it('refuses without an approval that counts, before anything else (also a manifest already applied)', () => {
    expect(j({ gate: { required: true, problem: 'pushed since' }, record: { status: 'applied' } })).toEqual({ kind: 'refuse', failure: 'no-approved-plan', why: 'pushed since' });
    expect(j({ gate: { required: true } })).toMatchObject({ kind: 'refuse', failure: 'no-approved-plan' });
    expect(j({ file: 'lb/other.yaml' })).toEqual({ kind: 'refuse', failure: 'no-approved-plan', why: 'the pull request has no approved plan for this manifest' });
  });
  it('a manifest applied at this commit is done, whatever the fresh plan', () => {
    expect(j({ record: { status: 'applied' }, digest: D('9') })).toMatchObject({ kind: 'done', why: expect.stringContaining('earlier attempt') });
    expect(j({ record: { status: 'applied' } })).toMatchObject({ kind: 'done' });
  });
  it('after a failure: the rest it recorded is applied; anything else is plan-changed, saying so', () => {
    expect(j({ record: { status: 'failed', rest: D('2') }, digest: D('2') })).toEqual({ kind: 'apply', rest: true });
    expect(j({ record: { status: 'failed', rest: D('2') } })).toEqual({ kind: 'apply', rest: false }); // failed before changing anything
    expect(j({ record: { status: 'failed', rest: D('2') }, digest: D('3') })).toMatchObject({ kind: 'refuse', failure: 'plan-changed', why: expect.stringContaining('failed apply') });
    expect(j({ record: { status: 'failed' }, digest: D('2') })).toMatchObject({ kind: 'refuse', failure: 'plan-changed' });
  });
  it('a changed plan is refused, unless it has nothing to do (nothing unreviewed can be applied)', () => {
    expect(j({ digest: D('4') })).toMatchObject({ kind: 'refuse', failure: 'plan-changed', why: expect.stringContaining('approved in the pull request') });
    expect(j({ digest: D('4'), empty: true })).toEqual({ kind: 'done', why: 'nothing to apply: the live state already matches the manifest' });
  });
  it('without a required approval: applies, but not again at a commit already applied', () => {
    expect(j({ gate: { required: false }, digest: D('5') })).toEqual({ kind: 'apply', rest: false });
    expect(j({ gate: { required: false }, record: { status: 'applied' } })).toMatchObject({ kind: 'done' });
  });
});

describe('blockers and restWithinApproved (src)', () => {
  it('any refused manifest or one that could not be planned blocks the run', () => {
    expect(
      blockers([
        { file: 'a', verdict: { kind: 'apply', rest: false } },
        { file: 'b', verdict: { kind: 'refuse', failure: 'plan-changed', why: '' } },
        { file: 'c', failure: 'api-error' },
        { file: 'd', verdict: { kind: 'done', why: '' } },
      ]),
    ).toEqual(['b', 'c']);
    expect(blockers([{ file: 'a', verdict: { kind: 'apply', rest: true } }])).toEqual([]);
  });

  const plan = (changes: [string, string][]) => ({ resources: changes.map(([action, address]) => ({ action, address })) }) as unknown as Plan;
  it('the rest may only touch what the approved plan touched', () => {
    const approved = plan([['create', 'a'], ['create', 'b'], ['no-op', 'c']]);
    expect(restWithinApproved(approved, plan([['update', 'b'], ['no-op', 'a'], ['no-op', 'c']]))).toBe(true);
    expect(restWithinApproved(approved, plan([['create', 'b'], ['update', 'c']]))).toBe(false);
    expect(restWithinApproved(approved, plan([['delete', 'x']]))).toBe(false);
  });
});

describe('the apply record (src)', () => {
  const record: ApplyRecord = { commit: 'b'.repeat(40), manifests: { 'lb/web.yaml': { status: 'failed', rest: D('2') }, 'lb/<x>.yaml': { status: 'applied' } } };

  it('round-trips through its line, which no file name can end early', () => {
    const line = recordLine(record);
    expect(line).not.toMatch(/<x>|-->.+-->/);
    expect(parseRecordLine(line)).toEqual(record);
  });
  it('rejects what lb-plan does not write', () => {
    for (const bad of [
      '<!-- lb-plan:applied {"v":1,"commit":"short","manifests":{}} -->',
      `<!-- lb-plan:applied {"v":1,"commit":"${'b'.repeat(40)}","manifests":{"f":{"status":"failed","rest":"zz"}}} -->`,
      `<!-- lb-plan:applied {"v":1,"commit":"${'b'.repeat(40)}","manifests":{"f":{"status":"approved"}}} -->`,
      `<!-- lb-plan:applied {"v":2,"commit":"${'b'.repeat(40)}","manifests":{}} -->`,
      '<!-- lb-plan:applied {not json} -->',
    ]) expect(parseRecordLine(bad)).toBeUndefined();
  });
  it('counts only at its commit, and a run keeps what it did not touch', () => {
    expect(recordFor(record, 'b'.repeat(40), 'lb/web.yaml')).toEqual({ status: 'failed', rest: D('2') });
    expect(recordFor(record, 'c'.repeat(40), 'lb/web.yaml')).toBeUndefined();
    expect(recordFor(record, 'b'.repeat(40), 'toString')).toBeUndefined();
    expect(nextRecord(record, 'b'.repeat(40), new Map([['lb/web.yaml', { status: 'applied' }]]))?.manifests).toEqual({ 'lb/web.yaml': { status: 'applied' }, 'lb/<x>.yaml': { status: 'applied' } });
    expect(nextRecord(record, 'c'.repeat(40), new Map())).toBeUndefined();
  });
  it('is read only from its place right after the marker and the approval, never from a section', () => {
    const body = commentBody({ approval, record, sections: [{ file: 'f', body: recordLine({ ...record, commit: 'd'.repeat(40) }) }], footer: 'x' });
    expect(readRecord(body)).toEqual(record);
    expect(readRecord(commentBody({ record, sections: [], footer: 'x' }))).toEqual(record);
    expect(readRecord(commentBody({ approval, sections: [{ file: 'f', body: recordLine(record) }], footer: 'x' }))).toBeUndefined();
    expect(readRecord(commentBody({ label: 'prod', record, sections: [], footer: 'x' }))).toBeUndefined();
  });
  it('previousSections gives each manifest its section as the comment shows it', () => {
    const body = commentBody({ approval, status: 'ok', sections: [{ file: 'lb/a.yaml', body: '### A\n\ntext <sub>x</sub>' }, { file: 'lb/b.yaml', body: '### B' }], footer: '<sub>foot</sub>' });
    expect(previousSections(body)).toEqual(new Map([['lb/a.yaml', '### A\n\ntext <sub>x</sub>\n'], ['lb/b.yaml', '### B\n']]));
  });
});

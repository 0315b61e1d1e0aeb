/**
 * The Action's approval on merge, run from src/ in this process (helpers/action-src.ts), so that a
 * mutant of src/action changes what these runs do: the plan run records an approval; the merge
 * applies exactly what it approved, and nothing when the approval does not count for what was
 * merged. The same flows as a process of the built bundle are in action.test.ts and recovery.test.ts.
 *
 * The oracles are GitHub's and GCP's side: the comment the fake GitHub holds (its approval line read
 * as JSON here, not through src's parser), and the calls the emulator logged.
 */
import { describe, expect, it } from 'vitest';
import { HEAD_SHA, lb, MERGE_SHA, rig, type Rig } from '../helpers/action.js';
import { runActionSrc, srcName } from '../helpers/action-src.js';
import { P } from '../helpers/emulator.js';

const APPROVAL = /^<!-- lb-plan:approval (\{.*\}) -->$/;

/** A manifest's name as an in-process run gives it (its path from here; the Action in its checkout says `file`). */
const n = (r: Rig, file: string) => srcName(r.dir, file);

/** The bot's one comment on #issue. */
function comment(r: Rig, issue: number) {
  const mine = r.ours(issue);
  expect(mine).toHaveLength(1);
  return mine[0]!;
}

/** The approval the bot's comment on #issue holds, read as JSON from its second line. */
function approvalOf(r: Rig, issue: number): { v: number; pr: number; url: string; head: string; plans: Record<string, string> } {
  const line = comment(r, issue).body.split('\n')[1] ?? '';
  const m = APPROVAL.exec(line);
  expect(m, `approval line in: ${line}`).not.toBeNull();
  return JSON.parse(m![1]!);
}

/** Rewrites the approval line of the bot's comment on #issue (as a later edit would), leaving the rest. */
function setApproval(r: Rig, issue: number, change: (a: ReturnType<typeof approvalOf>) => object): void {
  const c = comment(r, issue);
  const lines = c.body.split('\n');
  lines[1] = `<!-- lb-plan:approval ${JSON.stringify(change(approvalOf(r, issue)))} -->`;
  c.body = lines.join('\n');
}

/** Calls that change GCP (anything but reads) the emulator logged since `from`. */
const mutations = (r: Rig, from = 0) => r.h.em.log.slice(from).filter((l) => l.method !== 'GET');

async function exists(r: Rig, backendService: string): Promise<boolean> {
  return r.h.v1.backendServices.get({ project: P, backendService }).then(
    () => true,
    () => false,
  );
}

describe('the Action from src: a plan run records what was reviewed', () => {
  it('the comment carries the approval for the head commit with one 64-hex digest per planned manifest', async () => {
    const r = await rig({ 'lb/web.yaml': lb('web'), 'lb/api.yaml': lb('api') }, runActionSrc);
    const run = await r.pr(7);
    expect(run.code).toBe(0);
    const a = approvalOf(r, 7);
    expect(a).toEqual({ v: 1, pr: 7, url: 'https://github.com/acme/infra/pull/7', head: HEAD_SHA, plans: { [n(r, 'lb/api.yaml')]: expect.stringMatching(/^[0-9a-f]{64}$/), [n(r, 'lb/web.yaml')]: expect.stringMatching(/^[0-9a-f]{64}$/) } });
    expect(a.plans[n(r, 'lb/api.yaml')]).not.toBe(a.plans[n(r, 'lb/web.yaml')]);
    expect(mutations(r)).toEqual([]);
  });

  it('a manifest that cannot be planned gets no digest, and the comment says why', async () => {
    const r = await rig({ 'lb/web.yaml': lb('web'), 'lb/bad.yaml': 'apiVersion: lb-plan/v1\nkind: LoadBalancer\n' }, runActionSrc);
    const run = await r.pr(8);
    expect(run.code).toBe(1);
    expect(run.outputs['failure-reason']).toBe('validation');
    expect(Object.keys(approvalOf(r, 8).plans)).toEqual([n(r, 'lb/web.yaml')]);
  });
});

describe('the Action from src on merge: only the approved plans, all or none', () => {
  it('applies the approved plans and records it: the load balancers exist, the comment says applied', async () => {
    const r = await rig({ 'lb/web.yaml': lb('web'), 'lb/api.yaml': lb('api') }, runActionSrc);
    await r.pr(20);
    const run = await r.merge(20);
    expect(run.outputs['failure-reason']).toBeUndefined();
    expect(run.code).toBe(0);
    expect(await exists(r, 'web-web')).toBe(true);
    expect(await exists(r, 'api-web')).toBe(true);
    const body = comment(r, 20).body;
    expect(body).toContain(`### ✅ \`${n(r, 'lb/web.yaml')}\`: applied at \`${MERGE_SHA.slice(0, 7)}\``);
    expect(body).toContain(`### ✅ \`${n(r, 'lb/api.yaml')}\`: applied at \`${MERGE_SHA.slice(0, 7)}\``);
  });

  it('a manifest the approval holds no digest for is not applied, and holds back the approved one: nothing changes in GCP', async () => {
    const r = await rig({ 'lb/web.yaml': lb('web'), 'lb/api.yaml': lb('api') }, runActionSrc);
    await r.pr(21);
    setApproval(r, 21, (a) => ({ ...a, plans: { [n(r, 'lb/web.yaml')]: a.plans[n(r, 'lb/web.yaml')] } }));
    const from = r.h.em.log.length;
    const run = await r.merge(21);
    expect(run.code).toBe(1);
    expect(run.outputs['failure-reason']).toBe('no-approved-plan');
    expect(mutations(r, from)).toEqual([]);
    const body = comment(r, 21).body;
    expect(body).toContain(`### ⛔ \`${n(r, 'lb/api.yaml')}\`: not applied — the pull request has no approved plan for this manifest`);
    expect(body).toContain(`\`${n(r, 'lb/web.yaml')}\`: not applied — held back`);
  });

  it('an approval whose digest is not the fresh plan\'s (the plan was changed after review) applies nothing', async () => {
    const r = await rig({ 'lb/web.yaml': lb('web') }, runActionSrc);
    await r.pr(22);
    setApproval(r, 22, (a) => ({ ...a, plans: { [n(r, 'lb/web.yaml')]: 'f'.repeat(64) } }));
    const from = r.h.em.log.length;
    const run = await r.merge(22);
    expect(run.code).toBe(1);
    expect(run.outputs['failure-reason']).toBe('plan-changed');
    expect(mutations(r, from)).toEqual([]);
    expect(comment(r, 22).body).toContain(`### ⛔ \`${n(r, 'lb/web.yaml')}\`: not applied — the plan differs from the one approved in the pull request`);
  });

  it('a commit pushed after the last plan: the merged head is not the planned one, nothing is applied', async () => {
    const r = await rig({ 'lb/web.yaml': lb('web') }, runActionSrc);
    await r.pr(23);
    r.gh.pulls.get(23)!.head.sha = 'd'.repeat(40); // pushed to, and merged before any plan ran
    const from = r.h.em.log.length;
    const run = await r.merge(23);
    expect(run.code).toBe(1);
    expect(run.outputs['failure-reason']).toBe('no-approved-plan');
    expect(mutations(r, from)).toEqual([]);
    expect(comment(r, 23).body).toContain(`pull request #23 was merged at \`ddddddd\`, but its last plan was made for \`${HEAD_SHA.slice(0, 7)}\``);
  });

  it("another pull request's approval copied into this comment does not count", async () => {
    const r = await rig({ 'lb/web.yaml': lb('web') }, runActionSrc);
    await r.pr(24);
    setApproval(r, 24, (a) => ({ ...a, pr: 99, url: 'https://github.com/acme/infra/pull/99' }));
    const from = r.h.em.log.length;
    const run = await r.merge(24);
    expect(run.outputs['failure-reason']).toBe('no-approved-plan');
    expect(mutations(r, from)).toEqual([]);
    expect(comment(r, 24).body).toContain("the approval in pull request #24's comment was made for another pull request");
  });

  it('a comment without an approval line (closed and reopened, never planned since) applies nothing', async () => {
    const r = await rig({ 'lb/web.yaml': lb('web') }, runActionSrc);
    await r.pr(25);
    const closed = await r.pr(25, 'closed');
    expect(closed.code).toBe(0);
    expect(comment(r, 25).body.split('\n').some((l) => l.startsWith('<!-- lb-plan:approval'))).toBe(false);
    const from = r.h.em.log.length;
    const run = await r.merge(25);
    expect(run.outputs['failure-reason']).toBe('no-approved-plan');
    expect(mutations(r, from)).toEqual([]);
    expect(await exists(r, 'web-web')).toBe(false);
  });

  it('with require-approved-plan false the merge applies without an approval', async () => {
    const r = await rig({ 'lb/web.yaml': lb('web') }, runActionSrc);
    await r.pr(26);
    setApproval(r, 26, (a) => ({ ...a, plans: {} }));
    const run = await r.merge(26, { inputs: { 'require-approved-plan': 'false' } });
    expect(run.code).toBe(0);
    expect(await exists(r, 'web-web')).toBe(true);
  });
});

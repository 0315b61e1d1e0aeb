/**
 * The Action on a push to the default branch: find the pull request whose merge produced the commit,
 * judge each fresh plan against that pull request's approval and the record of earlier attempts at
 * this commit (verdict.ts), apply all of them or none, and report on the pull request. A push no
 * merged pull request produced follows `on-direct-push`.
 */
import { dirname } from 'node:path';
import { applyPlan } from '../apply/execute.js';
import { lbOutputs } from '../apply/outputs.js';
import type { ComputeClients } from '../gcp/client.js';
import { readLive } from '../gcp/read.js';
import { secretResolver } from '../manifest/secrets.js';
import type { Plan } from '../plan/index.js';
import { planFile } from '../workflow.js';
import { approvalMismatch, planDigest, type MergedPull } from './approval.js';
import { commentBody, commentHeading, inertSection, previousSections, readApproval, readRecord, sectionBudget } from './comment.js';
import { conclude, footer, type CommentWrite } from './conclude.js';
import type { ActionContext, ActionIo, ManifestResult } from './context.js';
import type { Comment, GitHub } from './github.js';
import { oneLine, planOne, type Budgets } from './planning.js';
import { nextRecord, recordFor, recordLine, type ApplyRecord, type ManifestRecord } from './record.js';
import { appliedSection, excerptQuoted, heldSection, noChangesSection, notAppliedSection, unchangedSection } from './sections.js';
import type { Settings } from './settings.js';
import { applyStatus } from './status.js';
import { summaryShare } from './summary.js';
import { blockers, judge, restWithinApproved, type Gate, type Verdict } from './verdict.js';

/** Room a "not applied" heading takes before the plan it shows. */
const REFUSAL_HEADING = 600;

/** What every step of an apply run works with. */
interface Run {
  readonly settings: Settings;
  readonly ctx: ActionContext;
  readonly io: ActionIo;
  readonly clients: ComputeClients;
}

/** What the run knows of the merged pull request: its comment, approval gate, apply record and earlier sections. */
interface MergeState {
  readonly pr?: MergedPull;
  readonly comment?: Comment;
  readonly gate: Gate;
  readonly record?: ApplyRecord;
  readonly previous: ReadonlyMap<string, string>;
}

/** The state for a merged pull request (or none, for a direct push): its comment read once. */
async function mergeState(settings: Settings, gh: GitHub | undefined, pr: MergedPull | undefined): Promise<MergeState> {
  if (!pr || !gh) return { gate: { required: false }, previous: new Map() };
  const comment = await gh.findComment(pr.number);
  const approval = comment ? readApproval(comment.body, settings.label) : undefined;
  const gate: Gate = settings.requireApprovedPlan ? { required: true, approval, problem: approvalMismatch(approval, pr) } : { required: false };
  const record = comment ? readRecord(comment.body, settings.label) : undefined;
  return { pr, comment, gate, record, previous: comment ? previousSections(comment.body) : new Map() };
}

/** A push no merged pull request produced: `on-direct-push` decides, whatever `require-approved-plan` says. */
function directPushAllowed(settings: Settings, ctx: ActionContext, io: ActionIo): boolean {
  const commit = ctx.sha.slice(0, 7);
  if (settings.onDirectPush === 'apply') {
    io.notice(`Commit ${commit} was not produced by merging a pull request: applying without a reviewed plan (on-direct-push: apply).`);
    return true;
  }
  if (settings.onDirectPush === 'skip') {
    io.notice(`Commit ${commit} was not produced by merging a pull request: nothing applied (on-direct-push: skip).`);
    io.setOutput('changes', 'false');
    return false;
  }
  io.setOutput('failure-reason', 'no-approved-plan');
  io.fail(`no-approved-plan: Commit ${commit} was not produced by merging a pull request, so there is no reviewed plan to apply (on-direct-push: fail). Merge through a pull request, or set on-direct-push: apply.`);
  return false;
}

/** One manifest planned afresh, and the verdict on its plan (none when it could not be planned). */
interface Judged {
  readonly planned: ManifestResult;
  readonly verdict?: Verdict;
}

/** Plans `file` afresh and judges the plan (verdict.ts). */
async function judgeOne(file: string, state: MergeState, run: Run, budgets: Budgets): Promise<Judged> {
  const { clients, settings, ctx, io } = run;
  const planned = await planOne(file, clients, settings, ctx, io, budgets);
  // Not planned, or failed its service checks under `strict`: never applied, and it holds back the rest.
  if (!planned.plan || planned.failure) return { planned };
  const verdict = judge({ gate: state.gate, file, digest: planDigest(planned.plan), empty: planned.plan.steps.length === 0, record: recordFor(state.record, ctx.sha, file) });
  return { planned, verdict };
}

/**
 * The digest of what is left of `applied` after its apply failed: planned again at once, and kept
 * only if it touches nothing `applied` did not (restWithinApproved). A re-run may apply exactly that.
 */
async function restDigest(file: string, applied: Plan, run: Run): Promise<string | undefined> {
  try {
    const again = await planFile({ file, clients: run.clients, env: run.ctx.env, project: run.settings.project });
    return again.ok && restWithinApproved(applied, again.plan) ? planDigest(again.plan) : undefined;
  } catch {
    return undefined;
  }
}

/** Applies one manifest's plan and reports the outcome, the IP addresses and DNS records; after a failure, records what a re-run may finish. */
async function applyOne(file: string, plan: Plan, rest: boolean, run: Run, budget: number): Promise<ManifestResult & { record: ManifestRecord }> {
  const { clients, settings, ctx, io } = run;
  if (plan.steps.length === 0) {
    const live = await readLive(clients, plan.manifest.project).catch(() => undefined);
    return { file, plan, state: 'unchanged', outputs: live ? lbOutputs(plan.manifest.name, live) : undefined, section: noChangesSection(file), record: { status: 'applied' } };
  }
  const result = await applyPlan(plan, clients, { parallelism: settings.parallelism, secret: secretResolver(dirname(file), ctx.env) }, (e) => {
    if (e.type === 'done') io.info(`${e.step.address}: ${e.step.summary} done [${e.ms}ms]`);
    if (e.type === 'failed') io.info(`${e.step.address}: Failed to ${e.step.summary} ${e.step.address}: ${excerptQuoted(e.error)}`);
  });
  const live = await readLive(clients, plan.manifest.project).catch(() => undefined);
  const outputs = live ? lbOutputs(plan.manifest.name, live) : undefined;
  const failed = result.outcomes.flatMap((o) => (o.status === 'failed' ? [{ summary: o.step.summary, address: o.step.address, error: String(o.error) }] : []));
  const report = { done: result.done, failed, skipped: result.skipped };
  if (!failed.length && !result.skipped) {
    const note = rest ? 'Finished what the failed attempt at this commit left of the approved plan.' : '';
    return { file, plan, state: 'applied', outputs, section: appliedSection(file, ctx.sha, report, outputs, note, budget), record: { status: 'applied' } };
  }
  const next = await restDigest(file, plan, run);
  const note = next
    ? 'Re-running this job finishes the approved plan: it applies what is left, if a fresh plan is exactly the one made right after this failure.'
    : 'A re-run will not finish this plan: what is left could not be planned, or would touch resources the approved plan did not. Open a pull request to plan again.';
  const first = failed[0];
  const reason = first ? oneLine(`${failed.length} failed, ${result.skipped} skipped: Failed to ${first.summary} ${first.address}: ${first.error}`) : `${result.skipped} steps skipped`;
  return { file, plan, state: 'applied', outputs, failure: 'apply-failed', reason, section: appliedSection(file, ctx.sha, report, outputs, note, budget), record: { status: 'failed', ...(next ? { rest: next } : {}) } };
}

/** What a manifest that is not applied this run shows: refused, held back for another, or done (before, or with nothing to do). */
async function notApplied(j: Judged & { verdict: Verdict }, blocked: readonly string[], state: MergeState, run: Run): Promise<ManifestResult> {
  const { planned, verdict } = j;
  const { file } = planned;
  const plan = planned.plan!;
  if (verdict.kind === 'refuse') {
    const full = planned.full ? notAppliedSection(file, verdict.why, planned.full).body : undefined;
    return { file, plan, failure: verdict.failure, reason: verdict.why, section: notAppliedSection(file, verdict.why, planned.section.body), full };
  }
  if (verdict.kind === 'apply') return { file, plan, state: 'held', section: heldSection(file, blocked, planned.section.body) };
  const live = await readLive(run.clients, plan.manifest.project).catch(() => undefined);
  const outputs = live ? lbOutputs(plan.manifest.name, live) : undefined;
  // Applied before at this commit: the comment keeps what that attempt reported; the job summary says what this run did: nothing.
  const earlier = recordFor(state.record, run.ctx.sha, file)?.status === 'applied' ? state.previous.get(file) : undefined;
  const now = unchangedSection(file, verdict.why);
  return { file, plan, state: 'unchanged', outputs, section: earlier ? { file, body: earlier } : now, full: now.body };
}

/** Every manifest's result: applied when its verdict says so and no manifest blocks the run; otherwise why not. */
async function settle(judged: readonly Judged[], state: MergeState, run: Run, budget: number): Promise<{ results: ManifestResult[]; outcomes: Map<string, ManifestRecord> }> {
  const blocked = blockers(judged.map((j) => ({ file: j.planned.file, verdict: j.verdict, failure: j.planned.failure })));
  const results: ManifestResult[] = [];
  const outcomes = new Map<string, ManifestRecord>();
  for (const j of judged) {
    if (!j.verdict) {
      results.push(j.planned);
    } else if (j.verdict.kind === 'apply' && blocked.length === 0) {
      const { record, ...result } = await applyOne(j.planned.file, j.planned.plan!, j.verdict.rest, run, budget);
      results.push(result);
      outcomes.set(result.file, record);
    } else {
      const result = await notApplied({ ...j, verdict: j.verdict }, blocked, state, run);
      results.push(result);
      // Done (before, or nothing to do): the merge's manifest is in effect, so a re-run leaves it alone.
      if (result.state === 'unchanged') outcomes.set(result.file, { status: 'applied' });
    }
  }
  return { results, outcomes };
}

/**
 * The comment write of an apply run: none without a merged pull request; none either when every
 * manifest was already applied at this commit and the record says nothing new (a re-run after
 * success leaves "applied" as it was), though its id and URL are still given.
 */
function commentWrite(state: MergeState, gh: GitHub | undefined, body: string, record: ApplyRecord | undefined, results: readonly ManifestResult[]): CommentWrite | undefined {
  const { pr, comment } = state;
  if (!pr || !gh) return undefined;
  const unchanged = results.every((r) => r.state === 'unchanged' && !r.failure);
  if (comment && unchanged && record && state.record && recordLine(record) === recordLine(state.record)) return async () => ({ id: comment.id, url: comment.url });
  return () => gh.writeComment(pr.number, body, comment);
}

/** The push flow: merged pull request → gate and record → per manifest, plan again and judge → apply all or none → summary, outputs, comment. */
export async function applyRun(settings: Settings, files: readonly string[], ctx: ActionContext, gh: GitHub | undefined, io: ActionIo, clients: ComputeClients): Promise<void> {
  const pr = gh ? await gh.mergedPullForCommit(ctx.sha) : undefined;
  if (!pr && !directPushAllowed(settings, ctx, io)) return;
  const state = await mergeState(settings, gh, pr);
  const run: Run = { settings, ctx, io, clients };
  const budget = sectionBudget(files);
  const budgets = { comment: budget - REFUSAL_HEADING, summary: summaryShare(files.length) };
  const judged: Judged[] = [];
  for (const file of files) judged.push(await judgeOne(file, state, run, budgets));
  const { results, outcomes } = await settle(judged, state, run, budget);
  const record = pr ? nextRecord(state.record, ctx.sha, outcomes) : undefined;
  const status = applyStatus(results, ctx.sha);
  // The approval is kept as it was read: applying never approves anything.
  const approval = state.gate.required ? state.gate.approval : undefined;
  const body = commentBody({ label: settings.label, approval, record, status, sections: results.map((r) => r.section), footer: footer(ctx, 'Applied by lb-plan on merge') });
  const summary = [commentHeading(settings.label), '', status, '', ...results.map((r) => inertSection(r.full ?? r.section.body))].join('\n');
  await conclude(io, ctx, results, summary, commentWrite(state, gh, body, record, results), false);
}

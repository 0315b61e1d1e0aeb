/**
 * The Action on a push to the default branch: find the pull request whose merge produced the commit,
 * judge each fresh plan against that pull request's approval (approval.ts), apply what passes, and
 * report on the pull request. A push no merged pull request produced follows `on-direct-push`.
 */
import { dirname } from 'node:path';
import { applyPlan } from '../apply/execute.js';
import { lbOutputs } from '../apply/outputs.js';
import type { ComputeClients } from '../gcp/client.js';
import { readLive } from '../gcp/read.js';
import { secretResolver } from '../manifest/secrets.js';
import type { Plan } from '../plan/index.js';
import { approvalMismatch, approvedDigest, planDigest, type Approval, type MergedPull } from './approval.js';
import { commentBody, readApproval, sectionBudget } from './comment.js';
import type { ActionContext, ActionIo, FailureReason, ManifestResult } from './context.js';
import type { GitHub } from './github.js';
import { finish, footer, planOne } from './planning.js';
import { appliedSection, excerptQuoted, noChangesSection, notAppliedSection } from './sections.js';
import type { Settings } from './settings.js';

/** How a merge-time plan is judged: not required, or against the merged pull request's approval (`problem` when there is none that counts). */
type Gate = { readonly required: false } | { readonly required: true; readonly approval?: Approval; readonly problem?: string };

/** The gate for a merged pull request: its comment's approval, and why it does not count (approvalMismatch). */
async function approvalGate(settings: Settings, gh: GitHub, pr: MergedPull): Promise<Gate> {
  if (!settings.requireApprovedPlan) return { required: false };
  const comment = await gh.findComment(pr.number);
  const approval = comment ? readApproval(comment.body) : undefined;
  return { required: true, approval, problem: approvalMismatch(approval, pr) };
}

/** Why `plan` of `file` may not be applied under `gate`, or undefined. */
function refusal(gate: Gate, file: string, plan: Plan): { failure: FailureReason; why: string } | undefined {
  if (!gate.required) return undefined;
  if (gate.problem || !gate.approval) return { failure: 'no-approved-plan', why: gate.problem ?? 'no approved plan' };
  const want = approvedDigest(gate.approval, file);
  if (!want) return { failure: 'no-approved-plan', why: 'the pull request has no approved plan for this manifest' };
  if (want !== planDigest(plan)) return { failure: 'plan-changed', why: 'the plan differs from the one approved in the pull request (the live state or the manifest changed since)' };
  return undefined;
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
  io.fail(`Commit ${commit} was not produced by merging a pull request, so there is no reviewed plan to apply (on-direct-push: fail). Merge through a pull request, or set on-direct-push: apply.`);
  return false;
}

/** Applies one manifest's plan and reports the outcome, the IP addresses and DNS records. */
async function applyOne(file: string, plan: Plan, clients: ComputeClients, settings: Settings, ctx: ActionContext, io: ActionIo): Promise<ManifestResult> {
  if (plan.steps.length === 0) {
    const live = await readLive(clients, plan.manifest.project).catch(() => undefined);
    return { file, plan, outputs: live ? lbOutputs(plan.manifest.name, live) : undefined, section: noChangesSection(file) };
  }
  const result = await applyPlan(plan, clients, { parallelism: settings.parallelism, secret: secretResolver(dirname(file), ctx.env) }, (e) => {
    if (e.type === 'done') io.info(`${e.step.address}: ${e.step.summary} done [${e.ms}ms]`);
    if (e.type === 'failed') io.info(`${e.step.address}: Failed to ${e.step.summary} ${e.step.address}: ${excerptQuoted(e.error)}`);
  });
  const live = await readLive(clients, plan.manifest.project).catch(() => undefined);
  const outputs = live ? lbOutputs(plan.manifest.name, live) : undefined;
  const failed = result.outcomes.flatMap((o) => (o.status === 'failed' ? [{ summary: o.step.summary, address: o.step.address, error: String(o.error) }] : []));
  const section = appliedSection(file, ctx.sha, { done: result.done, failed, skipped: result.skipped }, outputs);
  return { file, plan, outputs, failure: failed.length || result.skipped ? 'apply-failed' : undefined, section };
}

/** The push flow: merged pull request → gate → per manifest, plan again and apply or refuse → comment, summary, outputs. */
export async function applyRun(settings: Settings, files: readonly string[], ctx: ActionContext, gh: GitHub | undefined, io: ActionIo, clients: ComputeClients): Promise<void> {
  const pr = gh ? await gh.mergedPullForCommit(ctx.sha) : undefined;
  if (!pr && !directPushAllowed(settings, ctx, io)) return;
  const gate: Gate = pr && gh ? await approvalGate(settings, gh, pr) : { required: false };
  const budget = sectionBudget(files);
  const results: ManifestResult[] = [];
  for (const file of files) {
    const planned = await planOne(file, clients, settings, ctx, io, budget);
    if (!planned.plan) {
      results.push(planned);
      continue;
    }
    const refused = refusal(gate, file, planned.plan);
    if (refused) results.push({ file, plan: planned.plan, failure: refused.failure, section: notAppliedSection(file, refused.why, planned.section.body) });
    else results.push(await applyOne(file, planned.plan, clients, settings, ctx, io));
  }
  // The approval is kept as it was read: applying never approves anything.
  const body = commentBody({ approval: gate.required ? gate.approval : undefined, sections: results.map((r) => r.section), footer: footer(ctx, `Applied by lb-plan on merge`) });
  if (pr && gh) await gh.upsertComment(pr.number, body);
  await io.summary(body.replace(/<!--[^>]*-->\n?/g, ''));
  finish(io, results, ctx);
}

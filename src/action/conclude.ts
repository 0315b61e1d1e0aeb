/**
 * What every run ends with, in one order: the job summary, the outputs, then the pull-request
 * comment, then the run's failure with the reason on its log line.
 */
import { join } from 'node:path';
import { mdText } from '../plan/render/common.js';
import type { ActionContext, ActionIo, ManifestResult } from './context.js';
import { describeGitHubError, githubErrorHint } from './github.js';
import { savedPlanPath } from './planning.js';
import { fitSummary, SUMMARY_LIMIT_BYTES } from './summary.js';

/** The Action's outputs from every manifest's outcome; what was already applied, or not touched, counts as no change. */
function setOutputs(io: ActionIo, results: readonly ManifestResult[], ctx: ActionContext): void {
  const plans = results.flatMap((r) => (r.plan && r.state !== 'unchanged' ? [r.plan] : []));
  const sum = (k: 'add' | 'change' | 'destroy') => plans.reduce((n, p) => n + p.summary[k], 0);
  io.setOutput('changes', String(plans.some((p) => p.steps.length > 0)));
  io.setOutput('to-add', String(sum('add')));
  io.setOutput('to-change', String(sum('change')));
  io.setOutput('to-destroy', String(sum('destroy')));
  io.setOutput('plan-json', results.length === 1 && results[0]!.plan ? savedPlanPath(ctx, results[0]!.file) : join(ctx.runnerTemp, 'lb-plan'));
  const ips = [...new Set(results.flatMap((r) => (r.outputs ? r.outputs.addresses.map((a) => a.ip) : (r.plan?.dns ?? []).map((d) => d.value).filter((v) => !v.startsWith('(')))))];
  io.setOutput('ip-addresses', ips.join(','));
  const failure = results.find((r) => r.failure)?.failure;
  if (failure) io.setOutput('failure-reason', failure);
}

/** The comment's last line: what happened, the run, the commit. */
export function footer(ctx: ActionContext, what: string): string {
  return `<sub>${what}${ctx.runUrl ? ` · [run](${ctx.runUrl})` : ''} · commit \`${ctx.sha.slice(0, 7)}\`</sub>`;
}

/** The comment a run writes, or none (no pull request, no token, nothing new to say). */
export type CommentWrite = () => Promise<{ readonly id: number; readonly url: string; readonly created?: boolean } | undefined>;

/** The run's failure line: each failed manifest, its failure-reason, and why. */
export function failureLine(results: readonly ManifestResult[]): string | undefined {
  const failed = results.filter((r) => r.failure);
  return failed.length ? failed.map((r) => `${r.file}: ${r.failure}${r.reason ? ` — ${r.reason}` : ''}`).join('; ') : undefined;
}

/**
 * How every run ends, in this order: the job summary and the outputs, then the comment — so a
 * comment that cannot be written (a read-only token) loses neither — then the comment's outputs
 * (`comment-id`, `comment-url`) or why it failed, then the run's failure. A comment that fails
 * fails the run only when `commentRequired` (a plan run: without it nothing is approved).
 */
export async function conclude(io: ActionIo, ctx: ActionContext, results: readonly ManifestResult[], summary: string, comment: CommentWrite | undefined, commentRequired: boolean): Promise<void> {
  await io.summary(fitSummary(summary, SUMMARY_LIMIT_BYTES - 8_192));
  setOutputs(io, results, ctx);
  let commentFailure: string | undefined;
  try {
    const written = comment ? await comment() : undefined;
    if (written) {
      io.setOutput('comment-id', String(written.id));
      io.setOutput('comment-url', written.url);
      io.info(`${written.created === undefined ? 'Kept' : written.created ? 'Created' : 'Updated'} the lb-plan comment ${written.id}: ${written.url}`);
    }
  } catch (e) {
    commentFailure = `Could not write the pull request comment: ${describeGitHubError(e)}${githubErrorHint(e)}`;
    await io.summary(`\n> [!WARNING]\n> ${mdText(commentFailure)}\n`);
  }
  const failed = failureLine(results);
  if (commentFailure && commentRequired) {
    if (!failed) io.setOutput('failure-reason', 'api-error');
    io.fail(`api-error: ${commentFailure}. No plan was approved: a merge will not apply it until a run can write the comment.`);
  } else if (commentFailure) io.warning(commentFailure);
  if (failed) io.fail(failed);
}

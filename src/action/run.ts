/**
 * The Action's flow: plan on pull requests as one PR comment (per label) that records what was
 * approved; apply on a push to the default branch only what the merged pull request's comment
 * approved, for the head commit that was merged (merge.ts). A maintainer plans a pull request that
 * has no credentials of its own (from a fork) with a workflow_dispatch run (dispatch.ts). Everything
 * it decides about load balancers comes from the library.
 */
import { computeClients, type ComputeClients } from '../gcp/client.js';
import { loadManifest } from '../manifest/load.js';
import { mdCode } from '../plan/render/common.js';
import { planDigest, type Approval } from './approval.js';
import { commentBody, commentHeading, inertSection, sectionBudget } from './comment.js';
import { conclude, footer } from './conclude.js';
import type { ActionContext, ActionIo, ManifestResult } from './context.js';
import { dispatchedPullEvent } from './dispatch.js';
import { isDefaultBranchPush, pullRequestEvent, pullRequestStep, type PullRequestEvent } from './event.js';
import { describeGitHubError, githubErrorHint, type GitHub } from './github.js';
import { applyRun } from './merge.js';
import { manifestRefusal, orphansReport, planOne } from './planning.js';
import { CLOSED_UNMERGED } from './sections.js';
import type { Settings } from './settings.js';
import { planStatus } from './status.js';
import { summaryShare } from './summary.js';

export type { ActionContext, ActionIo, FailureReason } from './context.js';

/**
 * One run: a `pull-request` input plans that pull request (workflow_dispatch only); a pull_request
 * event plans (opened, synchronize, reopened, ready_for_review), withdraws (closed without merging)
 * or does nothing; a fork is only validated; otherwise `mode` decides (auto: apply on a push to the
 * default branch, plan elsewhere).
 */
export async function runAction(settings: Settings, files: readonly string[], ctx: ActionContext, gh: GitHub | undefined, io: ActionIo): Promise<void> {
  if (settings.pullRequest) {
    const dispatched = await dispatchedPullEvent(settings.pullRequest, ctx, gh, io);
    return dispatched ? planRun(settings, files, ctx, gh, io, computeClients({ endpoint: settings.computeEndpoint }), dispatched) : undefined;
  }
  const pr = pullRequestEvent(ctx.payload);
  if (pr) {
    const step = pullRequestStep(pr);
    if (step === 'closed-unmerged') return closedRun(pr, ctx, gh, io);
    if (step === 'none') {
      io.info(`pull_request "${pr.action}" on #${pr.number}: nothing to do (lb-plan plans on opened, synchronize, reopened and ready_for_review; a merge is applied by the push of its merge commit).`);
      io.setOutput('changes', 'false');
      return;
    }
    if (pr.fork) return forkRun(files, ctx, io);
  }
  const mode = settings.mode === 'auto' ? (isDefaultBranchPush(ctx.eventName, ctx.ref, ctx.payload) ? 'apply' : 'plan') : settings.mode;
  const clients = computeClients({ endpoint: settings.computeEndpoint });
  if (mode === 'plan') return planRun(settings, files, ctx, gh, io, clients, pr);
  return applyRun(settings, files, ctx, gh, io, clients);
}

/** A pull request from a fork has no credentials: validate, and say plainly that a maintainer must plan. */
async function forkRun(files: readonly string[], ctx: ActionContext, io: ActionIo): Promise<void> {
  const results = files.map((file) => {
    const refused = manifestRefusal(file, ctx.workspace);
    return { file, loaded: refused ? { manifest: undefined, diagnostics: [refused] } : loadManifest(file) };
  });
  for (const r of results) for (const d of r.loaded.diagnostics) io.annotate(d);
  const invalid = results.filter((r) => !r.loaded.manifest);
  const lines = results.map((r) => `| ${mdCode(r.file)} | ${r.loaded.manifest ? '✅ valid' : `❌ ${r.loaded.diagnostics.filter((d) => d.severity === 'error').length} errors`} |`);
  await io.summary(
    `## lb-plan\n\nThis pull request comes from a fork, so this run has no cloud credentials and cannot read live state: the manifests were validated, and **the plan needs a run by a maintainer** (a workflow_dispatch run naming this pull request and the head commit they reviewed, with the \`pull-request\` and \`head-sha\` inputs).\n\n| Manifest | Result |\n| --- | --- |\n${lines.join('\n')}\n`,
  );
  io.notice('Pull request from a fork: manifests validated; planning needs a maintainer run (no credentials here).');
  io.setOutput('changes', 'false');
  if (invalid.length) {
    io.setOutput('failure-reason', 'validation');
    io.fail(`${invalid.length} manifest${invalid.length === 1 ? '' : 's'} not valid`);
  }
}

/**
 * A pull request closed without merging: its comment loses its plans and its approval (the body is
 * replaced), so nothing from it can be applied. No plan is made; a comment is only edited, never
 * created. A comment that cannot be edited is a warning (there is nothing else to report).
 */
async function closedRun(pr: PullRequestEvent, ctx: ActionContext, gh: GitHub | undefined, io: ActionIo): Promise<void> {
  io.setOutput('changes', 'false');
  if (pr.fork || !gh) {
    io.notice(`Pull request #${pr.number} was closed without merging; this run cannot edit its comment (${pr.fork ? 'a fork' : 'no token'}).`);
    return;
  }
  try {
    const comment = await gh.findComment(pr.number);
    if (!comment) return io.info(`Pull request #${pr.number} was closed without merging; it has no lb-plan comment.`);
    const written = await gh.writeComment(pr.number, commentBody({ label: gh.label, lead: [CLOSED_UNMERGED], sections: [], footer: footer(ctx, 'Closed without merging') }), comment);
    io.setOutput('comment-id', String(written.id));
    io.setOutput('comment-url', written.url);
    io.info(`Pull request #${pr.number} was closed without merging: its plans and approval were withdrawn (comment ${comment.id}).`);
  } catch (e) {
    io.warning(`Could not withdraw the plans of pull request #${pr.number}: ${describeGitHubError(e)}${githubErrorHint(e)}`);
  }
}

/** The approval to record for plans made on pull request `pr`: its number, URL, head commit and each plan's digest (none without a plan). */
function approvalFor(pr: PullRequestEvent | undefined, results: readonly ManifestResult[]): Approval | undefined {
  if (!pr?.headSha || !/^[0-9a-f]{40}$/.test(pr.headSha)) return undefined;
  const plans = Object.fromEntries(results.flatMap((r) => (r.plan && !r.failure ? [[r.file, planDigest(r.plan)] as const] : [])));
  return Object.keys(plans).length ? { pr: pr.number, url: pr.url, head: pr.headSha, plans } : undefined;
}

/** The footer of a plan comment: for which head commit, by whom when a maintainer asked for it. */
function planFooter(ctx: ActionContext, pr: PullRequestEvent | undefined): string {
  const by = pr?.action === 'dispatch' ? ` at the request of ${ctx.actor ? `@${ctx.actor}` : 'a maintainer'} (workflow_dispatch)` : '';
  return footer(ctx, `Planned by lb-plan${by} for head commit \`${(pr?.headSha ?? ctx.sha).slice(0, 7)}\`. On merge, lb-plan applies these plans only if nothing was pushed since and a fresh plan is identical`);
}

/**
 * The plan flow: every manifest planned into one comment, with the approval for the pull request's
 * head commit and a status line; the job summary and outputs first, then the comment.
 */
async function planRun(settings: Settings, files: readonly string[], ctx: ActionContext, gh: GitHub | undefined, io: ActionIo, clients: ComputeClients, pr: PullRequestEvent | undefined): Promise<void> {
  const budgets = { comment: sectionBudget(files), summary: summaryShare(files.length) };
  const results: ManifestResult[] = [];
  for (const file of files) results.push(await planOne(file, clients, settings, ctx, io, budgets));
  const status = planStatus(results);
  const orphans = settings.reportOrphans ? orphansReport(results, io) : { comment: '', summary: '' };
  const lead = orphans.comment ? [orphans.comment] : [];
  const body = commentBody({ label: settings.label, approval: approvalFor(pr, results), status, lead, sections: results.map((r) => r.section), footer: planFooter(ctx, pr) });
  const summary = [commentHeading(settings.label), '', status, '', ...(orphans.summary ? [inertSection(orphans.summary), ''] : []), ...results.map((r) => inertSection(r.full ?? r.section.body))].join('\n');
  const write = pr && gh ? () => gh.upsertComment(pr.number, body) : undefined;
  await conclude(io, ctx, results, summary, write, true);
}

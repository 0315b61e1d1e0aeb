/**
 * The Action's flow: plan on pull requests as one PR comment; apply on a push to the default
 * branch, only what the merged PR's comment approved. Everything it decides comes from the library.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { applyPlan } from '../apply/execute.js';
import { lbOutputs, type LbOutputs } from '../apply/outputs.js';
import { computeClients, type ComputeClients } from '../gcp/client.js';
import { describeError } from '../gcp/errors.js';
import { readLive } from '../gcp/read.js';
import { topology } from '../graph/topology.js';
import { formatPath, type Diagnostic } from '../manifest/diagnostic.js';
import { loadManifest } from '../manifest/load.js';
import { secretResolver } from '../manifest/secrets.js';
import { PlanError, type Plan } from '../plan/index.js';
import { renderJson } from '../plan/render/json.js';
import { renderMarkdown } from '../plan/render/markdown.js';
import { planFile } from '../workflow.js';
import { approvedHashes, commentBody, planHash, sectionBudget, type Section } from './comment.js';
import type { GitHub } from './github.js';
import type { Settings } from './settings.js';

export interface ActionContext {
  readonly eventName: string;
  readonly payload: Record<string, unknown>;
  readonly sha: string;
  readonly ref: string;
  readonly runnerTemp: string;
  readonly runUrl?: string;
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** What the Action says to the runner: outputs, annotations, the job summary, failure. */
export interface ActionIo {
  setOutput(name: string, value: string): void;
  annotate(d: Diagnostic): void;
  info(text: string): void;
  notice(text: string): void;
  summary(markdown: string): Promise<void>;
  fail(message: string): void;
}

const SUMMARY_BUDGET = 900_000;

export type FailureReason = 'validation' | 'plan-changed' | 'api-error' | 'no-approved-plan' | 'apply-failed' | 'stale-plan';

interface ManifestResult {
  readonly file: string;
  readonly section: Section;
  /** The same section without the comment's size limit, for the job summary. */
  readonly full?: string;
  readonly plan?: Plan;
  readonly failure?: FailureReason;
  readonly outputs?: LbOutputs;
}

type PullRequest = { number: number; html_url: string; head?: { repo?: { full_name?: string } | null }; base?: { repo?: { full_name?: string } } };

function pullRequest(ctx: ActionContext): PullRequest | undefined {
  return ctx.payload.pull_request as PullRequest | undefined;
}

function isFork(ctx: ActionContext): boolean {
  const pr = pullRequest(ctx);
  const head = pr?.head?.repo?.full_name;
  const base = pr?.base?.repo?.full_name ?? (ctx.payload.repository as { full_name?: string } | undefined)?.full_name;
  return Boolean(pr && head && base && head !== base);
}

function defaultBranchPush(ctx: ActionContext): boolean {
  const branch = (ctx.payload.repository as { default_branch?: string } | undefined)?.default_branch ?? 'main';
  return ctx.eventName === 'push' && ctx.ref === `refs/heads/${branch}`;
}

function diagnosticsSection(file: string, diagnostics: readonly Diagnostic[], heading: string): Section {
  const lines = diagnostics.filter((d) => d.severity === 'error').map((d) => `- \`${d.file}:${d.line}:${d.column}\` ${d.message} (at \`${formatPath(d.path)}\`)`);
  return { file, body: `### ❌ \`${file}\`: ${heading}\n\n${lines.join('\n')}\n` };
}

function errorSection(file: string, heading: string, message: string): Section {
  return { file, body: `### ❌ \`${file}\`: ${heading}\n\n\`\`\`\n${message}\n\`\`\`\n` };
}

async function planOne(file: string, clients: ComputeClients, settings: Settings, ctx: ActionContext, io: ActionIo, budget: number, prUrl: string | undefined): Promise<ManifestResult> {
  let outcome;
  try {
    outcome = await planFile({ file, clients, env: ctx.env, project: settings.project });
  } catch (e) {
    const message = e instanceof PlanError ? e.problems.join('\n') : describeError(e);
    return { file, section: errorSection(file, 'could not plan', message), failure: 'api-error' };
  }
  if (!outcome.ok) {
    for (const d of outcome.diagnostics) io.annotate(d);
    return { file, section: diagnosticsSection(file, outcome.diagnostics, 'the manifest is not valid'), failure: 'validation' };
  }
  for (const d of outcome.diagnostics) io.annotate(d);
  const { plan, compiled } = outcome;
  const title = `### \`${file}\` → \`${plan.manifest.name}\` in \`${plan.manifest.project}\``;
  const body = renderMarkdown(plan, { topology: topology(compiled), budget, title });
  // The job summary holds up to 1 MiB: there the plan is shown in full.
  const full = renderMarkdown(plan, { topology: topology(compiled), budget: SUMMARY_BUDGET, title });
  const path = join(ctx.runnerTemp, 'lb-plan', `${file.replace(/[^A-Za-z0-9._-]+/g, '_')}.plan.json`);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, renderJson(plan));
  return { file, plan, full, section: { file, body, hash: prUrl ? planHash(plan, prUrl) : undefined } };
}

function setOutputs(io: ActionIo, results: readonly ManifestResult[], ctx: ActionContext): void {
  const plans = results.flatMap((r) => (r.plan ? [r.plan] : []));
  const sum = (k: 'add' | 'change' | 'destroy') => plans.reduce((n, p) => n + p.summary[k], 0);
  io.setOutput('changes', String(plans.some((p) => p.steps.length > 0)));
  io.setOutput('to-add', String(sum('add')));
  io.setOutput('to-change', String(sum('change')));
  io.setOutput('to-destroy', String(sum('destroy')));
  io.setOutput('plan-json', results.length === 1 && plans.length === 1 ? join(ctx.runnerTemp, 'lb-plan', `${results[0]!.file.replace(/[^A-Za-z0-9._-]+/g, '_')}.plan.json`) : join(ctx.runnerTemp, 'lb-plan'));
  const ips = [...new Set(results.flatMap((r) => (r.outputs ? r.outputs.addresses.map((a) => a.ip) : (r.plan?.dns ?? []).map((d) => d.value).filter((v) => !v.startsWith('(')))))];
  io.setOutput('ip-addresses', ips.join(','));
  const failure = results.find((r) => r.failure)?.failure;
  if (failure) io.setOutput('failure-reason', failure);
}

function footer(ctx: ActionContext, what: string): string {
  return `<sub>${what}${ctx.runUrl ? ` · [run](${ctx.runUrl})` : ''} · commit \`${ctx.sha.slice(0, 7)}\`</sub>`;
}

export async function runAction(settings: Settings, files: readonly string[], ctx: ActionContext, gh: GitHub | undefined, io: ActionIo): Promise<void> {
  const mode = settings.mode === 'auto' ? (defaultBranchPush(ctx) ? 'apply' : 'plan') : settings.mode;
  if (isFork(ctx)) return forkRun(files, ctx, io);
  const clients = computeClients({ endpoint: settings.computeEndpoint });
  if (mode === 'plan') return planRun(settings, files, ctx, gh, io, clients);
  return applyRun(settings, files, ctx, gh, io, clients);
}

/** A pull request from a fork has no credentials: validate, and say plainly that a maintainer must plan. */
async function forkRun(files: readonly string[], ctx: ActionContext, io: ActionIo): Promise<void> {
  const results = files.map((file) => ({ file, loaded: loadManifest(file) }));
  for (const r of results) for (const d of r.loaded.diagnostics) io.annotate(d);
  const invalid = results.filter((r) => !r.loaded.manifest);
  const lines = results.map((r) => `| \`${r.file}\` | ${r.loaded.manifest ? '✅ valid' : `❌ ${r.loaded.diagnostics.filter((d) => d.severity === 'error').length} errors`} |`);
  await io.summary(
    `## lb-plan\n\nThis pull request comes from a fork, so this run has no cloud credentials and cannot read live state: the manifests were validated, and **the plan needs a run by a maintainer** (for example by re-running the workflow from a branch of this repository).\n\n| Manifest | Result |\n| --- | --- |\n${lines.join('\n')}\n`,
  );
  io.notice('Pull request from a fork: manifests validated; planning needs a maintainer run (no credentials here).');
  io.setOutput('changes', 'false');
  if (invalid.length) {
    io.setOutput('failure-reason', 'validation');
    io.fail(`${invalid.length} manifest${invalid.length === 1 ? '' : 's'} not valid`);
  }
  void ctx;
}

async function planRun(settings: Settings, files: readonly string[], ctx: ActionContext, gh: GitHub | undefined, io: ActionIo, clients: ComputeClients): Promise<void> {
  const pr = pullRequest(ctx);
  const budget = sectionBudget(files.length);
  const results: ManifestResult[] = [];
  for (const file of files) results.push(await planOne(file, clients, settings, ctx, io, budget, pr?.html_url));
  const body = commentBody(
    results.map((r) => r.section),
    footer(ctx, `Planned by lb-plan. On merge, lb-plan applies these plans only if a fresh plan is identical`),
  );
  if (pr && gh) {
    const r = await gh.upsertComment(pr.number, body);
    io.info(`${r.created ? 'Created' : 'Updated'} the plan comment ${r.id} on #${pr.number}`);
  }
  await io.summary(['## lb-plan', '', ...results.map((r) => r.full ?? r.section.body)].join('\n'));
  setOutputs(io, results, ctx);
  const failed = results.filter((r) => r.failure);
  if (failed.length) io.fail(failed.map((r) => `${r.file}: ${r.failure}`).join('; '));
}

async function applyRun(settings: Settings, files: readonly string[], ctx: ActionContext, gh: GitHub | undefined, io: ActionIo, clients: ComputeClients): Promise<void> {
  const pr = gh ? await gh.pullForCommit(ctx.sha) : undefined;
  let approved: Map<string, string> | undefined;
  if (!pr) {
    if (settings.requireApprovedPlan && settings.onDirectPush !== 'apply') {
      if (settings.onDirectPush === 'skip') {
        io.notice(`Commit ${ctx.sha.slice(0, 7)} did not come from a pull request: nothing applied (on-direct-push: skip).`);
        io.setOutput('changes', 'false');
        return;
      }
      io.setOutput('failure-reason', 'no-approved-plan');
      io.fail(`Commit ${ctx.sha.slice(0, 7)} did not come from a pull request, so there is no reviewed plan to apply (on-direct-push: fail). Merge through a pull request, or set on-direct-push: apply.`);
      return;
    }
  } else if (settings.requireApprovedPlan) {
    const comment = await gh!.findComment(pr.number);
    approved = comment ? approvedHashes(comment.body) : new Map();
  }
  const budget = sectionBudget(files.length);
  const results: ManifestResult[] = [];
  for (const file of files) {
    const planned = await planOne(file, clients, settings, ctx, io, budget, pr?.url);
    if (!planned.plan) {
      results.push(planned);
      continue;
    }
    const plan = planned.plan;
    if (approved) {
      const want = approved.get(file);
      const have = planHash(plan, pr!.url);
      if (want !== have) {
        const why = want ? 'the plan differs from the one approved in the pull request (the live state or the manifest changed since)' : 'the pull request has no approved plan for this manifest';
        results.push({ file, plan, failure: want ? 'plan-changed' : 'no-approved-plan', section: { file, body: `### ⛔ \`${file}\`: not applied — ${why}\n\nThe plan now:\n\n${planned.section.body}`, hash: want } });
        continue;
      }
    }
    if (plan.steps.length === 0) {
      const live = await readLive(clients, plan.manifest.project).catch(() => undefined);
      results.push({ file, plan, outputs: live ? lbOutputs(plan.manifest.name, live) : undefined, section: { file, body: `### ✅ \`${file}\`: no changes to apply\n`, hash: planned.section.hash } });
      continue;
    }
    const loadedDir = dirname(file);
    const result = await applyPlan(plan, clients, { parallelism: settings.parallelism, secret: secretResolver(loadedDir, ctx.env) }, (e) => {
      if (e.type === 'done') io.info(`${e.step.address}: ${e.step.summary} done [${e.ms}ms]`);
      if (e.type === 'failed') io.info(`${e.step.address}: Failed to ${e.step.summary} ${e.step.address}: ${e.error}`);
    });
    const live = await readLive(clients, plan.manifest.project).catch(() => undefined);
    const outputs = live ? lbOutputs(plan.manifest.name, live) : undefined;
    const failedSteps = result.outcomes.filter((o) => o.status === 'failed');
    const lines = [
      `### ${failedSteps.length ? '❌' : '✅'} \`${file}\`: ${failedSteps.length ? 'apply failed' : 'applied'} at \`${ctx.sha.slice(0, 7)}\``,
      '',
      `${result.done} done, ${result.failed} failed, ${result.skipped} skipped.`,
      ...failedSteps.map((o) => `- Failed to ${o.step.summary} \`${o.step.address}\`: ${o.error}`),
      ...(outputs ? ['', `**IP addresses:** ${outputs.addresses.map((a) => `\`${a.ip}\``).join(', ') || 'none'}`, ...(outputs.dns.length ? ['', '| Name | Type | Value |', '| --- | --- | --- |', ...outputs.dns.map((d) => `| \`${d.name}\` | ${d.type} | \`${d.value}\` |`)] : [])] : []),
    ];
    results.push({ file, plan, outputs, failure: failedSteps.length || result.skipped ? 'apply-failed' : undefined, section: { file, body: lines.join('\n') + '\n', hash: planned.section.hash } });
  }
  const body = commentBody(
    results.map((r) => r.section),
    footer(ctx, `Applied by lb-plan on merge`),
  );
  if (pr && gh) await gh.upsertComment(pr.number, body);
  await io.summary(body.replace(/<!--[^>]*-->\n?/g, ''));
  setOutputs(io, results, ctx);
  const failed = results.filter((r) => r.failure);
  if (failed.length) io.fail(failed.map((r) => `${r.file}: ${r.failure}`).join('; '));
}

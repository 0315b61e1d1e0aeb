/**
 * Planning one manifest for the Action — refused unread outside the workspace, its secrets masked,
 * planned, rendered and saved — and what every run ends with: outputs, failure, the comment footer.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { ComputeClients } from '../gcp/client.js';
import { describeError } from '../gcp/errors.js';
import { topology } from '../graph/topology.js';
import type { Diagnostic } from '../manifest/diagnostic.js';
import { resolveWithin } from '../manifest/files.js';
import { PlanError } from '../plan/index.js';
import { renderJson } from '../plan/render/json.js';
import { renderMarkdown } from '../plan/render/markdown.js';
import { planFile } from '../workflow.js';
import type { ActionContext, ActionIo, ManifestResult } from './context.js';
import { manifestSecrets, maskable } from './mask.js';
import { diagnosticsSection, errorSection, planTitle } from './sections.js';
import type { Settings } from './settings.js';

/** The job summary holds up to 1 MiB: there a plan is shown in full. */
const SUMMARY_BUDGET = 900_000;

/** A manifest path that resolves (symlinks included) outside the workspace, as a diagnostic; it is not read. */
export function manifestRefusal(file: string, workspace: string): Diagnostic | undefined {
  const where = resolveWithin(resolve(file), [workspace], 'the workspace');
  return where.ok ? undefined : { severity: 'error', file, line: 1, column: 1, path: [], message: `cannot read manifest: ${where.reason}` };
}

/** Where a manifest's saved plan goes (the `plan-json` output). */
function savedPlanPath(ctx: ActionContext, file: string): string {
  return join(ctx.runnerTemp, 'lb-plan', `${file.replace(/[^A-Za-z0-9._-]+/g, '_')}.plan.json`);
}

/** Refuses a manifest outside the workspace, masks its secrets, plans it and renders the plan. */
export async function planOne(file: string, clients: ComputeClients, settings: Settings, ctx: ActionContext, io: ActionIo, budget: number): Promise<ManifestResult> {
  const refused = manifestRefusal(file, ctx.workspace);
  if (refused) {
    io.annotate(refused);
    return { file, section: diagnosticsSection(file, [refused], 'the manifest is not valid'), failure: 'validation' };
  }
  for (const value of manifestSecrets(file, ctx.env)) for (const m of maskable(value)) io.mask(m);
  let outcome;
  try {
    outcome = await planFile({ file, clients, env: ctx.env, project: settings.project });
  } catch (e) {
    const message = e instanceof PlanError ? e.problems.join('\n') : describeError(e);
    return { file, section: errorSection(file, 'could not plan', message), failure: 'api-error' };
  }
  for (const d of outcome.diagnostics) io.annotate(d);
  if (!outcome.ok) return { file, section: diagnosticsSection(file, outcome.diagnostics, 'the manifest is not valid'), failure: 'validation' };
  const { plan, compiled } = outcome;
  const title = planTitle(file, plan.manifest.name, plan.manifest.project);
  const body = renderMarkdown(plan, { topology: topology(compiled), budget, title });
  const full = renderMarkdown(plan, { topology: topology(compiled), budget: SUMMARY_BUDGET, title });
  const path = savedPlanPath(ctx, file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, renderJson(plan));
  return { file, plan, full, section: { file, body } };
}

/** The Action's outputs from every manifest's outcome. */
function setOutputs(io: ActionIo, results: readonly ManifestResult[], ctx: ActionContext): void {
  const plans = results.flatMap((r) => (r.plan ? [r.plan] : []));
  const sum = (k: 'add' | 'change' | 'destroy') => plans.reduce((n, p) => n + p.summary[k], 0);
  io.setOutput('changes', String(plans.some((p) => p.steps.length > 0)));
  io.setOutput('to-add', String(sum('add')));
  io.setOutput('to-change', String(sum('change')));
  io.setOutput('to-destroy', String(sum('destroy')));
  io.setOutput('plan-json', results.length === 1 && plans.length === 1 ? savedPlanPath(ctx, results[0]!.file) : join(ctx.runnerTemp, 'lb-plan'));
  const ips = [...new Set(results.flatMap((r) => (r.outputs ? r.outputs.addresses.map((a) => a.ip) : (r.plan?.dns ?? []).map((d) => d.value).filter((v) => !v.startsWith('(')))))];
  io.setOutput('ip-addresses', ips.join(','));
  const failure = results.find((r) => r.failure)?.failure;
  if (failure) io.setOutput('failure-reason', failure);
}

/** The comment's last line: what happened, the run, the commit. */
export function footer(ctx: ActionContext, what: string): string {
  return `<sub>${what}${ctx.runUrl ? ` · [run](${ctx.runUrl})` : ''} · commit \`${ctx.sha.slice(0, 7)}\`</sub>`;
}

/** Outputs, then the run's failure naming each failed manifest and why. */
export function finish(io: ActionIo, results: readonly ManifestResult[], ctx: ActionContext): void {
  setOutputs(io, results, ctx);
  const failed = results.filter((r) => r.failure);
  if (failed.length) io.fail(failed.map((r) => `${r.file}: ${r.failure}`).join('; '));
}

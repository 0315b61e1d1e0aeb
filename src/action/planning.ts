/**
 * Planning one manifest for the Action — refused unread outside the workspace, its secrets masked,
 * planned, rendered and saved.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { ComputeClients } from '../gcp/client.js';
import { describeError } from '../gcp/errors.js';
import { runReader } from '../gcp/run.js';
import { topology } from '../graph/topology.js';
import type { Diagnostic } from '../manifest/diagnostic.js';
import { resolveWithin } from '../manifest/files.js';
import { strictProblems } from '../checks/index.js';
import { PlanError, type Plan } from '../plan/index.js';
import { renderJson } from '../plan/render/json.js';
import { renderMarkdown } from '../plan/render/markdown.js';
import { findOrphans, orphansNotLookedFor } from '../plan/orphans.js';
import { orphansMarkdown } from '../plan/render/orphans.js';
import { planFile } from '../workflow.js';
import type { ActionContext, ActionIo, ManifestResult } from './context.js';
import { manifestSecrets, maskable } from './mask.js';
import { diagnosticsSection, errorSection, excerptQuoted, planTitle } from './sections.js';
import type { Settings } from './settings.js';

/** A manifest path that resolves (symlinks included) outside the workspace, as a diagnostic; it is not read. */
export function manifestRefusal(file: string, workspace: string): Diagnostic | undefined {
  const where = resolveWithin(resolve(file), [workspace], 'the workspace');
  return where.ok ? undefined : { severity: 'error', file, line: 1, column: 1, path: [], message: `cannot read manifest: ${where.reason}` };
}

/** Where a manifest's saved plan goes (the `plan-json` output). */
export function savedPlanPath(ctx: ActionContext, file: string): string {
  return join(ctx.runnerTemp, 'lb-plan', `${file.replace(/[^A-Za-z0-9._-]+/g, '_')}.plan.json`);
}

/** Room for one manifest's section: in the comment, and in the job summary. */
export interface Budgets {
  readonly comment: number;
  readonly summary: number;
}

/** An error message in one line for the log, held to an excerpt of each value and to 300 characters. */
export function oneLine(message: string): string {
  const line = excerptQuoted(message).replace(/\s+/g, ' ').trim();
  return line.length > 300 ? `${line.slice(0, 300)}…` : line;
}

/** The section of a manifest that is not valid, in the comment's room and the summary's. */
function invalid(file: string, diagnostics: readonly Diagnostic[], budgets: Budgets): ManifestResult {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const title = 'the manifest is not valid';
  return { file, section: diagnosticsSection(file, diagnostics, title, budgets.comment), full: diagnosticsSection(file, diagnostics, title, budgets.summary).body, failure: 'validation', reason: `${errors} ${errors === 1 ? 'error' : 'errors'}` };
}

/** Refuses a manifest outside the workspace, masks its secrets, plans it and renders the plan. */
export async function planOne(file: string, clients: ComputeClients, settings: Settings, ctx: ActionContext, io: ActionIo, budgets: Budgets): Promise<ManifestResult> {
  const refused = manifestRefusal(file, ctx.workspace);
  if (refused) {
    io.annotate(refused);
    return invalid(file, [refused], budgets);
  }
  for (const value of manifestSecrets(file, ctx.env)) for (const m of maskable(value)) io.mask(m);
  let outcome;
  try {
    // The Cloud Run services behind the NEGs are checked too: their warnings and notes land in the comment.
    outcome = await planFile({ file, clients, env: ctx.env, project: settings.project, services: (signal) => runReader(clients, { firstContact: true, signal }) });
  } catch (e) {
    const message = e instanceof PlanError ? e.problems.join('\n') : describeError(e);
    return { file, section: errorSection(file, 'could not plan', message, budgets.comment), full: errorSection(file, 'could not plan', message, budgets.summary).body, failure: 'api-error', reason: oneLine(message) };
  }
  for (const d of outcome.diagnostics) io.annotate(d);
  if (!outcome.ok) return invalid(file, outcome.diagnostics, budgets);
  const { plan, compiled, live } = outcome;
  const title = planTitle(file, plan.manifest.name, plan.manifest.project);
  const strict = strictFailure(plan, settings);
  const note = strict ? `\n${strict.note}` : '';
  const body = renderMarkdown(plan, { topology: topology(compiled, plan), budget: budgets.comment - note.length, title }) + note;
  const full = renderMarkdown(plan, { topology: topology(compiled, plan), budget: budgets.summary - note.length, title }) + note;
  const path = savedPlanPath(ctx, file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, renderJson(plan));
  if (strict) return { file, plan, full, state: 'planned', section: { file, body }, live, failure: 'service-checks', reason: strict.reason };
  return { file, plan, full, state: 'planned', section: { file, body }, live };
}

/** The lead of a plan comment about orphaned resources, within the room the comment keeps beside its sections. */
const ORPHANS_ROOM = 1_200;

/**
 * Resources of load balancers no manifest of the run declares (src/plan/orphans.ts): each as a
 * warning in the log, and the Markdown for the comment (held to its room) and the job summary (in
 * full). When a manifest could not be planned its load balancer cannot be told from a leftover, so
 * nothing is looked for and the comment says so.
 */
export function orphansReport(results: readonly ManifestResult[], io: ActionIo): { comment: string; summary: string } {
  const failed = results.filter((r) => !r.plan || !r.live).length;
  if (failed) {
    const note = orphansNotLookedFor(failed);
    return { comment: note, summary: note };
  }
  const orphans = findOrphans(
    results.flatMap((r) => (r.live ? [r.live] : [])),
    results.flatMap((r) => (r.plan ? [{ project: r.plan.manifest.project, name: r.plan.manifest.name }] : [])),
  );
  for (const o of orphans) io.warning(`Orphaned: ${o.resources.length} resource${o.resources.length === 1 ? '' : 's'} of load balancer ${o.name} in project ${o.project}, which no manifest declares; destroy ${o.resources.length === 1 ? 'it' : 'them'} with ${o.destroy}`);
  return { comment: orphansMarkdown(orphans, ORPHANS_ROOM).trimEnd(), summary: orphansMarkdown(orphans).trimEnd() };
}

/** With the `strict` input: why the service checks fail this manifest (a note for its section, a line for the log). */
function strictFailure(plan: Plan, settings: Settings): { note: string; reason: string } | undefined {
  const problems = settings.strict && plan.services ? strictProblems(plan.services) : [];
  if (problems.length === 0) return undefined;
  const what = problems.length === 1 ? 'a check of the Cloud Run services behind the NEGs failed' : `${problems.length} checks of the Cloud Run services behind the NEGs failed`;
  return { note: `> [!CAUTION]\n> **strict**: ${what} (see above), so this plan cannot be approved or applied.\n`, reason: oneLine(`${what}: ${problems[0]!}`) };
}

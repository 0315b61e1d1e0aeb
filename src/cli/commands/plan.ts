import { writeFileSync } from 'node:fs';
import { topology } from '../../graph/topology.js';
import { formatDiagnostic } from '../../manifest/diagnostic.js';
import { PlanError } from '../../plan/index.js';
import { renderJson } from '../../plan/render/json.js';
import { renderMarkdown } from '../../plan/render/markdown.js';
import { renderText } from '../../plan/render/text.js';
import { planFile, type PlanOutcome } from '../../workflow.js';
import { strictProblems } from '../../checks/index.js';
import { describeError } from '../../gcp/errors.js';
import { runReader } from '../../gcp/run.js';
import type { Plan } from '../../plan/index.js';
import type { LiveState } from '../../gcp/read.js';
import { UsageError, type CliIo } from '../io.js';
import { findOrphans, orphansNotLookedFor, type Orphans } from '../../plan/orphans.js';
import { orphansMarkdown, orphansText } from '../../plan/render/orphans.js';
import { openCloud, type CloudOptions } from './cloud.js';

export interface PlanOptions extends CloudOptions {
  readonly out?: string;
  readonly format: 'text' | 'json' | 'markdown';
  readonly detailedExitcode?: boolean;
  readonly waitCertificates: boolean;
  readonly verbose?: boolean;
  readonly strict?: boolean;
}

/**
 * `--strict`: the service checks' warnings, or checks that could not run, fail the command (exit 1)
 * before anything is changed. Prints why; undefined when nothing fails.
 */
export function strictFailure(plan: Plan, o: { readonly strict?: boolean }, io: CliIo): number | undefined {
  if (!o.strict || !plan.services) return undefined;
  const problems = strictProblems(plan.services);
  if (problems.length === 0) return undefined;
  io.stderr(`Error: --strict: ${problems.length === 1 ? 'a service check failed' : `${problems.length} service checks failed`}, so nothing was changed:\n${problems.map((p) => `  - ${p}`).join('\n')}\n`);
  return 1;
}

/** Prints why a plan could not be made (unowned look-alikes, missing references); the exit code. */
export function reportPlanError(e: PlanError, io: CliIo): number {
  io.stderr(e.problems.map((p) => `Error: ${p}`).join('\n') + '\n');
  return 1;
}

export function useColor(io: CliIo): boolean {
  return Boolean(io.isTTY) && !('NO_COLOR' in io.env && io.env.NO_COLOR !== undefined);
}

type Cloud = Awaited<ReturnType<typeof openCloud>>;
export type PlanReady = { outcome: Extract<PlanOutcome, { ok: true }>; close: () => Promise<void>; clients: Cloud['clients'] };

/** Plans, printing diagnostics or plan errors; returns the outcome, or an exit code when it failed. */
export async function planOrFail(file: string, o: PlanSettings, io: CliIo): Promise<PlanReady | number> {
  return planWith(await openCloud(o, io), file, o, io);
}

type PlanSettings = CloudOptions & { waitCertificates: boolean; waitForCertificates?: boolean };

/** The same on an open cloud (closed when it fails), optionally on live state already read. */
export async function planWith(cloud: Cloud, file: string, o: PlanSettings, io: CliIo, live?: LiveState): Promise<PlanReady | number> {
  const r = await planOn(cloud, file, o, io, live ? new Map([[live.project, live]]) : undefined);
  if (typeof r === 'number') await cloud.close();
  return typeof r === 'number' ? r : { outcome: r, close: cloud.close, clients: cloud.clients };
}

/** One manifest planned on an open cloud, reusing the live state of a project already read; never closes it. */
async function planOn(cloud: Cloud, file: string, o: PlanSettings, io: CliIo, known?: ReadonlyMap<string, LiveState>): Promise<PlanReady['outcome'] | number> {
  try {
    const onRetry = (attempt: number, delayMs: number, e: unknown): void => io.stderr(`retrying in ${(delayMs / 1000).toFixed(1)}s (attempt ${attempt}): ${describeError(e)}\n`);
    // The Cloud Run services behind the NEGs are checked on the same endpoint and credentials (src/checks).
    const services = (signal: AbortSignal) => runReader(cloud.clients, { firstContact: true, onRetry, signal });
    const outcome = await planFile({ file, clients: cloud.clients, env: io.env, project: o.project, waitForCertificates: o.waitCertificates, redirectWaits: o.waitForCertificates ?? false, known, onRetry, services });
    if (!outcome.ok) {
      io.stderr(outcome.diagnostics.map(formatDiagnostic).join('\n') + '\n');
      return 1;
    }
    const warnings = outcome.diagnostics.filter((d) => d.severity === 'warning');
    if (warnings.length) io.stderr(warnings.map(formatDiagnostic).join('\n') + '\n');
    return outcome;
  } catch (e) {
    if (e instanceof PlanError) return reportPlanError(e, io);
    io.stderr(`Error: ${(e as Error).message}\n`);
    return 1;
  }
}

/** What a run of several manifests planned, and what it found left over. */
interface PlanRun {
  readonly planned: readonly PlanReady['outcome'][];
  /** Manifests that could not be planned (their errors are printed). */
  readonly failed: number;
  /** Undefined when a manifest failed: its load balancer could not be told from a leftover. */
  readonly orphans?: readonly Orphans[];
}

/** Plans each manifest (each project read once) and looks for orphaned resources when every one planned. */
async function planAll(files: readonly string[], o: PlanOptions, io: CliIo): Promise<PlanRun> {
  const cloud = await openCloud(o, io);
  const planned: PlanReady['outcome'][] = [];
  const known = new Map<string, LiveState>();
  let failed = 0;
  try {
    for (const file of files) {
      const r = await planOn(cloud, file, o, io, known);
      if (typeof r === 'number') failed++;
      else {
        planned.push(r);
        known.set(r.live.project, r.live);
      }
    }
  } finally {
    await cloud.close();
  }
  const orphans = failed ? undefined : findOrphans(known.values(), planned.map((p) => ({ project: p.plan.manifest.project, name: p.plan.manifest.name })));
  return { planned, failed, orphans };
}

/** Why orphans were not looked for, or nothing. */
function uncheckedNote(run: PlanRun): string {
  return run.orphans ? '' : `${orphansNotLookedFor(run.failed)}\n`;
}

/** The plans and orphans in the format asked for. */
function renderRun(run: PlanRun, o: PlanOptions, io: CliIo): string {
  const format = o.format;
  const orphans = run.orphans ?? [];
  if (format === 'json') {
    const plans = run.planned.map((p) => JSON.parse(renderJson(p.plan)) as Record<string, unknown>);
    // One manifest: the plan itself (as --out saves it) with the orphans beside; several: a list.
    const value = plans.length === 1 && run.failed === 0 ? { ...plans[0], orphans } : { plans, orphans, ...(run.orphans ? {} : { orphansChecked: false }) };
    return JSON.stringify(value, null, 2) + '\n';
  }
  const parts = run.planned.map((p) => (format === 'markdown' ? renderMarkdown(p.plan, { topology: topology(p.compiled, p.plan) }) : renderText(p.plan, { color: useColor(io), verbose: o.verbose })));
  const tail = format === 'markdown' ? orphansMarkdown(orphans) : orphansText(orphans);
  return [...parts, ...(tail ? [tail] : [])].join('\n');
}

/** `lb-plan plan FILE...`: what apply would do for each manifest, and what no manifest declares any more. */
export async function planCommand(files: readonly string[], o: PlanOptions, io: CliIo): Promise<number> {
  if (o.out && files.length > 1) throw new UsageError(`--out saves one plan: give one manifest (here: ${files.length}), or plan them without --out`);
  const run = await planAll(files, o, io);
  const note = uncheckedNote(run);
  if (note && run.planned.length) io.stderr(note);
  if (run.planned.length === 0) return 1;
  const only = run.planned.length === 1 ? run.planned[0]!.plan : undefined;
  if (o.out && only) writeFileSync(o.out, renderJson(only));
  io.stdout(renderRun(run, o, io));
  if (o.out && o.format === 'text') io.stdout(`\nSaved the plan to ${o.out}. Apply exactly this plan with: lb-plan apply ${o.out}\n`);
  if (run.failed) return 1;
  const strict = run.planned.map((p) => strictFailure(p.plan, o, io)).find((c) => c !== undefined);
  if (strict !== undefined) return strict;
  return o.detailedExitcode && run.planned.some((p) => p.plan.steps.length > 0) ? 2 : 0;
}

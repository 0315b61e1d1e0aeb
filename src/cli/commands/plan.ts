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
import type { CliIo } from '../io.js';
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
type PlanSettings = CloudOptions & { waitCertificates: boolean; waitForCertificates?: boolean };
export type PlanReady = { outcome: Extract<PlanOutcome, { ok: true }>; close: () => Promise<void>; clients: Cloud['clients'] };

/** Plans, printing diagnostics or plan errors; returns the outcome, or an exit code when it failed. */
export async function planOrFail(file: string, o: PlanSettings, io: CliIo): Promise<PlanReady | number> {
  return planWith(await openCloud(o, io), file, o, io);
}

/** The same on an open cloud (closed when it fails), optionally on live state already read. */
export async function planWith(cloud: Cloud, file: string, o: PlanSettings, io: CliIo, live?: LiveState): Promise<PlanReady | number> {
  try {
    const onRetry = (attempt: number, delayMs: number, e: unknown): void => io.stderr(`retrying in ${(delayMs / 1000).toFixed(1)}s (attempt ${attempt}): ${describeError(e)}\n`);
    // The Cloud Run services behind the NEGs are checked on the same endpoint and credentials (src/checks).
    const services = (signal: AbortSignal) => runReader(cloud.clients, { firstContact: true, onRetry, signal });
    const outcome = await planFile({ file, clients: cloud.clients, env: io.env, project: o.project, waitForCertificates: o.waitCertificates, redirectWaits: o.waitForCertificates ?? false, live, onRetry, services });
    if (!outcome.ok) {
      io.stderr(outcome.diagnostics.map(formatDiagnostic).join('\n') + '\n');
      await cloud.close();
      return 1;
    }
    const warnings = outcome.diagnostics.filter((d) => d.severity === 'warning');
    if (warnings.length) io.stderr(warnings.map(formatDiagnostic).join('\n') + '\n');
    return { outcome, close: cloud.close, clients: cloud.clients };
  } catch (e) {
    await cloud.close();
    if (e instanceof PlanError) return reportPlanError(e, io);
    io.stderr(`Error: ${(e as Error).message}\n`);
    return 1;
  }
}

/** `lb-plan plan FILE`: what apply would do, and nothing else. */
export async function planCommand(file: string, o: PlanOptions, io: CliIo): Promise<number> {
  const r = await planOrFail(file, o, io);
  if (typeof r === 'number') return r;
  const { outcome, close } = r;
  await close();
  const { plan, compiled } = outcome;
  if (o.out) writeFileSync(o.out, renderJson(plan));
  if (o.format === 'json') io.stdout(renderJson(plan));
  else if (o.format === 'markdown') io.stdout(renderMarkdown(plan, { topology: topology(compiled) }));
  else io.stdout(renderText(plan, { color: useColor(io), verbose: o.verbose }));
  if (o.out && o.format === 'text') io.stdout(`\nSaved the plan to ${o.out}. Apply exactly this plan with: lb-plan apply ${o.out}\n`);
  const strict = strictFailure(plan, o, io);
  if (strict !== undefined) return strict;
  return o.detailedExitcode && plan.steps.length > 0 ? 2 : 0;
}

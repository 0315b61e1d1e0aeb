import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { applyPlan } from '../../apply/execute.js';
import { lbOutputs } from '../../apply/outputs.js';
import { waitForCertificates } from '../../apply/certificates.js';
import { eventJson, eventLine, resultText } from '../../apply/render.js';
import { readLive } from '../../gcp/read.js';
import { formatDiagnostic } from '../../manifest/diagnostic.js';
import { loadManifest } from '../../manifest/load.js';
import { secretResolver } from '../../manifest/secrets.js';
import { makePlan, PLAN_FORMAT_VERSION, PlanError, staleness, type Plan } from '../../plan/index.js';
import { renderText } from '../../plan/render/text.js';
import type { ComputeClients } from '../../gcp/client.js';
import type { CliIo } from '../io.js';
import { openCloud, type CloudOptions } from './cloud.js';
import { planOrFail, reportPlanError, useColor } from './plan.js';

export interface ApplyOptions extends CloudOptions {
  readonly autoApprove?: boolean;
  readonly parallelism: string;
  readonly json?: boolean;
  readonly waitCertificates: boolean;
  readonly waitForCertificates?: boolean;
  readonly certificateTimeout: string;
}

function readSavedPlan(file: string): Plan | undefined {
  if (!file.endsWith('.json')) return undefined;
  const data = JSON.parse(readFileSync(file, 'utf8')) as Plan;
  if (data.formatVersion !== PLAN_FORMAT_VERSION) throw new Error(`${file} is not an lb-plan plan of format ${PLAN_FORMAT_VERSION}`);
  return data;
}

async function confirm(io: CliIo, o: ApplyOptions, what: string): Promise<boolean> {
  if (o.autoApprove) return true;
  if (!io.isTTY || !io.prompt) {
    io.stderr(`Error: no terminal to confirm on: lb-plan ${what} needs --auto-approve when not run interactively.\n`);
    return false;
  }
  const answer = await io.prompt(`\nDo you want to perform these actions? Only 'yes' will be accepted: `);
  if (answer.trim() !== 'yes') {
    io.stderr(`${what[0]!.toUpperCase()}${what.slice(1)} cancelled.\n`);
    return false;
  }
  return true;
}

async function execute(plan: Plan, clients: ComputeClients, o: ApplyOptions, io: CliIo, signal: AbortSignal, secretDir: string): Promise<number> {
  const parallelism = Number(o.parallelism);
  if (!Number.isInteger(parallelism) || parallelism < 1) {
    io.stderr('Error: --parallelism takes a whole number of at least 1\n');
    return 2;
  }
  const result = await applyPlan(plan, clients, { parallelism, secret: secretResolver(secretDir, io.env), signal }, (e) => {
    if (o.json) io.stdout(eventJson(e) + '\n');
    else {
      const line = eventLine(e);
      if (line) io.stdout(line + '\n');
    }
  });
  if (o.waitForCertificates && result.failed === 0) {
    const timeoutMs = Number(o.certificateTimeout) * 1000;
    const waited = await waitForCertificates(clients, plan.manifest.name, plan.manifest.project, {
      timeoutMs,
      pollMs: Math.min(10_000, Math.max(200, timeoutMs / 20)),
      signal,
      onWait: (pending) => io.stdout(`Waiting for certificates: ${pending.map((c) => `${c.name} ${c.status}`).join(', ')}\n`),
    });
    if (!waited.ok) io.stderr(`Warning: managed certificates not ACTIVE after ${o.certificateTimeout} s: ${waited.certificates.filter((c) => c.status !== 'ACTIVE').map((c) => c.name).join(', ')}. Create the DNS records below; provisioning can take up to an hour.\n`);
  }
  const live = await readLive(clients, plan.manifest.project).catch(() => undefined);
  const outputs = live ? lbOutputs(plan.manifest.name, live) : undefined;
  if (o.json) {
    if (outputs) io.stdout(JSON.stringify({ type: 'outputs', ...outputs }) + '\n');
  } else io.stdout(resultText(result, outputs));
  return result.failed > 0 || result.skipped > 0 ? 1 : 0;
}

/** `lb-plan apply FILE` (plan, confirm, apply) or `lb-plan apply plan.json` (exactly that plan). */
export async function applyCommand(file: string, o: ApplyOptions, io: CliIo, signal: AbortSignal): Promise<number> {
  let saved: Plan | undefined;
  try {
    saved = readSavedPlan(file);
  } catch (e) {
    io.stderr(`Error: cannot read the saved plan ${file}: ${(e as Error).message}\n`);
    return 1;
  }
  if (saved) {
    const cloud = await openCloud(o, io);
    try {
      const live = await readLive(cloud.clients, saved.manifest.project);
      const stale = staleness(saved, live);
      if (stale.length) {
        io.stderr(`Error: Saved plan is stale: the live state changed since it was made, so nothing was applied.\n${stale.map((s) => `  - ${s}`).join('\n')}\nPlan again.\n`);
        return 1;
      }
      if (saved.steps.length === 0) {
        io.stdout('No changes. The load balancer matches the manifest.\n');
        return 0;
      }
      return await execute(saved, cloud.clients, { ...o, autoApprove: true }, io, signal, dirname(saved.manifest.file));
    } finally {
      await cloud.close();
    }
  }
  const r = await planOrFail(file, o, io);
  if (typeof r === 'number') return r;
  try {
    const { plan, loaded } = r.outcome;
    if (!o.json) io.stdout(renderText(plan, { color: useColor(io) }));
    if (plan.steps.length === 0) return 0;
    if (!(await confirm(io, o, 'apply'))) return 1;
    return await execute(plan, r.clients, o, io, signal, loaded.dir);
  } finally {
    await r.close();
  }
}

/** `lb-plan destroy FILE`: deletes everything this load balancer owns, in reverse dependency order. */
export async function destroyCommand(file: string, o: ApplyOptions, io: CliIo, signal: AbortSignal): Promise<number> {
  const loaded = loadManifest(file);
  if (!loaded.manifest) {
    io.stderr(loaded.diagnostics.map(formatDiagnostic).join('\n') + '\n');
    return 1;
  }
  const project = o.project ?? loaded.manifest.metadata.project;
  const cloud = await openCloud(o, io);
  try {
    const live = await readLive(cloud.clients, project);
    let plan: Plan;
    try {
      plan = makePlan({ name: loaded.manifest.metadata.name, project, resources: [], serverless: [] }, live, { manifestFile: file, manifestDigest: loaded.digest, waitForCertificates: false });
    } catch (e) {
      if (e instanceof PlanError) return reportPlanError(e, io);
      throw e;
    }
    if (!o.json) io.stdout(renderText(plan, { color: useColor(io) }));
    if (plan.steps.length === 0) return 0;
    if (!(await confirm(io, o, 'destroy'))) return 1;
    return await execute(plan, cloud.clients, o, io, signal, loaded.dir);
  } finally {
    await cloud.close();
  }
}


import { readFileSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { applyPlan } from '../../apply/execute.js';
import { lbOutputs } from '../../apply/outputs.js';
import { waitForCertificates } from '../../apply/certificates.js';
import { eventJson, eventLine, planJson, resultText } from '../../apply/render.js';
import { formatDiagnostic } from '../../manifest/diagnostic.js';
import { loadManifest } from '../../manifest/load.js';
import { secretResolver } from '../../manifest/secrets.js';
import { makePlan, PLAN_FORMAT_VERSION, PlanError, staleness, type Plan } from '../../plan/index.js';
import { looksLikePlan, planShapeProblem, savedPlanDifferences } from '../../plan/verify.js';
import { renderText } from '../../plan/render/text.js';
import type { ComputeClients } from '../../gcp/client.js';
import { OUTPUT_KINDS, readLive, type LiveState } from '../../gcp/read.js';
import { UsageError, type CliIo } from '../io.js';
import { MAX_NAME_LENGTH, NAME_REGEX } from '../../model/names.js';
import { openCloud, type CloudOptions } from './cloud.js';
import { formatDuration } from '../flags.js';
import { planOrFail, planWith, reportPlanError, strictFailure, useColor } from './plan.js';

/** What apply and destroy share: confirmation, parallelism, output. */
interface ChangeOptions extends CloudOptions {
  readonly autoApprove?: boolean;
  readonly parallelism: number;
  /** A JSON line per event (`--format json`, or its alias `--json`). */
  readonly json?: boolean;
  /** GCP's field diff beneath each change in the shown plan. */
  readonly verbose?: boolean;
}

/** `lb-plan destroy`: the load balancer by manifest, or by name (`--name`, with `--project`). */
export interface DestroyOptions extends ChangeOptions {
  readonly name?: string;
  /** Owned resources to leave in place. */
  readonly keep?: readonly string[];
}

export interface ApplyOptions extends ChangeOptions {
  readonly waitCertificates: boolean;
  readonly waitForCertificates?: boolean;
  /** Milliseconds. */
  readonly certificateTimeout: number;
  readonly keep?: readonly string[];
  /** Fail before any change when the service checks warn or cannot run. */
  readonly strict?: boolean;
}

type SavedFile = { readonly kind: 'plan'; readonly plan: Plan } | { readonly kind: 'manifest' } | { readonly kind: 'error'; readonly message: string };

/** A `.json` file that looks like a saved plan (a JSON manifest is a manifest); its shape checked before use. */
function readSaved(file: string): SavedFile {
  if (!file.endsWith('.json')) return { kind: 'manifest' };
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return { kind: 'manifest' }; // not JSON: loading it as a manifest says where it breaks
  }
  if (!looksLikePlan(data)) return { kind: 'manifest' };
  const problem = planShapeProblem(data, PLAN_FORMAT_VERSION);
  return problem ? { kind: 'error', message: problem } : { kind: 'plan', plan: data as Plan };
}

/** Whether `path` is `root` or inside it (also for root `/`). */
function inside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * The manifest a saved plan names, if it resolves (symlinks included) inside the current directory
 * or the plan file's own directory: a plan file cannot make lb-plan read anything else. A relative
 * name is tried from the current directory, then from the plan's directory.
 */
function savedManifestPath(saved: Plan, planFile: string): string | undefined {
  const planDir = dirname(realpathSync(planFile));
  const roots = [realpathSync(process.cwd()), planDir];
  const candidates = isAbsolute(saved.manifest.file) ? [saved.manifest.file] : [resolve(saved.manifest.file), resolve(planDir, saved.manifest.file)];
  for (const candidate of candidates) {
    try {
      const real = realpathSync(candidate);
      if (roots.some((root) => inside(root, real))) return real;
    } catch {
      // not there: try the next place
    }
  }
  return undefined;
}

/**
 * `lb-plan apply plan.json`: the plan is made again from the manifest it names and the live state
 * now (same settings, same project), and runs only if it is the same plan; see src/plan/verify.ts.
 */
async function applySaved(planFile: string, saved: Plan, o: ApplyOptions, io: CliIo, signal: AbortSignal): Promise<number> {
  const file = savedManifestPath(saved, planFile);
  if (!file) {
    io.stderr(`Error: the saved plan names the manifest ${JSON.stringify(saved.manifest.file.slice(0, 200))}, which is not a file inside the current directory or the plan's directory; apply it from the directory the plan was made in.\n`);
    return 1;
  }
  const cloud = await openCloud(o, io);
  let live: LiveState;
  try {
    live = await readLive(cloud.clients, o.project ?? saved.manifest.project, { firstContact: true });
  } catch (e) {
    await cloud.close();
    io.stderr(`Error: ${(e as Error).message}\n`);
    return 1;
  }
  const stale = staleness(saved, live);
  if (stale.length) {
    await cloud.close();
    io.stderr(`Error: Saved plan is stale: the live state changed since it was made, so nothing was applied.\n${stale.map((x) => `  - ${x}`).join('\n')}\nPlan again.\n`);
    return 1;
  }
  // The plan is made again with this command's settings: a plan made with --no-wait-certificates
  // differs unless apply is given it too (a file cannot switch the certificate safety step off).
  if ((saved.settings?.waitForCertificates ?? true) !== o.waitCertificates) {
    await cloud.close();
    io.stderr(`Error: the saved plan was made ${o.waitCertificates ? 'with' : 'without'} --no-wait-certificates; give apply the same flag, or plan again.\n`);
    return 1;
  }
  if ((saved.settings?.redirectWaits ?? false) !== (o.waitForCertificates ?? false)) {
    await cloud.close();
    io.stderr(`Error: the saved plan was made for an apply ${saved.settings?.redirectWaits ? 'with' : 'without'} --wait-for-certificates (it decides when port 80 switches to the HTTPS redirect); give apply the same flag, or plan again.\n`);
    return 1;
  }
  const r = await planWith(cloud, file, o, io, live);
  if (typeof r === 'number') return r;
  try {
    const { plan } = r.outcome;
    const differences = savedPlanDifferences(saved, plan);
    if (differences.length) {
      io.stderr(`Error: the saved plan is not the plan its manifest and the live state give now, so nothing was applied:\n${differences.slice(0, 20).map((x) => `  - ${x}`).join('\n')}\nPlan again.\n`);
      return 1;
    }
    const strict = strictFailure(plan, o, io);
    if (strict !== undefined) return strict;
    if (plan.steps.length === 0) {
      io.stdout('No changes. The load balancer matches the manifest.\n');
      return 0;
    }
    return await execute(plan, r.clients, { ...o, autoApprove: true }, io, signal, r.outcome.loaded.dir);
  } finally {
    await r.close();
  }
}

async function confirm(io: CliIo, o: ChangeOptions, what: string, question = 'Do you want to perform these actions?'): Promise<boolean> {
  if (o.autoApprove) return true;
  if (!io.isTTY || !io.prompt) {
    io.stderr(`Error: no terminal to confirm on: lb-plan ${what} needs --auto-approve when not run interactively.\n`);
    return false;
  }
  const answer = await io.prompt(`\n${question} Only 'yes' will be accepted: `);
  if (answer.trim() !== 'yes') {
    io.stderr(`${what[0]!.toUpperCase()}${what.slice(1)} cancelled.\n`);
    return false;
  }
  return true;
}

async function execute(plan: Plan, clients: ComputeClients, o: ApplyOptions, io: CliIo, signal: AbortSignal, secretDir: string, verb: 'Apply' | 'Destroy' = 'Apply'): Promise<number> {
  const parallelism = o.parallelism;
  const certificatePollMs = Math.min(10_000, Math.max(200, o.certificateTimeout / 20));
  if (o.json) io.stdout(planJson(plan) + '\n');
  const result = await applyPlan(plan, clients, { parallelism, secret: secretResolver(secretDir, io.env), signal, certificateTimeoutMs: o.certificateTimeout, certificatePollMs }, (e) => {
    if (o.json) io.stdout(eventJson(e) + '\n');
    else {
      const line = eventLine(e);
      if (line) io.stdout(line + '\n');
    }
  });
  if (o.waitForCertificates && result.failed === 0) {
    const timeoutMs = o.certificateTimeout;
    const waited = await waitForCertificates(clients, plan.manifest.name, plan.manifest.project, {
      timeoutMs,
      pollMs: certificatePollMs,
      signal,
      onWait: (pending) => io.stdout(`Waiting for certificates: ${pending.join('; ')}\n`),
    });
    for (const f of waited.failures) io.stderr(`Warning: ${f}\n`);
    if (!waited.ok && waited.failures.length === 0) io.stderr(`Warning: managed certificates not ACTIVE after ${formatDuration(timeoutMs)}: ${waited.certificates.filter((c) => c.status !== 'ACTIVE').map((c) => c.name).join(', ')}. Create the DNS records below; provisioning can take up to an hour.\n`);
  }
  // Outputs only after a complete apply, read with a short bound: a failed one spends no second retry budget.
  const complete = result.failed === 0 && result.skipped === 0 && verb === 'Apply';
  // Two lists, not nine: the IPs and certificate states are all a summary needs that the plan does not know.
  const live = complete ? await readLive(clients, plan.manifest.project, { budgetMs: 15_000, signal }, OUTPUT_KINDS).catch(() => undefined) : undefined;
  const outputs = live ? lbOutputs(plan.manifest.name, live) : undefined;
  if (o.json) {
    if (outputs) io.stdout(JSON.stringify({ type: 'outputs', ...outputs }) + '\n');
  } else io.stdout(resultText(result, outputs, verb));
  return result.failed > 0 || result.skipped > 0 ? 1 : 0;
}

/** `lb-plan apply FILE` (plan, confirm, apply) or `lb-plan apply plan.json` (exactly that plan). */
export async function applyCommand(file: string, o: ApplyOptions, io: CliIo, signal: AbortSignal): Promise<number> {
  const saved = readSaved(file);
  if (saved.kind === 'error') {
    io.stderr(`Error: cannot apply the saved plan ${file}: ${saved.message}\n`);
    return 1;
  }
  if (saved.kind === 'plan') return applySaved(file, saved.plan, o, io, signal);
  const r = await planOrFail(file, o, io);
  if (typeof r === 'number') return r;
  try {
    const { plan, loaded } = r.outcome;
    if (!o.json) io.stdout(renderText(plan, { color: useColor(io), verbose: o.verbose }));
    const strict = strictFailure(plan, o, io);
    if (strict !== undefined) return strict;
    if (plan.steps.length === 0) return 0;
    if (!(await confirm(io, o, 'apply'))) return 1;
    return await execute(plan, r.clients, o, io, signal, loaded.dir);
  } finally {
    await r.close();
  }
}

/** What a destroy gives up that cannot be had back: reserved IP addresses (a new one will differ). */
function destroyWarnings(plan: Plan, live: LiveState): string {
  const released = plan.resources.filter((r) => r.action === 'delete' && r.kind === 'globalAddress');
  return released.map((r) => `\nWarning: the reserved address ${r.name} (${String(live.resources.get(r.address)?.body.address ?? '?')}) is released: a new one will have another IP. Keep it with --keep ${r.address}.\n`).join('');
}

/** The load balancer a destroy is about: from its manifest, or from `--name` and `--project`. */
/** `adopt`: what the manifest owns by listing (NEGs and certificates taken over, which cannot carry the marker). */
type DestroyTarget = { readonly name: string; readonly project: string; readonly file: string; readonly digest: string; readonly dir: string; readonly adopt: readonly string[] };

/** Reads the target; a usage error for a missing or doubled one, exit 1 (printed) for a manifest that is not valid. */
function destroyTarget(file: string | undefined, o: DestroyOptions, io: CliIo): DestroyTarget | number {
  if (o.name !== undefined) {
    if (file !== undefined) throw new UsageError(`give either a manifest (${file}) or --name, not both`);
    if (!NAME_REGEX.test(o.name) || o.name.length > MAX_NAME_LENGTH) throw new UsageError(`--name takes a load balancer name (metadata.name: lowercase letters, digits and hyphens, starting with a letter), not "${o.name.slice(0, 80)}"`);
    if (!o.project) throw new UsageError(`--name ${o.name} needs --project: the project the load balancer is in`);
    return { name: o.name, project: o.project, file: `(--name ${o.name})`, digest: '', dir: process.cwd(), adopt: [] };
  }
  if (file === undefined) throw new UsageError('destroy needs a manifest FILE, or --name NAME and --project ID for a load balancer whose manifest is gone');
  const loaded = loadManifest(file);
  if (!loaded.manifest) {
    io.stderr(loaded.diagnostics.map(formatDiagnostic).join('\n') + '\n');
    return 1;
  }
  const project = o.project ?? loaded.manifest.metadata.project;
  if (!project) throw new UsageError(`${file} has no metadata.project: give the project with --project`);
  return { name: loaded.manifest.metadata.name, project, file, digest: loaded.digest, dir: loaded.dir, adopt: loaded.manifest.metadata.adopt ?? [] };
}

/**
 * `lb-plan destroy FILE` or `lb-plan destroy --name NAME --project P`: deletes everything this load
 * balancer owns, in reverse dependency order. Without the manifest the plan is the same one (a
 * destroy plan never reads the manifest's resources, only the name and project), so the same safety
 * holds: only what carries this load balancer's ownership record is deleted.
 */
export async function destroyCommand(file: string | undefined, o: DestroyOptions, io: CliIo, signal: AbortSignal): Promise<number> {
  const target = destroyTarget(file, o, io);
  if (typeof target === 'number') return target;
  const { name, project } = target;
  const cloud = await openCloud(o, io);
  try {
    const live = await readLive(cloud.clients, project, { firstContact: true }).catch((e: unknown) => (io.stderr(`Error: ${(e as Error).message}\n`), undefined));
    if (!live) return 1;
    let plan: Plan;
    try {
      plan = makePlan({ name, project, resources: [], serverless: [] }, live, { manifestFile: target.file, manifestDigest: target.digest, waitForCertificates: false, destroying: true, keep: o.keep, adopt: target.adopt });
    } catch (e) {
      if (e instanceof PlanError) return reportPlanError(e, io);
      throw e;
    }
    if (plan.steps.length === 0) {
      io.stdout(`Nothing to destroy: lb-plan owns no resources of load balancer "${name}" in project ${project}.\n`);
      return 0;
    }
    if (!o.json) io.stdout(renderText(plan, { color: useColor(io), verbose: o.verbose }) + destroyWarnings(plan, live));
    if (!(await confirm(io, o, 'destroy', `Destroy load balancer "${name}" in project ${project}? Everything listed above will be deleted.`))) return 1;
    return await execute(plan, cloud.clients, { ...o, waitCertificates: false, certificateTimeout: 1_200_000 }, io, signal, target.dir, 'Destroy');
  } finally {
    await cloud.close();
  }
}

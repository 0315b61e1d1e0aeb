/**
 * The library's main entry points, shared by the CLI and the Action: manifest file → plan, and
 * plan → applied. Every decision lives in the stages; this module only wires them.
 */
import { checkServices, withServiceChecks } from './checks/index.js';
import { compile, type CompiledLoadBalancer } from './compile/index.js';
import { withSecrets } from './compile/secrets.js';
import type { ComputeClients } from './gcp/client.js';
import { readLive, type LiveState } from './gcp/read.js';
import type { RunReader } from './gcp/run.js';
import { hasErrors, type Diagnostic } from './manifest/diagnostic.js';
import { loadManifest, type LoadedManifest } from './manifest/load.js';
import { resolveSecrets, secretResolver } from './manifest/secrets.js';
import { keyDiagnostics } from './manifest/tls.js';
import { makePlan, type Plan } from './plan/index.js';
import { withGeneratedNames } from './plan/pinned.js';

export interface PlanRequest {
  readonly file: string;
  readonly clients: ComputeClients;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Override the manifest's project. */
  readonly project?: string;
  readonly waitForCertificates?: boolean;
  /** Switch port 80 to the HTTPS redirect in this run, waiting for certificates (apply --wait-for-certificates). */
  readonly redirectWaits?: boolean;
  /** Live state already read for this project (a saved plan's staleness check read it). */
  readonly live?: LiveState;
  /** Live states already read in this run, by project (several manifests of one project read it once). */
  readonly known?: ReadonlyMap<string, LiveState>;
  /** Told of each retry while reading live state (an endpoint that does not answer, rate limits). */
  readonly onRetry?: (attempt: number, delayMs: number, error: unknown) => void;
  /**
   * Check the Cloud Run services behind the NEGs (src/checks) with this reader, made only when there
   * is a service to check; their findings join the plan's warnings and notes. Without it, no check.
   */
  readonly services?: (signal: AbortSignal) => Promise<RunReader>;
  /** The service checks' overall deadline (default CHECKS_DEADLINE_MS, 30 s); tests shorten it. */
  readonly servicesDeadlineMs?: number;
}

export type PlanOutcome =
  | { readonly ok: true; readonly plan: Plan; readonly loaded: LoadedManifest; readonly compiled: CompiledLoadBalancer; readonly live: LiveState; readonly diagnostics: readonly Diagnostic[] }
  | { readonly ok: false; readonly stage: 'validation'; readonly diagnostics: readonly Diagnostic[]; readonly loaded: LoadedManifest };

/** Loads, validates, resolves secrets, compiles, reads live state (one list per kind) and plans. */
export async function planFile(req: PlanRequest): Promise<PlanOutcome> {
  const loaded = loadManifest(req.file);
  if (!loaded.manifest) return { ok: false, stage: 'validation', diagnostics: loaded.diagnostics, loaded };
  const { secrets, diagnostics } = resolveSecrets(loaded, secretResolver(loaded.dir, req.env));
  const all = [...loaded.diagnostics, ...diagnostics, ...keyDiagnostics(loaded, secrets)];
  if (hasErrors(all)) return { ok: false, stage: 'validation', diagnostics: all, loaded };
  const manifest = req.project ? { ...loaded.manifest, metadata: { ...loaded.manifest.metadata, project: req.project } } : loaded.manifest;
  if (!manifest.metadata.project) return { ok: false, stage: 'validation', diagnostics: [...all, noProject(loaded)], loaded };
  // Compiled once, at load; again only for another project (its links change).
  const unsecret = req.project || !loaded.compiled ? compile(manifest, { files: loaded.files, secrets: new Map() }) : loaded.compiled;
  const checked = withSecrets(unsecret, secrets);
  // The service checks read another API: they run beside the live read (they never throw), and stop
  // retrying when planning fails or their deadline passes.
  const stop = new AbortController();
  const services = req.services;
  const checks = services
    ? checkServices(checked, (deadline) => (deadline.addEventListener('abort', () => stop.abort(), { once: true }), services(stop.signal)), req.servicesDeadlineMs)
    : undefined;
  let live: LiveState;
  let compiled: CompiledLoadBalancer;
  let made: Plan;
  try {
    // The first contact with Compute: an endpoint that refuses or does not resolve fails at once.
    live = (req.live?.project === checked.project ? req.live : req.known?.get(checked.project)) ?? (await readLive(req.clients, checked.project, { firstContact: true, onRetry: req.onRetry }));
    // Explicitly named NEGs and certificates move to generated names when live state asks (src/plan/pinned.ts).
    const named = withGeneratedNames(manifest, { files: loaded.files, secrets: new Map() }, unsecret, live);
    compiled = named === unsecret ? checked : withSecrets(named, secrets);
    made = makePlan(compiled, live, {
      manifestFile: req.file,
      manifestDigest: loaded.digest,
      adopt: manifest.metadata.adopt ?? [],
      waitForCertificates: req.waitForCertificates ?? true,
      redirectWaits: req.redirectWaits ?? false,
    });
  } catch (e) {
    stop.abort();
    throw e;
  }
  const plan = checks ? withServiceChecks(made, await checks) : made;
  return { ok: true, plan, loaded, compiled, live, diagnostics: all };
}

/** A manifest without metadata.project planned without --project: where to give one. */
function noProject(loaded: LoadedManifest): Diagnostic {
  const { line, column } = loaded.locate(['metadata']);
  return { severity: 'error', file: loaded.file, line, column, path: ['metadata'], message: 'no project: the manifest has no metadata.project and none was given; add "project: <id>" under metadata, or pass --project <id> (the Action: its project input)' };
}

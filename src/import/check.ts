/**
 * Import checks its own output: the written manifest is loaded and validated as `plan` would load
 * it, compiled, and planned against the live state import read. Anything beyond taking ownership —
 * a create, update, replace or delete, or an adopt that changes more than the description marker and
 * labels — is a problem import reports (the manifest would move traffic or lose something).
 */
import type { CompiledLoadBalancer } from '../compile/index.js';
import type { LiveState } from '../gcp/read.js';
import { formatDiagnostic, hasErrors } from '../manifest/diagnostic.js';
import { loadManifest } from '../manifest/load.js';
import { makePlan, PlanError, type Plan } from '../plan/index.js';
import { withGeneratedNames } from '../plan/pinned.js';
import { OWNER_LABELS } from '../model/names.js';

export interface CheckResult {
  readonly problems: readonly string[];
  /**
   * The problems --allow-partial never tolerates: a manifest that does not validate or plan, and any
   * create, replace or delete. What --allow-partial exists for is a manifest that leaves out fields
   * it cannot express (an update or an adopt that changes more than ownership); a delete or replace
   * would take down resources — possibly another load balancer's — and is never a warning.
   */
  readonly blocking: readonly string[];
  readonly plan?: Plan;
}

/**
 * Ownership only: what an adopt may change — the description (where lb-plan writes its marker) and
 * lb-plan's own labels. Any other label changing is a loss import must report.
 */
function ownershipOnly(path: string): boolean {
  const top = path.split(/[.[]/)[0]!;
  if (top === 'description') return true;
  if (top !== 'labels') return false;
  const key = path.slice('labels.'.length);
  return Object.values(OWNER_LABELS).includes(key as (typeof OWNER_LABELS)[keyof typeof OWNER_LABELS]);
}

/**
 * Secrets are never fetched: the check assumes each one will hold what GCP holds now (the IAP
 * secret's SHA-256 is GCP's own), so only the manifest's structure is checked, not the secret.
 */
function assumeSecrets(lb: CompiledLoadBalancer, live: LiveState): CompiledLoadBalancer {
  return {
    ...lb,
    resources: lb.resources.map((r) => {
      if (r.secrets.length === 0) return r;
      const iap = live.resources.get(r.address)?.body.iap as { oauth2ClientSecretSha256?: string } | undefined;
      return { ...r, secrets: r.secrets.map((s) => ({ ...s, sha256: s.field.join('.') === 'iap.oauth2ClientSecret' ? (iap?.oauth2ClientSecretSha256 ?? 'unknown') : 'not compared' })) };
    }),
  };
}

/**
 * Plans `compiled`. Refusals that only name `shared` (backend services another URL map uses, and
 * their NEGs, which import leaves out of metadata.adopt) are what import wants plan to say: they are
 * reported but not blocking, and the rest is planned without those resources so it is still checked.
 */
function planTolerating(compiled: CompiledLoadBalancer, live: LiveState, options: Parameters<typeof makePlan>[2], shared: ReadonlySet<string>): { plan?: Plan; refused: string[]; blocking: string[] } {
  const about = (p: string): boolean => [...shared].some((a) => p.startsWith(`${a} `));
  try {
    return { plan: makePlan(compiled, live, options), refused: [], blocking: [] };
  } catch (e) {
    if (!(e instanceof PlanError)) throw e;
    const refused = e.problems.map((p) => `planning the written manifest: ${p}`);
    if (shared.size === 0 || !e.problems.every(about)) return { refused, blocking: refused };
    const rest = planTolerating({ ...compiled, resources: compiled.resources.filter((r) => !shared.has(r.address)) }, live, options, new Set());
    return { ...(rest.plan ? { plan: rest.plan } : {}), refused: [...refused, ...rest.refused], blocking: rest.blocking };
  }
}

/** Loads `text` as the manifest at `file` and plans it against `live`; `shared` as in `planTolerating`. */
export function checkImport(text: string, file: string, live: LiveState, shared: ReadonlySet<string> = new Set()): CheckResult {
  const loaded = loadManifest(file, { text });
  if (!loaded.manifest || !loaded.compiled || hasErrors(loaded.diagnostics)) {
    const invalid = loaded.diagnostics.filter((d) => d.severity === 'error').map((d) => `the written manifest does not validate: ${formatDiagnostic(d)}`);
    return { problems: invalid, blocking: invalid };
  }
  const compiled = assumeSecrets(withGeneratedNames(loaded.manifest, { files: loaded.files, secrets: new Map() }, loaded.compiled, live), live);
  const planned = planTolerating(compiled, live, { manifestFile: file, manifestDigest: loaded.digest, adopt: loaded.manifest.metadata.adopt ?? [] }, shared);
  if (!planned.plan) return { problems: planned.refused, blocking: planned.blocking };
  const plan = planned.plan;
  const problems: string[] = [...planned.refused];
  const blocking: string[] = [...planned.blocking];
  for (const c of plan.resources) {
    if (c.action === 'adopt') {
      const other = c.changes.filter((f) => !ownershipOnly(f.path));
      if (other.length > 0) problems.push(`${c.address} would change beyond ownership: ${other.map((f) => f.path).join(', ')}`);
    } else if (c.action !== 'no-op') {
      const problem = `${c.address} would be ${c.action === 'create' ? 'created' : c.action === 'update' ? 'updated' : c.action === 'replace' ? 'replaced' : 'deleted'} (${c.reason})`;
      problems.push(problem);
      if (c.action !== 'update') blocking.push(problem);
    }
  }
  return { problems, blocking, plan };
}

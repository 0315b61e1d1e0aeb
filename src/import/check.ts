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

/** Loads `text` as the manifest at `file` and plans it against `live`. */
export function checkImport(text: string, file: string, live: LiveState): CheckResult {
  const loaded = loadManifest(file, { text });
  if (!loaded.manifest || !loaded.compiled || hasErrors(loaded.diagnostics)) {
    const invalid = loaded.diagnostics.filter((d) => d.severity === 'error').map((d) => `the written manifest does not validate: ${formatDiagnostic(d)}`);
    return { problems: invalid, blocking: invalid };
  }
  const compiled = assumeSecrets(withGeneratedNames(loaded.manifest, { files: loaded.files, secrets: new Map() }, loaded.compiled, live), live);
  let plan: Plan;
  try {
    plan = makePlan(compiled, live, { manifestFile: file, manifestDigest: loaded.digest, adopt: loaded.manifest.metadata.adopt ?? [] });
  } catch (e) {
    if (e instanceof PlanError) {
      const refused = e.problems.map((p) => `planning the written manifest: ${p}`);
      return { problems: refused, blocking: refused };
    }
    throw e;
  }
  const problems: string[] = [];
  const blocking: string[] = [];
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

/**
 * Planning: compiled desired resources + live state → an inert Plan. Decides; never prints, never calls GCP.
 */
import type { CompiledLoadBalancer } from '../compile/index.js';
import type { LiveState } from '../gcp/read.js';
import { Dag } from '../graph/dag.js';
import { VERSION } from '../version.js';
import { diffResources } from './diff.js';
import { liveDigest } from './normalize.js';

export { digestOf } from './digest.js';
export { staleness } from './stale.js';
import { dnsWhy, reviewChanges } from './review/index.js';
import { buildSteps } from './steps.js';
import { PLAN_FORMAT_VERSION, type CertificateStatus, type DnsRecord, type Observed, type Plan } from './types.js';
import { textOf } from '../util/text.js';

export * from './types.js';

export interface PlanOptions {
  readonly manifestFile: string;
  /** sha256 of the manifest text and the files it names. */
  readonly manifestDigest: string;
  readonly adopt?: readonly string[];
  /** Keep a replaced managed certificate attached until its successor is ACTIVE (default true). */
  readonly waitForCertificates?: boolean;
  /** Switch port 80 to the HTTPS redirect in this run, waiting for certificates (apply --wait-for-certificates). */
  readonly redirectWaits?: boolean;
  /** `lb-plan destroy`: worded as a destroy. */
  readonly destroying?: boolean;
  /** Owned resources to leave in place (`destroy --keep globalAddress/NAME`). */
  readonly keep?: readonly string[];
  readonly now?: () => Date;
}

export class PlanError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.join('\n'));
    this.name = 'PlanError';
  }
}

export function makePlan(lb: CompiledLoadBalancer, live: LiveState, options: PlanOptions): Plan {
  const diff = diffResources(lb, live, { adopt: new Set(options.adopt ?? []), destroying: options.destroying, keep: new Set(options.keep ?? []) });
  const unresolved = lb.resources.flatMap((r) => r.secrets.filter((s) => s.sha256 === undefined).map((s) => `${r.address}: the secret ${s.ref} is not available (${s.ref.startsWith('env:') ? 'set the environment variable' : 'the file cannot be read'})`));
  const problems = [...diff.errors, ...unresolved];
  if (problems.length > 0) throw new PlanError(problems);

  const { steps, edges, warnings, errors } = buildSteps(lb, live, diff.changes, { waitForCertificates: options.waitForCertificates ?? true, redirectWaits: options.redirectWaits ?? false, users: diff.users });
  if (errors.length > 0) throw new PlanError(errors);
  // The ordering rules must form a DAG; a cycle is a planner bug, reported as such.
  const g = new Dag();
  for (const s of steps) g.addNode(s.id);
  for (const e of edges) g.addEdge(e.from, e.to);
  const waves = g.waves();

  const observed: Observed[] = [];
  const touched = new Set([...diff.changes.map((c) => c.address), ...lb.resources.flatMap((r) => r.references.filter((x) => x.kind !== 'sslPolicy').map((x) => `${x.kind}/${x.name}`))]);
  for (const address of [...touched].sort()) {
    const l = live.resources.get(address);
    if (!l) continue;
    observed.push({
      address,
      ...(l.body.id ? { id: textOf(l.body.id) } : {}),
      ...(l.body.fingerprint ? { fingerprint: textOf(l.body.fingerprint) } : {}),
      ...(l.body.labelFingerprint ? { labelFingerprint: textOf(l.body.labelFingerprint) } : {}),
      digest: liveDigest(l, diff.normalize, diff.liveCanonical.get(address)),
    });
  }

  const changes = reviewChanges(lb, diff.changes.filter((c) => c.action !== 'no-op'), steps);
  const count = (a: string) => diff.changes.filter((c) => c.action === a).length;
  const replaceCount = count('replace');
  // A replacement through a new name is one resource: its old one's delete is not counted again.
  const replaced = new Set(diff.changes.flatMap((c) => (c.replaces ? [c.replaces] : [])));
  const destructive = diff.changes.filter((c) => (c.action === 'delete' && !replaced.has(c.address)) || c.action === 'replace');
  const allWarnings = [...diff.warnings, ...warnings];
  for (const c of diff.changes.filter((x) => x.downtime)) allWarnings.push(`${c.address} will be ${c.action === 'delete' ? 'deleted' : 'deleted and recreated'}: traffic to it stops${c.kind === 'globalAddress' ? ' and its IP address changes' : ''}.`);
  if (destructive.length > 0 && allWarnings.length === 0) allWarnings.push(`${destructive.length} resource${destructive.length === 1 ? '' : 's'} will be deleted or replaced (without downtime: replacements are created and attached first).`);

  const dns = dnsRecords(lb, live);
  const certificates = certificateStatus(lb, live);
  const why = dnsWhy({ resources: changes, dns, certificates });
  return {
    formatVersion: PLAN_FORMAT_VERSION,
    lbPlanVersion: VERSION,
    createdAt: (options.now?.() ?? new Date()).toISOString(),
    manifest: { file: options.manifestFile, digest: options.manifestDigest, name: lb.name, project: lb.project },
    observed,
    resources: changes,
    steps,
    edges,
    summary: {
      add: count('create') + replaceCount,
      change: count('update') + count('adopt'),
      destroy: count('delete') + diff.changes.filter((c) => c.action === 'replace' && !c.replaces).length,
      replace: replaceCount,
      adopt: count('adopt'),
    },
    warnings: allWarnings,
    dns,
    certificates,
    waves,
    ...(why ? { dnsWhy: why } : {}),
    readRequests: live.requests,
    settings: { waitForCertificates: options.waitForCertificates ?? true, redirectWaits: options.redirectWaits ?? false },
  };
}

/** The A/AAAA records to create for the managed certificates' domains (the guide's "Connect your domain"). */
function dnsRecords(lb: CompiledLoadBalancer, live: LiveState): DnsRecord[] {
  const domains = [...new Set(lb.resources.filter((r) => r.kind === 'sslCertificate' && r.body.type === 'MANAGED').flatMap((r) => (r.body.managed as { domains: string[] }).domains))].sort();
  const rules = lb.resources.filter((r) => r.kind === 'globalForwardingRule');
  const ipOf = (v6: boolean): string | undefined => {
    // The rule of the IPv6 frontend by where it comes from (frontend.ipv6), never by its name: metadata.names may choose any.
    const rule = rules.find((r) => (r.source[0] === 'frontend' && r.source[1] === 'ipv6') === v6);
    if (!rule) return undefined;
    const ip = rule.body.IPAddress as string | undefined;
    // An answer's IP is used only as text (anything else an API may send there reads as not known yet).
    const text = (x: unknown): string | undefined => (typeof x === 'string' ? x : undefined);
    if (ip === undefined) return text(live.resources.get(rule.address)?.body.IPAddress) ?? '(allocated on apply)';
    if (!ip.includes('/addresses/')) return ip;
    const name = ip.split('/').pop()!;
    return text(live.resources.get(`globalAddress/${name}`)?.body.address) ?? `(address ${name}, allocated on apply)`;
  };
  const v4 = ipOf(false);
  const v6 = ipOf(true);
  const out: DnsRecord[] = [];
  for (const name of domains) {
    if (v4) out.push({ name, type: 'A', value: v4 });
    if (v6) out.push({ name, type: 'AAAA', value: v6 });
  }
  return out;
}

function certificateStatus(lb: CompiledLoadBalancer, live: LiveState): CertificateStatus[] {
  return lb.resources
    .filter((r) => r.kind === 'sslCertificate' && r.body.type === 'MANAGED')
    .map((r) => {
      const l = live.resources.get(r.address);
      // Right after insert GCP shows no status yet (gcp-behaviour.md §3.6): provisioning has not started.
      const answered = (l?.body.managed as { status?: unknown } | undefined)?.status;
      // Only a text is a status (an answer may hold anything there): otherwise as before provisioning starts.
      const status = l ? (typeof answered === 'string' ? answered : 'PROVISIONING') : 'to be created';
      return { name: r.name, domains: (r.body.managed as { domains: string[] }).domains, status };
    });
}

/**
 * The plan in the manifest's words, for people: each change gets its load-balancer part, the
 * manifest's name for it and lines that say what it does — computed here, so renderers only print.
 * Nothing decides on this data: apply reads steps, never reviews.
 */
import type { CompiledLoadBalancer } from '../../compile/index.js';
import type { ResourceKind } from '../../model/kinds.js';
import type { Part, Plan, Review, ResourceChange, Step } from '../types.js';
import { changeLines } from './changes.js';
import { createLines, type NegLabels } from './create.js';
import { backendKey, negTarget, withoutHash } from './terms.js';

type Rec = Record<string, unknown>;

/** The part of the load balancer, and the manifest's name for a resource of `kind` named `name`. */
export function placeOf(lb: string, kind: ResourceKind, name: string): { part: Part; subject: string } {
  const ipv6 = name.endsWith('-ipv6') ? ' (IPv6)' : '';
  switch (kind) {
    case 'regionNetworkEndpointGroup':
      return { part: 'backends', subject: `backends.${backendKey(lb, withoutHash(name))}` };
    case 'backendService':
      return { part: 'backends', subject: `backends.${backendKey(lb, name)}` };
    case 'securityPolicy':
      return { part: 'backends', subject: name.startsWith(`${lb}-`) && name.endsWith('-armor') ? `backends.${name.slice(lb.length + 1, -'-armor'.length)}.securityPolicy` : `Cloud Armor policy ${name}` };
    case 'sslCertificate':
      return { part: 'certificates', subject: `certificate ${withoutHash(name)}` };
    case 'urlMap':
      return name === `${lb}-redirect` ? { part: 'frontend', subject: 'frontend.https.redirectHttp' } : { part: 'routing', subject: 'routing' };
    case 'targetHttpProxy':
      return { part: 'frontend', subject: 'frontend: HTTP proxy' };
    case 'targetHttpsProxy':
      return { part: 'frontend', subject: 'frontend.https: HTTPS proxy' };
    case 'globalForwardingRule':
      return { part: 'frontend', subject: `frontend: ${name.includes('-https') ? 'HTTPS' : 'HTTP'} forwarding rule${ipv6}` };
    case 'globalAddress':
      return { part: 'frontend', subject: `frontend address ${name}` };
  }
}

/** What each NEG of the plan (desired or live) points at, by name: a backend service's lines name services, not hashes. */
function negLabels(changes: readonly ResourceChange[], lb: CompiledLoadBalancer): NegLabels {
  const out = new Map<string, string>();
  for (const d of lb.resources) if (d.kind === 'regionNetworkEndpointGroup') out.set(d.name, negTarget(d.body));
  for (const c of changes) if (c.kind === 'regionNetworkEndpointGroup' && !out.has(c.name)) out.set(c.name, negTarget((c.before ?? c.after ?? {}) as Rec));
  return out;
}

/** `before` with the fields in `fields` (top-level names) taken from `after`. */
function withFields(before: Rec, after: Rec, fields: ReadonlySet<string>): Rec {
  const out: Rec = { ...before };
  for (const f of fields) {
    if (after[f] === undefined) delete out[f];
    else out[f] = after[f];
  }
  return out;
}

const top = (path: string): string => path.split(/[.[]/)[0]!;

/** How a replacement or a same-name recreation is carried out, in a reader's words. */
function howOf(c: ResourceChange, steps: readonly Step[]): string | undefined {
  if (c.action === 'replace' && c.replaces) {
    const old = c.replaces.split('/').pop()!;
    if (c.kind === 'sslCertificate') {
      const waits = steps.some((s) => s.address === c.address && s.operation.type === 'waitCertificateActive');
      return waits ? `replaced; the old one (${old}) is kept until the new one is ACTIVE` : `replaced; the old one (${old}) is detached at once`;
    }
    return `replaced: the new one is created first, then ${old} is deleted`;
  }
  if (c.action === 'replace') return `deleted and recreated (${c.forcesReplacement.join(', ')} cannot change in place)${c.downtime ? ': traffic stops meanwhile' : ''}`;
  if (c.action === 'adopt') return c.listed ? 'owned by listing in metadata.adopt (it cannot carry the marker); nothing is written to it' : 'taken over as listed in metadata.adopt: lb-plan writes its ownership marker and labels';
  return undefined;
}

/** One change's review. */
function reviewOf(lb: CompiledLoadBalancer, c: ResourceChange, steps: readonly Step[], negs: NegLabels): Review {
  const { part, subject } = placeOf(lb.name, c.kind, c.name);
  const before = (c.before ?? {}) as Rec;
  const after = (c.after ?? {}) as Rec;
  const how = howOf(c, steps);
  if (c.action === 'create') return { part, subject, lines: createLines(lb.name, c.kind, c.name, after, negs), drift: [] };
  if (c.action === 'delete') return { part, subject, lines: c.replacedBy ? [] : createLines(lb.name, c.kind, c.name, before, negs), drift: [], ...(c.replacedBy ? { how: `replaced by ${c.replacedBy.split('/').pop()!}` } : {}) };
  const drifted = new Set((c.drift ?? []).map(top));
  const edited = withFields(before, after, drifted);
  const lines = changeLines(lb.name, c.kind, edited, after, negs);
  const drift = drifted.size ? changeLines(lb.name, c.kind, before, withFields(before, after, drifted), negs) : [];
  return { part, subject, lines, drift, ...(how ? { how } : {}) };
}

/** The changes with their reviews. */
export function reviewChanges(lb: CompiledLoadBalancer, changes: readonly ResourceChange[], steps: readonly Step[]): ResourceChange[] {
  const negs = negLabels(changes, lb);
  return changes.map((c) => ({ ...c, review: reviewOf(lb, c, steps, negs) }));
}

/**
 * Why the DNS records belong in this plan, or undefined: a new or recreated IP, new certificate
 * domains, or a certificate not ACTIVE yet (DNS must point here before GCP can issue it).
 */
export function dnsWhy(plan: Pick<Plan, 'resources' | 'certificates' | 'dns'>): string | undefined {
  if (plan.dns.length === 0) return undefined;
  const fresh = plan.resources.filter((r) => (r.action === 'create' || r.action === 'replace') && (r.kind === 'globalAddress' || r.kind === 'globalForwardingRule'));
  if (fresh.length) return 'the load balancer gets a new IP address';
  const certs = plan.resources.filter((r) => r.kind === 'sslCertificate' && (r.action === 'create' || r.action === 'replace'));
  if (certs.length) return 'certificate domains change';
  const pending = plan.certificates.filter((c) => c.status !== 'ACTIVE');
  if (pending.length) return `${pending.map((c) => `${c.name} is ${c.status}`).join(', ')}: GCP issues a managed certificate only once its domains point here`;
  return undefined;
}

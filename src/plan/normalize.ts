/**
 * Canonical forms for comparing what the manifest wants with what GCP answers. GCP rewrites what
 * it is sent: it fills defaults, answers references as full URLs, `80` as `80-80`, an address
 * reference as the IP, keeps secrets only as hashes. Both sides are brought to one form here, so a
 * plan right after an apply is empty, and a real difference (drift) still shows.
 */
import { schemaFor, type ContractProperty } from '../contract/index.js';
import type { DesiredResource } from '../compile/index.js';
import { normalizeDomains } from '../compile/index.js';
import { KIND_INFO, type ResourceKind } from '../model/kinds.js';
import type { LiveState } from '../gcp/read.js';

export type Canonical = Record<string, unknown>;

/** What GCP fills in when a request leaves a field out: filled in on both sides, so `false → true` reads as such. */
const SERVER_DEFAULTS: Partial<Record<ResourceKind, Record<string, unknown>>> = {
  backendService: {
    description: '',
    affinityCookieTtlSec: 0,
    connectionDraining: { drainingTimeoutSec: 0 },
    port: 80,
    sessionAffinity: 'NONE',
    timeoutSec: 30,
    enableCDN: false,
    protocol: 'HTTP',
    loadBalancingScheme: 'EXTERNAL',
  },
  globalAddress: { networkTier: 'PREMIUM', addressType: 'EXTERNAL', ipVersion: 'IPV4' },
  targetHttpsProxy: { quicOverride: 'NONE' },
  globalForwardingRule: { IPProtocol: 'TCP', networkTier: 'PREMIUM', loadBalancingScheme: 'EXTERNAL' },
  securityPolicy: { type: 'CLOUD_ARMOR' },
  sslCertificate: { type: 'SELF_MANAGED' },
};

/** Fields the server owns or that are compared elsewhere (fingerprints are preconditions, not state). */
const ALWAYS_DROP = ['fingerprint', 'labelFingerprint', 'privateKey'];

const COMPUTE_URL = /^(?:https:\/\/(?:www|compute)\.googleapis\.com\/compute\/(?:v1|beta|alpha)\/)(projects\/.+)$/;

/** IPv6 in its canonical text form (lower case, zeros compressed), as GCP answers it; other values as they are. */
export function canonicalIp(ip: string): string {
  if (!ip.includes(':') || ip.includes('/')) return ip;
  try {
    return new URL(`http://[${ip}]`).hostname.slice(1, -1);
  } catch {
    return ip;
  }
}

/** `https://www.googleapis.com/compute/v1/projects/p/global/x/y` → `projects/p/global/x/y`. */
export function shortRef(value: string): string {
  return COMPUTE_URL.exec(value)?.[1] ?? value;
}

export function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, x]) => [k, sortKeys(x)]));
  return v;
}

function stripOutputOnly(value: unknown, schema: ContractProperty | undefined): unknown {
  if (!schema) return value;
  const s = schema.$ref ? schemaFor(schema.$ref, 'beta') : schema;
  if (Array.isArray(value)) return value.map((x) => stripOutputOnly(x, s?.items ?? schema.items));
  if (!value || typeof value !== 'object' || !s?.properties) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    const p = s.properties[k];
    if (p?.outputOnly) continue;
    out[k] = stripOutputOnly(v, p);
  }
  return out;
}

function refsToShort(v: unknown): unknown {
  if (typeof v === 'string') return shortRef(v);
  if (Array.isArray(v)) return v.map(refsToShort);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v as Record<string, unknown>).map(([k, x]) => [k, refsToShort(x)]));
  return v;
}

export interface NormalizeContext {
  /** Live IPs of global addresses, by name: a forwarding rule's address reference reads back as the IP. */
  readonly addressIps: ReadonlyMap<string, string>;
}

/** The context for normalizing against one live state. */
export function normalizeContext(live: LiveState): NormalizeContext {
  const addressIps = new Map<string, string>();
  for (const r of live.resources.values()) if (r.kind === 'globalAddress' && typeof r.body.address === 'string') addressIps.set(r.name, r.body.address);
  return { addressIps };
}

/**
 * The canonical form of a body. `desired` tells which side it is, and gives the desired body when
 * normalizing a live one (fields GCP fills only when unset, like an allocated IP, are compared only
 * when the manifest sets them).
 */
export function canonical(kind: ResourceKind, body: Readonly<Record<string, unknown>>, ctx: NormalizeContext, desired: DesiredResource | undefined, side: 'desired' | 'live'): Canonical {
  const schema = schemaFor(KIND_INFO[kind].schema, 'beta');
  let out = stripOutputOnly(structuredClone(body), schema) as Canonical;
  // Fields newer than the contract (GCP answers e.g. tlsEarlyData) are not lb-plan's to manage.
  if (side === 'live') for (const k of Object.keys(out)) if (!schema?.properties?.[k]) delete out[k];
  for (const f of ALWAYS_DROP) delete out[f];
  out = refsToShort(out) as Canonical;
  if (out.description === '') delete out.description;
  if (out.labels && Object.keys(out.labels as object).length === 0) delete out.labels;
  for (const [k, v] of Object.entries(SERVER_DEFAULTS[kind] ?? {})) if (out[k] === undefined) out[k] = structuredClone(v);

  switch (kind) {
    case 'globalForwardingRule': {
      // Neither a rule's nor an address's description can change after creation; ownership is in labels.
      delete out.description;
      if (typeof out.portRange === 'string' && /^\d+$/.test(out.portRange)) out.portRange = `${out.portRange}-${out.portRange}`;
      const ip = out.IPAddress;
      if (typeof ip === 'string' && ip.includes('/addresses/')) {
        const name = ip.split('/').pop()!;
        out.IPAddress = ctx.addressIps.get(name) ?? `(address ${name})`;
      }
      if (typeof out.IPAddress === 'string') out.IPAddress = canonicalIp(out.IPAddress);
      const wantsIp = desired ? desired.body.IPAddress !== undefined : out.IPAddress !== undefined;
      if (!wantsIp) delete out.IPAddress; // ephemeral: GCP picks the IP
      if (desired && desired.body.ipVersion === undefined) delete out.ipVersion;
      break;
    }
    case 'globalAddress':
      delete out.description;
      if (desired && desired.body.address === undefined) delete out.address;
      break;
    case 'sslCertificate': {
      const managed = out.managed as Canonical | undefined;
      if (managed?.domains) out.managed = { ...managed, domains: normalizeDomains(managed.domains as string[]) };
      if (typeof out.certificate === 'string') out.certificate = out.certificate.replace(/\r\n/g, '\n').trim() + '\n';
      break;
    }
    case 'backendService': {
      const iap = (out.iap as Canonical | undefined) ?? { enabled: false };
      const secret = desired?.secrets.find((s) => s.field.join('.') === 'iap.oauth2ClientSecret');
      const sha = side === 'desired' ? secret?.sha256 : (body.iap as Canonical | undefined)?.oauth2ClientSecretSha256;
      delete iap.oauth2ClientSecret;
      out.iap = iap.enabled === true ? { enabled: true, oauth2ClientId: iap.oauth2ClientId, oauth2ClientSecretSha256: sha ?? '(unresolved)' } : { enabled: false };
      if (Array.isArray(out.backends)) out.backends = [...(out.backends as Canonical[])].sort((a, b) => String(a.group).localeCompare(String(b.group)));
      if (out.enableCDN !== true) delete out.cdnPolicy;
      else if (desired && out.cdnPolicy && desired.body.cdnPolicy) {
        // GCP fills many cdnPolicy defaults; compare what the manifest sets.
        const want = desired.body.cdnPolicy as Canonical;
        out.cdnPolicy = Object.fromEntries(Object.entries(out.cdnPolicy as Canonical).filter(([k]) => k in want));
      }
      const log = out.logConfig as Canonical | undefined;
      if (log && log.enable !== true) out.logConfig = { enable: false };
      // Output-only on the resource (set through setSecurityPolicy), but part of its state.
      if (typeof body.securityPolicy === 'string' && body.securityPolicy) out.securityPolicy = shortRef(body.securityPolicy);
      else delete out.securityPolicy;
      break;
    }
    case 'securityPolicy': {
      const rules = ((out.rules as Canonical[] | undefined) ?? []).map((r) => {
        const { kind: _k, preview, ...rest } = r;
        return preview === true ? { ...rest, preview } : rest;
      });
      out.rules = rules.sort((a, b) => Number(a.priority) - Number(b.priority));
      break;
    }
  }
  return sortKeys(out) as Canonical;
}

/** The desired canonical form, including fields set through methods of their own (setters). */
export function desiredCanonical(d: DesiredResource, ctx: NormalizeContext): Canonical {
  const base = canonical(d.kind, d.body, ctx, d, 'desired');
  for (const s of d.setters) {
    const v = s.body[s.field];
    if (v === null || v === undefined) delete base[s.field];
    else base[s.field] = shortRef(String(v));
  }
  return sortKeys(base) as Canonical;
}

/** The live canonical form, compared against `d` (or on its own, for resources to delete). */
export function liveCanonical(kind: ResourceKind, body: Readonly<Record<string, unknown>>, ctx: NormalizeContext, d?: DesiredResource): Canonical {
  return canonical(kind, body, ctx, d, 'live');
}

/**
 * What GCP adds to a resource that the client never sent: server defaults filled on insert and on
 * every update (a PUT leaves a field out, GCP fills it again), and computed fields shown on every
 * read. One table, one row per field, each with its source. The planner never reads this table
 * (it compares the fields it manages, src/plan/managed.ts): two independent views of GCP.
 *
 * Sources: gcp-behaviour.md §2.5 (server-filled defaults after a minimal insert, [REAL]) and §2.6
 * (a finished classic ALB with a Cloud Run NEG, [REAL]); [DISCOVERY] the contract's own text.
 */
import { createHash } from 'node:crypto';
import type { Ctx } from './context.js';
import { selfLinkOf, type Ref } from './refs.js';
import type { Json } from './store.js';

const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');

interface Row {
  /** Emulator collection (the URL segment). */
  readonly collection: string;
  /** Dotted path; `[]` applies to every element of a list: `backends[].balancingMode`. */
  readonly field: string;
  /** `stored`: a default filled where absent on insert and update. `view`: computed on every read. */
  readonly when: 'stored' | 'view';
  readonly value: (ctx: Ctx, ref: Ref, body: Json, parent: Json) => unknown;
  /** Applies only where this holds for the object that holds the field. */
  readonly if?: (parent: Json) => boolean;
  /** The field is newer than the 20230620 contract (GCP answers it; the contract does not list it). */
  readonly newerThanContract?: boolean;
  readonly source: string;
}

const constant = (v: unknown) => (): unknown => structuredClone(v);

export const GCP_ADDS: readonly Row[] = [
  // Backend service.
  { collection: 'backendServices', field: 'description', when: 'stored', value: constant(''), source: '§2.5, §2.6 [REAL]: description "" when none was given' },
  { collection: 'backendServices', field: 'affinityCookieTtlSec', when: 'stored', value: constant(0), source: '§2.5 [REAL]' },
  { collection: 'backendServices', field: 'connectionDraining', when: 'stored', value: constant({ drainingTimeoutSec: 0 }), source: '§2.5 [REAL]' },
  { collection: 'backendServices', field: 'port', when: 'stored', value: constant(80), source: '§2.5, §2.6 [REAL]' },
  { collection: 'backendServices', field: 'portName', when: 'stored', value: constant('http'), source: '§2.6 [REAL]: portName "http" on a serverless backend service' },
  { collection: 'backendServices', field: 'sessionAffinity', when: 'stored', value: constant('NONE'), source: '§2.5 [REAL]' },
  { collection: 'backendServices', field: 'timeoutSec', when: 'stored', value: constant(30), source: '§2.5, §2.6 [REAL]' },
  { collection: 'backendServices', field: 'loadBalancingScheme', when: 'stored', value: constant('EXTERNAL'), source: '§2.5 [REAL]; §3.4: EXTERNAL is the insert default' },
  { collection: 'backendServices', field: 'protocol', when: 'stored', value: constant('HTTP'), source: '[DISCOVERY] BackendService.protocol: "The default is HTTP"' },
  { collection: 'backendServices', field: 'iap', when: 'stored', value: constant({ enabled: false, oauth2ClientId: '', oauth2ClientSecretSha256: sha256('') }), source: '§2.5 [REAL]: the SHA-256 of the empty string' },
  { collection: 'backendServices', field: 'backends[].balancingMode', when: 'stored', value: constant('UTILIZATION'), source: '§2.6 [REAL]: every element of backends[]' },
  { collection: 'backendServices', field: 'backends[].capacityScaler', when: 'stored', value: constant(1), source: '§2.6 [REAL]: every element of backends[]' },
  { collection: 'backendServices', field: 'logConfig.optionalMode', when: 'stored', value: constant('EXCLUDE_ALL_OPTIONAL'), if: (l) => l.enable === true, source: '§2.6 [REAL]: with logging on' },
  { collection: 'backendServices', field: 'logConfig.sampleRate', when: 'stored', value: constant(1), if: (l) => l.enable === true, source: '§2.6 [REAL]: with logging on' },
  {
    collection: 'backendServices',
    field: 'usedBy',
    when: 'view',
    value: (ctx, ref) => {
      const maps = ctx.store.users(ref).filter((u) => u.collection === 'urlMaps');
      return maps.length > 0 ? maps.map((u) => ({ reference: selfLinkOf(u) })) : undefined;
    },
    newerThanContract: true,
    source: '§2.6 [REAL]: usedBy [{reference: <url map URL>}]',
  },
  // Managed certificate once ACTIVE: the issued chain and its facts are outputs (§2.6 [REAL]).
  { collection: 'sslCertificates', field: 'certificate', when: 'view', value: (_c, ref, body) => issuedChain(ref, body), if: active, source: '§2.6 [REAL]: certificate holds the issued PEM chain' },
  { collection: 'sslCertificates', field: 'expireTime', when: 'view', value: (_c, _r, body) => issuedExpiry(body), if: active, source: '§2.6 [REAL]' },
  { collection: 'sslCertificates', field: 'subjectAlternativeNames', when: 'view', value: (_c, _r, body) => [...((body.managed as Json).domains as string[])], if: active, source: '§2.6 [REAL]: the domains' },
  // Global address.
  { collection: 'addresses', field: 'description', when: 'stored', value: constant(''), source: '§2.6 [REAL]' },
  // Target HTTPS proxy.
  { collection: 'targetHttpsProxies', field: 'quicOverride', when: 'stored', value: constant('NONE'), source: '[DISCOVERY] TargetHttpsProxy.quicOverride: "If NONE is specified, Google manages whether QUIC is used"; the insert default' },
  { collection: 'targetHttpsProxies', field: 'tlsEarlyData', when: 'stored', value: constant('DISABLED'), newerThanContract: true, source: '§2.5 [REAL]: tlsEarlyData "DISABLED", newer than the 20230620 contract' },
];

function active(body: Json): boolean {
  return body.type === 'MANAGED' && (body.managed as Json | undefined)?.status === 'ACTIVE';
}

/**
 * A PEM chain as GCP returns it for an issued certificate (leaf + intermediate). Its bytes are a
 * stand-in derived from the resource (the emulator is no CA), stable across reads.
 */
function issuedChain(ref: Ref, body: Json): string {
  const block = (label: string): string => {
    const der = Buffer.concat([0, 1, 2, 3, 4, 5, 6, 7].map((i) => createHash('sha512').update(`${selfLinkOf(ref)}|${String(body.id)}|${label}|${i}`).digest()));
    const lines = der.toString('base64').match(/.{1,64}/g)!.join('\n');
    return `-----BEGIN CERTIFICATE-----\n${lines}\n-----END CERTIFICATE-----\n`;
  };
  return block('leaf') + block('intermediate');
}

/** Google-managed certificates are issued for 90 days. */
function issuedExpiry(body: Json): string {
  return new Date(Date.parse(String(body.creationTimestamp)) + 90 * 24 * 3600 * 1000).toISOString();
}

/** Calls `f` on every object that holds the last segment of `path`, creating none. */
function holders(body: Json, path: string, f: (holder: Json, key: string) => void): void {
  const parts = path.split('.');
  const walk = (node: unknown, i: number): void => {
    if (!node || typeof node !== 'object' || Array.isArray(node)) return;
    const o = node as Json;
    const part = parts[i]!;
    if (i === parts.length - 1) return f(o, part);
    if (part.endsWith('[]')) {
      const list = o[part.slice(0, -2)];
      if (Array.isArray(list)) for (const el of list) walk(el, i + 1);
    } else walk(o[part], i + 1);
  };
  walk(body, 0);
}

function apply(ctx: Ctx, ref: Ref, body: Json, when: Row['when']): Json {
  const out = structuredClone(body);
  for (const row of GCP_ADDS) {
    if (row.collection !== ref.collection || row.when !== when) continue;
    holders(out, row.field, (holder, key) => {
      if (row.if && !row.if(holder)) return;
      if (when === 'stored' && holder[key] !== undefined) return;
      const value = row.value(ctx, ref, out, holder);
      if (value !== undefined) holder[key] = value;
    });
  }
  return out;
}

/** The stored form: GCP's defaults filled where the request left them out. */
export function withStoredDefaults(ctx: Ctx, ref: Ref, body: Json): Json {
  return apply(ctx, ref, body, 'stored');
}

/** What a read shows: the computed fields, as of now. */
export function withComputedFields(ctx: Ctx, ref: Ref, body: Json): Json {
  return apply(ctx, ref, body, 'view');
}

/** `Schema.field` names GCP answers that the contract does not list yet, for the response check. */
export const NEWER_THAN_CONTRACT: ReadonlySet<string> = new Set(GCP_ADDS.filter((r) => r.newerThanContract).map((r) => r.field));

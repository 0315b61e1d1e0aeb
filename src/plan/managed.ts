/**
 * What lb-plan manages, per kind: a positive list of the fields the compiler sets, the way
 * Terraform's schema marks a field optional, computed or both. The planner compares only these.
 * Whatever GCP adds — server defaults, computed status, fields newer than our contract, members
 * it adds inside nested objects and list elements — is not in the list, so it can never show as a
 * change. This module must not read the emulator's table of what GCP adds: two independent views
 * of GCP catch each other's mistakes (../shared/STYLE.md).
 *
 * Semantics of one field:
 * - `default`: what GCP uses when the field is absent; absent and the default compare equal.
 * - `whenSet`: optional+computed. Compared only when the manifest side sets it (GCP picks a value
 *   otherwise, e.g. an ephemeral IP); for a resource lb-plan deletes, shown as it is.
 * - `norm`: GCP's spelling of a value (full URLs for references, IPv6 compressed, `80` as `80-80`).
 * - lists are `ordered` (order means something: the first certificate is the default one) or
 *   `set` (GCP treats them as sets: backends, hosts, paths, domains). A set element's identity is
 *   its `key` (the value itself for scalars): sets are sorted by it, and diffs name elements by it
 *   (`backends[projects/p/regions/r/networkEndpointGroups/n]`), so adding one domain is one change.
 */
import { normalizeDomains } from '../compile/index.js';
import type { ResourceKind } from '../model/kinds.js';
import { HANDOVER_LABEL, RECORD_LABEL } from '../model/names.js';
import { isRec } from '../util/data.js';
import { textOf } from '../util/text.js';

export interface ManagedContext {
  /** Live IPs of global addresses, by name: a forwarding rule's address reference reads back as the IP. */
  readonly addressIps: ReadonlyMap<string, string>;
}

type Norm = (value: unknown, ctx: ManagedContext) => unknown;

interface Common {
  readonly default?: unknown;
  readonly whenSet?: boolean;
}
export type FieldModel =
  | (Common & { readonly type: 'value'; readonly norm?: Norm })
  | (Common & { readonly type: 'object'; readonly fields: Readonly<Record<string, FieldModel>> })
  | (Common & { readonly type: 'list'; readonly order: 'ordered' | 'set'; readonly item: FieldModel; readonly key?: (x: unknown) => string })
  /** A string map compared whole (labels: lb-plan sets the whole map with setLabels), but for keys lb-plan keeps for itself. */
  | (Common & { readonly type: 'map'; readonly ignore?: readonly string[] });

export type ObjectModel = Readonly<Record<string, FieldModel>>;

const COMPUTE_URL = /^(?:https:\/\/(?:www|compute)\.googleapis\.com\/compute\/(?:v1|beta|alpha)\/)(projects\/.+)$/;

/** `https://www.googleapis.com/compute/v1/projects/p/global/x/y` → `projects/p/global/x/y`. */
export function shortRef(value: string): string {
  return COMPUTE_URL.exec(value)?.[1] ?? value;
}

/** IPv6 in its canonical text form (lower case, zeros compressed), as GCP answers it; other values as they are. */
export function canonicalIp(ip: string): string {
  if (!ip.includes(':') || ip.includes('/')) return ip;
  try {
    return new URL(`http://[${ip}]`).hostname.slice(1, -1);
  } catch {
    return ip;
  }
}

const str = (f: (s: string) => unknown): Norm => (v) => (typeof v === 'string' ? f(v) : v);
const v = (extra: Omit<Extract<FieldModel, { type: 'value' }>, 'type'> = {}): FieldModel => ({ type: 'value', ...extra });
const ref = (extra: Common = {}): FieldModel => v({ ...extra, norm: str(shortRef) });
const obj = (fields: ObjectModel, extra: Common = {}): FieldModel => ({ type: 'object', fields, ...extra });
const set = (item: FieldModel, key?: (x: unknown) => string): FieldModel => ({ type: 'list', order: 'set', item, ...(key ? { key } : {}) });
const by = (field: string) => (x: unknown): string => {
  const v = (x as Record<string, unknown>)[field];
  // As join and String() write them, but an object by its JSON (an answer's may carry a "toString" that is no function).
  return Array.isArray(v) ? v.map((e) => (e === null || e === undefined ? '' : textOf(e))).join(',') : textOf(v);
};
/**
 * Labels; the hand-over label records where an adopted address came from, the record label what
 * lb-plan last applied (./applied.ts): neither is ever a change.
 */
const labels: FieldModel = { type: 'map', default: {}, ignore: [HANDOVER_LABEL, RECORD_LABEL] };
/** The description lb-plan writes (with its ownership marker), on kinds where it can change in place. */
const description = v({ default: '' });

/** A forwarding rule names its address by URL; GCP answers the literal IP. */
const ipAddress: Norm = (value, ctx) => {
  if (typeof value !== 'string') return value;
  if (value.includes('/addresses/')) {
    const name = value.split('/').pop()!;
    return ctx.addressIps.get(name) ?? `(address ${name})`;
  }
  return canonicalIp(value);
};

const securityPolicyRule = obj({
  priority: v(),
  description: v({ default: '' }),
  action: v(),
  preview: v({ default: false }),
  match: obj({
    versionedExpr: v(),
    config: obj({ srcIpRanges: set(v()) }),
    expr: obj({ expression: v() }),
  }),
  rateLimitOptions: obj({
    conformAction: v(),
    exceedAction: v(),
    enforceOnKey: v(),
    rateLimitThreshold: obj({ count: v(), intervalSec: v() }),
  }),
});

/** The fields lb-plan manages, per kind. Everything else in a GCP answer is GCP's. */
export const MANAGED: Readonly<Record<ResourceKind, ObjectModel>> = {
  globalAddress: {
    // The description cannot change after creation; ownership is checked on its own.
    address: v({ whenSet: true, norm: str(canonicalIp) }),
    addressType: v({ default: 'EXTERNAL' }),
    ipVersion: v({ default: 'IPV4' }),
    networkTier: v({ default: 'PREMIUM' }),
    prefixLength: v({ whenSet: true }),
    labels,
  },
  sslCertificate: {
    // Immutable, and named by a hash of its content: a changed certificate is a new one, so the PEM
    // is never compared (GCP may re-encode it). A MANAGED certificate is its type and domains;
    // `certificate` (the issued PEM), `expireTime` and `subjectAlternativeNames` are GCP's outputs
    // for it (gcp-behaviour.md §2.6).
    type: v({ default: 'SELF_MANAGED' }),
    managed: obj({ domains: set(v({ norm: (x) => (typeof x === 'string' ? normalizeDomains([x])[0] : x) })) }),
  },
  securityPolicy: {
    description,
    type: v({ default: 'CLOUD_ARMOR' }),
    labels,
      rules: set(securityPolicyRule, by('priority')),
  },
  regionNetworkEndpointGroup: {
    networkEndpointType: v(),
    cloudRun: obj({ service: v(), tag: v(), urlMask: v() }),
    cloudFunction: obj({ function: v(), urlMask: v() }),
    appEngine: obj({ service: v(), version: v(), urlMask: v() }),
    serverlessDeployment: obj({ platform: v(), resource: v(), version: v(), urlMask: v() }),
  },
  backendService: {
    description,
    loadBalancingScheme: v({ default: 'EXTERNAL' }),
    protocol: v({ default: 'HTTP' }),
    enableCDN: v({ default: false }),
    // GCP adds balancingMode and capacityScaler to every element (§2.6): only the group is ours.
    backends: set(obj({ group: ref() }), by('group')),
    // GCP fills many cdnPolicy defaults (cacheKeyPolicy, signedUrl…): compare what the manifest sets.
    cdnPolicy: obj(
      Object.fromEntries(['cacheMode', 'defaultTtl', 'clientTtl', 'maxTtl', 'negativeCaching', 'serveWhileStale', 'requestCoalescing'].map((k) => [k, v({ whenSet: true })])),
      { whenSet: true },
    ),
    iap: obj({ enabled: v({ default: false }), oauth2ClientId: v(), oauth2ClientSecretSha256: v() }, { default: { enabled: false } }),
    logConfig: obj({ enable: v({ default: false }), sampleRate: v() }, { default: { enable: false } }),
    // Output-only on the resource (set through setSecurityPolicy), but part of what lb-plan manages.
    securityPolicy: ref(),
  },
  urlMap: {
    description,
    defaultService: ref(),
    defaultUrlRedirect: obj({
      hostRedirect: v(),
      pathRedirect: v(),
      prefixRedirect: v(),
      httpsRedirect: v({ default: false }),
      redirectResponseCode: v({ default: 'MOVED_PERMANENTLY_DEFAULT' }),
      stripQuery: v({ default: false }),
    }),
    // Several host rules may lead to one path matcher: a rule is its hosts.
    hostRules: set(obj({ hosts: set(v({ norm: str((h) => h.toLowerCase()) })), pathMatcher: v() }), (x) => {
      const hosts = (x as Rec).hosts ?? [];
      // A list (or a text) of hosts as ever; anything else an answer may hold there, by its JSON.
      return typeof hosts === 'string' || Array.isArray(hosts) ? [...(hosts as Iterable<unknown>)].map((h) => (typeof h === 'object' && h !== null ? textOf(h) : h)).sort().join(',') : stable(hosts);
    }),
    pathMatchers: set(obj({ name: v(), defaultService: ref(), pathRules: set(obj({ paths: set(v()), service: ref() }), by('paths')) }), by('name')),
    // The URL map's own tests (GCP runs them on every update): a test is its host and path.
    tests: { type: 'list', order: 'set', item: obj({ host: v({ norm: str((h) => h.toLowerCase()) }), path: v(), service: ref() }), key: (x) => `${textOf((x as Rec).host)}${textOf((x as Rec).path)}`, default: [] },
  },
  targetHttpProxy: {
    description,
    urlMap: ref(),
  },
  targetHttpsProxy: {
    description,
    urlMap: ref(),
    sslCertificates: { type: 'list', order: 'ordered', item: ref() },
    quicOverride: v({ default: 'NONE' }),
    sslPolicy: ref(),
  },
  globalForwardingRule: {
    // Neither a rule's description nor its IP can change in place; ownership is in labels.
    IPAddress: v({ whenSet: true, norm: ipAddress }),
    IPProtocol: v({ default: 'TCP' }),
    portRange: v({ norm: str((p) => (/^\d+$/.test(p) ? `${p}-${p}` : p)) }),
    target: ref(),
    loadBalancingScheme: v({ default: 'EXTERNAL' }),
    networkTier: v({ default: 'PREMIUM' }),
    // GCP may leave ipVersion out of an IPv4 rule's answer: absent reads as IPV4, never a replacement.
    ipVersion: v({ whenSet: true, default: 'IPV4' }),
    labels,
  },
};

/** The security-policy rule model, for comparing one rule (the rule methods act per priority). */
export const SECURITY_POLICY_RULE = securityPolicyRule;

type Rec = Record<string, unknown>;
/** Which body is projected: the manifest's (`desired`) or GCP's answer (`live`). */
export type Side = 'desired' | 'live';

/** Canonical JSON with sorted keys: the sort key of set elements. */
function stable(x: unknown): string {
  if (Array.isArray(x)) return `[${x.map(stable).join(',')}]`;
  if (isRec(x)) return `{${Object.keys(x).sort().map((k) => `${JSON.stringify(k)}:${stable(x[k])}`).join(',')}}`;
  return JSON.stringify(x) ?? 'null';
}

/** Set order: by key, numbers by value (priority 900 before 1000), the same on every machine. */
// Made on first use: creating it costs ~6 ms, which every command paid at start-up.
let collator: Intl.Collator | undefined;
const collate = (a: string, b: string): number => (collator ??= new Intl.Collator('en', { numeric: true })).compare(a, b);

/**
 * A set element's identity: its `key` for an object (the model's keys read fields of one), otherwise the value
 * itself, or its JSON. An answer may hold anything where an object belongs (null, a number, a list): it is an
 * element named by its JSON, never a crash.
 */
function keyOf(model: Extract<FieldModel, { type: 'list' }>): (x: unknown) => string {
  const key = model.key;
  return key ? (x) => (isRec(x) ? key(x) : stable(x)) : (x) => (typeof x === 'string' ? x : stable(x));
}

/** Whether a model holds a set anywhere (diffShape leaves a value without one as it is, uncopied). */
const HOLDS_SET = new WeakMap<FieldModel, boolean>();
function holdsSet(model: FieldModel): boolean {
  let holds = HOLDS_SET.get(model);
  if (holds === undefined) {
    holds = model.type === 'object' ? Object.values(model.fields).some(holdsSet) : model.type === 'list' && (model.order === 'set' || holdsSet(model.item));
    HOLDS_SET.set(model, holds);
  }
  return holds;
}

/**
 * A canonical body shaped for a field diff: every set becomes an object keyed `[identity]`, so a
 * diff names the element that changed, not the positions that shifted. Two elements with one
 * identity are `[k]` and `[k #2]`. A plan of 10,000 creates shapes every body: top-level
 * functions, no copies of what holds no set.
 */
export function diffShape(fields: ObjectModel, body: Readonly<Rec>): Rec {
  const out: Rec = {};
  for (const k of Object.keys(body)) {
    const model = fields[k];
    out[k] = model ? shapeValue(model, body[k]) : body[k];
  }
  return out;
}

function shapeValue(model: FieldModel, x: unknown): unknown {
  if (!holdsSet(model)) return x;
  if (model.type === 'object') return isRec(x) ? diffShape(model.fields, x) : x;
  if (model.type !== 'list' || !Array.isArray(x)) return x;
  if (model.order === 'ordered') return x.map((i) => shapeValue(model.item, i));
  const key = keyOf(model);
  // Keyed by identities no other object shares: an object without a prototype is a dictionary from the
  // start, where a plain one made V8 derive a hidden class per new key (~10 ms and thousands of classes
  // for the sets of 10,000 resources). JSON, deep-diff and the renderers read it as any object.
  const out: Rec = Object.create(null) as Rec;
  let repeats: Map<string, number> | undefined;
  for (const i of x) {
    const k = key(i);
    let name = `[${k}]`;
    if (Object.hasOwn(out, name)) {
      // The next number whose name is free: an element's own identity may read "k #2".
      let count = (repeats ??= new Map()).get(k) ?? 1;
      do {
        count++;
        name = `[${k} #${count}]`;
      } while (Object.hasOwn(out, name));
      repeats.set(k, count);
    }
    out[name] = shapeValue(model.item, i);
  }
  return out;
}

/**
 * The managed part of `value`, in canonical form (keys sorted, sets sorted, defaults filled).
 * `want` is the desired side's projection when `value` is live (undefined: no desired resource).
 */
export function project(model: FieldModel, value: unknown, ctx: ManagedContext, want?: unknown, side: Side = 'live'): unknown {
  const x = value === undefined || value === null ? model.default : value;
  if (x === undefined) return undefined;
  switch (model.type) {
    case 'value':
      return model.norm ? model.norm(x, ctx) : x;
    case 'map':
      return isRec(x) ? Object.fromEntries(Object.entries(x).filter(([k]) => !model.ignore?.includes(k)).sort(([a], [b]) => (a < b ? -1 : 1))) : x;
    case 'list': {
      if (!Array.isArray(x)) return x;
      const items = x.map((i) => project(model.item, i, ctx, undefined, side));
      if (model.order === 'ordered') return items;
      // Sorted by identity, then content; never deduplicated: two elements with one key are a difference to show.
      if (items.length < 2) return items;
      const key = keyOf(model);
      // The content (stable) only breaks ties of identity: computed when two keys are equal.
      const byContent = (a: { i: unknown; s?: string }, b: { i: unknown; s?: string }): number => {
        a.s ??= stable(a.i);
        b.s ??= stable(b.i);
        return a.s < b.s ? -1 : a.s > b.s ? 1 : 0;
      };
      return items
        .map((i): { i: unknown; k: string; s?: string } => ({ i, k: key(i) }))
        .sort((a, b) => (a.k === b.k ? 0 : collate(a.k, b.k)) || byContent(a, b))
        .map((e) => e.i);
    }
    case 'object':
      return isRec(x) ? projectObject(model.fields, x, ctx, isRec(want) ? want : want === undefined ? undefined : {}, side) : x;
  }
}

/** Each model's field names, sorted once (not once per resource). */
const SORTED = new WeakMap<ObjectModel, readonly string[]>();
function sortedKeys(fields: ObjectModel): readonly string[] {
  let keys = SORTED.get(fields);
  if (!keys) SORTED.set(fields, (keys = Object.keys(fields).sort()));
  return keys;
}

/**
 * The managed fields of an object; with `want` (the desired projection), `whenSet` fields it lacks
 * are left out. On the desired side a `whenSet` field the manifest leaves out stays out (its default
 * is what GCP answers when it picked the value itself, not something the manifest asks for).
 */
export function projectObject(fields: ObjectModel, body: Readonly<Rec>, ctx: ManagedContext, want?: Readonly<Rec>, side: Side = 'live'): Rec {
  const out: Rec = {};
  const keys = sortedKeys(fields);
  // Indexed loops in the code a large plan runs per resource: without V8's optimizing compiler (src/cli/bin.ts),
  // `for…of` allocates a result object per element.
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    const model = fields[k]!;
    if (want && model.whenSet && want[k] === undefined) continue;
    if (side === 'desired' && model.whenSet && (body[k] === undefined || body[k] === null)) continue;
    const p = project(model, body[k], ctx, want?.[k], side);
    if (p !== undefined) out[k] = p;
  }
  return out;
}

/** Every managed leaf path of a kind (`backends[].group`), for checking that compiled bodies stay inside the model. */
export function managedPaths(fields: ObjectModel, prefix = ''): string[] {
  return Object.entries(fields).flatMap(([k, m]) => {
    const path = `${prefix}${k}`;
    if (m.type === 'object') return managedPaths(m.fields, `${path}.`);
    if (m.type === 'list' && m.item.type === 'object') return managedPaths(m.item.fields, `${path}[].`);
    if (m.type === 'list') return [`${path}[]`];
    return [path];
  });
}

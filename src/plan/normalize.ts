/**
 * Canonical forms for comparing what the manifest wants with what GCP answers. Both sides are
 * projected onto the fields lb-plan manages (./managed.ts) and brought to GCP's spelling, so a plan
 * right after an apply is empty whatever GCP adds, and a change to a managed field still shows.
 */
import type { DesiredResource } from '../compile/index.js';
import type { LiveResource, LiveState } from '../gcp/read.js';
import type { ResourceKind } from '../model/kinds.js';
import { withoutRecord } from './applied.js';
import { MANAGED, projectObject, shortRef, type ManagedContext, type ObjectModel } from './managed.js';
import { digestOf } from './digest.js';
import { isRec } from '../util/data.js';

export { sortKeys } from './digest.js';

export { canonicalIp, shortRef } from './managed.js';

export type Canonical = Record<string, unknown>;
export type NormalizeContext = ManagedContext;

/** The context for normalizing against one live state. */
export function normalizeContext(live: LiveState): NormalizeContext {
  const addressIps = new Map<string, string>();
  for (const r of live.resources.values()) if (r.kind === 'globalAddress' && typeof r.body.address === 'string') addressIps.set(r.name, r.body.address);
  return { addressIps };
}

/**
 * Where GCP treats two spellings as one state: disabled IAP or logging carries no settings, CDN
 * settings mean nothing while CDN is off, a MANAGED certificate is its domains (never its PEM).
 */
function equivalences(kind: ResourceKind, out: Canonical): Canonical {
  if (kind === 'backendService') {
    const iap = out.iap as Canonical;
    if (iap.enabled !== true) out.iap = { enabled: false };
    const log = out.logConfig as Canonical;
    if (log.enable !== true) out.logConfig = { enable: false };
    if (out.enableCDN !== true) delete out.cdnPolicy;
  }
  return out;
}

/** The desired side's body as GCP would store it: IAP's secret only as its SHA-256, setters applied. */
function desiredBody(d: DesiredResource): Readonly<Record<string, unknown>> {
  // Most resources (NEGs, certificates, proxies) have neither: their body as it is, not a copy (projectObject copies).
  if (d.kind !== 'backendService' && d.setters.length === 0) return d.body;
  const body: Record<string, unknown> = { ...d.body };
  if (d.kind === 'backendService' && body.iap && typeof body.iap === 'object') {
    const { oauth2ClientSecret: _secret, ...iap } = body.iap as Record<string, unknown>;
    const secret = d.secrets.find((s) => s.field.join('.') === 'iap.oauth2ClientSecret');
    body.iap = { ...iap, ...((iap.enabled as boolean | undefined) ? { oauth2ClientSecretSha256: secret?.sha256 ?? '(unresolved)' } : {}) };
  }
  for (const s of d.setters) {
    const v = s.body[s.field];
    if (v === null || v === undefined) delete body[s.field];
    else body[s.field] = shortRef(String(v));
  }
  return body;
}

/** The desired canonical form, including fields set through methods of their own (setters). */
export function desiredCanonical(d: DesiredResource, ctx: NormalizeContext): Canonical {
  return equivalences(d.kind, projectObject(MANAGED[d.kind], desiredBody(d), ctx, undefined, 'desired'));
}

/**
 * The live canonical form. With `d` (what the manifest wants, or its desired canonical form when
 * the caller has it already), fields GCP picks when unset (an allocated IP) are compared only where
 * the manifest sets them; without, it is shown whole.
 */
export function liveCanonical(kind: ResourceKind, body: Readonly<Record<string, unknown>>, ctx: NormalizeContext, d?: DesiredResource | { readonly canonical: Canonical }): Canonical {
  const want = d === undefined ? undefined : 'canonical' in d ? d.canonical : desiredCanonical(d, ctx);
  // lb-plan's applied record in a description is never compared (./applied.ts).
  return equivalences(kind, projectObject(MANAGED[kind], withoutRecord(kind, body), ctx, want));
}

/**
 * A live body's canonical form both whole (what liveDigest records) and as compared with `want` (what
 * liveCanonical gives with it): one projection, not two, when they are the same, which they are unless
 * the manifest leaves out a `whenSet` field the body (or its default) has. A plan of 10,000 live
 * resources needs both of each.
 */
export function liveForms(kind: ResourceKind, body: Readonly<Record<string, unknown>>, ctx: NormalizeContext, want: Canonical): { readonly whole: Canonical; readonly compared: Canonical } {
  const whole = liveCanonical(kind, body, ctx);
  return { whole, compared: dropsWhenSet(MANAGED[kind], body, want) ? liveCanonical(kind, body, ctx, { canonical: want }) : whole };
}

/**
 * Whether projectObject with `want` leaves out a field it projects without: a `whenSet` field `want`
 * lacks while the body, or the default, gives it a value; looked for where projectObject passes `want`
 * on (nested objects).
 */
function dropsWhenSet(fields: ObjectModel, body: Readonly<Record<string, unknown>>, want: Readonly<Record<string, unknown>>): boolean {
  const keys = Object.keys(fields);
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    const model = fields[k]!;
    const v = body[k];
    const x = v === undefined || v === null ? model.default : v;
    if (x === undefined) continue;
    if (model.whenSet && want[k] === undefined) return true;
    if (model.type !== 'object' || !isRec(x)) continue;
    const w = want[k];
    if (w !== undefined && dropsWhenSet(model.fields, x, isRec(w) ? w : {})) return true;
  }
  return false;
}

/**
 * What a plan records of a live resource it observed, and a saved plan's apply compares: the
 * managed fields plus ownership (description and labels), so a change to either makes it stale.
 * `whole` is its canonical form when the caller has it (liveForms).
 */
export function liveDigest(l: LiveResource, ctx: NormalizeContext, whole: Canonical = liveCanonical(l.kind, l.body, ctx)): string {
  // Keys in sorted order, as the digest writes them: its text is then mostly written natively (canonicalJson).
  return digestOf({ description: l.body.description ?? '', labels: l.body.labels ?? {}, managed: whole });
}

/**
 * Whether a live body is what the plan wanted (`after`, the desired canonical form): the managed
 * fields compared, except an IP the plan could only name by its address (allocated during apply).
 */
export function sameAsPlanned(kind: ResourceKind, body: Readonly<Record<string, unknown>>, after: Readonly<Record<string, unknown>>): boolean {
  const want: Canonical = { ...after };
  if (typeof want.IPAddress === 'string' && want.IPAddress.startsWith('(address ')) delete want.IPAddress;
  const live = equivalences(kind, projectObject(MANAGED[kind], withoutRecord(kind, body), { addressIps: new Map() }, want));
  if (want.IPAddress === undefined) delete live.IPAddress;
  return digestOf(live) === digestOf(want);
}

/**
 * The applied record: what lb-plan last applied to a resource, written on the resource itself so any
 * checkout can tell drift ("changed outside lb-plan since the last apply") from an edit in the
 * manifest ("differs from the manifest").
 *
 * Design:
 * - What: for each field lb-plan manages (./managed.ts, top level, sorted), the first 6 hex digits of
 *   the SHA-256 of the manifest's canonical value when lb-plan wrote it: `r1-` + 6 hex per field
 *   (at most 9 fields: 57 characters). A field whose live value differs from the manifest is drift
 *   when the manifest still wants what the record says lb-plan applied (the manifest did not move, so
 *   GCP did); otherwise it is an edit. Only hashes of canonical values: a secret appears as the hash
 *   of its SHA-256 (never its value), and nothing else can be read back from it. A 24-bit hash per
 *   field can collide (1 in 16.7 million): the only consequence is an edit worded as drift.
 * - Where, per kind, in the write that applies the change (so the record never runs ahead of GCP):
 *   - backend services and URL maps: the description, in the same PUT (always a PUT when the record
 *     is stale, e.g. after a setSecurityPolicy alone);
 *   - target proxies: the description, by a patch after the set* calls of the same apply
 *     (setUrlMap, setSslCertificates… carry no description); that patch takes the fingerprint GCP
 *     answers right before it (the set* calls changed it), read by apply's re-check;
 *   - forwarding rules, addresses and Cloud Armor policies: a label (`lb-plan-applied`), in the
 *     insert and in the setLabels call that follows any change (their descriptions cannot change, or
 *     change only by a patch of their own). Label values allow 63 lower-case letters, digits and
 *     dashes: the record fits (57 at most).
 *   In a description the record sits right before the ownership marker:
 *   `HTTPS frontend [lb-plan applied r1-…] [managed by lb-plan: shop]`. A description that would
 *   pass GCP's 2,048 characters with it gets no record (its changes then read as edits).
 * - Never a change: the live side's record is taken off before comparing (description) or the label
 *   is one the model ignores (labels), so a stale or missing record never shows in a plan; a record is
 *   only rewritten with a change. A resource changed by hand to what a later manifest asks for keeps
 *   the older record until its next change; a drift back is then worded as an edit, never the reverse.
 * - NEGs and certificates need none: they are immutable and named by a hash of their content.
 */
import type { ResourceKind } from '../model/kinds.js';
import { RECORD_LABEL } from '../model/names.js';
import { canonicalJson, sha256Hex } from '../model/hash.js';
import { MANAGED } from './managed.js';
import type { FieldChange } from './types.js';

const VERSION = 'r1';
const HASH_CHARS = 6;
/** GCP's limit on a description (Compute v1: "Provide this property when you create the resource", 2048 characters). */
export const MAX_DESCRIPTION = 2048;

const IN_DESCRIPTION: ReadonlySet<ResourceKind> = new Set(['backendService', 'urlMap', 'targetHttpProxy', 'targetHttpsProxy']);
const IN_LABELS: ReadonlySet<ResourceKind> = new Set(['globalForwardingRule', 'globalAddress', 'securityPolicy']);

/** ` [lb-plan applied r1-…]` right before the ownership marker at the end of a description. */
const IN_TEXT = / ?\[lb-plan applied (r\d+-[0-9a-f]+)\] (?=\[managed by lb-plan: [^\]]*\]$)/;
const MARKER_AT_END = /\[managed by lb-plan: [^\]]*\]$/;

type Rec = Record<string, unknown>;

/** Whether `kind` carries a record. */
export function recordKind(kind: ResourceKind): boolean {
  return IN_DESCRIPTION.has(kind) || IN_LABELS.has(kind);
}

const FIELDS = new Map<ResourceKind, readonly string[]>();

/** The managed top-level fields of `kind`, sorted (once per kind). */
function fields(kind: ResourceKind): readonly string[] {
  let out = FIELDS.get(kind);
  if (!out) FIELDS.set(kind, (out = Object.keys(MANAGED[kind]).sort()));
  return out;
}

/** Hashes by canonical text: most fields repeat across resources (a protocol, a timeout, a policy). */
const HASHES = new Map<string, string>();
/** Scalars (most fields: a scheme, a flag, a description) by value: their JSON is not written again each time. */
const SCALAR_HASHES = new Map<unknown, string>();

function fieldHash(value: unknown): string {
  const scalar = value === undefined || value === null || typeof value !== 'object';
  let hash = scalar ? SCALAR_HASHES.get(value ?? null) : undefined;
  if (hash !== undefined) return hash;
  const text = canonicalJson(value ?? null);
  hash = HASHES.get(text);
  if (hash === undefined) {
    hash = sha256Hex(text).slice(0, HASH_CHARS);
    if (HASHES.size >= 50_000) HASHES.clear();
    HASHES.set(text, hash);
  }
  if (scalar) {
    if (SCALAR_HASHES.size >= 50_000) SCALAR_HASHES.clear();
    SCALAR_HASHES.set(value ?? null, hash);
  }
  return hash;
}

/** The record of a desired canonical form (what this plan writes). */
export function recordOf(kind: ResourceKind, canonical: Readonly<Rec>): string {
  const names = fields(kind);
  let out = `${VERSION}-`;
  for (let i = 0; i < names.length; i++) out += fieldHash(canonical[names[i]!]);
  return out;
}

/** The record a live body carries, if any. */
export function liveRecord(kind: ResourceKind, body: Readonly<Rec>): string | undefined {
  if (IN_LABELS.has(kind)) {
    const v = (body.labels as Rec | undefined)?.[RECORD_LABEL];
    return typeof v === 'string' ? v : undefined;
  }
  if (IN_DESCRIPTION.has(kind) && typeof body.description === 'string') return IN_TEXT.exec(body.description)?.[1];
  return undefined;
}

/** A live body as it reads without its record (what the comparison sees). */
export function withoutRecord(kind: ResourceKind, body: Readonly<Rec>): Readonly<Rec> {
  if (!IN_DESCRIPTION.has(kind) || typeof body.description !== 'string' || !IN_TEXT.test(body.description)) return body;
  return { ...body, description: body.description.replace(IN_TEXT, (m) => (m.startsWith(' ') ? ' ' : '')) };
}

/** The description with `record` before its ownership marker; unchanged when it would pass GCP's limit. */
export function describedWith(description: unknown, record: string): unknown {
  if (typeof description !== 'string' || !MARKER_AT_END.test(description)) return description;
  const at = description.search(MARKER_AT_END);
  const out = `${description.slice(0, at)}[lb-plan applied ${record}] ${description.slice(at)}`;
  return out.length > MAX_DESCRIPTION ? description : out;
}

/** A request body (insert or PUT) of `kind` carrying `record`. */
export function bodyWithRecord(kind: ResourceKind, body: Readonly<Rec>, record: string): Rec {
  if (IN_DESCRIPTION.has(kind)) return { ...body, description: describedWith(body.description, record) };
  if (IN_LABELS.has(kind)) return { ...body, labels: { ...((body.labels as Rec | undefined) ?? {}), [RECORD_LABEL]: record } };
  return { ...body };
}

/**
 * The changed fields that drifted: their top-level field's live value differs from the manifest
 * while the manifest still wants what lb-plan last applied. Empty without a readable record.
 */
export function driftedPaths(kind: ResourceKind, liveBody: Readonly<Rec>, desired: Readonly<Rec>, changes: readonly FieldChange[]): string[] {
  const record = liveRecord(kind, liveBody);
  const names = fields(kind);
  const m = record === undefined ? undefined : new RegExp(`^${VERSION}-([0-9a-f]{${HASH_CHARS * names.length}})$`).exec(record);
  if (!m) return [];
  const applied = new Map(names.map((f, i) => [f, m[1]!.slice(i * HASH_CHARS, (i + 1) * HASH_CHARS)]));
  return changes.map((c) => c.path).filter((p) => {
    const top = p.split(/[.[]/)[0]!;
    return applied.get(top) === fieldHash(desired[top]);
  });
}

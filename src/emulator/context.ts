import { createHash } from 'node:crypto';
import { errors } from './errors.js';
import { relPath, selfLinkOf, type Ref } from './refs.js';
import type { Json, Store } from './store.js';
import type { EmulatorConfig } from './config.js';

/** What a kind's rules may look at and use while handling one request. */
export interface Ctx {
  readonly store: Store;
  readonly project: string;
  readonly api: 'v1' | 'beta';
  readonly config: EmulatorConfig;
  readonly now: () => number;
}

export const NAME_RE = /^[a-z](?:[-a-z0-9]{0,61}[a-z0-9])?$/;

export function checkName(name: unknown): string {
  if (typeof name !== 'string' || name === '') throw errors.required('resource.name');
  if (!NAME_RE.test(name)) throw errors.invalidField('resource.name', name, "Must be a match of regex '(?:[a-z](?:[-a-z0-9]{0,61}[a-z0-9])?)'");
  return name;
}

/** A referenced resource that must exist; GCP answers 404 with its path. */
export function mustExist(ctx: Ctx, ref: Ref): Json {
  const body = ctx.store.get(ref);
  if (!body) throw errors.notFound(relPath(ref));
  return body;
}

/** Fields every stored resource has. */
export function baseFields(ctx: Ctx, ref: Ref, kindName: string): Json {
  return {
    kind: kindName,
    id: ctx.store.nextId(),
    creationTimestamp: new Date(ctx.now()).toISOString(),
    name: ref.name,
    selfLink: selfLinkOf(ref),
  };
}

/** An 8-byte base64 fingerprint of the resource's settable content: it changes when the content does. */
export function fingerprintOf(body: Json, omit: readonly string[] = []): string {
  const skip = new Set(['fingerprint', 'labelFingerprint', 'id', 'creationTimestamp', 'selfLink', 'kind', ...omit]);
  const content = Object.fromEntries(Object.entries(body).filter(([k]) => !skip.has(k)).sort(([a], [b]) => a.localeCompare(b)));
  return createHash('sha256').update(JSON.stringify(content)).digest().subarray(0, 8).toString('base64');
}

/** GCP's fingerprint of an empty label set. */
export const EMPTY_LABEL_FINGERPRINT = '42WmSpB8rSM=';

export function labelFingerprintOf(labels: unknown): string {
  if (!labels || typeof labels !== 'object' || Object.keys(labels).length === 0) return EMPTY_LABEL_FINGERPRINT;
  const sorted = Object.entries(labels as Record<string, string>).sort(([a], [b]) => a.localeCompare(b));
  return createHash('sha256').update(JSON.stringify(sorted)).digest().subarray(0, 8).toString('base64');
}

const LABEL_KEY = /^[a-z][a-z0-9_-]{0,62}$/;
const LABEL_VALUE = /^[a-z0-9_-]{0,63}$/;

export function checkLabels(labels: unknown, field = 'resource.labels'): void {
  if (labels === undefined) return;
  const entries = Object.entries(labels as Record<string, unknown>);
  if (entries.length > 64) throw errors.invalidField(field, entries.length, 'At most 64 labels are allowed.');
  for (const [k, v] of entries) {
    if (!LABEL_KEY.test(k)) throw errors.invalidField(`${field}.${k}`, k, 'Label keys must start with a lowercase letter and contain only lowercase letters, digits, underscores and dashes (at most 63 characters).');
    if (typeof v !== 'string' || !LABEL_VALUE.test(v)) throw errors.invalidField(`${field}.${k}`, v, 'Label values may contain only lowercase letters, digits, underscores and dashes (at most 63 characters).');
  }
}

/** GCP's PATCH: fields present replace, nested objects merge, arrays replace, null clears. */
export function mergePatch(target: Json, patch: Json): Json {
  const out: Json = { ...target };
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k];
    else if (typeof v === 'object' && !Array.isArray(v) && typeof out[k] === 'object' && out[k] !== null && !Array.isArray(out[k])) out[k] = mergePatch(out[k] as Json, v as Json);
    else out[k] = v;
  }
  return out;
}

import { canonicalJson, sha256Hex } from '../model/hash.js';

/** sha256 of a value's canonical JSON (keys sorted). */
export function digestOf(value: unknown): string {
  return sha256Hex(canonicalJson(value));
}

/** A value with object keys sorted, at every depth: one JSON text per value. */
export function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, x]) => [k, sortKeys(x)]));
  return v;
}

import { createHash } from 'node:crypto';

/** sha256 of a string, hex. Used for secrets (compared by hash, never by value) and for names. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** A JSON text of `value` with object keys sorted, so equal data always hashes equally. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      return Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    }
    return v;
  });
}

/** Length of the content hash lb-plan appends to names of immutable resources. */
export const NAME_HASH_LENGTH = 8;

/** A short, stable content hash for the name of an immutable resource. */
export function contentHash(value: unknown): string {
  return sha256Hex(canonicalJson(value)).slice(0, NAME_HASH_LENGTH);
}

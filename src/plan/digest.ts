import { createHash } from 'node:crypto';
import { sortKeys } from './normalize.js';

/** sha256 of a value's canonical JSON (keys sorted). */
export function digestOf(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(sortKeys(value))).digest('hex');
}

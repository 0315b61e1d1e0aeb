import type { SecretRefSpec } from '../manifest/schema.js';

/** The printable key of a secret reference: `env:NAME` or `file:PATH`. Never the value. */
export function secretKey(ref: SecretRefSpec): string {
  return ref.env !== undefined ? `env:${ref.env}` : `file:${ref.file ?? ''}`;
}

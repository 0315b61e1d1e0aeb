import type { Ctx } from '../context.js';
import type { Ref } from '../refs.js';
import type { Json } from '../store.js';

/** How one Compute collection behaves in the emulator. */
export interface KindSpec {
  readonly collection: string;
  /** Discovery schema of one resource. */
  readonly schema: string;
  readonly kindName: string;
  readonly regional: boolean;
  /** The snake_case word in "The X resource '…' is already being used by '…'". */
  readonly word: string;
  /** Whether PATCH/PUT need an up-to-date `fingerprint` (412 otherwise); `optional` checks it when given. */
  readonly fingerprint: 'required' | 'optional' | 'none';
  readonly labels: boolean;
  /** The resources a stored body references (for integrity and in-use checks). */
  references(ref: Ref, body: Json): Ref[];
  /** Validates an insert request (schema already checked) and returns the stored resource. */
  create(ctx: Ctx, ref: Ref, body: Json): Json;
  /** Validates a change (PATCH/PUT/set*) of `prev` into `next` and returns what to store. */
  change?(ctx: Ctx, ref: Ref, prev: Json, next: Json): Json;
  /** The resource as a GET shows it now (status fields that depend on time or other resources). */
  view?(ctx: Ctx, ref: Ref, stored: Json): Json;
  /** `operationType` of an operation for a method (GCP differs per collection). */
  operationType?(method: string): string;
}

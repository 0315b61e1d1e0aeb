/**
 * A live body is an API answer, and answers are hostile input: any managed field may hold any JSON value
 * (null, a number, a string, a list where an object belongs, an object where a list belongs). Canonical forms,
 * the field diff and the digest must still be made, never throw: a throw here ends a plan with an internal
 * error instead of showing what differs.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ResourceKind } from '../../src/model/kinds.js';
import { fieldChanges } from '../../src/plan/diff.js';
import { diffShape, MANAGED } from '../../src/plan/managed.js';
import { liveCanonical, liveDigest, liveForms } from '../../src/plan/normalize.js';

const ctx = { addressIps: new Map<string, string>() };
const KINDS = Object.keys(MANAGED) as ResourceKind[];
const json = fc.jsonValue({ maxDepth: 3 });

/** A body of `kind` whose managed fields (and the members of their objects and lists) hold any JSON value. */
const body = (kind: ResourceKind) =>
  fc.record(Object.fromEntries(Object.keys(MANAGED[kind]).map((k) => [k, fc.oneof(json, fc.array(fc.oneof(json, fc.dictionary(fc.constantFrom('group', 'hosts', 'host', 'path', 'paths', 'name', 'priority', 'pathRules', 'service'), json))))])), { requiredKeys: [] });

describe('live bodies holding any JSON where lb-plan expects its fields', () => {
  it('are projected, shaped, compared and digested without throwing', () => {
    fc.assert(
      fc.property(fc.constantFrom(...KINDS).chain((kind) => fc.tuple(fc.constant(kind), body(kind), body(kind))), ([kind, a, b]) => {
        const live = liveCanonical(kind, a, ctx);
        const want = liveCanonical(kind, b, ctx);
        expect(() => diffShape(MANAGED[kind], live)).not.toThrow();
        expect(() => fieldChanges(kind, live, want)).not.toThrow();
        expect(() => liveForms(kind, a, ctx, want)).not.toThrow();
        expect(liveDigest({ kind, address: `${kind}/x`, name: 'x', scope: { type: 'global' }, body: a } as never, ctx)).toMatch(/^[0-9a-f]{64}$/);
      }),
      { numRuns: 3000 },
    );
  });

  it('the elements a set is keyed by may be anything: null, numbers, lists (written out)', () => {
    for (const backends of [[null], [1, 'x'], [[{ group: 'g' }]], [{ group: null }, { group: ['a', 'b'] }]]) expect(() => liveCanonical('backendService', { backends }, ctx)).not.toThrow();
    for (const hostRules of [[null], [{ hosts: 5 }], [{ hosts: 'ab' }, { hosts: { a: 1 } }]]) expect(() => liveCanonical('urlMap', { hostRules }, ctx)).not.toThrow();
    expect(() => liveCanonical('urlMap', { tests: [null, 3] }, ctx)).not.toThrow();
  });
});

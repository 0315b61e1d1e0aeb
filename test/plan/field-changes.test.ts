/**
 * A create or a delete lists every field of the resource without comparing it with nothing: the list
 * must be exactly what deep-diff gives against an empty body, for every resource of every example.
 */
import { readdirSync } from 'node:fs';
import deepDiff from 'deep-diff';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadManifest } from '../../src/manifest/load.js';
import { fieldChanges } from '../../src/plan/diff.js';
import { diffShape, MANAGED } from '../../src/plan/managed.js';
import { desiredCanonical, normalizeContext } from '../../src/plan/normalize.js';

/** deep-diff of {} against the shaped body, worded as fieldChanges words it: the oracle. */
function viaDeepDiff(shape: Record<string, unknown>, side: 'added' | 'removed'): unknown[] {
  const [l, r] = side === 'added' ? [{}, shape] : [shape, {}];
  return (deepDiff.diff(l, r) ?? [])
    .map((d) => (d.kind === 'N' ? { path: String(d.path![0]), kind: 'added', after: d.rhs } : { path: String(d.path![0]), kind: 'removed', before: (d as { lhs: unknown }).lhs }))
    .sort((a, b) => a.path.localeCompare(b.path));
}

describe('the fields of a create or a delete', () => {
  const resources = readdirSync('examples')
    .filter((f) => f.endsWith('.yaml'))
    .flatMap((f) => loadManifest(`examples/${f}`).compiled?.resources ?? []);
  const ctx = normalizeContext({ project: 'p', resources: new Map(), requests: 0 });

  it('are what deep-diff says against an empty body', () => {
    expect(resources.length).toBeGreaterThan(50);
    for (const d of resources) {
      const after = desiredCanonical(d, ctx);
      const shape = diffShape(MANAGED[d.kind], after);
      expect(fieldChanges(d.kind, undefined, after)).toEqual(viaDeepDiff(shape, 'added'));
      expect(fieldChanges(d.kind, after, undefined)).toEqual(viaDeepDiff(shape, 'removed'));
      expect(fieldChanges(d.kind, undefined, after).length).toBeGreaterThan(0);
    }
  });

  it('are what deep-diff says against an empty body for bodies of any field names, sets and key orders', () => {
    // Field names of every kind of spelling, "undefined" included (a name, not a missing one); values without
    // undefined members (deep-diff lists those, a canonical form never holds one); no empty name (deep-diff does
    // not report one added).
    const name = fc.constantFrom('undefined', 'null', 'a', 'A', 'b', 'B', 'é', 'e', '9', '10', 'description', 'protocol', 'z-1', 'z_1');
    const body = fc.dictionary(name, fc.jsonValue({ maxDepth: 2 }), { maxKeys: 8 });
    expect(fieldChanges('urlMap', undefined, { undefined: 1, a: 2 })).toEqual([
      { path: 'a', kind: 'added', after: 2 },
      { path: 'undefined', kind: 'added', after: 1 },
    ]);
    fc.assert(
      fc.property(fc.constantFrom('backendService', 'urlMap', 'securityPolicy', 'targetHttpsProxy'), body, (kind, after) => {
        const shape = diffShape(MANAGED[kind], after);
        expect(fieldChanges(kind, undefined, after)).toEqual(viaDeepDiff(shape, 'added'));
        expect(fieldChanges(kind, after, undefined)).toEqual(viaDeepDiff(shape, 'removed'));
      }),
      { numRuns: 500 },
    );
  });
});

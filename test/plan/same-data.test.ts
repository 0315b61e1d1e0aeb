/**
 * sameData (src/plan/diff.ts) lets fieldChanges skip deep-diff when a live resource is as the manifest wants
 * it, in place of node:util's isDeepStrictEqual. It may call two values different that are equal (deep-diff
 * then decides), never the reverse: where it says "same", isDeepStrictEqual agrees, and deep-diff finds no
 * difference between two distinct values (it calls an invalid date unequal even to itself, which no
 * equality check that starts with === can follow). On JSON data (what canonical forms are) it answers
 * exactly as isDeepStrictEqual does.
 */
import { isDeepStrictEqual } from 'node:util';
import deepDiff from 'deep-diff';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sameData } from '../../src/plan/diff.js';

const json = fc.jsonValue({ maxDepth: 4 });
/** Values with what JSON has not: undefined members, NaN, -0, holes, other prototypes, dates. */
const odd = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, fc.constantFrom(undefined, null, NaN, -0, 0, '', 'a', 1, true), fc.date(), tie('array'), tie('object'), tie('bare')),
  array: fc.array(tie('value'), { maxLength: 3 }),
  object: fc.dictionary(fc.constantFrom('a', 'b', 'c'), tie('value'), { maxKeys: 3 }),
  bare: fc.dictionary(fc.constantFrom('a', 'b'), tie('value'), { maxKeys: 2 }).map((o) => Object.assign(Object.create(null) as object, o)),
})).value;

describe('sameData: equal as data, never looser than deep-diff', () => {
  it('on JSON data it answers as isDeepStrictEqual, for equal copies and for different values', () => {
    fc.assert(
      fc.property(json, json, (a, b) => {
        expect(sameData(a, structuredClone(a))).toBe(true);
        expect(sameData(a, b)).toBe(isDeepStrictEqual(a, b));
      }),
      { numRuns: 1000 },
    );
  });

  it('where it says the same on anything, isDeepStrictEqual agrees and deep-diff finds nothing', () => {
    fc.assert(
      fc.property(odd, odd, (a, b) => {
        for (const [x, y] of [[a, b], [a, a], [b, structuredClone(b)]] as const) {
          if (!sameData(x, y)) continue;
          expect(isDeepStrictEqual(x, y)).toBe(true);
          if (x !== y) expect(deepDiff.diff({ v: x }, { v: y }) ?? []).toEqual([]);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('zero is zero and minus zero is minus zero, but the two differ (as for isDeepStrictEqual), at any depth', () => {
    expect(sameData(0, 0)).toBe(true);
    expect(sameData(-0, -0)).toBe(true);
    expect(sameData(0, -0)).toBe(false);
    expect(sameData(-0, 0)).toBe(false);
    expect(sameData({ a: [0, -0] }, { a: [0, -0] })).toBe(true);
    expect(sameData({ a: [0] }, { a: [-0] })).toBe(false);
    expect([isDeepStrictEqual(0, 0), isDeepStrictEqual(-0, -0), isDeepStrictEqual(0, -0)]).toEqual([true, true, false]);
  });

  it('an undefined member is not a missing one; a hole is not undefined; another prototype is not the same', () => {
    expect(sameData({ a: 1, b: undefined }, { a: 1 })).toBe(false);
    expect(sameData({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    // eslint-disable-next-line no-sparse-arrays
    expect(sameData([1, , 3], [1, undefined, 3])).toBe(false);
    expect(sameData([1], { 0: 1 })).toBe(false);
    expect(sameData({ 0: 1 }, [1])).toBe(false);
    expect(sameData(Object.assign(Object.create(null) as object, { a: 1 }), { a: 1 })).toBe(false);
    expect(sameData(new Date(0), new Date(0))).toBe(false);
    expect(sameData({ a: [1, { b: 'x' }] }, { a: [1, { b: 'x' }] })).toBe(true);
    expect(sameData({ a: [1, { b: 'x' }] }, { a: [1, { b: 'y' }] })).toBe(false);
  });
});

/**
 * canonicalJson writes sorted-key JSON in one pass. Names of immutable resources (NEGs, certificates),
 * plan digests and applied records hash its text, so it must stay byte-for-byte the text of the
 * obvious construction: JSON.stringify of a copy whose keys were sorted (the oracle below, written
 * here, independent of src/).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { canonicalJson, contentHash } from '../../src/model/hash.js';

const oracle = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v));

// Keys that JavaScript orders first (array indices) mixed with ordinary and unusual ones.
const key = fc.oneof(fc.string(), fc.constantFrom('0', '1', '2', '9', '10', '01', '-1', '1.5', '4294967294', '4294967295', '__proto__', 'undefined', 'toJSON', 'a', 'B', 'é', '😀'), fc.nat().map(String));
const data = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, fc.string(), fc.double(), fc.integer(), fc.boolean(), fc.constant(null), fc.constant(undefined), tie('array'), tie('object')),
  array: fc.array(tie('value'), { maxLength: 5 }),
  object: fc.dictionary(key, tie('value'), { maxKeys: 6 }),
})).value;

describe('canonicalJson: the text of JSON.stringify over sorted keys', () => {
  it('equals the oracle for any JSON-like value, index-like keys and undefined members included', () => {
    fc.assert(
      fc.property(data, (v) => {
        expect(canonicalJson(v)).toBe(oracle(v));
      }),
      { numRuns: 2000 },
    );
  });

  it('writes data already in sorted order (its fast path, JSON.stringify) as the oracle does, also with unsorted or odd members deep down', () => {
    const sorted = (v: unknown): unknown => JSON.parse(oracle(v) ?? 'null');
    const chain = (depth: number, leaf: unknown): unknown => (depth === 0 ? leaf : { a: chain(depth - 1, leaf), b: [depth] });
    fc.assert(
      fc.property(data, fc.nat({ max: 7 }), (v, depth) => {
        const s = sorted(v);
        expect(canonicalJson(s)).toBe(oracle(s));
        // An unsorted, index-keyed or dated member below the levels the fast path checks.
        for (const leaf of [{ z: 1, a: v }, { 10: 1, 9: v }, { d: new Date(0), c: v }]) expect(canonicalJson(chain(depth, leaf))).toBe(oracle(chain(depth, leaf)));
      }),
      { numRuns: 500 },
    );
  });

  it('orders array-index keys first by value, as JavaScript does, then the others by code unit', () => {
    expect(canonicalJson({ b: 1, 10: 2, a: 3, 9: 4, A: 5 })).toBe('{"9":4,"10":2,"A":5,"a":3,"b":1}');
    // A key named "undefined" is a key like any other (written once, in its place).
    expect(canonicalJson({ z: 1, undefined: 2, a: { undefined: 3 } })).toBe('{"a":{"undefined":3},"undefined":2,"z":1}');
  });

  it('writes what an object\'s toJSON gives with its keys sorted, as the oracle does (JSON.stringify calls toJSON first)', () => {
    const own = { toJSON: () => ({ b: 1, a: [{ d: 2, c: 3 }] }) };
    class Timed {
      constructor(readonly z: number) {}
      toJSON(): unknown {
        return { z: this.z, y: 'y' };
      }
    }
    for (const v of [own, { x: own }, [own], new Timed(1), { k: new Timed(2) }]) expect(canonicalJson(v)).toBe(oracle(v));
    expect(canonicalJson(own)).toBe('{"a":[{"c":3,"d":2}],"b":1}');
    expect(canonicalJson(new Timed(1))).toBe('{"y":"y","z":1}');
  });

  it('writes what an array\'s own toJSON gives, keys sorted, as the oracle (and canonicalJson before its fast path) does', () => {
    const listed = Object.assign([1, 2], { toJSON: () => ({ b: 1, a: 2 }) });
    for (const v of [listed, { x: listed }, { y: 1, x: listed }, [listed]]) expect(canonicalJson(v)).toBe(oracle(v));
    expect(canonicalJson(listed)).toBe('{"a":2,"b":1}');
  });

  it('writes a boxed number, string or boolean as the object it is (its own keys), as the oracle does, never as the primitive', () => {
    const boxed = [new Number(5), new Boolean(true), new String('ab'), { a: new Number(1) }, [new Boolean(false)]];
    for (const v of boxed) expect(canonicalJson(v)).toBe(oracle(v));
    expect(boxed.map(canonicalJson)).toEqual(['{}', '{}', '{"0":"a","1":"b"}', '{"a":{}}', '[{}]']);
  });

  it('leaves a bigint out as it leaves undefined out (as it did before its fast path), never throwing as JSON.stringify does', () => {
    expect(() => JSON.stringify({ a: 1n })).toThrow(TypeError);
    expect(canonicalJson({ a: 1n, b: 2 })).toBe('{"b":2}');
    expect(canonicalJson([1n, 2])).toBe('[null,2]');
    expect(canonicalJson({ b: { c: 1n } })).toBe('{"b":{}}');
    expect(canonicalJson(1n)).toBeUndefined();
  });

  it('writes keys right past the cache of key texts (10,000): an object of 12,000 distinct keys, twice', () => {
    const wide = Object.fromEntries(Array.from({ length: 12_000 }, (_, i) => [`k${i}`, i]));
    expect(canonicalJson(wide)).toBe(oracle(wide));
    expect(canonicalJson({ z: wide, a: 'x"y' })).toBe(oracle({ z: wide, a: 'x"y' }));
    // Long keys (past the 64 characters the cache keeps), with characters JSON escapes, twice.
    const long = Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`${'k"\\\n'.repeat(30)}${i}`, i]));
    for (let i = 0; i < 2; i++) expect(canonicalJson({ b: long, a: [long] })).toBe(oracle({ b: long, a: [long] }));
  });

  it('keeps the content hashes that name existing NEGs and certificates', () => {
    // A different text would rename, and so replace, every NEG and managed certificate already applied.
    for (const v of [{ managed: ['example.com', 'www.example.com'] }, { region: 'us-central1', cloudRun: { service: 'api', tag: undefined } }]) {
      expect(contentHash(v)).toBe(createHash('sha256').update(oracle(v)).digest('hex').slice(0, 8));
    }
  });
});

describe('canonicalJson: a function is left out, as before its fast path', () => {
  // JSON.stringify calls toJSON on a function too (a function is an object); json() (b6bc1e1) left every
  // function out, whatever it carried, and json() still does where the fast path is not taken.
  it('a function carrying toJSON is left out of an object and is null in an array, at any depth', () => {
    const f = Object.assign(() => 1, { toJSON: () => 'f' });
    expect(canonicalJson({ a: 1, f })).toBe('{"a":1}');
    expect(canonicalJson([f])).toBe('[null]');
    expect(canonicalJson({ z: { a: [f] } })).toBe('{"z":{"a":[null]}}');
    // The same where the fast path is not taken (keys out of order): json() leaves it out.
    expect(canonicalJson({ b: 1, a: f })).toBe('{"b":1}');
  });
});

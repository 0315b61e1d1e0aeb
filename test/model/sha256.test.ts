/**
 * sha256Hex hashes its first short texts in JavaScript (@noble/hashes) and the rest with node:crypto
 * (src/model/hash.ts): names, secrets' hashes and plan digests must not depend on which one ran. The oracle
 * is node:crypto itself, on any text: astral characters, lone surrogates (both encode them as U+FFFD), long
 * texts past the JavaScript path's limit.
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectManyHashes, sha256Hex, sha256HexJs } from '../../src/model/hash.js';

const oracle = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');
const texts = fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), fc.string({ unit: fc.constantFrom('\ud800', '\udfff', 'a', 'é', '😀') }), fc.string({ minLength: 4000, maxLength: 9000 }));

describe('sha256 of a text', () => {
  it('in JavaScript is the digest node:crypto gives', () => {
    expect(sha256HexJs('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256HexJs('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    fc.assert(fc.property(texts, (t) => sha256HexJs(t) === oracle(t)), { numRuns: 500 });
  });

  it('is the same digest before and after sha256Hex turns to node:crypto', () => {
    // 1,000 calls: well past the texts hashed in JavaScript, so both paths answer here.
    fc.assert(fc.property(texts, (t) => sha256Hex(t) === oracle(t)), { numRuns: 1000 });
  });

  it('is the same digest when a large manifest asked for node:crypto from the start', () => {
    expectManyHashes();
    fc.assert(fc.property(texts, (t) => sha256Hex(t) === oracle(t)), { numRuns: 200 });
  });

  it('is the same digest on a Node without crypto.hash (before 20.12; package.json allows Node 20), through createHash', () => {
    expectManyHashes();
    const crypto = createRequire(import.meta.url)('node:crypto') as { hash?: unknown };
    const hash = crypto.hash;
    expect(typeof hash).toBe('function');
    crypto.hash = undefined;
    try {
      expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
      fc.assert(fc.property(texts, (t) => sha256Hex(t) === oracle(t)), { numRuns: 100 });
    } finally {
      crypto.hash = hash;
    }
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

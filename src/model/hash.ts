import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { nodeCrypto } from '../util/builtin.js';

/**
 * The first short texts are hashed in JavaScript (@noble/hashes), the rest by node:crypto, loaded then. A
 * validate or plan of a small manifest hashes a few dozen short texts (names, the manifest, the applied
 * records), and loading node:crypto cost it more than all of them: ~6–8 ms of validate's ~25 ms. Per hash,
 * @noble/hashes is several times slower than node:crypto, so a manifest of thousands of resources turns to
 * node:crypto after these. Both are SHA-256 of the UTF-8 text: the same digest either way
 * (test/model/sha256.test.ts checks one against the other).
 */
const JS_HASHES = 256;
const JS_MAX_CHARS = 4096;
let jsHashesLeft = JS_HASHES;
const utf8 = new TextEncoder();

/**
 * A large manifest (the loader tells) hashes thousands of names at once: node:crypto from the first. Its
 * 256 JavaScript hashes cost ~12 ms of a plan of 10,000 resources, which runs without V8's optimizing
 * compiler (src/cli/bin.ts), and loading node:crypto a few.
 */
export function expectManyHashes(): void {
  jsHashesLeft = 0;
}

/** sha256 of a string, hex, in JavaScript. */
export function sha256HexJs(text: string): string {
  return bytesToHex(sha256(utf8.encode(text)));
}

/** sha256 of a string, hex. Used for secrets (compared by hash, never by value) and for names. */
export function sha256Hex(text: string): string {
  if (jsHashesLeft > 0 && text.length <= JS_MAX_CHARS) {
    jsHashesLeft--;
    return sha256HexJs(text);
  }
  const crypto = nodeCrypto();
  // crypto.hash (Node 20.12 and later) hashes in one call, without a Hash object: ~2× faster for the short
  // texts of names, which a manifest of 10,000 resources hashes by the thousand.
  return typeof crypto.hash === 'function' ? crypto.hash('sha256', text, 'hex') : crypto.createHash('sha256').update(text, 'utf8').digest('hex');
}

/** An array index as JSON.stringify orders it: before every other key, by value. */
const INDEX = /^(?:0|[1-9]\d{0,9})$/;
// Most keys are names: a first character that is no digit rules the pattern out without running it.
const isIndex = (k: string): boolean => k.charCodeAt(0) <= 57 && k.charCodeAt(0) >= 48 && INDEX.test(k) && Number(k) < 4294967295;

/**
 * The keys of `o` sorted (by UTF-16 code units), in the order JSON.stringify writes an object built
 * from them in that order: array-index keys ("0", "10") come first by value, as JavaScript orders
 * them, then the others as sorted.
 */
function sortedKeys(o: object): string[] {
  const keys = Object.keys(o);
  // Most objects here were built in sorted order (canonical forms): seen so, they need no sort, which
  // would copy them.
  let sorted = true;
  for (let i = 1; i < keys.length && sorted; i++) sorted = keys[i - 1]! < keys[i]!;
  if (!sorted) keys.sort();
  if (!keys.some(isIndex)) return keys;
  return [...keys.filter(isIndex).sort((a, b) => Number(a) - Number(b)), ...keys.filter((k) => !isIndex(k))];
}

/**
 * The JSON text of `value` with object keys sorted at every depth, so equal data always hashes
 * equally: the same text as `JSON.stringify` of a copy with sorted keys, written in one pass
 * without building the copy (plans canonicalise every resource, 10,000 of them at the largest).
 * For JSON data: strings, numbers, booleans, null, arrays and plain objects (undefined members
 * left out, undefined in arrays as null, as JSON.stringify does).
 */
export function canonicalJson(value: unknown): string {
  return write(value, NATIVE_TRIES) as string;
}

/**
 * Data whose objects already hold their keys in that order (canonical forms are built sorted) is what
 * JSON.stringify writes, natively: several times faster than json() at 10,000 resources. The check is
 * made for the value and its members this many levels down (a bound: checking at every depth would walk a
 * deep value once per level).
 */
const NATIVE_TRIES = 3;

function write(v: unknown, tries: number): string | undefined {
  return tries > 0 && inOrder(v) ? JSON.stringify(v) : json(v, tries - 1);
}

/**
 * Whether JSON.stringify writes `v` as json() does: no object, array or function with a toJSON, every object plain (no other prototype),
 * its keys strictly ascending and none an array index, and nothing JSON.stringify refuses (bigint).
 */
function inOrder(v: unknown): boolean {
  // A function is left out by json(); JSON.stringify calls its toJSON if it has one (a function is an object).
  if (typeof v !== 'object' || v === null) return typeof v !== 'bigint' && (typeof v !== 'function' || typeof (v as { toJSON?: unknown }).toJSON !== 'function');
  // An object or an array with a toJSON (its own or inherited) is written as what that gives, which json() sorts.
  if (typeof (v as { toJSON?: unknown }).toJSON === 'function') return false;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) if (!inOrder(v[i])) return false;
    return true;
  }
  const proto = Object.getPrototypeOf(v) as unknown;
  if (proto !== Object.prototype && proto !== null) return false;
  const keys = Object.keys(v);
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    if ((i > 0 && !(keys[i - 1]! < k)) || isIndex(k) || !inOrder((v as Record<string, unknown>)[k])) return false;
  }
  return true;
}

/**
 * Keys repeat across thousands of objects (the same fields): their JSON is written once. Only names (short keys)
 * are kept: a hostile answer's megabyte-long keys are written each time, not held twice.
 */
const KEY_JSON = new Map<string, string>();
const KEY_JSON_MAX = 64;
function keyJson(k: string): string {
  if (k.length > KEY_JSON_MAX) return JSON.stringify(k);
  let out = KEY_JSON.get(k);
  if (out === undefined) {
    out = JSON.stringify(k);
    if (KEY_JSON.size >= 10_000) KEY_JSON.clear();
    KEY_JSON.set(k, out);
  }
  return out;
}

function json(v: unknown, tries: number): string | undefined {
  if (v === null) return 'null';
  switch (typeof v) {
    case 'string':
    case 'number':
    case 'boolean':
      return JSON.stringify(v);
    case 'object': {
      if (typeof (v as { toJSON?: unknown }).toJSON === 'function') return json((v as { toJSON: () => unknown }).toJSON(), 0);
      if (Array.isArray(v)) {
        let out = '[';
        for (let i = 0; i < v.length; i++) out += `${i === 0 ? '' : ','}${write(v[i], tries) ?? 'null'}`;
        return `${out}]`;
      }
      let out = '';
      const keys = sortedKeys(v);
      for (let i = 0; i < keys.length; i++) {
        const x = write((v as Record<string, unknown>)[keys[i]!], tries);
        if (x !== undefined) out += `${out ? ',' : '{'}${keyJson(keys[i]!)}:${x}`;
      }
      return out ? `${out}}` : '{}';
    }
    default:
      return undefined; // undefined, functions and symbols: left out, as JSON.stringify leaves them
  }
}

/** Length of the content hash lb-plan appends to names of immutable resources. */
export const NAME_HASH_LENGTH = 8;

/** A short, stable content hash for the name of an immutable resource. */
export function contentHash(value: unknown): string {
  return sha256Hex(canonicalJson(value)).slice(0, NAME_HASH_LENGTH);
}

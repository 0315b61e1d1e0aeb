/**
 * For tests of "compare what we manage": GCP adds fields over time, at any depth (gcp-behaviour.md
 * §2.6: "GCP adds fields over time … and nested objects gain server-computed members too"). With
 * `unknownFields` set, every resource a read returns carries extra keys the contract does not know,
 * at random depths, stable per resource and seed (a field GCP adds is there on every read).
 */
import { createHash } from 'node:crypto';
import { seededRandom } from './config.js';
import type { Json } from './store.js';

const NAMES = ['futureSetting', 'serverComputed', 'rolloutState', 'effectiveConfig', 'internalHint', 'regionalPolicy'];

function value(random: () => number, depth: number): unknown {
  const r = random();
  if (r < 0.25) return `v${Math.floor(random() * 1e6)}`;
  if (r < 0.45) return Math.floor(random() * 1000);
  if (r < 0.6) return random() < 0.5;
  if (r < 0.8 || depth > 2) return [`item-${Math.floor(random() * 100)}`];
  return { [NAMES[Math.floor(random() * NAMES.length)]!]: value(random, depth + 1) };
}

/** Maps of the user's own keys: GCP adds schema fields, never entries to a user's label map. */
const USER_MAPS = new Set(['labels']);

function decorate(node: unknown, random: () => number, depth: number): unknown {
  if (Array.isArray(node)) return node.map((x) => decorate(x, random, depth + 1));
  if (!node || typeof node !== 'object') return node;
  const out: Json = {};
  for (const [k, v] of Object.entries(node as Json)) out[k] = USER_MAPS.has(k) ? v : decorate(v, random, depth + 1);
  // Every resource gains at least one top-level key; nested objects about every other time.
  if (depth === 0 || random() < 0.5) {
    let key = `${NAMES[Math.floor(random() * NAMES.length)]!}${Math.floor(random() * 100)}`;
    while (key in out) key += 'X';
    out[key] = value(random, depth);
  }
  return out;
}

/** `resource` with unknown keys added at random depths; the same resource and seed give the same keys. */
export function withUnknownFields(resource: Json, seed: number): Json {
  const id = String(resource.selfLink ?? resource.name ?? '');
  const random = seededRandom(seed ^ createHash('sha256').update(id).digest().readUInt32BE(0));
  return decorate(resource, random, 0) as Json;
}

/** Applies `f` to each resource of a get, list or aggregatedList answer (routes `collection.method`). */
export function mapResources(method: string, body: Json, f: (r: Json) => Json): Json {
  if (method === 'get') return f(body);
  if (method === 'list') return Array.isArray(body.items) ? { ...body, items: (body.items as Json[]).map(f) } : body;
  if (method === 'aggregatedList' && body.items && typeof body.items === 'object') {
    const items = Object.fromEntries(
      Object.entries(body.items as Record<string, Json>).map(([scope, scoped]) => [
        scope,
        Object.fromEntries(Object.entries(scoped).map(([k, v]) => [k, Array.isArray(v) ? (v as Json[]).map(f) : v])),
      ]),
    );
    return { ...body, items };
  }
  return body;
}

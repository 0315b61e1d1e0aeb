/**
 * The plan's speed changes (liveForms: the observed digests reuse the live body's whole canonical form;
 * diffShape: sets shaped into objects without a prototype) must keep a plan what it was on any live
 * state, GCP's answers being untrusted. Every example manifest against live states made from its own
 * compiled bodies, perturbed at random (values of the wrong type, nulls, repeated or reordered set
 * elements, unknown members): each observed digest is what apply's staleness check recomputes, and the
 * plan read back from its JSON (a saved plan) is not stale, is the same plan (verify), has the same
 * approval digest and reads the same, as text and as Markdown.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planDigest } from '../../src/action/approval.js';
import type { LiveResource, LiveState } from '../../src/gcp/read.js';
import { loadManifest } from '../../src/manifest/load.js';
import { makePlan, PlanError, staleness, type Plan } from '../../src/plan/index.js';
import { liveDigest, normalizeContext } from '../../src/plan/normalize.js';
import { renderMarkdown } from '../../src/plan/render/markdown.js';
import { renderText } from '../../src/plan/render/text.js';
import { savedPlanDifferences } from '../../src/plan/verify.js';

const EXAMPLES = ['http', 'https-managed', 'https-self-managed-redirect', 'cdn', 'cloud-armor', 'multi-region', 'regional-routing', 'shop', 'byoip', 'iap', 'url-mask-cloud-run'];
const compiled = new Map(
  EXAMPLES.map((name) => {
    const c = loadManifest(`examples/${name}.yaml`).compiled!;
    // Secrets resolved (their SHA-256 only), as planFile does before planning.
    for (const r of c.resources) for (const s of r.secrets) (s as { sha256?: string }).sha256 ??= 'ab'.repeat(32);
    return [name, c];
  }),
);

const ODD: readonly unknown[] = [null, [], {}, 'k', '[k]', 0, -0, 1, true, [null], ['k', 'k'], [{ group: 'g' }, { group: 'g' }], { enabled: true }, { z: 1, a: [2, { y: 1, b: 0 }] }, { 10: 'a', 9: 'b' }, { toString: '' }];
const KEYS = ['hosts', 'paths', 'group', 'service', 'name', 'priority', 'domains', 'enabled', 'cdnPolicy', 'defaultTtl', 'IPAddress', 'address', 'backends', 'hostRules', 'pathMatchers', 'pathRules', 'rules', 'srcIpRanges', 'tests', 'sslCertificates', 'x'];

/** A copy of `v` perturbed by `rnd` (a seeded generator): what a hostile or odd answer may hold. */
function perturb(v: unknown, rnd: () => number, depth: number): unknown {
  const pick = <T,>(a: readonly T[]): T => a[Math.floor(rnd() * a.length)]!;
  const odd = (): unknown => structuredClone(pick(ODD));
  if (depth > 0 && rnd() < 0.04) return odd();
  if (Array.isArray(v)) {
    const out = v.map((x) => (rnd() < 0.3 ? perturb(x, rnd, depth + 1) : x));
    if (out.length && rnd() < 0.15) out.push(structuredClone(pick(out)));
    if (rnd() < 0.1) out.reverse();
    if (rnd() < 0.05) out.push(odd());
    return out;
  }
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) if (depth === 0 || rnd() >= 0.04) out[k] = rnd() < 0.3 ? perturb(x, rnd, depth + 1) : x;
    if (rnd() < 0.05) out[pick(KEYS)] = odd();
    return out;
  }
  return typeof v === 'string' && rnd() < 0.1 ? v.toUpperCase() : v;
}

/** The live state of `name`'s resources as compiled (owned: descriptions and labels kept), perturbed, some missing, some left over. */
function liveOf(name: string, seed: number): LiveState {
  let s = seed;
  const rnd = (): number => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const resources = new Map<string, LiveResource>();
  const add = (r: LiveResource): void => void resources.set(r.address, JSON.parse(JSON.stringify(r)) as LiveResource);
  for (const d of compiled.get(name)!.resources) {
    for (const ref of d.references) if (ref.kind !== 'sslPolicy') add({ address: `${ref.kind}/${ref.name}`, kind: ref.kind, scope: { type: 'global' }, name: ref.name, body: { name: ref.name } });
    if (rnd() < 0.1) continue; // to be created
    const own: Record<string, unknown> = { name: d.name, ...d.body };
    const body = perturb(own, rnd, 0) as Record<string, unknown>;
    body.description = own.description;
    if (own.labels) body.labels = { ...(body.labels && typeof body.labels === 'object' ? body.labels : {}), ...own.labels };
    add({ address: d.address, kind: d.kind, scope: d.scope, name: d.name, body });
    if (rnd() < 0.1) {
      const old = `${d.name}-old`; // owned, no longer in the manifest: a delete
      add({ address: d.address.replace(/[^/]+$/, old), kind: d.kind, scope: d.scope, name: old, body: { ...(perturb(own, rnd, 0) as Record<string, unknown>), name: old, description: own.description } });
    }
  }
  return { project: 'p', resources, requests: 1 };
}

/** A plan as text and as Markdown: made whatever the answers held (a throw here would end the plan with an internal error). */
function shown(p: Plan): string[] {
  return [renderText(p, { color: false, verbose: true }), renderMarkdown(p)];
}

describe('a plan on perturbed live states, and the same plan read back from its JSON', () => {
  it('observes the digests staleness recomputes; read back it is not stale, verifies, keeps its approval digest and reads the same', () => {
    let planned = 0;
    fc.assert(
      fc.property(fc.constantFrom(...EXAMPLES), fc.integer(), (name, seed) => {
        const live = liveOf(name, seed);
        let plan: Plan;
        try {
          plan = makePlan(compiled.get(name)!, live, { manifestFile: 'lb.yaml', manifestDigest: 'd', now: () => new Date(0) });
        } catch (e) {
          // Refusals (ownership, missing references) are the plan's answer; any other error is a crash.
          if (e instanceof PlanError) return;
          throw e;
        }
        planned++;
        const ctx = normalizeContext(live);
        for (const o of plan.observed) expect(o.digest).toBe(liveDigest(live.resources.get(o.address)!, ctx));
        const saved = JSON.parse(JSON.stringify(plan)) as Plan;
        expect(staleness(saved, live)).toEqual([]);
        expect(savedPlanDifferences(saved, plan)).toEqual([]);
        expect(planDigest(saved)).toBe(planDigest(plan));
        expect(shown(saved)).toEqual(shown(plan));
      }),
      { numRuns: 300 },
    );
    expect(planned).toBeGreaterThan(200);
  });
});

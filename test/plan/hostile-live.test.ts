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
import { loadManifest } from '../../src/manifest/load.js';
import { makePlan } from '../../src/plan/index.js';
import { liveResource, liveState } from '../helpers/live.js';

const ctx = { addressIps: new Map<string, string>() };
const KINDS = Object.keys(MANAGED) as ResourceKind[];
// JSON objects may carry members named like Object's methods: String() of one with a "toString" that is no function throws.
const json = fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constantFrom({ toString: '' }, { valueOf: 1, toString: [] }, [{ toString: '' }]));

/** A body of `kind` whose managed fields (and the members of their objects and lists) hold any JSON value. */
const body = (kind: ResourceKind) =>
  fc.record(Object.fromEntries(Object.keys(MANAGED[kind]).map((k) => [k, fc.oneof(json, fc.array(fc.oneof(json, fc.dictionary(fc.constantFrom('group', 'hosts', 'host', 'path', 'paths', 'name', 'priority', 'pathRules', 'service', 'toString', 'valueOf'), json))))])), { requiredKeys: [] });

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
    expect(() => liveCanonical('urlMap', { tests: [null, 3, { host: { toString: '' }, path: ['/'] }] }, ctx)).not.toThrow();
    expect(() => liveCanonical('backendService', { backends: [{ group: { toString: '' } }, { group: [{ toString: '' }, null] }] }, ctx)).not.toThrow();
    expect(() => liveCanonical('urlMap', { hostRules: [{ hosts: [{ toString: '' }, 'a'] }] }, ctx)).not.toThrow();
  });

  it('a Cloud Armor policy whose rules are no list of objects: the plan adds the rules of the manifest, one priority each', () => {
    const lb = loadManifest('examples/cloud-armor.yaml').compiled!;
    const policy = lb.resources.find((r) => r.kind === 'securityPolicy')!;
    const wanted = (policy.body.rules as { priority: number }[]).map((r) => `addRule-${r.priority}`).sort();
    for (const rules of [{}, 'rules', 7, [null, 3, 'x'], [[{ priority: 1000 }]]]) {
      // Everything as the manifest wants it, but the policy's rules as a hostile answer holds them.
      const own = lb.resources.map((d) => liveResource(d.kind, d.name, d === policy ? { ...d.body, rules } : { ...d.body }, d.scope.type === 'region' ? d.scope.region : undefined));
      const referenced = lb.resources.flatMap((d) => d.references.flatMap((r) => (r.kind === 'sslPolicy' ? [] : [liveResource(r.kind, r.name, {})])));
      const live = liveState([...own, ...referenced]);
      const plan = makePlan(lb, live, { manifestFile: 'lb.yaml', manifestDigest: 'd' });
      expect(plan.steps.filter((s) => s.address === policy.address && s.id.startsWith('addRule')).map((s) => s.id.split(':')[0]).sort()).toEqual(wanted);
    }
  });
});

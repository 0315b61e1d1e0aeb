/**
 * A saved plan checked against the plan made again now (src/plan/verify.ts), and the canonical JSON
 * its digests are taken of (src/plan/digest.ts): every kind of difference is named, the same plan
 * has none. Plans are written out here; expected digests are sha256 of JSON text written by hand.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { digestOf, sortKeys } from '../../src/plan/digest.js';
import type { Plan, Step } from '../../src/plan/index.js';
import { looksLikePlan, planShapeProblem, savedPlanDifferences } from '../../src/plan/verify.js';

const step = (id: string, body: Record<string, unknown> = { name: 'x' }): Step => ({
  id,
  address: id.split(':')[1]!,
  kind: 'urlMap',
  scope: { type: 'global' },
  name: 'x',
  api: 'v1',
  operation: { type: 'insert', body },
  summary: 'create',
});

const base = {
  formatVersion: 1,
  manifest: { file: 'lb.yaml', digest: 'aaa', name: 'lb', project: 'p' },
  steps: [step('create:urlMap/a'), step('create:urlMap/b')],
  edges: [{ from: 'create:urlMap/b', to: 'create:urlMap/a', rule: 'createBeforeReference' }],
  observed: [{ address: 'urlMap/c', digest: 'd1', fingerprint: 'f1' }],
} as unknown as Plan;

const changed = (over: Partial<Record<keyof Plan, unknown>>): Plan => ({ ...base, ...over }) as Plan;

describe('savedPlanDifferences', () => {
  it('the same plan, even with keys in another order, has no differences', () => {
    const reordered = changed({ steps: [{ ...step('create:urlMap/a'), summary: 'create', name: 'x' }, step('create:urlMap/b')].map((s) => Object.fromEntries(Object.entries(s).reverse())) });
    expect(savedPlanDifferences(base, base)).toEqual([]);
    expect(savedPlanDifferences(reordered, base)).toEqual([]);
  });

  it('the manifest: its digest, its load balancer, its project', () => {
    expect(savedPlanDifferences(changed({ manifest: { ...base.manifest, digest: 'bbb' } }), base)).toEqual(['the manifest or a file it names changed since the plan was made']);
    expect(savedPlanDifferences(changed({ manifest: { ...base.manifest, name: 'other' } }), base)).toEqual(['the plan is for load balancer "other", the manifest declares "lb"']);
    expect(savedPlanDifferences(changed({ manifest: { ...base.manifest, project: 'q' } }), base)).toEqual([
      'the plan is for project q, the manifest (or --project) says p (if the plan was made with --project q, give apply the same)',
    ]);
  });

  it('a step added, edited or missing, each named', () => {
    expect(savedPlanDifferences(changed({ steps: [...base.steps, step('create:urlMap/z')] }), base)).toEqual(['step create:urlMap/z does not follow from the manifest and the live state']);
    expect(savedPlanDifferences(changed({ steps: [step('create:urlMap/a', { name: 'evil' }), step('create:urlMap/b')] }), base)).toEqual(['step create:urlMap/a differs from what the manifest and the live state give']);
    expect(savedPlanDifferences(changed({ steps: [step('create:urlMap/b')] }), base)).toEqual(['step create:urlMap/a is missing from the saved plan']);
  });

  it('the edges and the observations', () => {
    expect(savedPlanDifferences(changed({ edges: [] }), base)).toEqual(['the order of the steps (edges) differs from what the manifest and the live state give']);
    expect(savedPlanDifferences(changed({ observed: [] }), base)).toEqual(['what the plan says it observed differs from the live state']);
    expect(savedPlanDifferences(changed({ observed: [{ address: 'urlMap/c', digest: 'd2', fingerprint: 'f1' }] }), base)).toEqual(['what the plan says it observed differs from the live state']);
  });

  it('every difference at once, in a fixed order', () => {
    const all = changed({ manifest: { file: 'lb.yaml', digest: 'x', name: 'n', project: 'q' }, steps: [step('create:urlMap/z')], edges: [], observed: [] });
    expect(savedPlanDifferences(all, base).map((d) => d.split(' ').slice(0, 4).join(' '))).toEqual([
      'the manifest or a',
      'the plan is for',
      'the plan is for',
      'step create:urlMap/z does not',
      'step create:urlMap/a is missing',
      'step create:urlMap/b is missing',
      'the order of the',
      'what the plan says',
    ]);
  });
});

describe('the shape of a saved plan', () => {
  it('looksLikePlan: an object with formatVersion and steps', () => {
    expect(looksLikePlan(base)).toBe(true);
    expect(looksLikePlan({ formatVersion: 1 })).toBe(false);
    expect(looksLikePlan({ steps: [] })).toBe(false);
    expect(looksLikePlan(null)).toBe(false);
    expect(looksLikePlan('formatVersion steps')).toBe(false);
    expect(looksLikePlan({ apiVersion: 'lb-plan/v1', kind: 'LoadBalancer' })).toBe(false);
  });

  it('planShapeProblem: the format version, then every manifest member, then the lists', () => {
    expect(planShapeProblem(base, 1)).toBeUndefined();
    expect(planShapeProblem(base, 2)).toBe('it is not an lb-plan plan of format 2');
    expect(planShapeProblem({ formatVersion: 1 }, 1)).toBe('its manifest section is incomplete');
    for (const k of ['file', 'digest', 'name', 'project']) {
      expect(planShapeProblem({ ...base, manifest: { ...base.manifest, [k]: 7 } }, 1), k).toBe('its manifest section is incomplete');
    }
    for (const k of ['steps', 'edges', 'observed']) {
      expect(planShapeProblem({ ...base, [k]: {} }, 1), k).toBe('its steps, edges or observed lists are missing');
    }
  });

  it('planShapeProblem: a plan nested deeper than 100 levels is refused (a hand-made one 5,000 deep overflowed the stack of the first walk)', () => {
    const nested = (depth: number): unknown => {
      let v: unknown = 'x';
      for (let i = 0; i < depth; i++) v = i % 2 ? [v] : { v };
      return v;
    };
    // base itself is 1 deep at its root: a step body nested so that the whole is 100 deep passes, 101 does not.
    const withBody = (depth: number) => ({ ...base, steps: [{ id: 's', operation: { type: 'insert', body: nested(depth) } }] });
    expect(planShapeProblem(withBody(96), 1)).toBeUndefined();
    expect(planShapeProblem(withBody(97), 1)).toBe('it nests deeper than 100 levels, which no plan lb-plan writes does');
    expect(planShapeProblem(withBody(5000), 1)).toBe('it nests deeper than 100 levels, which no plan lb-plan writes does');
    expect(planShapeProblem({ ...base, extra: nested(200) }, 1)).toBe('it nests deeper than 100 levels, which no plan lb-plan writes does');
  });
});

describe('digestOf and sortKeys', () => {
  it('keys sorted at every depth, arrays kept in order', () => {
    expect(JSON.stringify(sortKeys({ b: 1, a: { d: [{ z: 1, y: 2 }], c: null } }))).toBe('{"a":{"c":null,"d":[{"y":2,"z":1}]},"b":1}');
    expect(sortKeys([3, 1, 2])).toEqual([3, 1, 2]);
    // Three or more keys in no order: sorted, not merely reversed (a two-key object cannot tell the two apart).
    expect(JSON.stringify(sortKeys({ b: 1, a: 2, d: 3, c: 4 }))).toBe('{"a":2,"b":1,"c":4,"d":3}');
    expect(Object.keys(sortKeys({ zone: 1, name: 2, region: 3 }) as object)).toEqual(['name', 'region', 'zone']);
    expect(sortKeys('text')).toBe('text');
    expect(sortKeys(null)).toBeNull();
  });

  it('the sha256 of that JSON text', () => {
    const sha = (text: string) => createHash('sha256').update(text).digest('hex');
    expect(digestOf({ b: 1, a: [2, 1] })).toBe(sha('{"a":[2,1],"b":1}'));
    expect(digestOf({ a: [2, 1], b: 1 })).toBe(digestOf({ b: 1, a: [2, 1] }));
    expect(digestOf({ a: [1, 2] })).not.toBe(digestOf({ a: [2, 1] }));
  });
});

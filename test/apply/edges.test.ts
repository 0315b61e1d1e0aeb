/**
 * The step walk (src/apply/execute.ts) trusts a plan's edges only after plan/verify.ts compared them with the
 * derived ones; a plan handed to it directly with an edge naming a step it lacks is refused before any call,
 * not walked with the edge ignored. The oracle is the emulator's log: no request at all.
 */
import { describe, expect, it } from 'vitest';
import { applyPlan } from '../../src/apply/execute.js';
import { harness } from '../helpers/emulator.js';
import { plan } from '../helpers/plan.js';

describe("the step walk and the plan's edges", () => {
  it.each([
    ['to', (ids: string[]) => ({ from: ids[0]!, to: 'create:backendService/nobody', rule: 'made up' })],
    ['from', (ids: string[]) => ({ from: 'create:backendService/nobody', to: ids[0]!, rule: 'made up' })],
  ])('an edge %s a step the plan does not have: refused, nothing sent', async (_, edge) => {
    const h = await harness();
    const p = await plan(h, 'examples/http.yaml');
    const before = h.em.log.length;
    const broken = { ...p, edges: [...p.edges, edge(p.steps.map((s) => s.id))] };
    await expect(applyPlan(broken, h, { secret: () => undefined })).rejects.toThrow(/names a step the plan does not have/);
    expect(h.em.log.slice(before)).toEqual([]);
  });
});

/**
 * A mutation whose answer was lost is sent again under the same requestId (src/apply/runner.ts,
 * mutateOnce), so GCP hands back the first operation instead of acting twice. Checked on the
 * emulator's request log: the 409 fallback of inserts would otherwise hide a fresh requestId.
 */
import { describe, expect, it } from 'vitest';
import { applyPlan, type ApplyEvent } from '../../src/apply/execute.js';
import { NO_FAULTS, type FaultRates } from '../../src/emulator/config.js';
import { harness } from '../helpers/emulator.js';
import { ONE_BACKEND, plan, workspace } from '../helpers/plan.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('requestId across retries', () => {
  it('an insert whose answer is dropped after GCP acted is retried with the same requestId, and gets the first operation back', async () => {
    const h = await harness();
    const ws = workspace();
    const p = await plan(h, ws.write(ONE_BACKEND));
    const faults = h.em.emulator.config.faults as { -readonly [K in keyof FaultRates]: FaultRates[K] };
    h.em.log.length = 0;
    // Every answer is dropped after the emulator acted, until the first retry: then none is.
    Object.assign(faults, { ...NO_FAULTS, dropAfter: 1 });
    const events: ApplyEvent[] = [];
    const result = await applyPlan(p, h, { secret: () => undefined, parallelism: 1, retryBaseMs: 1 }, (e) => {
      events.push(e);
      if (e.type === 'retry') faults.dropAfter = 0;
    });
    expect(result.outcomes.filter((o) => o.status !== 'done').map((o) => `${o.step.id} ${o.error ?? o.because}`)).toEqual([]);
    expect(events.filter((e) => e.type === 'retry')).toHaveLength(1);

    const dropped = h.em.log.filter((l) => l.status === 'dropped');
    expect(dropped).toHaveLength(1);
    const first = dropped[0]!;
    expect(first.method).toBe('POST');
    expect(first.route).toMatch(/\.insert$/);
    expect(first.requestId).toMatch(UUID);
    // The same insert, sent twice under one requestId: the first acted, the second was answered 200 with its operation.
    const sameInsert = h.em.log.filter((l) => l.method === 'POST' && l.path === first.path && l.route === first.route);
    expect(sameInsert.map((l) => [l.status, l.requestId])).toEqual([
      ['dropped', first.requestId],
      [200, first.requestId],
    ]);
    expect(sameInsert[1]!.operation).toBe(first.operation);
    // No 409: the retry never met its own first attempt as someone else's resource.
    expect(h.em.log.filter((l) => l.status === 409)).toEqual([]);
    // Every other mutation was sent once, each under a requestId of its own.
    const mutations = h.em.log.filter((l) => l.method !== 'GET' && !l.path.includes('/operations/'));
    const ids = mutations.map((l) => l.requestId);
    expect(ids.every((id) => id !== undefined && UUID.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(p.steps.length);
    expect(mutations).toHaveLength(p.steps.length + 1);
  });
});

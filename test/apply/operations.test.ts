/**
 * How apply awaits GCP's operations (src/apply/runner.ts, awaitOperation and mutate), on the emulator
 * over real HTTP. `operations.wait` "might return after zero seconds" when the server is overloaded
 * (gcp-behaviour.md §2.3): an early answer is followed by a pause, so the server is not polled in a
 * tight loop. An operation that ends DONE with an error fails its step with GCP's message and code
 * (§2.3: error.errors[0]); RESOURCE_NOT_READY is tried again (Terraform retries it, §2.2). The oracle is
 * the emulator's request log and its configured faults.
 */
import { describe, expect, it } from 'vitest';
import { applyPlan, type ApplyEvent } from '../../src/apply/execute.js';
import { NO_FAULTS } from '../../src/emulator/config.js';
import { harness } from '../helpers/emulator.js';
import { plan } from '../helpers/plan.js';

describe('awaiting operations', () => {
  it('operations.wait answering at once while the operation still runs: paused between asks, a handful of asks per operation, not a tight loop', async () => {
    // Each operation runs 300 ms; wait holds a request only 5 ms (an overloaded server answering early).
    const h = await harness({ operationMs: 300, waitDeadlineMs: 5 });
    const p = await plan(h, 'examples/http.yaml');
    h.em.log.length = 0;
    const result = await applyPlan(p, h, { secret: () => undefined, parallelism: 10 });
    expect(result.failed).toBe(0);
    const waits = h.em.log.filter((l) => l.route?.endsWith('Operations.wait'));
    const perOperation = new Map<string, number>();
    for (const w of waits) perOperation.set(w.path, (perOperation.get(w.path) ?? 0) + 1);
    expect(perOperation.size).toBe(p.steps.length);
    // Pauses of 250, 500, 750… ms after each early answer: 300 ms are over by the 3rd ask; polling every few ms would take dozens.
    for (const [op, n] of perOperation) expect(n, op).toBeLessThanOrEqual(5);
    for (const [, n] of perOperation) expect(n).toBeGreaterThanOrEqual(2);
  });

  it('an operation that ends with an error: the step fails with GCP\'s message and code, and is not tried again', async () => {
    const h = await harness({ faults: { ...NO_FAULTS, failedOperation: 1 } });
    const p = await plan(h, 'examples/http.yaml');
    h.em.log.length = 0;
    const result = await applyPlan(p, h, { secret: () => undefined, retryBaseMs: 1 });
    const failed = result.outcomes.filter((o) => o.status === 'failed');
    expect(failed.length).toBeGreaterThan(0);
    for (const o of failed) expect(o.error).toMatch(/^Quota '[A-Z_]+' exceeded\. {2}Limit: 0\.0 globally\. \(QUOTA_EXCEEDED\)$/);
    const address = failed.find((o) => o.step.kind === 'globalAddress')!;
    expect(address.error).toBe("Quota 'ADDRESSES' exceeded.  Limit: 0.0 globally. (QUOTA_EXCEEDED)");
    // One insert per failed step: a permanent error is not retried.
    expect(h.em.log.filter((l) => l.method === 'POST' && !l.path.includes('/operations/'))).toHaveLength(failed.length);
  });

  it('RESOURCE_NOT_READY: tried again with a fresh requestId, saying so, until the operation succeeds', async () => {
    const h = await harness({ faults: { ...NO_FAULTS, operationNotReady: 1 } });
    const p = await plan(h, 'examples/http.yaml');
    const faults = h.em.emulator.config.faults as { operationNotReady: number };
    h.em.log.length = 0;
    const events: ApplyEvent[] = [];
    // Two failures, then none: full jitter at 0.5 of a bound doubling from 40 ms gives delays of 20 and 40 ms.
    const result = await applyPlan(p, h, { secret: () => undefined, parallelism: 1, retryBaseMs: 40, random: () => 0.5 }, (e) => {
      events.push(e);
      if (e.type === 'retry' && e.attempt === 2) faults.operationNotReady = 0;
    });
    expect(result.failed).toBe(0);
    const retries = events.filter((e) => e.type === 'retry') as Extract<ApplyEvent, { type: 'retry' }>[];
    expect(retries.map((r) => [r.attempt, r.delayMs])).toEqual([
      [1, 20],
      [2, 40],
    ]);
    expect(retries[0]!.error).toMatch(/is not ready \(RESOURCE_NOT_READY\)$/);
    // The first insert, sent again: the same resource, a new requestId (the first one's operation is done and failed).
    const posts = h.em.log.filter((l) => l.method === 'POST' && !l.path.includes('/operations/'));
    expect(posts[1]!.path).toBe(posts[0]!.path);
    expect(posts[1]!.route).toBe(posts[0]!.route);
    expect(posts[0]!.requestId).toBeDefined();
    expect(posts[1]!.requestId).toBeDefined();
    expect(posts[1]!.requestId).not.toBe(posts[0]!.requestId);
    expect(posts[2]!.path).toBe(posts[0]!.path);
    expect(new Set(posts.slice(0, 3).map((l) => l.requestId)).size).toBe(3);
    expect(posts).toHaveLength(p.steps.length + 2);
  });
});

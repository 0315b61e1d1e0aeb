/**
 * The bounds in time of one step (src/apply/runner.ts), on the emulator over real HTTP with a clock
 * the test holds: `Date.now` stands still and moves only when the test moves it (on a request the
 * endpoint sees), while timers stay real. So "30 minutes" passes in a few requests, and a bound is
 * checked at its very edge. gcp-behaviour.md §2.3: operations.wait holds up to 2 minutes "or might
 * return after zero seconds… Be prepared to retry"; an insert's name is taken while its operation
 * runs, before the resource can be read. The oracle is the requests the endpoint saw, when it saw
 * them, and the sentences a user reads.
 */
import type { IncomingMessage } from 'node:http';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { applyPlan } from '../../src/apply/execute.js';
import { waitTimeoutMs } from '../../src/apply/runner.js';
import { NO_FAULTS } from '../../src/emulator/config.js';
import { computeClients } from '../../src/gcp/client.js';
import type { Plan, Step } from '../../src/plan/types.js';
import { front } from '../helpers/front.js';
import { harness, P } from '../helpers/emulator.js';
import { apply, ONE_BACKEND, plan, workspace } from '../helpers/plan.js';

const none = () => undefined;
const MINUTE = 60_000;

/** Date.now held still from now on, moved only by `advance` (timers stay real); restored after the test. */
function heldClock(): { advance: (ms: number) => void } {
  let now = Date.now();
  const spy = vi.spyOn(Date, 'now').mockImplementation(() => now);
  onTestFinished(() => void spy.mockRestore());
  return { advance: (ms) => void (now += ms) };
}

const isWait = (req: IncomingMessage) => req.method === 'POST' && /\/operations\/[^/]+\/wait/.test(req.url ?? '');

/** An endpoint in front of the emulator that calls `seen` on each request it forwards. */
async function watched(upstream: string, seen: (req: IncomingMessage) => void) {
  const f = await front((req) => (seen(req), false), upstream);
  return computeClients({ endpoint: f.endpoint });
}

/** The plan for ONE_BACKEND, holding only the address insert: one step, one operation. */
async function addressInsert(config: Parameters<typeof harness>[0]) {
  const h = await harness(config);
  const p = await plan(h, workspace().write(ONE_BACKEND));
  const insert = p.steps.find((s) => s.id === 'create:globalAddress/lb-ip')!;
  return { h, insert, single: { ...p, steps: [insert], edges: [] } as Plan };
}

describe('awaiting an operation, by the clock', () => {
  it('still RUNNING after 30 minutes: the step fails saying it may still finish in GCP; asked until the bound, not once more', async () => {
    const { h, single } = await addressInsert({ operationMs: 3_600_000, waitDeadlineMs: 5 });
    const clock = heldClock();
    let waits = 0;
    // Each operations.wait answers 15 minutes after it was asked: at 15, 30 (the bound itself, not past it) and 45.
    const clients = await watched(h.em.endpoint, (req) => isWait(req) && (waits++, clock.advance(15 * MINUTE)));
    const result = await applyPlan(single, clients, { secret: none, retryBaseMs: 1 });
    expect(result.outcomes.map((o) => o.status)).toEqual(['failed']);
    expect(result.outcomes[0]!.error).toMatch(/^operation \S+ is still RUNNING after 30 minutes; it may still finish in GCP: plan again later$/);
    expect(waits).toBe(3);
  });

  it('a retry budget above 30 minutes: the operation is awaited that long instead, and the failure states that bound (50 minutes), not 30', async () => {
    const { h, single } = await addressInsert({ operationMs: 3_600_000, waitDeadlineMs: 5 });
    const clock = heldClock();
    let waits = 0;
    const clients = await watched(h.em.endpoint, (req) => isWait(req) && (waits++, clock.advance(15 * MINUTE)));
    const result = await applyPlan(single, clients, { secret: none, retryBaseMs: 1, retryBudgetMs: 50 * MINUTE });
    expect(result.outcomes.map((o) => o.status)).toEqual(['failed']);
    expect(result.outcomes[0]!.error).toMatch(/^operation \S+ is still RUNNING after 50 minutes; it may still finish in GCP: plan again later$/);
    // Answers at 15, 30, 45 and 60 minutes: the 4th passes 50.
    expect(waits).toBe(4);
  });

  it('a retry budget of 45.5 minutes (not whole minutes): the failure states the bound in seconds, 2730 s', async () => {
    const { h, single } = await addressInsert({ operationMs: 3_600_000, waitDeadlineMs: 5 });
    const clock = heldClock();
    let waits = 0;
    const clients = await watched(h.em.endpoint, (req) => isWait(req) && (waits++, clock.advance(15 * MINUTE)));
    const result = await applyPlan(single, clients, { secret: none, retryBaseMs: 1, retryBudgetMs: 45.5 * MINUTE });
    expect(result.outcomes.map((o) => o.error)).toEqual([expect.stringMatching(/^operation \S+ is still RUNNING after 2730 s; it may still finish in GCP: plan again later$/)]);
    // Answers at 15, 30, 45 and 60 minutes: the 4th passes 45.5.
    expect(waits).toBe(4);
  });

  it('interrupted while an operation is awaited: the step ends as interrupted once the wait answers', async () => {
    const { h, single } = await addressInsert({ operationMs: 3_600_000, waitDeadlineMs: 50 });
    const controller = new AbortController();
    let waits = 0;
    const clients = await watched(h.em.endpoint, (req) => isWait(req) && (waits++, controller.abort()));
    const result = await applyPlan(single, clients, { secret: none, retryBaseMs: 1, signal: controller.signal });
    expect(result.outcomes.map((o) => [o.status, o.error])).toEqual([['failed', 'interrupted']]);
    expect(waits).toBe(1);
  });

  it('wait answering at once (an overloaded server): pauses of 250 ms, then 500 ms, before asking again — never 5 s for an early answer', async () => {
    const { h, single } = await addressInsert({ operationMs: 1500, waitDeadlineMs: 5 });
    const at: number[] = [];
    const clients = await watched(h.em.endpoint, (req) => void (isWait(req) && at.push(performance.now())));
    expect((await applyPlan(single, clients, { secret: none, retryBaseMs: 1 })).failed).toBe(0);
    expect(at.length).toBeGreaterThanOrEqual(3);
    const gaps = at.slice(1).map((t, i) => t - at[i]!);
    expect(gaps[0]).toBeGreaterThanOrEqual(245);
    expect(gaps[0]).toBeLessThan(5000);
    expect(gaps[1]).toBeGreaterThanOrEqual(495);
  });

  it('wait answering after holding a second or more (by the clock): asked again at once, no pause', async () => {
    const { h, single } = await addressInsert({ operationMs: 3000, waitDeadlineMs: 5 });
    const clock = heldClock();
    let waits = 0;
    const clients = await watched(h.em.endpoint, (req) => isWait(req) && (waits++, clock.advance(2000)));
    expect((await applyPlan(single, clients, { secret: none, retryBaseMs: 1 })).failed).toBe(0);
    // 3 s of asking without pauses; with pauses of 250, 500, 750, 1000 ms… it would be 5 asks.
    expect(waits).toBeGreaterThanOrEqual(10);
  });

  it('requests time out after 1 s: operations.wait still gets its 2-minute hold (150 s), so a 2.5 s hold is one answer, no retry', async () => {
    const h = await harness({ operationMs: 2500 });
    const p = await plan(h, workspace().write(ONE_BACKEND));
    const insert = p.steps.find((s) => s.id === 'create:globalAddress/lb-ip')!;
    h.em.log.length = 0;
    const result = await applyPlan({ ...p, steps: [insert], edges: [] }, computeClients({ endpoint: h.em.endpoint, timeoutMs: 1000 }), { secret: none, retryBaseMs: 1 });
    expect(result.failed).toBe(0);
    // One wait, held until the operation was done: a wait cut at 1 s would be asked again.
    expect(h.em.log.filter((l) => l.route?.endsWith('Operations.wait'))).toHaveLength(1);
  });

  it('the timeout of one operations.wait request: at least 150 s (the wait holds up to 2 minutes), longer when the client\'s request timeout is longer', () => {
    expect(waitTimeoutMs(undefined)).toBe(150_000);
    expect(waitTimeoutMs(1000)).toBe(150_000);
    expect(waitTimeoutMs(300_000)).toBe(300_000);
  });

  it('RESOURCE_NOT_READY for ever: tried again while the time spent plus the next delay stays within the budget, the edge included', async () => {
    const { h, single } = await addressInsert({ faults: { ...NO_FAULTS, operationNotReady: 1 } });
    heldClock();
    h.em.log.length = 0;
    // Delays of 100, 200, 400 ms (random 1): 100 and 200 fit a 200 ms budget (the clock stands still), 400 does not.
    const result = await applyPlan(single, h, { secret: none, retryBaseMs: 100, retryBudgetMs: 200, random: () => 1 });
    expect(result.outcomes.map((o) => o.status)).toEqual(['failed']);
    expect(result.outcomes[0]!.error).toMatch(/\(RESOURCE_NOT_READY\)$/);
    expect(h.em.log.filter((l) => l.route === 'globalAddresses.insert')).toHaveLength(3);
  });
});

describe('an insert that meets 409 while the other run\'s operation is still under way', () => {
  it('the name stays unreadable: read again with doubling pauses until the bound (the edge included), then it fails saying to plan again', async () => {
    const { h, insert, single } = await addressInsert({ operationMs: 60_000 });
    // Another run's insert of the same address: its operation runs for a minute, the name is taken meanwhile.
    await h.v1.globalAddresses.insert({ project: P, requestBody: (insert.operation as { body: object }).body });
    const clock = heldClock();
    const reads: number[] = [];
    // Each read of the address takes 125 ms by the clock: at 125, 250 (the bound, not past it) and 375.
    const clients = await watched(h.em.endpoint, (req) => req.method === 'GET' && req.url?.includes('/global/addresses/lb-ip') && (reads.push(performance.now()), clock.advance(125)));
    const result = await applyPlan(single, clients, { secret: none, retryBaseMs: 700, retryBudgetMs: 250 });
    expect(result.outcomes.map((o) => [o.status, o.error])).toEqual([['failed', 'globalAddress/lb-ip exists by name (409 alreadyExists) but could not be read; plan again']]);
    expect(reads).toHaveLength(3);
    // Pauses of 700 then 1400 ms (retryBaseMs, doubling), never the 5 s cap here.
    expect(reads[1]! - reads[0]!).toBeGreaterThanOrEqual(695);
    expect(reads[2]! - reads[1]!).toBeGreaterThanOrEqual(1395);
    expect(reads[2]! - reads[1]!).toBeLessThan(5000);
  });
});

describe('waiting for a managed certificate, by the clock', () => {
  it('still PROVISIONING: it fails once the time spent passes the bound, not at the bound itself', async () => {
    const before = ONE_BACKEND.replace('address: { reserve: lb-ip }', 'address: { reserve: lb-ip }\n  https:\n    certificates:\n      - managed: [example.com]');
    const after = before.replace('managed: [example.com]', 'managed: [example.com, www.example.com]');
    const h = await harness({ certificateActivationMs: 3_600_000 });
    const ws = workspace();
    await apply(h, await plan(h, ws.write(before)), ws.dir);
    const p = await plan(h, ws.write(after));
    const wait = p.steps.find((s) => s.operation.type === 'waitCertificateActive') as Step;
    expect(wait).toBeDefined();
    const clock = heldClock();
    let reads = 0;
    // Each read of the new certificate takes 500 ms by the clock: at 500, 1000 (the bound) and 1500.
    const clients = await watched(h.em.endpoint, (req) => req.method === 'GET' && req.url?.includes(`/sslCertificates/${wait.name}`) && (reads++, clock.advance(500)));
    const result = await applyPlan(p, clients, { secret: none, certificatePollMs: 1, certificateTimeoutMs: 1000, retryBaseMs: 1 });
    const o = result.outcomes.find((x) => x.step.id === wait.id)!;
    expect(o.status).toBe('failed');
    expect(o.error).toMatch(/^certificate lb-cert-[0-9a-f]{8} is still PROVISIONING after 1 s; the old certificate stays attached\./);
    expect(reads).toBe(3);
  });
});

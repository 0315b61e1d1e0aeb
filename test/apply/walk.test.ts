/**
 * The step walk of src/apply/execute.ts on the emulator, from src/ (the CLI process tests in
 * apply.test.ts run the built bundle): a failed step's dependents are skipped, each naming the failed
 * step it waited on; an interrupted apply starts nothing; the events come in order and end with the
 * result. The oracle is the plan's own edges and the emulator's log.
 */
import { describe, expect, it } from 'vitest';
import { applyPlan, type ApplyEvent } from '../../src/apply/execute.js';
import { NO_FAULTS } from '../../src/emulator/config.js';
import { secretResolver } from '../../src/manifest/secrets.js';
import { harness } from '../helpers/emulator.js';
import { apply, ENV, plan, workspace } from '../helpers/plan.js';

describe('the step walk (src)', () => {
  it('every operation failing: the roots fail, everything after them is skipped, naming a failed step it depends on', async () => {
    const h = await harness({ faults: { ...NO_FAULTS, failedOperation: 1 } });
    const p = await plan(h, 'examples/http.yaml');
    const events: ApplyEvent[] = [];
    const result = await applyPlan(p, h, { secret: () => undefined, retryBaseMs: 1 }, (e) => events.push(e));
    const failed = result.outcomes.filter((o) => o.status === 'failed').map((o) => o.step.id);
    const skipped = result.outcomes.filter((o) => o.status === 'skipped');
    expect(result.done).toBe(0);
    expect(result.failed).toBe(failed.length);
    expect(result.skipped).toBe(skipped.length);
    expect(failed.length + skipped.length).toBe(p.steps.length);
    // A step fails only when it started: one with no dependencies; every other one is skipped.
    const deps = (id: string) => p.edges.filter((e) => e.from === id).map((e) => e.to);
    for (const id of failed) expect(deps(id)).toEqual([]);
    /** Every step `id` waits on, directly or not. */
    const upstream = (id: string): string[] => deps(id).flatMap((d) => [d, ...upstream(d)]);
    for (const s of skipped) {
      expect(failed).toContain(s.because);
      expect(upstream(s.step.id)).toContain(s.because);
    }
    expect(events.filter((e) => e.type === 'skipped').map((e) => (e as { step: { id: string } }).step.id).sort()).toEqual(skipped.map((s) => s.step.id).sort());
    expect(events.filter((e) => e.type === 'failed')).toHaveLength(failed.length);
    expect(events.at(-1)).toEqual({ type: 'finished', result });
  });

  it('an apply whose signal is already aborted starts nothing: every step skipped as interrupted, no change sent', async () => {
    const h = await harness();
    const p = await plan(h, 'examples/http.yaml');
    h.em.log.length = 0;
    const controller = new AbortController();
    controller.abort();
    const events: ApplyEvent[] = [];
    const result = await applyPlan(p, h, { secret: () => undefined, signal: controller.signal }, (e) => events.push(e));
    expect(result.outcomes.map((o) => [o.status, o.because])).toEqual(p.steps.map(() => ['skipped', 'interrupted']));
    expect(result.skipped).toBe(p.steps.length);
    expect(h.em.log.filter((l) => l.method !== 'GET')).toEqual([]);
    expect(events.some((e) => e.type === 'start')).toBe(false);
  });

  it('each step is started once, after every step it depends on is done, and reports done with its time', async () => {
    const h = await harness();
    const p = await plan(h, 'examples/http.yaml');
    const events: ApplyEvent[] = [];
    const result = await applyPlan(p, h, { secret: () => undefined, parallelism: 2 }, (e) => events.push(e));
    expect(result.done).toBe(p.steps.length);
    const at = (type: string, id: string) => events.findIndex((e) => e.type === type && (e as { step?: { id: string } }).step?.id === id);
    for (const s of p.steps) {
      expect(events.filter((e) => e.type === 'start' && (e as { step: { id: string } }).step.id === s.id)).toHaveLength(1);
      for (const e of p.edges.filter((x) => x.from === s.id)) expect(at('done', e.to)).toBeLessThan(at('start', s.id));
    }
    for (const o of result.outcomes) expect(o.ms).toBeGreaterThanOrEqual(0);
  });

  it('times are measured from the start (a step, the whole apply, a failure, progress): never more than the test took', async () => {
    const began = Date.now();
    const h = await harness({ operationMs: 150 });
    const p = await plan(h, 'examples/http.yaml');
    const events: ApplyEvent[] = [];
    const result = await applyPlan(p, h, { secret: () => undefined, progressEveryMs: 40 }, (e) => events.push(e));
    const bound = Date.now() - began;
    expect(result.ms).toBeLessThanOrEqual(bound);
    for (const o of result.outcomes) expect(o.ms).toBeLessThanOrEqual(bound);
    const progress = events.filter((e) => e.type === 'progress') as { elapsedMs: number }[];
    expect(progress.length).toBeGreaterThan(0);
    for (const e of progress) expect(e.elapsedMs).toBeLessThanOrEqual(bound);
    // A step's progress ticker stops with the step: nothing is said after the apply finished.
    const count = events.length;
    await new Promise((r) => setTimeout(r, 200));
    expect(events.length).toBe(count);
    expect(events.at(-1)?.type).toBe('finished');

    const failing = await harness({ faults: { ...NO_FAULTS, failedOperation: 1 } });
    const f = await applyPlan(await plan(failing, 'examples/http.yaml'), failing, { secret: () => undefined, retryBaseMs: 1 });
    const fbound = Date.now() - began;
    for (const o of f.outcomes.filter((x) => x.status === 'failed')) expect(o.ms).toBeLessThanOrEqual(fbound);
  });
});

describe('a certificate wait holds no parallelism slot (src)', () => {
  const before = `apiVersion: lb-plan/v1
kind: LoadBalancer
metadata: { name: lb, project: my-project }
frontend:
  address: { reserve: lb-ip }
  https:
    certificates:
      - managed: [example.com]
backends:
  hello:
    serverless: [ { region: us-central1, cloudRun: { service: hello-v1 } } ]
`;
  // Rotating the certificate (a wait for ACTIVE) and, independently, moving the backend to another
  // service (a chain: new NEG, backend service repointed, old NEG deleted).
  const after = before.replace('managed: [example.com]', 'managed: [example.com, www.example.com]').replace('hello-v1', 'hello-v2');

  it('at parallelism 1, every step that does not wait on the certificate is done while the certificate is still PROVISIONING', async () => {
    // The certificate turns ACTIVE 1.5 s after the proxy serves it; each other step takes a few milliseconds.
    const h = await harness({ certificateActivationMs: 1500 });
    const ws = workspace();
    await apply(h, await plan(h, ws.write(before)), ws.dir);
    const p = await plan(h, ws.write(after));
    const wait = p.steps.find((s) => s.operation.type === 'waitCertificateActive');
    expect(wait, 'the plan waits for the new certificate').toBeDefined();
    // The oracle is the plan's edges: the steps that wait on the certificate, directly or not, and the rest.
    const waitsOn = (id: string, target: string): boolean => p.edges.some((e) => e.from === id && (e.to === target || waitsOn(e.to, target)));
    const free = p.steps.filter((s) => s.id !== wait!.id && !waitsOn(s.id, wait!.id)).map((s) => s.id);
    expect(free.some((id) => id.startsWith('delete:regionNetworkEndpointGroup/'))).toBe(true);
    const events: ApplyEvent[] = [];
    const result = await applyPlan(p, h, { secret: secretResolver(ws.dir, ENV), parallelism: 1, certificatePollMs: 20, retryBaseMs: 5 }, (e) => events.push(e));
    expect(result.outcomes.filter((o) => o.status !== 'done')).toEqual([]);
    const at = (type: string, id: string) => events.findIndex((e) => e.type === type && (e as { step?: { id: string } }).step?.id === id);
    const waitDone = at('done', wait!.id);
    // While the wait polls, the one slot is free for the rest: each of them finished before the certificate was ACTIVE.
    for (const id of free) expect(at('done', id), id).toBeLessThan(waitDone);
    // And the slot still bounds the other steps: never two of them under way at once.
    let inFlight = 0;
    for (const e of events) {
      const step = (e as { step?: { operation: { type: string } } }).step;
      if (!step || step.operation.type === 'waitCertificateActive') continue;
      if (e.type === 'start') inFlight++;
      if (e.type === 'done' || e.type === 'failed') inFlight--;
      expect(inFlight).toBeLessThanOrEqual(1);
    }
  });
});

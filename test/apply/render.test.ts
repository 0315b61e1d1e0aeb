/**
 * The renderers of an apply (src/apply/render.ts), on src/ directly: the line each event prints, the
 * JSON line a machine reads, the closing summary and the outputs. The CLI process tests run them through
 * the bundle; here each line is written out in full, as a user reads it (Terraform's "Still creating…
 * [10s elapsed]", "Apply complete"), so a changed word or a lost field fails.
 */
import { describe, expect, it } from 'vitest';
import type { ApplyResult, StepOutcome } from '../../src/apply/events.js';
import type { LbOutputs } from '../../src/apply/outputs.js';
import { eventJson, eventLine, outputsText, planJson, resultText } from '../../src/apply/render.js';
import type { Plan, Step, StepOperation } from '../../src/plan/types.js';

const step = (id: string, address: string, summary: string, operation: StepOperation): Step =>
  ({ id, address, kind: 'backendService', scope: { type: 'global' }, name: address.split('/').pop()!, api: 'v1', operation, summary }) as Step;

const create = step('create:backendService/lb-a', 'backendService/lb-a', 'create', { type: 'insert', body: { name: 'lb-a' } });
const remove = step('delete:backendService/lb-b', 'backendService/lb-b', 'delete', { type: 'delete' });
const put = step('update:urlMap/lb', 'urlMap/lb', 'update (PUT)', { type: 'update', body: {} });
const patch = step('patch:backendService/lb-c', 'backendService/lb-c', 'update (PATCH)', { type: 'patch', body: {} });
const call = step('setUrlMap:targetHttpProxy/lb-http-proxy', 'targetHttpProxy/lb-http-proxy', 'setUrlMap', { type: 'call', method: 'setUrlMap', body: {} });
const wait = step('waitActive:sslCertificate/lb-cert', 'sslCertificate/lb-cert', 'wait until ACTIVE', { type: 'waitCertificateActive' });

const outcome = (s: Step, status: StepOutcome['status'], extra: Partial<StepOutcome> = {}): StepOutcome => ({ step: s, status, ms: 5, ...extra });
const result = (outcomes: StepOutcome[], ms = 1200): ApplyResult => ({
  outcomes,
  done: outcomes.filter((o) => o.status === 'done').length,
  failed: outcomes.filter((o) => o.status === 'failed').length,
  skipped: outcomes.filter((o) => o.status === 'skipped').length,
  ms,
});

describe('eventLine: one line per event, as a person reads it', () => {
  it('start, done (milliseconds under a second, tenths of seconds from one), failed, skipped, retry, waiting', () => {
    expect(eventLine({ type: 'start', step: create })).toBe('backendService/lb-a: create…');
    expect(eventLine({ type: 'done', step: create, ms: 999 })).toBe('backendService/lb-a: create done [999ms]');
    expect(eventLine({ type: 'done', step: create, ms: 1000 })).toBe('backendService/lb-a: create done [1.0s]');
    expect(eventLine({ type: 'done', step: create, ms: 2400 })).toBe('backendService/lb-a: create done [2.4s]');
    expect(eventLine({ type: 'failed', step: remove, error: 'boom (QUOTA_EXCEEDED)', ms: 3 })).toBe('backendService/lb-b: Failed to delete backendService/lb-b: boom (QUOTA_EXCEEDED)');
    expect(eventLine({ type: 'skipped', step: put, because: 'create:backendService/lb-a' })).toBe('urlMap/lb: update (PUT) skipped (depends on create:backendService/lb-a)');
    expect(eventLine({ type: 'retry', step: create, attempt: 2, delayMs: 250, error: '503 Service Unavailable' })).toBe('backendService/lb-a: retrying in 250ms (attempt 2): 503 Service Unavailable');
    expect(eventLine({ type: 'retry', step: create, attempt: 3, delayMs: 1500, error: 'x' })).toBe('backendService/lb-a: retrying in 1.5s (attempt 3): x');
    expect(eventLine({ type: 'waiting', step: wait, message: 'lb-cert is PROVISIONING' })).toBe('sslCertificate/lb-cert: still waiting: lb-cert is PROVISIONING');
  });

  it('progress names what is under way, with whole seconds elapsed: creating, deleting, updating (PUT and PATCH), running a method, waiting', () => {
    const progress = (s: Step, elapsedMs: number) => eventLine({ type: 'progress', step: s, elapsedMs });
    expect(progress(create, 10_000)).toBe('backendService/lb-a: still creating… [10s elapsed]');
    expect(progress(remove, 20_400)).toBe('backendService/lb-b: still deleting… [20s elapsed]');
    expect(progress(put, 9_600)).toBe('urlMap/lb: still updating… [10s elapsed]');
    expect(progress(patch, 0)).toBe('backendService/lb-c: still updating… [0s elapsed]');
    expect(progress(call, 30_000)).toBe('targetHttpProxy/lb-http-proxy: still running setUrlMap… [30s elapsed]');
    expect(progress(wait, 60_000)).toBe('sslCertificate/lb-cert: still waiting… [60s elapsed]');
  });

  it('the end of the apply prints no line of its own (the summary does)', () => {
    expect(eventLine({ type: 'finished', result: result([]) })).toBeUndefined();
  });
});

describe('eventJson: a JSON line per event, with its time, the step named, no request body', () => {
  const now = new Date('2026-01-02T03:04:05.678Z');

  it("a step's event: its type, time, own details, then the step's id, address and summary; never the step's body", () => {
    const secretive = step('create:sslCertificate/lb-own', 'sslCertificate/lb-own', 'create', { type: 'insert', body: { privateKey: { $secret: 'env:KEY' } } });
    const line = eventJson({ type: 'failed', step: secretive, error: 'bad', ms: 7 }, now);
    expect(JSON.parse(line)).toEqual({ type: 'failed', time: '2026-01-02T03:04:05.678Z', error: 'bad', ms: 7, step: 'create:sslCertificate/lb-own', address: 'sslCertificate/lb-own', summary: 'create' });
    expect(line).not.toContain('secret');
    expect(line).not.toContain('privateKey');
    expect(JSON.parse(eventJson({ type: 'retry', step: create, attempt: 2, delayMs: 40, error: 'e' }, now))).toEqual({ type: 'retry', time: '2026-01-02T03:04:05.678Z', attempt: 2, delayMs: 40, error: 'e', step: create.id, address: create.address, summary: 'create' });
    expect(JSON.parse(eventJson({ type: 'start', step: put }, now))).toEqual({ type: 'start', time: '2026-01-02T03:04:05.678Z', step: put.id, address: 'urlMap/lb', summary: 'update (PUT)' });
  });

  it('without a time given, the time is now', () => {
    const before = Date.now();
    const t = Date.parse(JSON.parse(eventJson({ type: 'start', step: put })).time as string);
    expect(t).toBeGreaterThanOrEqual(before);
    expect(t).toBeLessThanOrEqual(Date.now());
  });

  it('finished: the counts, the time taken, and the steps done by kind of action (create, update for PUT and PATCH alike, delete, call, wait); failed and skipped steps not counted', () => {
    const r = result([
      outcome(create, 'done'),
      outcome(remove, 'done'),
      outcome(put, 'done'),
      outcome(patch, 'done'),
      outcome(call, 'done'),
      outcome(wait, 'done'),
      outcome(step('create:backendService/lb-x', 'backendService/lb-x', 'create', { type: 'insert', body: {} }), 'failed', { error: 'e' }),
      outcome(step('delete:backendService/lb-y', 'backendService/lb-y', 'delete', { type: 'delete' }), 'skipped', { because: 'interrupted' }),
    ]);
    expect(JSON.parse(eventJson({ type: 'finished', result: r }, now))).toEqual({
      type: 'finished',
      time: '2026-01-02T03:04:05.678Z',
      done: 6,
      failed: 1,
      skipped: 1,
      ms: 1200,
      actions: { create: 1, delete: 1, update: 2, call: 1, wait: 1 },
    });
    const two = result([outcome(create, 'done'), outcome(step('create:urlMap/lb', 'urlMap/lb', 'create', { type: 'insert', body: {} }), 'done')]);
    expect(JSON.parse(eventJson({ type: 'finished', result: two }, now)).actions).toEqual({ create: 2 });
  });

  it("planJson: the first line, what the apply is about to do", () => {
    const plan = { manifest: { name: 'web', project: 'my-project' }, summary: { add: 2, change: 1, destroy: 0, replace: 0, adopt: 0 }, steps: [create, put, call], warnings: ['w1'] } as unknown as Plan;
    expect(JSON.parse(planJson(plan, now))).toEqual({ type: 'plan', time: '2026-01-02T03:04:05.678Z', loadBalancer: 'web', project: 'my-project', summary: { add: 2, change: 1, destroy: 0, replace: 0, adopt: 0 }, steps: 3, warnings: ['w1'] });
    const t = Date.parse(JSON.parse(planJson(plan)).time as string);
    expect(Math.abs(t - Date.now())).toBeLessThan(60_000);
  });
});

describe('resultText: the closing summary', () => {
  it('every step done: "Apply complete", and nothing to run again', () => {
    expect(resultText(result([outcome(create, 'done'), outcome(put, 'done')], 450), undefined)).toBe('\nApply complete: 2 done, 0 failed, 0 skipped, in 450ms.\n');
    expect(resultText(result([outcome(remove, 'done')], 3000), undefined, 'Destroy')).toBe('\nDestroy complete: 1 done, 0 failed, 0 skipped, in 3.0s.\n');
  });

  it('a failure: "Apply failed", each failed step with its error, the skipped dependents, and "run apply again"', () => {
    const r = result([outcome(create, 'done'), outcome(remove, 'failed', { error: 'in use (RESOURCE_IN_USE_BY_ANOTHER_RESOURCE)' }), outcome(put, 'skipped', { because: remove.id }), outcome(call, 'skipped', { because: remove.id })]);
    expect(resultText(r, undefined)).toBe(
      [
        '',
        'Apply failed: 1 done, 1 failed, 2 skipped, in 1.2s.',
        '  Failed to delete backendService/lb-b: in use (RESOURCE_IN_USE_BY_ANOTHER_RESOURCE)',
        '  Skipped because something they depend on failed: urlMap/lb, targetHttpProxy/lb-http-proxy',
        '  Run apply again to converge: completed steps are not repeated.',
        '',
      ].join('\n'),
    );
    expect(resultText(result([outcome(remove, 'failed', { error: 'e' })]), undefined, 'Destroy')).toBe('\nDestroy failed: 0 done, 1 failed, 0 skipped, in 1.2s.\n  Failed to delete backendService/lb-b: e\n  Run destroy again to converge: completed steps are not repeated.\n');
  });

  it('interrupted: steps never started are listed apart from dependents of a failure; a step in flight that reports "interrupted" makes it interrupted too', () => {
    const r = result([outcome(create, 'done'), outcome(put, 'skipped', { because: 'interrupted' }), outcome(call, 'skipped', { because: 'interrupted' })]);
    expect(resultText(r, undefined)).toBe(
      '\nApply interrupted: 1 done, 0 failed, 2 skipped, in 1.2s.\n  Interrupted before: urlMap/lb, targetHttpProxy/lb-http-proxy\n  Run apply again to converge: completed steps are not repeated.\n',
    );
    const inFlight = result([outcome(create, 'failed', { error: 'interrupted' }), outcome(put, 'skipped', { because: create.id })]);
    expect(resultText(inFlight, undefined)).toBe(
      '\nApply interrupted: 0 done, 1 failed, 1 skipped, in 1.2s.\n  Failed to create backendService/lb-a: interrupted\n  Skipped because something they depend on failed: urlMap/lb\n  Run apply again to converge: completed steps are not repeated.\n',
    );
    // Another failure beside an interrupted one: still interrupted (the run was cut short).
    const both = result([outcome(create, 'failed', { error: 'quota' }), outcome(remove, 'failed', { error: 'interrupted' })]);
    expect(resultText(both, undefined).split('\n')[1]).toBe('Apply interrupted: 0 done, 2 failed, 0 skipped, in 1.2s.');
  });

  it('with outputs: a blank line, then the outputs', () => {
    const outputs: LbOutputs = { addresses: [{ ip: '34.1.2.3', version: 'IPv4', ports: ['80'] }], dns: [], certificates: [], urls: ['http://34.1.2.3'] };
    expect(resultText(result([outcome(create, 'done')], 10), outputs)).toBe('\nApply complete: 1 done, 0 failed, 0 skipped, in 10ms.\n\nIP addresses: 34.1.2.3 (IPv4)\nTest it: http://34.1.2.3\n');
  });
});

describe('outputsText: IPs, DNS records to create, certificate states, URLs to test', () => {
  it('each part in order, DNS records in aligned columns', () => {
    const o: LbOutputs = {
      addresses: [
        { ip: '34.1.2.3', version: 'IPv4', ports: ['80', '443'] },
        { ip: '2600:1901::1', version: 'IPv6', ports: ['443'] },
      ],
      dns: [
        { name: 'example.com', type: 'A', value: '34.1.2.3' },
        { name: 'example.com', type: 'AAAA', value: '2600:1901::1' },
      ],
      certificates: [
        { name: 'lb-cert-1', domains: ['example.com', 'www.example.com'], status: 'PROVISIONING' },
        { name: 'lb-cert-2', domains: ['api.example.com'], status: 'ACTIVE' },
      ],
      urls: ['http://34.1.2.3', 'https://34.1.2.3', 'https://example.com'],
    };
    expect(outputsText(o)).toEqual([
      'IP addresses: 34.1.2.3 (IPv4), 2600:1901::1 (IPv6)',
      'DNS records to create:',
      '  example.com                    A    34.1.2.3',
      '  example.com                    AAAA 2600:1901::1',
      'Certificate lb-cert-1 (example.com, www.example.com): PROVISIONING',
      'Certificate lb-cert-2 (api.example.com): ACTIVE',
      'Test it: http://34.1.2.3  https://34.1.2.3  https://example.com',
    ]);
  });

  it('nothing to say: no lines at all', () => {
    expect(outputsText({ addresses: [], dns: [], certificates: [], urls: [] })).toEqual([]);
  });
});


/**
 * Retrying Compute errors (src/gcp/retry.ts). Which errors are retried (isTransient), each raised for
 * real: a local server answers the status and body GCP answers, and the real @googleapis/compute
 * client turns it into the error lb-plan sees; the verdicts are written out per case, from GCP's and
 * Terraform's documented behaviour, not computed. Then how retrying() backs off, on fake timers:
 * the delays, the budget, the abort signal, and when an endpoint that never answers is given up on.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { CredentialsError } from '../../src/gcp/credentials.js';
import { computeClients, type ComputeClients } from '../../src/gcp/client.js';
import { isTransient, NO_ANSWER_ATTEMPTS, NO_ANSWER_MS, NO_ANSWER_WAIT_MS, retrying, sleep, type RetryPolicy } from '../../src/gcp/retry.js';

type Answer = { status: number; body: unknown; contentType?: string } | 'reset' | 'silent';

/** A Compute error body in GCP's envelope. */
const gcp = (code: number, reason: string, message: string, details?: unknown[]) => ({
  error: { code, message, errors: [{ domain: 'global', reason, message }], ...(details ? { details } : {}) },
});
const concurrentOps = {
  '@type': 'type.googleapis.com/google.rpc.ErrorInfo',
  reason: 'CONCURRENT_OPERATIONS_QUOTA_EXCEEDED',
  domain: 'compute.googleapis.com',
  metadata: { consumer: 'projects/my-project', quota_limit: 'ConcurrentOperationsPerProject' },
};

/** Each case: the address name that selects the answer, the answer, and whether it is transient. */
const CASES: readonly { name: string; answer: Answer; transient: boolean; why: string }[] = [
  { name: 'not-ready', answer: { status: 400, body: gcp(400, 'resourceNotReady', "The resource 'projects/my-project/global/urlMaps/lb' is not ready") }, transient: true, why: '400 resourceNotReady (Terraform retries it)' },
  { name: 'not-ready-404', answer: { status: 404, body: gcp(404, 'resourceNotReady', "The resource 'projects/my-project/global/urlMaps/lb' is not ready") }, transient: false, why: 'resourceNotReady on a 404 (only a 400 with that reason is)' },
  { name: 'plain-400', answer: { status: 400, body: gcp(400, 'invalid', "Invalid value for field 'resource.name': 'X'.") }, transient: false, why: 'a plain 400' },
  { name: 'in-use', answer: { status: 400, body: gcp(400, 'resourceInUseByAnotherResource', "The url_map resource 'lb' is already being used by 'lb-http-proxy'") }, transient: false, why: '400 resourceInUseByAnotherResource' },
  { name: 'too-many', answer: { status: 429, body: gcp(429, 'rateLimitExceeded', 'Too many requests, please retry later.') }, transient: true, why: '429' },
  { name: 'server-error', answer: { status: 500, body: gcp(500, 'backendError', 'Internal error. Please try again or contact Google Support.') }, transient: true, why: '500' },
  { name: 'bad-gateway', answer: { status: 502, body: '<html><title>Error 502 (Server Error)!!1</title></html>', contentType: 'text/html' }, transient: true, why: "502 from Google's front end (an HTML page)" },
  { name: 'unavailable', answer: { status: 503, body: gcp(503, 'backendError', 'The service is currently unavailable.') }, transient: true, why: '503' },
  { name: 'gateway-timeout', answer: { status: 504, body: '<html><title>Error 504</title></html>', contentType: 'text/html' }, transient: true, why: '504' },
  { name: 'rate-limit', answer: { status: 403, body: gcp(403, 'rateLimitExceeded', "Quota exceeded for quota metric 'Queries' and limit 'Queries per minute'.") }, transient: true, why: '403 rateLimitExceeded (the wrong code for a 429)' },
  { name: 'user-rate-limit', answer: { status: 403, body: gcp(403, 'userRateLimitExceeded', 'User Rate Limit Exceeded') }, transient: true, why: '403 userRateLimitExceeded' },
  { name: 'concurrent-ops', answer: { status: 403, body: gcp(403, 'rateLimitExceeded', 'Rate Limit Exceeded', [concurrentOps]) }, transient: true, why: '403 CONCURRENT_OPERATIONS_QUOTA_EXCEEDED' },
  {
    name: 'concurrent-ops-details-only',
    answer: { status: 403, body: { error: { code: 403, message: 'Rate Limit Exceeded', status: 'PERMISSION_DENIED', details: [concurrentOps] } } },
    transient: true,
    why: '403 CONCURRENT_OPERATIONS_QUOTA_EXCEEDED told only in details[] (google.rpc.Status, no legacy errors[])',
  },
  { name: 'rate-limit-400', answer: { status: 400, body: gcp(400, 'rateLimitExceeded', 'Rate Limit Exceeded') }, transient: false, why: 'rateLimitExceeded on a 400 (only a 403 or 429 with that reason is)' },
  { name: 'quota', answer: { status: 403, body: gcp(403, 'quotaExceeded', "Quota 'BACKEND_SERVICES' exceeded.  Limit: 5.0 globally.") }, transient: false, why: '403 quotaExceeded (a limit, not a rate)' },
  { name: 'forbidden', answer: { status: 403, body: gcp(403, 'forbidden', "Required 'compute.urlMaps.get' permission for 'projects/my-project/global/urlMaps/lb'") }, transient: false, why: '403 forbidden (a missing permission)' },
  { name: 'missing', answer: { status: 404, body: gcp(404, 'notFound', "The resource 'projects/my-project/global/addresses/missing' was not found") }, transient: false, why: '404' },
  { name: 'exists', answer: { status: 409, body: gcp(409, 'alreadyExists', "The resource 'projects/my-project/global/addresses/exists' already exists") }, transient: false, why: '409' },
  { name: 'fingerprint', answer: { status: 412, body: gcp(412, 'conditionNotMet', 'Invalid fingerprint.') }, transient: false, why: '412' },
  { name: 'unauthenticated', answer: { status: 401, body: gcp(401, 'required', 'Request is missing required authentication credential.') }, transient: false, why: '401' },
  { name: 'oauth-refused', answer: { status: 400, body: { error: 'invalid_grant', error_description: 'Invalid JWT Signature.' } }, transient: false, why: "a token server's 400 invalid_grant (a revoked key)" },
  { name: 'oauth-429', answer: { status: 429, body: { error: 'rate_limit_exceeded', error_description: 'Rate limit exceeded' } }, transient: false, why: "a token server's 4xx OAuth refusal, even a 429" },
  { name: 'oauth-503', answer: { status: 503, body: { error: 'internal_failure' } }, transient: true, why: "a token server's 503 (it may pass)" },
  { name: 'reset', answer: 'reset', transient: true, why: 'a connection dropped before any answer' },
];

let server: Server;
let clients: ComputeClients;

beforeAll(async () => {
  server = createServer((req, res) => {
    const name = decodeURIComponent((req.url ?? '').split('?')[0]!.split('/').pop()!);
    const answer = CASES.find((c) => c.name === name)?.answer ?? { status: 200, body: { name } };
    if (answer === 'reset') return void req.socket.destroy();
    if (answer === 'silent') return;
    const text = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
    res.writeHead(answer.status, { 'content-type': answer.contentType ?? 'application/json; charset=UTF-8' }).end(text);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  clients = computeClients({ endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` });
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

/** The error the real client raises for a GET of global address `name`. */
async function errorFor(name: string, c: ComputeClients = clients): Promise<unknown> {
  try {
    await c.v1.globalAddresses.get({ project: 'my-project', address: name });
  } catch (e) {
    return e;
  }
  throw new Error(`GET ${name} succeeded`);
}

describe('isTransient, on errors raised by the real Compute client', () => {
  for (const c of CASES) {
    it(`${c.why}: ${c.transient ? 'transient' : 'not transient'}`, async () => {
      expect(isTransient(await errorFor(c.name))).toBe(c.transient);
    });
  }

  it('a request that gets no answer within its timeout: transient', async () => {
    const silent = createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', () => resolve()));
    try {
      const c = computeClients({ endpoint: `http://127.0.0.1:${(silent.address() as AddressInfo).port}/`, timeoutMs: 100 });
      expect(isTransient(await errorFor('anything', c))).toBe(true);
    } finally {
      silent.closeAllConnections();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
  });

  it('a refused connection (nothing listens): transient (retrying() decides when to give up on it)', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', () => resolve()));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    expect(isTransient(await errorFor('anything', computeClients({ endpoint: `http://127.0.0.1:${port}/` })))).toBe(true);
  });

  it('a credentials failure found before any call is never transient, even when its cause was a dropped connection', () => {
    expect(isTransient(new CredentialsError({ kind: 'unreachable', url: 'https://oauth2.googleapis.com/token', detail: 'read ECONNRESET' }))).toBe(false);
    expect(isTransient(new CredentialsError({ kind: 'none-found', gcloudFile: undefined }))).toBe(false);
    // The same words in a plain error are a dropped connection, and transient.
    expect(isTransient(new Error('request to https://compute.googleapis.com/ failed, reason: read ECONNRESET'))).toBe(true);
  });

  it('an error that is not from HTTP at all is not transient', () => {
    expect(isTransient(new TypeError("Cannot read properties of undefined (reading 'name')"))).toBe(false);
  });
});

// ---------------------------------------------------------------- retrying() on fake timers

/** Real errors of the client, captured once: a 503, a 400 and a refused connection. */
const real: { unavailable?: unknown; invalid?: unknown; refused?: unknown; timedOut?: unknown } = {};
beforeAll(async () => {
  real.unavailable = await errorFor('unavailable');
  real.invalid = await errorFor('plain-400');
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', () => resolve()));
  const port = (closed.address() as AddressInfo).port;
  await new Promise<void>((resolve) => closed.close(() => resolve()));
  real.refused = await errorFor('x', computeClients({ endpoint: `http://127.0.0.1:${port}/` }));
  const silent = createServer(() => {});
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', () => resolve()));
  real.timedOut = await errorFor('x', computeClients({ endpoint: `http://127.0.0.1:${(silent.address() as AddressInfo).port}/`, timeoutMs: 50 }));
  silent.closeAllConnections();
  await new Promise<void>((resolve) => silent.close(() => resolve()));
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

interface Trace {
  readonly calls: number[];
  readonly retries: [number, number][];
  readonly times: number[];
  readonly outcome: { value?: unknown; error?: unknown };
  readonly ms: number;
}

/** Runs retrying() on fake timers with `call` answering from `errors` (then succeeding), and reports what happened. */
async function trace(errors: (attempt: number) => unknown, policy: RetryPolicy = {}): Promise<Trace> {
  vi.useFakeTimers({ now: 1_000_000 });
  const t0 = Date.now();
  const calls: number[] = [];
  const times: number[] = [];
  const retries: [number, number][] = [];
  const p = retrying(
    async (attempt) => {
      calls.push(attempt);
      times.push(Date.now() - t0);
      const e = errors(attempt);
      if (e !== undefined) throw e;
      return `ok after ${attempt}`;
    },
    { ...policy, onRetry: (attempt, delay, e) => (retries.push([attempt, delay]), policy.onRetry?.(attempt, delay, e)) },
  );
  const outcome: { value?: unknown; error?: unknown } = {};
  const settled = p.then(
    (value) => void (outcome.value = value),
    (error: unknown) => void (outcome.error = error),
  );
  await vi.runAllTimersAsync();
  await settled;
  const ms = Date.now() - t0;
  vi.useRealTimers();
  return { calls, retries, times, outcome, ms };
}

describe('retrying()', () => {
  it('returns the first success, passing the attempt number; a success at once makes one call', async () => {
    const once = await trace(() => undefined, { baseMs: 100, random: () => 1 });
    expect(once).toMatchObject({ calls: [1], retries: [], outcome: { value: 'ok after 1' }, ms: 0 });
    const third = await trace((n) => (n < 3 ? real.unavailable : undefined), { baseMs: 100, random: () => 1 });
    expect(third).toMatchObject({ calls: [1, 2, 3], retries: [[1, 100], [2, 200]], times: [0, 100, 300], outcome: { value: 'ok after 3' } });
  });

  it('a permanent error is thrown at once, without a retry', async () => {
    const t = await trace(() => real.invalid, { baseMs: 100, random: () => 1 });
    expect(t.calls).toEqual([1]);
    expect(t.retries).toEqual([]);
    expect(t.outcome.error).toBe(real.invalid);
  });

  it('backs off exponentially from baseMs, with full jitter, and gives up with the last error when the next wait would pass the budget', async () => {
    const t = await trace(() => real.unavailable, { baseMs: 100, budgetMs: 10_000, random: () => 1 });
    // 100, 200, … 3200: 6,300 ms spent; the next wait (6,400 ms) would end past 10,000.
    expect(t.retries).toEqual([[1, 100], [2, 200], [3, 400], [4, 800], [5, 1600], [6, 3200]]);
    expect(t.calls).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(t.times).toEqual([0, 100, 300, 700, 1500, 3100, 6300]);
    expect(t.outcome.error).toBe(real.unavailable);
    expect(t.ms).toBe(6300);
    // A wait that ends exactly at the budget is still taken.
    const exact = await trace(() => real.unavailable, { baseMs: 100, budgetMs: 700, random: () => 1 });
    expect(exact.retries).toEqual([[1, 100], [2, 200], [3, 400]]);
    // Full jitter: the wait is random() times the bound, rounded.
    const half = await trace((n) => (n < 4 ? real.unavailable : undefined), { baseMs: 101, random: () => 0.5 });
    expect(half.retries).toEqual([[1, 51], [2, 101], [3, 202]]);
  });

  it('each wait is at most 30 s', async () => {
    const t = await trace((n) => (n < 9 ? real.unavailable : undefined), { baseMs: 500, budgetMs: 10_000_000, random: () => 1 });
    expect(t.retries.map(([, d]) => d)).toEqual([500, 1000, 2000, 4000, 8000, 16000, 30000, 30000]);
  });

  it('defaults: first wait bound 500 ms, a budget of 5 minutes, Math.random for the jitter', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(1);
    const t = await trace(() => real.unavailable);
    expect(t.retries.slice(0, 7)).toEqual([[1, 500], [2, 1000], [3, 2000], [4, 4000], [5, 8000], [6, 16000], [7, 30000]]);
    // 31,500 ms, then waits of 30 s while the next still ends within 300,000 ms: 8 of them (271,500 ms).
    expect(t.retries).toHaveLength(14);
    expect(t.ms).toBe(271_500);
    expect(t.outcome.error).toBe(real.unavailable);
  });

  it('an aborted signal stops the retries: before the first wait, and during a wait (which ends at once)', async () => {
    const stop = new AbortController();
    stop.abort();
    const before = await trace(() => real.unavailable, { baseMs: 100, random: () => 1, signal: stop.signal });
    expect(before).toMatchObject({ calls: [1], retries: [], outcome: { error: real.unavailable } });
    const during = new AbortController();
    const t = await trace(() => real.unavailable, { baseMs: 10_000, random: () => 1, signal: during.signal, onRetry: () => void setTimeout(() => during.abort(), 10) });
    expect(t.calls).toEqual([1, 2]);
    expect(t.times).toEqual([0, 10]);
    expect(t.outcome.error).toBe(real.unavailable);
  });

  it('a refused connection on the very first contact fails at once; later, or without firstContact, it is retried', async () => {
    const first = await trace(() => real.refused, { baseMs: 100, random: () => 1, firstContact: true });
    expect(first).toMatchObject({ calls: [1], retries: [], outcome: { error: real.refused } });
    // A refusal met after a first answer (a 503) is not a first contact.
    const later = await trace((n) => (n === 1 ? real.unavailable : n < 4 ? real.refused : undefined), { baseMs: 100, random: () => 1, firstContact: true });
    expect(later).toMatchObject({ calls: [1, 2, 3, 4], outcome: { value: 'ok after 4' } });
    const plain = await trace((n) => (n < 3 ? real.refused : undefined), { baseMs: 100, random: () => 1 });
    expect(plain).toMatchObject({ calls: [1, 2, 3], outcome: { value: 'ok after 3' } });
    // A timeout on the first contact is not a refusal: retried.
    const slow = await trace((n) => (n < 2 ? real.timedOut : undefined), { baseMs: 100, random: () => 1, firstContact: true });
    expect(slow).toMatchObject({ calls: [1, 2], outcome: { value: 'ok after 2' } });
  });

  it('noRetryOnTimeout: a request that timed out is thrown at once; other transient errors, a refusal included, are still retried', async () => {
    const timedOut = await trace((n) => (n < 2 ? real.timedOut : undefined), { baseMs: 100, random: () => 1, noRetryOnTimeout: true });
    expect(timedOut).toMatchObject({ calls: [1], retries: [], outcome: { error: real.timedOut } });
    const afterA503 = await trace((n) => (n === 1 ? real.unavailable : n === 2 ? real.timedOut : undefined), { baseMs: 100, random: () => 1, noRetryOnTimeout: true });
    expect(afterA503).toMatchObject({ calls: [1, 2], retries: [[1, 100]], outcome: { error: real.timedOut } });
    const others = await trace((n) => (n === 1 ? real.unavailable : n === 2 ? real.refused : undefined), { baseMs: 100, random: () => 1, noRetryOnTimeout: true });
    expect(others).toMatchObject({ calls: [1, 2, 3], outcome: { value: 'ok after 3' } });
  });

  it(`an endpoint that never answers is given up on after ${NO_ANSWER_ATTEMPTS} attempts in a row spanning ${NO_ANSWER_MS / 1000} s, waiting at most ${NO_ANSWER_WAIT_MS / 1000} s between them, not after the whole budget`, async () => {
    expect([NO_ANSWER_ATTEMPTS, NO_ANSWER_MS, NO_ANSWER_WAIT_MS]).toEqual([4, 20_000, 5000]);
    // Wait bounds of 10, 20, 40 s are held to 5 s while nothing answers: attempts every 5 s; the 4th (15 s) is
    // too soon, the 5th is 20 s after the first: given up there.
    const refused = await trace(() => real.refused, { baseMs: 10_000, random: () => 1 });
    expect(refused.times).toEqual([0, 5000, 10_000, 15_000, 20_000]);
    expect(refused.retries.map(([, wait]) => wait)).toEqual([5000, 5000, 5000, 5000]);
    expect(refused.outcome.error).toBe(real.refused);
    const timedOut = await trace(() => real.timedOut, { baseMs: 10_000, random: () => 1 });
    expect(timedOut.times).toEqual([0, 5000, 10_000, 15_000, 20_000]);
    // Waits of 1, 2, 4 s, then 5 s (not 8 or 16): given up at the first attempt 20 s after the first (22 s, not 31 s).
    const quick = await trace(() => real.refused, { baseMs: 1000, random: () => 1 });
    expect(quick.times).toEqual([0, 1000, 3000, 7000, 12_000, 17_000, 22_000]);
    // One millisecond short of 20 s is not enough: the streak goes on to the next attempt.
    const jitter = [1, 1, 1, 4999 / 5000, 1];
    const short = await trace(() => real.refused, { baseMs: 10_000, random: () => jitter.shift()! });
    expect(short.times).toEqual([0, 5000, 10_000, 15_000, 19_999, 24_999]);
    expect(short.outcome.error).toBe(real.refused);
    // A 503 has an answer: it breaks the streak (its wait grows as usual, to 30 s); the streak starts again at the
    // next refusal (40 s) and ends at its 5th attempt, 20 s later.
    const broken = await trace((n) => (n === 3 ? real.unavailable : real.refused), { baseMs: 10_000, random: () => 1 });
    expect(broken.times).toEqual([0, 5000, 10_000, 40_000, 45_000, 50_000, 55_000, 60_000]);
    expect(broken.outcome.error).toBe(real.refused);
    // Requests that take 9 s each to time out: by 20 s only 3 have failed, so the streak goes on to its 4th
    // (failing at 51 s), though the 3rd already came 28 s after the first failure.
    vi.useFakeTimers({ now: 1_000_000 });
    const t0 = Date.now();
    const failedAt: number[] = [];
    const slow = retrying(
      async () => {
        await new Promise((r) => setTimeout(r, 9000));
        failedAt.push(Date.now() - t0);
        throw real.timedOut;
      },
      { baseMs: 10_000, random: () => 1 },
    ).catch((e: unknown) => e);
    await vi.runAllTimersAsync();
    expect(await slow).toBe(real.timedOut);
    vi.useRealTimers();
    expect(failedAt).toEqual([9000, 23_000, 37_000, 51_000]);
    // Errors with an answer are never given up on this way: only the budget ends them (10, 20, then 30 s waits until 300 s).
    const busy = await trace(() => real.unavailable, { baseMs: 10_000, random: () => 1 });
    expect(busy.times).toEqual([0, 10_000, 30_000, 60_000, 90_000, 120_000, 150_000, 180_000, 210_000, 240_000, 270_000, 300_000]);
  });
});

describe('sleep()', () => {
  it('waits the time given, ends at once on an aborted signal, and leaves no timer or listener behind', async () => {
    vi.useFakeTimers({ now: 0 });
    let done = false;
    const p = sleep(500).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(499);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await p;
    expect(done).toBe(true);
    const stop = new AbortController();
    stop.abort();
    await sleep(60_000, stop.signal);
    expect(vi.getTimerCount()).toBe(0);
    const later = new AbortController();
    let ended = false;
    const q = sleep(60_000, later.signal).then(() => (ended = true));
    await vi.advanceTimersByTimeAsync(10);
    expect(ended).toBe(false);
    later.abort();
    await q;
    expect(Date.now()).toBe(510);
    expect(vi.getTimerCount()).toBe(0);
  });
});

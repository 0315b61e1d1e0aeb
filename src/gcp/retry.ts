/**
 * Retrying transient Compute errors: exponential backoff with full jitter, bounded in time.
 * Transient: 429, 500, 502, 503, 504, Compute's 403 rateLimitExceeded (GCE "returns the wrong error
 * code, as this should be a 429", as Terraform's provider notes), CONCURRENT_OPERATIONS_QUOTA_EXCEEDED,
 * 400 resourceNotReady, and connections dropped before an answer. Permanent errors are not retried,
 * and neither is a credentials failure (a token server's 4xx OAuth refusal: a revoked key stays revoked).
 */
import { isCredentialsFailure } from './credentials.js';
import { computeError } from './errors.js';

const TRANSIENT_STATUS = new Set([429, 500, 502, 503, 504]);

export function isTransient(e: unknown): boolean {
  if (isCredentialsFailure(e)) return false;
  const i = computeError(e);
  if (i.network) return true;
  if (i.status !== undefined && TRANSIENT_STATUS.has(i.status)) return true;
  if (i.status === 403 && (i.reason === 'rateLimitExceeded' || i.reason === 'userRateLimitExceeded' || i.detailReasons.includes('CONCURRENT_OPERATIONS_QUOTA_EXCEEDED'))) return true;
  return i.status === 400 && i.reason === 'resourceNotReady';
}

export interface RetryPolicy {
  /** Give up when the next wait would pass this many ms since the first attempt (default 5 minutes). */
  readonly budgetMs?: number;
  /** First delay bound (default 500 ms), doubled per attempt up to 30 s (NO_ANSWER_WAIT_MS while nothing answers); the delay is uniform below it. */
  readonly baseMs?: number;
  readonly random?: () => number;
  readonly signal?: AbortSignal;
  readonly onRetry?: (attempt: number, delayMs: number, error: unknown) => void;
  /** The very first contact: a refused connection or unknown host fails at once, with no retry. */
  readonly firstContact?: boolean;
  /** A request that timed out is not tried again (advisory reads under their own deadline: src/checks). */
  readonly noRetryOnTimeout?: boolean;
}

/**
 * An endpoint with no answer at all (refused, unknown host, timed out) is given up on after this
 * many consecutive attempts spanning at least NO_ANSWER_MS: a DNS or proxy blip of a few seconds is
 * ridden out, a dead endpoint is not retried for the whole budget.
 */
export const NO_ANSWER_ATTEMPTS = 4;
export const NO_ANSWER_MS = 20_000;
/**
 * The longest wait inside a no-answer streak: the attempts are spread over NO_ANSWER_MS instead of the
 * waits growing to 30 s, so a dead endpoint is given up on within about NO_ANSWER_MS + this wait, not 50 s.
 */
export const NO_ANSWER_WAIT_MS = NO_ANSWER_MS / NO_ANSWER_ATTEMPTS;

/** Sleeps `ms`, or less when `signal` aborts; leaves no listener behind either way. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const done = (): void => {
      clearTimeout(t);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const t = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}

/** Whether to stop retrying an endpoint that does not answer at all, rather than spend the whole budget on it. */
function noAnswerGiveUp(e: unknown, attempt: number, streak: { count: number; since: number }, policy: RetryPolicy): boolean {
  const i = computeError(e);
  if (policy.firstContact && attempt === 1 && i.unreachable) return true;
  return (i.unreachable || i.timedOut) && streak.count >= NO_ANSWER_ATTEMPTS && Date.now() - streak.since >= NO_ANSWER_MS;
}

/** Calls `call` until it succeeds, fails permanently, or the budget is spent. `attempt` starts at 1. */
export async function retrying<T>(call: (attempt: number) => Promise<T>, policy: RetryPolicy = {}): Promise<T> {
  const budget = policy.budgetMs ?? 300_000;
  const base = policy.baseMs ?? 500;
  const random = policy.random ?? Math.random;
  const begin = Date.now();
  let noAnswer = { count: 0, since: 0 };
  for (let attempt = 1; ; attempt++) {
    try {
      return await call(attempt);
    } catch (e) {
      if (!isTransient(e)) throw e;
      const i = computeError(e);
      if (policy.noRetryOnTimeout && i.timedOut) throw e;
      noAnswer = i.unreachable || i.timedOut ? { count: noAnswer.count + 1, since: noAnswer.count ? noAnswer.since : Date.now() } : { count: 0, since: 0 };
      if (noAnswerGiveUp(e, attempt, noAnswer, policy)) throw e;
      const bound = Math.min(noAnswer.count ? NO_ANSWER_WAIT_MS : 30_000, base * 2 ** (attempt - 1));
      const delay = Math.round(random() * bound);
      if (Date.now() - begin + delay > budget || policy.signal?.aborted) throw e;
      policy.onRetry?.(attempt, delay, e);
      await sleep(delay, policy.signal);
    }
  }
}

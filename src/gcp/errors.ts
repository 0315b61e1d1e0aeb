import { CredentialsError, describeCredentialsProblem, isCredentialsFailure, tokenProblem } from './credentials.js';

/** Compute errors, as the real client reports them: HTTP status, reason, GCP's message. */
export interface ComputeErrorInfo {
  readonly status: number | undefined;
  readonly reason: string | undefined;
  readonly message: string;
  /** ErrorInfo reasons from `error.details[]` (e.g. CONCURRENT_OPERATIONS_QUOTA_EXCEEDED). */
  readonly detailReasons: readonly string[];
  /** A network-level failure (reset, refused, dropped, no answer in time): no HTTP answer at all. */
  readonly network: boolean;
  /** Nothing listens there, or the name does not resolve: the endpoint cannot be reached at all. */
  readonly unreachable: boolean;
  /** The request got no answer within its timeout. */
  readonly timedOut: boolean;
}

/** Each Compute request waits this long for an answer (operations.wait holds up to 2 minutes: more for it). */
export const REQUEST_TIMEOUT_MS = 60_000;
export const WAIT_TIMEOUT_MS = 150_000;

export function computeError(e: unknown): ComputeErrorInfo {
  const err = e as {
    status?: number;
    code?: number | string;
    message?: string;
    cause?: { name?: string; code?: string };
    response?: { status?: number; data?: { error?: { message?: string; errors?: { reason?: string }[]; details?: { reason?: string }[] } } };
  };
  const data = err.response?.data?.error;
  const status = err.response?.status ?? (typeof err.status === 'number' ? err.status : typeof err.code === 'number' ? err.code : undefined);
  const networkCodes = ['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_SOCKET'];
  // gaxios ends a request that passed its timeout with an AbortError: no answer in time.
  const timedOut = status === undefined && (err.cause?.name === 'AbortError' || err.cause?.name === 'TimeoutError');
  const network = status === undefined && (timedOut || networkCodes.includes(String(err.code ?? err.cause?.code)) || /socket hang up|ECONNRESET|other side closed|fetch failed|terminated/i.test(err.message ?? ''));
  return {
    status,
    reason: data?.errors?.[0]?.reason,
    message: timedOut ? 'no answer in time (the request timed out)' : (data?.message ?? err.message ?? String(e)),
    detailReasons: (data?.details ?? []).map((d) => d.reason ?? '').filter(Boolean),
    network,
    unreachable: status === undefined && ['ECONNREFUSED', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH'].includes(String(err.code ?? err.cause?.code)),
    timedOut,
  };
}

/**
 * One line: GCP's message with the status and reason; for a credentials failure (also one that
 * happens mid-run, when a token is refreshed), what is wrong with the credentials and what to do.
 */
export function describeError(e: unknown): string {
  if (e instanceof CredentialsError) return e.message;
  if (isCredentialsFailure(e)) return describeCredentialsProblem(tokenProblem(e, undefined));
  const i = computeError(e);
  // 412: the fingerprint the plan observed is no longer current (gcp-behaviour.md §2.2, "Invalid fingerprint.").
  if (i.status === 412) return `${i.message} (412 ${i.reason ?? 'conditionNotMet'}): someone else changed this resource since the plan was made; plan again`;
  return i.status ? `${i.message} (${i.status}${i.reason ? ` ${i.reason}` : ''})` : i.message;
}

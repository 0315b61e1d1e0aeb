import { CredentialsError, describeCredentialsProblem, isCredentialsFailure, tokenProblem } from './credentials.js';

/** Compute errors, as the real client reports them: HTTP status, reason, GCP's message. */
export interface ComputeErrorInfo {
  readonly status: number | undefined;
  readonly reason: string | undefined;
  readonly message: string;
  /** ErrorInfo reasons from `error.details[]` (e.g. CONCURRENT_OPERATIONS_QUOTA_EXCEEDED). */
  readonly detailReasons: readonly string[];
  /** A network-level failure (reset, refused, dropped): no HTTP answer at all. */
  readonly network: boolean;
}

export function computeError(e: unknown): ComputeErrorInfo {
  const err = e as {
    status?: number;
    code?: number | string;
    message?: string;
    response?: { status?: number; data?: { error?: { message?: string; errors?: { reason?: string }[]; details?: { reason?: string }[] } } };
  };
  const data = err.response?.data?.error;
  const status = err.response?.status ?? (typeof err.status === 'number' ? err.status : typeof err.code === 'number' ? err.code : undefined);
  const networkCodes = ['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND', 'EAI_AGAIN', 'UND_ERR_SOCKET'];
  const network = status === undefined && (networkCodes.includes(String(err.code)) || /socket hang up|ECONNRESET|other side closed|fetch failed|terminated/i.test(err.message ?? ''));
  return {
    status,
    reason: data?.errors?.[0]?.reason,
    message: data?.message ?? err.message ?? String(e),
    detailReasons: (data?.details ?? []).map((d) => d.reason ?? '').filter(Boolean),
    network,
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
  return i.status ? `${i.message} (${i.status}${i.reason ? ` ${i.reason}` : ''})` : i.message;
}

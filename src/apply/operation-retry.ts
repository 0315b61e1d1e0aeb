/**
 * Errors an operation reports when it ends DONE: which are worth another try with a fresh requestId
 * (the failed operation's id is spent) and which fail the step at once with GCP's message.
 * Sources: gcp-behaviour.md §2.3 (RESOURCE_NOT_READY is retried by Terraform; QUOTA_EXCEEDED carries
 * quotaInfo) and §2.2 (400 resourceNotReady in Terraform's isCommonRetryableErrorCode).
 */

/** Codes retried within the step's budget; a number caps the attempts. */
const RETRIED: Readonly<Record<string, number>> = {
  RESOURCE_NOT_READY: Infinity,
  INTERNAL_ERROR: Infinity,
  // Right after a detach GCP may not have finished propagating it; a real user stays, so only a few tries.
  RESOURCE_IN_USE_BY_ANOTHER_RESOURCE: 4,
};

/** Whether an operation that failed with `code` on attempt `attempt` of `method` is tried again. */
export function retryOperation(code: string | undefined, method: string, attempt: number): boolean {
  if (!code) return false;
  const cap = RETRIED[code];
  if (cap === undefined) return false;
  if (code === 'RESOURCE_IN_USE_BY_ANOTHER_RESOURCE' && method !== 'delete') return false;
  return attempt < cap;
}

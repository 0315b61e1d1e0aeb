/**
 * Compute's error envelope, exactly: {"error":{"code","message","errors":[{"domain","reason","message"}]}}.
 * No `status` string (compute 4xx bodies have none). Texts follow gcp-behaviour.md.
 */
export interface ErrorDetail {
  readonly '@type': string;
  readonly [key: string]: unknown;
}

export class ApiError extends Error {
  constructor(
    readonly code: number,
    readonly reason: string,
    message: string,
    readonly domain = 'global',
    readonly details?: readonly ErrorDetail[],
  ) {
    super(message);
    this.name = 'ApiError';
  }

  toBody(): Record<string, unknown> {
    return {
      error: {
        code: this.code,
        message: this.message,
        errors: [{ domain: this.domain, reason: this.reason, message: this.message }],
        ...(this.details ? { details: this.details } : {}),
      },
    };
  }

  /** The `error.errors[].code` an operation carries when this error happens asynchronously. */
  get operationCode(): string {
    return OPERATION_CODES[this.reason] ?? this.reason.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();
  }
}

const OPERATION_CODES: Record<string, string> = {
  resourceInUseByAnotherResource: 'RESOURCE_IN_USE_BY_ANOTHER_RESOURCE',
  notFound: 'RESOURCE_NOT_FOUND',
  alreadyExists: 'RESOURCE_ALREADY_EXISTS',
  invalid: 'INVALID_FIELD_VALUE',
  resourceNotReady: 'RESOURCE_NOT_READY',
  badRequest: 'BAD_REQUEST',
  quotaExceeded: 'QUOTA_EXCEEDED',
  internalError: 'INTERNAL_ERROR',
};

export const HTTP_TEXT: Record<number, string> = { 400: 'BAD REQUEST', 401: 'UNAUTHORIZED', 403: 'FORBIDDEN', 404: 'NOT FOUND', 409: 'CONFLICT', 412: 'PRECONDITION FAILED', 413: 'PAYLOAD TOO LARGE', 429: 'TOO MANY REQUESTS', 500: 'INTERNAL SERVER ERROR', 503: 'SERVICE UNAVAILABLE' };

export const errors = {
  notFound: (path: string) => new ApiError(404, 'notFound', `The resource '${path}' was not found`),
  alreadyExists: (path: string) => new ApiError(409, 'alreadyExists', `The resource '${path}' already exists`),
  inUse: (word: string, path: string, user: string) => new ApiError(400, 'resourceInUseByAnotherResource', `The ${word} resource '${path}' is already being used by '${user}'`),
  invalidField: (field: string, value: unknown, why: string) => new ApiError(400, 'invalid', `Invalid value for field '${field}': '${typeof value === 'string' ? value : JSON.stringify(value)}'. ${why}`),
  invalid: (message: string) => new ApiError(400, 'invalid', message),
  badRequest: (message: string) => new ApiError(400, 'badRequest', message),
  required: (field: string) => new ApiError(400, 'required', `Required field '${field}' not specified`),
  fingerprint: () => new ApiError(412, 'conditionNotMet', 'Invalid fingerprint.'),
  labelFingerprint: () => new ApiError(412, 'conditionNotMet', 'Labels fingerprint either invalid or resource labels have changed'),
  notReady: (path: string) => new ApiError(400, 'resourceNotReady', `The resource '${path}' is not ready`),
  rateLimit: () =>
    new ApiError(403, 'rateLimitExceeded', "Quota exceeded for quota metric 'Queries' and limit 'Queries per minute' of service 'compute.googleapis.com' for consumer 'project_number:123456789012'.", 'usageLimits'),
  tooManyRequests: () => new ApiError(429, 'rateLimitExceeded', 'Too many requests, please retry later.', 'usageLimits'),
  backendError: () => new ApiError(500, 'backendError', 'Internal error. Please try again or contact Google Support.'),
  unavailable: () => new ApiError(503, 'backendError', 'The service is currently unavailable.'),
  concurrentOps: (project: string) =>
    new ApiError(403, 'rateLimitExceeded', 'Rate Limit Exceeded', 'usageLimits', [
      {
        '@type': 'type.googleapis.com/google.rpc.ErrorInfo',
        reason: 'CONCURRENT_OPERATIONS_QUOTA_EXCEEDED',
        domain: 'compute.googleapis.com',
        metadata: { consumer: `projects/${project}`, quota_limit: 'ConcurrentOperationsPerProject' },
      },
    ]),
  methodNotFound: (method: string, path: string) => new ApiError(404, 'notFound', `The requested URL ${path} (${method}) was not found on this server.`),
  badJson: (detail: string) => new ApiError(400, 'parseError', `Invalid JSON payload received. ${detail}`),
  /** [INFERRED] wording in the style of Compute's quota errors; the code is [REAL] (gcp-behaviour.md §2.3). */
  quotaExceeded: (metric: string) => new ApiError(403, 'quotaExceeded', `Quota '${metric}' exceeded.  Limit: 0.0 globally.`),
  operationInternal: () => new ApiError(500, 'internalError', 'Internal error. Please try again or contact Google Support.'),
  unauthenticated: () =>
    new ApiError(401, 'required', 'Request is missing required authentication credential. Expected OAuth 2 access token, login cookie or other valid authentication credential.'),
  /** [INFERRED] Google's front end wording for an oversized request. */
  payloadTooLarge: (limit: number) => new ApiError(413, 'badRequest', `Request payload size exceeds the limit: ${limit} bytes.`),
};

/** How the emulator behaves: timings and injected faults. Everything seeded and reproducible. */
export interface FaultRates {
  /** Fraction of requests answered 403 rateLimitExceeded (Compute's wrong-code quota error). */
  readonly rateLimit: number;
  /** Fraction answered 429. */
  readonly tooManyRequests: number;
  /** Fraction answered 500 backendError. */
  readonly serverError: number;
  /** Fraction answered 503. */
  readonly unavailable: number;
  /** Fraction whose connection is dropped before the request is acted on. */
  readonly dropBefore: number;
  /** Fraction whose connection is dropped after the request was acted on (the case requestId exists for). */
  readonly dropAfter: number;
  /** Fraction of mutations whose operation ends DONE with a permanent error: QUOTA_EXCEEDED (nothing changed). */
  readonly failedOperation: number;
  /** Fraction whose operation ends DONE with RESOURCE_NOT_READY (gcp-behaviour.md §2.3; retried by Terraform). */
  readonly operationNotReady: number;
  /** Fraction whose operation ends DONE with INTERNAL_ERROR ("Internal error. Please try again"). */
  readonly operationInternal: number;
  /** Fraction of deletes whose operation ends with RESOURCE_IN_USE_BY_ANOTHER_RESOURCE, as right after a detach GCP has not finished propagating. */
  readonly operationInUse: number;
}

export interface EmulatorConfig {
  readonly seed: number;
  /** Added to every call: [min, max] milliseconds, uniformly. */
  readonly latencyMs: readonly [number, number];
  /** How long an operation stays RUNNING before it is DONE and its change is visible; 0 = at once. */
  readonly operationMs: number;
  /** How long `operations.wait` holds a request before answering with the current state (GCP: 2 minutes). */
  readonly waitDeadlineMs: number;
  /** How long a managed certificate stays PROVISIONING once a forwarding rule serves it. */
  readonly certificateActivationMs: number;
  /** Operations RUNNING at once per project before 403 CONCURRENT_OPERATIONS_QUOTA_EXCEEDED; 0 = unlimited. */
  readonly maxConcurrentOperations: number;
  readonly faults: FaultRates;
  /** Default page size of list calls (GCP: 500, which is also the maximum). */
  readonly defaultPageSize: number;
  /**
   * Per-domain provisioning outcomes of managed certificates (`--certificate-states`): FAILED_NOT_VISIBLE,
   * FAILED_CAA_CHECKING, FAILED_CAA_FORBIDDEN or FAILED_RATE_LIMITED. Such a domain shows the state
   * while provisioning, and its certificate ends PROVISIONING_FAILED instead of ACTIVE.
   */
  readonly certificateDomainStates: Readonly<Record<string, string>>;
  /** Seed for unknown fields added at random depths of every resource a read returns (./unknown-fields.ts); 0 = none. */
  readonly unknownFields: number;
  /** Projects where the caller lacks run.services.* permissions: the Cloud Run Admin API answers 403 PERMISSION_DENIED (./run.ts). */
  readonly runDenied: readonly string[];
}

export const NO_FAULTS: FaultRates = { rateLimit: 0, tooManyRequests: 0, serverError: 0, unavailable: 0, dropBefore: 0, dropAfter: 0, failedOperation: 0, operationNotReady: 0, operationInternal: 0, operationInUse: 0 };

export const DEFAULT_CONFIG: EmulatorConfig = {
  seed: 1,
  latencyMs: [0, 0],
  operationMs: 0,
  waitDeadlineMs: 120_000,
  certificateActivationMs: 0,
  maxConcurrentOperations: 0,
  faults: NO_FAULTS,
  defaultPageSize: 500,
  unknownFields: 0,
  certificateDomainStates: {},
  runDenied: [],
};

/** mulberry32: a small, fast, seeded PRNG. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

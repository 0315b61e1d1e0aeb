/**
 * What the service checks found: inert data, carried by the plan (`plan.services`) and rendered with
 * its warnings. Never used to decide what to change.
 */

/** A Cloud Run service (or a Cloud Run function, formerly Cloud Functions 2nd gen) serverless NEGs send requests to, in one region. */
export interface ServiceTarget {
  readonly platform: 'cloudRun' | 'cloudFunctions';
  readonly region: string;
  /** The Cloud Run service name (for a function: the function's name, which is its service's). */
  readonly service: string;
  /** The Cloud Run tags the NEGs name, or their URL masks extract. */
  readonly tags: readonly string[];
  /** The NEGs that send requests to it. */
  readonly negs: readonly string[];
  /** Backend keys of the manifest. */
  readonly backends: readonly string[];
  /** For URL-mask NEGs: the `tests:` URLs through which the mask reaches it. */
  readonly urls: readonly string[];
}

export type FindingCode =
  /** No such service in the NEG's region (and none of that name elsewhere). */
  | 'missing'
  /** No such service in the NEG's region, but one of that name in another region. */
  | 'other-region'
  /** Ingress INGRESS_TRAFFIC_ALL: the service's own URL bypasses the load balancer. */
  | 'ingress-all'
  /** Ingress INGRESS_TRAFFIC_INTERNAL_ONLY: the external load balancer cannot reach it. */
  | 'ingress-internal-only'
  /** Ingress INGRESS_TRAFFIC_NONE: no traffic at all is let in. */
  | 'ingress-none'
  /** Ingress unspecified (no active revision) or a value lb-plan does not know. */
  | 'ingress-unknown'
  /** The NEG names a tag the service's traffic does not have. */
  | 'missing-tag'
  /** A function with no Cloud Run service of its name: 1st gen, or missing. */
  | 'function-not-run'
  /** A URL-mask NEG that no `tests:` URL reaches: what it serves is unknown to lb-plan. */
  | 'mask-untested';

export interface ServiceFinding {
  /** `warning` fails `--strict`; `note` never does. */
  readonly severity: 'warning' | 'note';
  readonly code: FindingCode;
  readonly region: string;
  /** The service (or function); for `mask-untested`, the URL mask. */
  readonly service: string;
  readonly negs: readonly string[];
  /** One sentence for people: what is wrong, what it breaks, what to do. */
  readonly message: string;
}

/** The outcome of the checks for one plan. */
export type ServiceChecks =
  | { readonly status: 'checked'; readonly checked: number; readonly findings: readonly ServiceFinding[] }
  /** Not run at all: the Cloud Run Admin API is off, the credentials may not read services, or it failed. */
  | { readonly status: 'skipped'; readonly reason: string; readonly checked: 0; readonly findings: readonly ServiceFinding[] };

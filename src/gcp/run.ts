/**
 * The Cloud Run Admin API v2 seam, beside the Compute one (./client.ts): reads of the Cloud Run
 * services serverless NEGs point at (Cloud Run functions, formerly Cloud Functions 2nd gen, are Cloud
 * Run services too). Same credentials, same endpoint override (the emulator serves both APIs), same
 * retries. The client library is loaded only when a command first asks for it.
 *
 * How the API answers when it cannot help, as recorded from real GCP (googleapis' JSON error format,
 * https://cloud.google.com/apis/design/errors, AIP-193):
 * - API not enabled: 403 `{"error":{"code":403,"message":"Cloud Run Admin API has not been used in project P
 *   before or it is disabled. Enable it by visiting https://console.developers.google.com/apis/api/run.googleapis.com/overview?project=P
 *   then retry. …","status":"PERMISSION_DENIED","details":[{"@type":"type.googleapis.com/google.rpc.ErrorInfo",
 *   "reason":"SERVICE_DISABLED","domain":"googleapis.com","metadata":{"service":"run.googleapis.com","consumer":"projects/P",
 *   "activationUrl":…}}]}}` (the body quoted in google-gemini/gemini-cli#1343 for another API; the Cloud Run
 *   wording in GoogleCloudPlatform/community#1339).
 * - No `run.services.get`: 403 PERMISSION_DENIED "Permission 'run.services.get' denied on resource
 *   '…/services/S' (or resource may not exist)." (google-github-actions/deploy-cloudrun#182; IAM's
 *   "permission error messages" page: the ErrorInfo reason is IAM_PERMISSION_DENIED). Without the
 *   permission GCP does not say whether the service exists.
 * - No such service: 404 NOT_FOUND "Resource 'S' of kind 'SERVICE' in region 'R' in project 'P' does not exist."
 */
import type { ComputeClients } from './client.js';
import { pageTokens } from './pages.js';
import { retrying, type RetryPolicy } from './retry.js';

/** One Cloud Run service, as the checks need it. */
export interface RunService {
  readonly name: string;
  readonly region: string;
  /** `INGRESS_TRAFFIC_ALL`, `INGRESS_TRAFFIC_INTERNAL_ONLY`, `INGRESS_TRAFFIC_INTERNAL_LOAD_BALANCER` (or a newer value), or UNEXPECTED_INGRESS. */
  readonly ingress: string | undefined;
  /** Tags of its traffic targets (`traffic[].tag` and `trafficStatuses[].tag`). */
  readonly tags: readonly string[];
}

/** Reads Cloud Run services. `get` answers undefined for a service that does not exist (404). */
export interface RunReader {
  get(project: string, region: string, service: string): Promise<RunService | undefined>;
  list(project: string, region: string): Promise<readonly RunService[]>;
}

/** Why the Cloud Run Admin API cannot answer at all for a project: the checks are skipped, with one note. */
export class RunUnavailable extends Error {
  constructor(
    readonly why: 'disabled' | 'denied',
    message: string,
  ) {
    super(message);
    this.name = 'RunUnavailable';
  }
}

interface ApiErrorBody {
  readonly code?: number;
  readonly message?: string;
  readonly status?: string;
  readonly details?: readonly { readonly reason?: string; readonly metadata?: Readonly<Record<string, string>> }[];
}

/** The googleapis error body of a failed request, when there is one. */
function errorBody(e: unknown): { status: number | undefined; body: ApiErrorBody | undefined } {
  const r = (e as { response?: { status?: number; data?: { error?: ApiErrorBody } } }).response;
  return { status: r?.status, body: r?.data?.error && typeof r.data.error === 'object' ? r.data.error : undefined };
}

/** A RunUnavailable for a 403 that says the API is off or the caller may not read services; else undefined. */
export function runUnavailable(e: unknown, project: string, endpoint?: string): RunUnavailable | undefined {
  const { status, body } = errorBody(e);
  if (status !== 403 || !body) return undefined;
  if (body.details?.some((d) => d.reason === 'SERVICE_DISABLED')) {
    // lb-plan's emulator answers so until it is given services. Its endpoint is left out: the in-process
    // emulator's port changes with every run, and the sentence says which kind of endpoint it is.
    const how = endpoint ? `on lb-plan's emulator, start it with --run-services FILE` : `enable it with \`gcloud services enable run.googleapis.com --project ${project}\``;
    return new RunUnavailable('disabled', `the Cloud Run Admin API (run.googleapis.com) is not enabled in project ${project} (${endpoint ? 'on the Compute endpoint given' : 'GCP'}); to have them checked, ${how}`);
  }
  if (body.status === 'PERMISSION_DENIED' || body.details?.some((d) => d.reason === 'IAM_PERMISSION_DENIED')) {
    return new RunUnavailable('denied', `the credentials may not read Cloud Run services in project ${project} (they lack run.services.get; roles/run.viewer has it)`);
  }
  return undefined;
}

const str = (x: unknown): string | undefined => (typeof x === 'string' && x !== '' ? x : undefined);

/** What RunService.ingress says when the API answered something not of the IngressTraffic enum's form. */
export const UNEXPECTED_INGRESS = 'an unexpected value';

/**
 * The ingress an API answer gives, clamped to the IngressTraffic enum's form (`INGRESS_TRAFFIC_…`,
 * upper case and underscores): anything else is hostile or garbled and is never quoted into a plan.
 */
function ingressOf(x: unknown): string | undefined {
  const s = str(x);
  return s === undefined || /^[A-Z_]{1,64}$/.test(s) ? s : UNEXPECTED_INGRESS;
}

/** A v2 Service body → RunService. The name is `projects/P/locations/L/services/S`. */
export function runService(body: Readonly<Record<string, unknown>>): RunService {
  const name = String(body.name ?? '');
  const m = /^projects\/[^/]+\/locations\/([^/]+)\/services\/([^/]+)$/.exec(name);
  const targets = [body.traffic, body.trafficStatuses].flatMap((x) => (Array.isArray(x) ? (x as Record<string, unknown>[]) : []));
  const tags = [...new Set(targets.map((t) => str(t?.tag)).filter((t): t is string => t !== undefined))].sort();
  return { name: m?.[2] ?? name, region: m?.[1] ?? '', ingress: ingressOf(body.ingress), tags };
}

type Call = (params: Record<string, unknown>, options?: { signal?: AbortSignal }) => Promise<{ data: unknown }>;

/**
 * A RunReader on the Compute clients' endpoint and credentials: the emulator's URL with `--emulator`
 * or `--compute-endpoint`, else run.googleapis.com. 403 SERVICE_DISABLED and PERMISSION_DENIED throw
 * RunUnavailable; transient errors are retried as Compute's are. `policy.signal` also cancels the
 * requests in flight (the checks' overall deadline).
 */
export async function runReader(clients: Pick<ComputeClients, 'endpoint' | 'auth' | 'timeoutMs'>, policy: RetryPolicy = {}): Promise<RunReader> {
  // Only the v2 surface of @googleapis/run: its index also loads v1, v1alpha1 and v1beta1.
  const { run_v2 } = await import('@googleapis/run/build/v2.js');
  const api = new run_v2.Run({ ...(clients.endpoint ? { rootUrl: clients.endpoint } : {}), auth: clients.auth, retry: false, timeout: clients.timeoutMs });
  const services = api.projects.locations.services as unknown as { get: Call; list: Call };
  const options = policy.signal ? { signal: policy.signal } : {};
  const call = async (project: string, f: () => Promise<{ data: unknown }>): Promise<{ data: unknown }> => {
    try {
      // Advisory reads under the checks' own deadline: a request that timed out is not sent again.
      return await retrying(f, { ...policy, noRetryOnTimeout: true });
    } catch (e) {
      throw runUnavailable(e, project, clients.endpoint) ?? e;
    }
  };
  return {
    async get(project, region, service) {
      try {
        const r = await call(project, () => services.get({ name: `projects/${project}/locations/${region}/services/${service}` }, options));
        return runService(r.data as Record<string, unknown>);
      } catch (e) {
        if (errorBody(e).status === 404) return undefined;
        throw e;
      }
    },
    async list(project, region) {
      const out: RunService[] = [];
      const tokens = pageTokens(`listing the Cloud Run services of ${region}`);
      let pageToken: string | undefined;
      do {
        const token = pageToken;
        const r = await call(project, () => services.list({ parent: `projects/${project}/locations/${region}`, pageSize: 500, ...(token ? { pageToken: token } : {}) }, options));
        const data = r.data as { services?: Record<string, unknown>[]; nextPageToken?: string };
        out.push(...(data.services ?? []).map(runService));
        pageToken = tokens.next(data.nextPageToken);
      } while (pageToken);
      return out;
    },
  };
}

/**
 * Where Cloud Run services can live (https://cloud.google.com/run/docs/locations, tier 1 and tier 2).
 * The v2 API lists one region at a time ("Location must be a valid Google Cloud region, and cannot be
 * the "-" wildcard": services.list's `parent`), so a service missing from its NEG's region is looked
 * for in these, once per plan.
 */
export const CLOUD_RUN_REGIONS: readonly string[] = [
  'africa-south1', 'asia-east1', 'asia-east2', 'asia-northeast1', 'asia-northeast2', 'asia-northeast3', 'asia-south1', 'asia-south2',
  'asia-southeast1', 'asia-southeast2', 'australia-southeast1', 'australia-southeast2', 'europe-central2', 'europe-north1', 'europe-southwest1',
  'europe-west1', 'europe-west10', 'europe-west12', 'europe-west2', 'europe-west3', 'europe-west4', 'europe-west6', 'europe-west8', 'europe-west9',
  'me-central1', 'me-central2', 'me-west1', 'northamerica-northeast1', 'northamerica-northeast2', 'southamerica-east1', 'southamerica-west1',
  'us-central1', 'us-east1', 'us-east4', 'us-east5', 'us-south1', 'us-west1', 'us-west2', 'us-west3', 'us-west4',
];

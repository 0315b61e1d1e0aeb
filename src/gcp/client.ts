/**
 * The Compute client seam: the real `@googleapis/compute` client, pointed at GCP with Application
 * Default Credentials, or at an emulator endpoint with no credentials at all.
 */
// The two API versions lb-plan calls, imported on their own: the package's index also loads `alpha`
// (1.7 MB of client lb-plan never calls) into every bundle and every start.
import { compute_beta } from '@googleapis/compute/build/beta.js';
import { compute_v1 } from '@googleapis/compute/build/v1.js';
import { GoogleAuth, OAuth2Client } from 'google-auth-library';
import { checkCredentials, CLOUD_PLATFORM_SCOPE } from './credentials.js';
import { REQUEST_TIMEOUT_MS } from './errors.js';

type Options = Omit<compute_v1.Options, 'version'>;

/** A client of one version, as the package's `compute({ version, … })` makes it (googleapis-common getAPI: new, then frozen). */
function compute(options: Options & { version: 'v1' }): compute_v1.Compute;
function compute(options: Options & { version: 'beta' }): compute_beta.Compute;
function compute({ version, ...options }: Options & { version: 'v1' | 'beta' }): compute_v1.Compute | compute_beta.Compute {
  return Object.freeze(version === 'v1' ? new compute_v1.Compute(options) : new compute_beta.Compute(options));
}

export interface ComputeClients {
  readonly v1: compute_v1.Compute;
  readonly beta: compute_beta.Compute;
  /** Where requests go: the emulator's URL, or undefined for GCP. */
  readonly endpoint: string | undefined;
  /** How long one request waits for an answer. */
  readonly timeoutMs?: number;
  /** The credentials the clients use: other Google APIs (the Cloud Run Admin API, ./run.ts) reuse them. */
  readonly auth?: GoogleAuth | OAuth2Client;
}

export interface ClientOptions {
  /** `--compute-endpoint` / LB_PLAN_COMPUTE_ENDPOINT: talk to this Compute-compatible endpoint without credentials. */
  readonly endpoint?: string;
  /** How long one request waits for an answer (`--request-timeout`; default 60 s). */
  readonly timeoutMs?: number;
}

/** The endpoint from options, else from LB_PLAN_COMPUTE_ENDPOINT. */
export function resolveEndpoint(explicit: string | undefined, env: Readonly<Record<string, string | undefined>>): string | undefined {
  const e = explicit ?? env.LB_PLAN_COMPUTE_ENDPOINT;
  return e ? (e.endsWith('/') ? e : `${e}/`) : undefined;
}

export function computeClients(options: ClientOptions = {}): ComputeClients {
  if (options.endpoint) {
    // The emulator needs a bearer token to be present, not a valid one.
    const auth = new OAuth2Client();
    auth.setCredentials({ access_token: 'lb-plan-emulator', expiry_date: Date.now() + 10 * 365 * 24 * 3600 * 1000 });
    const rootUrl = options.endpoint;
    const timeout = options.timeoutMs ?? REQUEST_TIMEOUT_MS;
    return {
      v1: compute({ version: 'v1', rootUrl, auth, retry: false, timeout }),
      beta: compute({ version: 'beta', rootUrl, auth, retry: false, timeout }),
      endpoint: options.endpoint,
      timeoutMs: timeout,
      auth,
    };
  }
  return gcpClientsWith(new GoogleAuth({ scopes: [CLOUD_PLATFORM_SCOPE] }), options.timeoutMs);
}

/** Clients for compute.googleapis.com (the client's default root) authorized by `auth`. */
function gcpClientsWith(auth: GoogleAuth, timeout = REQUEST_TIMEOUT_MS): ComputeClients {
  return { v1: compute({ version: 'v1', auth, retry: false, timeout }), beta: compute({ version: 'beta', auth, retry: false, timeout }), endpoint: undefined, timeoutMs: timeout, auth };
}

/**
 * Clients for GCP whose Application Default Credentials have been checked: the credentials are found
 * and one access token fetched (and kept for the requests that follow) before this returns. Throws a
 * CredentialsError saying in one line what is wrong, so a missing, revoked or refused credential is
 * reported once, before any Compute call, and never retried. `env` only words the message.
 */
export async function gcpClients(env: Readonly<Record<string, string | undefined>>, timeoutMs?: number): Promise<ComputeClients> {
  const auth = new GoogleAuth({ scopes: [CLOUD_PLATFORM_SCOPE] });
  await checkCredentials(auth, env);
  return gcpClientsWith(auth, timeoutMs);
}

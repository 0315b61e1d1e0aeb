/**
 * Application Default Credentials, checked once before lb-plan talks to GCP, and every way they fail
 * said in one line: what is wrong and what to do. google-auth-library finds the credentials
 * (GOOGLE_APPLICATION_CREDENTIALS, gcloud's application-default file, the metadata server) and gets
 * the token; this module only asks it once up front and words its failures.
 *
 * A refusal from Google's token server is permanent (a revoked key stays revoked): `isCredentialsFailure`
 * lets retry.ts give up at once instead of backing off for minutes.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { JWT, UserRefreshClient, type GoogleAuth } from 'google-auth-library';

/** The one scope lb-plan asks for. */
export const CLOUD_PLATFORM_SCOPE = 'https://www.googleapis.com/auth/cloud-platform';

type Env = Readonly<Record<string, string | undefined>>;

/** Where the credentials came from, for the message. */
export type CredentialsSource = 'GOOGLE_APPLICATION_CREDENTIALS' | 'gcloud';

/** Whose credentials were refused: a service account key, or a person's gcloud login. */
export interface Holder {
  readonly kind: 'service-account' | 'gcloud-login';
  /** In words, e.g. "the service account x@p.iam.gserviceaccount.com (key file /k.json)". */
  readonly words: string;
}

/** Why ADC gave no access token, as data; `describeCredentialsProblem` words it. */
export type CredentialsProblem =
  /** GOOGLE_APPLICATION_CREDENTIALS names a path where there is no file. */
  | { readonly kind: 'missing-file'; readonly path: string }
  /** The file is there but is not credentials the library can use (not JSON, fields missing, a directory…). */
  | { readonly kind: 'unusable-file'; readonly source: CredentialsSource; readonly path: string; readonly detail: string }
  /** No env var, no gcloud file, no metadata server. */
  | { readonly kind: 'none-found'; readonly gcloudFile: string | undefined }
  /** The token server answered with an OAuth error (RFC 6749 §5.2: `{"error": …, "error_description": …}`). */
  | { readonly kind: 'refused'; readonly status: number | undefined; readonly error: string; readonly description: string | undefined; readonly who: Holder | undefined }
  /** No answer from the token server at all. */
  | { readonly kind: 'unreachable'; readonly url: string | undefined; readonly detail: string }
  | { readonly kind: 'other'; readonly detail: string };

/** ADC could not give lb-plan an access token; `problem` says why. The message is one line. */
export class CredentialsError extends Error {
  constructor(readonly problem: CredentialsProblem) {
    super(describeCredentialsProblem(problem));
    this.name = 'CredentialsError';
  }
}

/** The parts of a gaxios error this module reads. */
interface HttpErrorShape {
  readonly message?: unknown;
  readonly code?: unknown;
  readonly response?: { readonly status?: unknown; readonly data?: unknown };
  readonly config?: { readonly url?: unknown };
}

/**
 * The OAuth error a token endpoint answered with, or undefined for anything else. Told apart from a
 * Compute error by its body: OAuth's `error` is a string (`{"error":"invalid_grant","error_description":
 * "Invalid JWT Signature."}`, as Google answers a revoked key — googleapis/google-cloud-python#10004),
 * Compute's `error` is an object with code, message and errors[].
 */
export function oauthRefusal(e: unknown): { status: number | undefined; error: string; description: string | undefined } | undefined {
  const data = (e as HttpErrorShape | null)?.response?.data as { error?: unknown; error_description?: unknown } | undefined;
  if (!data || typeof data !== 'object' || typeof data.error !== 'string') return undefined;
  const status = (e as HttpErrorShape).response?.status;
  return {
    status: typeof status === 'number' ? status : undefined,
    error: data.error,
    description: typeof data.error_description === 'string' && data.error_description ? data.error_description : undefined,
  };
}

/**
 * True for failures no retry can fix: a CredentialsError, or a token server's OAuth refusal (4xx: a
 * revoked key stays revoked). A token server's 5xx is not one: it may pass, so it stays transient.
 */
export function isCredentialsFailure(e: unknown): boolean {
  if (e instanceof CredentialsError) return true;
  const refusal = oauthRefusal(e);
  return refusal !== undefined && (refusal.status === undefined || refusal.status < 500);
}

/** gcloud's application-default credentials file, where google-auth-library looks for it. */
export function gcloudCredentialsFile(env: Env, platform: NodeJS.Platform = process.platform): string | undefined {
  const base = platform === 'win32' ? env.APPDATA : env.HOME ? join(env.HOME, '.config') : undefined;
  return base ? join(base, 'gcloud', 'application_default_credentials.json') : undefined;
}

/** The error's message on one line. */
function messageOf(e: unknown): string {
  const m = (e as HttpErrorShape | null)?.message;
  return (typeof m === 'string' ? m : String(e)).replace(/\s+/g, ' ').trim();
}

/** Why a credentials file that exists could not be used, in lb-plan's words where the library's are unclear. */
function fileDetail(e: unknown, path: string): string {
  if (statSync(path, { throwIfNoEntry: false })?.isDirectory()) return 'it is a directory, not a file';
  if (e instanceof SyntaxError) return 'it is not valid JSON';
  return messageOf(e);
}

/** Why `GoogleAuth.getClient()` failed: the credentials could not be found or loaded. */
export function loadingProblem(e: unknown, env: Env): CredentialsProblem {
  // The library reads either spelling.
  const named = env.GOOGLE_APPLICATION_CREDENTIALS || env.google_application_credentials;
  if (named) return existsSync(named) ? { kind: 'unusable-file', source: 'GOOGLE_APPLICATION_CREDENTIALS', path: named, detail: fileDetail(e, named) } : { kind: 'missing-file', path: named };
  const gcloudFile = gcloudCredentialsFile(env);
  // google-auth-library's GoogleAuthExceptionMessages.NO_ADC_FOUND.
  if (/Could not load the default credentials/.test(messageOf(e))) return { kind: 'none-found', gcloudFile };
  if (gcloudFile && existsSync(gcloudFile)) return { kind: 'unusable-file', source: 'gcloud', path: gcloudFile, detail: fileDetail(e, gcloudFile) };
  return { kind: 'other', detail: messageOf(e) };
}

/** Why getting the access token failed, for the credentials of `who`. */
export function tokenProblem(e: unknown, who: Holder | undefined): CredentialsProblem {
  const refusal = oauthRefusal(e);
  if (refusal) return { kind: 'refused', ...refusal, who };
  const err = e as HttpErrorShape | null;
  if (err?.response === undefined && typeof err?.code === 'string' && /^E[A-Z_]+$/.test(err.code)) {
    const url = err.config?.url;
    return { kind: 'unreachable', url: url === undefined ? undefined : String(url), detail: messageOf(e) };
  }
  return { kind: 'other', detail: messageOf(e) };
}

/** Whose credentials these are: the service account and its key file, or gcloud's login; else undefined. */
export function whoseCredentials(client: unknown, env: Env): Holder | undefined {
  const named = env.GOOGLE_APPLICATION_CREDENTIALS || env.google_application_credentials;
  if (client instanceof JWT) return { kind: 'service-account', words: `the service account ${client.email ?? '(no client_email)'}${named ? ` (key file ${named})` : ''}` };
  if (client instanceof UserRefreshClient) return { kind: 'gcloud-login', words: `the gcloud application-default login${named ? ` in ${named}` : ''}` };
  return undefined;
}

const noDot = (s: string): string => s.replace(/[.\s]+$/, '');

/** "A, B, or C." from the options, with the caller's alternative (e.g. "use --emulator") last. */
function advice(options: readonly string[], alternative: string | undefined): string {
  const all = alternative ? [...options, alternative] : [...options];
  const text = all.length <= 1 ? all.join('') : `${all.slice(0, -1).join(', ')}, or ${all[all.length - 1]}`;
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

const LOGIN = 'run `gcloud auth application-default login`';

/** What a token server's OAuth error code most likely means for these credentials, and what to do. */
function refusalHint(error: string, who: Holder | undefined, alternative: string | undefined): string {
  if (who?.kind === 'gcloud-login') return `The login has probably expired or been revoked. ${advice([`${LOGIN} again`], alternative)}`;
  switch (error) {
    case 'invalid_grant':
      // Google's wordings: "Invalid JWT Signature." (key deleted or revoked: googleapis/google-cloud-python#10004),
      // "Account has been deleted" (FlowCrypt/flowcrypt-browser#2269), "Invalid JWT: Token must be a
      // short-lived token and in a reasonable timeframe" (clock skew).
      return `The key was probably deleted or revoked, or its service account deleted or disabled (or this machine's clock is wrong). ${advice(['create a new key for the service account', LOGIN], alternative)}`;
    case 'invalid_scope':
      // Google: {"error":"invalid_scope","error_description":"Invalid OAuth scope or ID token audience provided."}
      // (googleapis/python-genai#944).
      return `The token server would not grant these credentials the one scope lb-plan asks for, ${CLOUD_PLATFORM_SCOPE}. ${advice(['check the service account in the Cloud console (IAM & Admin, Service accounts)', LOGIN], alternative)}`;
    default:
      return `The account may not get access tokens this way. ${advice(['check the service account and its keys in the Cloud console (IAM & Admin, Service accounts)', LOGIN], alternative)}`;
  }
}

/**
 * One line, starting "cannot get Google credentials:", saying what is wrong and what to do.
 * `alternative` is one more option the caller offers (the CLI: "use --emulator").
 */
export function describeCredentialsProblem(p: CredentialsProblem, alternative?: string): string {
  const head = 'cannot get Google credentials: ';
  switch (p.kind) {
    case 'missing-file':
      return `${head}the file named by GOOGLE_APPLICATION_CREDENTIALS (${p.path}) does not exist. ${advice(['point GOOGLE_APPLICATION_CREDENTIALS at a service account key file', `unset it and ${LOGIN}`], alternative)}`;
    case 'unusable-file': {
      const what = p.source === 'gcloud' ? `gcloud's application-default credentials file (${p.path})` : `the file named by GOOGLE_APPLICATION_CREDENTIALS (${p.path})`;
      const fix = p.source === 'gcloud' ? [`${LOGIN} again`] : ['point GOOGLE_APPLICATION_CREDENTIALS at a service account key file (JSON)', `unset it and ${LOGIN}`];
      return `${head}${what} is not usable credentials: ${noDot(p.detail)}. ${advice(fix, alternative)}`;
    }
    case 'none-found':
      return `${head}none found: GOOGLE_APPLICATION_CREDENTIALS is not set, there is no ${p.gcloudFile ?? 'gcloud application-default credentials file'}, and no Google Cloud metadata server answered. ${advice([LOGIN, 'set GOOGLE_APPLICATION_CREDENTIALS to a service account key file'], alternative)}`;
    case 'refused': {
      const code = `${p.error}${p.description ? `: ${noDot(p.description)}` : ''}`;
      return `${head}Google's token server refused ${p.who?.words ?? 'the credentials'}: ${code} (HTTP ${p.status ?? '?'}). ${refusalHint(p.error, p.who, alternative)}`;
    }
    case 'unreachable':
      return `${head}no answer from the token server${p.url ? ` ${p.url}` : ''}: ${noDot(p.detail)}. Check the network and any HTTPS_PROXY setting.`;
    case 'other':
      return `${head}${noDot(p.detail)}.`;
  }
}

/**
 * Finds the credentials and gets one access token, as every Compute request would; the client keeps
 * the token, so the requests that follow reuse it. Throws a CredentialsError on any failure.
 * `env` is only for wording (the library reads process.env itself).
 */
export async function checkCredentials(auth: GoogleAuth, env: Env): Promise<void> {
  let client: Awaited<ReturnType<GoogleAuth['getClient']>>;
  try {
    client = await auth.getClient();
  } catch (e) {
    throw new CredentialsError(loadingProblem(e, env));
  }
  try {
    await client.getAccessToken();
  } catch (e) {
    throw new CredentialsError(tokenProblem(e, whoseCredentials(client, env)));
  }
}

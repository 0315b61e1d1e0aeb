/**
 * Which serverless application a serverless NEG sends a request to: the service (tag, function,
 * version, gateway) it names, or the one its URL mask extracts from the request URL. Reads the
 * NEG body as Compute holds it (`cloudRun`, `cloudFunction`, `appEngine`, `serverlessDeployment`).
 * Pure.
 */
import { applyMask } from './mask.js';
import type { RequestUrl } from './url.js';

type Body = Readonly<Record<string, unknown>>;

export type ServerlessPlatform = 'cloudRun' | 'cloudFunctions' | 'appEngine' | 'apiGateway';

/** The application a request reaches. App Engine without a service is the `default` service. */
export type ServerlessApp =
  | { readonly platform: 'cloudRun'; readonly service: string; readonly tag?: string }
  | { readonly platform: 'cloudFunctions'; readonly function: string }
  | { readonly platform: 'appEngine'; readonly service: string; readonly version?: string }
  | { readonly platform: 'apiGateway'; readonly gateway: string };

export interface NegTarget {
  readonly platform?: ServerlessPlatform;
  /** The NEG's URL mask, when it has one: the app comes from the URL. */
  readonly urlMask?: string;
  readonly app?: ServerlessApp;
  /** Why no app can be named (the URL does not fit the mask, the NEG is not serverless…). */
  readonly problem?: string;
}

const PLATFORM_WORD: Readonly<Record<ServerlessPlatform, string>> = { cloudRun: 'Cloud Run', cloudFunctions: 'Cloud Functions', appEngine: 'App Engine', apiGateway: 'API Gateway' };

const str = (x: unknown): string | undefined => (typeof x === 'string' && x !== '' ? x : undefined);
const obj = (x: unknown): Body | undefined => (x && typeof x === 'object' && !Array.isArray(x) ? (x as Body) : undefined);

/** The app `neg` sends `req` to. */
export function negTarget(neg: Body, req: Pick<RequestUrl, 'hostname' | 'path'>): NegTarget {
  const run = obj(neg.cloudRun);
  const fn = obj(neg.cloudFunction);
  const ae = obj(neg.appEngine);
  const gw = obj(neg.serverlessDeployment);
  const [platform, spec] = run ? (['cloudRun', run] as const) : fn ? (['cloudFunctions', fn] as const) : ae ? (['appEngine', ae] as const) : gw ? (['apiGateway', gw] as const) : [undefined, undefined];
  if (!platform || !spec) return { problem: `not a serverless NEG (networkEndpointType ${String(neg.networkEndpointType ?? 'unset')})` };
  const urlMask = str(spec.urlMask);
  // Fields the NEG names; the mask's placeholders add to them (GCP allows e.g. a fixed service with a <tag> mask).
  const fields: Record<string, string | undefined> = {
    service: str(spec.service),
    tag: str(spec.tag),
    function: str(spec.function),
    version: str(spec.version),
    gateway: platform === 'apiGateway' ? str(spec.resource) : undefined,
  };
  if (urlMask) {
    const got = applyMask(urlMask, req);
    if (!got) return { platform, urlMask, problem: `the URL does not fit the URL mask "${urlMask}": the NEG cannot tell which ${PLATFORM_WORD[platform]} ${targetWord(platform)} to call` };
    Object.assign(fields, got);
  }
  const app = toApp(platform, fields);
  if (!app) return { platform, ...(urlMask ? { urlMask } : {}), problem: `names no ${PLATFORM_WORD[platform]} ${targetWord(platform)}` };
  return { platform, ...(urlMask ? { urlMask } : {}), app };
}

function targetWord(p: ServerlessPlatform): string {
  return p === 'cloudFunctions' ? 'function' : p === 'apiGateway' ? 'gateway' : 'service';
}

function toApp(platform: ServerlessPlatform, f: Record<string, string | undefined>): ServerlessApp | undefined {
  switch (platform) {
    case 'cloudRun':
      return f.service ? { platform, service: f.service, ...(f.tag ? { tag: f.tag } : {}) } : undefined;
    case 'cloudFunctions':
      return f.function ? { platform, function: f.function } : undefined;
    case 'appEngine':
      return { platform, service: f.service ?? 'default', ...(f.version ? { version: f.version } : {}) };
    case 'apiGateway':
      return f.gateway ? { platform, gateway: f.gateway } : undefined;
  }
}

/** `Cloud Run service login, tag test`; `App Engine service default, version v2`. */
export function describeApp(app: ServerlessApp): string {
  switch (app.platform) {
    case 'cloudRun':
      return `Cloud Run service ${app.service}${app.tag ? `, tag ${app.tag}` : ''}`;
    case 'cloudFunctions':
      return `Cloud Functions function ${app.function}`;
    case 'appEngine':
      return `App Engine service ${app.service}${app.version ? `, version ${app.version}` : ''}`;
    case 'apiGateway':
      return `API Gateway gateway ${app.gateway}`;
  }
}

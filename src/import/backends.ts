/**
 * Backend services in manifest terms: key, serverless NEGs per region, CDN, IAP (secret by
 * environment variable, never fetched), Cloud Armor (lb-plan's own rate-limit policy, or an
 * existing one it only references), logging.
 */
import { CDN_DEFAULTS, DEFAULT_RULE_PRIORITY, RATE_LIMIT_DEFAULTS } from '../compile/index.js';
import type { LiveResource, LiveState } from '../gcp/read.js';
import type { Backend, ServerlessNeg } from '../manifest/schema.js';
import { NAME_REGEX, ownsBody } from '../model/names.js';
import { shortRef } from '../plan/normalize.js';
import { backendServiceFindings } from './fields.js';
import { collectionOf, linked } from './find.js';
import type { Finding } from './types.js';

type Rec = Record<string, unknown>;

export interface ImportedBackend {
  readonly key: string;
  readonly service: LiveResource;
  readonly backend: Backend;
  readonly negs: readonly LiveResource[];
  /** Environment variable that must hold the IAP OAuth client secret. */
  readonly iapEnv?: string;
}

/** A manifest key for a backend service: its name without the load balancer prefix and a `-backend-service` suffix. */
export function backendKey(name: string, lb: string, used: ReadonlySet<string>): string {
  let key = name.startsWith(`${lb}-`) ? name.slice(lb.length + 1) : name;
  key = key.replace(/-(backend-service|backend|bs)$/, '');
  if (!NAME_REGEX.test(key)) key = name;
  let unique = key;
  for (let i = 2; used.has(unique); i++) unique = `${key}-${i}`;
  return unique;
}

/** The manifest's platform entry of a live serverless NEG, or a finding. */
function negEntry(neg: LiveResource, findings: Finding[]): ServerlessNeg | undefined {
  const b = neg.body as Rec;
  const region = neg.scope.type === 'region' ? neg.scope.region : '';
  const pick = (o: unknown, keys: readonly string[]): Rec => Object.fromEntries(keys.flatMap((k) => ((o as Rec | undefined)?.[k] !== undefined ? [[k, (o as Rec)[k]]] : [])));
  const base = { name: neg.name, region };
  if (b.cloudRun) return { ...base, cloudRun: pick(b.cloudRun, ['service', 'tag', 'urlMask']) };
  if (b.cloudFunction) return { ...base, cloudFunctions: pick(b.cloudFunction, ['function', 'urlMask']) };
  if (b.appEngine) return { ...base, appEngine: pick(b.appEngine, ['service', 'version', 'urlMask']) };
  const sd = b.serverlessDeployment as Rec | undefined;
  if (sd?.platform === 'apigateway.googleapis.com' && sd.version === undefined) return { ...base, apiGateway: { ...(sd.resource !== undefined ? { gateway: String(sd.resource) } : {}), ...(sd.urlMask !== undefined ? { urlMask: String(sd.urlMask) } : {}) } };
  findings.push({ where: neg.address, what: `a serverless NEG for ${sd ? String(sd.platform) : 'an unknown platform'} cannot be expressed` });
  return undefined;
}

/** `cdn:` of a backend: true when it is what `cdn: true` compiles to, otherwise the settings lb-plan manages. */
function cdnOf(body: Rec): Backend['cdn'] {
  if (body.enableCDN !== true) return undefined;
  const p = (body.cdnPolicy ?? {}) as Rec;
  const mode = (p.cacheMode as string | undefined) ?? CDN_DEFAULTS.cacheMode;
  const ttls = mode === 'USE_ORIGIN_HEADERS' ? [] : mode === 'FORCE_CACHE_ALL' ? (['defaultTtl', 'clientTtl'] as const) : (['defaultTtl', 'clientTtl', 'maxTtl'] as const);
  const cdn: Rec = { cacheMode: mode };
  for (const k of ttls) if (typeof p[k] === 'number') cdn[k] = p[k];
  const isDefault = mode === CDN_DEFAULTS.cacheMode && ttls.every((k) => cdn[k] === CDN_DEFAULTS[k]);
  return isDefault ? true : (cdn as Exclude<Backend['cdn'], boolean | undefined>);
}

/** lb-plan's own rate-limit policy (the two rules compile writes), as `rateLimit`; undefined for any other policy. */
function rateLimitOf(policy: LiveResource): NonNullable<Backend['securityPolicy']>['rateLimit'] | undefined {
  const rules = (policy.body.rules as Rec[] | undefined) ?? [];
  const throttle = rules.find((r) => Number(r.priority) === 1000);
  const last = rules.find((r) => Number(r.priority) === DEFAULT_RULE_PRIORITY);
  if (rules.length !== 2 || throttle?.action !== 'throttle' || last?.action !== 'allow') return undefined;
  const o = (throttle.rateLimitOptions ?? {}) as Rec;
  const t = (o.rateLimitThreshold ?? {}) as Rec;
  if (o.conformAction !== 'allow' || o.exceedAction !== 'deny(429)') return undefined;
  const out: Rec = { name: policy.name };
  if (t.count !== RATE_LIMIT_DEFAULTS.requestCount) out.requestCount = t.count;
  if (t.intervalSec !== RATE_LIMIT_DEFAULTS.intervalSec) out.intervalSec = t.intervalSec;
  if (o.enforceOnKey !== RATE_LIMIT_DEFAULTS.enforceOnKey) out.enforceOnKey = o.enforceOnKey;
  return out as NonNullable<Backend['securityPolicy']>['rateLimit'];
}

function securityPolicyOf(live: LiveState, body: Rec, lb: string): Backend['securityPolicy'] {
  if (typeof body.securityPolicy !== 'string') return undefined;
  const policy = linked(live, body.securityPolicy);
  const name = shortRef(body.securityPolicy).split('/').pop()!;
  // Only a policy lb-plan owns for this load balancer is managed; any other is referenced, never taken over.
  const rateLimit = policy && ownsBody(policy.kind, policy.body, lb) ? rateLimitOf(policy) : undefined;
  return rateLimit ? { rateLimit } : { existing: name };
}

/** One backend service in manifest terms, with what it cannot express. */
export function importBackend(live: LiveState, service: LiveResource, key: string, lb: string, iapEnv: string, findings: Finding[]): ImportedBackend {
  const b = service.body as Rec;
  findings.push(...backendServiceFindings(service));
  const negs: LiveResource[] = [];
  const serverless: ServerlessNeg[] = [];
  for (const [i, entry] of ((b.backends as Rec[] | undefined) ?? []).entries()) {
    const neg = linked(live, entry.group);
    if (!neg || neg.kind !== 'regionNetworkEndpointGroup') {
      findings.push({ where: `${service.address} backends[${i}].group`, what: `the backend ${shortRef(String(entry.group))} (${collectionOf(String(entry.group))}) cannot be expressed: a manifest's backends are serverless NEGs` });
      continue;
    }
    const spec = negEntry(neg, findings);
    if (!spec) continue;
    negs.push(neg);
    serverless.push(spec);
  }
  const description = stripMarker(b.description as string | undefined);
  const iap = b.iap as Rec | undefined;
  const cdn = cdnOf(b);
  const securityPolicy = securityPolicyOf(live, b, lb);
  const log = b.logConfig as Rec | undefined;
  const logging: Backend['logging'] = log?.enable === true ? (log.sampleRate === undefined || log.sampleRate === 1 ? undefined : { sampleRate: Number(log.sampleRate) }) : false;
  const backend: Backend = {
    name: service.name,
    ...(description ? { description } : {}),
    serverless,
    ...(cdn !== undefined ? { cdn } : {}),
    ...(iap?.enabled === true ? { iap: { oauth2ClientId: String(iap.oauth2ClientId ?? ''), oauth2ClientSecret: { env: iapEnv } } } : {}),
    ...(securityPolicy ? { securityPolicy } : {}),
    ...(logging !== undefined ? { logging } : {}),
  };
  return { key, service, backend, negs, ...(iap?.enabled === true ? { iapEnv } : {}) };
}

/** lb-plan's applied record (src/plan/applied.ts) and ownership marker at the end of a description. */
const MARKER_SUFFIX = /( ?\[lb-plan applied r\d+-[0-9a-f]+\])? ?\[managed by lb-plan: [a-z]([-a-z0-9]*[a-z0-9])?\]$/;

/** A description without lb-plan's applied record and ownership marker: what the manifest's `description` says. */
export function stripMarker(description: string | undefined): string {
  return (description ?? '').replace(MARKER_SUFFIX, '');
}

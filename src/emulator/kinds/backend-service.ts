import { createHash } from 'node:crypto';
import { baseFields, fingerprintOf, mustExist, type Ctx } from '../context.js';
import { errors } from '../errors.js';
import { parseRef, selfLinkOf, type Ref } from '../refs.js';
import type { Json } from '../store.js';
import type { KindSpec } from './types.js';

const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');
const SERVERLESS_PLATFORMS = ['cloudRun', 'appEngine', 'cloudFunction', 'serverlessDeployment'];
/**
 * Capacity settings that need a balancing mode. GCP fills `balancingMode: UTILIZATION` and
 * `capacityScaler: 1` into every serverless backend itself and accepts them back (gcp-behaviour.md
 * §2.6, terraform-provider-google #6876); RATE and the capacity numbers are what it rejects (§2.2).
 */
const BALANCING_FIELDS: readonly [string, string][] = [
  ['maxUtilization', 'Max utilization'],
  ['maxRate', 'Max rate'],
  ['maxRatePerEndpoint', 'Max rate per endpoint'],
  ['maxConnections', 'Max connections'],
  ['maxConnectionsPerEndpoint', 'Max connections per endpoint'],
];
const FULL_URL = /^https:\/\/(www|compute)\.googleapis\.com\//;

function backendsOf(body: Json): Json[] {
  return (body.backends as Json[] | undefined) ?? [];
}

function groupRef(project: string, group: unknown, i: number): Ref {
  if (typeof group === 'string' && !FULL_URL.test(group)) {
    throw errors.invalidField(`resource.backends[${i}].group`, group, 'You must use the fully-qualified URL of the instance group or network endpoint group. Partial URLs are not supported.');
  }
  return parseRef(group, `resource.backends[${i}].group`, project, 'networkEndpointGroups');
}

/** The serverless rules GCP enforces on a backend service whose backends are serverless NEGs. */
function checkServerless(ctx: Ctx, ref: Ref, next: Json, prev: Json | undefined): void {
  const backends = backendsOf(next);
  const negs = backends.map((b, i) => ({ i, b, ref: groupRef(ref.project, b.group, i) }));
  const bodies = negs.map((n) => ({ ...n, neg: mustExist(ctx, n.ref) }));
  const serverless = bodies.filter((x) => x.neg.networkEndpointType === 'SERVERLESS');
  if (serverless.length === 0) return;
  if (serverless.length !== bodies.length) throw errors.invalidField('resource.backends', '', 'Serverless network endpoint groups cannot be mixed with other backend types in one backend service.');
  const hc = next.healthChecks as unknown[] | undefined;
  if (hc && hc.length > 0) throw errors.invalidField('resource.healthChecks', '', 'A backend service cannot have a healthcheck with Serverless network endpoint group backends.');
  // GCP fills portName "http" itself (gcp-behaviour.md §2.6) and takes its own answer back (a GET sent back as PUT); any
  // other port name "the API rejects" for serverless NEGs (§2.2, §3.3), one the service had before it had them as well.
  if (next.portName !== undefined && next.portName !== 'http') {
    throw errors.invalidField('resource.portName', next.portName, 'Port name is not supported for a backend service with Serverless network endpoint groups.');
  }
  if (next.timeoutSec !== undefined && next.timeoutSec !== (prev ? prev.timeoutSec : undefined)) {
    throw errors.invalidField('resource.timeoutSec', next.timeoutSec, 'Timeout sec is not supported for a backend service with Serverless network endpoint groups.');
  }
  for (const { i, b } of serverless) {
    if (b.balancingMode !== undefined && b.balancingMode !== 'UTILIZATION') throw errors.invalidField(`resource.backends[${i}].balancingMode`, b.balancingMode, 'Balancing mode is not supported for Serverless network endpoint groups.');
    if (b.capacityScaler !== undefined && b.capacityScaler !== 1) throw errors.invalidField(`resource.backends[${i}].capacityScaler`, b.capacityScaler, 'Capacity scaler is not supported for Serverless network endpoint groups.');
    for (const [f, words] of BALANCING_FIELDS) {
      if (b[f] !== undefined) throw errors.invalidField(`resource.backends[${i}].${f}`, b[f], `${words} is not supported for Serverless network endpoint groups.`);
    }
  }
  if (next.outlierDetection !== undefined && next.loadBalancingScheme === 'EXTERNAL') throw errors.invalidField('resource.outlierDetection', next.outlierDetection, 'Outlier detection is not supported.');
  if (next.sessionAffinity !== undefined && next.sessionAffinity !== 'NONE') {
    throw errors.invalidField('resource.sessionAffinity', next.sessionAffinity, 'Session affinity is not supported for a backend service with Serverless network endpoint groups.');
  }
  if (next.localityLbPolicy !== undefined) throw errors.invalidField('resource.localityLbPolicy', next.localityLbPolicy, 'Locality load balancing policy is not supported for a backend service with Serverless network endpoint groups.');
  const regions = new Map<string, number>();
  for (const { i, neg } of serverless) {
    const region = String(neg.region).split('/').pop()!;
    const j = regions.get(region);
    if (j !== undefined) throw errors.invalidField(`resource.backends[${i}].group`, backends[i]!.group, `A backend service can have only one serverless network endpoint group per region; backends[${j}] is already in ${region}.`);
    regions.set(region, i);
  }
  const platform = (neg: Json): string => SERVERLESS_PLATFORMS.find((p) => neg[p] !== undefined) ?? '';
  const first = platform(serverless[0]!.neg);
  for (const { i, neg } of serverless) {
    if (platform(neg) !== first) throw errors.invalidField(`resource.backends[${i}].group`, backends[i]!.group, 'All serverless network endpoint groups in a backend service must use the same type of backend.');
  }
  checkCdnTtls(next.cdnPolicy as Json | undefined);
  const iap = next.iap as Json | undefined;
  if (next.enableCDN === true && iap?.enabled === true) throw errors.invalid('IAP and Cloud CDN cannot be enabled on the same backend service.');
}

/**
 * TTLs a cache mode forbids [INFERRED wording; the rule is what issue 11 saw GCP refuse and what the
 * compiler already avoids]: with USE_ORIGIN_HEADERS the origin decides, FORCE_CACHE_ALL takes no maxTtl.
 */
function checkCdnTtls(cdn: Json | undefined): void {
  if (!cdn) return;
  const forbidden = cdn.cacheMode === 'USE_ORIGIN_HEADERS' ? ['defaultTtl', 'maxTtl', 'clientTtl'] : cdn.cacheMode === 'FORCE_CACHE_ALL' ? ['maxTtl'] : [];
  for (const k of forbidden) {
    if (cdn[k] !== undefined) throw errors.invalidField(`resource.cdnPolicy.${k}`, cdn[k], `${k} cannot be specified with cache mode ${String(cdn.cacheMode)}.`);
  }
}

function checkScheme(next: Json): void {
  const scheme = next.loadBalancingScheme;
  if (scheme !== 'EXTERNAL' && scheme !== 'EXTERNAL_MANAGED') {
    throw errors.invalidField('resource.loadBalancingScheme', scheme, 'The lb-plan emulator models global external backend services only (EXTERNAL or EXTERNAL_MANAGED).');
  }
}

/** IAP: the secret is write-only; GCP keeps and shows only its SHA-256 (its default is in ../gcp-adds.ts). */
function storeIap(iap: Json | undefined, prev: Json | undefined): Json | undefined {
  if (!iap) return prev?.iap as Json | undefined;
  const before = (prev?.iap as Json | undefined) ?? { enabled: false, oauth2ClientId: '', oauth2ClientSecretSha256: sha256('') };
  const { oauth2ClientSecret, oauth2ClientSecretSha256: _ignored, ...rest } = iap;
  const enabled = rest.enabled === true;
  const clientId = (rest.oauth2ClientId as string | undefined) ?? (before.oauth2ClientId as string);
  if (enabled && !clientId) throw errors.invalidField('resource.iap.oauth2ClientId', '', 'OAuth2 client ID must be specified when IAP is enabled.');
  const hash = typeof oauth2ClientSecret === 'string' ? sha256(oauth2ClientSecret) : (before.oauth2ClientSecretSha256 as string);
  if (enabled && hash === sha256('')) throw errors.invalidField('resource.iap.oauth2ClientSecret', '', 'OAuth2 client secret must be specified when IAP is enabled.');
  return { enabled, oauth2ClientId: clientId, oauth2ClientSecretSha256: hash };
}

function normalize(ctx: Ctx, ref: Ref, next: Json, prev: Json | undefined): Json {
  const out: Json = {
    ...next,
    backends: backendsOf(next).map((b, i) => ({ ...b, group: selfLinkOf(groupRef(ref.project, b.group, i)) })),
    iap: storeIap(next.iap as Json | undefined, prev),
  };
  if (!out.backends || (out.backends as unknown[]).length === 0) delete out.backends;
  if (out.iap === undefined) delete out.iap;
  // gcp-behaviour.md §2.6 [REAL]: a backend service whose logging was never enabled has no logConfig at all.
  if ((out.logConfig as Json | undefined)?.enable !== true && prev?.logConfig === undefined) delete out.logConfig;
  if (next.securityPolicy !== undefined && next.securityPolicy !== null) {
    const policy = parseRef(next.securityPolicy, 'resource.securityPolicy', ref.project, 'securityPolicies');
    mustExist(ctx, policy);
    out.securityPolicy = selfLinkOf(policy);
  }
  out.fingerprint = fingerprintOf(out);
  return out;
}

export const backendServices: KindSpec = {
  collection: 'backendServices',
  schema: 'BackendService',
  kindName: 'compute#backendService',
  regional: false,
  word: 'backend_service',
  fingerprint: 'required',
  labels: false,
  operationType: (method) => (method === 'setSecurityPolicy' ? 'SetSecurityPolicy' : method),
  references(ref, body) {
    const out = backendsOf(body).map((b) => parseRef(b.group, 'group', ref.project, 'networkEndpointGroups'));
    if (typeof body.securityPolicy === 'string') out.push(parseRef(body.securityPolicy, 'securityPolicy', ref.project, 'securityPolicies'));
    return out;
  },
  create(ctx, ref, body) {
    const next: Json = { loadBalancingScheme: 'EXTERNAL', ...body };
    checkScheme(next);
    checkServerless(ctx, ref, next, undefined);
    const stored = normalize(ctx, ref, next, undefined);
    return { ...baseFields(ctx, ref, this.kindName), ...stored };
  },
  change(ctx, ref, prev, next) {
    checkScheme(next);
    if (next.loadBalancingScheme !== prev.loadBalancingScheme) {
      throw errors.invalidField('resource.loadBalancingScheme', next.loadBalancingScheme, 'The load balancing scheme of a backend service cannot be changed.');
    }
    checkServerless(ctx, ref, next, prev);
    // A PUT replaces the resource: what it leaves out falls back to the server's defaults (../gcp-adds.ts).
    return normalize(ctx, ref, next, prev);
  },
};

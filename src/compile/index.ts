/**
 * The compiler: a validated manifest in, the desired Compute resources out. Pure: file contents
 * and secret values come in through `CompileInputs`, nothing here touches the disk or network.
 */
import type { ApiVersion } from '../contract/index.js';
import type { YamlPath } from '../manifest/diagnostic.js';
import type { AddressSpec, Backend, CertificateSpec, Manifest, Platform, ServerlessNeg } from '../manifest/schema.js';
import { COMPUTE_BASE, GLOBAL, resourceAddress, selfLink, type Scope } from '../model/address.js';
import { contentHash, sha256Hex } from '../model/hash.js';
import type { ResourceKind } from '../model/kinds.js';
import { describe, frontendNames, names, ownerLabels, type FrontendNames } from '../model/names.js';
import { parseRequestUrl } from '../routing/url.js';
import { secretKey } from './secrets.js';
import { hostEntries } from '../manifest/routing-entries.js';
import type { CompiledLoadBalancer, DesiredResource, ExternalRef, SecretField, ServerlessTarget, Setter } from './types.js';

export type { CompiledLoadBalancer, DesiredResource, ExternalRef, SecretField, ServerlessTarget, Setter } from './types.js';

export interface CompileInputs {
  /** Contents of files the manifest names (certificate chains), keyed by the path as written. */
  readonly files: ReadonlyMap<string, string>;
  /** Secret values keyed by `secretKey(ref)`; missing ones compile without the value. */
  readonly secrets: ReadonlyMap<string, string>;
}

export const NO_INPUTS: CompileInputs = { files: new Map(), secrets: new Map() };

export interface CompileOptions {
  /**
   * Addresses under explicit names (NEG or certificate `name:`) to compile under lb-plan's generated
   * name instead: their successor exists or must be created (src/plan/pinned.ts).
   */
  readonly generated?: ReadonlySet<string>;
}

/** Console defaults for Cloud CDN on a backend service, used when the manifest says `cdn: true`. */
export const CDN_DEFAULTS = { cacheMode: 'CACHE_ALL_STATIC', defaultTtl: 3600, clientTtl: 3600, maxTtl: 86400 } as const;
export const RATE_LIMIT_DEFAULTS = { requestCount: 500, intervalSec: 60, enforceOnKey: 'IP' } as const;
/** The priority of Cloud Armor's default rule, which every policy has. */
export const DEFAULT_RULE_PRIORITY = 2147483647;

export function platformOf(neg: ServerlessNeg): Platform {
  if (neg.cloudRun) return 'cloudRun';
  if (neg.cloudFunctions) return 'cloudFunctions';
  if (neg.appEngine) return 'appEngine';
  return 'apiGateway';
}

class Builder {
  readonly resources: DesiredResource[] = [];
  readonly serverless: ServerlessTarget[] = [];
  /** Backend service names by manifest key. */
  readonly services = new Map<string, string>();
  constructor(
    readonly project: string,
    readonly lb: string,
    readonly labels: Record<string, string>,
    readonly names: FrontendNames,
    readonly generated: ReadonlySet<string>,
  ) {}

  /**
   * The name of an immutable resource: the explicit one unless its generated successor is wanted.
   * Returns the pinning record when the manifest names it.
   */
  immutableName(kind: 'regionNetworkEndpointGroup' | 'sslCertificate', scope: Scope, explicit: string | undefined, generated: string): { name: string; pinned?: { declared: string; generated: string } } {
    if (explicit === undefined || explicit === generated) return { name: generated };
    const pinned = { declared: resourceAddress(kind, scope, explicit), generated: resourceAddress(kind, scope, generated) };
    return { name: this.generated.has(pinned.declared) ? generated : explicit, pinned };
  }

  link(kind: ResourceKind, name: string, scope: Scope = GLOBAL): string {
    return selfLink(this.project, kind, scope, name);
  }

  add(r: {
    kind: ResourceKind;
    name: string;
    scope?: Scope;
    api?: ApiVersion;
    body: Record<string, unknown>;
    source: YamlPath;
    dependsOn?: string[];
    references?: ExternalRef[];
    secrets?: SecretField[];
    setters?: Setter[];
    pinned?: { declared: string; generated: string };
  }): string {
    const scope = r.scope ?? GLOBAL;
    const address = resourceAddress(r.kind, scope, r.name);
    this.resources.push({
      address,
      kind: r.kind,
      scope,
      name: r.name,
      api: r.api ?? 'v1',
      body: r.body,
      source: r.source,
      dependsOn: [...new Set(r.dependsOn ?? [])].sort(),
      references: r.references ?? [],
      secrets: r.secrets ?? [],
      setters: r.setters ?? [],
      ...(r.pinned ? { pinned: r.pinned } : {}),
    });
    return address;
  }
}

/** Compiles a validated manifest. Routing references to undeclared backends are skipped (validation reports them). */
export function compile(manifest: Manifest, inputs: CompileInputs = NO_INPUTS, options: CompileOptions = {}): CompiledLoadBalancer {
  const lb = manifest.metadata.name;
  // Without a project (none in the manifest, none given) links name no project: planning refuses such a
  // manifest before it reads anything (src/workflow.ts); validate, graph and explain need none.
  const project = manifest.metadata.project ?? '';
  const b = new Builder(project, lb, { ...(manifest.metadata.labels ?? {}), ...ownerLabels(lb) }, frontendNames(lb, manifest.metadata.names), options.generated ?? new Set());
  // Indexed loops over the backends (thousands at the largest): see src/graph/dag.ts waves.
  const keys = Object.keys(manifest.backends);
  for (let i = 0; i < keys.length; i++) b.services.set(keys[i]!, manifest.backends[keys[i]!]!.name ?? names.backendService(lb, keys[i]!));

  const backendAddresses = new Map<string, string>();
  for (let i = 0; i < keys.length; i++) backendAddresses.set(keys[i]!, compileBackend(b, keys[i]!, manifest.backends[keys[i]!]!, inputs));
  const urlMap = compileUrlMap(b, manifest, backendAddresses);
  compileFrontend(b, manifest, urlMap, inputs);

  const resources = [...b.resources].sort((x, y) => (x.address < y.address ? -1 : x.address > y.address ? 1 : 0));
  return { name: lb, project, resources, serverless: b.serverless };
}

function negBody(neg: ServerlessNeg): { body: Record<string, unknown>; api: ApiVersion; label: string } {
  const defined = <T extends object>(o: T): T => {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(o)) if ((o as Record<string, unknown>)[k] !== undefined) out[k] = (o as Record<string, unknown>)[k];
    return out as T;
  };
  if (neg.cloudRun) {
    const c = neg.cloudRun;
    return { api: 'v1', body: { cloudRun: defined({ service: c.service, tag: c.tag, urlMask: c.urlMask }) }, label: c.urlMask ?? `${c.service}${c.tag ? ` (tag ${c.tag})` : ''}` };
  }
  if (neg.cloudFunctions) {
    const f = neg.cloudFunctions;
    return { api: 'v1', body: { cloudFunction: defined({ function: f.function, urlMask: f.urlMask }) }, label: f.urlMask ?? f.function ?? '' };
  }
  if (neg.appEngine) {
    const a = neg.appEngine;
    const label = a.urlMask ?? [a.service ?? 'default', a.version].filter(Boolean).join(' version ');
    return { api: 'v1', body: { appEngine: defined({ service: a.service, version: a.version, urlMask: a.urlMask }) }, label };
  }
  const g = neg.apiGateway ?? {};
  return {
    api: 'beta',
    body: { serverlessDeployment: defined({ platform: 'apigateway.googleapis.com', resource: g.gateway, urlMask: g.urlMask }) },
    label: g.urlMask ?? g.gateway ?? '',
  };
}

function compileBackend(b: Builder, key: string, backend: Backend, inputs: CompileInputs): string {
  const lb = b.lb;
  const source: YamlPath = ['backends', key];
  const negAddresses: string[] = [];
  const groups: string[] = [];
  backend.serverless.forEach((neg, i) => {
    const { body, api, label } = negBody(neg);
    const scope: Scope = { type: 'region', region: neg.region };
    const { name, pinned } = b.immutableName('regionNetworkEndpointGroup', scope, neg.name, names.neg(lb, key, contentHash({ region: neg.region, ...body })));
    const address = b.add({
      kind: 'regionNetworkEndpointGroup',
      name,
      scope,
      api,
      body: { name, description: describe(lb, `Serverless NEG of backend ${key} in ${neg.region}`), networkEndpointType: 'SERVERLESS', ...body },
      source: [...source, 'serverless', i],
      pinned,
    });
    negAddresses.push(address);
    groups.push(b.link('regionNetworkEndpointGroup', name, scope));
    b.serverless.push({ neg: address, platform: platformOf(neg), region: neg.region, label });
  });

  const name = b.services.get(key)!;
  const body: Record<string, unknown> = {
    name,
    description: describe(lb, backend.description),
    loadBalancingScheme: 'EXTERNAL',
    protocol: 'HTTP',
    backends: groups.map((group) => ({ group })),
  };
  const cdn = backend.cdn;
  body.enableCDN = cdn !== undefined && cdn !== false;
  if (cdn !== undefined && cdn !== false) {
    const c = cdn === true ? {} : cdn;
    const policy: Record<string, unknown> = { ...CDN_DEFAULTS, ...c };
    if (policy.cacheMode === 'USE_ORIGIN_HEADERS') {
      // GCP rejects TTLs with USE_ORIGIN_HEADERS unless given explicitly.
      for (const k of ['defaultTtl', 'clientTtl', 'maxTtl'] as const) if (!(typeof c === 'object' && k in c)) delete policy[k];
    }
    if (policy.cacheMode === 'FORCE_CACHE_ALL' && !(typeof c === 'object' && 'maxTtl' in c)) delete policy.maxTtl;
    body.cdnPolicy = policy;
  }
  const secrets: SecretField[] = [];
  if (backend.iap) {
    const ref = secretKey(backend.iap.oauth2ClientSecret);
    const value = inputs.secrets.get(ref);
    body.iap = { enabled: true, oauth2ClientId: backend.iap.oauth2ClientId, ...(value !== undefined ? { oauth2ClientSecret: value } : {}) };
    secrets.push({ field: ['iap', 'oauth2ClientSecret'], ref, sha256: value === undefined ? undefined : sha256Hex(value) });
  } else {
    body.iap = { enabled: false };
  }
  const logging = backend.logging ?? true;
  body.logConfig = logging === false ? { enable: false } : { enable: true, sampleRate: logging === true ? 1 : logging.sampleRate };

  const dependsOn = [...negAddresses];
  const references: ExternalRef[] = [];
  const setters: Setter[] = [];
  const sp = backend.securityPolicy;
  if (sp?.existing) {
    references.push({ kind: 'securityPolicy', name: sp.existing, source: [...source, 'securityPolicy', 'existing'] });
    setters.push({ field: 'securityPolicy', method: 'setSecurityPolicy', body: { securityPolicy: b.link('securityPolicy', sp.existing) } });
  } else if (sp?.rateLimit) {
    const policyName = sp.rateLimit.name ?? names.securityPolicy(lb, key);
    dependsOn.push(compileRateLimitPolicy(b, policyName, key, sp.rateLimit));
    setters.push({ field: 'securityPolicy', method: 'setSecurityPolicy', body: { securityPolicy: b.link('securityPolicy', policyName) } });
  } else {
    setters.push({ field: 'securityPolicy', method: 'setSecurityPolicy', body: { securityPolicy: null } });
  }
  return b.add({ kind: 'backendService', name, body, source, dependsOn, references, secrets, setters });
}

function compileRateLimitPolicy(b: Builder, name: string, backend: string, spec: NonNullable<NonNullable<Backend['securityPolicy']>['rateLimit']>): string {
  const everyone = { versionedExpr: 'SRC_IPS_V1', config: { srcIpRanges: ['*'] } };
  const existing = b.resources.find((r) => r.kind === 'securityPolicy' && r.name === name);
  if (existing) return existing.address;
  return b.add({
    kind: 'securityPolicy',
    name,
    body: {
      name,
      description: describe(b.lb, `Rate limit for backend ${backend}`),
      type: 'CLOUD_ARMOR',
      labels: b.labels,
      rules: [
        {
          priority: 1000,
          description: 'Rate limit per client',
          action: 'throttle',
          match: everyone,
          rateLimitOptions: {
            conformAction: 'allow',
            exceedAction: 'deny(429)',
            enforceOnKey: spec.enforceOnKey ?? RATE_LIMIT_DEFAULTS.enforceOnKey,
            rateLimitThreshold: { count: spec.requestCount ?? RATE_LIMIT_DEFAULTS.requestCount, intervalSec: spec.intervalSec ?? RATE_LIMIT_DEFAULTS.intervalSec },
          },
        },
        { priority: DEFAULT_RULE_PRIORITY, description: 'Default rule', action: 'allow', match: everyone },
      ],
    },
    source: ['backends', backend, 'securityPolicy', 'rateLimit'],
  });
}

/** A readable, unique path-matcher name from the first host of a rule. */
export function matcherName(hosts: readonly string[], used: Set<string>): string {
  const base =
    (hosts[0] ?? 'hosts')
      .replace(/^\*[.-]?/, 'any-')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 50) || 'hosts';
  let name = /^[a-z]/.test(base) ? base : `h-${base}`;
  for (let i = 2; used.has(name); i++) name = `${base}-${i}`;
  used.add(name);
  return name;
}

function compileUrlMap(b: Builder, manifest: Manifest, backends: ReadonlyMap<string, string>): string {
  const lb = b.lb;
  const keys = [...backends.keys()];
  const defaultKey = manifest.routing?.default ?? keys[0]!;
  const service = (key: string): string => b.link('backendService', b.services.get(key) ?? names.backendService(lb, key));
  const dependsOn = new Set<string>();
  const use = (key: string): string => {
    const a = backends.get(key);
    if (a) dependsOn.add(a);
    return service(key);
  };
  const body: Record<string, unknown> = { name: b.names.urlMap, description: describe(lb, manifest.metadata.description), defaultService: use(defaultKey) };
  const hostRules = hostEntries(manifest.routing);
  if (hostRules.length > 0) {
    // Explicit path-matcher names are taken first, so a generated one never collides with them. A
    // generated one is named after the rule's first host in sorted order: hosts are a set in GCP, so
    // reordering them changes nothing.
    const used = new Set(hostRules.flatMap((h) => (h.pathMatcher ? [h.pathMatcher] : [])));
    const matchers = hostRules.map((h) => ({ hosts: h.hosts, name: h.pathMatcher ?? matcherName(h.hosts.map((x) => x.toLowerCase()).sort(), used), rule: h }));
    body.hostRules = matchers.map((m) => ({ hosts: m.hosts.map((x) => x.toLowerCase()), pathMatcher: m.name }));
    // Host rules naming one path matcher share it (validation checks they agree): one matcher each.
    const distinct = [...new Map(matchers.map((m) => [m.name, m])).values()];
    body.pathMatchers = distinct.map((m) => ({
      name: m.name,
      defaultService: use(m.rule.backend),
      ...(m.rule.paths.length > 0 ? { pathRules: m.rule.paths.map((p) => ({ paths: p.paths, service: use(p.backend) })) } : {}),
    }));
  }
  // The manifest's tests, as the URL map's own: GCP runs them on every insert and update.
  const tests = (manifest.tests ?? []).flatMap((t) => {
    const parsed = parseRequestUrl(t.url);
    if (!parsed.ok || !backends.has(t.backend)) return [];
    return [{ host: parsed.request.host, path: parsed.request.path + parsed.request.query, service: use(t.backend) }];
  });
  if (tests.length > 0) body.tests = tests;
  return b.add({ kind: 'urlMap', name: b.names.urlMap, body, source: manifest.routing ? ['routing'] : ['backends'], dependsOn: [...dependsOn] });
}

interface AddressUse {
  readonly ipAddress?: string;
  readonly ipVersion?: 'IPV4' | 'IPV6';
  readonly dependsOn: string[];
  readonly references: ExternalRef[];
}

function compileAddress(b: Builder, spec: AddressSpec, ipv6: boolean, source: YamlPath): AddressUse {
  const ipVersion = ipv6 ? 'IPV6' : 'IPV4';
  if (spec.reserve) {
    const address = b.add({
      kind: 'globalAddress',
      name: spec.reserve,
      body: { name: spec.reserve, description: describe(b.lb, `Frontend ${ipVersion} address`), ipVersion, addressType: 'EXTERNAL', networkTier: 'PREMIUM', labels: b.labels },
      source: [...source, 'reserve'],
    });
    return { ipAddress: b.link('globalAddress', spec.reserve), dependsOn: [address], references: [] };
  }
  if (spec.existing) {
    return { ipAddress: b.link('globalAddress', spec.existing), dependsOn: [], references: [{ kind: 'globalAddress', name: spec.existing, source: [...source, 'existing'] }] };
  }
  if (spec.ip) return { ipAddress: spec.ip, dependsOn: [], references: [] };
  return { ipVersion, dependsOn: [], references: [] };
}

/** Domains as GCP stores them: lower case, no trailing dot, sorted, unique. */
export function normalizeDomains(domains: readonly string[]): string[] {
  return [...new Set(domains.map((d) => d.toLowerCase().replace(/\.$/, '')))].sort();
}

function compileCertificate(b: Builder, spec: CertificateSpec, i: number, inputs: CompileInputs): { link: string; dependsOn?: string; reference?: ExternalRef } {
  const source: YamlPath = ['frontend', 'https', 'certificates', i];
  if (spec.existing) {
    return { link: b.link('sslCertificate', spec.existing), reference: { kind: 'sslCertificate', name: spec.existing, source: [...source, 'existing'] } };
  }
  const prefix = spec.namePrefix ?? names.defaultCertificatePrefix(b.lb);
  if (spec.managed) {
    const domains = normalizeDomains(spec.managed);
    const { name, pinned } = b.immutableName('sslCertificate', GLOBAL, spec.name, names.certificate(prefix, contentHash({ managed: domains })));
    const address = b.add({
      kind: 'sslCertificate',
      name,
      body: { name, description: describe(b.lb, `Google-managed certificate for ${domains.join(', ')}`), type: 'MANAGED', managed: { domains } },
      source,
      pinned,
    });
    return { link: b.link('sslCertificate', name), dependsOn: address };
  }
  const self = spec.selfManaged!;
  const pem = (inputs.files.get(self.certificate) ?? `unread:${self.certificate}`).replace(/\r\n/g, '\n').trim() + '\n';
  const { name, pinned } = b.immutableName('sslCertificate', GLOBAL, spec.name, names.certificate(prefix, contentHash({ certificate: pem })));
  const ref = secretKey(self.privateKey);
  const key = inputs.secrets.get(ref);
  const address = b.add({
    kind: 'sslCertificate',
    name,
    body: { name, description: describe(b.lb, 'Self-managed certificate'), type: 'SELF_MANAGED', certificate: pem, ...(key !== undefined ? { privateKey: key } : {}) },
    source,
    pinned,
    secrets: [{ field: ['privateKey'], ref, sha256: key === undefined ? undefined : sha256Hex(key) }],
  });
  return { link: b.link('sslCertificate', name), dependsOn: address };
}

function compileFrontend(b: Builder, manifest: Manifest, urlMap: string, inputs: CompileInputs): void {
  const lb = b.lb;
  const fe = manifest.frontend;
  const https = fe.https;
  const serveHttp = fe.http ?? !https;
  const redirect = https?.redirectHttp === true;
  const addresses: { spec: AddressSpec; ipv6: boolean; source: YamlPath }[] = [{ spec: fe.address, ipv6: false, source: ['frontend', 'address'] }];
  if (fe.ipv6) addresses.push({ spec: fe.ipv6, ipv6: true, source: ['frontend', 'ipv6'] });
  const uses = addresses.map((a) => ({ ...a, use: compileAddress(b, a.spec, a.ipv6, a.source) }));

  const rule = (protocol: 'http' | 'https', proxy: string, proxyLink: string, a: (typeof uses)[number]): void => {
    const name = b.names.forwardingRule(protocol, a.ipv6);
    const port = protocol === 'http' ? '80-80' : '443-443';
    b.add({
      kind: 'globalForwardingRule',
      name,
      body: {
        name,
        description: describe(lb, `${protocol.toUpperCase()} frontend${a.ipv6 ? ' (IPv6)' : ''}`),
        ...(a.use.ipAddress ? { IPAddress: a.use.ipAddress } : { ipVersion: a.use.ipVersion }),
        IPProtocol: 'TCP',
        portRange: port,
        target: proxyLink,
        loadBalancingScheme: 'EXTERNAL',
        networkTier: 'PREMIUM',
        labels: b.labels,
      },
      source: a.source,
      dependsOn: [proxy, ...a.use.dependsOn],
      references: a.use.references,
    });
  };

  if (serveHttp || redirect) {
    let mapAddress = urlMap;
    let mapName = b.names.urlMap;
    if (redirect) {
      mapName = b.names.redirectUrlMap;
      mapAddress = b.add({
        kind: 'urlMap',
        name: mapName,
        body: {
          name: mapName,
          description: describe(lb, 'Redirects HTTP to HTTPS'),
          defaultUrlRedirect: { httpsRedirect: true, redirectResponseCode: 'MOVED_PERMANENTLY_DEFAULT', stripQuery: false },
        },
        source: ['frontend', 'https', 'redirectHttp'],
      });
    }
    const proxyName = b.names.httpProxy;
    const proxy = b.add({
      kind: 'targetHttpProxy',
      name: proxyName,
      body: { name: proxyName, description: describe(lb, redirect ? 'HTTP to HTTPS redirect' : 'HTTP frontend'), urlMap: b.link('urlMap', mapName) },
      source: redirect ? ['frontend', 'https', 'redirectHttp'] : ['frontend'],
      dependsOn: [mapAddress],
    });
    for (const a of uses) rule('http', proxy, b.link('targetHttpProxy', proxyName), a);
  }

  if (https) {
    const certs = https.certificates.map((c, i) => compileCertificate(b, c, i, inputs));
    const proxyName = b.names.httpsProxy;
    const references: ExternalRef[] = certs.flatMap((c) => (c.reference ? [c.reference] : []));
    if (https.sslPolicy) references.push({ kind: 'sslPolicy', name: https.sslPolicy, source: ['frontend', 'https', 'sslPolicy'] });
    const proxy = b.add({
      kind: 'targetHttpsProxy',
      name: proxyName,
      body: {
        name: proxyName,
        description: describe(lb, 'HTTPS frontend'),
        urlMap: b.link('urlMap', b.names.urlMap),
        sslCertificates: certs.map((c) => c.link),
        quicOverride: https.quicOverride ?? 'NONE',
        ...(https.sslPolicy ? { sslPolicy: `${COMPUTE_BASE}projects/${b.project}/global/sslPolicies/${https.sslPolicy}` } : {}),
      },
      source: ['frontend', 'https'],
      dependsOn: [urlMap, ...certs.flatMap((c) => (c.dependsOn ? [c.dependsOn] : []))],
      references,
    });
    for (const a of uses) rule('https', proxy, b.link('targetHttpsProxy', proxyName), a);
  }
}

/**
 * The model of what lb-plan manages (src/plan/managed.ts) and the canonical forms built on it
 * (src/plan/normalize.ts), field by field, on bodies written by hand the way GCP answers them
 * (gcp-behaviour.md §2.5/§2.6). Expected forms are written out here, not computed by the code.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { DesiredResource } from '../../src/compile/index.js';
import type { LiveState } from '../../src/gcp/read.js';
import type { ResourceKind } from '../../src/model/kinds.js';
import { fieldChanges } from '../../src/plan/diff.js';
import { canonicalIp, diffShape, MANAGED, managedPaths, project, projectObject, shortRef } from '../../src/plan/managed.js';
import { desiredCanonical, liveCanonical, liveDigest, normalizeContext, sameAsPlanned } from '../../src/plan/normalize.js';

const C = 'https://www.googleapis.com/compute/v1/projects/p';
const none = { addressIps: new Map<string, string>() };
const live = (kind: ResourceKind, body: Record<string, unknown>, ctx = none) => liveCanonical(kind, body, ctx);

function desired(kind: ResourceKind, body: Record<string, unknown>, extra: Partial<DesiredResource> = {}): DesiredResource {
  return { address: `${kind}/x`, kind, scope: { type: 'global' }, name: 'x', api: 'v1', body, secrets: [], setters: [], dependsOn: [], references: [], source: [], ...extra } as DesiredResource;
}

describe('shortRef and canonicalIp: GCP spellings', () => {
  it('a Compute URL of any host and version reads as its project-relative path; anything else as it is', () => {
    expect(shortRef(`${C}/global/urlMaps/m`)).toBe('projects/p/global/urlMaps/m');
    expect(shortRef('https://compute.googleapis.com/compute/beta/projects/p/regions/r/networkEndpointGroups/n')).toBe('projects/p/regions/r/networkEndpointGroups/n');
    expect(shortRef('https://www.googleapis.com/compute/alpha/projects/p/global/backendServices/b')).toBe('projects/p/global/backendServices/b');
    expect(shortRef('projects/p/global/urlMaps/m')).toBe('projects/p/global/urlMaps/m');
    expect(shortRef('https://www.googleapis.com/compute/v2/projects/p/global/urlMaps/m')).toBe('https://www.googleapis.com/compute/v2/projects/p/global/urlMaps/m');
    expect(shortRef('http://www.googleapis.com/compute/v1/projects/p/global/urlMaps/m')).toBe('http://www.googleapis.com/compute/v1/projects/p/global/urlMaps/m');
    expect(shortRef('https://storage.googleapis.com/compute/v1/projects/p/x')).toBe('https://storage.googleapis.com/compute/v1/projects/p/x');
    expect(shortRef(`x${C}/global/urlMaps/m`)).toBe(`x${C}/global/urlMaps/m`);
    expect(shortRef('https://www.googleapis.com/compute/v1/')).toBe('https://www.googleapis.com/compute/v1/');
  });

  it('IPv6 lower case with zeros compressed, as GCP answers; IPv4, ranges and garbage unchanged', () => {
    expect(canonicalIp('2001:DB8:0:0:0:0:0:1')).toBe('2001:db8::1');
    expect(canonicalIp('2001:db8::1')).toBe('2001:db8::1');
    expect(canonicalIp('34.1.2.3')).toBe('34.1.2.3');
    expect(canonicalIp('2001:DB8::/32')).toBe('2001:DB8::/32');
    expect(canonicalIp('zz:zz')).toBe('zz:zz');
  });
});

describe('the projection onto managed fields', () => {
  it('a forwarding rule: port "80" is "80-80", its address by URL is the IP GCP answers, or a placeholder before it exists', () => {
    const ctx = { addressIps: new Map([['lb-ip', '34.1.2.3']]) };
    const rule = { IPAddress: `${C}/global/addresses/lb-ip`, portRange: '80', target: `${C}/global/targetHttpProxies/t`, fingerprint: 'x', labels: { a: 'b' } };
    expect(desiredCanonical(desired('globalForwardingRule', rule), ctx)).toEqual({
      IPAddress: '34.1.2.3', IPProtocol: 'TCP', portRange: '80-80', target: 'projects/p/global/targetHttpProxies/t', loadBalancingScheme: 'EXTERNAL', networkTier: 'PREMIUM', labels: { a: 'b' },
    });
    expect(desiredCanonical(desired('globalForwardingRule', rule), none).IPAddress).toBe('(address lb-ip)');
    expect(desiredCanonical(desired('globalForwardingRule', { ...rule, IPAddress: '2001:DB8:0::5', portRange: '443-443' }), none)).toMatchObject({ IPAddress: '2001:db8::5', portRange: '443-443' });
    // An address or port that is not text is left as it is (never a crash, never a silent match).
    expect(desiredCanonical(desired('globalForwardingRule', { ...rule, IPAddress: 5, portRange: 80 }), none)).toMatchObject({ IPAddress: 5, portRange: 80 });
  });

  it("fields GCP fills when unset are compared only where the manifest sets them (an allocated IP, IPv4's absent ipVersion)", () => {
    const answer = { address: '34.1.2.3', addressType: 'EXTERNAL', networkTier: 'PREMIUM', status: 'IN_USE', prefixLength: 0 };
    // Shown whole without a desired side (a delete).
    expect(live('globalAddress', answer)).toEqual({ address: '34.1.2.3', addressType: 'EXTERNAL', ipVersion: 'IPV4', labels: {}, networkTier: 'PREMIUM', prefixLength: 0 });
    const want = desiredCanonical(desired('globalAddress', { name: 'x' }), none);
    expect(want).toEqual({ addressType: 'EXTERNAL', ipVersion: 'IPV4', labels: {}, networkTier: 'PREMIUM' });
    expect(liveCanonical('globalAddress', answer, none, { canonical: want })).toEqual(want);
    expect(liveCanonical('globalAddress', answer, none, desired('globalAddress', { address: '34.9.9.9' }))).toMatchObject({ address: '34.1.2.3' });
    // A manifest's null is not a value: GCP picks one.
    expect(desiredCanonical(desired('globalAddress', { address: null }), none)).toEqual(want);
  });

  it('absent or null fields read as GCP\'s default; labels lb-plan keeps for itself are never compared', () => {
    expect(live('targetHttpsProxy', { urlMap: `${C}/global/urlMaps/m`, quicOverride: null })).toEqual({ description: '', quicOverride: 'NONE', urlMap: 'projects/p/global/urlMaps/m' });
    const labels = { team: 'web', 'lb-plan-applied': 'r1-abc', 'lb-plan-from': 'old', a: '1' };
    expect(Object.entries(live('securityPolicy', { labels }).labels as object)).toEqual([['a', '1'], ['team', 'web']]);
    expect(live('securityPolicy', { labels: 'odd' }).labels).toBe('odd');
  });

  it('sets are sorted by identity (priorities as numbers), ties by content, never deduplicated; ordered lists keep their order', () => {
    const rule = (priority: number, action = 'allow') => ({ priority, action, match: { versionedExpr: 'SRC_IPS_V1', config: { srcIpRanges: ['*'] } } });
    const rules = live('securityPolicy', { rules: [rule(2147483647), rule(1000, 'deny(403)'), rule(900), rule(1000)] }).rules as { priority: number; action: string }[];
    expect(rules.map((r) => [r.priority, r.action])).toEqual([[900, 'allow'], [1000, 'allow'], [1000, 'deny(403)'], [2147483647, 'allow']]);
    expect(rules[0]).toEqual({ priority: 900, action: 'allow', description: '', preview: false, match: { versionedExpr: 'SRC_IPS_V1', config: { srcIpRanges: ['*'] } } });
    const certs = [`${C}/global/sslCertificates/b`, `${C}/global/sslCertificates/a`];
    expect(live('targetHttpsProxy', { sslCertificates: certs }).sslCertificates).toEqual(['projects/p/global/sslCertificates/b', 'projects/p/global/sslCertificates/a']);
    expect(live('sslCertificate', { type: 'MANAGED', managed: { domains: ['b.example.com', 'A.example.com.', 'b.example.com'], status: 'ACTIVE' } }).managed).toEqual({ domains: ['a.example.com', 'b.example.com', 'b.example.com'] });
  });

  it('a URL map: hosts and test hosts lower-cased, path rules named by their paths, GCP additions dropped', () => {
    const body = {
      defaultService: `${C}/global/backendServices/a`,
      hostRules: [{ hosts: ['WWW.Example.com', 'api.example.com'], pathMatcher: 'm' }],
      pathMatchers: [{ name: 'm', defaultService: `${C}/global/backendServices/a`, pathRules: [{ paths: ['/b/*', '/a'], service: `${C}/global/backendServices/b` }, { paths: ['/c/*'], service: `${C}/global/backendServices/a` }] }],
      tests: [{ host: 'WWW.example.com', path: '/', service: `${C}/global/backendServices/a`, expectedOutputUrl: 'x' }],
      fingerprint: 'f',
    };
    expect(live('urlMap', body)).toEqual({
      defaultService: 'projects/p/global/backendServices/a',
      description: '',
      hostRules: [{ hosts: ['api.example.com', 'www.example.com'], pathMatcher: 'm' }],
      pathMatchers: [{ name: 'm', defaultService: 'projects/p/global/backendServices/a', pathRules: [{ paths: ['/a', '/b/*'], service: 'projects/p/global/backendServices/b' }, { paths: ['/c/*'], service: 'projects/p/global/backendServices/a' }] }],
      tests: [{ host: 'www.example.com', path: '/', service: 'projects/p/global/backendServices/a' }],
    });
  });

  it('host rules keyed by their sorted hosts (one without hosts first), URL map tests by host and path', () => {
    const m = live('urlMap', {
      hostRules: [{ hosts: ['b.example.com', 'a.example.com'], pathMatcher: 'n' }, { pathMatcher: 'm' }],
      tests: [{ host: 'b.example.com', path: '/', service: 's' }, { host: 'a.example.com', path: '/z', service: 's' }, { host: 'a.example.com', path: '/a', service: 's' }],
    });
    expect(m.hostRules).toEqual([{ pathMatcher: 'm' }, { hosts: ['a.example.com', 'b.example.com'], pathMatcher: 'n' }]);
    expect((m.tests as { host: string; path: string }[]).map((t) => `${t.host}${t.path}`)).toEqual(['a.example.com/a', 'a.example.com/z', 'b.example.com/']);
  });

  it('a value where the model expects an object or a list is kept as it is (a difference to show, not a crash)', () => {
    expect(project(MANAGED.backendService.iap!, 'on', none)).toBe('on');
    expect(project(MANAGED.backendService.backends!, 'all', none)).toBe('all');
    expect(projectObject(MANAGED.backendService, { iap: { enabled: true, oauth2ClientId: 'c', extra: 1 } }, none).iap).toEqual({ enabled: true, oauth2ClientId: 'c' });
  });
});

describe('every managed field, per kind', () => {
  it('an answer with nothing lb-plan sets reads as GCP\'s defaults', () => {
    const empty = (kind: ResourceKind) => live(kind, { name: 'x', id: '1', selfLink: 'l', creationTimestamp: 't' });
    expect(empty('globalAddress')).toEqual({ addressType: 'EXTERNAL', ipVersion: 'IPV4', labels: {}, networkTier: 'PREMIUM' });
    expect(empty('sslCertificate')).toEqual({ type: 'SELF_MANAGED' });
    expect(empty('securityPolicy')).toEqual({ description: '', labels: {}, type: 'CLOUD_ARMOR' });
    expect(empty('regionNetworkEndpointGroup')).toEqual({});
    expect(empty('backendService')).toEqual({ description: '', enableCDN: false, iap: { enabled: false }, loadBalancingScheme: 'EXTERNAL', logConfig: { enable: false }, protocol: 'HTTP' });
    expect(empty('urlMap')).toEqual({ description: '', tests: [] });
    expect(empty('targetHttpProxy')).toEqual({ description: '' });
    expect(empty('targetHttpsProxy')).toEqual({ description: '', quicOverride: 'NONE' });
    expect(empty('globalForwardingRule')).toEqual({ IPProtocol: 'TCP', ipVersion: 'IPV4', labels: {}, loadBalancingScheme: 'EXTERNAL', networkTier: 'PREMIUM' });
  });

  it('a Cloud Armor policy: every rule field, rate limits included; GCP\'s additions dropped', () => {
    const rule = {
      priority: 1000, description: 'limit', action: 'throttle', preview: true, kind: 'compute#securityPolicyRule', ruleNumber: '3',
      match: { versionedExpr: 'SRC_IPS_V1', config: { srcIpRanges: ['10.0.0.0/8', '1.2.3.4/32'] }, expr: { expression: "origin.region_code == 'CH'", title: 't' } },
      rateLimitOptions: { conformAction: 'allow', exceedAction: 'deny(429)', enforceOnKey: 'IP', rateLimitThreshold: { count: 100, intervalSec: 60 }, banDurationSec: 0 },
    };
    expect(live('securityPolicy', { description: 'waf', type: 'CLOUD_ARMOR', rules: [rule], fingerprint: 'f', adaptiveProtectionConfig: {} })).toEqual({
      description: 'waf', labels: {}, type: 'CLOUD_ARMOR',
      rules: [{
        priority: 1000, description: 'limit', action: 'throttle', preview: true,
        match: { versionedExpr: 'SRC_IPS_V1', config: { srcIpRanges: ['1.2.3.4/32', '10.0.0.0/8'] }, expr: { expression: "origin.region_code == 'CH'" } },
        rateLimitOptions: { conformAction: 'allow', exceedAction: 'deny(429)', enforceOnKey: 'IP', rateLimitThreshold: { count: 100, intervalSec: 60 } },
      }],
    });
  });

  it('serverless NEGs of every platform: only what points at the service', () => {
    expect(live('regionNetworkEndpointGroup', { networkEndpointType: 'SERVERLESS', size: 0, cloudRun: { service: 's', tag: 't', urlMask: '/<service>' } })).toEqual({ networkEndpointType: 'SERVERLESS', cloudRun: { service: 's', tag: 't', urlMask: '/<service>' } });
    expect(live('regionNetworkEndpointGroup', { cloudFunction: { function: 'f', urlMask: '/<function>' } })).toEqual({ cloudFunction: { function: 'f', urlMask: '/<function>' } });
    expect(live('regionNetworkEndpointGroup', { appEngine: { service: 's', version: 'v', urlMask: 'm' } })).toEqual({ appEngine: { service: 's', version: 'v', urlMask: 'm' } });
    expect(live('regionNetworkEndpointGroup', { serverlessDeployment: { platform: 'apigateway.googleapis.com', resource: 'gw', version: 'v', urlMask: 'm' } })).toEqual({ serverlessDeployment: { platform: 'apigateway.googleapis.com', resource: 'gw', version: 'v', urlMask: 'm' } });
  });

  it('a backend service with CDN, IAP and logging on: the settings the manifest sets, not the defaults GCP fills (§2.5/§2.6)', () => {
    const cdn = { cacheMode: 'CACHE_ALL_STATIC', defaultTtl: 3600, clientTtl: 60, maxTtl: 86400, negativeCaching: true, serveWhileStale: 0, requestCoalescing: true, cacheKeyPolicy: { includeHost: true }, signedUrlCacheMaxAgeSec: '0' };
    const want = desiredCanonical(desired('backendService', { enableCDN: true, cdnPolicy: { cacheMode: 'CACHE_ALL_STATIC', defaultTtl: 3600, clientTtl: 60, maxTtl: 86400, negativeCaching: true, serveWhileStale: 0, requestCoalescing: true } }), none);
    expect(want.cdnPolicy).toEqual({ cacheMode: 'CACHE_ALL_STATIC', clientTtl: 60, defaultTtl: 3600, maxTtl: 86400, negativeCaching: true, requestCoalescing: true, serveWhileStale: 0 });
    expect(liveCanonical('backendService', { enableCDN: true, cdnPolicy: cdn }, none, { canonical: want }).cdnPolicy).toEqual(want.cdnPolicy);
    // A manifest that sets only the cache mode compares only that: GCP's TTL defaults are not a change.
    const some = desiredCanonical(desired('backendService', { enableCDN: true, cdnPolicy: { cacheMode: 'USE_ORIGIN_HEADERS' } }), none);
    expect(liveCanonical('backendService', { enableCDN: true, cdnPolicy: cdn }, none, { canonical: some }).cdnPolicy).toEqual({ cacheMode: 'CACHE_ALL_STATIC' });
    // No cdnPolicy in the manifest: GCP's is not compared at all.
    const noPolicy = desiredCanonical(desired('backendService', { enableCDN: true }), none);
    expect('cdnPolicy' in liveCanonical('backendService', { enableCDN: true, cdnPolicy: cdn }, none, { canonical: noPolicy })).toBe(false);
    expect(live('backendService', { securityPolicy: `${C}/global/securityPolicies/armor`, backends: [{ group: `${C}/regions/r/networkEndpointGroups/n`, balancingMode: 'UTILIZATION', capacityScaler: 1 }] })).toMatchObject({
      securityPolicy: 'projects/p/global/securityPolicies/armor',
      backends: [{ group: 'projects/p/regions/r/networkEndpointGroups/n' }],
    });
  });

  it('a URL map redirect: the settings, with GCP\'s defaults for the ones left out', () => {
    expect(live('urlMap', { defaultUrlRedirect: { httpsRedirect: true } }).defaultUrlRedirect).toEqual({ httpsRedirect: true, redirectResponseCode: 'MOVED_PERMANENTLY_DEFAULT', stripQuery: false });
    expect(live('urlMap', { defaultUrlRedirect: { hostRedirect: 'h', pathRedirect: '/p', prefixRedirect: '/x', httpsRedirect: false, redirectResponseCode: 'FOUND', stripQuery: true } }).defaultUrlRedirect).toEqual({ hostRedirect: 'h', pathRedirect: '/p', prefixRedirect: '/x', httpsRedirect: false, redirectResponseCode: 'FOUND', stripQuery: true });
  });

  it('an HTTPS proxy and a certificate: every managed field', () => {
    expect(live('targetHttpsProxy', { description: 'd', urlMap: `${C}/global/urlMaps/m`, sslCertificates: [`${C}/global/sslCertificates/c`], quicOverride: 'ENABLE', sslPolicy: `${C}/global/sslPolicies/modern`, tlsEarlyData: 'DISABLED' })).toEqual({
      description: 'd', urlMap: 'projects/p/global/urlMaps/m', sslCertificates: ['projects/p/global/sslCertificates/c'], quicOverride: 'ENABLE', sslPolicy: 'projects/p/global/sslPolicies/modern',
    });
    expect(live('targetHttpProxy', { description: 'd', urlMap: `${C}/global/urlMaps/m` })).toEqual({ description: 'd', urlMap: 'projects/p/global/urlMaps/m' });
    // §2.6: once ACTIVE, a managed certificate's PEM, expiry and SANs are GCP's outputs.
    expect(live('sslCertificate', { type: 'MANAGED', managed: { domains: ['a.example.com'], status: 'ACTIVE', domainStatus: { 'a.example.com': 'ACTIVE' } }, certificate: 'PEM', expireTime: 't', subjectAlternativeNames: ['a.example.com'] })).toEqual({ type: 'MANAGED', managed: { domains: ['a.example.com'] } });
  });

  it('an address and a forwarding rule: every managed field', () => {
    expect(live('globalAddress', { address: '2600:1901:0:0::', addressType: 'EXTERNAL', ipVersion: 'IPV6', networkTier: 'PREMIUM', prefixLength: 64, labels: { a: 'b' } })).toEqual({ address: '2600:1901::', addressType: 'EXTERNAL', ipVersion: 'IPV6', networkTier: 'PREMIUM', prefixLength: 64, labels: { a: 'b' } });
    expect(live('globalForwardingRule', { IPAddress: '34.1.2.3', IPProtocol: 'TCP', portRange: '443-443', target: `${C}/global/targetHttpsProxies/t`, loadBalancingScheme: 'EXTERNAL_MANAGED', networkTier: 'STANDARD', ipVersion: 'IPV6', labels: {} })).toEqual({
      IPAddress: '34.1.2.3', IPProtocol: 'TCP', portRange: '443-443', target: 'projects/p/global/targetHttpsProxies/t', loadBalancingScheme: 'EXTERNAL_MANAGED', networkTier: 'STANDARD', ipVersion: 'IPV6', labels: {},
    });
  });
});

describe('diffShape: sets keyed by identity for the field diff', () => {
  it('set elements keyed `[identity]`, a repeated identity numbered; ordered lists stay lists; unmanaged fields as they are', () => {
    const g = (n: string) => `projects/p/regions/r/networkEndpointGroups/${n}`;
    expect(diffShape(MANAGED.backendService, { backends: [{ group: g('a') }, { group: g('a') }, { group: g('b') }], other: [1] })).toEqual({
      backends: { [`[${g('a')}]`]: { group: g('a') }, [`[${g('a')} #2]`]: { group: g('a') }, [`[${g('b')}]`]: { group: g('b') } },
      other: [1],
    });
    expect(diffShape(MANAGED.targetHttpsProxy, { sslCertificates: ['a', 'b'] })).toEqual({ sslCertificates: ['a', 'b'] });
    expect(diffShape(MANAGED.urlMap, { pathMatchers: [{ name: 'm', pathRules: [{ paths: ['/a', '/b'] }] }] })).toEqual({ pathMatchers: { '[m]': { name: 'm', pathRules: { '[/a,/b]': { paths: { '[/a]': '/a', '[/b]': '/b' } } } } } });
    expect(diffShape(MANAGED.urlMap, { hostRules: [{ hosts: ['b', 'a'], pathMatcher: 'm' }] })).toEqual({ hostRules: { '[a,b]': { hosts: { '[b]': 'b', '[a]': 'a' }, pathMatcher: 'm' } } });
  });

  it('three of one identity are [k], [k #2], [k #3]; an element whose own identity reads "k #2" is kept beside them, never written over', () => {
    const shape = diffShape(MANAGED.urlMap, { hostRules: [{ hosts: ['k'] }, { hosts: ['k'] }, { hosts: ['k #2'] }, { hosts: ['k'] }] });
    expect(Object.keys(shape.hostRules as object)).toEqual(['[k]', '[k #2]', '[k #2 #2]', '[k #3]']);
    expect(Object.values(shape.hostRules as object).map((r: { hosts: object }) => Object.keys(r.hosts)[0])).toEqual(['[k]', '[k]', '[k #2]', '[k]']);
  });

  it('an element whose own identity reads "k #2" is never written over, whichever comes first: it or the second "k"', () => {
    const shape = diffShape(MANAGED.urlMap, { hostRules: [{ hosts: ['k #2'], pathMatcher: 'first' }, { hosts: ['k'], pathMatcher: 'a' }, { hosts: ['k'], pathMatcher: 'b' }] });
    const rules = shape.hostRules as Record<string, { pathMatcher: string }>;
    expect(Object.values(rules).map((r) => r.pathMatcher)).toEqual(['first', 'a', 'b']);
    expect(rules['[k #2]']).toEqual({ hosts: { '[k #2]': 'k #2' }, pathMatcher: 'first' });
    expect(rules['[k]']).toEqual({ hosts: { '[k]': 'k' }, pathMatcher: 'a' });
  });

  it('a value that holds no set is the same value, uncopied; one that does is a new object (the input is never changed)', () => {
    const iap = { enabled: true, oauth2ClientId: 'c' };
    const backends = [{ group: 'g' }];
    const body = { iap, backends, description: 'd' };
    const shape = diffShape(MANAGED.backendService, body);
    expect(shape.iap).toBe(iap);
    expect(shape.backends).toEqual({ '[g]': { group: 'g' } });
    expect(body.backends).toBe(backends);
    expect(backends).toEqual([{ group: 'g' }]);
    // An object holding a set deep down is shaped all the way.
    const matcher = { name: 'm', defaultService: 's', pathRules: [{ paths: ['/a'], service: 's' }] };
    expect(diffShape(MANAGED.urlMap, { pathMatchers: [matcher] }).pathMatchers).toEqual({ '[m]': { name: 'm', defaultService: 's', pathRules: { '[/a]': { paths: { '[/a]': '/a' }, service: 's' } } } });
  });

  it('an ordered list that holds no set (the HTTPS proxy\'s certificates) is the same array, uncopied', () => {
    const sslCertificates = ['projects/p/global/sslCertificates/b', 'projects/p/global/sslCertificates/a'];
    const shape = diffShape(MANAGED.targetHttpsProxy, { sslCertificates, quicOverride: 'NONE' });
    expect(shape.sslCertificates).toBe(sslCertificates);
    expect(shape).toEqual({ sslCertificates: ['projects/p/global/sslCertificates/b', 'projects/p/global/sslCertificates/a'], quicOverride: 'NONE' });
  });

  it('an ordered list whose items hold sets keeps its positions, each item shaped (a model of any shape, not only the managed kinds)', () => {
    const model = { groups: { type: 'list', order: 'ordered', item: { type: 'list', order: 'set', item: { type: 'value' } } } } as const;
    const groups = [['b', 'a'], ['c', 'c']];
    expect(diffShape(model, { groups })).toEqual({ groups: [{ '[b]': 'b', '[a]': 'a' }, { '[c]': 'c', '[c #2]': 'c' }] });
    expect(Array.isArray(diffShape(model, { groups }).groups)).toBe(true);
    expect(groups).toEqual([['b', 'a'], ['c', 'c']]);
  });

  it('a set element that is not a string (a hostile answer) is named by its JSON with keys sorted, commas kept: [1,2] and [12] stay two elements', () => {
    const odd = { b: [1, 2], a: null };
    const shape = diffShape(MANAGED.securityPolicy, { rules: [{ priority: 7, match: { config: { srcIpRanges: ['*', odd, [1, 2], [12]] } } }] });
    expect(shape).toEqual({ rules: { '[7]': { priority: 7, match: { config: { srcIpRanges: { '[*]': '*', '[{"a":null,"b":[1,2]}]': odd, '[[1,2]]': [1, 2], '[[12]]': [12] } } } } } });
    // The same from a live answer: a range is a plain value, so the canonical form keeps such an element as GCP sent it.
    const canonical = live('securityPolicy', { rules: [{ priority: 7, match: { config: { srcIpRanges: ['*', odd, [1, 2], [12]] } } }] });
    expect(diffShape(MANAGED.securityPolicy, canonical).rules).toEqual({ '[7]': { priority: 7, description: '', preview: false, match: { config: { srcIpRanges: { '[*]': '*', '[{"a":null,"b":[1,2]}]': odd, '[[1,2]]': [1, 2], '[[12]]': [12] } } } } });
  });
});

describe('managedPaths: every managed leaf', () => {
  it('objects by dots, lists of objects by `[].`, lists of values by `[]`', () => {
    expect(managedPaths(MANAGED.targetHttpsProxy)).toEqual(['description', 'urlMap', 'sslCertificates[]', 'quicOverride', 'sslPolicy']);
    expect(managedPaths(MANAGED.backendService)).toEqual(expect.arrayContaining(['backends[].group', 'cdnPolicy.cacheMode', 'iap.oauth2ClientSecretSha256', 'logConfig.sampleRate', 'securityPolicy']));
    expect(managedPaths(MANAGED.sslCertificate)).toEqual(['type', 'managed.domains[]']);
  });
});

describe('normalize: where GCP treats two spellings as one state', () => {
  const be = (body: Record<string, unknown>) => live('backendService', body);

  it('disabled IAP or logging carries no settings; CDN settings mean nothing while CDN is off', () => {
    // §2.5: a backend service that never had IAP answers enabled:false with an empty client and the empty string's SHA-256.
    const c = be({ iap: { enabled: false, oauth2ClientId: '', oauth2ClientSecretSha256: 'e3b0c442' }, logConfig: { enable: false, sampleRate: 1 }, enableCDN: false, cdnPolicy: { cacheMode: 'CACHE_ALL_STATIC' } });
    expect([c.iap, c.logConfig, 'cdnPolicy' in c]).toEqual([{ enabled: false }, { enable: false }, false]);
    const on = be({ iap: { enabled: true, oauth2ClientId: 'c', oauth2ClientSecretSha256: 'h' }, logConfig: { enable: true, sampleRate: 0.5, optionalMode: 'EXCLUDE_ALL_OPTIONAL' }, enableCDN: true, cdnPolicy: { cacheMode: 'CACHE_ALL_STATIC', signedUrlCacheMaxAgeSec: 3600 } });
    expect([on.iap, on.logConfig, on.cdnPolicy]).toEqual([{ enabled: true, oauth2ClientId: 'c', oauth2ClientSecretSha256: 'h' }, { enable: true, sampleRate: 0.5 }, { cacheMode: 'CACHE_ALL_STATIC' }]);
    // §2.6: a backend service whose logging was never enabled has no logConfig at all.
    expect(be({}).logConfig).toEqual({ enable: false });
  });

  it("the desired IAP secret is compared as GCP stores it, its SHA-256; a disabled IAP's secret is not compared", () => {
    const sha = createHash('sha256').update('s3cret').digest('hex');
    const d = (enabled: boolean) => desired('backendService', { iap: { enabled, oauth2ClientId: 'c', oauth2ClientSecret: 's3cret' } }, { secrets: [{ field: ['iap', 'oauth2ClientSecret'], ref: 'env:X', sha256: sha }] });
    expect(desiredCanonical(d(true), none).iap).toEqual({ enabled: true, oauth2ClientId: 'c', oauth2ClientSecretSha256: sha });
    expect(JSON.stringify(desiredCanonical(d(true), none))).not.toContain('s3cret');
    expect(desiredCanonical(d(false), none).iap).toEqual({ enabled: false });
    const unresolved = desired('backendService', { iap: { enabled: true, oauth2ClientId: 'c' } }, { secrets: [{ field: ['iap', 'oauth2ClientSecret'], ref: 'env:X', sha256: undefined }] });
    expect(desiredCanonical(unresolved, none).iap).toEqual({ enabled: true, oauth2ClientId: 'c', oauth2ClientSecretSha256: '(unresolved)' });
    const other = desired('backendService', { iap: { enabled: true, oauth2ClientId: 'c' } }, { secrets: [{ field: ['privateKey'], ref: 'env:X', sha256: 'k' }] });
    expect(desiredCanonical(other, none).iap).toEqual({ enabled: true, oauth2ClientId: 'c', oauth2ClientSecretSha256: '(unresolved)' });
  });

  it('fields set by a method of their own (setSecurityPolicy) count as the body: a URL as its path, null as absent', () => {
    const setter = (securityPolicy: unknown) => desired('backendService', { securityPolicy: 'stale' }, { setters: [{ field: 'securityPolicy', method: 'setSecurityPolicy', body: { securityPolicy } }] as DesiredResource['setters'] });
    expect(desiredCanonical(setter(`${C}/global/securityPolicies/armor`), none).securityPolicy).toBe('projects/p/global/securityPolicies/armor');
    expect('securityPolicy' in desiredCanonical(setter(null), none)).toBe(false);
    expect('securityPolicy' in desiredCanonical(setter(undefined), none)).toBe(false);
  });

  it('the context knows the IP of every global address that has one, by name', () => {
    const s: LiveState = {
      project: 'p',
      requests: 0,
      resources: new Map([
        ['globalAddress/a', { address: 'globalAddress/a', kind: 'globalAddress', scope: { type: 'global' }, name: 'a', body: { address: '34.1.2.3' } }],
        ['globalAddress/b', { address: 'globalAddress/b', kind: 'globalAddress', scope: { type: 'global' }, name: 'b', body: {} }],
        ['globalForwardingRule/c', { address: 'globalForwardingRule/c', kind: 'globalForwardingRule', scope: { type: 'global' }, name: 'c', body: { address: '34.9.9.9' } }],
      ]),
    };
    expect([...normalizeContext(s).addressIps]).toEqual([['a', '34.1.2.3']]);
  });

  it("lb-plan's applied record in a description is not compared; the rest of the description is", () => {
    const described = (description: string) => live('urlMap', { description, defaultService: 'x' }).description;
    expect(described('[managed by lb-plan: lb]')).toBe('[managed by lb-plan: lb]');
    expect(described('[lb-plan applied r1-aaaaaa] [managed by lb-plan: lb]')).toBe('[managed by lb-plan: lb]');
    expect(described('Web [lb-plan applied r1-aaaaaa] [managed by lb-plan: lb]')).toBe('Web [managed by lb-plan: lb]');
  });
});

describe('liveDigest and sameAsPlanned', () => {
  const rule = { IPAddress: '34.1.2.3', portRange: '80-80', target: `${C}/global/targetHttpProxies/t`, description: 'd', labels: { a: 'b' } };
  const l = (body: Record<string, unknown>) => ({ address: 'globalForwardingRule/r', kind: 'globalForwardingRule' as const, scope: { type: 'global' as const }, name: 'r', body });

  it('the digest of what a plan observed changes with a managed field, the description or the labels; not with what GCP adds', () => {
    const base = liveDigest(l(rule), none);
    expect(liveDigest(l({ ...rule, fingerprint: 'new', status: 'x' }), none)).toBe(base);
    expect(liveDigest(l({ ...rule, portRange: '443-443' }), none)).not.toBe(base);
    expect(liveDigest(l({ ...rule, description: 'e' }), none)).not.toBe(base);
    expect(liveDigest(l({ ...rule, labels: { a: 'c' } }), none)).not.toBe(base);
    // An absent description or labels is the same as GCP's empty ones.
    const { description: _d, labels: _l, ...bare } = rule;
    expect(liveDigest(l(bare), none)).toBe(liveDigest(l({ ...bare, description: '', labels: {} }), none));
  });

  it('sameAsPlanned: the managed fields as planned; an IP the plan could only name by its address is not compared', () => {
    const after = { IPAddress: '(address lb-ip)', IPProtocol: 'TCP', portRange: '80-80', target: 'projects/p/global/targetHttpProxies/t', loadBalancingScheme: 'EXTERNAL', networkTier: 'PREMIUM', ipVersion: 'IPV4', labels: { a: 'b' } };
    expect(sameAsPlanned('globalForwardingRule', { ...rule, fingerprint: 'f', ipVersion: 'IPV4' }, after)).toBe(true);
    expect(sameAsPlanned('globalForwardingRule', { ...rule, ipVersion: 'IPV4', portRange: '8080-8080' }, after)).toBe(false);
    expect(sameAsPlanned('globalForwardingRule', { ...rule, ipVersion: 'IPV4' }, { ...after, IPAddress: '34.1.2.3' })).toBe(true);
    expect(sameAsPlanned('globalForwardingRule', { ...rule, ipVersion: 'IPV4' }, { ...after, IPAddress: '34.9.9.9' })).toBe(false);
    const withoutIp = { ...after } as Record<string, unknown>;
    delete withoutIp.IPAddress;
    expect(sameAsPlanned('globalForwardingRule', { ...rule, ipVersion: 'IPV4' }, withoutIp)).toBe(true);
    expect(sameAsPlanned('backendService', { iap: { enabled: false, oauth2ClientId: '' } }, { description: '', enableCDN: false, iap: { enabled: false }, loadBalancingScheme: 'EXTERNAL', logConfig: { enable: false }, protocol: 'HTTP' })).toBe(true);
  });
});

describe('hostile or odd answers, and key order', () => {
  it('canonical forms list their keys sorted, labels included', () => {
    expect(Object.keys(live('globalForwardingRule', { portRange: '80', IPProtocol: 'TCP' }))).toEqual(['IPProtocol', 'ipVersion', 'labels', 'loadBalancingScheme', 'networkTier', 'portRange']);
    expect(Object.keys(live('globalAddress', { labels: { c: '3', a: '1', b: '2' } }).labels as object)).toEqual(['a', 'b', 'c']);
    expect(Object.keys(live('globalAddress', { labels: { a: '1', b: '2', c: '3' } }).labels as object)).toEqual(['a', 'b', 'c']);
  });

  it("a manifest's null for a field GCP fills (ipVersion) asks for nothing", () => {
    expect('ipVersion' in desiredCanonical(desired('globalForwardingRule', { ipVersion: null, portRange: '80' }), none)).toBe(false);
  });

  it('a domain that is not text is kept as it is; a list answered as something else is a change, not a crash', () => {
    expect(live('sslCertificate', { type: 'MANAGED', managed: { domains: [5] } }).managed).toEqual({ domains: [5] });
    const g = 'projects/p/regions/r/networkEndpointGroups/n';
    expect(fieldChanges('backendService', { backends: 'all' }, { backends: [{ group: g }] })).toEqual([{ path: 'backends', kind: 'changed', before: 'all', after: { [`[${g}]`]: { group: g } } }]);
  });

  it('a URL map test added is one change named by its host and path', () => {
    const t = (host: string, path: string) => ({ host, path, service: 's' });
    expect(fieldChanges('urlMap', { tests: [t('a.example.com', '/')] }, { tests: [t('a.example.com', '/'), t('b.example.com', '/x')] })).toEqual([{ path: 'tests[b.example.com/x]', kind: 'added', after: t('b.example.com', '/x') }]);
  });

  it('a forwarding rule answered with its address by URL (not the IP, as GCP does) is still what was planned', () => {
    const after = { IPAddress: '(address lb-ip)', IPProtocol: 'TCP', portRange: '80-80', loadBalancingScheme: 'EXTERNAL', networkTier: 'PREMIUM', labels: {} };
    expect(sameAsPlanned('globalForwardingRule', { IPAddress: `${C}/global/addresses/lb-ip`, portRange: '80-80' }, after)).toBe(true);
  });
});

describe('GCP leaves false and empty values out of its JSON answers', () => {
  it('IAP or logging answered without their switch read as off; a redirect without httpsRedirect as plain HTTP', () => {
    expect(live('backendService', { iap: { oauth2ClientId: 'c' } }).iap).toEqual({ enabled: false });
    expect(live('backendService', { logConfig: { sampleRate: 1 } }).logConfig).toEqual({ enable: false });
    expect(live('urlMap', { defaultUrlRedirect: { hostRedirect: 'h' } }).defaultUrlRedirect).toEqual({ hostRedirect: 'h', httpsRedirect: false, redirectResponseCode: 'MOVED_PERMANENTLY_DEFAULT', stripQuery: false });
  });

  it('rules with one priority are ordered by their content, IP ranges included', () => {
    const rule = (ranges: string[]) => ({ priority: 1000, action: 'allow', match: { versionedExpr: 'SRC_IPS_V1', config: { srcIpRanges: ranges } } });
    const rules = live('securityPolicy', { rules: [rule(['2.2.2.2/32']), rule(['1.1.1.1/32'])] }).rules as { match: { config: { srcIpRanges: string[] } } }[];
    expect(rules.map((r) => r.match.config.srcIpRanges[0])).toEqual(['1.1.1.1/32', '2.2.2.2/32']);
  });
});

describe('answers in a shape the model does not expect', () => {
  it('a value answered as a list is a change, not a crash', () => {
    expect(fieldChanges('backendService', { protocol: ['HTTP'] }, { protocol: 'HTTP' })).toEqual([{ path: 'protocol', kind: 'changed', before: ['HTTP'], after: 'HTTP' }]);
  });

  it('a forwarding rule answered with its address by URL is not the literal IP planned', () => {
    expect(sameAsPlanned('globalForwardingRule', { IPAddress: `${C}/global/addresses/lb-ip`, portRange: '80-80' }, { IPAddress: '34.1.2.3', IPProtocol: 'TCP', portRange: '80-80', loadBalancingScheme: 'EXTERNAL', networkTier: 'PREMIUM', labels: {} })).toBe(false);
  });
});

/**
 * The words a reviewer reads for each change (src/plan/review/), on hand-written canonical forms:
 * every changed field is named, a set is compared as a set, a secret is never shown. The expected
 * lines are written out here in full, not built with the code's own helpers.
 */
import { describe, expect, it } from 'vitest';
import { changeLines } from '../../src/plan/review/changes.js';
import { cdnText, createLines, groupText, iapText, loggingText, ruleText } from '../../src/plan/review/create.js';
import { backendKey, hostLines, isRec, labelText, list, negTarget, refName, refRegion, routes, str, userDescription, withoutHash } from '../../src/plan/review/terms.js';

const G = 'projects/p/global';
const NEG_A = 'projects/p/regions/us-central1/networkEndpointGroups/shop-web-1a2b3c4d';
const NEG_B = 'projects/p/regions/europe-west1/networkEndpointGroups/shop-web-5e6f7a8b';
const NEG_C = 'projects/p/regions/us-central1/networkEndpointGroups/shop-web-99999999';
const NEGS = new Map([
  ['shop-web-1a2b3c4d', 'Cloud Run service web'],
  ['shop-web-5e6f7a8b', 'Cloud Run service web-eu'],
]);
const NONE = new Map<string, string>();

/** A URL map with a host rule for two hosts, one for any host, and one whose path matcher is missing. */
const MAP = {
  defaultService: `${G}/backendServices/shop-web`,
  hostRules: [
    { hosts: ['shop.example.com', 'www.shop.example.com'], pathMatcher: 'm1' },
    { hosts: ['*'], pathMatcher: 'm2' },
    { hosts: ['lost.example.com'], pathMatcher: 'missing' },
  ],
  pathMatchers: [
    { name: 'm1', defaultService: `${G}/backendServices/shop-web`, pathRules: [{ paths: ['/api/*', '/v2/*'], service: `${G}/backendServices/shop-api` }] },
    { name: 'm2', defaultService: `${G}/backendServices/shop-web`, pathRules: [{ paths: ['/img/*'], service: `${G}/backendServices/shop-img` }] },
  ],
};

describe('terms: the small words of a review', () => {
  it('isRec, list and str take only what they say', () => {
    expect([isRec({}), isRec([]), isRec(null), isRec('x'), isRec(undefined)]).toEqual([true, false, false, false, false]);
    expect([list(['a']), list('a'), list(undefined), list({ 0: 'a' })]).toEqual([['a'], [], [], []]);
    expect([str('a'), str(5), str(true), str(undefined), str({ a: 1 })]).toEqual(['a', '5', 'true', '', '{"a":1}']);
  });

  it("refName is a reference's last segment; refRegion its region, only for a regional reference", () => {
    expect(refName(`${G}/urlMaps/lb`)).toBe('lb');
    expect(refName('lb')).toBe('lb');
    expect(refName(7)).toBe('7');
    expect(refRegion(NEG_B)).toBe('europe-west1');
    expect(refRegion(`${G}/networkEndpointGroups/x`)).toBeUndefined();
    expect(refRegion('regions/us-central1')).toBeUndefined();
    expect(refRegion(42)).toBeUndefined();
  });

  it("backendKey strips only the load balancer's own prefix; withoutHash only an 8-hex-digit suffix", () => {
    expect(backendKey('shop', 'shop-web')).toBe('web');
    expect(backendKey('shop', 'shop-web-api')).toBe('web-api');
    expect(backendKey('shop', 'shopweb')).toBe('shopweb');
    expect(backendKey('shop', 'other-web')).toBe('other-web');
    expect(withoutHash('shop-cert-1a2b3c4d')).toBe('shop-cert');
    expect(withoutHash('shop-cert-1a2b3c4')).toBe('shop-cert-1a2b3c4');
    expect(withoutHash('shop-cert-1a2b3c4d5')).toBe('shop-cert-1a2b3c4d5');
    expect(withoutHash('shop-cert-1A2B3C4D')).toBe('shop-cert-1A2B3C4D');
    expect(withoutHash('cert1a2b3c4d')).toBe('cert1a2b3c4d');
    expect(withoutHash('x-cert-1a2b3c4g')).toBe('x-cert-1a2b3c4g');
  });

  it("userDescription takes off lb-plan's marker and the space before it, and nothing else", () => {
    expect(userDescription('Shop web [managed by lb-plan: shop]')).toBe('Shop web');
    expect(userDescription('Shop web   [managed by lb-plan: shop]')).toBe('Shop web');
    expect(userDescription('[managed by lb-plan: shop]')).toBe('');
    expect(userDescription('  plain text  ')).toBe('  plain text  ');
    expect(userDescription('not ours [managed by lb-plan: Shop!]')).toBe('not ours [managed by lb-plan: Shop!]');
    expect(userDescription(undefined)).toBe('');
    expect(userDescription(12)).toBe('');
  });

  it('negTarget names the service, tag, version and URL mask of each serverless kind', () => {
    expect(negTarget({ cloudRun: { service: 'hello', tag: 'blue', urlMask: '/x' } })).toBe('Cloud Run service hello (tag blue) by URL mask /x');
    expect(negTarget({ cloudRun: { service: 'hello' } })).toBe('Cloud Run service hello');
    expect(negTarget({ cloudRun: { urlMask: '<service>.example.com' } })).toBe('Cloud Run services by URL mask <service>.example.com');
    expect(negTarget({ cloudFunction: { function: 'f' } })).toBe('Cloud Functions function f');
    expect(negTarget({ cloudFunction: { urlMask: '/<function>' } })).toBe('Cloud Functions functions by URL mask /<function>');
    expect(negTarget({ appEngine: {} })).toBe('App Engine service default');
    expect(negTarget({ appEngine: { service: 's', version: 'v1', urlMask: '<service>-dot-app' } })).toBe('App Engine service s version v1 by URL mask <service>-dot-app');
    expect(negTarget({ serverlessDeployment: { resource: 'gw' } })).toBe('API Gateway gateway gw');
    expect(negTarget({ serverlessDeployment: { urlMask: '<gateway>' } })).toBe('API Gateway gateways by URL mask <gateway>');
    expect(negTarget({})).toBe('a serverless target');
    expect(negTarget({ cloudRun: 'web' })).toBe('a serverless target');
  });

  it('routes: one per host and path, sorted by where they start; a host rule without its path matcher has none', () => {
    expect(routes('shop', MAP)).toEqual([
      { where: '/img/*', backend: 'img' },
      { where: 'any host', backend: 'web' },
      { where: 'anything else', backend: 'web' },
      { where: 'shop.example.com', backend: 'web' },
      { where: 'shop.example.com /api/*', backend: 'api' },
      { where: 'shop.example.com /v2/*', backend: 'api' },
      { where: 'www.shop.example.com', backend: 'web' },
      { where: 'www.shop.example.com /api/*', backend: 'api' },
      { where: 'www.shop.example.com /v2/*', backend: 'api' },
    ]);
    expect(routes('shop', { hostRules: MAP.hostRules })).toEqual([]);
    // The same routes written in another order are the same list.
    const shuffled = { ...MAP, hostRules: [...MAP.hostRules].reverse(), pathMatchers: [...MAP.pathMatchers].reverse() };
    expect(routes('shop', shuffled)).toEqual(routes('shop', MAP));
  });

  it("hostLines: each host rule in the manifest's shape; a missing path matcher reads '?'", () => {
    expect(hostLines('shop', MAP)).toEqual([
      'host shop.example.com, www.shop.example.com: /api/*, /v2/* → api; anything else → web',
      'any host: /img/* → img; anything else → web',
      'host lost.example.com: anything else → ?',
    ]);
    expect(hostLines('shop', { hostRules: [{ hosts: ['*', 'a.example.com'], pathMatcher: 'm2' }], pathMatchers: MAP.pathMatchers })).toEqual(['host *, a.example.com: /img/* → img; anything else → web']);
    expect(hostLines('shop', {})).toEqual([]);
  });

  it('labelText: key=value pairs, or none', () => {
    expect(labelText({ team: 'a', env: 'prod' })).toBe('team=a, env=prod');
    expect(labelText({})).toBe('none');
    expect(labelText(undefined)).toBe('none');
    expect(labelText(['a'])).toBe('none');
  });
});

describe('create: what a created resource will be', () => {
  it('cdnText, iapText, loggingText: on with their settings, otherwise off; never the IAP secret', () => {
    expect(cdnText(false, { cacheMode: 'CACHE_ALL_STATIC' })).toBe('off');
    expect(cdnText('true', undefined)).toBe('off');
    expect(cdnText(true, undefined)).toBe('on');
    expect(cdnText(true, {})).toBe('on');
    expect(cdnText(true, { cacheMode: 'CACHE_ALL_STATIC', defaultTtl: 3600, negativeCaching: true })).toBe('on (cacheMode CACHE_ALL_STATIC, defaultTtl 3600 s, negativeCaching true)');
    expect(iapText({ enabled: true, oauth2ClientId: 'cid', oauth2ClientSecretSha256: 'f00dfeed' })).toBe('on (OAuth client cid; its secret is compared by SHA-256 only)');
    expect(iapText({ enabled: false, oauth2ClientId: 'cid' })).toBe('off');
    expect(iapText({ enabled: 'true' })).toBe('off');
    expect(iapText(undefined)).toBe('off');
    expect(loggingText({ enable: true })).toBe('on');
    expect(loggingText({ enable: true, sampleRate: 0.5 })).toBe('on (sample rate 0.5)');
    expect(loggingText({ enable: false, sampleRate: 1 })).toBe('off');
    expect(loggingText(undefined)).toBe('off');
  });

  it('groupText: region, NEG name and what it serves, when known', () => {
    expect(groupText(NEG_A, NEGS)).toBe('us-central1 (NEG shop-web-1a2b3c4d → Cloud Run service web)');
    expect(groupText(NEG_C, NEGS)).toBe('us-central1 (NEG shop-web-99999999)');
    expect(groupText(`${G}/networkEndpointGroups/g`, NONE)).toBe('global (NEG g)');
  });

  it('ruleText: priority, action, rate limit, match and preview', () => {
    const throttle = { priority: 1000, action: 'throttle', rateLimitOptions: { rateLimitThreshold: { count: 500, intervalSec: 60 }, exceedAction: 'deny(429)' }, match: { config: { srcIpRanges: ['*'] } } };
    expect(ruleText(throttle)).toBe('priority 1000: throttle above 500 requests per 60 s per IP (then deny(429)) from *');
    expect(ruleText({ ...throttle, rateLimitOptions: { ...throttle.rateLimitOptions, enforceOnKey: 'XFF_IP' } })).toBe('priority 1000: throttle above 500 requests per 60 s per XFF_IP (then deny(429)) from *');
    expect(ruleText({ priority: 10, action: 'deny(403)', match: { expr: { expression: "origin.region_code == 'XX'" } }, preview: true })).toBe("priority 10: deny(403) where origin.region_code == 'XX' (preview only)");
    expect(ruleText({ priority: 20, action: 'allow', match: { config: { srcIpRanges: ['10.0.0.0/8', '192.168.0.0/16'] } }, preview: false })).toBe('priority 20: allow from 10.0.0.0/8, 192.168.0.0/16');
    expect(ruleText({ priority: 5, action: 'allow', match: { versionedExpr: 'SRC_IPS_V1' } })).toBe('priority 5: allow');
    expect(ruleText({ priority: 6, action: 'allow' })).toBe('priority 6: allow');
    expect(ruleText('raw')).toBe('raw');
  });

  it('a NEG and a backend service: the service and regions, CDN, IAP, logging, Cloud Armor, description and labels', () => {
    expect(createLines('shop', 'regionNetworkEndpointGroup', 'shop-web-1a2b3c4d', { cloudRun: { service: 'web' } }, NONE)).toEqual(['serverless NEG → Cloud Run service web']);
    const backend = {
      backends: [{ group: NEG_A }, 'junk', { group: NEG_B }],
      enableCDN: true,
      cdnPolicy: { cacheMode: 'CACHE_ALL_STATIC' },
      iap: { enabled: true, oauth2ClientId: 'cid', oauth2ClientSecretSha256: 'f00dfeed' },
      logConfig: { enable: true, sampleRate: 1 },
      securityPolicy: `${G}/securityPolicies/shop-web-armor`,
      description: 'Shop web [managed by lb-plan: shop]',
      labels: { team: 'a' },
    };
    expect(createLines('shop', 'backendService', 'shop-web', backend, NEGS)).toEqual([
      'serves from: us-central1 (NEG shop-web-1a2b3c4d → Cloud Run service web); europe-west1 (NEG shop-web-5e6f7a8b → Cloud Run service web-eu)',
      'CDN: on (cacheMode CACHE_ALL_STATIC)',
      'IAP: on (OAuth client cid; its secret is compared by SHA-256 only)',
      'logging: on (sample rate 1)',
      'Cloud Armor: policy shop-web-armor',
      'description: "Shop web"',
      'labels: team=a',
    ]);
    expect(createLines('shop', 'backendService', 'shop-web', { labels: {} }, NONE)).toEqual(['serves from: no NEG', 'CDN: off', 'IAP: off', 'logging: off', 'Cloud Armor: none', 'labels: none']);
  });

  it('a URL map: every host rule, the default and the tests; a redirect map says where requests go', () => {
    const map = { ...MAP, tests: [{ host: 'shop.example.com', path: '/api/x', service: `${G}/backendServices/shop-api` }, 'junk'] };
    expect(createLines('shop', 'urlMap', 'shop', map, NONE)).toEqual([
      'host shop.example.com, www.shop.example.com: /api/*, /v2/* → api; anything else → web',
      'any host: /img/* → img; anything else → web',
      'host lost.example.com: anything else → ?',
      'anything else → web',
      'test: shop.example.com/api/x must reach api',
    ]);
    expect(createLines('shop', 'urlMap', 'shop-redirect', { defaultUrlRedirect: { httpsRedirect: true, redirectResponseCode: 'MOVED_PERMANENTLY_DEFAULT', stripQuery: false } }, NONE)).toEqual(['every request redirects to HTTPS (MOVED_PERMANENTLY_DEFAULT)']);
    expect(createLines('shop', 'urlMap', 'shop-redirect', { defaultUrlRedirect: { httpsRedirect: true, redirectResponseCode: 'FOUND', stripQuery: true }, description: 'r [managed by lb-plan: shop]' }, NONE)).toEqual(['every request redirects to HTTPS (FOUND, query dropped)', 'description: "r"']);
    expect(createLines('shop', 'urlMap', 'shop-redirect', { defaultUrlRedirect: { hostRedirect: 'x.example.com' } }, NONE)).toEqual(['every request redirects ({"hostRedirect":"x.example.com"})']);
  });

  it('proxies: the URL map, every certificate with the default named, QUIC and the SSL policy; HTTP as redirect or service', () => {
    const https = { urlMap: `${G}/urlMaps/shop`, sslCertificates: [`${G}/sslCertificates/a`, `${G}/sslCertificates/b`], quicOverride: 'NONE', sslPolicy: `${G}/sslPolicies/pol` };
    expect(createLines('shop', 'targetHttpsProxy', 'shop-https-proxy', https, NONE)).toEqual(['routes by URL map shop', 'certificates: a, b (the first is the default)', 'QUIC: NONE', 'SSL policy: pol']);
    expect(createLines('shop', 'targetHttpsProxy', 'shop-https-proxy', { urlMap: `${G}/urlMaps/shop`, sslCertificates: [`${G}/sslCertificates/a`], quicOverride: 'ENABLE' }, NONE)).toEqual(['routes by URL map shop', 'certificates: a', 'QUIC: ENABLE']);
    expect(createLines('shop', 'targetHttpsProxy', 'shop-https-proxy', { urlMap: `${G}/urlMaps/shop`, quicOverride: 'NONE' }, NONE)[1]).toBe('certificates: none');
    expect(createLines('shop', 'targetHttpProxy', 'shop-http-proxy', { urlMap: `${G}/urlMaps/shop-redirect` }, NONE)).toEqual(['redirects HTTP to HTTPS (URL map shop-redirect)']);
    expect(createLines('shop', 'targetHttpProxy', 'shop-http-proxy', { urlMap: `${G}/urlMaps/shop` }, NONE)).toEqual(['serves HTTP by URL map shop']);
    expect(createLines('shop', 'targetHttpProxy', 'shop-http-proxy', { urlMap: `${G}/urlMaps/other-redirect` }, NONE)).toEqual(['serves HTTP by URL map other-redirect']);
  });

  it('forwarding rules and addresses: protocol, port, which IP and the proxy', () => {
    const fr = (c: Record<string, unknown>): string[] => createLines('shop', 'globalForwardingRule', 'shop-https', c, NONE);
    expect(fr({ portRange: '443-443', target: `${G}/targetHttpsProxies/shop-https-proxy`, IPAddress: '(address shop-ip)' })).toEqual(['HTTPS on port 443, reserved address shop-ip (allocated on apply) → proxy shop-https-proxy']);
    expect(fr({ portRange: '80-80', target: `${G}/targetHttpProxies/shop-http-proxy`, ipVersion: 'IPV6' })).toEqual(['HTTP on port 80, an ephemeral IPv6 address, allocated on create → proxy shop-http-proxy']);
    expect(fr({ portRange: '80-80', target: `${G}/targetHttpProxies/shop-http-proxy` })).toEqual(['HTTP on port 80, an ephemeral IPv4 address, allocated on create → proxy shop-http-proxy']);
    expect(fr({ portRange: '8080-8081', target: `${G}/targetHttpProxies/p`, IPAddress: '203.0.113.7' })).toEqual(['HTTP on port 8080-8081, IP 203.0.113.7 → proxy p']);
    expect(fr({ portRange: '443-443', target: `${G}/targetHttpsProxies/p`, IPAddress: 'x(address shop-ip)' })).toEqual(['HTTPS on port 443, IP x(address shop-ip) → proxy p']);
    expect(createLines('shop', 'globalAddress', 'shop-ip', { ipVersion: 'IPV6' }, NONE)).toEqual(['reserved IPv6 address shop-ip (GCP allocates the IP on create)']);
    expect(createLines('shop', 'globalAddress', 'shop-ip', { address: '203.0.113.7' }, NONE)).toEqual(['reserved IPv4 address shop-ip 203.0.113.7']);
  });

  it('certificates and Cloud Armor: the managed domains, never a key; each rule of a policy', () => {
    expect(createLines('shop', 'sslCertificate', 'shop-cert-1a2b3c4d', { type: 'MANAGED', managed: { domains: ['a.example.com', 'b.example.com'] } }, NONE)).toEqual(['Google-managed certificate for a.example.com, b.example.com']);
    const self = createLines('shop', 'sslCertificate', 'shop-cert-1a2b3c4d', { type: 'SELF_MANAGED', certificate: 'PEM-TEXT', privateKey: { $secret: 'env:K', sha256: 'beef' } }, NONE);
    expect(self).toEqual(['self-managed certificate (its key is read from a secret at apply time)']);
    const policy = { type: 'CLOUD_ARMOR', rules: [{ priority: 1000, action: 'allow' }, { priority: 2147483647, action: 'deny(403)' }] };
    expect(createLines('shop', 'securityPolicy', 'shop-web-armor', policy, NONE)).toEqual(['Cloud Armor policy (CLOUD_ARMOR)', 'rule priority 1000: allow', 'rule priority 2147483647: deny(403)']);
  });
});

describe('changes: what an update or replacement changes, in the manifest words', () => {
  const backend = (extra: Record<string, unknown> = {}): Record<string, unknown> => ({ backends: [{ group: NEG_A }], enableCDN: false, ...extra });
  const bs = (b: Record<string, unknown>, a: Record<string, unknown>): string[] => changeLines('shop', 'backendService', b, a, NEGS);

  it('a backend: a region added, removed or served by another NEG; the same NEGs in another order are no change', () => {
    expect(bs(backend(), backend({ backends: [{ group: NEG_A }, { group: NEG_B }] }))).toEqual(['+ region europe-west1 (NEG shop-web-5e6f7a8b → Cloud Run service web-eu)']);
    expect(bs(backend({ backends: [{ group: NEG_A }, { group: NEG_B }] }), backend())).toEqual(['- region europe-west1 (NEG shop-web-5e6f7a8b)']);
    expect(bs(backend(), backend({ backends: [{ group: NEG_C }] }))).toEqual(['region us-central1: now us-central1 (NEG shop-web-99999999) (was NEG shop-web-1a2b3c4d)']);
    expect(bs(backend({ backends: [{ group: NEG_A }, { group: NEG_B }] }), backend({ backends: [{ group: NEG_B }, { group: NEG_A }] }))).toEqual([]);
    expect(bs(backend({ backends: [{ group: NEG_A }, { group: NEG_C }] }), backend({ backends: [{ group: NEG_C }, { group: NEG_A }] }))).toEqual([]);
  });

  it('a backend: CDN, IAP, logging and Cloud Armor each say what they become and what they were', () => {
    expect(bs(backend(), backend({ enableCDN: true, cdnPolicy: { cacheMode: 'USE_ORIGIN_HEADERS' } }))).toEqual(['CDN: on (cacheMode USE_ORIGIN_HEADERS) (was off)']);
    expect(bs(backend(), backend({ iap: { enabled: true, oauth2ClientId: 'cid', oauth2ClientSecretSha256: 'aaaa1111' } }))).toEqual(['IAP: on (OAuth client cid; its secret is compared by SHA-256 only) (was off)']);
    expect(bs(backend({ logConfig: { enable: true } }), backend({ logConfig: { enable: true, sampleRate: 0.5 } }))).toEqual(['logging: on (sample rate 0.5) (was on)']);
    expect(bs(backend(), backend({ securityPolicy: `${G}/securityPolicies/shop-web-armor` }))).toEqual(['Cloud Armor: policy shop-web-armor (was none)']);
    expect(bs(backend({ securityPolicy: `${G}/securityPolicies/old` }), backend())).toEqual(['Cloud Armor: none (was policy old)']);
  });

  it("a rotated IAP secret says so without either hash; a new client with it reads as the client's change", () => {
    const iap = (id: string, sha: string): Record<string, unknown> => backend({ iap: { enabled: true, oauth2ClientId: id, oauth2ClientSecretSha256: sha } });
    const rotated = bs(iap('cid', 'aaaa1111'), iap('cid', 'bbbb2222'));
    expect(rotated).toEqual(['IAP: the OAuth client secret changes (compared by SHA-256; neither value is shown)']);
    expect(bs(iap('cid', 'aaaa1111'), iap('cid2', 'bbbb2222'))).toEqual(['IAP: on (OAuth client cid2; its secret is compared by SHA-256 only) (was on (OAuth client cid; its secret is compared by SHA-256 only))']);
    expect(bs(iap('cid', 'aaaa1111'), iap('cid', 'aaaa1111'))).toEqual([]);
    expect(bs(backend({ iap: { enabled: false, oauth2ClientId: 'cid', oauth2ClientSecretSha256: 'a' } }), backend({ iap: { enabled: false, oauth2ClientId: 'cid', oauth2ClientSecretSha256: 'b' } }))).toEqual([]);
    expect(bs(backend({ iap: { enabled: true, oauth2ClientId: 'cid', oauth2ClientSecretSha256: 'a' } }), backend({ iap: { enabled: false, oauth2ClientId: 'cid', oauth2ClientSecretSha256: 'b' } }))).toEqual(['IAP: off (was on (OAuth client cid; its secret is compared by SHA-256 only))']);
  });

  it('a URL map: routes added, moved and removed, tests added and removed; a redirect as JSON', () => {
    const map = (paths: Record<string, string>, tests: unknown[] = []): Record<string, unknown> => ({
      defaultService: `${G}/backendServices/shop-web`,
      hostRules: [{ hosts: ['*'], pathMatcher: 'm' }],
      pathMatchers: [{ name: 'm', defaultService: `${G}/backendServices/shop-web`, pathRules: Object.entries(paths).map(([p, s]) => ({ paths: [p], service: `${G}/backendServices/shop-${s}` })) }],
      tests,
    });
    const um = (b: Record<string, unknown>, a: Record<string, unknown>): string[] => changeLines('shop', 'urlMap', b, a, NONE);
    expect(um(map({ '/img/*': 'img' }), map({ '/api/*': 'api' }))).toEqual(['+ /api/* → api', '- /img/* (was → img)']);
    expect(um(map({ '/api/*': 'web' }), map({ '/api/*': 'api' }))).toEqual(['/api/* → api (was web)']);
    const t = { host: 'shop.example.com', path: '/api/x', service: `${G}/backendServices/shop-api` };
    expect(um(map({}), map({}, [t]))).toEqual(['+ test: shop.example.com/api/x must reach api']);
    expect(um(map({}, [t, 'odd']), map({}))).toEqual(['- test: shop.example.com/api/x must reach api', '- test: odd']);
    expect(um(map({}, [t]), map({}, [t]))).toEqual([]);
    expect(um({ defaultUrlRedirect: { httpsRedirect: true } }, { defaultUrlRedirect: { httpsRedirect: true, stripQuery: true } })).toEqual(['redirect: {"httpsRedirect":true,"stripQuery":true} (was {"httpsRedirect":true})']);
    expect(um(map({}), { defaultUrlRedirect: { httpsRedirect: true } })).toEqual(['redirect: {"httpsRedirect":true} (was null)']);
    expect(um({ defaultUrlRedirect: { httpsRedirect: true } }, map({}))[0]).toBe('redirect: null (was {"httpsRedirect":true})');
  });

  it('proxies: the URL map, certificates added, removed, renewed through a new hashed name, and the default; QUIC and SSL policy', () => {
    const cert = (n: string): string => `${G}/sslCertificates/${n}`;
    const hp = (b: Record<string, unknown>, a: Record<string, unknown>): string[] => changeLines('shop', 'targetHttpsProxy', b, a, NONE);
    expect(changeLines('shop', 'targetHttpProxy', { urlMap: `${G}/urlMaps/shop` }, { urlMap: `${G}/urlMaps/shop-redirect` }, NONE)).toEqual(['port 80: redirects to HTTPS (URL map shop-redirect) (was URL map shop)']);
    expect(changeLines('shop', 'targetHttpsProxy', { urlMap: `${G}/urlMaps/shop` }, { urlMap: `${G}/urlMaps/shop-redirect` }, NONE)).toEqual(['routing: URL map shop-redirect (was URL map shop)']);
    expect(hp({ sslCertificates: [cert('shop-cert-e9e9e9e9')] }, { sslCertificates: [cert('shop-cert-2b2b2b2b')] })).toEqual(['certificate shop-cert: shop-cert-2b2b2b2b (was shop-cert-e9e9e9e9)']);
    expect(hp({ sslCertificates: [cert('a'), cert('old')] }, { sslCertificates: [cert('a'), cert('new')] })).toEqual(['+ certificate new', '- certificate old']);
    // Unhashed names are never paired as a renewal, even with the same base.
    expect(hp({ sslCertificates: [cert('x-cert')] }, { sslCertificates: [cert('x-cert'), cert('y-cert-1a2b3c4d')] })).toEqual(['+ certificate y-cert-1a2b3c4d']);
    expect(hp({ sslCertificates: [cert('a'), cert('b')] }, { sslCertificates: [cert('b'), cert('a')] })).toEqual(['default certificate: b (was a)']);
    expect(hp({ sslCertificates: [cert('a')] }, { sslCertificates: [cert('c'), cert('a')] })).toEqual(['+ certificate c']);
    expect(hp({}, { quicOverride: 'ENABLE' })).toEqual(['QUIC: ENABLE (was NONE)']);
    expect(hp({ quicOverride: 'NONE' }, {})).toEqual([]);
    expect(hp({}, { sslPolicy: `${G}/sslPolicies/pol` })).toEqual(['SSL policy: pol (was none)']);
    expect(hp({ sslPolicy: `${G}/sslPolicies/pol` }, {})).toEqual(['SSL policy: none (was pol)']);
  });

  it('a NEG, a certificate and a Cloud Armor policy: what they serve, domains, a new file, rules by priority', () => {
    expect(changeLines('shop', 'regionNetworkEndpointGroup', { cloudRun: { service: 'a' } }, { cloudRun: { service: 'b' } }, NONE)).toEqual(['serves: Cloud Run service b (was Cloud Run service a)']);
    const managed = (...d: string[]): Record<string, unknown> => ({ type: 'MANAGED', managed: { domains: d } });
    expect(changeLines('shop', 'sslCertificate', managed('a.example.com', 'b.example.com'), managed('b.example.com', 'c.example.com'), NONE)).toEqual(['+ c.example.com', '- a.example.com']);
    expect(changeLines('shop', 'sslCertificate', managed('a.example.com'), { type: 'SELF_MANAGED' }, NONE)).toEqual(['type: SELF_MANAGED (was MANAGED)', '- a.example.com']);
    expect(changeLines('shop', 'sslCertificate', { type: 'SELF_MANAGED' }, managed('a.example.com'), NONE)).toEqual(['type: MANAGED (was SELF_MANAGED)', '+ a.example.com']);
    const self = (sha: string): Record<string, unknown> => ({ type: 'SELF_MANAGED', privateKey: { $secret: 'env:K', sha256: sha } });
    expect(changeLines('shop', 'sslCertificate', self('aaaa'), self('aaaa'), NONE)).toEqual(['the certificate or its key changes (a new file)']);
    const rules = (...r: unknown[]): Record<string, unknown> => ({ rules: r });
    const sp = (b: Record<string, unknown>, a: Record<string, unknown>): string[] => changeLines('shop', 'securityPolicy', b, a, NONE);
    expect(sp(rules({ priority: 1000, action: 'allow' }), rules({ priority: 1000, action: 'deny(403)' }))).toEqual(['rule priority 1000: deny(403) (was allow)']);
    expect(sp(rules({ priority: 5, action: 'allow' }), rules({ priority: 10, action: 'allow', preview: true }))).toEqual(['+ rule priority 10: allow (preview only)', '- rule priority 5: allow']);
    expect(sp(rules({ priority: 5, action: 'allow' }, 'junk'), rules({ priority: 5, action: 'allow' }))).toEqual([]);
  });

  it('labels and the description: added, changed, removed; the ownership marker alone is no change', () => {
    const fr = (b: Record<string, unknown>, a: Record<string, unknown>): string[] => changeLines('shop', 'globalForwardingRule', b, a, NONE);
    expect(fr({ labels: { team: 'a', old: 'x' } }, { labels: { team: 'b', env: 'prod' } })).toEqual(['label team=b (was a)', '+ label env=prod', '- label old=x']);
    expect(fr({}, { labels: { env: 'prod' } })).toEqual(['+ label env=prod']);
    expect(fr({ labels: { env: 'prod' } }, {})).toEqual(['- label env=prod']);
    expect(fr({ labels: {} }, {})).toEqual([]);
    expect(fr({ description: 'old text' }, { description: 'new text [managed by lb-plan: shop]' })).toEqual(['description: "new text" (was "old text")']);
    expect(fr({ description: 'same' }, { description: 'same [managed by lb-plan: shop]' })).toEqual([]);
  });

  it('any other field is named with its value before and after, sorted; a field the kind speaks of is not repeated', () => {
    const fr = (b: Record<string, unknown>, a: Record<string, unknown>): string[] => changeLines('shop', 'globalForwardingRule', b, a, NONE);
    expect(fr({ portRange: '80-80', ipVersion: 'IPV6', networkTier: 'PREMIUM' }, { portRange: '443-443', loadBalancingScheme: 'EXTERNAL', networkTier: 'PREMIUM' })).toEqual([
      '- ipVersion (was "IPV6")',
      '+ loadBalancingScheme: "EXTERNAL"',
      'portRange: "443-443" (was "80-80")',
    ]);
    expect(bs(backend({ timeoutSec: 30 }), backend({ enableCDN: true, timeoutSec: 60 }))).toEqual(['CDN: on (was off)', 'timeoutSec: 60 (was 30)']);
    expect(changeLines('shop', 'urlMap', { defaultService: 'a', hostRules: [] }, { defaultService: 'a', hostRules: [] }, NONE)).toEqual([]);
  });
});

describe('review words: the cases the first mutation run showed untested', () => {
  const NEG_D = 'projects/p/regions/us-central1/networkEndpointGroups/shop-web-dddddddd';
  const GLOBAL_NEG = `${G}/networkEndpointGroups/shop-web-eeeeeeee`;
  const bs = (b: unknown[], a: unknown[]): string[] => changeLines('shop', 'backendService', { backends: b }, { backends: a }, NONE);

  it('a backend region with several NEGs names each of them; a NEG without a region reads as global', () => {
    expect(bs([], [{ group: NEG_A }, { group: NEG_C }])).toEqual(['+ region us-central1 (NEG shop-web-1a2b3c4d); us-central1 (NEG shop-web-99999999)']);
    expect(bs([{ group: NEG_A }], [{ group: NEG_C }, { group: NEG_D }])).toEqual(['region us-central1: now us-central1 (NEG shop-web-99999999); us-central1 (NEG shop-web-dddddddd) (was NEG shop-web-1a2b3c4d)']);
    expect(bs([{ group: NEG_A }, { group: NEG_C }], [{ group: NEG_D }])).toEqual(['region us-central1: now us-central1 (NEG shop-web-dddddddd) (was NEG shop-web-1a2b3c4d, shop-web-99999999)']);
    expect(bs([{ group: NEG_A }, { group: NEG_C }, { group: NEG_B }], [{ group: NEG_B }])).toEqual(['- region us-central1 (NEG shop-web-1a2b3c4d, shop-web-99999999)']);
    // The live order is not the manifest's: the same NEGs either way are no change.
    expect(bs([{ group: NEG_C }, { group: NEG_A }], [{ group: NEG_A }, { group: NEG_C }])).toEqual([]);
    expect(bs([{ group: GLOBAL_NEG }], [])).toEqual(['- region global (NEG shop-web-eeeeeeee)']);
  });

  it('a hostile answer: null or non-object entries in backends, host rules, path matchers and path rules are skipped, never a crash', () => {
    expect(bs([{ group: NEG_A }, null, 'junk'], [{ group: NEG_A }])).toEqual([]);
    const map = { defaultService: `${G}/backendServices/shop-web`, hostRules: [null, { hosts: ['a.example.com'], pathMatcher: 'm' }], pathMatchers: [null, { name: 'm', defaultService: `${G}/backendServices/shop-web`, pathRules: [null, { paths: ['/x'], service: `${G}/backendServices/shop-api` }] }] };
    expect(routes('shop', map)).toEqual([
      { where: 'a.example.com', backend: 'web' },
      { where: 'a.example.com /x', backend: 'api' },
      { where: 'anything else', backend: 'web' },
    ]);
    expect(hostLines('shop', map)).toEqual(['host a.example.com: /x → api; anything else → web']);
    // One host in two host rules (GCP refuses that; an answer may still hold it): both routes kept, in the map's order.
    const twice = { hostRules: [{ hosts: ['a.example.com'], pathMatcher: 'one' }, { hosts: ['a.example.com'], pathMatcher: 'two' }], pathMatchers: [{ name: 'one', defaultService: `${G}/backendServices/shop-web` }, { name: 'two', defaultService: `${G}/backendServices/shop-api` }] };
    expect(routes('shop', twice)).toEqual([
      { where: 'a.example.com', backend: 'web' },
      { where: 'a.example.com', backend: 'api' },
    ]);
    expect(refRegion(['projects/p/regions/us-central1/networkEndpointGroups/x'])).toBeUndefined();
  });

  it('IAP turned on or off with the same client reads as on/off, not as a rotated secret', () => {
    const iap = (enabled: boolean, sha: string): Record<string, unknown> => ({ iap: { enabled, oauth2ClientId: 'cid', oauth2ClientSecretSha256: sha } });
    expect(changeLines('shop', 'backendService', iap(false, 'aaaa'), iap(true, 'bbbb'), NONE)).toEqual(['IAP: on (OAuth client cid; its secret is compared by SHA-256 only) (was off)']);
  });

  it('a certificate is paired with the one it renews only by a hashed name of the same base', () => {
    const cert = (n: string): string => `${G}/sslCertificates/${n}`;
    const hp = (b: string[], a: string[]): string[] => changeLines('shop', 'targetHttpsProxy', { sslCertificates: b.map(cert) }, { sslCertificates: a.map(cert) }, NONE);
    expect(hp(['old'], ['y-cert-1a2b3c4d'])).toEqual(['+ certificate y-cert-1a2b3c4d', '- certificate old']);
    expect(hp(['x-cert-1a2b3c4d'], ['x-cert'])).toEqual(['+ certificate x-cert', '- certificate x-cert-1a2b3c4d']);
  });

  it('a label whose value is unchanged is not listed', () => {
    expect(changeLines('shop', 'globalAddress', { labels: { team: 'a', env: 'x' } }, { labels: { team: 'a', env: 'y' } }, NONE)).toEqual(['label env=y (was x)']);
  });

  it('odd inputs read as they are: a managed certificate without domains, a rate limit without a threshold, a port range whose ends differ', () => {
    expect(createLines('shop', 'sslCertificate', 'c', { type: 'MANAGED' }, NONE)).toEqual(['Google-managed certificate for ']);
    expect(ruleText({ priority: 1, action: 'throttle', rateLimitOptions: { exceedAction: 'deny(429)' } })).toBe('priority 1: throttle above  requests per  s per IP (then deny(429))');
    const fr = (portRange: string, IPAddress?: string): string => createLines('shop', 'globalForwardingRule', 'f', { portRange, target: `${G}/targetHttpProxies/p`, ...(IPAddress ? { IPAddress } : {}) }, NONE)[0]!;
    expect(fr('80-8080')).toBe('HTTP on port 80-8080, an ephemeral IPv4 address, allocated on create → proxy p');
    expect(fr('1080-80')).toBe('HTTP on port 1080-80, an ephemeral IPv4 address, allocated on create → proxy p');
    expect(fr('80-80', '(address shop-ip) and more')).toBe('HTTP on port 80, IP (address shop-ip) and more → proxy p');
  });
});

describe('a host named like a route label', () => {
  it('a host called "default" does not hide a change of the default backend', () => {
    const map = (def: string): Record<string, unknown> => ({
      defaultService: `${G}/backendServices/shop-${def}`,
      hostRules: [{ hosts: ['default'], pathMatcher: 'm' }],
      pathMatchers: [{ name: 'm', defaultService: `${G}/backendServices/shop-web` }],
    });
    expect(changeLines('shop', 'urlMap', map('web'), map('api'), NONE)).toEqual(['anything else → api (was web)']);
  });
});

describe('a NEG of each serverless kind', () => {
  it('is described once, by what it serves, never again as a raw field', () => {
    const neg = (b: Record<string, unknown>, a: Record<string, unknown>): string[] => changeLines('shop', 'regionNetworkEndpointGroup', { networkEndpointType: 'SERVERLESS', ...b }, { networkEndpointType: 'SERVERLESS', ...a }, NONE);
    expect(neg({ cloudFunction: { function: 'a' } }, { cloudFunction: { function: 'b' } })).toEqual(['serves: Cloud Functions function b (was Cloud Functions function a)']);
    expect(neg({ appEngine: { service: 'a' } }, { appEngine: { service: 'b' } })).toEqual(['serves: App Engine service b (was App Engine service a)']);
    expect(neg({ serverlessDeployment: { resource: 'a' } }, { serverlessDeployment: { resource: 'b' } })).toEqual(['serves: API Gateway gateway b (was API Gateway gateway a)']);
  });
});

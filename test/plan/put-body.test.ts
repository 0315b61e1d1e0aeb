/**
 * The body of a PUT (src/plan/put-body.ts): the manifest's managed fields laid over what GCP holds,
 * as `gcloud … update` does a GET, a change and a PUT. Live bodies are written here as GCP answers
 * them (gcp-behaviour.md §2.6); the expected bodies are written out by hand from the Compute v1
 * contract (which fields are output-only) and the list of fields lb-plan manages.
 */
import { describe, expect, it } from 'vitest';
import { putBody } from '../../src/plan/put-body.js';

const LINK = 'https://www.googleapis.com/compute/v1/projects/p/global';

const liveService = {
  kind: 'compute#backendService',
  id: '123',
  creationTimestamp: '2026-01-01T00:00:00Z',
  selfLink: `${LINK}/backendServices/be`,
  name: 'be',
  description: 'old [managed by lb-plan: lb]',
  fingerprint: 'fp=',
  protocol: 'HTTP',
  loadBalancingScheme: 'EXTERNAL',
  enableCDN: true,
  securityPolicy: `${LINK}/securityPolicies/armor`,
  customResponseHeaders: ['X-Frame-Options: DENY'],
  timeoutSec: 30,
  madeUpByNobody: 'x',
  backends: [{ group: 'neg-a', balancingMode: 'UTILIZATION', capacityScaler: 1 }],
  iap: { enabled: false, oauth2ClientId: 'old-client', oauth2ClientSecretSha256: 'old-sha' },
  cdnPolicy: { cacheMode: 'CACHE_ALL_STATIC', defaultTtl: 3600, maxTtl: 86400, clientTtl: 3600, signedUrlCacheMaxAgeSec: 7200, cacheKeyPolicy: { includeHost: true } },
};

describe('putBody for a backend service', () => {
  it("keeps what lb-plan does not manage, drops output-only and unknown fields and the fingerprint, takes the manifest's fields", () => {
    const desired = { name: 'be', description: 'new [managed by lb-plan: lb]', protocol: 'HTTP', backends: [{ group: 'neg-b' }], iap: { enabled: false }, cdnPolicy: { cacheMode: 'CACHE_ALL_STATIC', defaultTtl: 60 } };
    expect(putBody('backendService', liveService, desired, 'v1')).toEqual({
      name: 'be',
      description: 'new [managed by lb-plan: lb]',
      protocol: 'HTTP',
      // Managed with a default GCP does not pick: cleared when the manifest leaves it out.
      // (enableCDN and loadBalancingScheme are not in the manifest's body here.)
      customResponseHeaders: ['X-Frame-Options: DENY'],
      timeoutSec: 30,
      backends: [{ group: 'neg-b' }],
      // Managed members the manifest leaves out are cleared; the SHA-256 is output-only.
      iap: { enabled: false },
      // A managed object merges member by member: what lb-plan does not manage in it is kept.
      cdnPolicy: { cacheMode: 'CACHE_ALL_STATIC', defaultTtl: 60, maxTtl: 86400, clientTtl: 3600, signedUrlCacheMaxAgeSec: 7200, cacheKeyPolicy: { includeHost: true } },
    });
  });

  it('a value the manifest sets replaces the live one, an object replaces a non-object', () => {
    const out = putBody('backendService', { ...liveService, iap: 'garbage' }, { enableCDN: false, iap: { enabled: true, oauth2ClientId: 'c' } }, 'v1');
    expect(out.enableCDN).toBe(false);
    expect(out.iap).toEqual({ enabled: true, oauth2ClientId: 'c' });
  });

  it('USE_ORIGIN_HEADERS: no TTL the live body kept (GCP refuses them), unless the manifest sets it', () => {
    const out = putBody('backendService', liveService, { cdnPolicy: { cacheMode: 'USE_ORIGIN_HEADERS' } }, 'v1');
    expect(out.cdnPolicy).toEqual({ cacheMode: 'USE_ORIGIN_HEADERS', signedUrlCacheMaxAgeSec: 7200, cacheKeyPolicy: { includeHost: true } });
    const own = putBody('backendService', liveService, { cdnPolicy: { cacheMode: 'USE_ORIGIN_HEADERS', clientTtl: 5 } }, 'v1');
    expect(own.cdnPolicy).toEqual({ cacheMode: 'USE_ORIGIN_HEADERS', clientTtl: 5, signedUrlCacheMaxAgeSec: 7200, cacheKeyPolicy: { includeHost: true } });
  });

  it('FORCE_CACHE_ALL: no maxTtl kept; the other TTLs stay', () => {
    const out = putBody('backendService', liveService, { cdnPolicy: { cacheMode: 'FORCE_CACHE_ALL' } }, 'v1');
    expect(out.cdnPolicy).toEqual({ cacheMode: 'FORCE_CACHE_ALL', defaultTtl: 3600, clientTtl: 3600, signedUrlCacheMaxAgeSec: 7200, cacheKeyPolicy: { includeHost: true } });
  });

  it('CACHE_ALL_STATIC keeps every TTL; without a cdnPolicy nothing is dropped', () => {
    expect(putBody('backendService', liveService, { cdnPolicy: { cacheMode: 'CACHE_ALL_STATIC' } }, 'v1').cdnPolicy).toEqual(liveService.cdnPolicy);
    const { cdnPolicy: _c, ...noCdn } = liveService;
    expect(putBody('backendService', noCdn, {}, 'v1').cdnPolicy).toBeUndefined();
  });
});

describe('putBody: what GCP holds outside lb-plan, at every depth', () => {
  it('a list of objects is filtered element by element; a map of strings is kept whole; a null member is kept as null', () => {
    const live = {
      name: 'be',
      localityLbPolicies: [{ policy: { name: 'RING_HASH' }, madeUp: 1 }, { customPolicy: { name: 'mine', data: '{}' } }],
      metadatas: { team: 'web', tier: 'gold' },
      iap: null,
      connectionDraining: null,
    };
    expect(putBody('backendService', live, { name: 'be', iap: { enabled: false } }, 'v1')).toEqual({
      name: 'be',
      localityLbPolicies: [{ policy: { name: 'RING_HASH' } }, { customPolicy: { name: 'mine', data: '{}' } }],
      metadatas: { team: 'web', tier: 'gold' },
      iap: { enabled: false },
      connectionDraining: null,
    });
  });
});

describe('putBody for a URL map', () => {
  it("keeps a default route action and header action set outside lb-plan; the manifest's routing replaces the live one", () => {
    const live = {
      kind: 'compute#urlMap',
      id: '9',
      selfLink: `${LINK}/urlMaps/m`,
      name: 'm',
      fingerprint: 'f=',
      defaultService: `${LINK}/backendServices/old`,
      hostRules: [{ hosts: ['a.example.com'], pathMatcher: 'pm' }],
      pathMatchers: [{ name: 'pm', defaultService: `${LINK}/backendServices/old` }],
      headerAction: { requestHeadersToAdd: [{ headerName: 'X-A', headerValue: '1', replace: true }] },
      defaultRouteAction: { timeout: { seconds: '10' } },
    };
    const desired = { name: 'm', defaultService: `${LINK}/backendServices/new` };
    expect(putBody('urlMap', live, desired, 'v1')).toEqual({
      name: 'm',
      defaultService: `${LINK}/backendServices/new`,
      headerAction: { requestHeadersToAdd: [{ headerName: 'X-A', headerValue: '1', replace: true }] },
      defaultRouteAction: { timeout: { seconds: '10' } },
    });
  });
});

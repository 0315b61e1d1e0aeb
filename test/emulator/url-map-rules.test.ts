/**
 * The emulator's URL map rules (src/emulator/kinds/url-map.ts), over real HTTP with the real client:
 * what GCP refuses, with code, reason and the full message, and the near misses it accepts. The oracle
 * is gcp-behaviour.md §3.5 (one default; pathRules or routeRules; the host and path patterns; at most
 * 100 tests, all of which must pass), §2.2 ("Advanced routing rules are not supported for scheme
 * EXTERNAL", exact), §3.4 (classic maps) and §3.1 (the name regex GCP quotes).
 */
import { describe, expect, it } from 'vitest';
import { apiError, harness, type Harness, link, neg, negLink, P } from '../helpers/emulator.js';

/** Backend services `web` and `api` (classic, EXTERNAL) and `new` (EXTERNAL_MANAGED), each on a Cloud Run NEG. */
async function setup(): Promise<Harness> {
  const h = await harness();
  for (const [i, name] of ['web', 'api', 'new'].entries()) {
    await h.v1.regionNetworkEndpointGroups.insert(neg(`neg-${name}`, name, ['us-central1', 'europe-west1', 'asia-east1'][i]));
    await h.v1.backendServices.insert({ project: P, requestBody: { name, backends: [{ group: negLink(`neg-${name}`, ['us-central1', 'europe-west1', 'asia-east1'][i]) }], ...(name === 'new' ? { loadBalancingScheme: 'EXTERNAL_MANAGED' } : {}) } });
  }
  return h;
}

const web = link('backendServices', 'web');
const api = link('backendServices', 'api');
const insert = (h: Harness, body: Record<string, unknown>) => h.v1.urlMaps.insert({ project: P, requestBody: { name: 'map', ...body } });
const invalid = (field: string, value: string, why: string) => ({ code: 400, reason: 'invalid', message: `Invalid value for field '${field}': '${value}'. ${why}` });
const matcher = (name: string, extra: Record<string, unknown> = {}) => ({ name, defaultService: web, ...extra });
const REGEX = "Must be a match of regex '(?:[a-z](?:[-a-z0-9]{0,61}[a-z0-9])?)'";
const ONE_DEFAULT = 'Only one of defaultService, defaultUrlRedirect, or defaultRouteAction.weightedBackendService must be set.';
const PATH = "Path must start with '/' and may contain '*' only at the end, after a '/'.";
const redirect = { hostRedirect: 'example.com', redirectResponseCode: 'MOVED_PERMANENTLY_DEFAULT', stripQuery: false };
const weighted = { weightedBackendServices: [{ backendService: api, weight: 100 }] };

describe('URL map: what GCP refuses (§3.5)', () => {
  const cases: [string, Record<string, unknown>, { code: number; reason: string; message: string }][] = [
    ['defaultService and defaultUrlRedirect', { defaultService: web, defaultUrlRedirect: redirect }, invalid('resource.defaultService', web, ONE_DEFAULT)],
    ['defaultService and weighted default services', { defaultService: web, defaultRouteAction: weighted }, invalid('resource.defaultService', web, ONE_DEFAULT)],
    ['defaultUrlRedirect and weighted default services: the field is named with an empty value', { defaultUrlRedirect: redirect, defaultRouteAction: weighted }, invalid('resource.defaultService', '', ONE_DEFAULT)],
    ['a path matcher name against the regex (§3.1)', { defaultService: web, pathMatchers: [matcher('Bad_Name')] }, invalid('resource.pathMatchers[0].name', 'Bad_Name', REGEX)],
    ['a path matcher without a name', { defaultService: web, pathMatchers: [{ defaultService: web }] }, invalid('resource.pathMatchers[0].name', '', REGEX)],
    ['a path matcher name ending in a dash', { defaultService: web, pathMatchers: [matcher('m-')] }, invalid('resource.pathMatchers[0].name', 'm-', REGEX)],
    ['two path matchers of one name', { defaultService: web, pathMatchers: [matcher('m'), matcher('n'), matcher('m')] }, invalid('resource.pathMatchers[2].name', 'm', 'Duplicate path matcher name.')],
    [
      'pathRules and routeRules in one matcher',
      { defaultService: web, pathMatchers: [matcher('m', { pathRules: [{ paths: ['/a'], service: api }], routeRules: [{ priority: 1, service: api, matchRules: [{ prefixMatch: '/' }] }] })] },
      invalid('resource.pathMatchers[0]', 'm', 'Only one of pathRules or routeRules must be set.'),
    ],
    ['a path without its leading slash', { defaultService: web, pathMatchers: [matcher('m', { pathRules: [{ paths: ['/ok', 'api'], service: api }] })] }, invalid('resource.pathMatchers[0].pathRules[0].paths[1]', 'api', PATH)],
    ['a star inside a path', { defaultService: web, pathMatchers: [matcher('m', { pathRules: [{ paths: ['/a'], service: web }, { paths: ['/a/*/b'], service: api }] })] }, invalid('resource.pathMatchers[0].pathRules[1].paths[0]', '/a/*/b', PATH)],
    ['a star not after a slash', { defaultService: web, pathMatchers: [matcher('m', { pathRules: [{ paths: ['/api*'], service: api }] })] }, invalid('resource.pathMatchers[0].pathRules[0].paths[0]', '/api*', PATH)],
    ['a host rule naming no path matcher of the map', { defaultService: web, hostRules: [{ hosts: ['a.example.com'], pathMatcher: 'ghost' }], pathMatchers: [matcher('m')] }, invalid('resource.hostRules[0].pathMatcher', 'ghost', 'The path matcher does not exist in the URL map.')],
    ['a host rule without a path matcher', { defaultService: web, hostRules: [{ hosts: ['a.example.com'] }], pathMatchers: [matcher('m')] }, invalid('resource.hostRules[0].pathMatcher', '', 'The path matcher does not exist in the URL map.')],
    ['an upper-case host', { defaultService: web, hostRules: [{ hosts: ['Example.com'], pathMatcher: 'm' }], pathMatchers: [matcher('m')] }, invalid('resource.hostRules[0].hosts', 'Example.com', 'Invalid host.')],
    ['a star not followed by a dot or dash (§3.5)', { defaultService: web, hostRules: [{ hosts: ['*example.com'], pathMatcher: 'm' }], pathMatchers: [matcher('m')] }, invalid('resource.hostRules[0].hosts', '*example.com', 'Invalid host.')],
    ['a star not first (§3.5)', { defaultService: web, hostRules: [{ hosts: ['www.*.com'], pathMatcher: 'm' }], pathMatchers: [matcher('m')] }, invalid('resource.hostRules[0].hosts', 'www.*.com', 'Invalid host.')],
    [
      'one host in two host rules',
      { defaultService: web, hostRules: [{ hosts: ['a.example.com'], pathMatcher: 'm' }, { hosts: ['b.example.com', 'a.example.com'], pathMatcher: 'n' }], pathMatchers: [matcher('m'), matcher('n')] },
      invalid('resource.hostRules[1].hosts', 'a.example.com', "Duplicate host 'a.example.com' in host rules."),
    ],
    ['a backend service that does not exist', { defaultService: link('backendServices', 'ghost') }, { code: 404, reason: 'notFound', message: `The resource 'projects/${P}/global/backendServices/ghost' was not found` }],
    ['a path rule service that does not exist', { defaultService: web, hostRules: [{ hosts: ['*'], pathMatcher: 'm' }], pathMatchers: [matcher('m', { pathRules: [{ paths: ['/x'], service: 'global/backendServices/ghost' }] })] }, { code: 404, reason: 'notFound', message: `The resource 'projects/${P}/global/backendServices/ghost' was not found` }],
    ['a reference to another collection', { defaultService: link('urlMaps', 'web') }, invalid('resource.defaultService', link('urlMaps', 'web'), 'The URL is malformed.')],
    // A malformed reference is named by its place in the map, wherever it is.
    ['… as a weighted default service', { defaultRouteAction: { weightedBackendServices: [{ backendService: api, weight: 50 }, { backendService: 'nope', weight: 50 }] } }, invalid('resource.defaultRouteAction.weightedBackendServices[1].backendService', 'nope', 'The URL is malformed.')],
    ['… as a path matcher default', { defaultService: web, pathMatchers: [matcher('m'), { name: 'n', defaultService: 'nope' }] }, invalid('resource.pathMatchers[1].defaultService', 'nope', 'The URL is malformed.')],
    ['… as a weighted path matcher default', { defaultService: web, pathMatchers: [{ name: 'm', defaultRouteAction: { weightedBackendServices: [{ backendService: 'nope', weight: 100 }] } }] }, invalid('resource.pathMatchers[0].defaultRouteAction.weightedBackendServices[0].backendService', 'nope', 'The URL is malformed.')],
    ['… as a path rule service', { defaultService: web, pathMatchers: [matcher('m', { pathRules: [{ paths: ['/a'], service: api }, { paths: ['/b'], service: 'nope' }] })] }, invalid('resource.pathMatchers[0].pathRules[1].service', 'nope', 'The URL is malformed.')],
    ['… as a weighted path rule service', { defaultService: web, pathMatchers: [matcher('m', { pathRules: [{ paths: ['/a'], routeAction: { weightedBackendServices: [{ backendService: 'nope', weight: 100 }] } }] })] }, invalid('resource.pathMatchers[0].pathRules[0].routeAction.weightedBackendServices[0].backendService', 'nope', 'The URL is malformed.')],
    ['… as a route rule service', { defaultService: web, pathMatchers: [matcher('m', { routeRules: [{ priority: 1, service: 'nope', matchRules: [{ prefixMatch: '/' }] }] })] }, invalid('resource.pathMatchers[0].routeRules[0].service', 'nope', 'The URL is malformed.')],
    ['… as a weighted route rule service', { defaultService: web, pathMatchers: [matcher('m', { routeRules: [{ priority: 1, matchRules: [{ prefixMatch: '/' }], routeAction: { weightedBackendServices: [{ backendService: 'nope', weight: 100 }] } }] })] }, invalid('resource.pathMatchers[0].routeRules[0].routeAction.weightedBackendServices[0].backendService', 'nope', 'The URL is malformed.')],
    ['… as a test service', { defaultService: web, tests: [{ host: 'a.example.com', path: '/', service: web }, { host: 'a.example.com', path: '/', service: 'nope' }] }, invalid('resource.tests[1].service', 'nope', 'The URL is malformed.')],
    [
      'route rules on a classic (EXTERNAL) map (§2.2, exact)',
      { defaultService: web, hostRules: [{ hosts: ['*'], pathMatcher: 'm' }], pathMatchers: [matcher('m', { routeRules: [{ priority: 1, service: api, matchRules: [{ prefixMatch: '/api' }] }] })] },
      { code: 400, reason: 'invalid', message: 'Advanced routing rules are not supported for scheme EXTERNAL' },
    ],
    ['a header action on a classic map', { defaultService: web, headerAction: { requestHeadersToAdd: [{ headerName: 'x', headerValue: 'y', replace: true }] } }, invalid('resource.headerAction', '', 'headerAction is not supported for load balancers with loadBalancingScheme EXTERNAL.')],
    ['a header action in a path matcher of a classic map', { defaultService: web, hostRules: [{ hosts: ['*'], pathMatcher: 'm' }], pathMatchers: [matcher('m', { headerAction: { requestHeadersToRemove: ['x'] } })] }, invalid('resource.headerAction', '', 'headerAction is not supported for load balancers with loadBalancingScheme EXTERNAL.')],
    ['a test without a host', { defaultService: web, tests: [{ path: '/', service: web }] }, { code: 400, reason: 'required', message: "Required field 'resource.tests[0].host' not specified" }],
    ['a test with an empty host', { defaultService: web, tests: [{ host: 'a.example.com', path: '/', service: web }, { host: '', path: '/', service: web }] }, { code: 400, reason: 'required', message: "Required field 'resource.tests[1].host' not specified" }],
    ['a test without a path', { defaultService: web, tests: [{ host: 'a.example.com', service: web }] }, { code: 400, reason: 'required', message: "Required field 'resource.tests[0].path' not specified" }],
    ['a test with an empty path', { defaultService: web, tests: [{ host: 'a.example.com', path: '', service: web }] }, { code: 400, reason: 'required', message: "Required field 'resource.tests[0].path' not specified" }],
    ['a test naming a backend service that does not exist', { defaultService: web, tests: [{ host: 'a.example.com', path: '/', service: 'global/backendServices/ghost' }] }, { code: 404, reason: 'notFound', message: `The resource 'projects/${P}/global/backendServices/ghost' was not found` }],
    [
      'a failing test: the request fails (§3.5, "Add tests to a URL map"), services as full URLs',
      { defaultService: web, hostRules: [{ hosts: ['api.example.com'], pathMatcher: 'm' }], pathMatchers: [matcher('m', { pathRules: [{ paths: ['/v1/*'], service: api }] })], tests: [{ host: 'api.example.com', path: '/v1/x', service: 'global/backendServices/api' }, { host: 'api.example.com', path: '/v2', service: api }] },
      invalid('urlMap.tests', '', `Test failure: Expect URL 'api.example.com/v2' to map to service '${api}', but actually mapped to '${web}'.`),
    ],
    [
      'a test whose URL the map redirects: it maps to no service',
      { defaultUrlRedirect: redirect, tests: [{ host: 'a.example.com', path: '/', service: web }] },
      invalid('urlMap.tests', '', `Test failure: Expect URL 'a.example.com/' to map to service '${web}', but actually mapped to ''.`),
    ],
    [
      'a test whose host is no host: it maps to no service',
      { defaultService: web, tests: [{ host: 'a b', path: '/', service: web }] },
      invalid('urlMap.tests', '', `Test failure: Expect URL 'a b/' to map to service '${web}', but actually mapped to ''.`),
    ],
    ['more than 100 tests (§3.5)', { defaultService: web, tests: Array.from({ length: 101 }, () => ({ host: 'a.example.com', path: '/', service: web })) }, invalid('resource.tests', '', 'At most 100 tests are allowed per URL map, found 101.')],
  ];
  it.each(cases)('%s', async (_what, body, expected) => {
    const h = await setup();
    const e = await apiError(insert(h, body));
    expect({ code: e.code, reason: e.reason, message: e.message }).toEqual(expected);
    expect((await h.v1.urlMaps.list({ project: P })).data.items ?? []).toEqual([]);
  });
});

describe('URL map: what GCP accepts', () => {
  it('references by partial URL, stored as full URLs at every place a map names a service (§3.5); the services are in use by the map', async () => {
    const h = await setup();
    await h.v1.urlMaps.insert({ project: P, requestBody: { name: 'map2', defaultRouteAction: { weightedBackendServices: [{ backendService: 'global/backendServices/new', weight: 100 }] } } });
    await insert(h, {
      defaultService: 'global/backendServices/web',
      hostRules: [{ hosts: ['*.example.com', 'example.com:8080', '*-dev.example.org', 'x', '*'], pathMatcher: 'm' }],
      pathMatchers: [
        {
          name: 'm',
          defaultService: `projects/${P}/global/backendServices/web`,
          pathRules: [
            { paths: ['/v1/*', '/exact'], service: 'global/backendServices/api' },
            { paths: ['/split'], routeAction: { weightedBackendServices: [{ backendService: 'global/backendServices/web', weight: 100 }] } },
          ],
        },
      ],
      tests: [
        { host: 'a.example.com', path: '/v1/x', service: 'global/backendServices/api' },
        { host: 'a.example.com', path: 'exact', service: api },
        { host: 'a.example.com', path: '/other', expectedOutputUrl: 'https://a.example.com/other' },
      ],
    });
    const map = (await h.v1.urlMaps.get({ project: P, urlMap: 'map' })).data;
    expect(map.defaultService).toBe(web);
    expect(map.pathMatchers?.[0]?.defaultService).toBe(web);
    expect(map.pathMatchers?.[0]?.pathRules?.[0]?.service).toBe(api);
    expect(map.pathMatchers?.[0]?.pathRules?.[1]?.routeAction?.weightedBackendServices?.[0]?.backendService).toBe(web);
    expect(map.tests?.map((t) => t.service)).toEqual([api, api, undefined]);
    expect(map.fingerprint).toMatch(/^[A-Za-z0-9+/]{11}=$/);
    const two = (await h.v1.urlMaps.get({ project: P, urlMap: 'map2' })).data;
    expect(two.defaultRouteAction?.weightedBackendServices?.[0]?.backendService).toBe(link('backendServices', 'new'));
    const del = await apiError(h.v1.backendServices.delete({ project: P, backendService: 'api' }));
    expect(del).toMatchObject({ code: 400, reason: 'resourceInUseByAnotherResource', message: `The backend_service resource 'projects/${P}/global/backendServices/api' is already being used by 'projects/${P}/global/urlMaps/map'` });
    const delNew = await apiError(h.v1.backendServices.delete({ project: P, backendService: 'new' }));
    expect(delNew.message).toBe(`The backend_service resource 'projects/${P}/global/backendServices/new' is already being used by 'projects/${P}/global/urlMaps/map2'`);
  });

  it('route rules and header actions on a map of EXTERNAL_MANAGED services; 100 passing tests', async () => {
    const h = await setup();
    const managed = link('backendServices', 'new');
    await insert(h, {
      defaultService: managed,
      headerAction: { requestHeadersToRemove: ['x-debug'] },
      hostRules: [{ hosts: ['api.example.com'], pathMatcher: 'm' }, { hosts: ['b.example.com'], pathMatcher: 'n' }],
      pathMatchers: [
        { name: 'm', defaultService: managed, headerAction: { requestHeadersToRemove: ['x-y'] }, routeRules: [{ priority: 1, service: 'global/backendServices/new', matchRules: [{ prefixMatch: '/api' }] }, { priority: 2, matchRules: [{ prefixMatch: '/b' }], routeAction: { weightedBackendServices: [{ backendService: 'global/backendServices/new', weight: 100 }] } }] },
        { name: 'n', defaultRouteAction: { weightedBackendServices: [{ backendService: 'global/backendServices/new', weight: 100 }] } },
      ],
      // The emulator does not evaluate route rules (src/routing/match.ts): the tests use hosts the map's default serves.
      tests: Array.from({ length: 100 }, (_, i) => ({ host: `h${i}.example.com`, path: '/api', service: managed })),
    });
    const map = (await h.v1.urlMaps.get({ project: P, urlMap: 'map' })).data;
    expect(map.pathMatchers?.[0]?.routeRules?.[0]?.service).toBe(managed);
    expect(map.pathMatchers?.[0]?.routeRules?.[1]?.routeAction?.weightedBackendServices?.[0]?.backendService).toBe(managed);
    expect(map.pathMatchers?.[1]?.defaultRouteAction?.weightedBackendServices?.[0]?.backendService).toBe(managed);
    expect(map.tests).toHaveLength(100);
  });

  it('the contract holds: an unknown field is refused; an update needs the current fingerprint (§2.2, §3.1); a map in use is not deleted', async () => {
    const h = await setup();
    const unknown = await apiError(h.v1.urlMaps.insert({ project: P, requestBody: { name: 'map', defaultService: web, bogus: 1 } as never }));
    expect({ code: unknown.code, message: unknown.message }).toEqual({ code: 400, message: 'Invalid JSON payload received. Unknown name "bogus" at \'resource\': Cannot find field.' });
    await insert(h, { defaultService: web });
    const current = (await h.v1.urlMaps.get({ project: P, urlMap: 'map' })).data;
    expect(current.kind).toBe('compute#urlMap');
    const { fingerprint: _f, ...without } = current;
    const none = await apiError(h.v1.urlMaps.update({ project: P, urlMap: 'map', requestBody: { ...without, defaultService: api } }));
    expect({ code: none.code, message: none.message }).toEqual({ code: 400, message: "Required field 'resource.fingerprint' not specified" });
    const stale = await apiError(h.v1.urlMaps.update({ project: P, urlMap: 'map', requestBody: { ...without, fingerprint: 'AAAAAAAAAAA=', defaultService: api } }));
    expect({ code: stale.code, reason: stale.reason, message: stale.message }).toEqual({ code: 412, reason: 'conditionNotMet', message: 'Invalid fingerprint.' });
    expect((await h.v1.urlMaps.get({ project: P, urlMap: 'map' })).data.defaultService).toBe(web);
    await h.v1.targetHttpProxies.insert({ project: P, requestBody: { name: 'px', urlMap: link('urlMaps', 'map') } });
    const inUse = await apiError(h.v1.urlMaps.delete({ project: P, urlMap: 'map' }));
    expect(inUse.message).toBe(`The url_map resource 'projects/${P}/global/urlMaps/map' is already being used by 'projects/${P}/global/targetHttpProxies/px'`);
  });

  it('an update runs the same rules, and a new fingerprint comes with every change', async () => {
    const h = await setup();
    await insert(h, { defaultService: web });
    const before = (await h.v1.urlMaps.get({ project: P, urlMap: 'map' })).data;
    const bad = await apiError(h.v1.urlMaps.update({ project: P, urlMap: 'map', requestBody: { ...before, defaultUrlRedirect: redirect } }));
    expect(bad.message).toBe(invalid('resource.defaultService', web, ONE_DEFAULT).message);
    const failing = await apiError(h.v1.urlMaps.update({ project: P, urlMap: 'map', requestBody: { ...before, tests: [{ host: 'x.example.com', path: '/', service: api }] } }));
    expect(failing.message).toBe(invalid('urlMap.tests', '', `Test failure: Expect URL 'x.example.com/' to map to service '${api}', but actually mapped to '${web}'.`).message);
    await h.v1.urlMaps.update({ project: P, urlMap: 'map', requestBody: { ...before, defaultService: 'global/backendServices/api' } });
    const after = (await h.v1.urlMaps.get({ project: P, urlMap: 'map' })).data;
    expect(after.defaultService).toBe(api);
    expect(after.fingerprint).not.toBe(before.fingerprint);
    expect(after.fingerprint).toMatch(/^[A-Za-z0-9+/]{11}=$/);
  });
});

/**
 * A manifest's `tests:` (URL → backend): checked by validation with the matcher GCP's URL map tests
 * follow, compiled into the URL map's own `tests`, compared by the planner as a set keyed by host and
 * path, and run by the emulator on every insert and update as GCP runs them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/compile/index.js';
import { loadManifest } from '../../src/manifest/load.js';
import { apiError, harness, link, neg, negLink, P } from '../helpers/emulator.js';
import { BASE, lines, load } from '../helpers/manifest.js';
import { apply, ENV, plan, workspace } from '../helpers/plan.js';

const MANIFEST = `${BASE}backends:
  web: { serverless: [ { region: us-central1, cloudRun: { service: web } } ] }
  api: { serverless: [ { region: us-central1, cloudRun: { service: api } } ] }
routing:
  default: web
  hosts:
    - hosts: [shop.example.com]
      backend: web
      paths:
        - { paths: [/api, /api/*], backend: api }
`;

describe('validation of tests:', () => {
  it('passing tests give no diagnostics', () => {
    const r = load(`${MANIFEST}tests:
  - { url: https://shop.example.com/api/x, backend: api }
  - { url: https://shop.example.com/api, backend: api }
  - { url: https://shop.example.com/apix, backend: web }
  - { url: http://other.example.org/api/x, backend: web }
`);
    expect(lines(r)).toEqual([]);
  });

  it('a failing test is an error at its backend, saying which backend it reached and through which rule', () => {
    const r = load(`${MANIFEST}tests:
  - { url: https://shop.example.com/apix, backend: api }
  - { url: https://other.example.org/api/x, backend: api }
  - url: https://shop.example.com/api/v1
    backend: web
`);
    expect(lines(r)).toEqual([
      '19:52: error: test fails: https://shop.example.com/apix reaches backend "web" through routing.hosts[0].backend (host "shop.example.com", no path rule matched), not "api" (at tests[0].backend)',
      '20:54: error: test fails: https://other.example.org/api/x reaches backend "web" through routing.default (no host rule matched), not "api" (at tests[1].backend)',
      '22:14: error: test fails: https://shop.example.com/api/v1 reaches backend "api" through routing.hosts[0].paths[0] (host "shop.example.com", path "/api/*"), not "web" (at tests[2].backend)',
    ]);
  });

  it('an undeclared backend, a URL that is not http(s), and more than 100 tests', () => {
    const r = load(`${MANIFEST}tests:
  - { url: https://shop.example.com/, backend: wbe }
  - { url: "shop.example.com/x", backend: web }
`);
    expect(lines(r)).toEqual([
      '19:48: error: backend "wbe" is not declared under backends (did you mean "web"?) (at tests[0].backend)',
      '20:12: error: "shop.example.com/x" must be an http or https URL such as https://shop.example.com/api/x (at tests[1].url)',
    ]);
    const many = load(`${MANIFEST}tests:\n${'  - { url: https://shop.example.com/, backend: web }\n'.repeat(101)}`);
    expect(lines(many)).toEqual(['19:3: error: a URL map takes at most 100 tests (found 101) (at tests)']);
  });

  it('with one backend and no routing, every URL reaches it', () => {
    const r = load(`${BASE}backends:\n  web: { serverless: [ { region: us-central1, cloudRun: { service: web } } ] }\ntests:\n  - { url: https://any.example.com/x, backend: web }\n`);
    expect(lines(r)).toEqual([]);
  });
});

describe('compiled into the URL map', () => {
  it('as [{host, path, service}], the service as a full URL like every other reference', () => {
    const loaded = loadManifest('examples/regional-routing.yaml');
    const map = compile(loaded.manifest!).resources.find((r) => r.address === 'urlMap/regional-lb')!;
    const bs = (key: string) => `https://www.googleapis.com/compute/v1/projects/my-project/global/backendServices/regional-lb-${key}`;
    expect(map.body.tests).toEqual([
      { host: 'eu.example.com', path: '/', service: bs('hello-eu') },
      { host: 'example.com', path: '/eu', service: bs('hello-eu') },
      { host: 'example.com', path: '/eu/news', service: bs('hello-eu') },
      { host: 'example.com', path: '/europe', service: bs('hello-us') },
      { host: 'www.example.org', path: '/', service: bs('hello-us') },
    ]);
    expect(readFileSync('examples/url-mask-cloud-run.yaml', 'utf8')).toContain('tests:');
  });

  it('no tests: no tests field', () => {
    const loaded = loadManifest('examples/http.yaml');
    expect(compile(loaded.manifest!).resources.find((r) => r.kind === 'urlMap')!.body).not.toHaveProperty('tests');
  });
});

describe('planned and applied', () => {
  it('a test added or removed is one change of the URL map, keyed by host and path; after apply the plan is empty', async () => {
    const h = await harness();
    const ws = workspace();
    const first = ws.write(`${MANIFEST}tests:\n  - { url: https://shop.example.com/api/x, backend: api }\n`);
    await apply(h, await plan(h, first), ws.dir, ENV);
    expect((await plan(h, first)).resources.filter((r) => r.action !== 'no-op')).toEqual([]);
    const live = (await h.v1.urlMaps.get({ project: P, urlMap: 'serverless-lb' })).data;
    expect(live.tests).toEqual([{ host: 'shop.example.com', path: '/api/x', service: link('backendServices', 'serverless-lb-api') }]);

    const second = ws.write(`${MANIFEST}tests:\n  - { url: https://shop.example.com/api/x, backend: api }\n  - { url: https://shop.example.com/, backend: web }\n`);
    const p = await plan(h, second);
    const changed = p.resources.filter((r) => r.action !== 'no-op');
    expect(changed.map((r) => `${r.action} ${r.address}`)).toEqual(['update urlMap/serverless-lb']);
    expect(changed[0]!.changes.map((c) => `${c.kind} ${c.path}`)).toEqual(['added tests[shop.example.com/]']);
    await apply(h, p, ws.dir, ENV);
    expect((await plan(h, second)).resources.filter((r) => r.action !== 'no-op')).toEqual([]);

    const none = ws.write(MANIFEST);
    const removal = await plan(h, none);
    expect(removal.resources.filter((r) => r.action !== 'no-op').flatMap((r) => r.changes.map((c) => `${c.kind} ${c.path}`))).toEqual(['removed tests[shop.example.com/]', 'removed tests[shop.example.com/api/x]']);
    await apply(h, removal, ws.dir, ENV);
    expect((await h.v1.urlMaps.get({ project: P, urlMap: 'serverless-lb' })).data.tests).toBeUndefined();
  });
});

describe('the emulator runs a URL map’s tests on insert and update', () => {
  async function setup() {
    const h = await harness();
    await h.v1.regionNetworkEndpointGroups.insert(neg('n'));
    for (const bs of ['web', 'api']) await h.v1.backendServices.insert({ project: P, requestBody: { name: bs, backends: [{ group: negLink('n') }] } });
    const body = {
      name: 'map',
      defaultService: link('backendServices', 'web'),
      hostRules: [{ hosts: ['shop.example.com'], pathMatcher: 'shop' }],
      pathMatchers: [{ name: 'shop', defaultService: 'global/backendServices/web', pathRules: [{ paths: ['/api/*'], service: 'global/backendServices/api' }] }],
    };
    return { h, body };
  }

  it('passing tests are stored with their services as full URLs', async () => {
    const { h, body } = await setup();
    await h.v1.urlMaps.insert({ project: P, requestBody: { ...body, tests: [{ host: 'shop.example.com', path: '/api/x', service: 'global/backendServices/api' }] } });
    expect((await h.v1.urlMaps.get({ project: P, urlMap: 'map' })).data.tests).toEqual([{ host: 'shop.example.com', path: '/api/x', service: link('backendServices', 'api') }]);
  });

  it('a failing test refuses the insert with 400 invalid, in the words of Google’s URL map guide', async () => {
    const { h, body } = await setup();
    const e = await apiError(h.v1.urlMaps.insert({ project: P, requestBody: { ...body, tests: [{ host: 'shop.example.com', path: '/web', service: link('backendServices', 'api') }] } }));
    expect(e).toMatchObject({ code: 400, reason: 'invalid' });
    expect(e.message).toBe(`Invalid value for field 'urlMap.tests': ''. Test failure: Expect URL 'shop.example.com/web' to map to service '${link('backendServices', 'api')}', but actually mapped to '${link('backendServices', 'web')}'.`);
    expect(await apiError(h.v1.urlMaps.get({ project: P, urlMap: 'map' }))).toMatchObject({ code: 404 });
  });

  it('an update that breaks a test fails and leaves the URL map as it was; PATCH too', async () => {
    const { h, body } = await setup();
    const tests = [{ host: 'shop.example.com', path: '/api/x', service: link('backendServices', 'api') }];
    await h.v1.urlMaps.insert({ project: P, requestBody: { ...body, tests } });
    const before = (await h.v1.urlMaps.get({ project: P, urlMap: 'map' })).data;
    const broken = { ...body, tests, pathMatchers: [{ ...body.pathMatchers[0]!, pathRules: [] }], fingerprint: before.fingerprint };
    const e = await apiError(h.v1.urlMaps.update({ project: P, urlMap: 'map', requestBody: broken }));
    expect(e).toMatchObject({ code: 400, reason: 'invalid' });
    expect(e.message).toContain("Test failure: Expect URL 'shop.example.com/api/x' to map to service");
    const p = await apiError(h.v1.urlMaps.patch({ project: P, urlMap: 'map', requestBody: { pathMatchers: [{ ...body.pathMatchers[0]!, pathRules: [{ paths: ['/api'], service: link('backendServices', 'api') }] }], fingerprint: before.fingerprint } }));
    expect(p).toMatchObject({ code: 400, reason: 'invalid' });
    expect((await h.v1.urlMaps.get({ project: P, urlMap: 'map' })).data).toEqual(before);
  });

  it('at most 100 tests; a test needs a host and a path; its service must exist', async () => {
    const { h, body } = await setup();
    const t = { host: 'shop.example.com', path: '/', service: link('backendServices', 'web') };
    expect(await apiError(h.v1.urlMaps.insert({ project: P, requestBody: { ...body, tests: Array.from({ length: 101 }, () => t) } }))).toMatchObject({ code: 400, reason: 'invalid' });
    expect(await apiError(h.v1.urlMaps.insert({ project: P, requestBody: { ...body, tests: [{ ...t, path: undefined }] } }))).toMatchObject({ code: 400, message: "Required field 'resource.tests[0].path' not specified" });
    expect(await apiError(h.v1.urlMaps.insert({ project: P, requestBody: { ...body, tests: [{ ...t, service: link('backendServices', 'ghost') }] } }))).toMatchObject({ code: 404 });
    await h.v1.urlMaps.insert({ project: P, requestBody: { ...body, tests: Array.from({ length: 100 }, () => t) } });
  });
});

/**
 * `lb-plan explain`: from a manifest (compiled, no GCP call) and from the live URL map read from
 * the emulator, the same answer: host rule, path matcher, path rule, backend service, and per
 * region the NEG and the serverless application (URL masks applied).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/compile/index.js';
import { loadManifest } from '../../src/manifest/load.js';
import { explainThroughFrontend, explainUrl, routingView, type FrontendExplanation } from '../../src/routing/explain.js';
import { parseRequestUrl, type RequestUrl } from '../../src/routing/url.js';
import { cli, cliWith } from '../helpers/cli.js';
import { harness, P } from '../helpers/emulator.js';
import { ENV } from '../helpers/plan.js';

const req = (url: string): RequestUrl => {
  const p = parseRequestUrl(url);
  if (!p.ok) throw new Error(p.reason);
  return p.request;
};

function viewOf(example: string) {
  const loaded = loadManifest(`examples/${example}.yaml`);
  const lb = compile(loaded.manifest!, { files: loaded.files, secrets: new Map() });
  return routingView(lb.project, lb.resources.map((r) => ({ ...r, ...(r.kind === 'backendService' ? { backend: String(r.source[1]) } : {}) })));
}

/** Per region: `region NEG-prefix app` for a compact comparison. */
const targets = (x: FrontendExplanation): string[] =>
  x.steps.at(-1)!.regions.map((r) => `${r.region} ${r.app ? JSON.stringify(r.app) : r.problem}`);

describe('explain from a manifest', () => {
  it('the guide URL-mask example: every row reaches the backend whose mask reads it, and the service and tag', () => {
    const view = viewOf('url-mask-cloud-run');
    const rows: [string, string, string[]][] = [
      ['https://login-home.example.com/web', 'by-subdomain', ['us-central1 {"platform":"cloudRun","service":"login"}']],
      ['https://test.login.example.com/web', 'tag-subdomains', ['us-central1 {"platform":"cloudRun","service":"login","tag":"test"}']],
      ['https://example.com/home/login/test', 'tag-path', ['us-central1 {"platform":"cloudRun","service":"login","tag":"test"}']],
      ['https://test.example.com/home/login/web', 'tag-mixed', ['us-central1 {"platform":"cloudRun","service":"login","tag":"test"}']],
      // Two regions, two masks (example.com/<service> and /<service>): the same service in each.
      ['https://example.com/login/web', 'by-path', ['europe-west1 {"platform":"cloudRun","service":"login"}', 'us-central1 {"platform":"cloudRun","service":"login"}']],
    ];
    for (const [url, backend, regions] of rows) {
      const x = explainThroughFrontend(view, req(url));
      expect(x.steps).toHaveLength(1);
      expect(x.steps[0]!.backendService, url).toEqual({ name: `mask-run-${backend}`, backend, found: true });
      expect(targets(x), url).toEqual(regions);
    }
  });

  it('names the host rule, the path matcher and the path rule', () => {
    const [s] = explainThroughFrontend(viewOf('regional-routing'), req('https://example.com/eu/news')).steps;
    expect(s).toMatchObject({
      urlMap: 'regional-lb',
      hostRule: { index: 1, hosts: ['example.com'], pattern: 'example.com', how: 'exact', pathMatcher: 'example-com' },
      pathMatcher: 'example-com',
      pathRule: { index: 0, paths: ['/eu', '/eu/*'], path: '/eu/*', how: 'prefix' },
      decidedBy: 'pathRule',
      backendService: { name: 'regional-lb-hello-eu', backend: 'hello-eu', found: true },
    });
  });

  it('http:// on a load balancer with redirectHttp: the redirect URL map, then the HTTPS one', () => {
    const x = explainThroughFrontend(viewOf('regional-routing'), req('http://eu.example.com/x?y=1'));
    expect(x.steps.map((s) => [s.urlMap, s.outcome.type])).toEqual([
      ['regional-lb-redirect', 'redirect'],
      ['regional-lb', 'service'],
    ]);
    expect(x.steps[0]!.outcome).toMatchObject({ status: 301, location: 'https://eu.example.com/x?y=1' });
    expect(x.steps[1]!.backendService?.backend).toBe('hello-eu');
  });

  it('https:// on an HTTP-only load balancer: explained with its URL map, with a note', () => {
    const x = explainThroughFrontend(viewOf('url-mask-cloud-functions'), req('https://example.com/resize'));
    expect(x.notes).toEqual(['the load balancer serves no HTTPS (no target HTTPS proxy): explained with the URL map of its HTTP proxy']);
    expect(targets(x)).toEqual(['europe-west1 {"platform":"cloudFunctions","function":"resize"}', 'us-central1 {"platform":"cloudFunctions","function":"resize"}']);
  });

  it('App Engine and API Gateway targets', () => {
    expect(targets(explainThroughFrontend(viewOf('url-mask-app-engine'), req('http://v1.example.com/shop')))).toEqual(['us-central1 {"platform":"appEngine","service":"shop","version":"v1"}']);
    expect(targets(explainThroughFrontend(viewOf('url-mask-app-engine'), req('http://admin.example.com/')))).toEqual(['us-central1 {"platform":"appEngine","service":"admin","version":"v2"}']);
    expect(targets(explainThroughFrontend(viewOf('url-mask-api-gateway'), req('https://api.example.com/orders/1')))).toEqual(['europe-west1 {"platform":"apiGateway","gateway":"orders-gateway"}']);
    expect(targets(explainThroughFrontend(viewOf('url-mask-api-gateway'), req('https://api.example.com/billing/1')))).toEqual(['us-central1 {"platform":"apiGateway","gateway":"billing"}']);
  });

  it('an unknown URL map is undefined', () => {
    expect(explainUrl(viewOf('http'), 'nope', req('https://example.com/'))).toBeUndefined();
  });
});

describe('lb-plan explain', () => {
  it("prints the guide's URL-mask example as the README shows it", async () => {
    const r = await cli('explain', 'https://test.example.com/home/login/web', 'examples/url-mask-cloud-run.yaml');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      new RegExp(
        [
          '^https://test\\.example\\.com/home/login/web',
          '  URL map          mask-run',
          '  host rule        hostRules\\[2\\] test\\.example\\.com \\(matched "test\\.example\\.com": exact host\\)',
          '  path matcher     test-example-com',
          "  path rule        none matched: the path matcher's default",
          '  backend service  mask-run-tag-mixed \\(backend tag-mixed\\)',
          '  us-central1      NEG mask-run-tag-mixed-[0-9a-f]{8} -> Cloud Run service login, tag test \\(URL mask <tag>\\.example\\.com/home/<service>\\)',
          '$',
        ].join('\n'),
      ),
    );
  });

  it("the README's explain example is what explain prints", async () => {
    const readme = readFileSync('README.md', 'utf8');
    const section = readme.slice(readme.indexOf('### Explain a URL'));
    const block = /```console\n([\s\S]*?)```/.exec(section)![1]!;
    const runs = block.split(/^\$ npx lb-plan /m).slice(1);
    expect(runs).toHaveLength(2);
    for (const run of runs) {
      const [command, ...output] = run.split('\n');
      const r = await cli(...command!.split(' '));
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(output.join('\n'));
    }
  });

  it('--format json; a URL without a scheme is read as https', async () => {
    const r = await cli('explain', 'example.com/login/web', 'examples/url-mask-cloud-run.yaml', '--format', 'json');
    expect(r.code).toBe(0);
    const x = JSON.parse(r.stdout) as FrontendExplanation;
    expect(x.url).toBe('https://example.com/login/web');
    expect(x.steps[0]!.regions.map((g) => g.app)).toEqual([
      { platform: 'cloudRun', service: 'login' },
      { platform: 'cloudRun', service: 'login' },
    ]);
  });

  it('usage errors exit 2 in one line; an invalid manifest exits 1 with its diagnostics', async () => {
    expect(await cli('explain', 'https://example.com/')).toMatchObject({ code: 2, stderr: 'lb-plan: explain needs a manifest FILE, or --url-map NAME and --project ID to read the live URL map\n' });
    expect(await cli('explain', 'https://example.com/', '--url-map', 'm')).toMatchObject({ code: 2, stderr: 'lb-plan: --url-map needs --project ID: the project of the live URL map\n' });
    expect(await cli('explain', 'https://example.com/', 'examples/http.yaml', '--url-map', 'm')).toMatchObject({ code: 2 });
    expect(await cli('explain', 'ftp://example.com/', 'examples/http.yaml')).toMatchObject({ code: 2, stderr: 'lb-plan: "ftp://example.com/" is not an http or https URL\n' });
    const bad = await cli('explain', 'https://example.com/', 'examples/broken/routing.yaml');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('error:');
  });

  it('from the live URL map on the emulator: the same answer as from the manifest', async () => {
    const h = await harness();
    const at = ['--compute-endpoint', h.em.endpoint];
    const applied = await cliWith(ENV, 'apply', 'examples/url-mask-cloud-run.yaml', ...at, '--auto-approve');
    expect(applied.code).toBe(0);
    for (const url of ['https://test.example.com/home/login/web', 'https://example.com/login/web', 'https://example.com/home/login/test', 'https://nowhere.example.org/x']) {
      const live = await cli('explain', url, '--project', P, '--url-map', 'mask-run', ...at, '--format', 'json');
      expect(live.stderr).toBe('');
      const fromManifest = await cli('explain', url, 'examples/url-mask-cloud-run.yaml', '--format', 'json');
      const strip = (x: FrontendExplanation) => x.steps.map((s) => ({ ...s, backendService: { ...s.backendService, backend: undefined } }));
      expect(JSON.parse(JSON.stringify(strip(JSON.parse(live.stdout) as FrontendExplanation)))).toEqual(JSON.parse(JSON.stringify(strip(JSON.parse(fromManifest.stdout) as FrontendExplanation))));
    }
    const missing = await cli('explain', 'https://example.com/', '--project', P, '--url-map', 'nope', ...at);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe(`Error: URL map nope not found in project ${P} (read from the Compute endpoint ${h.em.endpoint})\n`);
  });
});

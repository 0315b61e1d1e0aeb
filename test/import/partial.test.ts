/**
 * A load balancer import cannot fully express: everything it cannot say is named on stderr with
 * where it is and marked at the top of the written file; exit 1 unless --allow-partial.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readLive } from '../../src/gcp/read.js';
import { loadManifest } from '../../src/manifest/load.js';
import { harness, P } from '../helpers/emulator.js';
import { Gcloud } from './gcloud.js';
import { GUIDE } from './guide.js';
import { importLb } from './helpers.js';

describe('a load balancer import cannot fully express', () => {
  it('names redirects (path rule, path matcher), custom headers, a second proxy and another port; exit 1, then 0 with --allow-partial', async () => {
    const h = await harness();
    const g = new Gcloud(h.em.endpoint, P);
    await GUIDE['path-rules']!(g);
    await g.update('urlMaps', 'shop-lb', (r) => {
      const pm = (r.pathMatchers as Record<string, unknown>[])[0]!;
      pm.pathRules = [...(pm.pathRules as unknown[]), { paths: ['/old/*'], urlRedirect: { pathRedirect: '/new', redirectResponseCode: 'FOUND' } }];
    });
    await g.update('urlMaps', 'shop-lb', (r) => {
      r.pathMatchers = [...(r.pathMatchers as unknown[]), { name: 'beta', defaultUrlRedirect: { hostRedirect: 'www.example.com', redirectResponseCode: 'FOUND' } }];
      r.hostRules = [...(r.hostRules as unknown[]), { hosts: ['beta.example.com'], pathMatcher: 'beta' }];
    });
    await g.update('backendServices', 'web-backend-service', (r) => void (r.customResponseHeaders = ['X-Frame-Options: DENY']));
    await g.managedCertificate('beta-cert', ['beta.example.com']);
    await g.httpsProxyCreate('shop-lb-second-proxy', 'shop-lb', ['beta-cert']);
    await g.httpProxyCreate('shop-lb-http-proxy', 'shop-lb');
    await g.forwardingRuleCreate('shop-lb-http-8080', { http: 'shop-lb-http-proxy' }, 8080, 'example-ip');

    const strict = await importLb(h, ['--url-map', 'shop-lb']);
    expect(strict.code).toBe(1);
    const expected = [
      ['urlMap/shop-lb pathMatchers[0] (shop-paths).pathRules[1].urlRedirect', 'a redirect'],
      ['urlMap/shop-lb pathMatchers[1] (beta).defaultUrlRedirect', 'cannot be expressed'],
      ['urlMap/shop-lb hostRules (["beta.example.com"])', 'left out'],
      ['backendService/web-backend-service customResponseHeaders', 'X-Frame-Options'],
      ['targetHttpsProxy/shop-lb-second-proxy', 'second HTTPS proxy'],
      ['globalForwardingRule/shop-lb-http-8080 portRange', 'port range 8080-8080'],
    ];
    for (const [where, what] of expected) {
      // On stderr, with where…
      expect(strict.stderr).toMatch(new RegExp(`- ${where!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: .*${what}`));
      // …and marked at the top of the written file.
      expect(strict.text.split('\nmetadata:')[0]).toContain(where);
    }
    expect(strict.text.startsWith('# PARTIAL IMPORT')).toBe(true);
    // The file is still a valid manifest: what it can say, it says.
    expect(loadManifest(strict.file, { text: strict.text }).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    // Planning it would drop the redirecting path rule and the redirecting matcher: import says so.
    expect(strict.stderr).toContain('urlMap/shop-lb would change beyond ownership: hostRules[beta.example.com], pathMatchers[beta], pathMatchers[shop-paths].pathRules[/old/*]');

    const partial = await importLb(h, ['--url-map', 'shop-lb', '--allow-partial']);
    expect(partial.code, partial.stderr).toBe(0);
    expect(partial.stderr).toContain('Warning: the manifest cannot express 6 things');
    expect(partial.text).toBe(readFileSync(strict.file, 'utf8'));
  });

  it('refuses bad starts and --certificate files (a key, outside the workspace, another chain) as usage errors (exit 2), and a name that is not there as an error (exit 1)', async () => {
    const h = await harness();
    expect((await importLb(h, [])).code).toBe(2);
    expect((await importLb(h, ['--url-map', 'a', '--address', 'b'])).code).toBe(2);
    expect((await importLb(h, ['--url-map', '../etc'])).code).toBe(2);
    expect((await importLb(h, ['--url-map', 'x', '--certificate', 'no-equals-sign'])).code).toBe(2);
    // --certificate: the chain only, inside the workspace, and the one GCP holds.
    await GUIDE['self-managed']!(new Gcloud(h.em.endpoint, P));
    const cert = (file: string) => importLb(h, ['--url-map', 'tls-lb', '--certificate', `www-example-com=${file}`]);
    expect((await cert('examples/certs/example.com.key')).stderr).toContain('holds a private key; pass the certificate chain only');
    expect((await cert('/etc/passwd')).stderr).toContain('it resolves outside the workspace');
    expect((await cert('examples/http.yaml')).stderr).toContain('"examples/http.yaml" is not the chain GCP holds for "www-example-com"');
    expect((await cert('examples/certs/example.com.key')).code).toBe(2);
    const unknown = await importLb(h, ['--url-map', 'tls-lb', '--certificate', 'nope=examples/certs/example.com.pem']);
    expect(unknown.stderr).toContain('project my-project has no self-managed certificate "nope"');
    const missing = await importLb(h, ['--url-map', 'nothing-here']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('URL map "nothing-here" does not exist in project my-project.');
  });
});

describe('labels and descriptions import keeps or names', () => {
  it('keeps the labels the frontend shares (metadata.labels), names different ones and a proxy description lb-plan would replace', async () => {
    const h = await harness();
    const g = new Gcloud(h.em.endpoint, P);
    await GUIDE['http-only']!(g);
    const setLabels = async (collection: string, name: string, labels: Record<string, string>) => {
      const r = await g.call('GET', `global/${collection}/${name}`);
      await g.call('POST', `global/${collection}/${name}/setLabels`, { labels, labelFingerprint: r.labelFingerprint });
    };
    await setLabels('forwardingRules', 'http-lb-forwarding-rule', { team: 'web' });
    await setLabels('forwardingRules', 'http-lb-forwarding-rule-ipv6', { team: 'web' });
    await setLabels('addresses', 'http-lb-ipv6', { team: 'web' });
    const kept = await importLb(h, ['--url-map', 'http-lb']);
    expect(kept.code, kept.stderr).toBe(0);
    expect(kept.text).toContain('  labels:\n    team: web\n');

    await setLabels('addresses', 'http-lb-ipv6', { team: 'network' });
    const proxy = await g.call('GET', 'global/targetHttpProxies/http-lb-target-proxy');
    await g.call('PATCH', 'global/targetHttpProxies/http-lb-target-proxy', { description: 'Hand-made proxy', fingerprint: proxy.fingerprint });
    const named = await importLb(h, ['--url-map', 'http-lb']);
    expect(named.code).toBe(1);
    expect(named.stderr).toContain('globalForwardingRule/http-lb-forwarding-rule, globalForwardingRule/http-lb-forwarding-rule-ipv6, globalAddress/http-lb-ipv6: the forwarding rules and addresses carry different labels');
    expect(named.stderr).toContain('targetHttpProxy/http-lb-target-proxy description: the description "Hand-made proxy" would be replaced');
    // The label the address would lose is a change beyond ownership, and import says so.
    expect(named.stderr).toContain('globalAddress/http-lb-ipv6 would change beyond ownership: labels.team');
  });
});

describe('what the emulator cannot hold, on a live state read from it and changed as GCP would answer', () => {
  it('names a backend bucket route, an instance-group backend and a health check, and fields newer than the contract apart', async () => {
    const h0 = await harness();
    await GUIDE['path-rules']!(new Gcloud(h0.em.endpoint, P));
    const base = await readLive(h0, P);
    const resources = new Map(base.resources);
    const edit = (address: string, change: (b: Record<string, unknown>) => void): void => {
      const r = resources.get(address)!;
      const body = structuredClone(r.body) as Record<string, unknown>;
      change(body);
      resources.set(address, { ...r, body });
    };
    const g = new Gcloud(h0.em.endpoint, P);
    edit('urlMap/shop-lb', (b) => {
      const pm = (b.pathMatchers as Record<string, unknown>[])[0]!;
      pm.pathRules = [...(pm.pathRules as unknown[]), { paths: ['/static/*'], service: g.global('backendBuckets', 'shop-static') }];
      b.futureRouting = { mode: 'X' };
    });
    edit('backendService/api-backend-service', (b) => {
      b.healthChecks = [g.global('healthChecks', 'api-hc')];
      b.backends = [...(b.backends as unknown[]), { group: `${g.base}zones/us-central1-a/instanceGroups/api-vms` }];
    });
    const { importLoadBalancer } = await import('../../src/import/index.js');
    const r = importLoadBalancer({ live: { ...base, resources }, start: { kind: 'urlMap', name: 'shop-lb' }, file: 'lb.yaml' });
    const named = r.findings.map((f) => `${f.where}: ${f.what}`);
    expect(named).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^urlMap\/shop-lb: a route to projects\/my-project\/global\/backendBuckets\/shop-static cannot be expressed/),
        expect.stringMatching(/^backendService\/api-backend-service healthChecks: a health check cannot be expressed/),
        expect.stringMatching(/^backendService\/api-backend-service backends\[1\]\.group: the backend projects\/my-project\/zones\/us-central1-a\/instanceGroups\/api-vms \(instanceGroups\) cannot be expressed/),
      ]),
    );
    expect(r.findings.filter((f) => f.unknownField).map((f) => f.where)).toEqual(['urlMap/shop-lb.futureRouting']);
    expect(r.text).toMatch(/# Fields newer than lb-plan's Compute contract .*\n# - urlMap\/shop-lb.futureRouting\n/);
  });
});

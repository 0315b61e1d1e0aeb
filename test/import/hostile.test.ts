/**
 * An attacker's view of import: a name that belongs to another load balancer, a self-check problem
 * --allow-partial must not hide, and hostile live state (control characters, unexpected shapes).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLive } from '../../src/gcp/read.js';
import { importLoadBalancer, ImportError } from '../../src/import/index.js';
import { harness, P, type Harness } from '../helpers/emulator.js';
import { PlanError } from '../../src/plan/index.js';
import type { Manifest } from '../../src/manifest/schema.js';
import { parse } from 'yaml';
import { apply, plan } from '../helpers/plan.js';
import { Gcloud } from './gcloud.js';
import { GUIDE } from './guide.js';
import { importLb, root } from './helpers.js';
import { cliWith } from '../helpers/cli.js';

describe('import never hides a delete', () => {
  it("refuses (exit 2, nothing written) a --name another load balancer's resources carry, even with --allow-partial", async () => {
    const h = await harness();
    await apply(h, await plan(h, 'examples/http.yaml'), 'examples');
    await GUIDE['http-only']!(new Gcloud(h.em.endpoint, P));
    const r = await importLb(h, ['--url-map', 'http-lb', '--name', 'serverless-lb', '--allow-partial']);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain('the name "serverless-lb" belongs to another load balancer');
    expect(r.text).toBe('');
    // The load balancer's own name is fine: re-importing an lb-plan load balancer.
    const own = await importLb(h, ['--url-map', 'serverless-lb']);
    expect(own.stderr).not.toContain('belongs to another load balancer');
  });

  it('with --allow-partial, a delete the self-check finds is still an error (exit 1)', async () => {
    const h = await harness();
    await apply(h, await plan(h, 'examples/http.yaml'), 'examples');
    const g = new Gcloud(h.em.endpoint, P);
    // Something the manifest cannot express, so --allow-partial has a finding to tolerate…
    const service = ((await g.call('GET', 'global/backendServices')).items as { name: string }[])[0]!.name;
    await g.update('backendServices', service, (r) => void (r.customResponseHeaders = ['X-Frame-Options: DENY']));
    // …and a NEG the load balancer owns that nothing reaches: planning the import would delete it.
    await g.call('POST', 'regions/us-central1/networkEndpointGroups', { name: 'stray-neg', networkEndpointType: 'SERVERLESS', cloudRun: { service: 'hello' }, description: '[managed by lb-plan: serverless-lb]' });
    const r = await importLb(h, ['--url-map', 'serverless-lb', '--allow-partial']);
    expect(r.stderr).toContain('regionNetworkEndpointGroup/us-central1/stray-neg would be deleted');
    expect(r.stderr).toContain('never a create, replace or delete');
    expect(r.code, r.stderr).toBe(1);
  });
});

describe('control characters in live state', () => {
  it('reach neither stderr nor the written file raw: escaped in findings, comments and values', async () => {
    const h = await harness();
    const g = new Gcloud(h.em.endpoint, P);
    await GUIDE['http-only']!(g);
    const hostile = 'Hand-made\u001b[2J\u001b]0;pwned\u0007 proxy\u009b31m\n# forged line\u202e';
    const proxy = await g.call('GET', 'global/targetHttpProxies/http-lb-target-proxy');
    await g.call('PATCH', 'global/targetHttpProxies/http-lb-target-proxy', { description: hostile, fingerprint: proxy.fingerprint });
    await g.update('urlMaps', 'http-lb', (r) => void (r.description = hostile));
    const r = await importLb(h, ['--url-map', 'http-lb', '--allow-partial']);
    expect(r.stderr).toContain('targetHttpProxy/http-lb-target-proxy description: the description');
    const raw = /[\p{Cc}\u202e]/u;
    expect(r.stderr.replace(/\n/g, '')).not.toMatch(raw);
    expect(r.stderr).toContain('\\u001b[2J');
    const [header, body] = r.text.split('apiVersion:');
    expect(header!.replace(/\n/g, '')).not.toMatch(raw);
    expect(header).toContain('\\u001b[2J');
    // The value itself is kept (the manifest carries the URL map's description), YAML-escaped.
    expect(body).not.toContain('\u001b');
    expect(r.text).not.toMatch(/^# forged line/m);
  });
});

describe('live bodies whose shape is not the contract', () => {
  it('are named as unexpected GCP answers (an ImportError, exit 1), every one at once, never a crash', async () => {
    const h = await harness();
    await GUIDE['path-rules']!(new Gcloud(h.em.endpoint, P));
    const base = await readLive(h, P);
    const resources = new Map(base.resources);
    const edit = (address: string, change: (b: Record<string, unknown>) => void): void => {
      const r = resources.get(address)!;
      const body = structuredClone(r.body) as Record<string, unknown>;
      change(body);
      resources.set(address, { ...r, body });
    };
    edit('urlMap/shop-lb', (b) => void (b.pathMatchers = 7));
    edit('backendService/web-backend-service', (b) => void (b.customRequestHeaders = 'abc'));
    let thrown: unknown;
    try {
      importLoadBalancer({ live: { ...base, resources }, start: { kind: 'urlMap', name: 'shop-lb' }, file: 'lb.yaml' });
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(ImportError);
    const message = (thrown as Error).message;
    expect(message).toContain("GCP answered an unexpected body for urlMap/shop-lb: Invalid value at 'urlMap/shop-lb.pathMatchers'");
    expect(message).toContain("GCP answered an unexpected body for backendService/web-backend-service: Invalid value at 'backendService/web-backend-service.customRequestHeaders'");
  });
});

describe('--out', () => {
  it('in a folder that does not exist is a usage error (exit 2) before the cloud is read, and so is a file in place of the folder', async () => {
    const h = await harness();
    await GUIDE['http-only']!(new Gcloud(h.em.endpoint, P));
    const missing = await cliWith({}, 'import', '--project', P, '--compute-endpoint', h.em.endpoint, '--url-map', 'http-lb', '--out', join(root, 'no-such-dir', 'x.yaml'));
    expect(missing.code, missing.stderr).toBe(2);
    expect(missing.stderr).toContain('no-such-dir does not exist');
    expect(missing.stderr).not.toContain('internal error');
    // A file as the folder: also refused up front, before any call (the endpoint answers nothing).
    writeFileSync(join(root, 'a-file'), '');
    const notDir = await cliWith({}, 'import', '--project', P, '--compute-endpoint', 'http://127.0.0.1:9/', '--url-map', 'http-lb', '--out', join(root, 'a-file', 'x.yaml'));
    expect(notDir.code, notDir.stderr).toBe(2);
  });
});

describe('a managed certificate another proxy also serves', () => {
  it('is referenced as existing with a comment saying why, not taken over; the import checks clean (exit 0)', async () => {
    const h = await harness();
    const g = new Gcloud(h.em.endpoint, P);
    await GUIDE['https-managed']!(g);
    // Its own backend service: one it shared would be a finding of its own (below).
    await g.backendServiceCreate('other-backend-service');
    await g.urlMapCreate('other-map', 'other-backend-service');
    await g.httpsProxyCreate('other-proxy', 'other-map', ['www-ssl-cert']);
    const r = await importLb(h, ['--url-map', 'serverless-lb']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.text).toContain('- existing: www-ssl-cert # also used by targetHttpsProxy/other-proxy, which this load balancer does not manage: referenced, not taken over\n');
    expect(r.text).not.toContain('sslCertificate/www-ssl-cert');
    expect(r.stderr).toContain('Checked: planning the written manifest against what was read shows only adopt');
  });
});

describe('a backend service a URL map outside the load balancer also routes to', () => {
  const finding = 'backendService/helloworld-backend-service: backend service helloworld-backend-service is also used by urlMap/other-map, outside this load balancer: lb-plan would take it over';

  it('is a finding (stderr and file header, exit 1), and is not taken over', async () => {
    const h = await harness();
    const g = new Gcloud(h.em.endpoint, P);
    await GUIDE['https-managed']!(g);
    await g.urlMapCreate('other-map', 'helloworld-backend-service');
    const r = await importLb(h, ['--url-map', 'serverless-lb']);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toContain(finding);
    expect(r.text).toMatch(/^# PARTIAL IMPORT/);
    expect(r.text).toContain(`# - ${finding}`);
    const adopt = (parse(r.text) as Manifest).metadata.adopt ?? [];
    expect(adopt).not.toContain('backendService/helloworld-backend-service');
    expect(adopt).not.toContain('regionNetworkEndpointGroup/us-central1/helloworld-serverless-neg');
    expect(adopt).toContain('urlMap/serverless-lb');
  });

  it('with --allow-partial: written without it in metadata.adopt (exit 0), and plan refuses the look-alike, saying why', async () => {
    const h = await harness();
    const g = new Gcloud(h.em.endpoint, P);
    await GUIDE['https-managed']!(g);
    await g.urlMapCreate('other-map', 'helloworld-backend-service');
    const r = await importLb(h, ['--url-map', 'serverless-lb', '--allow-partial']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(finding);
    const refusal = 'backendService/helloworld-backend-service already exists and is also used by urlMap/other-map, outside this load balancer; lb-plan will not take over a backend service another load balancer uses.';
    expect(r.stderr).toContain(refusal);
    expect(await planError(h, r.text)).toContain(refusal);
    expect(r.stderr).toContain('regionNetworkEndpointGroup/us-central1/helloworld-serverless-neg already exists and serves backendService/helloworld-backend-service, which urlMap/other-map also uses, outside this load balancer; lb-plan will not take it over.');
    expect(r.stderr).not.toContain('Checked:');
    // Listing it by hand does not take it over either.
    const listed = r.text.replace('  adopt:\n', '  adopt:\n    - backendService/helloworld-backend-service\n');
    expect(listed).not.toBe(r.text);
    expect(await planError(h, listed)).toContain(refusal);
    // Nothing was changed: the other URL map still routes to it, unowned.
    const live = await readLive(h, P);
    expect(String(live.resources.get('urlMap/other-map')!.body.defaultService)).toContain('helloworld-backend-service');
    expect(String(live.resources.get('backendService/helloworld-backend-service')!.body.description ?? '')).not.toContain('managed by lb-plan');
  });
});

async function planError(h: Harness, text: string): Promise<string> {
  const file = join(root, `shared-${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(file, text);
  try {
    await plan(h, file);
  } catch (e) {
    if (e instanceof PlanError) return e.problems.join('\n');
    throw e;
  }
  throw new Error('expected the plan to be refused');
}

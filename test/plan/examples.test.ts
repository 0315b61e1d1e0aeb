/** Every example, end to end on the emulator: plan from empty, apply, plan again is empty; reads are one list per kind. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/compile/index.js';
import { loadManifest } from '../../src/manifest/load.js';
import { harness, P } from '../helpers/emulator.js';
import { apply, ENV, plan } from '../helpers/plan.js';

const examples = ['http', 'https-managed', 'https-self-managed-redirect', 'multi-region', 'regional-routing', 'url-mask-cloud-run', 'url-mask-cloud-functions', 'url-mask-app-engine', 'url-mask-api-gateway', 'cdn', 'iap', 'cloud-armor', 'byoip', 'shop'];
const env = { ...ENV, TLS_PRIVATE_KEY: readFileSync('examples/certs/example.com.key', 'utf8') };

describe('every example on the emulator', () => {
  it.each(examples)('%s: plan from empty creates exactly the compiled resources; after apply the plan is empty', async (name) => {
    const h = await harness();
    if (name === 'cloud-armor') await h.v1.securityPolicies.insert({ project: P, requestBody: { name: 'corp-waf-policy' } });
    if (name === 'byoip') await h.v1.sslCertificates.insert({ project: P, requestBody: { name: 'www-example-com-2026', type: 'MANAGED', managed: { domains: ['www.example.com'] } } });
    const file = `examples/${name}.yaml`;
    const loaded = loadManifest(file);
    const compiled = compile(loaded.manifest!, { files: loaded.files, secrets: new Map() });
    const first = await plan(h, file, env);
    expect(first.resources.map((r) => `${r.action} ${r.address}`)).toEqual(compiled.resources.map((r) => `create ${r.address}`).sort());
    expect(first.summary).toMatchObject({ add: compiled.resources.length, change: 0, destroy: 0 });
    // Steps: one insert per resource, plus its own setters (Cloud Armor attachment).
    const setters = compiled.resources.flatMap((r) => r.setters.filter((s) => s.body[s.field] !== null)).length;
    expect(first.steps).toHaveLength(compiled.resources.length + setters);
    await apply(h, first, 'examples', env);
    h.em.log.length = 0;
    const second = await plan(h, file, env);
    expect(second.resources).toEqual([]);
    expect(second.steps).toEqual([]);
    // One list per kind: 9 kinds, one request each at this size.
    expect(second.readRequests).toBe(9);
    expect(h.em.log.map((l) => l.route).sort()).toEqual([
      'backendServices.list',
      'globalAddresses.list',
      'globalForwardingRules.list',
      'networkEndpointGroups.aggregatedList',
      'securityPolicies.list',
      'sslCertificates.list',
      'targetHttpProxies.list',
      'targetHttpsProxies.list',
      'urlMaps.list',
    ]);
    expect(h.em.log.every((l) => l.method === 'GET')).toBe(true);
  });

  it('reads a large load balancer in about a dozen requests (one list per kind, all pages)', async () => {
    const h = await harness();
    const { generateManifest } = await import('../../bench/generate.js');
    const { workspace } = await import('../helpers/plan.js');
    const ws = workspace();
    const file = ws.write(generateManifest(120, 8)); // ~1,100 resources
    const first = await plan(h, file);
    await apply(h, first, ws.dir);
    h.em.log.length = 0;
    const second = await plan(h, file);
    expect(second.steps).toEqual([]);
    // 960 NEGs span two pages of 500; every other kind fits one page.
    expect(second.readRequests).toBe(10);
    expect(h.em.log).toHaveLength(10);
  });
});

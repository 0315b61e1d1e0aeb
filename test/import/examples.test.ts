/** Every example, applied by lb-plan, imports back to a manifest that plans to no change. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readLive } from '../../src/gcp/read.js';
import { loadManifest } from '../../src/manifest/load.js';
import { harness, P } from '../helpers/emulator.js';
import { apply, ENV, plan } from '../helpers/plan.js';
import { importLb } from './helpers.js';

const examples = ['http', 'https-managed', 'https-self-managed-redirect', 'multi-region', 'regional-routing', 'url-mask-cloud-run', 'url-mask-cloud-functions', 'url-mask-app-engine', 'url-mask-api-gateway', 'cdn', 'iap', 'cloud-armor', 'byoip', 'shop'];
const key = readFileSync('examples/certs/example.com.key', 'utf8');
const env = { ...ENV, TLS_PRIVATE_KEY: key };

describe('examples applied by lb-plan import back', () => {
  it.each(examples)('%s: the imported manifest plans to no change', async (name) => {
    const h = await harness();
    if (name === 'cloud-armor') await h.v1.securityPolicies.insert({ project: P, requestBody: { name: 'corp-waf-policy' } });
    if (name === 'byoip') await h.v1.sslCertificates.insert({ project: P, requestBody: { name: 'www-example-com-2026', type: 'MANAGED', managed: { domains: ['www.example.com'] } } });
    const file = `examples/${name}.yaml`;
    await apply(h, await plan(h, file, env), 'examples', env);
    const lb = loadManifest(file).manifest!.metadata.name;

    // A self-managed certificate lb-plan created is managed again when its chain is passed.
    const selfManaged = [...(await readLive(h, P)).resources.values()].filter((r) => r.kind === 'sslCertificate' && r.body.type === 'SELF_MANAGED').map((r) => r.name);
    const flags = selfManaged.flatMap((c) => ['--certificate', `${c}=examples/certs/example.com.pem`]);
    const importEnv = { ...env, ...Object.fromEntries(selfManaged.map((c) => [`${c.toUpperCase().replace(/-/g, '_')}_PRIVATE_KEY`, key])) };
    const imported = await importLb(h, ['--url-map', lb, ...flags], importEnv);
    expect(imported.code, imported.stderr).toBe(0);
    // lb-plan owns all of it already: nothing to take over (but the certificate byoip only references,
    // which import manages: it is used only by this load balancer), and no explicit names needed.
    const adopt = imported.text.split('\n').filter((l) => /^ {4}- [a-zA-Z]+\/\S+ #/.test(l)).map((l) => l.trim().split(' ')[1]);
    expect(adopt).toEqual(name === 'byoip' ? ['sslCertificate/www-example-com-2026'] : []);
    expect(imported.text).not.toContain('names:');
    const again = await plan(h, imported.file, importEnv);
    expect(again.resources).toEqual([]);
    expect(again.steps).toEqual([]);
  });
});

describe('a manifest with a certificate name prefix', () => {
  it('imports back with namePrefix, not the full name', async () => {
    const h = await harness();
    const { workspace } = await import('../helpers/plan.js');
    const ws = workspace();
    const file = ws.write(readFileSync('examples/https-managed.yaml', 'utf8').replace(/( *)- managed: (.*)\n/, '$1- managed: $2\n$1  namePrefix: www\n'));
    expect(readFileSync(file, 'utf8')).toContain('namePrefix: www');
    await apply(h, await plan(h, file, env), ws.dir, env);
    const imported = await importLb(h, ['--url-map', 'serverless-lb']);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.text).toContain('namePrefix: www');
    expect(imported.text).not.toMatch(/name: www-/);
    expect((await plan(h, imported.file, env)).resources).toEqual([]);
  });
});

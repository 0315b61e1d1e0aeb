/**
 * `lb-plan import` of the guide's load balancers, built the guide's way on the emulator: the written
 * manifest plans to adopt only (ownership: description marker and labels), apply moves ownership and
 * never traffic, and the plan after it is empty.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readLive } from '../../src/gcp/read.js';
import { harness, P } from '../helpers/emulator.js';
import { apply, plan } from '../helpers/plan.js';
import { Gcloud } from './gcloud.js';
import { GUIDE } from './guide.js';
import { importLb, root, traffic } from './helpers.js';

describe('import of the guide\'s load balancers, built with its gcloud commands', () => {
  it.each(Object.keys(GUIDE))('%s: plan shows only adopt, apply moves ownership and never traffic, then plan is empty', async (name) => {
    const h = await harness();
    const lb = await GUIDE[name]!(new Gcloud(h.em.endpoint, P));
    const env = lb.env ?? {};
    const imported = await importLb(h, [...lb.start, ...(lb.flags ?? [])], env);
    expect(imported.stderr).toContain('shows only adopt');
    expect(imported.code, imported.stderr).toBe(0);
    const before = await readLive(h, P);
    // Everything imported is listed, each with a comment saying what it is.
    const adopt = imported.text.split('\n').filter((l) => /^\s+- (backendService|urlMap|target|global|regionNetwork|sslCertificate)/.test(l));
    expect(adopt.length).toBeGreaterThan(0);
    for (const line of adopt) expect(line).toMatch(/ # \S/);

    const first = await plan(h, imported.file, env);
    expect(first.resources.filter((r) => r.action !== 'adopt')).toEqual([]);
    for (const r of first.resources) for (const c of r.changes) expect(['description', 'labels'], `${r.address} ${c.path}`).toContain(c.path.split(/[.[]/)[0]);
    expect(first.resources.map((r) => r.address).sort()).toEqual(adopt.map((l) => l.trim().slice(2).split(' ')[0]).sort());

    await apply(h, first, root, env);
    const after = await readLive(h, P);
    expect(traffic(after)).toEqual(traffic(before));
    const second = await plan(h, imported.file, env);
    expect(second.resources).toEqual([]);
    expect(second.steps).toEqual([]);
  });
});

describe('--name', () => {
  it('names the load balancer; the URL map keeps its own name (metadata.names.urlMap) and the round trip holds', async () => {
    const h = await harness();
    await GUIDE['path-rules']!(new Gcloud(h.em.endpoint, P));
    const imported = await importLb(h, ['--url-map', 'shop-lb', '--name', 'shop']);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.text).toMatch(/\n {2}name: shop\n/);
    expect(imported.text).toContain('    urlMap: shop-lb\n');
    const first = await plan(h, imported.file);
    expect(first.resources.every((r) => r.action === 'adopt')).toBe(true);
    await apply(h, first, root);
    expect((await plan(h, imported.file)).resources).toEqual([]);
    // The marker names the new load balancer.
    expect(String((await readLive(h, P)).resources.get('urlMap/shop-lb')!.body.description)).toMatch(/^(\[lb-plan applied \S+\] )?\[managed by lb-plan: shop\]$/);
  });
});

describe('the README', () => {
  it('shows what import writes for the guide\'s HTTPS load balancer', async () => {
    const h = await harness();
    await GUIDE['https-managed']!(new Gcloud(h.em.endpoint, P));
    const imported = await importLb(h, ['--url-map', 'serverless-lb']);
    const readme = readFileSync('README.md', 'utf8');
    const sample = /\$ head -20 lb\.yaml\n([\s\S]*?)```/.exec(readme)![1]!;
    expect(imported.text.split('\n').slice(0, 20).join('\n') + '\n').toBe(sample);
    const summary = imported.stderr.split('\n').slice(0, 2).join('\n');
    expect(readme).toContain(summary);
  });
});

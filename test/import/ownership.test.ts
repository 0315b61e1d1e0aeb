/**
 * After import: NEGs and certificates are owned by listing in metadata.adopt (they cannot carry the
 * marker). A change that forces their replacement creates a successor under the generated name, with
 * no downtime, and never flips back. The listing claims nothing another load balancer uses, and no
 * unused NEG.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { readLive } from '../../src/gcp/read.js';
import type { Manifest } from '../../src/manifest/schema.js';
import { makePlan, PlanError } from '../../src/plan/index.js';
import { harness, P, type Harness } from '../helpers/emulator.js';
import { actions, apply, plan } from '../helpers/plan.js';
import { Gcloud } from './gcloud.js';
import { GUIDE } from './guide.js';
import { importLb, root } from './helpers.js';

/** The guide's HTTPS load balancer, imported and taken over. */
async function takenOver(h: Harness): Promise<{ file: string; edit: (change: (m: Manifest) => void) => void }> {
  await GUIDE['https-managed']!(new Gcloud(h.em.endpoint, P));
  const { file, code, stderr } = await importLb(h, ['--url-map', 'serverless-lb']);
  expect(code, stderr).toBe(0);
  await apply(h, await plan(h, file), root);
  return {
    file,
    edit: (change) => {
      const m = parse(readFileSync(file, 'utf8')) as Manifest;
      change(m);
      writeFileSync(file, stringify(m));
    },
  };
}

async function planError(h: Harness, text: string): Promise<string> {
  const file = join(root, `hostile-${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(file, text);
  try {
    await plan(h, file);
  } catch (e) {
    if (e instanceof PlanError) return e.problems.join('\n');
    throw e;
  }
  throw new Error('expected the plan to be refused');
}

const thief = (adopt: string, neg: string, service: string) => `apiVersion: lb-plan/v1
kind: LoadBalancer
metadata:
  name: thief
  project: ${P}
  adopt: [${adopt}]
frontend:
  address: { ephemeral: true }
backends:
  web:
    serverless:
      - { name: ${neg}, region: us-central1, cloudRun: { service: ${service} } }
`;

describe('imported NEGs and certificates', () => {
  it('a changed NEG gets a successor under the generated name, replacing the named one; a later change replaces the successor, never flipping back', async () => {
    const h = await harness();
    const lb = await takenOver(h);
    lb.edit((m) => void (m.backends.helloworld!.serverless[0]!.cloudRun = { service: 'helloworld-v2' }));
    const first = await plan(h, lb.file);
    const successor = first.resources.find((r) => r.action === 'replace')!;
    expect(successor.name).toMatch(/^serverless-lb-helloworld-[0-9a-f]{8}$/);
    expect(successor.replaces).toBe('regionNetworkEndpointGroup/us-central1/helloworld-serverless-neg');
    expect(actions(first).sort()).toEqual(['delete regionNetworkEndpointGroup/us-central1/helloworld-serverless-neg', `replace ${successor.address}`, 'update backendService/helloworld-backend-service'].sort());
    expect(first.warnings.join(' ')).toContain('without downtime');
    await apply(h, first, root);
    expect(await plan(h, lb.file).then((p) => p.resources)).toEqual([]);
    const live = await readLive(h, P);
    expect(live.resources.has('regionNetworkEndpointGroup/us-central1/helloworld-serverless-neg')).toBe(false);

    lb.edit((m) => void (m.backends.helloworld!.serverless[0]!.cloudRun = { service: 'helloworld-v3' }));
    const second = await plan(h, lb.file);
    const next = second.resources.find((r) => r.action === 'replace')!;
    expect(next.name).toMatch(/^serverless-lb-helloworld-[0-9a-f]{8}$/);
    expect(next.replaces).toBe(successor.address);
    await apply(h, second, root);
    expect(await plan(h, lb.file).then((p) => p.resources)).toEqual([]);
  });

  it('a certificate with new domains gets a successor under the generated name, attached beside the old one until ACTIVE', async () => {
    const h = await harness();
    const lb = await takenOver(h);
    lb.edit((m) => void (m.frontend.https!.certificates[0]!.managed = ['www.example.com', 'example.com']));
    const p = await plan(h, lb.file);
    const successor = p.resources.find((r) => r.kind === 'sslCertificate' && r.action === 'replace')!;
    expect(successor.name).toMatch(/^serverless-lb-cert-[0-9a-f]{8}$/);
    expect(successor.replaces).toBe('sslCertificate/www-ssl-cert');
    expect(p.steps.map((s) => s.id)).toContain(`waitActive:${successor.address}`);
    await apply(h, p, root);
    expect(await plan(h, lb.file).then((x) => x.resources)).toEqual([]);
  });

  it('a backend removed after import takes its listed NEG with it while the NEG stays listed', async () => {
    const h = await harness();
    await GUIDE['path-rules']!(new Gcloud(h.em.endpoint, P));
    const { file, code, stderr } = await importLb(h, ['--url-map', 'shop-lb']);
    expect(code, stderr).toBe(0);
    await apply(h, await plan(h, file), root);
    const m = parse(readFileSync(file, 'utf8')) as Manifest;
    delete m.backends.api;
    delete (m.routing as { hosts?: unknown }).hosts;
    m.metadata.adopt = m.metadata.adopt!.filter((a) => a !== 'backendService/api-backend-service');
    writeFileSync(file, stringify(m));
    const p = await plan(h, file);
    expect(actions(p).filter((a) => !a.startsWith('update'))).toEqual(['delete backendService/api-backend-service', 'delete regionNetworkEndpointGroup/us-central1/api-neg']);
    await apply(h, p, root);
    expect((await readLive(h, P)).resources.has('regionNetworkEndpointGroup/us-central1/api-neg')).toBe(false);
    m.metadata.adopt = m.metadata.adopt.filter((a) => a !== 'regionNetworkEndpointGroup/us-central1/api-neg');
    writeFileSync(file, stringify(m));
    expect((await plan(h, file)).resources).toEqual([]);
  });

  it('a certificate removed after import is deleted while it stays listed', async () => {
    const h = await harness();
    const lb = await takenOver(h);
    lb.edit((m) => void m.frontend.https!.certificates.push({ name: 'next-cert', managed: ['next.example.com'] } as never));
    await apply(h, await plan(h, lb.file), root);
    lb.edit((m) => void m.frontend.https!.certificates.shift());
    const p = await plan(h, lb.file);
    expect(actions(p)).toContain('delete sslCertificate/www-ssl-cert');
    await apply(h, p, root);
    expect((await readLive(h, P)).resources.has('sslCertificate/www-ssl-cert')).toBe(false);
  });

  it('destroy with the manifest deletes what it owns by listing too', async () => {
    const h = await harness();
    const lb = await takenOver(h);
    const { cli } = await import('../helpers/cli.js');
    const r = await cli('destroy', lb.file, '--compute-endpoint', h.em.endpoint, '--auto-approve');
    expect(r.code, r.stderr).toBe(0);
    const left = [...(await readLive(h, P)).resources.keys()];
    expect(left).toEqual([]);
  });
});

describe('NEGs and certificates owned by listing, when the manifest is gone', () => {
  it('the orphan report and destroy --name name them as left behind, with the gcloud command that deletes them', async () => {
    const h = await harness();
    await takenOver(h);
    const at = ['--compute-endpoint', h.em.endpoint];
    const other = join(root, `other-${Math.random().toString(36).slice(2)}.yaml`);
    writeFileSync(other, thief('', 'other-neg', 'other').replace('name: thief', 'name: other-lb').replace('  adopt: []\n', ''));
    const { cli } = await import('../helpers/cli.js');
    const neg = 'regionNetworkEndpointGroup/us-central1/helloworld-serverless-neg';
    const negDelete = `gcloud compute network-endpoint-groups delete helloworld-serverless-neg --region=us-central1 --project=${P}`;
    const certDelete = `gcloud compute ssl-certificates delete www-ssl-cert --global --project=${P}`;
    const planned = await cli('plan', other, ...at);
    expect(planned.stderr).toBe('');
    expect(planned.stdout).toContain(`  left behind (lb-plan does not own it; only these use it): ${neg} — delete it with \`${negDelete}\``);
    expect(planned.stdout).toContain(`  left behind (lb-plan does not own it; only these use it): sslCertificate/www-ssl-cert — delete it with \`${certDelete}\``);
    const json = JSON.parse((await cli('plan', other, ...at, '--json')).stdout) as { orphans: { leftBehind: unknown }[] };
    expect(json.orphans[0]!.leftBehind).toEqual([
      { address: neg, delete: negDelete },
      { address: 'sslCertificate/www-ssl-cert', delete: certDelete },
    ]);

    const destroyed = await cli('destroy', '--name', 'serverless-lb', '--project', P, ...at, '--auto-approve');
    expect(destroyed.code, destroyed.stderr).toBe(0);
    expect(destroyed.stdout).toContain(`left behind: ${neg} is used only by resources this plan deletes, but lb-plan does not own it (metadata.adopt does not list it); once they are gone, delete it with \`${negDelete}\`.`);
    expect(destroyed.stdout).toContain(`delete it with \`${certDelete}\``);
    expect([...(await readLive(h, P)).resources.keys()].sort()).toEqual([neg, 'sslCertificate/www-ssl-cert']);
  });
});

describe('the review of a take-over', () => {
  it('shows no empty description change, and says nothing is written to a NEG or certificate owned by listing', async () => {
    const h = await harness();
    await GUIDE['https-managed']!(new Gcloud(h.em.endpoint, P));
    const { file, code, stderr } = await importLb(h, ['--url-map', 'serverless-lb']);
    expect(code, stderr).toBe(0);
    const p = await plan(h, file);
    const review = (address: string) => p.resources.find((r) => r.address === address)!.review!;
    for (const a of ['backendService/helloworld-backend-service', 'urlMap/serverless-lb']) expect(review(a).lines.filter((l) => l.startsWith('description'))).toEqual([]);
    for (const a of ['regionNetworkEndpointGroup/us-central1/helloworld-serverless-neg', 'sslCertificate/www-ssl-cert']) expect(review(a).how).toBe('owned by listing in metadata.adopt (it cannot carry the marker); nothing is written to it');
    expect(review('backendService/helloworld-backend-service').how).toBe('taken over as listed in metadata.adopt: lb-plan writes its ownership marker and labels');
  });
});

describe('metadata.adopt claims nothing it should not', () => {
  it("refuses another load balancer's NEG (its marker), and one another load balancer's backend service uses", async () => {
    const h = await harness();
    await apply(h, await plan(h, 'examples/http.yaml'), 'examples');
    const owned = [...(await readLive(h, P)).resources.values()].find((r) => r.kind === 'regionNetworkEndpointGroup')!;
    expect(await planError(h, thief(owned.address, owned.name, 'helloworld'))).toContain(`${owned.address} is listed in metadata.adopt but belongs to load balancer "serverless-lb"`);

    const h2 = await harness();
    await takenOver(h2);
    const listed = 'regionNetworkEndpointGroup/us-central1/helloworld-serverless-neg';
    expect(await planError(h2, thief(listed, 'helloworld-serverless-neg', 'helloworld'))).toContain(`${listed} is listed in metadata.adopt but is also used by backendService/helloworld-backend-service, which this load balancer neither owns nor takes over`);
  });

  it("refuses a NEG whose backend service is listed too but belongs to another load balancer", async () => {
    const h = await harness();
    const lb = await takenOver(h);
    lb.edit((m) => void (m.metadata.name = 'thief'));
    const listed = 'regionNetworkEndpointGroup/us-central1/helloworld-serverless-neg';
    expect(await planError(h, readFileSync(lb.file, 'utf8'))).toContain(`${listed} is listed in metadata.adopt but is also used by backendService/helloworld-backend-service, which this load balancer neither owns nor takes over`);
  });

  it('a destroy plan deletes no listed NEG or certificate whose users it has not taken over yet', async () => {
    const h = await harness();
    await GUIDE['https-managed']!(new Gcloud(h.em.endpoint, P));
    const { file, code, stderr } = await importLb(h, ['--url-map', 'serverless-lb']);
    expect(code, stderr).toBe(0);
    const adopt = (parse(readFileSync(file, 'utf8')) as Manifest).metadata.adopt ?? [];
    expect(adopt).toContain('regionNetworkEndpointGroup/us-central1/helloworld-serverless-neg');
    const p = makePlan({ name: 'serverless-lb', project: P, resources: [], serverless: [] }, await readLive(h, P), { manifestFile: file, manifestDigest: '', destroying: true, adopt });
    expect(p.resources).toEqual([]);
  });

  it('refuses an unused NEG', async () => {
    const h = await harness();
    await new Gcloud(h.em.endpoint, P).negCreate('stray-neg', 'us-central1', { cloudRun: { service: 'hello' } });
    expect(await planError(h, thief('regionNetworkEndpointGroup/us-central1/stray-neg', 'stray-neg', 'hello'))).toContain('regionNetworkEndpointGroup/us-central1/stray-neg is listed in metadata.adopt but nothing uses it');
  });
});

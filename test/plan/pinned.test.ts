/**
 * Explicitly named certificates and NEGs (src/plan/pinned.ts), planned from src on the emulator over
 * real HTTP: unchanged, they keep their name; changed, a successor under lb-plan's generated name
 * (prefix + 8 hex) replaces them; once a successor exists, later changes stay on generated names and
 * never flip back to the declared one, even when the manifest asks for the first content again.
 */
import { describe, expect, it } from 'vitest';
import { harness, P } from '../helpers/emulator.js';
import { apply, ordered, plan, workspace } from '../helpers/plan.js';

const yaml = (o: { domains?: string; service?: string } = {}) => `apiVersion: lb-plan/v1
kind: LoadBalancer
metadata: { name: lb, project: my-project }
frontend:
  address: { reserve: lb-ip }
  https:
    certificates:
      - { name: my-cert, managed: [${o.domains ?? 'a.example.com'}] }
backends:
  web:
    serverless:
      - { name: my-neg, region: us-central1, cloudRun: { service: ${o.service ?? 'web'} } }
`;

const GENERATED = /^[a-z0-9-]+-[0-9a-f]{8}$/;

async function certificates(h: Awaited<ReturnType<typeof harness>>): Promise<string[]> {
  return ((await h.v1.sslCertificates.list({ project: P })).data.items ?? []).map((c) => c.name!).sort();
}

describe('a certificate with a name of its own', () => {
  it('kept while unchanged; changed, replaced by a generated successor; changed again or back, never the declared name again', async () => {
    const h = await harness();
    const ws = workspace();
    await apply(h, await plan(h, ws.write(yaml())), ws.dir);
    expect(await certificates(h)).toEqual(['my-cert']);
    expect((await plan(h, ws.write(yaml()))).steps).toEqual([]);

    const first = await plan(h, ws.write(yaml({ domains: 'b.example.com' })));
    const successor = first.resources.find((r) => r.kind === 'sslCertificate' && r.action === 'replace')!;
    expect(successor.name).toMatch(GENERATED);
    expect(successor.replaces).toBe('sslCertificate/my-cert');
    expect(first.resources.find((r) => r.address === 'sslCertificate/my-cert')?.action).toBe('delete');
    await apply(h, first, ws.dir);
    expect(await certificates(h)).toEqual([successor.name]);
    expect((await plan(h, ws.write(yaml({ domains: 'b.example.com' })))).steps).toEqual([]);

    // Back to the first domains: a generated successor again, not my-cert.
    const back = await plan(h, ws.write(yaml()));
    const next = back.resources.find((r) => r.kind === 'sslCertificate' && r.action === 'replace')!;
    expect(next.name).toMatch(GENERATED);
    expect(next.name).not.toBe(successor.name);
    expect(next.replaces).toBe(`sslCertificate/${successor.name}`);
    expect(back.resources.map((r) => r.address)).not.toContain('sslCertificate/my-cert');
    await apply(h, back, ws.dir);
    expect(await certificates(h)).toEqual([next.name]);
    expect((await plan(h, ws.write(yaml()))).steps).toEqual([]);
  });
});

describe('a NEG with a name of its own', () => {
  it('changed: a generated successor in the same region replaces it; the backend service is repointed first', async () => {
    const h = await harness();
    const ws = workspace();
    await apply(h, await plan(h, ws.write(yaml())), ws.dir);
    const p = await plan(h, ws.write(yaml({ service: 'web2' })));
    const successor = p.resources.find((r) => r.kind === 'regionNetworkEndpointGroup' && r.action === 'replace')!;
    expect(successor.name).toMatch(GENERATED);
    expect(successor.address.startsWith('regionNetworkEndpointGroup/us-central1/')).toBe(true);
    expect(successor.replaces).toBe('regionNetworkEndpointGroup/us-central1/my-neg');
    const repoint = p.steps.find((s) => s.address === 'backendService/lb-web' && s.operation.type === 'update')!;
    expect(ordered(p, 'delete:regionNetworkEndpointGroup/us-central1/my-neg', repoint.id)).toBe(true);
    expect(ordered(p, repoint.id, `create:${successor.address}`)).toBe(true);
    await apply(h, p, ws.dir);
    expect((await plan(h, ws.write(yaml({ service: 'web2' })))).steps).toEqual([]);
    const negs = ((await h.v1.regionNetworkEndpointGroups.list({ project: P, region: 'us-central1' })).data.items ?? []).map((n) => n.name);
    expect(negs).toEqual([successor.name]);
  });
});

describe('what does not count as a successor of a named certificate or NEG', () => {
  const two = (o: { regions?: boolean } = {}) => `apiVersion: lb-plan/v1
kind: LoadBalancer
metadata: { name: lb, project: my-project }
frontend:
  address: { reserve: lb-ip }
  https:
    certificates:
      - { name: my-cert, managed: [a.example.com] }
      - managed: [b.example.com]
backends:
  web:
    serverless:
      - { name: my-neg, region: us-central1, cloudRun: { service: web } }
${o.regions ? '      - { region: europe-west1, cloudRun: { service: web } }\n' : ''}`;

  it("another entry's generated certificate, and a generated NEG of the same backend in another region: the names stay", async () => {
    const h = await harness();
    const ws = workspace();
    const text = two({ regions: true });
    await apply(h, await plan(h, ws.write(text)), ws.dir);
    const names = await certificates(h);
    expect(names).toHaveLength(2);
    expect(names).toContain('my-cert');
    expect(names.find((n) => n !== 'my-cert')).toMatch(GENERATED);
    const negs = async (region: string) => ((await h.v1.regionNetworkEndpointGroups.list({ project: P, region })).data.items ?? []).map((n) => n.name);
    expect(await negs('us-central1')).toEqual(['my-neg']);
    expect((await negs('europe-west1'))[0]).toMatch(GENERATED);
    expect((await plan(h, ws.write(text))).steps).toEqual([]);
  });

  it('an unowned certificate that looks like a generated one: the name stays', async () => {
    const h = await harness();
    const ws = workspace();
    await apply(h, await plan(h, ws.write(yaml())), ws.dir);
    const p = await plan(h, ws.write(yaml({ domains: 'b.example.com' })));
    const generated = p.resources.find((r) => r.kind === 'sslCertificate' && r.action === 'replace')!.name;
    // Someone else's certificate under a name of the same slot (not the one lb-plan would create).
    const lookAlike = `${generated.slice(0, -8)}0000beef`;
    await h.v1.sslCertificates.insert({ project: P, requestBody: { name: lookAlike, type: 'MANAGED', managed: { domains: ['x.example.com'] } } });
    expect((await plan(h, ws.write(yaml()))).steps).toEqual([]);
  });

  it('a NEG of the same backend in another region, or a certificate under another prefix, that this plan deletes: the names stay', async () => {
    const h = await harness();
    const ws = workspace();
    const before = two({ regions: true }).replace('      - managed: [b.example.com]', '      - { namePrefix: other, managed: [b.example.com] }');
    await apply(h, await plan(h, ws.write(before)), ws.dir);
    const after = yaml();
    const p = await plan(h, ws.write(after));
    const deleted = p.resources.filter((r) => r.action === 'delete').map((r) => r.address);
    expect(deleted.some((a) => a.startsWith('regionNetworkEndpointGroup/europe-west1/'))).toBe(true);
    expect(deleted.some((a) => a.startsWith('sslCertificate/other-'))).toBe(true);
    expect(p.resources.filter((r) => r.action === 'replace' || r.action === 'create')).toEqual([]);
    expect(p.resources.map((r) => r.address)).not.toContain('sslCertificate/lb-cert');
    for (const kept of ['sslCertificate/my-cert', 'regionNetworkEndpointGroup/us-central1/my-neg']) expect(p.steps.filter((s) => s.address === kept), kept).toEqual([]);
  });
});


/** Rotation at GCP's 15-certificate limit (issue 11, case 4): no serving certificate is ever dropped to fit. */
import { describe, expect, it } from 'vitest';
import { harness, link } from '../helpers/emulator.js';
import { apply, plan, workspace } from '../helpers/plan.js';

const manifest = (domains: readonly string[]) => `apiVersion: lb-plan/v1
kind: LoadBalancer
metadata: { name: many, project: my-project }
frontend:
  address: { reserve: many-ip }
  https:
    certificates:
${domains.map((d) => `      - managed: [${d}]`).join('\n')}
backends:
  web:
    serverless: [ { region: us-central1, cloudRun: { service: web } } ]
`;

const domains = (n: number, changed: readonly number[] = []) => Array.from({ length: n }, (_, i) => (changed.includes(i) ? `new${i}.example.com` : `d${i}.example.com`));

describe('certificate rotation at the 15-certificate limit', () => {
  it('13 attached, 3 changed: the interim set would be 16, so the plan refuses and says how many fit', async () => {
    const h = await harness();
    const ws = workspace();
    await apply(h, await plan(h, ws.write(manifest(domains(13)))), ws.dir);
    await expect(plan(h, ws.write(manifest(domains(13, [0, 1, 2]))))).rejects.toThrow(
      "targetHttpsProxy/many-https-proxy: replacing 3 managed certificates keeps each old one attached beside its successor until the successor is ACTIVE, which needs 13 + 3 = 16 certificates on the proxy, over GCP's limit of 15. Change at most 2 certificates per apply; or plan with --no-wait-certificates",
    );
    // Two fit: the interim set holds all 15, every old one among them.
    const two = await plan(h, ws.write(manifest(domains(13, [0, 1]))));
    const interim = two.steps.find((s) => s.id.startsWith('attachBeside:'))!;
    const set = (interim.operation as unknown as { body: { sslCertificates: string[] } }).body.sslCertificates;
    expect(set).toHaveLength(15);
    expect(new Set(set).size).toBe(15);
    const olds = two.resources.filter((r) => r.action === 'delete' && r.kind === 'sslCertificate');
    expect(olds).toHaveLength(2);
    for (const old of olds) expect(set).toContain(link('sslCertificates', old.name));
    // Every certificate of the final set is there too: the 11 kept and the 2 successors.
    const final = two.steps.find((s) => s.id === 'setSslCertificates:targetHttpsProxy/many-https-proxy')!;
    const finalSet = (final.operation as unknown as { body: { sslCertificates: string[] } }).body.sslCertificates;
    expect(finalSet).toHaveLength(13);
    expect([...set].sort()).toEqual([...finalSet, ...olds.map((o) => link('sslCertificates', o.name))].sort());
  });

  it('15 attached: no rotation fits; --no-wait-certificates replaces at once', async () => {
    const h = await harness();
    const ws = workspace();
    await apply(h, await plan(h, ws.write(manifest(domains(15)))), ws.dir);
    await expect(plan(h, ws.write(manifest(domains(15, [3]))))).rejects.toThrow('The proxy keeps 15 certificates, so no old one fits beside its successor');
    const atOnce = await plan(h, ws.write(manifest(domains(15, [3]))), undefined, { waitForCertificates: false });
    expect(atOnce.steps.some((s) => s.id.startsWith('attachBeside:'))).toBe(false);
  });
});

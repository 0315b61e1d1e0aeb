/**
 * Managed certificate rotation in src/plan/steps.ts, on the emulator over real HTTP: the interim set
 * at GCP's 15-certificate limit (the boundary itself, singular and plural wording, the whole advice),
 * and the steps a rotation adds (what they say, through which API). Messages are written out here.
 */
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/plan/index.js';
import { harness, link } from '../helpers/emulator.js';
import { apply, ordered, plan, workspace } from '../helpers/plan.js';

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
const PROXY = 'targetHttpsProxy/many-https-proxy';

async function withCertificates(n: number) {
  const h = await harness();
  const ws = workspace();
  await apply(h, await plan(h, ws.write(manifest(domains(n)))), ws.dir);
  return { h, ws };
}

async function refusal(p: Promise<Plan>): Promise<string> {
  try {
    await p;
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected the plan to be refused');
}

describe('rotation at the 15-certificate limit: the whole message', () => {
  it('14 attached, 1 changed: 15 in the interim set is within the limit', async () => {
    const { h, ws } = await withCertificates(14);
    const p = await plan(h, ws.write(manifest(domains(14, [5]))));
    const interim = p.steps.find((s) => s.id === `attachBeside:${PROXY}`);
    expect((interim?.operation as { body?: { sslCertificates?: string[] } } | undefined)?.body?.sslCertificates).toHaveLength(15);
  });

  it('14 attached, 2 changed: one certificate per apply fits', async () => {
    const { h, ws } = await withCertificates(14);
    expect(await refusal(plan(h, ws.write(manifest(domains(14, [0, 1])))))).toBe(
      `${PROXY}: replacing 2 managed certificates keeps each old one attached beside its successor until the successor is ACTIVE, which needs 14 + 2 = 16 certificates on the proxy, over GCP's limit of 15. ` +
        'Change at most 1 certificate per apply; or plan with --no-wait-certificates to replace them at once (their domains lose HTTPS until the new ones are ACTIVE).',
    );
  });

  it('15 attached, 1 changed: free slots first', async () => {
    const { h, ws } = await withCertificates(15);
    expect(await refusal(plan(h, ws.write(manifest(domains(15, [3])))))).toBe(
      `${PROXY}: replacing 1 managed certificate keeps each old one attached beside its successor until the successor is ACTIVE, which needs 15 + 1 = 16 certificates on the proxy, over GCP's limit of 15. ` +
        'The proxy keeps 15 certificates, so no old one fits beside its successor: free slots first (merge domains into fewer certificates, or remove one) in an apply of its own, then change the rest; ' +
        'or plan with --no-wait-certificates to replace them at once (their domains lose HTTPS until the new ones are ACTIVE).',
    );
  });

  it('13 attached, 4 changed: at most 2 certificates per apply', async () => {
    const { h, ws } = await withCertificates(13);
    expect(await refusal(plan(h, ws.write(manifest(domains(13, [0, 1, 2, 3])))))).toContain('which needs 13 + 4 = 17 certificates on the proxy, over GCP\'s limit of 15. Change at most 2 certificates per apply; or plan');
  });
});

describe('the steps of a rotation', () => {
  it('the interim set names the old certificate it keeps; the wait is on the new one, through v1', async () => {
    const { h, ws } = await withCertificates(2);
    const p = await plan(h, ws.write(manifest(domains(2, [1]))));
    const old = p.resources.find((r) => r.action === 'delete' && r.kind === 'sslCertificate')!;
    const successor = p.resources.find((r) => r.action === 'replace' && r.kind === 'sslCertificate')!;
    expect(successor.replaces).toBe(old.address);
    const interim = p.steps.find((s) => s.id === `attachBeside:${PROXY}`)!;
    expect(interim.api).toBe('v1');
    expect(interim.summary).toBe(`setSslCertificates (keep ${old.name} until the new certificates are ACTIVE)`);
    expect(interim.operation).toMatchObject({ type: 'call', method: 'setSslCertificates' });
    expect((interim.operation as unknown as { body: { sslCertificates: string[] } }).body.sslCertificates).toContain(link('sslCertificates', old.name));
    const wait = p.steps.find((s) => s.operation.type === 'waitCertificateActive')!;
    expect(wait).toMatchObject({ id: `waitActive:${successor.address}`, address: successor.address, api: 'v1', summary: 'wait until ACTIVE' });
    expect(ordered(p, wait.id, interim.id)).toBe(true);
    expect(ordered(p, `setSslCertificates:${PROXY}`, wait.id)).toBe(true);
    expect(ordered(p, `setSslCertificates:${PROXY}`, interim.id)).toBe(true);
    expect(p.edges.filter((e) => e.rule === 'certificateActiveBeforeDetach').map((e) => `${e.from} -> ${e.to}`).sort()).toEqual([`${wait.id} -> ${interim.id}`, `setSslCertificates:${PROXY} -> ${wait.id}`].sort());
  });

  it('without waiting (--no-wait-certificates) there is neither an interim set nor a wait', async () => {
    const { h, ws } = await withCertificates(2);
    const p = await plan(h, ws.write(manifest(domains(2, [1]))), undefined, { waitForCertificates: false });
    expect(p.steps.filter((s) => s.id.startsWith('attachBeside:') || s.id.startsWith('waitActive:'))).toEqual([]);
    expect(p.steps.some((s) => s.id === `setSslCertificates:${PROXY}`)).toBe(true);
  });
});

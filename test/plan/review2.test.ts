/** Found in review of the apply, PUT and rename changes: each a reproduction that must stay fixed. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { harness, P } from '../helpers/emulator.js';
import { cli } from '../helpers/cli.js';
import { apply, plan, workspace } from '../helpers/plan.js';

const LB = `apiVersion: lb-plan/v1
kind: LoadBalancer
metadata: { name: rv, project: ${P} }
frontend:
  address: { reserve: rv-ip }
BACKENDS
backends:
  web:
    serverless: [ { region: us-central1, cloudRun: { service: web } } ]
`;
const https = (domains: string, redirect: boolean) => `  https:\n    certificates: [ { managed: [${domains}] } ]\n${redirect ? '    redirectHttp: true\n' : ''}  http: ${redirect ? 'false' : 'true'}`;

describe('review findings', () => {
  it('turning on the redirect while a managed certificate rotates plans without a cycle (apply --wait-for-certificates)', async () => {
    const h = await harness();
    const ws = workspace();
    await apply(h, await plan(h, ws.write(LB.replace('BACKENDS', https('a.example.com', false)))), ws.dir);
    await plan(h, ws.write(LB.replace('BACKENDS', https('a.example.com', false)))); // the certificate is ACTIVE once served
    const p = await plan(h, ws.write(LB.replace('BACKENDS', https('a.example.com, b.example.com', true))), undefined, { waitForCertificates: true });
    expect(p.steps.some((s) => s.id.startsWith('attachBeside:'))).toBe(true);
    const r = await cli('plan', join(ws.dir, 'lb.yaml'), '--compute-endpoint', h.em.endpoint, '--wait-for-certificates');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('cdn: true → USE_ORIGIN_HEADERS: the PUT leaves out the TTLs the new mode forbids, and applies', async () => {
    const h = await harness();
    const ws = workspace();
    await apply(h, await plan(h, ws.write(LB.replace('BACKENDS', '') + '    cdn: true\n')), ws.dir);
    await apply(h, await plan(h, ws.write(LB.replace('BACKENDS', '') + '    cdn: { cacheMode: USE_ORIGIN_HEADERS }\n')), ws.dir);
    const cdn = (await h.v1.backendServices.get({ project: P, backendService: 'rv-web' })).data.cdnPolicy!;
    expect(cdn.cacheMode).toBe('USE_ORIGIN_HEADERS');
    expect([cdn.defaultTtl, cdn.maxTtl, cdn.clientTtl]).toEqual([undefined, undefined, undefined]);
  });

  it('a saved plan holds no live value lb-plan does not manage (a console-set origin-auth header), and the PUT keeps it', async () => {
    const h = await harness();
    const ws = workspace();
    await apply(h, await plan(h, ws.write(LB.replace('BACKENDS', ''))), ws.dir);
    const bs = (await h.v1.backendServices.get({ project: P, backendService: 'rv-web' })).data;
    await h.v1.backendServices.patch({ project: P, backendService: 'rv-web', requestBody: { fingerprint: bs.fingerprint, customRequestHeaders: ['X-Origin-Auth: s3cr3t-token'] } });
    const out = join(ws.dir, 'plan.json');
    expect((await cli('plan', ws.write(LB.replace('BACKENDS', '') + '    description: changed\n'), '--compute-endpoint', h.em.endpoint, '--out', out)).code).toBe(0);
    expect(readFileSync(out, 'utf8')).not.toContain('s3cr3t-token');
    expect((await cli('apply', out, '--compute-endpoint', h.em.endpoint)).code).toBe(0);
    expect((await h.v1.backendServices.get({ project: P, backendService: 'rv-web' })).data.customRequestHeaders).toEqual(['X-Origin-Auth: s3cr3t-token']);
  });

  it('destroy --keep with a name that is not an owned resource refuses, and deletes nothing', async () => {
    const h = await harness();
    const ws = workspace();
    const file = ws.write(LB.replace('BACKENDS', ''));
    await apply(h, await plan(h, file), ws.dir);
    const r = await cli('destroy', file, '--compute-endpoint', h.em.endpoint, '--auto-approve', '--keep', 'globalAddress/rv-ipp');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('--keep globalAddress/rv-ipp: no such resource in the project, so nothing would be kept; check the name (nothing was changed).');
    expect((await h.v1.globalAddresses.get({ project: P, address: 'rv-ip' })).status).toBe(200);
  });

  it('a self-managed certificate replaced by a managed one stays attached until the managed one is ACTIVE', async () => {
    const h = await harness({ certificateActivationMs: 60_000 });
    const ws = workspace();
    const self = '  https:\n    certificates: [ { selfManaged: { certificate: certs/example.com.pem, privateKey: { env: TLS_PRIVATE_KEY } } } ]';
    const env = { TLS_PRIVATE_KEY: readFileSync('examples/certs/example.com.key', 'utf8'), IAP_CLIENT_SECRET: '' };
    await apply(h, await plan(h, ws.write(LB.replace('BACKENDS', self)), env), ws.dir, env);
    const p = await plan(h, ws.write(LB.replace('BACKENDS', '  https:\n    certificates: [ { managed: [example.com] } ]')), env);
    const interim = p.steps.find((s) => s.id.startsWith('attachBeside:'));
    expect(interim, 'the old certificate is kept beside the new one').toBeDefined();
    const old = p.resources.find((r) => r.action === 'delete' && r.kind === 'sslCertificate')!;
    expect(((interim!.operation as unknown as { body: { sslCertificates: string[] } }).body.sslCertificates).some((l) => l.endsWith(`/${old.name}`))).toBe(true);
  });
});

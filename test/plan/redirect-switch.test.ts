/**
 * Port 80's switch to the HTTPS redirect (src/plan/redirect-switch.ts), planned from src on the
 * emulator over real HTTP (test/apply/redirect.test.ts proves the same through the bundle, which a
 * mutant of src cannot reach): it waits for every managed certificate of the HTTPS proxy that is not
 * ACTIVE, or is left to a later apply; a switch the certificates allow happens at once.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/plan/index.js';
import { planFile } from '../../src/workflow.js';
import { harness, P, type Harness } from '../helpers/emulator.js';
import { apply, ENV, ordered, plan, workspace } from '../helpers/plan.js';

const yaml = (o: { https?: boolean; redirect?: boolean; http?: boolean; domains?: string[] } = {}) => `apiVersion: lb-plan/v1
kind: LoadBalancer
metadata: { name: lb, project: my-project }
frontend:
  address: { reserve: lb-ip }
${o.http ? '  http: true\n' : ''}${
  o.https
    ? `  https:\n    certificates:\n${(o.domains ?? ['www.example.com']).map((d) => `      - managed: [${d}]\n`).join('')}${o.redirect ? '    redirectHttp: true\n' : ''}`
    : ''
}backends:
  web:
    serverless: [ { region: us-central1, cloudRun: { service: web } } ]
`;

const SWITCH = 'setUrlMap:targetHttpProxy/lb-http-proxy';

async function from(before: string, config: { certificateActivationMs?: number } = {}) {
  const h = await harness(config);
  const ws = workspace();
  await apply(h, await plan(h, ws.write(before)), ws.dir);
  return { h, ws };
}

async function planWith(h: Harness, file: string, redirectWaits: boolean): Promise<Plan> {
  const r = await planFile({ file, clients: h, env: ENV, redirectWaits });
  if (!r.ok) throw new Error(r.diagnostics.map((d) => d.message).join('\n'));
  return r.plan;
}

async function httpProxyMap(h: Harness): Promise<string> {
  return String((await h.v1.targetHttpProxies.get({ project: P, targetHttpProxy: 'lb-http-proxy' })).data.urlMap).split('/').pop()!;
}

describe('HTTPS with the redirect turned on while the certificate is new', () => {
  it('without waiting: port 80 keeps serving (no switch, no record of one), and the plan says why', async () => {
    const { h, ws } = await from(yaml(), { certificateActivationMs: 60_000 });
    const p = await planWith(h, ws.write(yaml({ https: true, redirect: true })), false);
    const cert = p.resources.find((r) => r.kind === 'sslCertificate')!;
    const ids = p.steps.map((s) => s.id);
    expect(ids).toContain('create:urlMap/lb-redirect');
    expect(ids.filter((id) => id.endsWith(':targetHttpProxy/lb-http-proxy'))).toEqual([]);
    expect(ids.filter((id) => id.startsWith('waitActive:'))).toEqual([]);
    expect(p.warnings).toContain(
      `Port 80 keeps serving the backends for now: certificate ${cert.name} is not ACTIVE yet (a managed certificate takes up to 60 minutes once DNS points at the load balancer), and redirecting to HTTPS before then would break HTTP. Apply again once it is ACTIVE to switch port 80 to the HTTPS redirect, or apply with --wait-for-certificates to wait and switch in one run.`,
    );
    expect(p.warnings.join('\n')).not.toContain('Port 80 switches');
    await apply(h, p, ws.dir);
    expect(await httpProxyMap(h)).toBe('lb');
  });

  it('waiting: the switch runs after the certificate is ACTIVE, which is waited for once it is served', async () => {
    const { h, ws } = await from(yaml());
    const text = yaml({ https: true, redirect: true });
    const p = await planWith(h, ws.write(text), true);
    const cert = p.resources.find((r) => r.kind === 'sslCertificate')!;
    const wait = p.steps.find((s) => s.operation.type === 'waitCertificateActive')!;
    expect(wait).toMatchObject({ id: `waitActive:${cert.address}`, address: cert.address, kind: 'sslCertificate', name: cert.name, api: 'v1', summary: 'wait until ACTIVE', scope: { type: 'global' } });
    expect(p.steps.map((s) => s.id)).toContain(SWITCH);
    expect(p.steps.map((s) => s.id)).toContain('describe:targetHttpProxy/lb-http-proxy');
    expect(p.edges).toContainEqual({ from: SWITCH, to: wait.id, rule: 'certificateActiveBeforeRedirect' });
    // Served first: the HTTPS proxy is created and the forwarding rules are in place before the wait.
    const served = p.edges.filter((e) => e.rule === 'certificateServedBeforeWait');
    for (const e of served) expect(e.from).toBe(wait.id);
    const servers = p.steps.filter((s) => s.operation.type !== 'delete' && (s.kind === 'globalForwardingRule' || (s.kind === 'targetHttpsProxy' && s.operation.type === 'insert')));
    expect(servers.map((s) => s.id)).toContain('create:targetHttpsProxy/lb-https-proxy');
    expect(servers.map((s) => s.id)).toContain('create:globalForwardingRule/lb-https');
    expect(served.map((e) => e.to).sort()).toEqual(servers.map((s) => s.id).sort());
    expect(ordered(p, SWITCH, 'create:globalForwardingRule/lb-https')).toBe(true);
    expect(p.warnings).toContain(`Port 80 switches to the HTTPS redirect only once certificate ${cert.name} is ACTIVE: apply waits for it (up to --certificate-timeout).`);
    expect(p.warnings.join('\n')).not.toContain('keeps serving');
    await apply(h, p, ws.dir);
    expect(await httpProxyMap(h)).toBe('lb-redirect');
    expect((await plan(h, ws.write(text))).steps).toEqual([]);
  });
});

describe('a switch the certificates allow', () => {
  it('HTTPS already serving with an ACTIVE certificate: port 80 switches from serving to the redirect at once, with no wait and no warning', async () => {
    const { h, ws } = await from(yaml({ https: true, http: true }));
    expect(await httpProxyMap(h)).toBe('lb');
    const cert = (await h.v1.sslCertificates.list({ project: P })).data.items![0]!;
    expect(cert.managed?.status).toBe('ACTIVE');
    const text = yaml({ https: true, redirect: true });
    const p = await planWith(h, ws.write(text), false);
    expect(p.steps.map((s) => s.id)).toContain(SWITCH);
    expect(p.steps.filter((s) => s.operation.type === 'waitCertificateActive')).toEqual([]);
    expect(p.warnings.filter((w) => w.includes('Port 80'))).toEqual([]);
    await apply(h, p, ws.dir);
    expect(await httpProxyMap(h)).toBe('lb-redirect');
  });

  it('the redirect turned off again: port 80 goes back to the backends at once, whatever the certificates', async () => {
    const { h, ws } = await from(yaml({ https: true, redirect: true }), { certificateActivationMs: 60_000 });
    expect(await httpProxyMap(h)).toBe('lb-redirect');
    const text = yaml({ https: true, http: true, domains: ['new.example.com'] });
    const p = await planWith(h, ws.write(text), false);
    expect(p.steps.map((s) => s.id)).toContain(SWITCH);
    expect(p.warnings.filter((w) => w.includes('Port 80'))).toEqual([]);
  });

  it('two new certificates: both named, both waited for', async () => {
    const { h, ws } = await from(yaml());
    const p = await planWith(h, ws.write(yaml({ https: true, redirect: true, domains: ['a.example.com', 'b.example.com'] })), true);
    const certs = p.resources.filter((r) => r.kind === 'sslCertificate').map((r) => r.name);
    expect(certs).toHaveLength(2);
    const waits = p.steps.filter((s) => s.operation.type === 'waitCertificateActive');
    expect(waits.map((s) => s.name).sort()).toEqual([...certs].sort());
    for (const w of waits) expect(p.edges).toContainEqual({ from: SWITCH, to: w.id, rule: 'certificateActiveBeforeRedirect' });
    const warning = p.warnings.find((w) => w.startsWith('Port 80 switches'))!;
    const names = /certificate (.+) is ACTIVE/.exec(warning)![1]!.split(', ');
    expect(names.sort()).toEqual([...certs].sort());
  });
});

describe('the switch beside other certificate work', () => {
  it('during a rotation: the rotation\'s wait is the one the switch waits for (one wait, one order), the interim set served first', async () => {
    const { h, ws } = await from(yaml({ https: true, http: true, domains: ['a.example.com'] }));
    const r = await planFile({ file: ws.write(yaml({ https: true, redirect: true, domains: ['b.example.com'] })), clients: h, env: ENV, redirectWaits: true, waitForCertificates: true });
    if (!r.ok) throw new Error(r.diagnostics.map((d) => d.message).join('\n'));
    const p = r.plan;
    const waits = p.steps.filter((s) => s.operation.type === 'waitCertificateActive');
    expect(waits).toHaveLength(1);
    const wait = waits[0]!;
    expect(p.edges).toContainEqual({ from: SWITCH, to: wait.id, rule: 'certificateActiveBeforeRedirect' });
    expect(p.edges).toContainEqual({ from: wait.id, to: 'attachBeside:targetHttpsProxy/lb-https-proxy', rule: 'certificateServedBeforeWait' });
    // The final certificate set comes after the wait, never before it.
    expect(p.edges.filter((e) => e.from === wait.id && e.to === 'setSslCertificates:targetHttpsProxy/lb-https-proxy')).toEqual([]);
    expect(ordered(p, 'setSslCertificates:targetHttpsProxy/lb-https-proxy', wait.id)).toBe(true);
  });

  it('a self-managed certificate is never waited for; only the managed one is named', async () => {
    const env = { ...ENV, TLS_PRIVATE_KEY: readFileSync('examples/certs/example.com.key', 'utf8') };
    const h = await harness({ certificateActivationMs: 60_000 });
    const ws = workspace();
    const mixed = (redirect: boolean) => yaml({ http: !redirect, https: true, redirect }).replace('    certificates:\n', '    certificates:\n      - selfManaged: { certificate: certs/example.com.pem, privateKey: { env: TLS_PRIVATE_KEY } }\n');
    const r0 = await planFile({ file: ws.write(mixed(false)), clients: h, env });
    if (!r0.ok) throw new Error(r0.diagnostics.map((d) => d.message).join('\n'));
    await apply(h, r0.plan, ws.dir, env);
    const r = await planFile({ file: ws.write(mixed(true)), clients: h, env, redirectWaits: false });
    if (!r.ok) throw new Error(r.diagnostics.map((d) => d.message).join('\n'));
    const managed = r.plan.certificates.map((c) => c.name);
    expect(managed).toHaveLength(1);
    const warning = r.plan.warnings.find((w) => w.startsWith('Port 80 keeps serving'))!;
    expect(warning).toContain(`certificate ${managed[0]} is not ACTIVE yet`);
    const r2 = await planFile({ file: ws.write(mixed(true)), clients: h, env, redirectWaits: true });
    if (!r2.ok) throw new Error('plans');
    expect(r2.plan.steps.filter((s) => s.operation.type === 'waitCertificateActive').map((s) => s.name)).toEqual(managed);
  });

  it('a backend service that shares the redirect map\'s name does not hide the switch', async () => {
    const named = (o: Parameters<typeof yaml>[0]) => yaml(o).replace('backends:\n  web:\n', 'backends:\n  web:\n    name: lb-redirect\n');
    const { h, ws } = await from(named({}), { certificateActivationMs: 60_000 });
    const p = await planWith(h, ws.write(named({ https: true, redirect: true })), false);
    expect(p.steps.map((s) => s.id)).not.toContain(SWITCH);
    expect(p.warnings.some((w) => w.startsWith('Port 80 keeps serving'))).toBe(true);
  });
});

describe('port 80 moved between two maps of the same role (metadata.names), while a certificate is not ACTIVE', () => {
  const renamed = (o: Parameters<typeof yaml>[0], names: string) => yaml(o).replace('metadata: { name: lb, project: my-project }', `metadata: { name: lb, project: my-project, names: { ${names} } }`);

  it('from one redirect map to another: switched at once (users are redirected either way)', async () => {
    const { h, ws } = await from(yaml({ https: true, redirect: true }), { certificateActivationMs: 60_000 });
    const p = await planWith(h, ws.write(renamed({ https: true, redirect: true }, 'redirectUrlMap: moved-redirect')), false);
    expect(p.steps.map((s) => s.id)).toContain(SWITCH);
    expect(p.warnings.filter((w) => w.includes('Port 80'))).toEqual([]);
  });

  it('from one serving map to another: switched at once (port 80 serves the backends either way)', async () => {
    const { h, ws } = await from(yaml({ https: true, http: true }), { certificateActivationMs: 60_000 });
    const p = await planWith(h, ws.write(renamed({ https: true, http: true }, 'urlMap: moved')), false);
    expect(p.steps.map((s) => s.id)).toContain(SWITCH);
    expect(p.warnings.filter((w) => w.includes('Port 80'))).toEqual([]);
  });
});

describe('what the wait for the redirect follows', () => {
  it('the forwarding rules that stay, never one this plan deletes', async () => {
    const v6 = (text: string) => text.replace('  address: { reserve: lb-ip }\n', '  address: { reserve: lb-ip }\n  ipv6: { reserve: lb-ip6 }\n');
    const { h, ws } = await from(v6(yaml()));
    const p = await planWith(h, ws.write(yaml({ https: true, redirect: true })), true);
    const deletes = p.steps.filter((s) => s.operation.type === 'delete').map((s) => s.id);
    expect(deletes).toContain('delete:globalForwardingRule/lb-http-ipv6');
    const served = p.edges.filter((e) => e.rule === 'certificateServedBeforeWait').map((e) => e.to);
    expect(served).toContain('create:globalForwardingRule/lb-https');
    for (const d of deletes) expect(served).not.toContain(d);
  });

  it('a certificate named like a backend service is still found as the managed certificate it is', async () => {
    const named = (o: Parameters<typeof yaml>[0]) =>
      yaml(o).replace('      - managed: [www.example.com]', '      - { name: shared, managed: [www.example.com] }').replace('backends:\n  web:\n', 'backends:\n  web:\n    name: shared\n');
    const { h, ws } = await from(named({}), { certificateActivationMs: 60_000 });
    const p = await planWith(h, ws.write(named({ https: true, redirect: true })), false);
    expect(p.warnings.some((w) => w.startsWith('Port 80 keeps serving the backends for now: certificate shared is not ACTIVE yet'))).toBe(true);
  });
});


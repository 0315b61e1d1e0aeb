/**
 * Same-name replacements and the deletes around them in src/plan/steps.ts, on the emulator over real
 * HTTP: a forwarding rule moved to a new reserved address is deleted first and recreated (GCP cannot
 * change its IP in place, and two rules cannot share the name), after the new address exists; the old
 * address goes only once no rule uses it. The plan's steps, summaries and edges are written out here
 * from those rules; then the plan is applied and planned again to nothing.
 */
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/plan/index.js';
import { apiError, harness, link, P } from '../helpers/emulator.js';
import { apply, ENV, plan, workspace } from '../helpers/plan.js';

const yaml = (ip: string, https = '') => `apiVersion: lb-plan/v1
kind: LoadBalancer
metadata: { name: lb, project: my-project }
frontend:
  address: { reserve: ${ip} }
${https}backends:
  web:
    serverless: [ { region: us-central1, cloudRun: { service: web } } ]
`;

/** Each step as `id (api, operation type): summary`. */
const stepLines = (p: Plan): string[] => p.steps.map((s) => `${s.id} (${s.api}, ${s.operation.type}): ${s.summary}`);
const edgeLines = (p: Plan): string[] => p.edges.map((e) => `${e.from} after ${e.to} (${e.rule})`);

describe('a forwarding rule moved to a new reserved address', () => {
  it('deleted, then recreated on the new address once it exists; the old address deleted after the rule; nothing else', async () => {
    const h = await harness();
    const ws = workspace();
    await apply(h, await plan(h, ws.write(yaml('lb-ip'))), ws.dir);
    const p = await plan(h, ws.write(yaml('lb-ip2')));
    expect(p.resources.map((r) => `${r.action} ${r.address}`).sort()).toEqual(['create globalAddress/lb-ip2', 'delete globalAddress/lb-ip', 'replace globalForwardingRule/lb-http']);
    expect(stepLines(p)).toEqual([
      'create:globalAddress/lb-ip2 (v1, insert): create',
      'create:globalForwardingRule/lb-http (v1, insert): create (replacement)',
      'delete:globalAddress/lb-ip (v1, delete): delete',
      'delete:globalForwardingRule/lb-http (v1, delete): delete (to recreate)',
    ]);
    // The delete of the rule needs nothing created first (it references the old address, not the new one).
    expect(edgeLines(p)).toEqual([
      'create:globalForwardingRule/lb-http after create:globalAddress/lb-ip2 (createBeforeReference)',
      'create:globalForwardingRule/lb-http after delete:globalForwardingRule/lb-http (deleteBeforeRecreate)',
      'delete:globalAddress/lb-ip after delete:globalForwardingRule/lb-http (deleteDependentsFirst)',
    ]);
    const create = p.steps.find((s) => s.id === 'create:globalForwardingRule/lb-http')!;
    if (create.operation.type !== 'insert') throw new Error('an insert');
    expect(create.operation.body).toMatchObject({ name: 'lb-http', IPAddress: link('addresses', 'lb-ip2'), target: link('targetHttpProxies', 'lb-http-proxy'), portRange: '80-80' });
    // The recreated rule carries the applied record from the start, beside lb-plan's ownership labels.
    expect(create.operation.body.labels).toEqual({ 'managed-by': 'lb-plan', 'lb-plan-lb': 'lb', 'lb-plan-applied': expect.stringMatching(/^r1-[0-9a-f]+$/) });

    await apply(h, p, ws.dir);
    const rule = (await h.v1.globalForwardingRules.get({ project: P, forwardingRule: 'lb-http' })).data;
    const ip2 = (await h.v1.globalAddresses.get({ project: P, address: 'lb-ip2' })).data;
    expect(rule.IPAddress).toBe(ip2.address);
    expect((await apiError(h.v1.globalAddresses.get({ project: P, address: 'lb-ip' }))).code).toBe(404);
    expect((await plan(h, ws.write(yaml('lb-ip2')))).steps).toEqual([]);
  });
});

describe('a self-managed certificate in a plan', () => {
  const https = '  https:\n    certificates:\n      - selfManaged: { certificate: certs/example.com.pem, privateKey: { env: TLS_KEY } }\n';

  it("its private key is a placeholder naming the reference and the key's SHA-256, never the key; the certificate is there", async () => {
    const h = await harness();
    const ws = workspace();
    const key = readFileSync(join(ws.dir, 'certs/example.com.key'), 'utf8');
    const env = { ...ENV, TLS_KEY: key };
    const p = await plan(h, ws.write(yaml('lb-ip', https)), env);
    const create = p.steps.find((s) => s.id.startsWith('create:sslCertificate/'))!;
    if (create.operation.type !== 'insert') throw new Error('an insert');
    const body = create.operation.body as Record<string, unknown>;
    expect(body.privateKey).toEqual({ $secret: 'env:TLS_KEY', sha256: createHash('sha256').update(key).digest('hex') });
    expect(body.certificate).toBe(readFileSync(join(ws.dir, 'certs/example.com.pem'), 'utf8'));
    expect(Object.keys(body).sort()).toEqual(['certificate', 'description', 'name', 'privateKey', 'type']);
    expect(JSON.stringify(p)).not.toContain(key.trim().split('\n')[1]);
    await apply(h, p, ws.dir, env);
    expect((await plan(h, ws.write(yaml('lb-ip', https)), env)).steps).toEqual([]);
  });
});

describe('a forwarding rule changed by hand: only the methods for what changed', () => {
  const http = yaml('lb-ip');
  const setLabelsBody = (p: Plan) => {
    const s = p.steps.find((x) => x.id === 'setLabels:globalForwardingRule/lb-http');
    if (s?.operation.type !== 'call') throw new Error('a setLabels call');
    return s.operation.body as { labels: Record<string, string>; labelFingerprint: string };
  };

  it('its target moved to another proxy: setTarget back to ours; with the applied record current, no setLabels', async () => {
    const h = await harness();
    const ws = workspace();
    await apply(h, await plan(h, ws.write(http)), ws.dir);
    await h.v1.targetHttpProxies.insert({ project: P, requestBody: { name: 'other-proxy', urlMap: link('urlMaps', 'lb') } });
    const moveAway = () => h.v1.globalForwardingRules.setTarget({ project: P, forwardingRule: 'lb-http', requestBody: { target: link('targetHttpProxies', 'other-proxy') } });
    await moveAway();
    // The first in-place change also rewrites the record: the one written at create could name the IP only by its address.
    await apply(h, await plan(h, ws.write(http)), ws.dir);
    await moveAway();
    const p = await plan(h, ws.write(http));
    expect(stepLines(p)).toEqual(['setTarget:globalForwardingRule/lb-http (v1, call): setTarget']);
    expect(p.steps[0]!.operation).toEqual({ type: 'call', method: 'setTarget', body: { target: link('targetHttpProxies', 'lb-http-proxy') } });
    await apply(h, p, ws.dir);
    expect((await h.v1.globalForwardingRules.get({ project: P, forwardingRule: 'lb-http' })).data.target).toBe(link('targetHttpProxies', 'lb-http-proxy'));
    expect((await plan(h, ws.write(http))).steps).toEqual([]);
  });

  it("a label added by hand: setLabels back to lb-plan's labels on the fingerprint read (the record is current), no setTarget", async () => {
    const h = await harness();
    const ws = workspace();
    await apply(h, await plan(h, ws.write(http)), ws.dir);
    const addTeam = async () => {
      const before = (await h.v1.globalForwardingRules.get({ project: P, forwardingRule: 'lb-http' })).data;
      await h.v1.globalForwardingRules.setLabels({ project: P, resource: 'lb-http', requestBody: { labels: { ...before.labels, team: 'x' }, labelFingerprint: before.labelFingerprint } });
    };
    // The first in-place change also rewrites the record: the one written at create could name the IP only by its address.
    await addTeam();
    await apply(h, await plan(h, ws.write(http)), ws.dir);
    await addTeam();
    const edited = (await h.v1.globalForwardingRules.get({ project: P, forwardingRule: 'lb-http' })).data;
    const p = await plan(h, ws.write(http));
    expect(stepLines(p)).toEqual(['setLabels:globalForwardingRule/lb-http (v1, call): setLabels']);
    const body = setLabelsBody(p);
    expect(body.labelFingerprint).toBe(edited.labelFingerprint);
    expect(Object.keys(body.labels).sort()).toEqual(['lb-plan-applied', 'lb-plan-lb', 'managed-by']);
    expect(body.labels['lb-plan-applied']).toBe(edited.labels!['lb-plan-applied']);
    expect(body.labels).toMatchObject({ 'managed-by': 'lb-plan', 'lb-plan-lb': 'lb' });
    await apply(h, p, ws.dir);
    expect((await h.v1.globalForwardingRules.get({ project: P, forwardingRule: 'lb-http' })).data.labels).not.toHaveProperty('team');
    expect((await plan(h, ws.write(http))).steps).toEqual([]);
  });
});

describe('rotating between a self-managed and a managed certificate', () => {
  const https = (cert: string) => yaml('lb-ip', `  https:\n    certificates:\n      - ${cert}\n`);
  const SELF = 'selfManaged: { certificate: certs/example.com.pem, privateKey: { env: TLS_KEY } }';
  const MANAGED = 'managed: [www.example.com]';
  const PROXY = 'targetHttpsProxy/lb-https-proxy';
  const certificatesOf = (p: Plan, id: string): unknown => {
    const s = p.steps.find((x) => x.id === id);
    return s?.operation.type === 'call' ? s.operation.body.sslCertificates : undefined;
  };

  async function from(first: string) {
    const h = await harness({ certificateActivationMs: 0 });
    const ws = workspace();
    const env = { ...ENV, TLS_KEY: readFileSync(join(ws.dir, 'certs/example.com.key'), 'utf8') };
    await apply(h, await plan(h, ws.write(https(first)), env), ws.dir, env);
    return { h, ws, env };
  }

  it('self-managed to managed: the self-managed one stays attached beside its managed successor until it is ACTIVE', async () => {
    const { h, ws, env } = await from(SELF);
    const p = await plan(h, ws.write(https(MANAGED)), env);
    const next = p.resources.find((r) => r.action === 'replace')!;
    const old = next.replaces!.split('/').pop()!;
    expect(certificatesOf(p, `attachBeside:${PROXY}`)).toEqual([link('sslCertificates', next.name), link('sslCertificates', old)]);
    expect(p.steps.find((s) => s.id === `attachBeside:${PROXY}`)!.summary).toBe(`setSslCertificates (keep ${old} until the new certificates are ACTIVE)`);
    expect(certificatesOf(p, `setSslCertificates:${PROXY}`)).toEqual([link('sslCertificates', next.name)]);
    expect(edgeLines(p).filter((e) => !e.includes('(createBeforeReference)') && !e.includes('(detachBeforeDelete)'))).toEqual([
      `describe:${PROXY} after setSslCertificates:${PROXY} (oneResourceInOrder)`,
      `setSslCertificates:${PROXY} after attachBeside:${PROXY} (oneResourceInOrder)`,
      `setSslCertificates:${PROXY} after waitActive:${next.address} (certificateActiveBeforeDetach)`,
      `waitActive:${next.address} after attachBeside:${PROXY} (certificateActiveBeforeDetach)`,
    ]);
    await apply(h, p, ws.dir, env);
    expect((await plan(h, ws.write(https(MANAGED)), env)).steps).toEqual([]);
  });

  it('managed to self-managed: a self-managed certificate serves at once, so the proxy swaps directly, with no interim set and no wait', async () => {
    const { h, ws, env } = await from(MANAGED);
    const p = await plan(h, ws.write(https(SELF)), env);
    const next = p.resources.find((r) => r.action === 'replace')!;
    expect(p.steps.map((s) => s.id.split(':')[0]).sort()).toEqual(['create', 'delete', 'describe', 'setSslCertificates']);
    expect(certificatesOf(p, `setSslCertificates:${PROXY}`)).toEqual([link('sslCertificates', next.name)]);
    await apply(h, p, ws.dir, env);
    expect((await plan(h, ws.write(https(SELF)), env)).steps).toEqual([]);
  });
});

describe('a rotation while the HTTPS proxy also points at another URL map by hand', () => {
  it('the interim set is still the final set plus the old certificate (not taken from the setUrlMap step)', async () => {
    const h = await harness({ certificateActivationMs: 0 });
    const ws = workspace();
    const https = (domain: string) => yaml('lb-ip', `  https:\n    certificates:\n      - managed: [${domain}]\n`);
    await apply(h, await plan(h, ws.write(https('www.example.com'))), ws.dir);
    await h.v1.urlMaps.insert({ project: P, requestBody: { name: 'other', defaultService: link('backendServices', 'lb-web') } });
    await h.v1.targetHttpsProxies.setUrlMap({ project: P, targetHttpsProxy: 'lb-https-proxy', requestBody: { urlMap: link('urlMaps', 'other') } });
    const p = await plan(h, ws.write(https('api.example.com')));
    const next = p.resources.find((r) => r.action === 'replace')!;
    const PROXY = 'targetHttpsProxy/lb-https-proxy';
    const body = (id: string) => {
      const s = p.steps.find((x) => x.id === id);
      return s?.operation.type === 'call' ? s.operation.body : undefined;
    };
    expect(body(`setUrlMap:${PROXY}`)).toEqual({ urlMap: link('urlMaps', 'lb') });
    expect(body(`attachBeside:${PROXY}`)).toEqual({ sslCertificates: [link('sslCertificates', next.name), link('sslCertificates', next.replaces!.split('/').pop()!)] });
    expect(body(`setSslCertificates:${PROXY}`)).toEqual({ sslCertificates: [link('sslCertificates', next.name)] });
    expect(edgeLines(p)).toContain(`setSslCertificates:${PROXY} after attachBeside:${PROXY} (oneResourceInOrder)`);
    await apply(h, p, ws.dir);
    expect((await plan(h, ws.write(https('api.example.com')))).steps).toEqual([]);
  });
});

describe('two managed certificates rotated in one plan', () => {
  it('both old ones stay attached beside both successors, named in the summary; each successor waited for before the final set', async () => {
    const h = await harness({ certificateActivationMs: 0 });
    const ws = workspace();
    const https = (a: string, b: string) => yaml('lb-ip', `  https:\n    certificates:\n      - managed: [${a}]\n      - managed: [${b}]\n`);
    await apply(h, await plan(h, ws.write(https('a.example.com', 'b.example.com'))), ws.dir);
    const p = await plan(h, ws.write(https('c.example.com', 'd.example.com')));
    const PROXY = 'targetHttpsProxy/lb-https-proxy';
    const replaced = p.resources.filter((r) => r.action === 'replace');
    expect(replaced).toHaveLength(2);
    const interim = p.steps.find((s) => s.id === `attachBeside:${PROXY}`)!;
    if (interim.operation.type !== 'call') throw new Error('a call');
    const final = p.steps.find((s) => s.id === `setSslCertificates:${PROXY}`)!;
    if (final.operation.type !== 'call') throw new Error('a call');
    const finalSet = final.operation.body.sslCertificates as string[];
    expect([...finalSet].sort()).toEqual(replaced.map((r) => link('sslCertificates', r.name)).sort());
    // The final set first, then the old ones, in the order the plan lists their changes.
    const oldsInOrder = replaced.map((r) => r.replaces!.split('/').pop()!);
    expect(interim.operation.body.sslCertificates).toEqual([...finalSet, ...oldsInOrder.map((n) => link('sslCertificates', n))]);
    expect(interim.summary).toBe(`setSslCertificates (keep ${oldsInOrder.join(', ')} until the new certificates are ACTIVE)`);
    const rotation = p.edges.filter((e) => e.rule === 'certificateActiveBeforeDetach').map((e) => `${e.from} after ${e.to}`).sort();
    expect(rotation).toEqual(
      replaced.flatMap((r) => [`setSslCertificates:${PROXY} after waitActive:${r.address}`, `waitActive:${r.address} after attachBeside:${PROXY}`]).sort(),
    );
    await apply(h, p, ws.dir);
    expect((await plan(h, ws.write(https('c.example.com', 'd.example.com')))).steps).toEqual([]);
  });
});

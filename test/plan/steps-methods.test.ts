/**
 * Which Compute method an in-place change goes through (src/plan/steps.ts), on the emulator over real
 * HTTP: GCP takes a Cloud Armor policy on a backend service only through setSecurityPolicy, every other
 * field through the PUT with the fingerprint; a target proxy has one set* method per reference; labels
 * change only through setLabels. lb-plan's applied record rides on the PUT when there is one, and is
 * rewritten only when the manifest's wanted state changed (a hand edit restored leaves it as it is).
 * Steps, bodies and order are written out here from that; then applied and planned again.
 */
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/plan/index.js';
import { harness, link, P, type Harness } from '../helpers/emulator.js';
import { apply, plan, workspace } from '../helpers/plan.js';

const yaml = (o: { armor?: boolean; cdn?: boolean } = {}) => `apiVersion: lb-plan/v1
kind: LoadBalancer
metadata: { name: lb, project: my-project }
frontend:
  address: { reserve: lb-ip }
backends:
  web:
    serverless: [ { region: us-central1, cloudRun: { service: web } } ]
${o.cdn ? '    cdn: true\n' : ''}${o.armor ? '    securityPolicy:\n      rateLimit: { requestCount: 100, intervalSec: 60, enforceOnKey: IP }\n' : ''}`;

const BE = 'backendService/lb-web';
const mine = (p: Plan): string[] => p.steps.filter((s) => s.address === BE).map((s) => `${s.id.split(':')[0]} (${s.operation.type}): ${s.summary}`);
const chain = (p: Plan): string[] => p.edges.filter((e) => e.from.endsWith(`:${BE}`) && e.to.endsWith(`:${BE}`)).map((e) => `${e.from.split(':')[0]} after ${e.to.split(':')[0]} (${e.rule})`);

async function applied(text: string): Promise<{ h: Harness; ws: ReturnType<typeof workspace> }> {
  const h = await harness();
  const ws = workspace();
  await apply(h, await plan(h, ws.write(text)), ws.dir);
  return { h, ws };
}

async function settle(h: Harness, ws: ReturnType<typeof workspace>, p: Plan, text: string): Promise<void> {
  await apply(h, p, ws.dir);
  expect((await plan(h, ws.write(text))).steps.map((s) => s.id)).toEqual([]);
}

const backend = async (h: Harness) => (await h.v1.backendServices.get({ project: P, backendService: 'lb-web' })).data;

describe('Cloud Armor on a backend service created with it', () => {
  it('the create, then setSecurityPolicy on the same backend service (one resource, one step at a time), after what it references exists', async () => {
    const h = await harness();
    const p = await plan(h, workspace().write(yaml({ armor: true })));
    expect(mine(p).sort()).toEqual(['create (insert): create', 'setSecurityPolicy (call): setSecurityPolicy']);
    expect(chain(p)).toEqual(['setSecurityPolicy after create (oneResourceInOrder)']);
    expect(p.edges.filter((e) => e.from === `setSecurityPolicy:${BE}`).map((e) => `${e.to} (${e.rule})`).sort()).toEqual([
      `create:${BE} (oneResourceInOrder)`,
      expect.stringMatching(/^create:regionNetworkEndpointGroup\/us-central1\/lb-web-[0-9a-f]+ \(createBeforeReference\)$/),
      'create:securityPolicy/lb-web-armor (createBeforeReference)',
    ]);
  });
});

describe('Cloud Armor on a backend service that exists', () => {
  it('detached by hand: setSecurityPolicy alone restores it; the applied record is current, so no description patch and no PUT', async () => {
    const text = yaml({ armor: true });
    const { h, ws } = await applied(text);
    await h.v1.backendServices.setSecurityPolicy({ project: P, backendService: 'lb-web', requestBody: { securityPolicy: null } as never });
    const p = await plan(h, ws.write(text));
    expect(p.steps.map((s) => s.id)).toEqual([`setSecurityPolicy:${BE}`]);
    expect(p.steps[0]!.operation).toEqual({ type: 'call', method: 'setSecurityPolicy', body: { securityPolicy: link('securityPolicies', 'lb-web-armor') } });
    await settle(h, ws, p, text);
    expect((await backend(h)).securityPolicy).toBe(link('securityPolicies', 'lb-web-armor'));
  });

  it('attached together with another change (CDN on): the PUT carries the other field and the record, then setSecurityPolicy; no description patch', async () => {
    const { h, ws } = await applied(yaml());
    const before = await backend(h);
    const text = yaml({ armor: true, cdn: true });
    const p = await plan(h, ws.write(text));
    expect(mine(p).sort()).toEqual(['setSecurityPolicy (call): setSecurityPolicy', 'update (update): update (PUT with fingerprint)']);
    expect(chain(p)).toEqual(['setSecurityPolicy after update (oneResourceInOrder)']);
    const put = p.steps.find((s) => s.id === `update:${BE}`)!;
    if (put.operation.type !== 'update') throw new Error('a PUT');
    expect(put.operation.fingerprint).toBe(before.fingerprint);
    expect(put.operation.body.enableCDN).toBe(true);
    expect(put.operation.body.description).toMatch(/^\[lb-plan applied r1-[0-9a-f]+\] \[managed by lb-plan: lb\]$/);
    expect(put.operation.body.description).not.toBe(before.description);
    await settle(h, ws, p, text);
    const after = await backend(h);
    expect(after.enableCDN).toBe(true);
    expect(after.securityPolicy).toBe(link('securityPolicies', 'lb-web-armor'));
  });

  it('detached together with another change (CDN off): the PUT, then setSecurityPolicy to none, and only then the policy deleted', async () => {
    const { h, ws } = await applied(yaml({ armor: true, cdn: true }));
    const text = yaml();
    const p = await plan(h, ws.write(text));
    expect(mine(p).sort()).toEqual(['setSecurityPolicy (call): setSecurityPolicy', 'update (update): update (PUT with fingerprint)']);
    expect(p.steps.find((s) => s.id === `setSecurityPolicy:${BE}`)!.operation).toEqual({ type: 'call', method: 'setSecurityPolicy', body: { securityPolicy: null } });
    expect(p.edges.filter((e) => e.to.endsWith(`:${BE}`) && !e.from.endsWith(`:${BE}`)).map((e) => `${e.from} after ${e.to} (${e.rule})`).sort()).toEqual([
      `delete:securityPolicy/lb-web-armor after setSecurityPolicy:${BE} (detachBeforeDelete)`,
      `delete:securityPolicy/lb-web-armor after update:${BE} (detachBeforeDelete)`,
    ]);
    await settle(h, ws, p, text);
    expect((await backend(h)).securityPolicy ?? null).toBeNull();
  });
});

describe('a backend service or URL map changed in the manifest, without Cloud Armor', () => {
  it('CDN turned on: one PUT with the fingerprint read, and no setSecurityPolicy', async () => {
    const { h, ws } = await applied(yaml());
    const before = await backend(h);
    const text = yaml({ cdn: true });
    const p = await plan(h, ws.write(text));
    expect(p.steps.map((s) => `${s.id}: ${s.summary}`)).toEqual([`update:${BE}: update (PUT with fingerprint)`]);
    expect(p.steps[0]!.operation).toMatchObject({ type: 'update', fingerprint: before.fingerprint, body: { enableCDN: true } });
    await settle(h, ws, p, text);
  });

  it('a path rule added: the URL map changes through one PUT with the fingerprint read, after the new backend exists', async () => {
    const { h, ws } = await applied(yaml());
    const map = (await h.v1.urlMaps.get({ project: P, urlMap: 'lb' })).data;
    const text = yaml() + '  api:\n    serverless: [ { region: us-central1, cloudRun: { service: api } } ]\nrouting:\n  default: web\n  paths:\n    - { paths: [/api/*], backend: api }\n';
    const p = await plan(h, ws.write(text));
    const update = p.steps.find((s) => s.address === 'urlMap/lb')!;
    expect(update.summary).toBe('update (PUT with fingerprint)');
    expect(update.operation).toMatchObject({ type: 'update', fingerprint: map.fingerprint });
    expect(p.edges).toContainEqual({ from: 'update:urlMap/lb', to: 'create:backendService/lb-api', rule: 'createBeforeReference' });
    await settle(h, ws, p, text);
  });
});

describe('hand edits restored through the one method for the field', () => {
  const text = yaml({ armor: true });
  const PROXY = 'targetHttpProxy/lb-http-proxy';

  it('an HTTP proxy pointed at another URL map: setUrlMap back to ours alone, no description patch', async () => {
    const { h, ws } = await applied(text);
    await h.v1.urlMaps.insert({ project: P, requestBody: { name: 'other', defaultService: link('backendServices', 'lb-web') } });
    await h.v1.targetHttpProxies.setUrlMap({ project: P, targetHttpProxy: 'lb-http-proxy', requestBody: { urlMap: link('urlMaps', 'other') } });
    const p = await plan(h, ws.write(text));
    expect(p.steps.map((s) => `${s.id}: ${s.summary}`)).toEqual([`setUrlMap:${PROXY}: setUrlMap`]);
    expect(p.steps[0]!.operation).toEqual({ type: 'call', method: 'setUrlMap', body: { urlMap: link('urlMaps', 'lb') } });
    await settle(h, ws, p, text);
  });

  it("an HTTP proxy's description edited by hand: one description patch restores it with the record, on the fingerprint GCP answers then", async () => {
    const { h, ws } = await applied(text);
    const before = (await h.v1.targetHttpProxies.get({ project: P, targetHttpProxy: 'lb-http-proxy' })).data;
    await h.v1.targetHttpProxies.patch({ project: P, targetHttpProxy: 'lb-http-proxy', requestBody: { description: 'edited [managed by lb-plan: lb]', fingerprint: before.fingerprint } });
    const p = await plan(h, ws.write(text));
    expect(p.steps.map((s) => s.id)).toEqual([`describe:${PROXY}`]);
    expect(p.steps[0]!.operation).toEqual({ type: 'patch', body: { description: before.description }, currentFingerprint: true });
    expect(before.description).toMatch(/^HTTP frontend \[lb-plan applied r1-[0-9a-f]+\] \[managed by lb-plan: lb\]$/);
    await settle(h, ws, p, text);
  });

  it("an HTTP proxy's description edited by hand around lb-plan's record: the description patch restores it (the record itself is current)", async () => {
    const { h, ws } = await applied(text);
    const before = (await h.v1.targetHttpProxies.get({ project: P, targetHttpProxy: 'lb-http-proxy' })).data;
    const edited = before.description!.replace('HTTP frontend', 'Edited by hand');
    expect(edited).not.toBe(before.description);
    await h.v1.targetHttpProxies.patch({ project: P, targetHttpProxy: 'lb-http-proxy', requestBody: { description: edited, fingerprint: before.fingerprint } });
    const p = await plan(h, ws.write(text));
    expect(p.steps.map((s) => s.id)).toEqual([`describe:${PROXY}`]);
    expect(p.steps[0]!.operation).toEqual({ type: 'patch', body: { description: before.description }, currentFingerprint: true });
    await settle(h, ws, p, text);
  });

  it("a label added by hand to the Cloud Armor policy: setLabels back to lb-plan's labels alone, no rule method", async () => {
    const { h, ws } = await applied(text);
    const before = (await h.v1.securityPolicies.get({ project: P, securityPolicy: 'lb-web-armor' })).data;
    await h.v1.securityPolicies.setLabels({ project: P, resource: 'lb-web-armor', requestBody: { labels: { ...before.labels, team: 'x' }, labelFingerprint: before.labelFingerprint } });
    const edited = (await h.v1.securityPolicies.get({ project: P, securityPolicy: 'lb-web-armor' })).data;
    const p = await plan(h, ws.write(text));
    expect(p.steps.map((s) => s.id)).toEqual(['setLabels:securityPolicy/lb-web-armor']);
    expect(p.steps[0]!.operation).toEqual({ type: 'call', method: 'setLabels', body: { labels: before.labels, labelFingerprint: edited.labelFingerprint } });
    await settle(h, ws, p, text);
  });
});

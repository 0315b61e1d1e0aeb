/**
 * What src/plan/steps.ts leaves out so that no step can hit `resourceInUseByAnotherResource`: a
 * delete (or a same-name replacement) of something a resource that stays still uses. The live state
 * is read from the emulator over real HTTP after a real apply; where a case cannot be made through the
 * Compute API (GCP itself refuses it), the one field it needs is changed in that state, as in
 * test/plan/steps-blocked.test.ts. And the other side: deletes that go ahead although the user keeps
 * references to other things (an SSL policy, an existing Cloud Armor policy). Two cases call buildSteps
 * itself: a delete the diff never asks for (of what a kept resource references as existing), which
 * buildSteps must still refuse on its own, and its default when the caller gives no redirectWaits.
 * Expected steps, edges and warnings are written out here.
 */
import { describe, expect, it } from 'vitest';
import type { LiveResource, LiveState } from '../../src/gcp/read.js';
import { makePlan, type Plan } from '../../src/plan/index.js';
import { diffResources } from '../../src/plan/diff.js';
import { buildSteps } from '../../src/plan/steps.js';
import type { ResourceChange } from '../../src/plan/types.js';
import { planFile } from '../../src/workflow.js';
import { harness, link, P } from '../helpers/emulator.js';
import { apply, ENV, plan, workspace } from '../helpers/plan.js';

const yaml = (o: { address?: string; labels?: boolean; service?: string } = {}) => `apiVersion: lb-plan/v1
kind: LoadBalancer
metadata: { name: lb, project: my-project${o.labels ? ', labels: { team: a }' : ''} }
frontend:
  address: { ${o.address ?? 'reserve: lb-ip'} }
backends:
  web:
    serverless: [ { region: us-central1, cloudRun: { service: ${o.service ?? 'web'} } } ]
`;

/** Applies the first manifest, then reads the second's compiled form and the live state for it. */
async function appliedThen(first: string, second: string) {
  const h = await harness();
  const ws = workspace();
  await apply(h, await plan(h, ws.write(first)), ws.dir);
  const file = ws.write(second);
  const r = await planFile({ file, clients: h, env: ENV });
  if (!r.ok) throw new Error('the manifest plans');
  return { file, compiled: r.compiled, live: r.live };
}

/** Every edge joins two steps of the plan (none names a step that was left out). */
function expectEdgesWithin(p: { steps: readonly { id: string }[]; edges: readonly { from: string; to: string }[] }): void {
  const ids = new Set(p.steps.map((s) => s.id));
  for (const e of p.edges) {
    expect(ids.has(e.from), `${e.from} (edge to ${e.to}) is a step`).toBe(true);
    expect(ids.has(e.to), `${e.to} (edge from ${e.from}) is a step`).toBe(true);
  }
}

describe('a same-name replacement left out while other changes go ahead', () => {
  it('the address cannot be recreated (its forwarding rule stays), but the new labels are still written; no edge names a step left out', async () => {
    const { file, compiled, live } = await appliedThen(yaml(), yaml({ labels: true }));
    // ipVersion and networkTier cannot change in place: answered as IPV6 on the standard tier, the address
    // must be replaced under its own name.
    const resources = new Map(live.resources);
    const address = resources.get('globalAddress/lb-ip')!;
    resources.set(address.address, { ...address, body: { ...address.body, ipVersion: 'IPV6', networkTier: 'STANDARD' } } as LiveResource);
    const p: Plan = makePlan(compiled, { ...live, resources } as LiveState, { manifestFile: file, manifestDigest: 'd' });
    expect(p.resources.find((r) => r.address === 'globalAddress/lb-ip')?.action).toBe('replace');
    expect(p.steps.map((s) => s.id)).toEqual(['setLabels:globalForwardingRule/lb-http']);
    expect(p.edges).toEqual([]);
    expectEdgesWithin(p);
    expect(p.warnings).toContain(
      'globalAddress/lb-ip must be replaced (ipVersion, networkTier cannot change in place), but globalForwardingRule/lb-http still uses it: the replacement is left out. Rename it in the manifest to replace it without downtime.',
    );
  });
});

describe('a delete of what a left-out replacement still uses', () => {
  it('a NEG replaced while its backend service cannot be recreated: the new NEG is created, the old one stays (the backend service still uses it); the plan applies', async () => {
    const h = await harness();
    const ws = workspace();
    await apply(h, await plan(h, ws.write(yaml())), ws.dir);
    const file = ws.write(yaml({ service: 'web2' }));
    const r = await planFile({ file, clients: h, env: ENV });
    if (!r.ok) throw new Error('the manifest plans');
    // loadBalancingScheme cannot change in place: answered as EXTERNAL_MANAGED, the backend service must be
    // replaced under its own name, which the URL map that stays prevents.
    const resources = new Map(r.live.resources);
    const be = resources.get('backendService/lb-web')!;
    resources.set(be.address, { ...be, body: { ...be.body, loadBalancingScheme: 'EXTERNAL_MANAGED' } } as LiveResource);
    const p = makePlan(r.compiled, { ...r.live, resources } as LiveState, { manifestFile: file, manifestDigest: 'd' });
    const oldNeg = p.resources.find((c) => c.kind === 'regionNetworkEndpointGroup' && c.action === 'delete')!.address;
    const newNeg = p.resources.find((c) => c.kind === 'regionNetworkEndpointGroup' && c.action === 'replace')!.address;
    expect(p.steps.map((s) => s.id)).toEqual([`create:${newNeg}`]);
    expect(p.warnings).toEqual([
      'backendService/lb-web must be replaced (loadBalancingScheme cannot change in place), but urlMap/lb still uses it: the replacement is left out. Rename it in the manifest to replace it without downtime.',
      `${oldNeg} cannot be deleted: backendService/lb-web still uses it. The delete is left out.`,
    ]);
    expectEdgesWithin(p);
    // Against GCP (the emulator, where the backend service still uses the old NEG) nothing is refused.
    await apply(h, p, ws.dir);
  });
});

describe('deletes left out in turn', () => {
  it('HTTPS removed while another forwarding rule uses our HTTPS proxy: the proxy stays, and so, in turn, does its certificate; the plan applies', async () => {
    const h = await harness();
    const ws = workspace();
    const https = yaml().replace('backends:', '  https:\n    certificates:\n      - managed: [www.example.com]\nbackends:');
    await apply(h, await plan(h, ws.write(https)), ws.dir);
    await h.v1.globalForwardingRules.insert({ project: P, requestBody: { name: 'other', target: link('targetHttpsProxies', 'lb-https-proxy'), portRange: '443-443', loadBalancingScheme: 'EXTERNAL' } });
    const p = await plan(h, ws.write(yaml()));
    const cert = p.resources.find((r) => r.kind === 'sslCertificate')!;
    expect(p.resources.filter((r) => r.action === 'delete').map((r) => r.address).sort()).toEqual(['globalForwardingRule/lb-https', cert.address, 'targetHttpsProxy/lb-https-proxy']);
    expect(p.steps.filter((s) => s.operation.type === 'delete').map((s) => s.id)).toEqual(['delete:globalForwardingRule/lb-https']);
    expect(p.warnings).toContain('targetHttpsProxy/lb-https-proxy cannot be deleted: globalForwardingRule/other still uses it and lb-plan does not manage that resource. The delete is left out.');
    expect(p.warnings).toContain(`${cert.address} cannot be deleted: targetHttpsProxy/lb-https-proxy still uses it and lb-plan does not manage that resource. The delete is left out.`);
    expectEdgesWithin(p);
    await apply(h, p, ws.dir);
    expect((await h.v1.targetHttpsProxies.get({ project: P, targetHttpsProxy: 'lb-https-proxy' })).data.sslCertificates).toEqual([link('sslCertificates', cert.name)]);
  });
});

describe('deletes that go ahead beside references to what is not deleted', () => {
  it('a certificate rotated on a proxy with an SSL policy: the old certificate is still deleted, after the proxy lets go of it', async () => {
    const h = await harness({ certificateActivationMs: 0 });
    const ws = workspace();
    const https = (domain: string) => yaml().replace('backends:', `  https:\n    certificates:\n      - managed: [${domain}]\n    sslPolicy: modern\nbackends:`);
    await apply(h, await plan(h, ws.write(https('www.example.com'))), ws.dir);
    const p = await plan(h, ws.write(https('api.example.com')));
    const old = p.resources.find((r) => r.action === 'replace')!.replaces!;
    expect(p.steps.map((s) => s.id)).toContain(`delete:${old}`);
    expect(p.warnings.filter((w) => w.includes('cannot be deleted'))).toEqual([]);
    await apply(h, p, ws.dir);
    expect((await plan(h, ws.write(https('api.example.com')))).steps).toEqual([]);
  });

  it('a NEG replaced on a backend service with an existing Cloud Armor policy: the old NEG is still deleted, after the backend service moves', async () => {
    const h = await harness();
    const ws = workspace();
    await h.v1.securityPolicies.insert({ project: P, requestBody: { name: 'shared-armor', type: 'CLOUD_ARMOR' } });
    const armored = (service: string) => yaml({ service }) + '    securityPolicy: { existing: shared-armor }\n';
    await apply(h, await plan(h, ws.write(armored('web'))), ws.dir);
    const p = await plan(h, ws.write(armored('web2')));
    const old = p.resources.find((r) => r.kind === 'regionNetworkEndpointGroup' && r.action === 'delete')!.address;
    expect(p.steps.map((s) => s.id)).toContain(`delete:${old}`);
    expect(p.edges.filter((e) => e.from === `delete:${old}`).map((e) => `${e.to} (${e.rule})`)).toEqual(['update:backendService/lb-web (detachBeforeDelete)']);
    expect(p.warnings.filter((w) => w.includes('cannot be deleted'))).toEqual([]);
    await apply(h, p, ws.dir);
    expect((await plan(h, ws.write(armored('web2')))).steps).toEqual([]);
  });
});

describe('a delete of what a resource that stays references as existing', () => {
  /*
   * The diff never asks for it (it keeps such a resource, with a warning); buildSteps must not
   * depend on that: asked to delete an address the forwarding rule still names, it leaves the
   * delete out and says who uses it, and the rule's own change still goes ahead.
   */
  it('the address the manifest now names as existing: the delete is left out, the labels still written', async () => {
    const { compiled, live } = await appliedThen(yaml(), yaml({ address: 'existing: lb-ip', labels: true }));
    const diff = diffResources(compiled, live, { adopt: new Set(), keep: new Set() });
    expect(diff.changes.filter((c) => c.action !== 'no-op').map((c) => `${c.action} ${c.address}`)).toEqual(['update globalForwardingRule/lb-http']);
    const address = live.resources.get('globalAddress/lb-ip')!;
    const del: ResourceChange = { address: address.address, kind: address.kind, scope: address.scope, name: address.name, action: 'delete', reason: 'asked', forcesReplacement: [], changes: [], downtime: false };
    const r = buildSteps(compiled, live, [...diff.changes, del], { waitForCertificates: true });
    expect(r.steps.map((s) => s.id)).toEqual(['setLabels:globalForwardingRule/lb-http']);
    expect(r.warnings).toEqual(['globalAddress/lb-ip cannot be deleted: globalForwardingRule/lb-http still uses it. The delete is left out.']);
    expect(r.errors).toEqual([]);
    expectEdgesWithin(r);
  });
});

describe('buildSteps called without redirectWaits', () => {
  it('does not wait for certificates to switch port 80: the switch is left to a later apply, as planFile does by default', async () => {
    const https = yaml().replace('backends:', '  https:\n    certificates:\n      - managed: [www.example.com]\n    redirectHttp: true\nbackends:');
    const { compiled, live } = await appliedThen(yaml(), https);
    const diff = diffResources(compiled, live, { adopt: new Set(), keep: new Set() });
    const r = buildSteps(compiled, live, diff.changes, { waitForCertificates: true });
    const ids = r.steps.map((s) => s.id);
    expect(ids).toContain('create:urlMap/lb-redirect');
    expect(ids.filter((id) => id.endsWith(':targetHttpProxy/lb-http-proxy') || id.startsWith('waitActive:'))).toEqual([]);
    expect(r.warnings.some((w) => w.startsWith('Port 80 keeps serving the backends for now'))).toBe(true);
    expectEdgesWithin(r);
  });
});

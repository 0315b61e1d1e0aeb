/**
 * How a step ends when GCP's answers are not the plain ones (src/apply/runner.ts), on the emulator
 * over real HTTP: an insert that meets a resource of the same name made meanwhile (409), a certificate
 * wait that ends in a failure or runs past its bound, and a plan step that names a method the API does
 * not have. The oracle is what the test made happen in the emulator, and the sentences a user reads.
 */
import { describe, expect, it } from 'vitest';
import { applyPlan } from '../../src/apply/execute.js';
import type { Plan, Step } from '../../src/plan/types.js';
import { NO_FAULTS } from '../../src/emulator/config.js';
import { harness, P } from '../helpers/emulator.js';
import { apply, ONE_BACKEND, plan, workspace } from '../helpers/plan.js';


describe('an insert that meets 409 alreadyExists', () => {
  it('made meanwhile by another run of the same load balancer: the same content is done, different content fails and says to plan again', async () => {
    const h = await harness();
    const ws = workspace();
    const p = await plan(h, ws.write(ONE_BACKEND));
    // Another run applies the same load balancer with CDN on, before this plan is applied.
    await apply(h, await plan(h, ws.write(ONE_BACKEND + '    cdn: true\n')), ws.dir);
    h.em.log.length = 0;
    const result = await applyPlan(p, h, { secret: () => undefined, retryBaseMs: 1 });
    const by = (id: string) => result.outcomes.find((o) => o.step.id === id)!;
    expect(by('create:backendService/lb-hello')).toMatchObject({ status: 'failed', error: 'backendService/lb-hello was created meanwhile with different content (409 alreadyExists); plan again' });
    expect(by('create:globalAddress/lb-ip').status).toBe('done');
    const neg = p.steps.find((s) => s.id.startsWith('create:regionNetworkEndpointGroup/'))!;
    expect(by(neg.id).status).toBe('done');
    // Nothing after the backend service ran; nothing was changed by this apply.
    for (const o of result.outcomes.filter((x) => x.status === 'skipped')) expect(o.because).toBe('create:backendService/lb-hello');
    expect(h.em.log.filter((l) => l.method !== 'GET' && l.status === 200 && !l.path.includes('/operations/'))).toEqual([]);
    expect((await h.v1.backendServices.get({ project: P, backendService: 'lb-hello' })).data.enableCDN).toBe(true);
  });
});

describe('waiting for a rotated certificate to be ACTIVE', () => {
  const before = `apiVersion: lb-plan/v1
kind: LoadBalancer
metadata: { name: lb, project: my-project }
frontend:
  address: { reserve: lb-ip }
  https:
    certificates:
      - managed: [example.com]
backends:
  hello:
    serverless: [ { region: us-central1, cloudRun: { service: hello } } ]
`;
  const after = before.replace('managed: [example.com]', 'managed: [example.com, www.example.com]');

  async function rotation(config: Parameters<typeof harness>[0]) {
    const h = await harness(config);
    const ws = workspace();
    await apply(h, await plan(h, ws.write(before)), ws.dir);
    const p = await plan(h, ws.write(after));
    const wait = p.steps.find((s) => s.operation.type === 'waitCertificateActive')!;
    expect(wait).toBeDefined();
    return { h, p, wait };
  }

  it('provisioning fails (a CAA record forbids Google): the wait fails at once with the domain and the fix; the old certificate stays attached', async () => {
    const { h, p, wait } = await rotation({ certificateActivationMs: 50, certificateDomainStates: { 'www.example.com': 'FAILED_CAA_FORBIDDEN' } });
    const began = Date.now();
    const result = await applyPlan(p, h, { secret: () => undefined, certificatePollMs: 20, certificateTimeoutMs: 60_000, retryBaseMs: 1 });
    expect(Date.now() - began).toBeLessThan(30_000);
    const o = result.outcomes.find((x) => x.step.id === wait.id)!;
    expect(o.status).toBe('failed');
    expect(o.error).toMatch(/^provisioning of certificate lb-cert-[0-9a-f]{8} failed \(www\.example\.com: FAILED_CAA_FORBIDDEN — a CAA record on www\.example\.com forbids Google's certificate authorities: .*\); Google retries for a while: fix it, then apply again; the old certificate stays attached$/);
    // The final set and the old certificate's delete never ran: the old certificate still serves.
    const proxy = (await h.v1.targetHttpsProxies.get({ project: P, targetHttpsProxy: 'lb-https-proxy' })).data;
    expect(proxy.sslCertificates).toHaveLength(2);
    expect(result.outcomes.filter((x) => x.status === 'skipped').map((x) => x.because)).toEqual(result.outcomes.filter((x) => x.status === 'skipped').map(() => wait.id));
  });

  it('still PROVISIONING at the bound: the wait fails saying how long it waited and what to do; progress said what it waited for', async () => {
    const { h, p, wait } = await rotation({ certificateActivationMs: 3_600_000 });
    const said: string[] = [];
    const result = await applyPlan(p, h, { secret: () => undefined, certificatePollMs: 20, certificateTimeoutMs: 300, retryBaseMs: 1 }, (e) => {
      if (e.type === 'waiting') said.push(e.message);
    });
    const o = result.outcomes.find((x) => x.step.id === wait.id)!;
    expect(o.status).toBe('failed');
    expect(o.error).toMatch(/^certificate lb-cert-[0-9a-f]{8} is still PROVISIONING after 0 s; the old certificate stays attached\. Point DNS at the load balancer, then apply again\.$/);
    expect(said.length).toBeGreaterThan(1);
    for (const m of said) expect(m).toMatch(/^certificate lb-cert-[0-9a-f]{8} is PROVISIONING$/);
  });

  it('interrupted while waiting: the wait ends as interrupted', async () => {
    const { h, p, wait } = await rotation({ certificateActivationMs: 3_600_000 });
    const controller = new AbortController();
    const result = await applyPlan(p, h, { secret: () => undefined, certificatePollMs: 20, certificateTimeoutMs: 3_600_000, retryBaseMs: 1, signal: controller.signal }, (e) => {
      if (e.type === 'waiting') controller.abort();
    });
    expect(result.outcomes.find((x) => x.step.id === wait.id)).toMatchObject({ status: 'failed', error: 'interrupted' });
  });
});

describe('a plan step the API cannot carry out', () => {
  it('a method the client does not have, or one the Compute API contract does not list: the step fails naming it, nothing is sent', async () => {
    const h = await harness();
    const ws = workspace();
    await apply(h, await plan(h, ws.write(ONE_BACKEND)), ws.dir);
    const base = await plan(h, ws.write(ONE_BACKEND));
    const step = (method: string): Step => ({ id: `${method}:globalAddress/lb-ip`, address: 'globalAddress/lb-ip', kind: 'globalAddress', scope: { type: 'global' }, name: 'lb-ip', api: 'v1', operation: { type: 'call', method, body: {} }, summary: method });
    // testIamPermissions is in the client library but not in the contract lb-plan holds (compute-lb-subset.json).
    const tampered: Plan = { ...base, steps: [step('frobnicate'), step('testIamPermissions')], edges: [] };
    h.em.log.length = 0;
    const result = await applyPlan(tampered, h, { secret: () => undefined, retryBaseMs: 1 });
    expect(result.outcomes.map((o) => [o.status, o.error])).toEqual([
      ['failed', 'no globalAddresses.frobnicate in the client'],
      ['failed', 'no globalAddresses.testIamPermissions in the Compute API'],
    ]);
    expect(h.em.log.filter((l) => l.method !== 'GET')).toEqual([]);
  });
});

describe('deletes racing another run, and retries bounded in time', () => {
  it('a resource another run deleted between the re-check and the delete (404): the delete is done', async () => {
    const h = await harness();
    const ws = workspace();
    await apply(h, await plan(h, ws.write(ONE_BACKEND)), ws.dir);
    const p = await plan(h, ws.write(ONE_BACKEND.replace('address: { reserve: lb-ip }', 'address: { reserve: lb-ip2 }')));
    expect(p.steps.some((s) => s.id === 'delete:globalAddress/lb-ip')).toBe(true);
    // The other run's delete lands right before ours is sent.
    const collection = h.v1.globalAddresses as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>;
    const original = collection.delete!;
    collection.delete = async function (this: unknown, ...args: unknown[]) {
      const params = args[0] as { resource?: string; address?: string };
      if ((params.address ?? params.resource) === 'lb-ip') {
        collection.delete = original;
        await original.call(this, { project: P, address: 'lb-ip' });
      }
      return original.apply(this, args);
    };
    h.em.log.length = 0;
    const result = await applyPlan(p, h, { secret: () => undefined, retryBaseMs: 1 });
    expect(result.outcomes.filter((o) => o.status !== 'done').map((o) => `${o.step.id}: ${o.error ?? o.because}`)).toEqual([]);
    const deletes = h.em.log.filter((l) => l.method === 'DELETE' && l.path.endsWith('/addresses/lb-ip')).map((l) => l.status);
    expect(deletes).toEqual([200, 404]);
  });

  it('RESOURCE_NOT_READY for ever: tried again until the retry budget is spent, then the step fails with GCP\'s error', async () => {
    const h = await harness({ faults: { ...NO_FAULTS, operationNotReady: 1 } });
    const p = await plan(h, workspace().write(ONE_BACKEND));
    h.em.log.length = 0;
    const began = Date.now();
    const result = await applyPlan(p, h, { secret: () => undefined, retryBaseMs: 20, retryBudgetMs: 300, random: () => 1 });
    expect(Date.now() - began).toBeLessThan(20_000);
    const failed = result.outcomes.filter((o) => o.status === 'failed');
    expect(failed.length).toBeGreaterThan(0);
    for (const o of failed) expect(o.error).toMatch(/is not ready \(RESOURCE_NOT_READY\)$/);
    // Delays of 20, 40, 80, 160 ms (random 1): by the 4th attempt the next delay passes 300 ms, sooner on a slow machine.
    const address = h.em.log.filter((l) => l.method === 'POST' && l.path.endsWith('/global/addresses'));
    expect(address.length).toBeGreaterThanOrEqual(2);
    expect(address.length).toBeLessThanOrEqual(4);
  });
});

describe('a run that died half-way, applied again', () => {
  it('it created the backend service but never attached its security policy: the insert (409) counts as done, the policy is attached now', async () => {
    const h = await harness();
    const ws = workspace();
    const file = ws.write(ONE_BACKEND + '    securityPolicy: { rateLimit: { requestCount: 100, intervalSec: 60, enforceOnKey: IP } }\n');
    const p = await plan(h, file);
    const setter = p.steps.find((s) => s.operation.type === 'call' && s.operation.method === 'setSecurityPolicy');
    expect(setter?.address).toBe('backendService/lb-hello');
    // The earlier run: everything up to the backend service's insert, nothing after it.
    const upTo = (id: string): string[] => [id, ...p.edges.filter((e) => e.from === id).flatMap((e) => upTo(e.to))];
    const done = new Set(upTo('create:backendService/lb-hello'));
    const earlier: Plan = { ...p, steps: p.steps.filter((s) => done.has(s.id)), edges: p.edges.filter((e) => done.has(e.from) && done.has(e.to)) };
    expect((await applyPlan(earlier, h, { secret: () => undefined })).failed).toBe(0);
    expect((await h.v1.backendServices.get({ project: P, backendService: 'lb-hello' })).data.securityPolicy).toBeUndefined();
    h.em.log.length = 0;
    const result = await applyPlan(p, h, { secret: () => undefined, retryBaseMs: 1 });
    expect(result.outcomes.filter((o) => o.status !== 'done').map((o) => `${o.step.id}: ${o.error ?? o.because}`)).toEqual([]);
    expect(h.em.log.filter((l) => l.route === 'backendServices.insert').map((l) => l.status)).toEqual([409]);
    expect((await h.v1.backendServices.get({ project: P, backendService: 'lb-hello' })).data.securityPolicy).toMatch(/\/global\/securityPolicies\/lb-hello/);
    expect((await plan(h, file)).steps).toEqual([]);
  });
});

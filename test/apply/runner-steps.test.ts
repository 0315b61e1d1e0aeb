/**
 * What one step sends, and how it ends, when the resource is not where the plan left it
 * (src/apply/runner.ts), on the emulator over real HTTP: the re-check before a change or delete
 * (gone, refused, owned by someone else), an update that keeps what GCP holds, the rule methods of a
 * security policy (query parameters; answers lost after GCP acted), and mutations refused at once.
 * The oracle is the emulator's request log, what GCP holds afterwards, and the sentences a user reads.
 */
import { describe, expect, it } from 'vitest';
import { applyPlan, type ApplyEvent } from '../../src/apply/execute.js';
import { computeClients } from '../../src/gcp/client.js';
import type { Plan, Step } from '../../src/plan/types.js';
import { answer, front } from '../helpers/front.js';
import { harness, P, type Harness } from '../helpers/emulator.js';
import { apply, ONE_BACKEND, plan, workspace } from '../helpers/plan.js';

const ARMOR = `    securityPolicy: { rateLimit: { requestCount: 100, intervalSec: 60, enforceOnKey: IP } }\n`;

type Method = (...args: unknown[]) => Promise<unknown>;
const none = () => undefined;
const problems = (r: Awaited<ReturnType<typeof applyPlan>>) => r.outcomes.filter((o) => o.status !== 'done').map((o) => `${o.step.id}: ${o.error ?? o.because}`);

/** A plan of `base`'s manifest holding only `steps` (a plan another run left half done, or a crafted one). */
const only = (base: Plan, ...steps: Step[]): Plan => ({ ...base, steps, edges: [] });

/** A step on a global address by name. */
const addressStep = (name: string, operation: Step['operation']): Step => ({
  id: `${operation.type === 'call' ? operation.method : operation.type}:globalAddress/${name}`,
  address: `globalAddress/${name}`,
  kind: 'globalAddress',
  scope: { type: 'global' },
  name,
  api: 'v1',
  operation,
  summary: 'crafted',
});

async function applied(manifest: string): Promise<{ h: Harness; ws: ReturnType<typeof workspace>; file: string }> {
  const h = await harness();
  const ws = workspace();
  const file = ws.write(manifest);
  await apply(h, await plan(h, file), ws.dir);
  h.em.log.length = 0;
  return { h, ws, file };
}

describe('the re-check right before a change or a delete', () => {
  it('a delete whose target another run already deleted: done, and no DELETE is sent', async () => {
    const { h, ws } = await applied(ONE_BACKEND);
    const p = await plan(h, ws.write(ONE_BACKEND.replace('reserve: lb-ip', 'reserve: lb-ip2')));
    const del = p.steps.find((s) => s.id === 'delete:globalAddress/lb-ip')!;
    expect(del).toBeDefined();
    // Another run already moved the forwarding rule and deleted the old address.
    const others = p.steps.filter((s) => s.id !== del.id);
    expect(problems(await applyPlan({ ...p, steps: others, edges: p.edges.filter((e) => e.from !== del.id && e.to !== del.id) }, h, { secret: none, retryBaseMs: 1 }))).toEqual([]);
    await h.v1.globalAddresses.delete({ project: P, address: 'lb-ip' });
    h.em.log.length = 0;
    const result = await applyPlan(only(p, del), h, { secret: none, retryBaseMs: 1 });
    expect(problems(result)).toEqual([]);
    expect(h.em.log.filter((l) => l.method !== 'GET').map((l) => `${l.method} ${l.path}`)).toEqual([]);
    expect(h.em.log.filter((l) => l.path.endsWith('/addresses/lb-ip')).map((l) => `${l.method} ${l.status}`)).toEqual(['GET 404']);
  });

  it('a change whose target no longer exists: fails saying so, nothing sent', async () => {
    const { h, file } = await applied(ONE_BACKEND);
    const base = await plan(h, file);
    const result = await applyPlan(only(base, addressStep('lb-gone', { type: 'call', method: 'setLabels', body: { labels: { team: 'x' } } })), h, { secret: none, retryBaseMs: 1 });
    expect(result.outcomes.map((o) => [o.status, o.error])).toEqual([['failed', 'globalAddress/lb-gone no longer exists; plan again']]);
    expect(h.em.log.filter((l) => l.method !== 'GET')).toEqual([]);
  });

  it('a change whose target is someone else\'s: fails naming it, nothing sent, their labels untouched', async () => {
    const { h, file } = await applied(ONE_BACKEND);
    const base = await plan(h, file);
    await h.v1.globalAddresses.insert({ project: P, requestBody: { name: 'their-ip', labels: { team: 'theirs' } } });
    h.em.log.length = 0;
    const result = await applyPlan(only(base, addressStep('their-ip', { type: 'call', method: 'setLabels', body: { labels: { team: 'ours' } } })), h, { secret: none, retryBaseMs: 1 });
    expect(result.outcomes.map((o) => [o.status, o.error])).toEqual([['failed', 'globalAddress/their-ip is not owned by lb-plan for "lb"; lb-plan will not change or delete it']]);
    expect(h.em.log.filter((l) => l.method !== 'GET')).toEqual([]);
    expect((await h.v1.globalAddresses.get({ project: P, address: 'their-ip' })).data.labels).toEqual({ team: 'theirs' });
  });

  it('a re-check GCP refuses (403): the step fails with GCP\'s error; a delete is not taken as done', async () => {
    const { h, ws } = await applied(ONE_BACKEND);
    const p = await plan(h, ws.write(ONE_BACKEND.replace('reserve: lb-ip', 'reserve: lb-ip2')));
    const del = p.steps.find((s) => s.id === 'delete:globalAddress/lb-ip')!;
    const refusing = await front((req, res) => {
      if (req.method !== 'GET' || !req.url?.includes('/global/addresses/lb-ip')) return false;
      answer(res, 403, { error: { code: 403, message: "Required 'compute.addresses.get' permission for 'projects/my-project/global/addresses/lb-ip'", errors: [{ message: "Required 'compute.addresses.get' permission for 'projects/my-project/global/addresses/lb-ip'", domain: 'global', reason: 'forbidden' }] } });
      return true;
    }, h.em.endpoint);
    const result = await applyPlan(only(p, del), computeClients({ endpoint: refusing.endpoint }), { secret: none, retryBaseMs: 1 });
    expect(result.outcomes.map((o) => o.status)).toEqual(['failed']);
    expect(result.outcomes[0]!.error).toContain("Required 'compute.addresses.get' permission");
    expect(h.em.log.filter((l) => l.method !== 'GET')).toEqual([]);
    expect((await h.v1.globalAddresses.get({ project: P, address: 'lb-ip' })).data.name).toBe('lb-ip');
  });
});

describe('updates, patches and calls carry what the step says', () => {
  it('an update is a PUT over what GCP holds now: a field lb-plan never sets stays as it was', async () => {
    const { h, ws } = await applied(ONE_BACKEND);
    // Someone sets a field lb-plan does not manage; the next plan does not show it.
    const now = (await h.v1.backendServices.get({ project: P, backendService: 'lb-hello' })).data;
    await h.v1.backendServices.patch({ project: P, backendService: 'lb-hello', requestBody: { customResponseHeaders: ['X-Team: web'], fingerprint: now.fingerprint } });
    const file = ws.write(ONE_BACKEND + '    cdn: true\n');
    const p = await plan(h, file);
    expect(p.steps.map((s) => s.id)).toEqual(['update:backendService/lb-hello']);
    h.em.log.length = 0;
    expect(problems(await applyPlan(p, h, { secret: none, retryBaseMs: 1 }))).toEqual([]);
    expect(h.em.log.filter((l) => l.method !== 'GET' && !l.path.includes('/operations/')).map((l) => l.route)).toEqual(['backendServices.update']);
    const after = (await h.v1.backendServices.get({ project: P, backendService: 'lb-hello' })).data;
    expect(after.enableCDN).toBe(true);
    expect(after.customResponseHeaders).toEqual(['X-Team: web']);
    expect((await plan(h, file)).steps).toEqual([]);
  });

  it('a security policy dropped: the backend service\'s description is patched with the new record, so the next plan is empty', async () => {
    const { h, ws } = await applied(ONE_BACKEND + ARMOR);
    const file = ws.write(ONE_BACKEND);
    const p = await plan(h, file);
    expect(p.steps.find((s) => s.id === 'describe:backendService/lb-hello')?.operation.type).toBe('patch');
    expect(problems(await applyPlan(p, h, { secret: none, retryBaseMs: 1 }))).toEqual([]);
    expect(h.em.log.filter((l) => l.route === 'backendServices.patch').map((l) => l.status)).toEqual([200]);
    expect((await plan(h, file)).steps).toEqual([]);
  });

  it('a rule changed in place: patchRule is sent for its priority, and GCP holds the new threshold', async () => {
    const { h, ws } = await applied(ONE_BACKEND + ARMOR);
    const file = ws.write(ONE_BACKEND + ARMOR.replace('requestCount: 100', 'requestCount: 50'));
    const p = await plan(h, file);
    expect(problems(await applyPlan(p, h, { secret: none, retryBaseMs: 1 }))).toEqual([]);
    expect(h.em.log.filter((l) => l.route === 'securityPolicies.patchRule').map((l) => `${l.status} ${l.query ?? ''}`)).toEqual([expect.stringMatching(/^200 .*priority=1000/)]);
    const rules = (await h.v1.securityPolicies.get({ project: P, securityPolicy: 'lb-hello-armor' })).data.rules ?? [];
    expect(rules.find((r) => r.priority === 1000)?.rateLimitOptions?.rateLimitThreshold).toEqual({ count: 50, intervalSec: 60 });
    expect((await plan(h, file)).steps).toEqual([]);
  });
});

/**
 * `collection.method` of the real client, acting in GCP (or not, `acts: false`: the request never
 * arrives) and then losing the answer on the wire, as a reset socket does; `meanwhile` runs after the
 * first call acted, before its loss shows.
 */
function loseAnswers(h: Harness, collection: string, method: string, { acts, meanwhile = async () => {} }: { acts: boolean; meanwhile?: () => Promise<void> }): { calls: () => number } {
  const c = (h.v1 as unknown as Record<string, Record<string, Method>>)[collection]!;
  const original = c[method]!;
  let calls = 0;
  c[method] = async function (this: unknown, ...args: unknown[]) {
    calls++;
    if (acts) await original.apply(this, args).catch(() => undefined);
    if (calls === 1) await meanwhile();
    throw Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
  };
  return { calls: () => calls };
}

describe('security-policy rule methods (no requestId) whose answers are lost', () => {
  const rules = async (h: Harness) => ((await h.v1.securityPolicies.get({ project: P, securityPolicy: 'lb-hello-armor' })).data.rules ?? []).map((r) => [r.priority, r.rateLimitOptions?.rateLimitThreshold?.count ?? null]);
  const ruleStep = (p: Plan, method: string, body: Record<string, unknown>, query?: Record<string, number>): Step => {
    const like = p.steps.find((s) => s.address === 'securityPolicy/lb-hello-armor')!;
    return { ...like, id: `${method}:securityPolicy/lb-hello-armor`, operation: { type: 'call', method, body, ...(query ? { query } : {}) } };
  };
  const changed = async () => {
    const { h, ws } = await applied(ONE_BACKEND + ARMOR);
    const p = await plan(h, ws.write(ONE_BACKEND + ARMOR.replace('requestCount: 100', 'requestCount: 50')));
    const patch = p.steps.find((s) => s.id === 'patchRule-1000:securityPolicy/lb-hello-armor')!;
    expect(patch).toBeDefined();
    const rule = (patch.operation as { body: Record<string, unknown> }).body;
    h.em.log.length = 0;
    return { h, p, patch, rule };
  };
  // Delays of 1, 2, 4… ms within a 1 s budget: several retries even on a loaded machine.
  const options = { secret: none, retryBaseMs: 1, retryBudgetMs: 1000, random: () => 1 };

  it('patchRule acted every time, each answer lost: the rule GCP holds is the one asked for, so the step is done', async () => {
    const { h, p, patch } = await changed();
    const lost = loseAnswers(h, 'securityPolicies', 'patchRule', { acts: true });
    expect(problems(await applyPlan(only(p, patch), h, options))).toEqual([]);
    expect(lost.calls()).toBeGreaterThan(1);
    expect(await rules(h)).toEqual([[1000, 50], [2147483647, null]]);
  });

  it('patchRule never reached GCP: the rule is still the old one, so the step fails with the lost answer', async () => {
    const { h, p, patch } = await changed();
    loseAnswers(h, 'securityPolicies', 'patchRule', { acts: false });
    const result = await applyPlan(only(p, patch), h, options);
    expect(result.outcomes.map((o) => o.status)).toEqual(['failed']);
    expect(result.outcomes[0]!.error).toMatch(/socket hang up/);
    expect(await rules(h)).toEqual([[1000, 100], [2147483647, null]]);
  });

  it('addRule acted, its answer lost, the retry refused (the priority is taken): the rule is there as asked, so the step is done', async () => {
    const { h, p, rule } = await changed();
    const lost = loseAnswers(h, 'securityPolicies', 'addRule', { acts: true });
    expect(problems(await applyPlan(only(p, ruleStep(p, 'addRule', { ...rule, priority: 2000 })), h, options))).toEqual([]);
    expect(lost.calls()).toBeGreaterThan(1);
    expect(await rules(h)).toEqual([[1000, 100], [2000, 50], [2147483647, null]]);
  });

  it('removeRule acted, its answer lost: no rule at that priority is left, so the step is done', async () => {
    const { h, p } = await changed();
    loseAnswers(h, 'securityPolicies', 'removeRule', { acts: true });
    expect(problems(await applyPlan(only(p, ruleStep(p, 'removeRule', {}, { priority: 1000 })), h, options))).toEqual([]);
    expect(await rules(h)).toEqual([[2147483647, null]]);
  });

  it('removeRule never reached GCP: the rule is still there, so the step fails', async () => {
    const { h, p } = await changed();
    loseAnswers(h, 'securityPolicies', 'removeRule', { acts: false });
    const result = await applyPlan(only(p, ruleStep(p, 'removeRule', {}, { priority: 1000 })), h, options);
    expect(result.outcomes.map((o) => o.status)).toEqual(['failed']);
    expect(await rules(h)).toEqual([[1000, 100], [2147483647, null]]);
  });

  it('the policy deleted by someone else while the answer was lost: the step fails with GCP\'s 404, not taken as done', async () => {
    const { h, p, patch } = await changed();
    loseAnswers(h, 'securityPolicies', 'patchRule', {
      acts: true,
      meanwhile: async () => {
        await h.v1.backendServices.setSecurityPolicy({ project: P, backendService: 'lb-hello', requestBody: { securityPolicy: null } });
        await h.v1.securityPolicies.delete({ project: P, securityPolicy: 'lb-hello-armor' });
      },
    });
    const result = await applyPlan(only(p, patch), h, options);
    expect(result.outcomes.map((o) => o.status)).toEqual(['failed']);
    expect(result.outcomes[0]!.error).toMatch(/socket hang up/);
  });
});

describe('mutations GCP refuses at once', () => {
  /** ONE_BACKEND applied, then moved to another address by a run that did all but delete the old one: lb-ip is ours and free. */
  async function freeAddress(config: Parameters<typeof harness>[0] = {}) {
    const h = await harness(config);
    const ws = workspace();
    await apply(h, await plan(h, ws.write(ONE_BACKEND)), ws.dir);
    const p = await plan(h, ws.write(ONE_BACKEND.replace('reserve: lb-ip', 'reserve: lb-ip2')));
    const del = p.steps.find((s) => s.id === 'delete:globalAddress/lb-ip')!;
    const others = { ...p, steps: p.steps.filter((s) => s !== del), edges: p.edges.filter((e) => e.from !== del.id && e.to !== del.id) };
    expect(problems(await applyPlan(others, h, { secret: none, retryBaseMs: 1 }))).toEqual([]);
    h.em.log.length = 0;
    return { h, p, del };
  }

  it('setLabels refused on its first attempt (412: the labels moved since the plan): fails with GCP\'s error even when they now hold what it would set', async () => {
    const { h, ws } = await applied(ONE_BACKEND.replace('name: lb, project: my-project', 'name: lb, project: my-project, labels: { team: a }'));
    const p = await plan(h, ws.write(ONE_BACKEND.replace('name: lb, project: my-project', 'name: lb, project: my-project, labels: { team: b }')));
    const step = p.steps.find((s) => s.id === 'setLabels:globalAddress/lb-ip')!;
    // Another run of the same plan set the same labels first: the fingerprint in this plan is spent.
    await h.v1.globalAddresses.setLabels({ project: P, resource: 'lb-ip', requestBody: (step.operation as { body: object }).body });
    h.em.log.length = 0;
    const result = await applyPlan(only(p, step), h, { secret: none, retryBaseMs: 1 });
    expect(result.outcomes.map((o) => o.status)).toEqual(['failed']);
    expect(result.outcomes[0]!.error).toMatch(/412|[Ff]ingerprint/);
    expect(h.em.log.filter((l) => l.route === 'globalAddresses.setLabels').map((l) => l.status)).toEqual([412]);
  });

  it('a change answered 409 (operationInProgress, another operation on the resource): fails with GCP\'s message, not read as an insert\'s "made by another run"', async () => {
    const { h, file } = await applied(ONE_BACKEND);
    const base = await plan(h, file);
    const own = (await h.v1.globalAddresses.get({ project: P, address: 'lb-ip' })).data;
    const message = "Operation 'operation-1' is in progress on resource 'projects/my-project/global/addresses/lb-ip'";
    const busy = await front((req, res) => {
      if (req.method !== 'POST' || !req.url?.includes('/global/addresses/lb-ip/setLabels')) return false;
      answer(res, 409, { error: { code: 409, message, errors: [{ message, domain: 'global', reason: 'operationInProgress' }] } });
      return true;
    }, h.em.endpoint);
    const step = addressStep('lb-ip', { type: 'call', method: 'setLabels', body: { labels: own.labels, labelFingerprint: own.labelFingerprint } });
    const result = await applyPlan(only(base, step), computeClients({ endpoint: busy.endpoint }), { secret: none, retryBaseMs: 1 });
    expect(result.outcomes.map((o) => o.status)).toEqual(['failed']);
    expect(result.outcomes[0]!.error).toContain(message);
    expect(busy.taken).toHaveLength(1);
  });

  it('an insert refused as invalid (400): fails with GCP\'s message at once, without reading the name back', async () => {
    const { h, file } = await applied(ONE_BACKEND);
    const base = await plan(h, file);
    h.em.log.length = 0;
    const result = await applyPlan(only(base, addressStep('Bad_Name', { type: 'insert', body: { name: 'Bad_Name' } })), h, { secret: none, retryBaseMs: 1, retryBudgetMs: 200 });
    expect(result.outcomes.map((o) => o.status)).toEqual(['failed']);
    expect(result.outcomes[0]!.error).toMatch(/Bad_Name/);
    expect(result.outcomes[0]!.error).not.toMatch(/409|could not be read/);
    expect(h.em.log.map((l) => `${l.method} ${l.status}`)).toEqual(['POST 400']);
  });

  it('a change whose target another run deleted between the re-check and the call (404): fails with GCP\'s 404, not taken as done', async () => {
    const { h, p } = await freeAddress();
    const labelled = addressStep('lb-ip', { type: 'call', method: 'setLabels', body: { labels: { team: 'x' } } });
    const c = h.v1.globalAddresses as unknown as Record<string, Method>;
    const original = c.setLabels!;
    c.setLabels = async function (this: unknown, ...args: unknown[]) {
      c.setLabels = original;
      await h.v1.globalAddresses.delete({ project: P, address: 'lb-ip' });
      return original.apply(this, args);
    };
    const result = await applyPlan(only(p, labelled), h, { secret: none, retryBaseMs: 1 });
    expect(result.outcomes.map((o) => o.status)).toEqual(['failed']);
    expect(result.outcomes[0]!.error).toMatch(/was not found/);
  });

  it('a delete refused because the resource is in use (400): fails with GCP\'s message, the resource stays', async () => {
    const { h, file } = await applied(ONE_BACKEND);
    const base = await plan(h, file);
    const step: Step = { id: 'delete:backendService/lb-hello', address: 'backendService/lb-hello', kind: 'backendService', scope: { type: 'global' }, name: 'lb-hello', api: 'v1', operation: { type: 'delete' }, summary: 'crafted' };
    const result = await applyPlan(only(base, step), h, { secret: none, retryBaseMs: 1 });
    expect(result.outcomes.map((o) => o.status)).toEqual(['failed']);
    expect(result.outcomes[0]!.error).toMatch(/already being used by/);
    expect((await h.v1.backendServices.get({ project: P, backendService: 'lb-hello' })).data.name).toBe('lb-hello');
  });

  it('a delete racing another run\'s delete of the same resource, both accepted: ours ends RESOURCE_NOT_FOUND, which is done', async () => {
    const { h, p, del } = await freeAddress({ operationMs: 1000 });
    const c = h.v1.globalAddresses as unknown as Record<string, Method>;
    const original = c.delete!;
    c.delete = async function (this: unknown, ...args: unknown[]) {
      c.delete = original;
      await original.call(this, { project: P, address: 'lb-ip' });
      return original.apply(this, args);
    };
    const events: ApplyEvent[] = [];
    const result = await applyPlan(only(p, del), h, { secret: none, retryBaseMs: 1 }, (e) => events.push(e));
    expect(problems(result)).toEqual([]);
    expect(h.em.log.filter((l) => l.route === 'globalAddresses.delete').map((l) => l.status)).toEqual([200, 200]);
    expect(events.filter((e) => e.type === 'retry')).toEqual([]);
    await expect(h.v1.globalAddresses.get({ project: P, address: 'lb-ip' })).rejects.toMatchObject({ status: 404 });
  });

  it('a delete whose operation keeps failing with RESOURCE_IN_USE_BY_ANOTHER_RESOURCE: tried a few times, then fails with it', async () => {
    const { h, p, del } = await freeAddress();
    (h.em.emulator.config.faults as { operationInUse: number }).operationInUse = 1;
    const result = await applyPlan(only(p, del), h, { secret: none, retryBaseMs: 1 });
    expect(result.outcomes.map((o) => o.status)).toEqual(['failed']);
    expect(result.outcomes[0]!.error).toMatch(/\(RESOURCE_IN_USE_BY_ANOTHER_RESOURCE\)$/);
    expect(h.em.log.filter((l) => l.route === 'globalAddresses.delete').length).toBe(4);
    expect((await h.v1.globalAddresses.get({ project: P, address: 'lb-ip' })).data.name).toBe('lb-ip');
  });

  it('an insert that meets 409 because someone else made a resource of that name meanwhile: fails naming it, theirs untouched', async () => {
    const h = await harness();
    const p = await plan(h, workspace().write(ONE_BACKEND));
    await h.v1.globalAddresses.insert({ project: P, requestBody: { name: 'lb-ip', labels: { team: 'theirs' } } });
    const insert = p.steps.find((s) => s.id === 'create:globalAddress/lb-ip')!;
    h.em.log.length = 0;
    const result = await applyPlan(only(p, insert), h, { secret: none, retryBaseMs: 1 });
    expect(result.outcomes.map((o) => [o.status, o.error])).toEqual([['failed', "globalAddress/lb-ip was created by someone else meanwhile (409 alreadyExists, and it is not this load balancer's); lb-plan will not touch it"]]);
    expect((await h.v1.globalAddresses.get({ project: P, address: 'lb-ip' })).data.labels).toEqual({ team: 'theirs' });
  });
});

describe('reading back after a 409 or a lost answer: only what the plan and the step say', () => {
  const TWO = `apiVersion: lb-plan/v1
kind: LoadBalancer
metadata: { name: lb, project: my-project }
frontend:
  address: { reserve: lb-ip }
backends:
  hello:
    serverless: [ { region: us-central1, cloudRun: { service: hello } } ]
${ARMOR}  world:
    serverless: [ { region: us-central1, cloudRun: { service: world } } ]
${ARMOR}routing:
  default: hello
  paths:
    - { paths: [/world/*], backend: world }
`;

  it('an insert meeting 409 is excused a field only by its own resource\'s setter: another backend\'s setSecurityPolicy does not hide a missing policy', async () => {
    const h = await harness();
    const p = await plan(h, workspace().write(TWO));
    const setWorld = p.steps.find((s) => s.id === 'setSecurityPolicy:backendService/lb-world')!;
    const insertHello = p.steps.find((s) => s.id === 'create:backendService/lb-hello')!;
    expect(setWorld).toBeDefined();
    // An earlier run made everything up to both backend services, and attached no policy.
    const upTo = (id: string): string[] => [id, ...p.edges.filter((e) => e.from === id).flatMap((e) => upTo(e.to))];
    const done = new Set([...upTo('create:backendService/lb-hello'), ...upTo('create:backendService/lb-world'), ...upTo(setWorld.id)].filter((id) => id !== setWorld.id));
    expect(problems(await applyPlan({ ...p, steps: p.steps.filter((s) => done.has(s.id)), edges: p.edges.filter((e) => done.has(e.from) && done.has(e.to)) }, h, { secret: none, retryBaseMs: 1 }))).toEqual([]);
    // Now hello's insert alone, beside world's setter: hello's policy is not on its way, so hello differs from the plan.
    const result = await applyPlan(only(p, insertHello, setWorld), h, { secret: none, retryBaseMs: 1 });
    expect(result.outcomes.find((o) => o.step.id === insertHello.id)).toMatchObject({ status: 'failed', error: 'backendService/lb-hello was created meanwhile with different content (409 alreadyExists); plan again' });
  });

  it('an insert the plan holds no resource change for (a crafted plan) meeting its own earlier insert: done, nothing to compare', async () => {
    const { h, file } = await applied(ONE_BACKEND);
    const base = await plan(h, file);
    const own = (await h.v1.globalAddresses.get({ project: P, address: 'lb-ip' })).data;
    const extra = addressStep('lb-extra', { type: 'insert', body: { name: 'lb-extra', description: own.description, labels: own.labels } });
    expect(problems(await applyPlan(only(base, extra), h, { secret: none, retryBaseMs: 1 }))).toEqual([]);
    h.em.log.length = 0;
    expect(problems(await applyPlan(only(base, extra), h, { secret: none, retryBaseMs: 1 }))).toEqual([]);
    expect(h.em.log.filter((l) => l.route === 'globalAddresses.insert').map((l) => l.status)).toEqual([409]);
  });

  it('a call without a requestId that apply cannot read back (urlMaps.validate, crafted), its answer never arriving: fails, never assumed done', async () => {
    const { h, file } = await applied(ONE_BACKEND);
    const base = await plan(h, file);
    const urlMap = (await h.v1.urlMaps.list({ project: P })).data.items![0]!;
    const step: Step = { id: `validate:urlMap/${urlMap.name}`, address: `urlMap/${urlMap.name}`, kind: 'urlMap', scope: { type: 'global' }, name: urlMap.name!, api: 'v1', operation: { type: 'call', method: 'validate', body: { resource: urlMap } }, summary: 'crafted' };
    const lost = loseAnswers(h, 'urlMaps', 'validate', { acts: false });
    const result = await applyPlan(only(base, step), h, { secret: none, retryBaseMs: 1, retryBudgetMs: 1000, random: () => 1 });
    expect(lost.calls()).toBeGreaterThan(1);
    expect(result.outcomes.map((o) => o.status)).toEqual(['failed']);
    expect(result.outcomes[0]!.error).toMatch(/socket hang up/);
  });
});

describe('operations that end DONE with an error, as the endpoint answers them', () => {
  /** ONE_BACKEND's address insert through an endpoint whose operations.wait answers DONE with `error` (gcp-behaviour.md §2.3 shape). */
  async function insertEndingWith(error: Record<string, unknown>) {
    const h = await harness({ operationMs: 60_000 });
    const p = await plan(h, workspace().write(ONE_BACKEND));
    const insert = p.steps.find((s) => s.id === 'create:globalAddress/lb-ip')!;
    const f = await front((req, res) => {
      if (!(req.method === 'POST' && /\/operations\/[^/]+\/wait/.test(req.url ?? ''))) return false;
      const name = /\/operations\/([^/]+)\/wait/.exec(req.url!)![1]!;
      answer(res, 200, { kind: 'compute#operation', id: '1', name, operationType: 'insert', status: 'DONE', progress: 100, targetLink: `https://www.googleapis.com/compute/v1/projects/${P}/global/addresses/lb-ip`, selfLink: `https://www.googleapis.com/compute/v1/projects/${P}/global/operations/${name}`, httpErrorStatusCode: 404, httpErrorMessage: 'NOT FOUND', error });
      return true;
    }, h.em.endpoint);
    return applyPlan(only(p, insert), computeClients({ endpoint: f.endpoint }), { secret: none, retryBaseMs: 1 });
  }

  it('RESOURCE_NOT_FOUND ending an insert (what it refers to was deleted meanwhile): the step fails with it — only a delete takes "not found" as done', async () => {
    const result = await insertEndingWith({ errors: [{ code: 'RESOURCE_NOT_FOUND', message: "The resource 'projects/my-project/global/networks/default' was not found" }] });
    expect(result.outcomes.map((o) => [o.status, o.error])).toEqual([['failed', "The resource 'projects/my-project/global/networks/default' was not found (RESOURCE_NOT_FOUND)"]]);
  });

  it('an error entry without a code: the step fails with its message, marked as an operation error', async () => {
    const result = await insertEndingWith({ errors: [{ message: 'Something went wrong' }] });
    expect(result.outcomes.map((o) => [o.status, o.error])).toEqual([['failed', 'Something went wrong (operation error)']]);
  });
});

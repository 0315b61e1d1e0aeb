/**
 * A saved plan is refused when the live state moved under it (src/plan/stale.ts): a resource it
 * observed changed or vanished, or one it would create appeared. Each case is made for real on the
 * emulator between planning and the check; the messages are compared literally.
 */
import { describe, expect, it } from 'vitest';
import { readLive } from '../../src/gcp/read.js';
import { staleness } from '../../src/plan/index.js';
import type { Plan } from '../../src/plan/index.js';
import { harness, neg, P } from '../helpers/emulator.js';
import { apply, ONE_BACKEND, plan, workspace } from '../helpers/plan.js';

const BASIC = ONE_BACKEND;
const LABELLED = BASIC.replace('metadata: { name: lb, project: my-project }', 'metadata: { name: lb, project: my-project, labels: { team: web } }');

describe('staleness of a saved plan', () => {
  it('a plan checked against the live state it was made from is not stale', async () => {
    const h = await harness();
    const ws = workspace();
    await apply(h, await plan(h, ws.write(BASIC)), ws.dir);
    const p = await plan(h, ws.write(LABELLED));
    expect(p.observed.length).toBeGreaterThan(0);
    expect(staleness(p, await readLive(h, P))).toEqual([]);
  });

  it('an observed resource deleted since the plan was made: "no longer exists"', async () => {
    const h = await harness();
    const ws = workspace();
    await apply(h, await plan(h, ws.write(BASIC)), ws.dir);
    // New labels: the plan changes the forwarding rule (setLabels), so it observed it.
    const p = await plan(h, ws.write(LABELLED));
    expect(p.observed.map((o) => o.address)).toContain('globalForwardingRule/lb-http');
    // Nothing references a forwarding rule: someone deletes it out of band.
    await h.v1.globalForwardingRules.delete({ project: P, forwardingRule: 'lb-http' });
    expect(staleness(p, await readLive(h, P))).toEqual(['globalForwardingRule/lb-http no longer exists']);
  });

  it('an observed resource deleted and another one changed: both are reported, in the order of the observed addresses', async () => {
    const h = await harness();
    const ws = workspace();
    await apply(h, await plan(h, ws.write(BASIC)), ws.dir);
    const p = await plan(h, ws.write(LABELLED));
    await h.v1.globalForwardingRules.delete({ project: P, forwardingRule: 'lb-http' });
    const bs = (await h.v1.backendServices.get({ project: P, backendService: 'lb-hello' })).data;
    await h.v1.backendServices.patch({ project: P, backendService: 'lb-hello', requestBody: { fingerprint: bs.fingerprint, description: 'edited in the console' } });
    expect(p.observed.map((o) => o.address)).toContain('backendService/lb-hello');
    expect(staleness(p, await readLive(h, P))).toEqual(['backendService/lb-hello changed since the plan was made', 'globalForwardingRule/lb-http no longer exists']);
  });

  it('a resource the plan would create, created by someone else meanwhile: "was created by someone else since the plan was made"', async () => {
    const h = await harness();
    const ws = workspace();
    const p = await plan(h, ws.write(BASIC));
    expect(p.observed).toEqual([]);
    expect(p.steps.map((s) => s.id)).toContain('create:backendService/lb-hello');
    expect(staleness(p, await readLive(h, P))).toEqual([]);
    await h.v1.backendServices.insert({ project: P, requestBody: { name: 'lb-hello' } });
    await h.v1.regionNetworkEndpointGroups.insert(neg('unrelated-neg'));
    expect(staleness(p, await readLive(h, P))).toEqual(['backendService/lb-hello was created by someone else since the plan was made']);
  });

  it('a resource created meanwhile under a name the plan deletes and then creates again is not reported', async () => {
    // A same-name replacement (delete, then insert) of a resource the plan did not observe: the
    // insert meets the resource only after its own delete, so its appearance does not make the plan stale.
    const h = await harness();
    const ws = workspace();
    const p = await plan(h, ws.write(BASIC));
    const insert = p.steps.find((s) => s.id === 'create:backendService/lb-hello')!;
    const replacing: Plan = { ...p, steps: [...p.steps, { ...insert, id: 'delete:backendService/lb-hello', operation: { type: 'delete' }, summary: 'delete' }] };
    await h.v1.backendServices.insert({ project: P, requestBody: { name: 'lb-hello' } });
    const live = await readLive(h, P);
    expect(staleness(replacing, live)).toEqual([]);
    expect(staleness(p, live)).toEqual(['backendService/lb-hello was created by someone else since the plan was made']);
  });

  it('a resource created by someone else is reported even when the plan also deletes other resources', async () => {
    const h = await harness();
    const ws = workspace();
    await apply(h, await plan(h, ws.write(BASIC)), ws.dir);
    // Backend hello goes, backend web comes: the plan deletes lb-hello's resources and creates lb-web's.
    const p = await plan(h, ws.write(BASIC.replace('  hello:', '  web:')));
    expect(p.steps.map((s) => s.id)).toEqual(expect.arrayContaining(['create:backendService/lb-web', 'delete:backendService/lb-hello']));
    await h.v1.backendServices.insert({ project: P, requestBody: { name: 'lb-web' } });
    expect(staleness(p, await readLive(h, P))).toEqual(['backendService/lb-web was created by someone else since the plan was made']);
  });

  it('a resource the plan replaces under the same name (delete, then insert) was observed: it did not appear meanwhile', async () => {
    const h = await harness();
    const ws = workspace();
    await apply(h, await plan(h, ws.write(BASIC)), ws.dir);
    // A fixed IP in place of the reserved address recreates the forwarding rule under its name.
    const p = await plan(h, ws.write(BASIC.replace('{ reserve: lb-ip }', '{ ip: 203.0.113.5 }')));
    expect(p.steps.map((s) => s.id)).toEqual(expect.arrayContaining(['delete:globalForwardingRule/lb-http', 'create:globalForwardingRule/lb-http']));
    expect(p.observed.map((o) => o.address)).toContain('globalForwardingRule/lb-http');
    const live = await readLive(h, P);
    expect(staleness(p, live)).toEqual([]);
    // Even in a plan edited to insert it without the delete, an observed resource is not "created by someone else".
    const edited: Plan = { ...p, steps: p.steps.filter((s) => s.id !== 'delete:globalForwardingRule/lb-http') };
    expect(staleness(edited, live)).toEqual([]);
  });

  it('each reason is given once, even when the plan holds the resource twice', async () => {
    const h = await harness();
    const ws = workspace();
    await apply(h, await plan(h, ws.write(BASIC)), ws.dir);
    const p = await plan(h, ws.write(LABELLED));
    await h.v1.globalForwardingRules.delete({ project: P, forwardingRule: 'lb-http' });
    const rule = p.observed.find((o) => o.address === 'globalForwardingRule/lb-http')!;
    const twice: Plan = { ...p, observed: [...p.observed, rule] };
    expect(staleness(twice, await readLive(h, P))).toEqual(['globalForwardingRule/lb-http no longer exists']);
  });
});

/**
 * Deletes that cannot happen (src/plan/steps.ts, detachBeforeDelete): a resource something that
 * stays still uses is left out of the plan, and so, in turn, is what it uses; the plan says why.
 * On the emulator over real HTTP, with the outside user created by hand through the Compute API.
 */
import { describe, expect, it } from 'vitest';
import type { LiveResource, LiveState } from '../../src/gcp/read.js';
import { makePlan } from '../../src/plan/index.js';
import { planFile } from '../../src/workflow.js';
import { harness, link, P } from '../helpers/emulator.js';
import { apply, ENV, plan, workspace } from '../helpers/plan.js';

const yaml = (api: boolean) => `apiVersion: lb-plan/v1
kind: LoadBalancer
metadata: { name: lb, project: my-project }
frontend:
  address: { reserve: lb-ip }
backends:
  web:
    serverless: [ { region: us-central1, cloudRun: { service: web } } ]
${api ? '  api:\n    serverless: [ { region: us-central1, cloudRun: { service: api } } ]\n' : ''}routing:
  default: web
${api ? '  paths:\n    - { paths: [/api/*], backend: api }\n' : ''}`;

describe('a delete something outside the load balancer still needs', () => {
  it('a backend service another URL map routes to stays, and so does its NEG; the plan says why, and applies cleanly', async () => {
    const h = await harness();
    const ws = workspace();
    await apply(h, await plan(h, ws.write(yaml(true))), ws.dir);
    await h.v1.urlMaps.insert({ project: P, requestBody: { name: 'other', defaultService: link('backendServices', 'lb-api') } });
    const p = await plan(h, ws.write(yaml(false)));
    const neg = p.resources.find((r) => r.kind === 'regionNetworkEndpointGroup' && r.action === 'delete');
    expect(neg, 'the NEG of api is no longer wanted').toBeDefined();
    expect(p.steps.filter((s) => s.operation.type === 'delete').map((s) => s.id)).toEqual([]);
    expect(p.warnings).toContain('backendService/lb-api cannot be deleted: urlMap/other still uses it and lb-plan does not manage that resource. The delete is left out.');
    expect(p.warnings).toContain(`${neg!.address} cannot be deleted: backendService/lb-api still uses it and lb-plan does not manage that resource. The delete is left out.`);
    // The URL map stops routing to api: that change still happens.
    expect(p.steps.map((s) => s.id)).toContain('update:urlMap/lb');
    await apply(h, p, ws.dir);
    expect((await h.v1.backendServices.get({ project: P, backendService: 'lb-api' })).data.name).toBe('lb-api');
  });
});

describe('a same-name replacement something still uses', () => {
  /**
   * The live state of an applied HTTP load balancer as read from the emulator, with its address
   * answered as IPV6 (ipVersion cannot change in place: a same-name replacement) and `users` as given.
   */
  async function addressToReplace(users: (own: string) => string[]) {
    const h = await harness();
    const ws = workspace();
    const file = ws.write(yaml(false));
    await apply(h, await plan(h, file), ws.dir);
    const r = await planFile({ file, clients: h, env: ENV });
    if (!r.ok) throw new Error('the manifest plans');
    const resources = new Map(r.live.resources);
    const address = resources.get('globalAddress/lb-ip')!;
    const own = (address.body.users as string[])[0]!;
    expect(own).toBe(link('forwardingRules', 'lb-http'));
    resources.set(address.address, { ...address, body: { ...address.body, ipVersion: 'IPV6', users: users(own) } } as LiveResource);
    const live: LiveState = { ...r.live, resources };
    return makePlan(r.compiled, live, { manifestFile: file, manifestDigest: 'd' });
  }

  it('used by a forwarding rule that stays: the replacement is left out whole, and the plan says to rename', async () => {
    const p = await addressToReplace((own) => [own]);
    expect(p.resources.find((r) => r.address === 'globalAddress/lb-ip')?.action).toBe('replace');
    expect(p.steps.filter((s) => s.address === 'globalAddress/lb-ip')).toEqual([]);
    expect(p.warnings).toContain('globalAddress/lb-ip must be replaced (ipVersion cannot change in place), but globalForwardingRule/lb-http still uses it: the replacement is left out. Rename it in the manifest to replace it without downtime.');
  });

  it('used by a forwarding rule lb-plan does not manage: the plan says so', async () => {
    const p = await addressToReplace((own) => [link('forwardingRules', 'someone-else'), own]);
    expect(p.steps.filter((s) => s.address === 'globalAddress/lb-ip')).toEqual([]);
    expect(p.warnings).toContain('globalAddress/lb-ip must be replaced (ipVersion cannot change in place), but globalForwardingRule/someone-else still uses it and lb-plan does not manage that resource: the replacement is left out. Rename it in the manifest to replace it without downtime.');
  });
});

/**
 * Deletes that cannot happen (src/plan/steps.ts, detachBeforeDelete): a resource something that
 * stays still uses is left out of the plan, and so, in turn, is what it uses; the plan says why.
 * On the emulator over real HTTP, with the outside user created by hand through the Compute API.
 */
import { describe, expect, it } from 'vitest';
import { harness, link, P } from '../helpers/emulator.js';
import { apply, plan, workspace } from '../helpers/plan.js';

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

/**
 * Steps of src/plan/steps.ts around backend services, on the emulator over real HTTP: Cloud Armor
 * attached and detached through setSecurityPolicy (the only way GCP takes it), the OAuth secret of
 * IAP never in a plan, and the API version of a NEG's delete. Expectations are written out from the
 * Compute API and the manifest, then the plan is applied and planned again to nothing.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Plan, Step } from '../../src/plan/index.js';
import { harness, type Harness } from '../helpers/emulator.js';
import { apply, ENV, ordered, plan, workspace } from '../helpers/plan.js';

const LINK = 'https://www.googleapis.com/compute/v1/projects/my-project/global';

const yaml = (o: { armor?: boolean; iap?: boolean; regions?: string[] } = {}) => `apiVersion: lb-plan/v1
kind: LoadBalancer
metadata: { name: lb, project: my-project }
frontend:
  address: { reserve: lb-ip }
backends:
  web:
    serverless:
${(o.regions ?? ['us-central1']).map((r) => `      - { region: ${r}, cloudRun: { service: web } }\n`).join('')}${o.armor ? '    securityPolicy:\n      rateLimit: { requestCount: 100, intervalSec: 60, enforceOnKey: IP }\n' : ''}${
  o.iap ? '    iap:\n      oauth2ClientId: 123456789012-abc.apps.googleusercontent.com\n      oauth2ClientSecret: { env: IAP_CLIENT_SECRET }\n' : ''
}`;

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

/** The iap member of a create or update step's body. */
function iapOf(s: Step): Record<string, unknown> {
  if (s.operation.type !== 'insert' && s.operation.type !== 'update') throw new Error(`${s.id} has no full body`);
  return s.operation.body.iap as Record<string, unknown>;
}

const step = (p: Plan, id: string): Step => {
  const s = p.steps.find((x) => x.id === id);
  expect(s, `${id} in ${p.steps.map((x) => x.id).join(', ')}`).toBeDefined();
  return s!;
};

describe('Cloud Armor on a backend service', () => {
  it('created with a backend: setSecurityPolicy after both creates; without a policy, no setSecurityPolicy at all', async () => {
    const h = await harness();
    const ws = workspace();
    const withArmor = await plan(h, ws.write(yaml({ armor: true })));
    const set = step(withArmor, 'setSecurityPolicy:backendService/lb-web');
    expect(set.operation).toEqual({ type: 'call', method: 'setSecurityPolicy', body: { securityPolicy: `${LINK}/securityPolicies/lb-web-armor` } });
    expect(set.summary).toBe('setSecurityPolicy');
    expect(ordered(withArmor, set.id, 'create:backendService/lb-web')).toBe(true);
    expect(ordered(withArmor, set.id, 'create:securityPolicy/lb-web-armor')).toBe(true);
    const without = await plan(h, ws.write(yaml()));
    expect(without.steps.filter((s) => s.address === 'backendService/lb-web').map((s) => s.id)).toEqual(['create:backendService/lb-web']);
  });

  it('attached later: setSecurityPolicy after the policy is created, then the description patch with the applied record, no PUT; a later detach by hand reads as drift', async () => {
    const { h, ws } = await applied(yaml());
    const text = yaml({ armor: true });
    const p = await plan(h, ws.write(text));
    const mine = p.steps.filter((s) => s.address === 'backendService/lb-web').map((s) => s.id.split(':')[0]).sort();
    expect(mine).toEqual(['describe', 'setSecurityPolicy']);
    expect(step(p, 'setSecurityPolicy:backendService/lb-web').operation).toEqual({ type: 'call', method: 'setSecurityPolicy', body: { securityPolicy: `${LINK}/securityPolicies/lb-web-armor` } });
    expect(step(p, 'describe:backendService/lb-web').operation).toMatchObject({ type: 'patch', currentFingerprint: true });
    expect(ordered(p, 'setSecurityPolicy:backendService/lb-web', 'create:securityPolicy/lb-web-armor')).toBe(true);
    expect(ordered(p, 'describe:backendService/lb-web', 'setSecurityPolicy:backendService/lb-web')).toBe(true);
    await settle(h, ws, p, text);
    // The record now says the policy was applied: detached by hand, it reads as drift, not as an edit.
    await h.v1.backendServices.setSecurityPolicy({ project: 'my-project', backendService: 'lb-web', requestBody: { securityPolicy: null } as never });
    const drift = (await plan(h, ws.write(text))).resources.find((r) => r.address === 'backendService/lb-web');
    expect(drift?.reason).toBe('changed outside lb-plan since the last apply (securityPolicy); will be restored');
  });

  it('detached: setSecurityPolicy to none, and only then the policy deleted', async () => {
    const { h, ws } = await applied(yaml({ armor: true }));
    const text = yaml();
    const p = await plan(h, ws.write(text));
    expect(step(p, 'setSecurityPolicy:backendService/lb-web').operation).toEqual({ type: 'call', method: 'setSecurityPolicy', body: { securityPolicy: null } });
    expect(step(p, 'delete:securityPolicy/lb-web-armor').api).toBe('v1');
    expect(ordered(p, 'delete:securityPolicy/lb-web-armor', 'setSecurityPolicy:backendService/lb-web')).toBe(true);
    await settle(h, ws, p, text);
  });
});

describe('IAP: the OAuth client secret in a plan', () => {
  it('is a placeholder naming the secret and its SHA-256, in the create body and the PUT body', async () => {
    const sha = createHash('sha256').update(ENV.IAP_CLIENT_SECRET).digest('hex');
    const h = await harness();
    const ws = workspace();
    const text = yaml({ iap: true });
    const p = await plan(h, ws.write(text));
    expect(JSON.stringify(p)).not.toContain(ENV.IAP_CLIENT_SECRET);
    expect(iapOf(step(p, 'create:backendService/lb-web'))).toEqual({ enabled: true, oauth2ClientId: '123456789012-abc.apps.googleusercontent.com', oauth2ClientSecret: { $secret: 'env:IAP_CLIENT_SECRET', sha256: sha } });
    await apply(h, p, ws.dir);
    const rotated = await plan(h, ws.write(text), { ...ENV, IAP_CLIENT_SECRET: 'another-secret-456' });
    expect(JSON.stringify(rotated)).not.toContain('another-secret-456');
    expect(iapOf(step(rotated, 'update:backendService/lb-web')).oauth2ClientSecret).toEqual({ $secret: 'env:IAP_CLIENT_SECRET', sha256: createHash('sha256').update('another-secret-456').digest('hex') });
  });
});

describe('deletes', () => {
  it('a serverless NEG is deleted through the beta API (where GCP serves it), other deletes through v1', async () => {
    const { h, ws } = await applied(yaml({ regions: ['us-central1', 'europe-west1'], armor: true }));
    const text = yaml({ regions: ['us-central1'] });
    const p = await plan(h, ws.write(text));
    const deletes = p.steps.filter((s) => s.operation.type === 'delete').map((s) => `${s.api} ${s.address} ${s.summary}`);
    expect(deletes.sort()).toEqual([expect.stringMatching(/^beta regionNetworkEndpointGroup\/europe-west1\/.+ delete$/), 'v1 securityPolicy/lb-web-armor delete']);
    await settle(h, ws, p, text);
  });
});

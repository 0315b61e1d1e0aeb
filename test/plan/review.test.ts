/** Regressions for defects found in review: each was reproduced on the emulator before its fix. */
import { describe, expect, it } from 'vitest';
import { harness, link, P } from '../helpers/emulator.js';
import { actions, apply, plan, workspace } from '../helpers/plan.js';

const HEAD = `apiVersion: lb-plan/v1
kind: LoadBalancer
metadata: { name: lb, project: my-project }
frontend:
`;
const BACKEND = `backends:
  web:
    serverless: [ { region: us-central1, cloudRun: { service: web } } ]
`;

describe('review regressions', () => {
  it('an owned address the manifest now references as existing is kept, not deleted from under the new rule', async () => {
    const h = await harness();
    const ws = workspace();
    await apply(h, await plan(h, ws.write(HEAD + '  address: { reserve: lb-ip }\n' + BACKEND)), ws.dir);
    const p = await plan(h, ws.write(HEAD + '  address: { existing: lb-ip }\n  https: { certificates: [ { managed: [example.com] } ] }\n' + BACKEND));
    expect(actions(p)).not.toContain('delete globalAddress/lb-ip');
    expect(p.warnings.join('\n')).toContain('globalAddress/lb-ip is no longer managed by this manifest but is still referenced as existing');
    await apply(h, p, ws.dir);
    expect((await h.v1.globalAddresses.get({ project: P, address: 'lb-ip' })).data.users).toEqual([link('forwardingRules', 'lb-https')]);
  });

  it('when a delete is left out, the deletes of what it uses are left out too (no in-use error)', async () => {
    const h = await harness();
    const ws = workspace();
    const https = HEAD + '  address: { reserve: lb-ip }\n  https: { certificates: [ { managed: [example.com] } ] }\n' + BACKEND;
    await apply(h, await plan(h, ws.write(https)), ws.dir);
    // Someone else's rule uses our HTTPS proxy.
    await h.v1.globalForwardingRules.insert({ project: P, requestBody: { name: 'hand-made', portRange: '8443', target: link('targetHttpsProxies', 'lb-https-proxy') } });
    const p = await plan(h, ws.write(HEAD + '  address: { reserve: lb-ip }\n  http: true\n' + BACKEND));
    expect(p.steps.map((s) => s.id)).not.toContain('delete:targetHttpsProxy/lb-https-proxy');
    expect(p.steps.some((s) => s.id.startsWith('delete:sslCertificate/'))).toBe(false);
    expect(p.warnings.join('\n')).toContain('globalForwardingRule/hand-made');
    await apply(h, p, ws.dir);
  });

  it('several rule changes on one policy are distinct steps, and all of them run', async () => {
    const h = await harness();
    const ws = workspace();
    const file = ws.write(HEAD + '  address: { reserve: lb-ip }\n' + BACKEND + '    securityPolicy: { rateLimit: { requestCount: 50 } }\n');
    await apply(h, await plan(h, file), ws.dir);
    const rule = (priority: number) => ({ priority, action: 'deny(403)', match: { versionedExpr: 'SRC_IPS_V1', config: { srcIpRanges: ['10.0.0.0/8'] } } });
    await h.v1.securityPolicies.addRule({ project: P, securityPolicy: 'lb-web-armor', requestBody: rule(100) });
    await h.v1.securityPolicies.addRule({ project: P, securityPolicy: 'lb-web-armor', requestBody: rule(200) });
    const p = await plan(h, file);
    expect(p.steps.map((s) => s.id).sort()).toEqual(['removeRule-100:securityPolicy/lb-web-armor', 'removeRule-200:securityPolicy/lb-web-armor']);
    await apply(h, p, ws.dir);
    expect((await plan(h, file)).steps).toEqual([]);
  });

  it('a rule switched to preview out of band (not enforced) is repaired', async () => {
    const h = await harness();
    const ws = workspace();
    const file = ws.write(HEAD + '  address: { reserve: lb-ip }\n' + BACKEND + '    securityPolicy: { rateLimit: { requestCount: 50 } }\n');
    await apply(h, await plan(h, file), ws.dir);
    await h.v1.securityPolicies.patchRule({ project: P, securityPolicy: 'lb-web-armor', priority: 1000, requestBody: { preview: true } });
    const p = await plan(h, file);
    expect(p.steps.map((s) => s.id)).toEqual(['patchRule-1000:securityPolicy/lb-web-armor']);
    await apply(h, p, ws.dir);
    expect((await plan(h, file)).steps).toEqual([]);
  });
});

/**
 * The in-place updates of src/plan/steps.ts, on the emulator over real HTTP: which Compute method
 * each change goes through (GCP has one per field for proxies, forwarding rules, addresses and
 * Cloud Armor rules), with what body, in what order; then applied, and planned again to nothing.
 * The expected methods and bodies are written out here from the Compute API, not read from the code.
 */
import { describe, expect, it } from 'vitest';
import type { Plan, Step } from '../../src/plan/index.js';
import { harness, P, type Harness } from '../helpers/emulator.js';
import { apply, plan, workspace } from '../helpers/plan.js';

const lbYaml = (o: { count?: number; labels?: string; quic?: string; sslPolicy?: string } = {}) => `apiVersion: lb-plan/v1
kind: LoadBalancer
metadata: { name: lb, project: my-project${o.labels ? `, labels: { ${o.labels} }` : ''} }
frontend:
  address: { reserve: lb-ip }
  https:
    certificates:
      - managed: [www.example.com]
${o.quic ? `    quicOverride: ${o.quic}\n` : ''}${o.sslPolicy ? `    sslPolicy: ${o.sslPolicy}\n` : ''}backends:
  web:
    serverless:
      - region: us-central1
        cloudRun: { service: web }
    securityPolicy:
      rateLimit: { requestCount: ${o.count ?? 100}, intervalSec: 60, enforceOnKey: IP }
`;

const POLICY = 'securityPolicy/lb-web-armor';
const THROTTLE = {
  priority: 1000,
  description: 'Rate limit per client',
  action: 'throttle',
  match: { versionedExpr: 'SRC_IPS_V1', config: { srcIpRanges: ['*'] } },
  rateLimitOptions: { conformAction: 'allow', exceedAction: 'deny(429)', enforceOnKey: 'IP', rateLimitThreshold: { count: 100, intervalSec: 60 } },
};

async function applied(yaml: string): Promise<{ h: Harness; ws: ReturnType<typeof workspace> }> {
  const h = await harness({ certificateActivationMs: 0 });
  const ws = workspace();
  await apply(h, await plan(h, ws.write(yaml)), ws.dir);
  return { h, ws };
}

const stepsOf = (p: Plan, address: string): Step[] => p.steps.filter((s) => s.address === address);
const ids = (steps: Step[]): string[] => steps.map((s) => s.id.split(':')[0]!);
const edgesOf = (p: Plan, address: string): string[] => p.edges.filter((e) => e.from.endsWith(`:${address}`) && e.to.endsWith(`:${address}`)).map((e) => `${e.from.split(':')[0]} after ${e.to.split(':')[0]} (${e.rule})`);

/** The body of a setLabels step. */
function labelsBody(s: Step): { labels: Record<string, string>; labelFingerprint: string } {
  if (s.operation.type !== 'call' || s.operation.method !== 'setLabels') throw new Error(`${s.id} is not a setLabels call`);
  return s.operation.body as { labels: Record<string, string>; labelFingerprint: string };
}

async function policy(h: Harness) {
  return (await h.v1.securityPolicies.get({ project: P, securityPolicy: 'lb-web-armor' })).data;
}

/**
 * A plan's steps and edges are in one stable order (by id; edges by their ends), each edge once and
 * between steps of the plan: the same plan reads the same every time it is made.
 */
function expectStableShape(p: Plan): void {
  const stepIds = p.steps.map((s) => s.id);
  expect(stepIds).toEqual([...stepIds].sort());
  const pairs = p.edges.map((e) => `${e.from}${e.to}`);
  expect(pairs).toEqual([...pairs].sort());
  expect(new Set(p.edges.map((e) => `${e.from}|${e.to}`)).size).toBe(p.edges.length);
  for (const e of p.edges) {
    expect(stepIds, e.from).toContain(e.from);
    expect(stepIds, e.to).toContain(e.to);
    expect(e.from).not.toBe(e.to);
  }
}

/** Applies the plan, plans again (nothing left to do) and returns the policy's rules as GCP holds them. */
async function applyAndSettle(h: Harness, ws: ReturnType<typeof workspace>, p: Plan, yaml: string) {
  await apply(h, p, ws.dir);
  expect((await plan(h, ws.write(yaml))).steps.map((s) => s.id)).toEqual([]);
}

describe('the order of a plan', () => {
  it("a whole new load balancer's plan: steps by id, edges by their ends, each once", async () => {
    const h = await harness();
    const p = await plan(h, workspace().write(lbYaml()));
    expect(p.steps.length).toBeGreaterThan(8);
    expect(p.edges.length).toBeGreaterThan(8);
    expectStableShape(p);
  });
});

describe('Cloud Armor rules change one priority at a time', () => {
  it('a changed rule is patched at its priority, one added by hand removed, then the labels rewritten, in that order', async () => {
    const { h, ws } = await applied(lbYaml());
    await h.v1.securityPolicies.addRule({ project: P, securityPolicy: 'lb-web-armor', requestBody: { priority: 500, action: 'deny(403)', match: { versionedExpr: 'SRC_IPS_V1', config: { srcIpRanges: ['10.0.0.0/8'] } } } });
    const before = await policy(h);
    const yaml = lbYaml({ count: 200 });
    const p = await plan(h, ws.write(yaml));
    const steps = stepsOf(p, POLICY);
    expect(ids(steps)).toEqual(['patchRule-1000', 'removeRule-500', 'setLabels']);
    const [patch, remove, labels] = steps;
    expect(patch!.operation).toEqual({ type: 'call', method: 'patchRule', body: { ...THROTTLE, rateLimitOptions: { ...THROTTLE.rateLimitOptions, rateLimitThreshold: { count: 200, intervalSec: 60 } }, preview: false }, query: { priority: 1000 } });
    expect(patch!.summary).toBe('patchRule (priority 1000)');
    expect(remove!.operation).toEqual({ type: 'call', method: 'removeRule', body: {}, query: { priority: 500 } });
    expect(remove!.summary).toBe('removeRule (priority 500)');
    const body = labelsBody(labels!);
    expect(body.labelFingerprint).toBe(before.labelFingerprint);
    expect(body.labels['lb-plan-lb']).toBe('lb');
    expect(body.labels['lb-plan-applied']).not.toBe(before.labels!['lb-plan-applied']);
    expect(edgesOf(p, POLICY).sort()).toEqual(['removeRule-500 after patchRule-1000 (oneResourceInOrder)', 'setLabels after removeRule-500 (oneResourceInOrder)']);
    expectStableShape(p);
    await applyAndSettle(h, ws, p, yaml);
    const rules = (await policy(h)).rules!.map((r) => `${r.priority} ${r.action} ${r.rateLimitOptions?.rateLimitThreshold?.count ?? ''}`.trim());
    expect(rules.sort()).toEqual(['1000 throttle 200', '2147483647 allow']);
  });

  it('a rule removed by hand is added back at its priority, and nothing else is written', async () => {
    const yaml = lbYaml();
    const { h, ws } = await applied(yaml);
    await h.v1.securityPolicies.removeRule({ project: P, securityPolicy: 'lb-web-armor', priority: 1000 });
    const p = await plan(h, ws.write(yaml));
    expect(p.steps.map((s) => s.id)).toEqual([`addRule-1000:${POLICY}`]);
    expect(p.steps[0]!.operation).toEqual({ type: 'call', method: 'addRule', body: THROTTLE });
    expect(p.steps[0]!.summary).toBe('addRule (priority 1000)');
    await applyAndSettle(h, ws, p, yaml);
  });

  it('a rule switched to preview by hand is patched back with preview false', async () => {
    const yaml = lbYaml();
    const { h, ws } = await applied(yaml);
    await h.v1.securityPolicies.patchRule({ project: P, securityPolicy: 'lb-web-armor', priority: 1000, requestBody: { ...THROTTLE, preview: true } });
    const p = await plan(h, ws.write(yaml));
    expect(p.steps.map((s) => s.id)).toEqual([`patchRule-1000:${POLICY}`]);
    expect(p.steps[0]!.operation).toEqual({ type: 'call', method: 'patchRule', body: { ...THROTTLE, preview: false }, query: { priority: 1000 } });
    await applyAndSettle(h, ws, p, yaml);
  });

  it("the policy's description edited by hand is patched back, with the fingerprint read", async () => {
    const yaml = lbYaml();
    const { h, ws } = await applied(yaml);
    const original = (await policy(h)).description;
    await h.v1.securityPolicies.patch({ project: P, securityPolicy: 'lb-web-armor', requestBody: { description: 'Edited by hand [managed by lb-plan: lb]', fingerprint: (await policy(h)).fingerprint } });
    const live = await policy(h);
    const p = await plan(h, ws.write(yaml));
    const steps = stepsOf(p, POLICY);
    expect(ids(steps)).toEqual(['patch']); // the record is the manifest's: unchanged, so no setLabels
    expect(steps[0]!.operation).toEqual({ type: 'patch', body: { description: original }, fingerprint: live.fingerprint });
    expect(steps[0]!.summary).toBe('patch (with fingerprint)');
    await applyAndSettle(h, ws, p, yaml);
  });

  it('labels changed in the manifest: setLabels on the policy, the address and the forwarding rules, each with its own label fingerprint', async () => {
    const { h, ws } = await applied(lbYaml());
    const yaml = lbYaml({ labels: 'team: a' });
    const p = await plan(h, ws.write(yaml));
    const fingerprints = new Map<string, string | null | undefined>([
      [POLICY, (await policy(h)).labelFingerprint],
      ['globalAddress/lb-ip', (await h.v1.globalAddresses.get({ project: P, address: 'lb-ip' })).data.labelFingerprint],
      ['globalForwardingRule/lb-https', (await h.v1.globalForwardingRules.get({ project: P, forwardingRule: 'lb-https' })).data.labelFingerprint],
    ]);
    expect(p.steps.map((s) => s.id).sort()).toEqual([...fingerprints.keys()].map((a) => `setLabels:${a}`).sort());
    expectStableShape(p);
    for (const s of p.steps) {
      const body = labelsBody(s);
      expect(body.labelFingerprint, s.id).toBe(fingerprints.get(s.address));
      expect(body.labels.team, s.id).toBe('a');
      expect(body.labels['managed-by'], s.id).toBe('lb-plan');
      expect(body.labels['lb-plan-applied'], s.id).toMatch(/^r1-/);
    }
    await applyAndSettle(h, ws, p, yaml);
  });
});

describe('the HTTPS proxy', () => {
  it('quicOverride changes through setQuicOverride; left out again, it goes back to NONE', async () => {
    const { h, ws } = await applied(lbYaml());
    const enable = lbYaml({ quic: 'ENABLE' });
    const p = await plan(h, ws.write(enable));
    const steps = stepsOf(p, 'targetHttpsProxy/lb-https-proxy');
    expect(ids(steps)).toEqual(['describe', 'setQuicOverride']);
    expect(steps[1]!.operation).toEqual({ type: 'call', method: 'setQuicOverride', body: { quicOverride: 'ENABLE' } });
    expect(steps[0]!.operation.type).toBe('patch');
    expect(edgesOf(p, 'targetHttpsProxy/lb-https-proxy')).toEqual(['describe after setQuicOverride (oneResourceInOrder)']);
    await applyAndSettle(h, ws, p, enable);
    const back = await plan(h, ws.write(lbYaml()));
    expect(stepsOf(back, 'targetHttpsProxy/lb-https-proxy')[1]!.operation).toEqual({ type: 'call', method: 'setQuicOverride', body: { quicOverride: 'NONE' } });
    await applyAndSettle(h, ws, back, lbYaml());
  });

  it('an SSL policy attached and detached through setSslPolicy (a link, then none)', async () => {
    const { h, ws } = await applied(lbYaml());
    const modern = lbYaml({ sslPolicy: 'modern' });
    const p = await plan(h, ws.write(modern));
    const steps = stepsOf(p, 'targetHttpsProxy/lb-https-proxy');
    expect(ids(steps)).toEqual(['describe', 'setSslPolicy']);
    expect(steps[1]!.operation).toEqual({ type: 'call', method: 'setSslPolicy', body: { sslPolicy: 'https://www.googleapis.com/compute/v1/projects/my-project/global/sslPolicies/modern' } });
    expect(steps[1]!.summary).toBe('setSslPolicy');
    expect(steps[0]!.summary).toBe("patch description (lb-plan's applied record)");
    expect(steps[0]!.operation).toMatchObject({ type: 'patch', currentFingerprint: true });
    await applyAndSettle(h, ws, p, modern);
    const back = await plan(h, ws.write(lbYaml()));
    expect(stepsOf(back, 'targetHttpsProxy/lb-https-proxy')[1]!.operation).toEqual({ type: 'call', method: 'setSslPolicy', body: { sslPolicy: null } });
    await applyAndSettle(h, ws, back, lbYaml());
  });
});

/**
 * Taking over an existing address (metadata.adopt) in src/plan/steps.ts, on the emulator over real
 * HTTP: the address's description cannot change, so setLabels writes lb-plan's labels and the applied
 * record; one another load balancer's marker names keeps that name in the hand-over label.
 */
import { describe, expect, it } from 'vitest';
import { harness, P } from '../helpers/emulator.js';
import { apply, plan, workspace } from '../helpers/plan.js';

const yaml = `apiVersion: lb-plan/v1
kind: LoadBalancer
metadata: { name: lb, project: my-project, adopt: [globalAddress/lb-ip], labels: { team: web } }
frontend:
  address: { reserve: lb-ip }
backends:
  web:
    serverless: [ { region: us-central1, cloudRun: { service: web } } ]
`;

async function adopted(description: string | undefined, labels: Record<string, string> | undefined) {
  const h = await harness();
  const ws = workspace();
  await h.v1.globalAddresses.insert({ project: P, requestBody: { name: 'lb-ip', ...(description ? { description } : {}), ...(labels ? { labels } : {}) } });
  const live = (await h.v1.globalAddresses.get({ project: P, address: 'lb-ip' })).data;
  const p = await plan(h, ws.write(yaml));
  return { h, ws, p, live };
}

const labelsOf = (op: unknown) => (op as { body: { labels: Record<string, string>; labelFingerprint: string } }).body;

describe('an adopted address', () => {
  it("unowned: setLabels with the manifest's labels, lb-plan's ownership labels and the record, on the fingerprint read; then nothing to do", async () => {
    const { h, ws, p, live } = await adopted(undefined, undefined);
    expect(p.resources.find((r) => r.address === 'globalAddress/lb-ip')?.action).toBe('adopt');
    const steps = p.steps.filter((s) => s.address === 'globalAddress/lb-ip');
    expect(steps.map((s) => s.id)).toEqual(['setLabels:globalAddress/lb-ip']);
    const body = labelsOf(steps[0]!.operation);
    expect(body.labelFingerprint).toBe(live.labelFingerprint);
    expect(Object.keys(body.labels).sort()).toEqual(['lb-plan-applied', 'lb-plan-lb', 'managed-by', 'team']);
    expect(body.labels).toMatchObject({ team: 'web', 'managed-by': 'lb-plan', 'lb-plan-lb': 'lb' });
    await apply(h, p, ws.dir);
    expect((await plan(h, ws.write(yaml))).steps).toEqual([]);
  });

  it('from another load balancer (its marker in the description): the hand-over label names it', async () => {
    const { p } = await adopted('Frontend IPV4 address [managed by lb-plan: old]', { 'managed-by': 'lb-plan', 'lb-plan-lb': 'old' });
    const step = p.steps.find((s) => s.id === 'setLabels:globalAddress/lb-ip')!;
    expect(labelsOf(step.operation).labels).toMatchObject({ 'lb-plan-from': 'old', 'lb-plan-lb': 'lb', team: 'web' });
  });
});

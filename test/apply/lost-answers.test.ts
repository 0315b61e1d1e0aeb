/**
 * A mutation without a requestId (setLabels) whose answer is lost after GCP acted (src/apply/runner.ts,
 * alreadyApplied): the retry meets its own first attempt (412, the label fingerprint moved on), reads
 * the resource, and counts the step done when the labels are the ones it set; when someone else changed
 * them meanwhile, the 412 stands. The answer is lost on the wire: the real client sends the request to
 * the emulator over HTTP, then the connection "resets" before the answer is read, as a dropped socket
 * does (the emulator's own dropAfter fault cannot pick one request out of a step's several). The oracle
 * is the emulator's request log and the labels GCP holds afterwards.
 */
import { describe, expect, it } from 'vitest';
import { applyPlan } from '../../src/apply/execute.js';
import { harness, P, type Harness } from '../helpers/emulator.js';
import { apply, plan, workspace } from '../helpers/plan.js';

const MANIFEST = (team: string) => `apiVersion: lb-plan/v1
kind: LoadBalancer
metadata: { name: lb, project: my-project, labels: { team: ${team} } }
frontend:
  address: { reserve: lb-ip }
backends:
  hello:
    serverless: [ { region: us-central1, cloudRun: { service: hello } } ]
`;

type Method = (...args: unknown[]) => Promise<unknown>;

/** The first answer of `globalAddresses.setLabels` is lost after the emulator acted; `meanwhile` runs before the loss shows. */
function loseFirstSetLabels(h: Harness, meanwhile: () => Promise<void> = async () => {}): void {
  const collection = h.v1.globalAddresses as unknown as Record<string, Method>;
  const original = collection.setLabels!;
  let lost = false;
  collection.setLabels = async function (this: unknown, ...args: unknown[]) {
    const answer = await original.apply(this, args);
    if (lost) return answer;
    lost = true;
    await meanwhile();
    throw Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
  };
}

async function relabelled(): Promise<{ h: Harness; p: Awaited<ReturnType<typeof plan>>; dir: string; file: string }> {
  const h = await harness();
  const ws = workspace();
  await apply(h, await plan(h, ws.write(MANIFEST('a'))), ws.dir);
  const file = ws.write(MANIFEST('b'));
  const p = await plan(h, file);
  expect(p.steps.some((s) => s.id === 'setLabels:globalAddress/lb-ip')).toBe(true);
  h.em.log.length = 0;
  return { h, p, dir: ws.dir, file };
}

const labels = async (h: Harness) => (await h.v1.globalAddresses.get({ project: P, address: 'lb-ip' })).data.labels ?? {};
const setLabelsCalls = (h: Harness) => h.em.log.filter((l) => l.route === 'globalAddresses.setLabels').map((l) => l.status);

describe('setLabels whose answer was lost after GCP acted', () => {
  it('the retry meets its own change (412), finds the labels it set, and the step is done', async () => {
    const { h, p, file } = await relabelled();
    loseFirstSetLabels(h);
    const result = await applyPlan(p, h, { secret: () => undefined, retryBaseMs: 1 });
    expect(result.outcomes.filter((o) => o.status !== 'done').map((o) => `${o.step.id}: ${o.error ?? o.because}`)).toEqual([]);
    expect(setLabelsCalls(h)).toEqual([200, 412]);
    expect((await labels(h)).team).toBe('b');
    expect((await plan(h, file)).steps).toEqual([]);
  });

  it('someone else changed the labels meanwhile: the 412 stands and the step fails, their labels untouched', async () => {
    const { h, p } = await relabelled();
    loseFirstSetLabels(h, async () => {
      const now = (await h.v1.globalAddresses.get({ project: P, address: 'lb-ip' })).data;
      await h.v1.globalAddresses.setLabels({ project: P, resource: 'lb-ip', requestBody: { labels: { ...now.labels, team: 'someone-else' }, labelFingerprint: now.labelFingerprint } });
    });
    const result = await applyPlan(p, h, { secret: () => undefined, retryBaseMs: 1 });
    const failed = result.outcomes.filter((o) => o.status === 'failed');
    expect(failed.map((o) => o.step.id)).toEqual(['setLabels:globalAddress/lb-ip']);
    expect(failed[0]!.error).toContain('412');
    expect(setLabelsCalls(h)).toEqual([200, 200, 412]);
    expect((await labels(h)).team).toBe('someone-else');
  });
});

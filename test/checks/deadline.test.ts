/**
 * The Cloud Run checks are advisory and have one overall deadline: a Cloud Run Admin API that accepts
 * connections and never answers costs the plan that deadline, not minutes, and the checks are
 * skipped with one note. Compute is the emulator; /v2/ is a black hole in front of it, over real HTTP.
 */
import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { computeClients } from '../../src/gcp/client.js';
import { sleep } from '../../src/gcp/retry.js';
import { runReader } from '../../src/gcp/run.js';
import { planFile } from '../../src/workflow.js';
import { harness, P } from '../helpers/emulator.js';
import { front } from '../helpers/front.js';
import { ENV, workspace } from '../helpers/plan.js';

const manifest = `apiVersion: lb-plan/v1
kind: LoadBalancer
metadata: { name: shop, project: ${P} }
frontend:
  address: { reserve: shop-ip }
  http: true
backends:
  web:
    serverless:
      - { region: us-central1, cloudRun: { service: a } }
      - { region: europe-west1, cloudRun: { service: b } }
`;

/** The emulator for Compute; /v2/ requests are taken and never answered. `open` counts those still connected. */
async function blackHoleRun(): Promise<{ endpoint: string; taken: string[]; open: () => number }> {
  const h = await harness();
  const held: IncomingMessage[] = [];
  const f = await front((req) => (req.url?.startsWith('/v2/') ? (held.push(req), true) : false), h.em.endpoint);
  return { ...f, open: () => held.filter((r) => !r.socket.destroyed).length };
}

describe('the Cloud Run checks deadline', () => {
  it('skips the checks with one note when the Cloud Run Admin API does not answer in time; the plan completes and no request is left open', async () => {
    const hole = await blackHoleRun();
    const clients = computeClients({ endpoint: hole.endpoint });
    const r = await planFile({ file: workspace().write(manifest), clients, env: ENV, servicesDeadlineMs: 2_000, services: (signal) => runReader(clients, { firstContact: true, signal }) });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.plan.services).toMatchObject({ status: 'skipped', checked: 0 });
    expect(r.plan.notes).toEqual(['Cloud Run services were not checked: no answer from the Cloud Run Admin API within 2s.']);
    expect(r.plan.summary.add).toBeGreaterThan(0);
    expect(hole.taken.length).toBeGreaterThan(0);
    for (let i = 0; i < 50 && hole.open() > 0; i++) await sleep(50);
    expect(hole.open(), 'requests still waiting on the black hole').toBe(0);
  });

  it('does not send a timed-out request again: the checks are skipped after one attempt per service', async () => {
    const hole = await blackHoleRun();
    const clients = computeClients({ endpoint: hole.endpoint, timeoutMs: 300 });
    const r = await planFile({ file: workspace().write(manifest), clients, env: ENV, servicesDeadlineMs: 20_000, services: (signal) => runReader(clients, { firstContact: true, signal }) });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.plan.notes).toEqual(['Cloud Run services were not checked: reading Cloud Run services failed: no answer in time (the request timed out).']);
    expect(hole.taken).toHaveLength(2);
  });
});

import { afterEach, expect } from 'vitest';
import type { EmulatorConfig } from '../../src/emulator/config.js';
import { startEmulator, type RunningEmulator } from '../../src/emulator/server.js';
import { computeClients, type ComputeClients } from '../../src/gcp/client.js';

export const P = 'my-project';
export const BASE = `https://www.googleapis.com/compute/v1/projects/${P}/`;

export interface Harness extends ComputeClients {
  readonly em: RunningEmulator;
}

const running: RunningEmulator[] = [];

/** After each test: every response the emulator gave was valid against the contract; then stop it. */
afterEach(async () => {
  for (const em of running.splice(0)) {
    await em.close();
    expect(em.violations, 'responses that break the contract').toEqual([]);
  }
});

/** A fresh emulator on a free port with the real @googleapis/compute client pointed at it. */
export async function harness(config: Partial<EmulatorConfig> = {}, extra: { stateFile?: string; logFile?: string } = {}): Promise<Harness> {
  const em = await startEmulator({ config, checkResponses: true, ...extra });
  running.push(em);
  return { em, ...computeClients({ endpoint: em.endpoint }) };
}

/** The Compute error a client call failed with: HTTP code, reason and message, from the real client's error. */
export async function apiError(p: Promise<unknown>): Promise<{ code: number; reason: string; message: string; body: Record<string, unknown> }> {
  try {
    await p;
  } catch (e) {
    const err = e as { status?: number; code?: number | string; message: string; response?: { data?: { error?: { errors?: { reason: string }[] } } } };
    const data = err.response?.data as { error?: { code: number; message: string; errors: { reason: string }[] } } | undefined;
    return { code: Number(err.status ?? err.code), reason: data?.error?.errors?.[0]?.reason ?? '', message: data?.error?.message ?? err.message, body: (data ?? {}) as Record<string, unknown> };
  }
  throw new Error('expected the call to fail');
}

export const neg = (name: string, service = 'hello', region = 'us-central1') => ({
  project: P,
  region,
  requestBody: { name, networkEndpointType: 'SERVERLESS', cloudRun: { service } },
});

export const negLink = (name: string, region = 'us-central1') => `${BASE}regions/${region}/networkEndpointGroups/${name}`;
export const link = (collection: string, name: string) => `${BASE}global/${collection}/${name}`;

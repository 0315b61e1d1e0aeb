/**
 * Options every command that talks to Compute shares: where (GCP with ADC, an endpoint, or the
 * built-in emulator) and the project override.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { startEmulator } from '../../emulator/server.js';
import { computeClients, resolveEndpoint, type ComputeClients } from '../../gcp/client.js';
import type { CliIo } from '../io.js';

export interface CloudOptions {
  readonly computeEndpoint?: string;
  /** `--emulator [FILE]`: true, or a state file. */
  readonly emulator?: boolean | string;
  readonly project?: string;
}

export const DEFAULT_EMULATOR_STATE = '.lb-plan/emulator.json';

/** Opens the clients for a command; `close` stops an in-process emulator. */
export async function openCloud(o: CloudOptions, io: CliIo): Promise<{ clients: ComputeClients; close: () => Promise<void>; where: string }> {
  if (o.emulator) {
    const stateFile = typeof o.emulator === 'string' ? o.emulator : DEFAULT_EMULATOR_STATE;
    mkdirSync(dirname(stateFile), { recursive: true });
    const em = await startEmulator({ stateFile });
    return { clients: computeClients({ endpoint: em.endpoint }), close: () => em.close(), where: `the built-in emulator (state: ${stateFile})` };
  }
  const endpoint = resolveEndpoint(o.computeEndpoint, io.env);
  return { clients: computeClients({ endpoint }), close: async () => {}, where: endpoint ? `the Compute endpoint ${endpoint}` : 'GCP' };
}

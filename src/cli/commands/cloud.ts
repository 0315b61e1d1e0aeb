/**
 * Options every command that talks to Compute shares: where (GCP with ADC, an endpoint, or the
 * built-in emulator) and the project override.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { startEmulator } from '../../emulator/server.js';
import { computeClients, gcpClients, resolveEndpoint, type ComputeClients } from '../../gcp/client.js';
import { CredentialsError, describeCredentialsProblem } from '../../gcp/credentials.js';
import { dropMetadataLookupWarnings } from '../../gcp/metadata-warnings.js';
import { UsageError, type CliIo } from '../io.js';

export interface CloudOptions {
  readonly computeEndpoint?: string;
  /** `--emulator [FILE]`: true, or a state file. */
  readonly emulator?: boolean | string;
  readonly project?: string;
  /** Milliseconds one Compute request waits for an answer. */
  readonly requestTimeout?: number;
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
  if (endpoint) return { clients: computeClients({ endpoint, timeoutMs: o.requestTimeout }), close: async () => {}, where: `the Compute endpoint ${endpoint}` };
  return { clients: await checkedGcpClients(io, o.requestTimeout), close: async () => {}, where: 'GCP' };
}

/**
 * GCP clients with Application Default Credentials checked first. A credentials problem ends the
 * command with one line and exit 1 ("lb-plan: cannot get Google credentials: … Run …, or use
 * --emulator."), before any Compute call; the library's metadata-probe warning is kept out of the
 * output unless LB_PLAN_DEBUG is set.
 */
async function checkedGcpClients(io: CliIo, timeoutMs: number | undefined): Promise<ComputeClients> {
  if (!io.env.LB_PLAN_DEBUG) dropMetadataLookupWarnings();
  try {
    return await gcpClients(io.env, timeoutMs);
  } catch (e) {
    if (e instanceof CredentialsError) throw new UsageError(describeCredentialsProblem(e.problem, 'use --emulator'), 1);
    throw e;
  }
}

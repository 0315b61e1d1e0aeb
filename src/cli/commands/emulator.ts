import type { EmulatorConfig, FaultRates } from '../../emulator/config.js';
import { startEmulator } from '../../emulator/server.js';
import type { CliIo } from '../io.js';

/** The emulator's flags, every one parsed and checked by commander before anything runs (src/cli/main.ts). */
export interface EmulatorOptions {
  readonly port: number;
  readonly host: string;
  readonly state?: string;
  readonly log?: string;
  readonly seed: number;
  readonly latency: readonly [number, number];
  readonly operationMs: number;
  readonly certificateMs: number;
  readonly maxConcurrentOperations: number;
  readonly faults: FaultRates;
  readonly unknownFields: number;
  readonly certificateStates: Readonly<Record<string, string>>;
}

export function emulatorConfig(o: EmulatorOptions): Partial<EmulatorConfig> {
  return {
    seed: o.seed,
    latencyMs: [o.latency[0], o.latency[1]],
    operationMs: o.operationMs,
    certificateActivationMs: o.certificateMs,
    maxConcurrentOperations: o.maxConcurrentOperations,
    faults: o.faults,
    unknownFields: o.unknownFields,
    certificateDomainStates: { ...o.certificateStates },
  };
}

/** `lb-plan emulator`: serves the local Compute API until interrupted. */
export async function emulatorCommand(o: EmulatorOptions, io: CliIo, signal: AbortSignal): Promise<number> {
  const running = await startEmulator({ port: o.port, host: o.host, stateFile: o.state, logFile: o.log, config: emulatorConfig(o) });
  io.stdout(`lb-plan Compute emulator listening on ${running.endpoint}${o.state ? ` (state: ${o.state})` : ' (in memory)'}\n`);
  io.stdout(`export LB_PLAN_COMPUTE_ENDPOINT=${running.endpoint}\n`);
  await new Promise<void>((resolve) => {
    if (signal.aborted) resolve();
    signal.addEventListener('abort', () => resolve(), { once: true });
  });
  await running.close();
  io.stderr('lb-plan emulator stopped\n');
  return 0;
}

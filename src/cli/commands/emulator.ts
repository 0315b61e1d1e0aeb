import type { EmulatorConfig, FaultRates } from '../../emulator/config.js';
import { startEmulator } from '../../emulator/server.js';
import type { SeedService } from '../../emulator/run.js';
import { parseRunServices } from '../../emulator/run-seed.js';
import { MANIFEST_MAX_BYTES, readRegularFile } from '../../manifest/files.js';
import { UsageError, type CliIo } from '../io.js';

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
  readonly runServices?: string;
  readonly runDenied?: string;
}

/** `--run-services FILE`: the Cloud Run services to start with; every problem in the file at once (exit 2). */
export function readRunServices(file: string | undefined): readonly SeedService[] | undefined {
  if (file === undefined) return undefined;
  const read = readRegularFile(file, MANIFEST_MAX_BYTES);
  if (!read.ok) throw new UsageError(`--run-services: cannot read ${file}: ${read.reason}`);
  const parsed = parseRunServices(file, read.text);
  if (!parsed.ok) throw new UsageError(`--run-services: ${file} is not a list of Cloud Run services:\n${parsed.errors.map((e) => `  ${e}`).join('\n')}`);
  return parsed.services;
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
    runDenied: (o.runDenied ?? '').split(',').map((p) => p.trim()).filter(Boolean),
  };
}

/** `lb-plan emulator`: serves the local Compute API until interrupted. */
export async function emulatorCommand(o: EmulatorOptions, io: CliIo, signal: AbortSignal): Promise<number> {
  const runServices = readRunServices(o.runServices);
  const running = await startEmulator({ port: o.port, host: o.host, stateFile: o.state, logFile: o.log, config: emulatorConfig(o), runServices });
  io.stdout(`lb-plan Compute emulator listening on ${running.endpoint}${o.state ? ` (state: ${o.state})` : ' (in memory)'}\n`);
  const run = running.emulator.store.run;
  io.stdout(
    run.enabled.size
      ? `Cloud Run Admin API: ${run.services.size} service${run.services.size === 1 ? '' : 's'}${runServices ? ` (${runServices.length} from ${o.runServices})` : ''}\n`
      : 'Cloud Run Admin API: not enabled, so plans do not check the Cloud Run services (seed them with --run-services FILE)\n',
  );
  io.stdout(`export LB_PLAN_COMPUTE_ENDPOINT=${running.endpoint}\n`);
  await new Promise<void>((resolve) => {
    if (signal.aborted) resolve();
    signal.addEventListener('abort', () => resolve(), { once: true });
  });
  await running.close();
  io.stderr('lb-plan emulator stopped\n');
  return 0;
}

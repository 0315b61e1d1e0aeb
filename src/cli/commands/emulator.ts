import { NO_FAULTS, type EmulatorConfig, type FaultRates } from '../../emulator/config.js';
import { startEmulator } from '../../emulator/server.js';
import type { SeedService } from '../../emulator/run.js';
import { parseRunServices } from '../../emulator/run-seed.js';
import { MANIFEST_MAX_BYTES, readRegularFile } from '../../manifest/files.js';
import { UsageError, type CliIo } from '../io.js';

export interface EmulatorOptions {
  readonly port: number;
  readonly host: string;
  readonly state?: string;
  readonly log?: string;
  readonly seed: string;
  readonly latency: string;
  readonly operationMs: string;
  readonly certificateMs: string;
  readonly maxConcurrentOperations: string;
  readonly faults?: string;
  readonly unknownFields: string;
  readonly certificateStates?: string;
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

const DOMAIN_FAILURES = ['FAILED_NOT_VISIBLE', 'FAILED_CAA_CHECKING', 'FAILED_CAA_FORBIDDEN', 'FAILED_RATE_LIMITED'];

/** `a.example.com=FAILED_NOT_VISIBLE,b.example.com=FAILED_CAA_FORBIDDEN` → per-domain outcomes. */
export function parseCertificateStates(text: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (text ?? '').split(',').map((p) => p.trim()).filter(Boolean)) {
    const [domain, state] = part.split('=') as [string, string | undefined];
    if (!state || !DOMAIN_FAILURES.includes(state)) throw new UsageError(`--certificate-states: ${domain} needs one of ${DOMAIN_FAILURES.join(', ')}`);
    out[domain.toLowerCase()] = state;
  }
  return out;
}

function int(name: string, value: string): number {
  if (!/^\d+$/.test(value)) throw new UsageError(`--${name} takes a whole number, not "${value}"`);
  return Number(value);
}

/** `rateLimit=0.1,serverError=0.05` → fault rates. */
export function parseFaults(text: string | undefined): FaultRates {
  if (!text) return NO_FAULTS;
  const out: Record<string, number> = { ...NO_FAULTS };
  for (const part of text.split(',').map((p) => p.trim()).filter(Boolean)) {
    const [k, v] = part.split('=') as [string, string | undefined];
    if (!(k in NO_FAULTS)) throw new UsageError(`--faults: unknown fault "${k}" (known: ${Object.keys(NO_FAULTS).join(', ')})`);
    const n = Number(v);
    if (v === undefined || !(n >= 0 && n <= 1)) throw new UsageError(`--faults: ${k} takes a rate from 0 to 1`);
    out[k] = n;
  }
  return out as unknown as FaultRates;
}

export function emulatorConfig(o: EmulatorOptions): Partial<EmulatorConfig> {
  const m = /^(\d+)(?:-(\d+))?$/.exec(o.latency);
  if (!m) throw new UsageError(`--latency takes MS or MIN-MAX milliseconds, not "${o.latency}"`);
  return {
    seed: int('seed', o.seed),
    latencyMs: [Number(m[1]), Number(m[2] ?? m[1])],
    operationMs: int('operation-ms', o.operationMs),
    certificateActivationMs: int('certificate-ms', o.certificateMs),
    maxConcurrentOperations: int('max-concurrent-operations', o.maxConcurrentOperations),
    faults: parseFaults(o.faults),
    unknownFields: int('unknown-fields', o.unknownFields),
    certificateDomainStates: parseCertificateStates(o.certificateStates),
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

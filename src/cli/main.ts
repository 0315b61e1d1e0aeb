/**
 * The lb-plan command line: parses arguments, calls the library, prints. Decides nothing itself.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { VERSION } from '../version.js';
import type { GraphFormat } from './commands/graph.js';
// Commands that talk to Compute load its client (most of the bundle) only when they run:
// `--version`, `--help` and `validate` start as fast as Node itself allows.
import { NO_FAULTS } from '../emulator/config.js';
import type { EmulatorOptions } from './commands/emulator.js';
import { parseCertificateStates, parseFaults } from './emulator-flags.js';
import type { PlanOptions } from './commands/plan.js';
import type { ApplyOptions, DestroyOptions } from './commands/apply.js';
import { registerExplain } from './commands/explain-register.js';
import { registerImport } from './commands/import-register.js';
import { EmulatorStartError } from '../emulator/state-file.js';
import { duration, emulatorStateFile, formatOf, jsonAlias, latencyRange, wholeNumber } from './flags.js';
import { internalError, UsageError, type CliIo } from './io.js';

export type { CliIo } from './io.js';

const STRICT_HELP = 'fail (exit 1, nothing changed) when a check of the Cloud Run services behind the NEGs warns or cannot run';

/** Where Compute is: every command that reads or changes the cloud has these, and only these are shared. */
function cloud(c: Command): Command {
  return c
    .option('--compute-endpoint <url>', 'talk to this Compute-compatible endpoint without credentials (env LB_PLAN_COMPUTE_ENDPOINT)')
    .addOption(new Option('--emulator [state-file]', 'start the built-in emulator in-process, with its state in a file (default .lb-plan/emulator.json)').argParser(emulatorStateFile))
    .option('--project <id>', "the project (overrides the manifest's metadata.project; required when the manifest has none)")
    .addOption(new Option('--request-timeout <duration>', 'how long one Compute request waits for an answer: 60s, 2m').argParser(duration).default(60_000, '60s'));
}

const NO_WAIT_CERTIFICATES = 'replace a managed certificate without waiting for its successor to be ACTIVE';

/** What apply and destroy share: confirmation, parallelism, output. */
function changing(c: Command): Command {
  return jsonAlias(
    cloud(c)
      .option('--auto-approve', 'do not ask for confirmation (required without a terminal)')
      .addOption(new Option('--parallelism <n>', 'steps in flight at once (1 to 100)').argParser(wholeNumber(1, 100)).default(10))
      .addOption(new Option('--format <format>', 'output: text, or json (a JSON line per event)').choices(['text', 'json']).default('text'))
      .option('--verbose', "show GCP's field diff beneath each change"),
  );
}

type SetCode = (code: number) => void;

/** The commands that never call GCP: validate and graph. */
function addOffline(cmd: Command, io: CliIo, setCode: SetCode): void {
  jsonAlias(
    cmd
      .command('validate')
      .description('Check manifests without calling GCP: every error at once, as FILE:LINE:COLUMN.')
      .argument('<file...>', 'manifest files')
      .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text')),
  ).action(async (files: string[], opts: { format: 'text' | 'json'; json?: boolean }, c: Command) => setCode((await import('./commands/validate.js')).validateCommand(files, { format: formatOf(c, opts) }, io)));

  jsonAlias(
    cmd
      .command('graph')
      .description('Print the topology: forwarding rules → proxies → URL maps (routes on the edges) → backend services → NEGs → services, with a legend.')
      .argument('<file>', 'manifest file')
      .addOption(new Option('--format <format>', 'output format').choices(['mermaid', 'dot', 'json']).default('mermaid')),
  ).action(async (file: string, opts: { format: GraphFormat; json?: boolean }, c: Command) => setCode((await import('./commands/graph.js')).graphCommand(file, { format: formatOf(c, opts) }, io)));
}

/** `plan FILE...`. */
function addPlan(cmd: Command, io: CliIo, setCode: SetCode): void {
  jsonAlias(
    cloud(
      cmd
        .command('plan')
        .description('Compare manifests with live GCP state: the ordered steps apply would carry out for each, and what no manifest declares any more (orphaned resources).')
        .argument('<file...>', 'manifest files (pass every manifest of the project: resources of a load balancer none declares are reported as orphaned)'),
    )
      .option('--out <plan.json>', 'save the plan (one manifest; apply it exactly with lb-plan apply plan.json)')
      .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'markdown']).default('text'))
      .option('--detailed-exitcode', 'exit 0 when there are no changes, 2 when there are, 1 on error')
      .option('--verbose', "show GCP's field diff beneath each change (text)")
      .option('--wait-for-certificates', 'plan for an apply with --wait-for-certificates (it switches port 80 to the HTTPS redirect once certificates are ACTIVE)')
      .option('--no-wait-certificates', NO_WAIT_CERTIFICATES)
      .option('--strict', STRICT_HELP),
  ).action(async (files: string[], opts: PlanOptions & { json?: boolean }, c: Command) => setCode(await (await import('./commands/plan.js')).planCommand(files, { ...opts, format: formatOf(c, opts) }, io)));
}

/** `apply` and `destroy`: the commands that change the cloud. */
function addChanges(cmd: Command, io: CliIo, setCode: SetCode, signal: AbortSignal): void {
  changing(
    cmd
      .command('apply')
      .description('Apply a manifest (plans, shows the plan, asks) or a saved plan.json (exactly that plan; refused when stale).')
      .argument('<file>', 'manifest file or saved plan'),
  )
    .option('--strict', STRICT_HELP)
    .option('--wait-for-certificates', 'after applying, wait until managed certificates are ACTIVE')
    .addOption(new Option('--certificate-timeout <duration>', 'bound on --wait-for-certificates: 90s, 20m, 1h (a plain number is seconds)').argParser(duration).default(1_200_000, '20m'))
    .option('--no-wait-certificates', NO_WAIT_CERTIFICATES)
    .action(async (file: string, opts: ApplyOptions & { format: 'text' | 'json' }, c: Command) => setCode(await (await import('./commands/apply.js')).applyCommand(file, { ...opts, json: formatOf(c, opts) === 'json' }, io, signal)));

  changing(
    cmd
      .command('destroy')
      .description('Delete everything lb-plan owns for a load balancer, in reverse dependency order; never what it only references. Name it by its manifest, or by --name and --project when the manifest is gone.')
      .argument('[file]', 'manifest file (or use --name and --project)'),
  )
    .option('--name <load-balancer>', "the load balancer's name (metadata.name), to destroy it without its manifest; needs --project")
    .addOption(new Option('--keep <resource...>', 'leave these owned resources in place, e.g. globalAddress/shop-ip to hand the IP to a renamed load balancer').argParser(collectResource))
    .action(async (file: string | undefined, opts: DestroyOptions & { format: 'text' | 'json' }, c: Command) => setCode(await (await import('./commands/apply.js')).destroyCommand(file, { ...opts, json: formatOf(c, opts) === 'json' }, io, signal)));
}

/** `emulator`: every flag parsed and checked by commander, before the emulator's modules load. */
function addEmulator(cmd: Command, io: CliIo, setCode: SetCode, signal: AbortSignal): void {
  cmd
    .command('emulator')
    .description('Serve a local Compute API (the part lb-plan uses) for trying lb-plan and testing manifests without GCP.')
    .addOption(new Option('--port <port>', 'port to listen on (0 = any free port)').argParser(wholeNumber(0, 65535)).default(8085))
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--state <file>', 'keep state in this JSON file across restarts')
    .option('--log <file>', 'append a JSON line per request to this file')
    .addOption(new Option('--seed <n>', 'seed of latency and fault injection').argParser(wholeNumber(0, 2 ** 31 - 1)).default(1))
    .addOption(new Option('--latency <ms>', 'latency per call: MS or MIN-MAX').argParser(latencyRange).default([0, 0], '0'))
    .addOption(new Option('--operation-ms <ms>', 'how long operations stay RUNNING').argParser(wholeNumber(0, 3_600_000)).default(0))
    .addOption(new Option('--certificate-ms <ms>', 'how long managed certificates stay PROVISIONING once served').argParser(wholeNumber(0, 86_400_000)).default(0))
    .addOption(new Option('--max-concurrent-operations <n>', 'RUNNING operations per project before CONCURRENT_OPERATIONS_QUOTA_EXCEEDED (0 = no limit)').argParser(wholeNumber(0, 100_000)).default(0))
    .addOption(new Option('--faults <rates>', 'injected faults: rateLimit, tooManyRequests, serverError, unavailable, dropBefore, dropAfter (requests); failedOperation (QUOTA_EXCEEDED), operationNotReady, operationInternal, operationInUse (operations), e.g. rateLimit=0.1,operationNotReady=0.2').argParser(checked(parseFaults)).default(NO_FAULTS, 'none'))
    .addOption(new Option('--certificate-states <list>', 'managed-certificate domains that fail provisioning, e.g. a.example.com=FAILED_NOT_VISIBLE,b.example.com=FAILED_CAA_FORBIDDEN').argParser(checked(parseCertificateStates)).default({}, 'none'))
    .addOption(new Option('--unknown-fields <seed>', 'add fields the contract does not know, at random depths of every resource read (as GCP adds fields over time); 0 = none').argParser(wholeNumber(0, 2 ** 31 - 1)).default(0))
    .option('--run-services <file>', 'serve these Cloud Run services (YAML/JSON list of name, region, ingress, tags, project) through the Cloud Run Admin API v2, enabled in every project; without it the API answers as not enabled')
    .option('--run-denied <projects>', 'projects where the caller may not read Cloud Run services (403 PERMISSION_DENIED), comma-separated')
    .action(async (opts: EmulatorOptions) => setCode(await (await import('./commands/emulator.js')).emulatorCommand(opts, io, signal)));
}

function program(io: CliIo, setCode: (code: number) => void, signal: AbortSignal): Command {
  const cmd = new Command('lb-plan')
    .description('Plan and apply Classic Application Load Balancers with serverless backends from YAML manifests.')
    .version(VERSION, '-v, --version')
    .exitOverride()
    .showHelpAfterError('(run lb-plan --help for usage)')
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  addOffline(cmd, io, setCode);
  addPlan(cmd, io, setCode);
  addChanges(cmd, io, setCode, signal);
  registerExplain(cmd, io, setCode);
  registerImport(cmd, io, setCode);
  addEmulator(cmd, io, setCode, signal);
  return cmd;
}

/** A parser that reports a UsageError as commander's invalid-argument error (exit 2, before anything runs). */
function checked<T>(parse: (value: string) => T): (value: string) => T {
  return (value) => {
    try {
      return parse(value);
    } catch (e) {
      if (e instanceof UsageError) throw new InvalidArgumentError(e.message.replace(/^--[a-z-]+: /, ''));
      throw e;
    }
  };
}

/** `--keep kind/name`, repeatable: only addresses lb-plan can name. */
function collectResource(value: string, previous: string[] = []): string[] {
  if (!/^[a-zA-Z]+\/([a-z0-9-]+\/)?[a-z]([-a-z0-9]*[a-z0-9])?$/.test(value)) throw new InvalidArgumentError(`takes a resource address such as globalAddress/shop-ip, not "${value.slice(0, 60)}".`);
  return [...previous, value];
}

/** Runs the CLI with `argv` (without node and script) and returns the exit code. Never throws for user mistakes. */
export async function run(argv: readonly string[], io: CliIo, signal: AbortSignal = new AbortController().signal): Promise<number> {
  let code = 0;
  try {
    await program(io, (c) => (code = c), signal).parseAsync([...argv], { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    if (e instanceof UsageError) {
      io.stderr(`lb-plan: ${e.message}\n`);
      return e.exitCode;
    }
    if (e instanceof EmulatorStartError) {
      io.stderr(`lb-plan: ${e.message}\n`);
      return 1;
    }
    io.stderr(internalError(e, io.env));
    return 1;
  }
}

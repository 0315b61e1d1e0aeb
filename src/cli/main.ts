/**
 * The lb-plan command line: parses arguments, calls the library, prints. Decides nothing itself.
 */
import { Command, CommanderError, Option } from 'commander';
import { VERSION } from '../version.js';
import { graphCommand, type GraphFormat } from './commands/graph.js';
import { validateCommand } from './commands/validate.js';
import { emulatorCommand, type EmulatorOptions } from './commands/emulator.js';
import { UsageError, type CliIo } from './io.js';

export type { CliIo } from './io.js';

function program(io: CliIo, setCode: (code: number) => void, signal: AbortSignal): Command {
  const cmd = new Command('lb-plan')
    .description('Plan and apply Classic Application Load Balancers with serverless backends from YAML manifests.')
    .version(VERSION, '-v, --version')
    .exitOverride()
    .showHelpAfterError('(run lb-plan --help for usage)')
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });

  cmd
    .command('validate')
    .description('Check manifests without calling GCP: every error at once, as FILE:LINE:COLUMN.')
    .argument('<file...>', 'manifest files')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action((files: string[], opts: { format: 'text' | 'json' }) => setCode(validateCommand(files, opts, io)));

  cmd
    .command('graph')
    .description('Print the topology: forwarding rules → proxies → URL maps → backend services → NEGs → services.')
    .argument('<file>', 'manifest file')
    .addOption(new Option('--format <format>', 'output format').choices(['mermaid', 'dot', 'json']).default('mermaid'))
    .action((file: string, opts: { format: GraphFormat }) => setCode(graphCommand(file, opts, io)));

  cmd
    .command('emulator')
    .description('Serve a local Compute API (the part lb-plan uses) for trying lb-plan and testing manifests without GCP.')
    .option('--port <port>', 'port to listen on (0 = any free port)', '8085')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--state <file>', 'keep state in this JSON file across restarts')
    .option('--log <file>', 'append a JSON line per request to this file')
    .option('--seed <n>', 'seed of latency and fault injection', '1')
    .option('--latency <ms>', 'latency per call: MS or MIN-MAX', '0')
    .option('--operation-ms <ms>', 'how long operations stay RUNNING', '0')
    .option('--certificate-ms <ms>', 'how long managed certificates stay PROVISIONING once served', '0')
    .option('--max-concurrent-operations <n>', 'RUNNING operations per project before CONCURRENT_OPERATIONS_QUOTA_EXCEEDED (0 = no limit)', '0')
    .option('--faults <rates>', 'injected faults, e.g. rateLimit=0.1,serverError=0.05,dropAfter=0.02,failedOperation=0.05')
    .action(async (opts: EmulatorOptions) => setCode(await emulatorCommand(opts, io, signal)));

  return cmd;
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
    const err = e as Error;
    io.stderr(`lb-plan: internal error: ${err.message}\n${io.env.LB_PLAN_DEBUG ? `${err.stack ?? ''}\n` : 'Set LB_PLAN_DEBUG=1 for details, and please report it.\n'}`);
    return 1;
  }
}

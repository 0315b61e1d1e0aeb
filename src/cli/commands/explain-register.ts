/**
 * The `explain` command's flags. Its implementation (./explain.ts) is loaded when it runs: reading a
 * live URL map pulls in the Compute client, which `--version` and `validate` should not pay for.
 */
import { Option, type Command } from 'commander';
import { duration, emulatorStateFile, formatOf, jsonAlias } from '../flags.js';
import type { CliIo } from '../io.js';
import type { ExplainOptions } from './explain.js';

export function registerExplain(cmd: Command, io: CliIo, setCode: (code: number) => void): void {
  jsonAlias(
    cmd
      .command('explain')
    .description('Show where a URL goes: host rule, path matcher, path rule, backend service, and per region the serverless NEG and the service it calls (URL masks applied).')
    .argument('<url>', 'the request URL, e.g. https://shop.example.com/api/x')
    .argument('[file]', 'manifest file; without it, the live URL map named by --url-map is read')
    .option('--url-map <name>', 'explain this live URL map (with --project)')
    .option('--project <id>', "the live URL map's project; with FILE, overrides the manifest's")
    .option('--compute-endpoint <url>', 'read from this Compute-compatible endpoint without credentials (env LB_PLAN_COMPUTE_ENDPOINT)')
    .addOption(new Option('--emulator [state-file]', 'read from the built-in emulator, with its state in a file (default .lb-plan/emulator.json)').argParser(emulatorStateFile))
    .addOption(new Option('--request-timeout <duration>', 'how long one Compute request waits for an answer: 60s, 2m').argParser(duration).default(60_000, '60s'))
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text')),
  ).action(async (url: string, file: string | undefined, opts: ExplainOptions & { json?: boolean }, c: Command) => setCode(await (await import('./explain.js')).explainCommand(url, file, { ...opts, format: formatOf(c, opts) }, io)));
}


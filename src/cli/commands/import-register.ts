/**
 * The `import` command's flags. Its implementation (./import.ts) is loaded when it runs: it reads
 * live state through the Compute client, which `--version` and `validate` should not pay for.
 */
import { InvalidArgumentError, Option, type Command } from 'commander';
import { duration, emulatorStateFile } from '../flags.js';
import type { CliIo } from '../io.js';
import type { ImportOptions } from './import.js';

/** `--certificate NAME=PEMFILE`, repeatable. */
function collectCertificate(value: string, previous: string[] = []): string[] {
  if (!/^[a-z]([-a-z0-9]*[a-z0-9])?=.+$/.test(value)) throw new InvalidArgumentError(`takes NAME=PEMFILE (a certificate resource name and the file of its PEM chain), not "${value.slice(0, 60)}".`);
  return [...previous, value];
}

export function registerImport(cmd: Command, io: CliIo, setCode: (code: number) => void): void {
  cmd
    .command('import')
    .description('Write a manifest for a load balancer built outside lb-plan (console, gcloud), so lb-plan can take it over: plan then shows only adopt.')
    .requiredOption('--project <id>', 'the project of the load balancer')
    .option('--url-map <name>', 'start from the URL map (the console names it after the load balancer)')
    .option('--forwarding-rule <name>', 'start from a global forwarding rule')
    .option('--address <name>', 'start from a reserved global address')
    .option('--out <file>', 'write the manifest to this file (not overwritten); default: stdout')
    .option('--name <lb>', "metadata.name of the manifest (default: the URL map's name)")
    .addOption(new Option('--certificate <name=pemfile...>', "manage a self-managed certificate: its PEM chain file (never a key; the key is read at plan time from the environment variable import names). Without it the certificate is referenced as existing").argParser(collectCertificate))
    .option('--allow-partial', 'exit 0 although the load balancer has what a manifest cannot express (marked at the top of the written file)')
    .option('--compute-endpoint <url>', 'read from this Compute-compatible endpoint without credentials (env LB_PLAN_COMPUTE_ENDPOINT)')
    .addOption(new Option('--emulator [state-file]', 'read from the built-in emulator, with its state in a file (default .lb-plan/emulator.json)').argParser(emulatorStateFile))
    .addOption(new Option('--request-timeout <duration>', 'how long one Compute request waits for an answer: 60s, 2m').argParser(duration).default(60_000, '60s'))
    .action(async (opts: ImportOptions) => setCode(await (await import('./import.js')).importCommand(opts, io)));
}

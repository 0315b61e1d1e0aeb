// The CLI proper, bundled on its own as CommonJS (dist/cli-main.cjs): src/cli/bin.ts loads it only when
// the command is more than `--version` (and dist/validate.cjs when it is a command line it does not read),
// through the V8 code cache (src/cli/code-cache.ts): the bundle holds the Compute client, and compiling
// its 6 MB on every run was a third of a plan's fixed cost.
import { run } from './main.js';
import { processIo } from './process-io.js';

/** Runs the command line of this process; the exit code is set on `process.exitCode`. */
export async function start(): Promise<void> {
  const stop = new AbortController();
  process.once('SIGINT', () => stop.abort());
  process.once('SIGTERM', () => stop.abort());
  process.exitCode = await run(process.argv.slice(2), processIo(), stop.signal);
}

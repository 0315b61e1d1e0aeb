import { run } from '../../src/cli/main.js';

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the real CLI entry in-process with captured streams. */
export async function cli(...argv: string[]): Promise<CliResult> {
  return cliWith({}, ...argv);
}

/** The same, with these environment variables (secrets the manifest names). */
export async function cliWith(env: Record<string, string>, ...argv: string[]): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env });
  return { code, stdout, stderr };
}

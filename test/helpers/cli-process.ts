/**
 * The CLI from src/ as a process (through tsx's loader), for what only a process shows: exit codes,
 * stdout and stderr as written, nothing started before a flag is refused. Tests of the committed
 * bundle (dist/) use processes.test.ts; these test the source as it is now.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const LOADER = pathToFileURL(resolve('node_modules/tsx/dist/loader.mjs')).href;
const ENTRY = resolve('src/cli/source-entry.ts');

export interface ProcessResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** `lb-plan ARGS` in `cwd`, with only PATH, HOME and `env` in its environment; killed after 30 s. */
export function lbPlan(args: readonly string[], options: { cwd?: string; env?: Record<string, string> } = {}): ProcessResult {
  const r = spawnSync(process.execPath, ['--import', LOADER, ENTRY, ...args], {
    cwd: options.cwd ?? process.cwd(),
    encoding: 'utf8',
    timeout: 30_000,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NO_COLOR: '1', ...options.env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

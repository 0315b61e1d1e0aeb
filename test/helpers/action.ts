import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const DIST = resolve('dist/index.js');

export interface ActionRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly outputs: Record<string, string>;
  readonly summary: string;
}

/** A checkout-like folder with manifests, as the runner's workspace. */
export function repoDir(files: Record<string, string>): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'lb-plan-repo-'));
  cpSync('examples/certs', join(dir, 'lb', 'certs'), { recursive: true });
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) out[m[1]!] = m[3]!;
  return out;
}

/** Runs the built Action as the runner does: INPUT_* variables, an event payload file, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY. */
export async function runAction(opts: { cwd: string; event: string; payload: object; sha: string; ref: string; inputs: Record<string, string>; apiUrl: string; env?: Record<string, string> }): Promise<ActionRun> {
  const tmp = mkdtempSync(join(tmpdir(), 'lb-plan-runner-'));
  const eventPath = join(tmp, 'event.json');
  const output = join(tmp, 'output');
  const summary = join(tmp, 'summary.md');
  writeFileSync(eventPath, JSON.stringify(opts.payload));
  writeFileSync(output, '');
  writeFileSync(summary, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: opts.event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_SHA: opts.sha,
    GITHUB_REF: opts.ref,
    GITHUB_REPOSITORY: 'acme/infra',
    GITHUB_API_URL: opts.apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '42',
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    RUNNER_TEMP: tmp,
    ...Object.fromEntries(Object.entries(opts.inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
    ...opts.env,
  };
  const child = spawn(process.execPath, [DIST], { cwd: opts.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number | null>((r) => child.once('exit', r));
  const result = { code, stdout, stderr, outputs: parseOutputs(readFileSync(output, 'utf8')), summary: readFileSync(summary, 'utf8') };
  rmSync(tmp, { recursive: true, force: true });
  return result;
}

export function prPayload(number: number, opts: { action?: string; fork?: boolean } = {}): object {
  return {
    action: opts.action ?? 'opened',
    number,
    pull_request: {
      number,
      html_url: `https://github.com/acme/infra/pull/${number}`,
      head: { sha: 'a'.repeat(40), repo: { full_name: opts.fork ? 'stranger/infra' : 'acme/infra' } },
      base: { ref: 'main', repo: { full_name: 'acme/infra' } },
    },
    repository: { full_name: 'acme/infra', default_branch: 'main' },
  };
}

export function pushPayload(sha: string): object {
  return { ref: 'refs/heads/main', after: sha, repository: { full_name: 'acme/infra', default_branch: 'main' }, head_commit: { id: sha } };
}

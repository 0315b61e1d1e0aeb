/**
 * The Action run from src/ in this process, as src/action/main.ts wires it (inputs → settings →
 * runAction, one catch), instead of the built dist/index.js as a process: so that a mutant of
 * src/action (mutation testing, issue 17) changes what the run does. It takes the same options and
 * gives the same result as helpers/action.ts's runAction; the process tests stay, they prove the
 * bundle.
 *
 * Manifests are named by their path from this process's directory (`srcName`), not the checkout's: vitest's
 * worker threads, as Stryker runs them, cannot change directory.
 *
 * @actions/github fixes its API URL (GITHUB_API_URL) when first loaded, so every run in a test file
 * talks to one local forwarder, pointed at each run's fake GitHub.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { ActionRun, RunOptions } from './action.js';
import { OWNER, REPO } from './github.js';

let forwardTo = '';
let forwarder: Promise<string> | undefined;

/** One HTTP forwarder per test file (process), sending each request on to `forwardTo`. */
function startForwarder(): Promise<string> {
  forwarder ??= new Promise((resolveUrl) => {
    const server: Server = createServer((req, res) => {
      const target = new URL(req.url ?? '/', forwardTo);
      const out = request(target, { method: req.method, headers: { ...req.headers, host: target.host } }, (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      });
      out.on('error', (e) => {
        res.writeHead(502);
        res.end(String(e));
      });
      req.pipe(out);
    });
    server.unref();
    server.listen(0, '127.0.0.1', () => resolveUrl(`http://127.0.0.1:${(server.address() as AddressInfo).port}`));
  });
  return forwarder;
}

/** What the runner shows of the ActionIo calls: workflow commands on stdout, outputs, the job summary, the exit code. */
function recorder() {
  const out: string[] = [];
  const outputs: Record<string, string> = {};
  let summary = '';
  let failed = false;
  return {
    io: {
      setOutput: (name: string, value: string) => void (outputs[name] = value),
      annotate: (d: { severity: string; file: string; line: number; column: number; message: string }) => void out.push(`::${d.severity === 'error' ? 'error' : 'warning'} file=${d.file},line=${d.line},col=${d.column}::${d.message}`),
      info: (t: string) => void out.push(t),
      notice: (t: string) => void out.push(`::notice::${t}`),
      warning: (t: string) => void out.push(`::warning::${t}`),
      summary: async (md: string) => void (summary += md),
      fail: (m: string) => {
        failed = true;
        out.push(`::error::${m}`);
      },
      mask: (v: string) => void out.push(`::add-mask::${'*'.repeat(v.length)}`),
    },
    result: (runnerTemp: string): Omit<ActionRun, 'stderr'> => ({ code: failed ? 1 : 0, stdout: out.join('\n') + '\n', outputs, summary, runnerFiles: files(join(runnerTemp, 'lb-plan')) }),
  };
}

function files(dir: string): Record<string, string> {
  try {
    return Object.fromEntries(readdirSync(dir).map((n) => [n, readFileSync(join(dir, n), 'utf8')]));
  } catch {
    return {};
  }
}

/**
 * The name a manifest `file` of the checkout `dir` gets in an in-process run: its path from this process's
 * directory (the Action proper runs in the checkout, so there it is `file` itself).
 */
export function srcName(dir: string, file: string): string {
  return relative(process.cwd(), join(dir, file));
}

/** Runs `f` without the ::debug:: lines @actions/core writes to stdout (the runner hides them too unless debugging). */
async function quiet<T>(f: () => Promise<T>): Promise<T> {
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: never[]) => (String(chunk).startsWith('::debug::') ? true : write(chunk, ...rest))) as typeof process.stdout.write;
  try {
    return await f();
  } finally {
    process.stdout.write = write;
  }
}

/** Runs src/action as main.ts does, in this process, with `opts` as the runner would give them. */
export async function runActionSrc(opts: RunOptions): Promise<ActionRun> {
  forwardTo = opts.apiUrl;
  process.env.GITHUB_API_URL = await startForwarder();
  const [{ runAction }, { GitHub, describeGitHubError }, { InputError, readSettings }, { workspaceDir }, glob] = await Promise.all([
    import('../../src/action/run.js'),
    import('../../src/action/github.js'),
    import('../../src/action/settings.js'),
    import('../../src/manifest/files.js'),
    import('@actions/glob'),
  ]);
  const runnerTemp = mkdtempSync(join(tmpdir(), 'lb-plan-runner-src-'));
  const env: Record<string, string | undefined> = { PATH: process.env.PATH, GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: opts.cwd, RUNNER_TEMP: runnerTemp, GITHUB_REPOSITORY: `${OWNER}/${REPO}`, ...opts.env };
  const { io, result } = recorder();
  // No process.chdir (vitest's worker threads, as Stryker runs them, cannot): manifests are named from this process's
  // directory (srcName), and the workspace is the checkout.
  try {
    const settings = readSettings((name) => (opts.inputs[name] ?? '').trim());
    if (settings.githubToken) io.mask(settings.githubToken);
    const found = await quiet(async () => (await glob.create(join(opts.cwd, settings.manifests), { matchDirectories: false })).glob());
    const manifests = found.map((f) => relative(process.cwd(), f)).sort();
    if (manifests.length === 0) {
      io.setOutput('failure-reason', 'validation');
      io.fail(`no manifest matches ${JSON.stringify(settings.manifests)}`);
    } else {
      const gh = settings.githubToken ? new GitHub(settings.githubToken, OWNER, REPO, settings.label, settings.commentAuthor) : undefined;
      const ctx = { eventName: opts.event, payload: opts.payload as Record<string, unknown>, sha: opts.sha, ref: opts.ref, runnerTemp, runUrl: `https://github.com/${OWNER}/${REPO}/actions/runs/42`, env, workspace: workspaceDir(env), actor: env.GITHUB_ACTOR || undefined };
      await runAction(settings, manifests, ctx, gh, io).catch((e: unknown) => {
        if (e instanceof InputError) return io.fail(e.message);
        io.setOutput('failure-reason', 'api-error');
        io.fail(`api-error: ${describeGitHubError(e)}`);
      });
    }
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    io.fail(e.message);
  }
  const r = { ...result(runnerTemp), stderr: '' };
  rmSync(runnerTemp, { recursive: true, force: true });
  return r;
}

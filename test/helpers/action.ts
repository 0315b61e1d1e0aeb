/**
 * The built Action (dist/index.js) run as the runner runs it, and a rig that plays GitHub's side of
 * a pull request's life: opened, pushed to, closed, merged (a push to main), with real webhook
 * payload shapes and the fake GitHub REST server's pull requests kept in step.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach } from 'vitest';
import { harness, P, type Harness } from './emulator.js';
import { fixture, OWNER, pullRequestObject, REPO, startFakeGitHub, type FakeComment, type FakeGitHub, type PullRequestObject } from './github.js';

// LB_PLAN_TEST_ACTION: run another build of the Action (a branch's, built outside dist/) with these tests.
const DIST = resolve(process.env.LB_PLAN_TEST_ACTION ?? 'dist/index.js');

export interface ActionRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly outputs: Record<string, string>;
  readonly summary: string;
  /** The files the run left under RUNNER_TEMP/lb-plan (saved plans), by name. */
  readonly runnerFiles: Record<string, string>;
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

function readRunnerFiles(dir: string): Record<string, string> {
  if (!existsSync(dir)) return {};
  return Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
}

export interface RunOptions {
  cwd: string;
  event: string;
  payload: object;
  sha: string;
  ref: string;
  inputs: Record<string, string>;
  apiUrl: string;
  env?: Record<string, string>;
  /** Kill the process after this long (a run that hangs, e.g. on a FIFO, fails instead of leaking). */
  timeoutMs?: number;
}

/** Runs the built Action as the runner does: INPUT_* variables, an event payload file, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY. */
export async function runAction(opts: RunOptions): Promise<ActionRun> {
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
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_API_URL: opts.apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '42',
    GITHUB_WORKSPACE: opts.cwd,
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
  const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 25_000);
  const code = await new Promise<number | null>((r) => child.once('exit', r));
  clearTimeout(timer);
  const result = { code, stdout, stderr, outputs: parseOutputs(readFileSync(output, 'utf8')), summary: readFileSync(summary, 'utf8'), runnerFiles: readRunnerFiles(join(tmp, 'lb-plan')) };
  rmSync(tmp, { recursive: true, force: true });
  return result;
}

/** A pull_request webhook payload (GitHub's shape, from the fixture of that action) for `pr`. */
export function prPayload(action: string, pr: PullRequestObject): object {
  const known = ['opened', 'synchronize', 'reopened', 'ready_for_review', 'labeled', 'closed'];
  const payload = fixture(`pull_request.${known.includes(action) ? action : 'opened'}`);
  return { ...payload, action, number: pr.number, pull_request: pr };
}

/** A push webhook payload (GitHub's shape) for `after` on main. */
export function pushPayload(after: string, before = '0'.repeat(40)): object {
  const payload = fixture('push');
  const head = { ...(payload.head_commit as object), id: after };
  return { ...payload, ref: 'refs/heads/main', before, after, head_commit: head, commits: [head] };
}

/** A workflow_dispatch webhook payload (GitHub's shape) with the workflow's `inputs`. */
export function dispatchPayload(inputs: Record<string, string>): object {
  return { ...fixture('workflow_dispatch'), inputs };
}

/** The head commit of an open pull request, the commit its merge produces, the head of main a dispatch runs on, as tests use them. */
export const HEAD_SHA = 'a'.repeat(40);
export const MERGE_SHA = 'b'.repeat(40);
export const MAIN_SHA = 'c'.repeat(40);

/** A Compute endpoint in front of the emulator that refuses some requests, as GCP refuses a call the service account may not make. */
export interface RefusingCompute {
  readonly url: string;
  /** While true, requests that `refuse` picks are answered 403 forbidden; the rest pass through. */
  on: boolean;
  /** The requests refused so far. */
  readonly refused: string[];
  close(): Promise<void>;
}

/**
 * A proxy to `target` (the emulator) that answers 403 forbidden — GCP's "Required '…' permission"
 * error, which is not retried — for the requests `refuse(method, path)` picks while `on` is set.
 */
export async function refusingCompute(target: string, refuse: (method: string, path: string) => boolean): Promise<RefusingCompute> {
  const to = new URL(target);
  const refused: string[] = [];
  const state = { on: true };
  const server: Server = createServer((req, res) => {
    const path = req.url ?? '/';
    if (state.on && refuse(req.method ?? 'GET', path)) {
      refused.push(`${req.method} ${path}`);
      req.resume();
      const message = `Required 'compute.${path.split('?')[0]!.split('/').pop()}.create' permission for 'projects/my-project'`;
      res.writeHead(403, { 'content-type': 'application/json; charset=UTF-8' });
      res.end(JSON.stringify({ error: { code: 403, message, errors: [{ message, domain: 'global', reason: 'forbidden' }] } }));
      return;
    }
    const upstream = request({ host: to.hostname, port: to.port, method: req.method, path, headers: req.headers }, (r) => {
      res.writeHead(r.statusCode ?? 502, r.headers);
      r.pipe(res);
    });
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const closeServer = () => new Promise<void>((r) => (server.closeAllConnections(), server.close(() => r())));
  cleanups.push(closeServer);
  return {
    url,
    refused,
    get on() {
      return state.on;
    },
    set on(v: boolean) {
      state.on = v;
    },
    close: closeServer,
  };
}

export interface EventOptions {
  inputs?: Record<string, string>;
  env?: Record<string, string>;
  timeoutMs?: number;
}

export interface Rig {
  readonly gh: FakeGitHub;
  readonly h: Harness;
  readonly dir: string;
  /** The Action's inputs: every manifest under lb/, a token, the emulator; `extra` on top. */
  inputs(extra?: Record<string, string>): Record<string, string>;
  /**
   * A pull_request event: `action` on #number with head `head` (the pull request is created or
   * updated on the fake server first, as GitHub does before it sends the event).
   */
  pr(number: number, action?: string, opts?: EventOptions & { head?: string; fork?: boolean }): Promise<ActionRun>;
  /** Merges #number (its merge makes commit `sha`) and runs the push of that commit to main. */
  merge(number: number, opts?: EventOptions & { sha?: string }): Promise<ActionRun>;
  /** A push of `sha` to main, changing no pull request (a direct push). */
  push(sha: string, opts?: EventOptions): Promise<ActionRun>;
  /**
   * A maintainer's workflow_dispatch run (actor octo-maintainer) with the workflow inputs
   * `pull-request` and `head-sha`, passed to the Action as its inputs of the same names (as the
   * example workflow does) unless `opts.inputs` says otherwise.
   */
  dispatch(number: number, headSha: string, opts?: EventOptions): Promise<ActionRun>;
  /** The comments lb-plan (github-actions[bot]) wrote on #issue. */
  ours(issue: number): FakeComment[];
  /** The comments `login` wrote on #issue. */
  by(issue: number, login: string): FakeComment[];
}

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

/**
 * A workspace holding `files`, a fake GitHub, and an emulator; cleaned up after the test. The runs
 * use the built Action as a process, or `runner` (helpers/action-src.ts runs src/ in this process).
 */
export async function rig(files: Record<string, string>, runner: (opts: RunOptions) => Promise<ActionRun> = runAction): Promise<Rig> {
  const gh = await startFakeGitHub();
  const h = await harness();
  const repo = repoDir(files);
  cleanups.push(() => gh.close(), repo.cleanup);
  const inputs = (extra: Record<string, string> = {}) => ({ manifests: 'lb/*.yaml', 'github-token': 'ghs_token', 'compute-endpoint': h.em.endpoint, ...extra });
  const run = (event: string, payload: object, sha: string, ref: string, o: EventOptions) =>
    runner({ cwd: repo.dir, event, payload, sha, ref, inputs: inputs(o.inputs), apiUrl: gh.url, env: o.env, timeoutMs: o.timeoutMs });
  const pr: Rig['pr'] = (number, action = 'opened', o = {}) => {
    const known = gh.pulls.get(number);
    const head = o.head ?? known?.head.sha ?? HEAD_SHA;
    const pull = known ?? pullRequestObject(number, head, { fork: o.fork });
    const before = pull.head.sha;
    pull.head = { ...pull.head, sha: head };
    if (!pull.merged) pull.merge_commit_sha = `e${head.slice(1)}`; // the test merge commit GitHub keeps for an open pull request
    if (action === 'closed' && pull.state === 'open') Object.assign(pull, { state: 'closed', closed_at: '2026-11-26T00:00:00Z' });
    if (action === 'reopened') Object.assign(pull, { state: 'open', closed_at: null });
    gh.pulls.set(number, pull);
    const payload = action === 'synchronize' ? { ...prPayload(action, pull), before, after: head } : prPayload(action, structuredClone(pull));
    return run('pull_request', payload, pull.merge_commit_sha!, `refs/pull/${number}/merge`, o);
  };
  const merge: Rig['merge'] = (number, o = {}) => {
    const sha = o.sha ?? MERGE_SHA;
    const pull = gh.pulls.get(number);
    if (!pull) throw new Error(`no pull request #${number} to merge`);
    Object.assign(pull, { state: 'closed', merged: true, merged_at: '2026-11-26T00:00:00Z', closed_at: '2026-11-26T00:00:00Z', merge_commit_sha: sha });
    return run('push', pushPayload(sha), sha, 'refs/heads/main', o);
  };
  const push: Rig['push'] = (sha, o = {}) => run('push', pushPayload(sha), sha, 'refs/heads/main', o);
  const dispatch: Rig['dispatch'] = (number, headSha, o = {}) => {
    const wanted = { 'pull-request': String(number), 'head-sha': headSha };
    return run('workflow_dispatch', dispatchPayload(wanted), MAIN_SHA, 'refs/heads/main', { ...o, inputs: { ...wanted, ...o.inputs }, env: { GITHUB_ACTOR: 'octo-maintainer', ...o.env } });
  };
  const by = (issue: number, login: string) => (gh.comments.get(issue) ?? []).filter((c) => c.user.login === login);
  const ours = (issue: number) => by(issue, 'github-actions[bot]');
  return { gh, h, dir: repo.dir, inputs, pr, merge, push, dispatch, ours, by };
}

/** A minimal valid manifest for load balancer `name` (one Cloud Run backend, a reserved address). */
export const lb = (name: string): string => `apiVersion: lb-plan/v1
kind: LoadBalancer
metadata: { name: ${name}, project: ${P} }
frontend:
  address: { reserve: ${name}-ip }
backends:
  web:
    serverless:
      - { region: us-central1, cloudRun: { service: ${name} } }
`;

/**
 * The emulator as a process, under hostile or unlucky input (issue 15, items 9 and 11): credentials
 * checked before a body is read, bodies capped (413), malformed paths answered without a stack, the
 * state file locked and checked, and start-up mistakes told in one line.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'lb-plan-emu-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const children: ChildProcess[] = [];
afterEach(() => {
  for (const c of children.splice(0)) c.kill('SIGKILL');
});

interface Started {
  readonly endpoint?: string;
  readonly code?: number | null;
  readonly stderr: string;
  readonly child: ChildProcess;
}

/** Starts `lb-plan emulator …`; resolves with its endpoint once listening, or its exit code and stderr. */
function emulator(...args: string[]): Promise<Started> {
  const child = spawn(process.execPath, ['dist/cli.cjs', 'emulator', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let out = '';
  let err = '';
  return new Promise((resolve) => {
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) resolve({ endpoint: m[1]!, stderr: err, child });
    });
    child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    child.once('exit', (code) => resolve({ code, stderr: err, child }));
  });
}

function send(endpoint: string, path: string, options: { auth?: boolean; body?: Buffer; method?: string } = {}): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(new URL(path, endpoint), { method: options.method ?? 'GET', headers: { ...(options.auth === false ? {} : { authorization: 'Bearer t' }), ...(options.body ? { 'content-type': 'application/json', 'content-length': options.body.length } : {}) } }, (res) => {
      let text = '';
      res.on('data', (d: Buffer) => (text += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', (e: NodeJS.ErrnoException) => (e.code === 'EPIPE' || e.code === 'ECONNRESET' ? undefined : reject(e)));
    if (options.body) req.end(options.body);
    else req.end();
  });
}

const INSERT = '/compute/v1/projects/p/global/addresses';

describe('lb-plan emulator as a process', () => {
  it('checks credentials before reading a body, caps bodies at 10 MiB (413), and keeps serving', async () => {
    const e = await emulator('--port', '0');
    const big = Buffer.alloc(11 * 1024 * 1024, 0x20);
    const unauthenticated = await send(e.endpoint!, INSERT, { method: 'POST', body: big, auth: false });
    expect(unauthenticated.status).toBe(401);
    const tooLarge = await send(e.endpoint!, INSERT, { method: 'POST', body: big });
    expect(tooLarge.status).toBe(413);
    expect(JSON.parse(tooLarge.body)).toEqual({ error: { code: 413, message: 'Request payload size exceeds the limit: 10485760 bytes.', errors: [{ domain: 'global', reason: 'badRequest', message: 'Request payload size exceeds the limit: 10485760 bytes.' }] } });
    expect((await send(e.endpoint!, `${INSERT}?maxResults=1`)).status).toBe(200);
  });

  it('a malformed %-escape is a 404 in Compute\'s envelope, never a 500 with a stack', async () => {
    const e = await emulator('--port', '0');
    const r = await send(e.endpoint!, '/compute/v1/projects/p/global/addresses/%E0%A4%A');
    expect(r.status).toBe(404);
    expect(r.body).not.toMatch(/\n\s+at |stack/i);
    expect((JSON.parse(r.body) as { error: { errors: { reason: string }[] } }).error.errors[0]!.reason).toBe('notFound');
  });

  it('a state file in use by another emulator is refused, naming it and the pid', async () => {
    const state = join(dir, 'shared.json');
    const first = await emulator('--port', '0', '--state', state);
    expect(first.endpoint).toBeDefined();
    const second = await emulator('--port', '0', '--state', state);
    expect(second.code).toBe(1);
    expect(second.stderr).toBe(`lb-plan: the state file ${state} is in use by another lb-plan emulator (pid ${first.child.pid}); stop that one, or use another state file\n`);
  });

  it.each([
    ['an empty state file', '', 'is empty; delete it to start with no resources'],
    ['a corrupt state file', '{"version": 1, "resources": [', 'is not an lb-plan emulator state file'],
  ])('%s: one line naming the file, exit 1', async (_label, content, message) => {
    const state = join(dir, `${content.length}.json`);
    writeFileSync(state, content);
    const e = await emulator('--port', '0', '--state', state);
    expect(e.code).toBe(1);
    expect(e.stderr).toContain(`lb-plan: the state file ${state} ${message}`);
    expect(e.stderr).not.toMatch(/internal error|\n\s+at /);
  });

  it('a state file that cannot be written is refused at start, not at the first change', async () => {
    const parentIsAFile = join(dir, 'plain-file');
    writeFileSync(parentIsAFile, 'x');
    const e = await emulator('--port', '0', '--state', join(parentIsAFile, 'state.json'));
    expect(e.code).toBe(1);
    expect(e.stderr).toMatch(/^lb-plan: cannot lock the state file .*state\.json: ENOTDIR\n$/);
  });

  it('a port in use, a port out of range and a host that is not this machine: one clear line each', async () => {
    const first = await emulator('--port', '0');
    const port = new URL(first.endpoint!).port;
    const busy = await emulator('--port', port);
    expect(busy.code).toBe(1);
    expect(busy.stderr).toBe(`lb-plan: port ${port} on 127.0.0.1 is in use (another emulator?); choose another with --port, or --port 0 for any free port\n`);
    const range = await emulator('--port', '70000');
    expect(range.code).toBe(2);
    expect(range.stderr).toContain('takes a whole number from 0 to 65535, not 70000');
    const host = await emulator('--port', '0', '--host', '203.0.113.7');
    expect(host.code).toBe(1);
    expect(host.stderr).toBe('lb-plan: cannot listen on 203.0.113.7: not an address of this machine\n');
  });
});

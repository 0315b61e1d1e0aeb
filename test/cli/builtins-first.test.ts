/**
 * dist/cli.cjs sets V8 flags at run time (--no-opt for a large input, a lower heap growth for apply and
 * destroy). A flag changes the hash V8 checks code caches against, Node's own embedded one included, so a
 * Node built-in loaded after it compiles from source (src/cli/bin.ts, loadBuiltinsFirst). Watched from
 * inside the process: a preloaded hook notes which built-ins are loaded when the first flag is set, and
 * which are loaded after. The committed bundle runs as a process, against the emulator over HTTP.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateManifest } from '../../bench/generate.js';
import { harness } from '../helpers/emulator.js';

const dir = mkdtempSync(join(tmpdir(), 'lb-plan-builtins-'));
const HOOK = join(dir, 'hook.cjs');
writeFileSync(
  HOOK,
  `const v8 = require('node:v8'); const fs = require('node:fs');
const set = v8.setFlagsFromString; let atFlag;
v8.setFlagsFromString = (f) => { atFlag ??= { flag: f, loaded: [...process.moduleLoadList] }; return set(f); };
process.on('exit', () => fs.writeFileSync(process.env.HOOK_OUT, JSON.stringify({ flag: atFlag?.flag, before: atFlag?.loaded ?? [], all: process.moduleLoadList })));`,
);

/**
 * The Node built-ins loaded before the first run-time flag and after it, for `lb-plan ARGS`. Not spawnSync:
 * the emulator answers from this process.
 */
async function builtins(args: string[], env: Record<string, string> = {}): Promise<{ flag: string | undefined; before: string[]; after: string[]; status: number | null }> {
  const out = join(dir, `${args[0]}-${Math.random()}.json`);
  const r = await promisify(execFile)(process.execPath, ['-r', HOOK, 'dist/cli.cjs', ...args], { encoding: 'utf8', timeout: 60_000, env: { PATH: process.env.PATH ?? '', HOME: dir, HOOK_OUT: out, ...env } }).then(
    () => ({ status: 0 }),
    (e: { code?: number }) => ({ status: e.code ?? null }),
  );
  const seen = JSON.parse(readFileSync(out, 'utf8')) as { flag?: string; before: string[]; all: string[] };
  const native = (list: string[]) => list.filter((m) => m.startsWith('NativeModule ')).map((m) => m.slice('NativeModule '.length));
  const before = native(seen.before);
  return { flag: seen.flag, before, after: native(seen.all).filter((m) => !before.includes(m)), status: r.status };
}

/** What talking to Compute loads: HTTP, TLS, compression, hashing, streams, and Fetch's classes (undici). */
const NETWORK = ['http', 'https', 'tls', 'zlib', 'crypto', 'stream', 'internal/deps/undici/undici'];

describe('Node built-ins are loaded before V8 flags are set at run time', () => {
  const large = join(dir, 'large.yaml');
  writeFileSync(large, generateManifest(200, 3)); // ~50 kB: past the 32 kB from which the CLI sets --no-opt

  it('a plan of a large manifest: everything it loads to talk to Compute comes first', async () => {
    const { em } = await harness();
    const r = await builtins(['plan', large], { LB_PLAN_COMPUTE_ENDPOINT: em.endpoint });
    expect(r.status).toBe(0);
    expect(r.flag).toBe('--no-opt');
    expect(NETWORK.filter((m) => !r.before.includes(m))).toEqual([]);
    expect(NETWORK.filter((m) => r.after.includes(m))).toEqual([]);
  });

  it('apply (its heap flag) likewise, for any manifest', async () => {
    const { em } = await harness();
    const r = await builtins(['apply', 'examples/http.yaml', '--project', 'p', '--auto-approve'], { LB_PLAN_COMPUTE_ENDPOINT: em.endpoint });
    expect(r.status).toBe(0);
    expect(r.flag).toBe('--heap-growing-percent=100');
    expect(NETWORK.filter((m) => !r.before.includes(m))).toEqual([]);
  });

  it('validate of a large manifest: node:crypto (its names are hashed with it) first, and nothing of the network at all', async () => {
    const r = await builtins(['validate', large]);
    expect(r.status).toBe(0);
    expect(r.flag).toBe('--no-opt');
    expect(r.before).toContain('crypto');
    expect(r.after).not.toContain('crypto');
    expect([...r.before, ...r.after].filter((m) => ['http', 'https', 'tls', 'internal/deps/undici/undici'].includes(m))).toEqual([]);
  });

  it('a small validate sets no flag and loads no node:crypto', async () => {
    const r = await builtins(['validate', 'examples/http.yaml']);
    expect(r.status).toBe(0);
    expect(r.flag).toBeUndefined();
    expect(r.after).not.toContain('crypto');
  });
});

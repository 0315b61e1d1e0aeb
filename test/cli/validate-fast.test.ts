/**
 * `lb-plan validate` has a bundle of its own without the command parser (dist/validate.cjs). Its reading
 * of the command line must answer exactly as the full CLI does, and leave everything else to it; its
 * code cache must be private, keyed by content, and used on the second run.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, type CliIo } from '../../src/cli/main.js';
import { plainValidate, validateFast } from '../../src/cli/validate-fast.js';

function capture(): { io: CliIo; out: () => { stdout: string; stderr: string } } {
  let stdout = '';
  let stderr = '';
  return { io: { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env: {}, isTTY: false }, out: () => ({ stdout, stderr }) };
}

const plain = [
  ['validate', 'examples/http.yaml'],
  ['validate', 'examples/http.yaml', 'examples/cdn.yaml', '--format', 'json'],
  ['validate', '--format=json', 'examples/broken/routing.yaml'],
  ['validate', '--format', 'text', 'examples/broken/frontend.yaml', 'examples/iap.yaml'],
  ['validate', 'does/not/exist.yaml'],
  ['validate', '--json', 'examples/http.yaml'],
  ['validate', 'examples/http.yaml', '--json', '--format', 'json'],
];
const notPlain = [
  ['validate'],
  ['validate', '--help'],
  ['validate', '-h', 'examples/http.yaml'],
  ['validate', '--format', 'yaml', 'examples/http.yaml'],
  ['validate', '--format'],
  ['validate', '--format', 'json', '--format', 'text', 'examples/http.yaml'],
  ['validate', 'examples/http.yaml', '--strict'],
  ['validate', '--', 'examples/http.yaml'],
  ['validate', '--json', '--format', 'text', 'examples/http.yaml'],
  ['validate', '--json', '--json', 'examples/http.yaml'],
  ['plan', 'examples/http.yaml'],
];

describe('validate without the command parser', () => {
  it.each(plain)('answers %j exactly as the full CLI does', async (...argv) => {
    const fast = capture();
    const full = capture();
    const code = validateFast(argv, fast.io);
    expect(code).toBe(await run(argv, full.io));
    expect(fast.out()).toEqual(full.out());
  });

  it.each(notPlain)('leaves %j to the full CLI', (...argv) => {
    const fast = capture();
    expect(plainValidate(argv)).toBeUndefined();
    expect(validateFast(argv, fast.io)).toBeUndefined();
    expect(fast.out()).toEqual({ stdout: '', stderr: '' });
  });
});

describe('the code cache', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lb-plan-code-cache-'));
  const bundle = join(dir, 'bundle.cjs');
  const load = (cacheHome: string, env: Record<string, string> = {}): string => {
    const script = `import { loadCommonJs } from ${JSON.stringify(join(process.cwd(), 'src/cli/code-cache.ts'))}; const r = loadCommonJs(${JSON.stringify(bundle)}); console.log(r.cache, r.exports.answer);`;
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', XDG_CACHE_HOME: cacheHome, ...env } });
    expect(r.stderr).toBe('');
    return r.stdout.trim();
  };

  it('is written on the first run, private, and used on the next', () => {
    const home = join(dir, 'home');
    writeFileSync(bundle, 'exports.answer = [1, 2, 3].map((x) => x * 2).join("");');
    expect(load(home)).toBe('saving 246');
    const cacheDir = join(home, 'lb-plan', 'code-cache');
    expect(statSync(cacheDir).mode & 0o777).toBe(0o700);
    const files = readdirSync(cacheDir);
    expect(files).toHaveLength(1);
    expect(statSync(join(cacheDir, files[0]!)).mode & 0o777).toBe(0o600);
    expect(load(home)).toBe('used 246');
    // A changed bundle of the same length is another source: never compiled from the old cache.
    writeFileSync(bundle, 'exports.answer = [1, 2, 3].map((x) => x * 3).join("");');
    expect(load(home)).toBe('saving 369');
    expect(load(home)).toBe('used 369');
    expect(load(home, { LB_PLAN_NO_CODE_CACHE: '1' })).toBe('none 369');
  });

  it('drops cache files no run used for 30 days when it writes one, and what interrupted saves left', () => {
    const home = join(dir, 'pruned');
    const cacheDir = join(home, 'lb-plan', 'code-cache');
    mkdirSync(cacheDir, { recursive: true, mode: 0o700 });
    const daysAgo = (d: number) => Date.now() / 1000 - d * 24 * 3600;
    const stale = Array.from({ length: 5 }, (_, i) => `${String(i).repeat(32)}-v20.0.${i}-x64.bin`);
    const recent = Array.from({ length: 10 }, (_, i) => `${'r'.repeat(31)}${i}-v22.0.${i}-x64.bin`);
    stale.forEach((name, i) => (writeFileSync(join(cacheDir, name), 'old'), utimesSync(join(cacheDir, name), daysAgo(31 + i), daysAgo(31 + i))));
    recent.forEach((name, i) => (writeFileSync(join(cacheDir, name), 'in use'), utimesSync(join(cacheDir, name), daysAgo(29 - i), daysAgo(29 - i))));
    writeFileSync(join(cacheDir, 'a.bin.123.tmp'), 'left by a killed save');
    utimesSync(join(cacheDir, 'a.bin.123.tmp'), daysAgo(0.05), daysAgo(0.05));
    writeFileSync(join(cacheDir, 'b.bin.456.tmp'), 'being saved now');
    writeFileSync(join(cacheDir, 'notes.txt'), 'not a cache file');
    utimesSync(join(cacheDir, 'notes.txt'), daysAgo(90), daysAgo(90));
    writeFileSync(bundle, 'exports.answer = 8;');
    expect(load(home)).toBe('saving 8');
    const left = readdirSync(cacheDir).sort();
    const fresh = left.filter((f) => f.endsWith('.bin') && !recent.includes(f) && !stale.includes(f));
    expect(fresh).toHaveLength(1);
    expect(left).toEqual([...recent, fresh[0]!, 'b.bin.456.tmp', 'notes.txt'].sort());
    // A cache used is marked used (at most once a day), so a cache in use is never the oldest.
    utimesSync(join(cacheDir, fresh[0]!), daysAgo(2), daysAgo(2));
    expect(load(home)).toBe('used 8');
    expect(Date.now() - statSync(join(cacheDir, fresh[0]!)).mtimeMs).toBeLessThan(60_000);
    utimesSync(join(cacheDir, fresh[0]!), daysAgo(0.5), daysAgo(0.5));
    expect(load(home)).toBe('used 8');
    expect(Date.now() - statSync(join(cacheDir, fresh[0]!)).mtimeMs).toBeGreaterThan(0.4 * 24 * 3600 * 1000);
  });

  it('keeps the CLI proper of apply and destroy (run under other V8 flags) apart from the other commands, each cache used again', () => {
    const home = join(dir, 'flags');
    const cacheDir = join(home, 'lb-plan', 'code-cache');
    const cli = (...args: string[]) => spawnSync(process.execPath, ['dist/cli.cjs', ...args], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', XDG_CACHE_HOME: home } });
    const files = () => new Map(readdirSync(cacheDir).map((f) => [f, statSync(join(cacheDir, f)).mtimeMs]));
    expect(cli('plan', '--help').status).toBe(0);
    expect(files().size).toBe(1);
    expect(cli('validate', '--help').status).toBe(0); // validate.cjs's own, then the CLI proper's is used
    expect(files().size).toBe(2);
    expect(cli('apply', '--help').status).toBe(0);
    const both = files();
    expect(both.size).toBe(3);
    // Each is used, not refused and written again: a cache made under the other flags would be.
    for (const args of [['destroy', '--help'], ['plan', '--help'], ['validate', '--help'], ['apply', '--help']]) expect(cli(...args).status).toBe(0);
    expect(files()).toEqual(both);
  });

  it('a large input (32 kB of manifests or more) runs validate and graph under other V8 flags (no optimizing compiler), each with a cache of its own; a small one does not', () => {
    const home = join(dir, 'large');
    const cacheDir = join(home, 'lb-plan', 'code-cache');
    const cli = (...args: string[]) => spawnSync(process.execPath, ['dist/cli.cjs', ...args], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', XDG_CACHE_HOME: home } });
    const files = () => readdirSync(cacheDir).sort();
    const regions = ['us-central1', 'us-east1', 'us-east4', 'europe-west1', 'europe-west2', 'asia-east1'];
    const backends = Array.from({ length: 100 }, (_, i) => `  svc-${i}:\n    serverless:\n${regions.map((r) => `      - { region: ${r}, cloudRun: { service: svc-${i} } }\n`).join('')}`).join('');
    const large = join(dir, 'large.yaml');
    const hosts = Array.from({ length: 100 }, (_, i) => `    - { hosts: [svc-${i}.example.com], backend: svc-${i} }\n`).join('');
    writeFileSync(large, `apiVersion: lb-plan/v1\nkind: LoadBalancer\nmetadata: { name: big, project: p }\nfrontend:\n  address: { reserve: big-ip }\nbackends:\n${backends}routing:\n  default: svc-0\n  hosts:\n${hosts}`);
    expect(statSync(large).size).toBeGreaterThan(32 * 1024);
    expect(statSync('examples/http.yaml').size).toBeLessThan(32 * 1024);
    expect(cli('validate', 'examples/http.yaml').status).toBe(0);
    const small = files();
    expect(small).toHaveLength(1);
    expect(cli('validate', large).stdout).toBe(`${large}: OK (big: 704 resources)\n`);
    const both = files();
    expect(both).toHaveLength(2);
    // The same bundle (the content part of the name), other flags (the part after it).
    const [a, b] = both.map((f) => f.split('-'));
    expect([a![0] === b![0], a![1] === b![1]]).toEqual([true, false]);
    // Each is used again, not refused and rewritten.
    const times = () => both.map((f) => statSync(join(cacheDir, f)).mtimeMs);
    const before = times();
    expect(cli('validate', 'examples/http.yaml').status).toBe(0);
    expect(cli('validate', large, '--format', 'json').status).toBe(0);
    expect(times()).toEqual(before);
    expect(files()).toEqual(both);
    // graph is a command of the CLI proper: its cache under the large-input flags is another file.
    expect(cli('graph', large).status).toBe(0);
    expect(files()).toHaveLength(3);
    expect(cli('graph', 'examples/http.yaml').status).toBe(0);
    expect(files()).toHaveLength(4);
  });

  it('is not used from a folder others can write', () => {
    const home = join(dir, 'shared');
    writeFileSync(bundle, 'exports.answer = 7;');
    expect(load(home)).toBe('saving 7');
    chmodSync(join(home, 'lb-plan', 'code-cache'), 0o777);
    expect(load(home)).toBe('none 7');
  });
});

describe('the bundles loaded through the code cache', () => {
  // The cache is named by the hash on a bundle's first line: it must be the hash of the rest, or a cache made
  // from another source could be used (V8 itself checks only the source's length).
  it.each(['dist/validate.cjs', 'dist/cli-main.cjs'])('%s carries the sha256 of its content on its first line', (file) => {
    const text = readFileSync(file, 'utf8');
    const first = text.slice(0, text.indexOf('\n') + 1);
    const m = /^\/\/ lb-plan bundle sha256:([0-9a-f]{64})\n$/.exec(first);
    expect(m, first).not.toBeNull();
    expect(m![1]).toBe(createHash('sha256').update(text.slice(first.length)).digest('hex'));
  });

  // One character outside Latin-1 (a curly quote in a comment esbuild kept) makes V8 hold the whole source as
  // UTF-16 for the life of the process: 10 MB for the CLI proper. scripts/build.mjs escapes them.
  it.each((readdirSync('dist', { recursive: true }) as string[]).map((f) => `dist/${f}`).filter((f) => statSync(f).isFile()))('%s is ASCII only', (file) => {
    const bytes = readFileSync(file);
    const at = bytes.findIndex((b) => b > 0x7f);
    expect(at, at < 0 ? '' : `byte ${at}: ${bytes.subarray(Math.max(0, at - 60), at + 20).toString('utf8')}`).toBe(-1);
  });
});

describe('the yaml package in validate', () => {
  // dist/validate.cjs loads dist/yaml.cjs on first use (scripts/build.mjs, lazy-yaml), through the code cache: a
  // plain valid manifest is read by the fast reader and never needs it; a finding needs it for its position, and
  // so does YAML the fast reader leaves to it (an anchor). Whether it was loaded shows in the cache folder.
  const dir = mkdtempSync(join(tmpdir(), 'lb-plan-lazy-yaml-'));
  const yamlHash = /^\/\/ lb-plan bundle sha256:([0-9a-f]{32})/.exec(readFileSync('dist/yaml.cjs', 'utf8'))![1]!;
  let homes = 0;
  const loaded = (file: string, home = join(dir, `home-${++homes}`)): { status: number | null; stdout: string; stderr: string; yaml: boolean; caches: string[] } => {
    const r = spawnSync(process.execPath, ['dist/cli.cjs', 'validate', file], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', XDG_CACHE_HOME: home } });
    const caches = readdirSync(join(home, 'lb-plan', 'code-cache')).sort();
    return { status: r.status, stdout: r.stdout, stderr: r.stderr, yaml: caches.some((f) => f.startsWith(yamlHash)), caches };
  };
  /** What the CLI proper (src/, the real yaml package) says of `file`. */
  const oracle = async (file: string): Promise<{ status: number; stdout: string; stderr: string }> => {
    const c = capture();
    const status = await run(['validate', file], c.io);
    return { status, ...c.out() };
  };

  it('is not loaded for a plain valid manifest; it is for a finding and for an anchor, and answers as the CLI proper does', async () => {
    expect(loaded('examples/http.yaml')).toMatchObject({ status: 0, stdout: 'examples/http.yaml: OK (serverless-lb: 6 resources)\n', stderr: '', yaml: false });
    const broken = loaded('examples/broken/routing.yaml');
    expect(broken.yaml).toBe(true);
    expect(broken.stderr).not.toContain('internal error');
    expect({ status: broken.status, stdout: broken.stdout, stderr: broken.stderr }).toEqual(await oracle('examples/broken/routing.yaml'));
    const anchored = join(dir, 'anchored.yaml');
    writeFileSync(anchored, readFileSync('examples/http.yaml', 'utf8').replace(/project: (\S+)/, 'project: &p $1').replace(/service: hello/, 'service: *p'));
    expect(readFileSync(anchored, 'utf8')).toContain('*p');
    const a = loaded(anchored);
    expect(a.yaml).toBe(true);
    expect({ status: a.status, stdout: a.stdout, stderr: a.stderr }).toEqual(await oracle(anchored));
  });

  it('is loaded through the code cache, as validate is: a cache of its own, used again', () => {
    const home = join(dir, 'cache-home');
    const first = loaded('examples/broken/routing.yaml', home);
    expect(first.yaml).toBe(true);
    expect(first.caches).toHaveLength(2);
    const times = () => first.caches.map((f) => statSync(join(home, 'lb-plan', 'code-cache', f)).mtimeMs);
    const before = times();
    expect(loaded('examples/broken/routing.yaml', home)).toMatchObject({ status: 1, caches: first.caches });
    expect(times()).toEqual(before);
  });
});

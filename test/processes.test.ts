/**
 * The shipped bundles run as processes, the way users and the Actions runner run them.
 * (`npm test` checks dist/ is fresh before these run.)
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const node = process.execPath;
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string; bin: Record<string, string> };

function runCli(...args: string[]) {
  return spawnSync(node, ['dist/cli.cjs', ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
}

describe('dist/cli.cjs', () => {
  it('is the package bin and prints the package version', () => {
    expect(pkg.bin['lb-plan']).toBe('dist/cli.cjs');
    const r = runCli('--version');
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(pkg.version);
  });

  it('validates every example with exit 0', () => {
    const examples = ['http', 'https-managed', 'https-self-managed-redirect', 'multi-region', 'regional-routing', 'url-mask-cloud-run', 'url-mask-cloud-functions', 'url-mask-app-engine', 'url-mask-api-gateway', 'cdn', 'iap', 'cloud-armor', 'byoip', 'shop'];
    const r = runCli('validate', ...examples.map((e) => `examples/${e}.yaml`));
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(examples.length);
  });

  it('fails a broken manifest with FILE:LINE:COLUMN lines, exit 1 and no stack trace', () => {
    const r = runCli('validate', 'examples/broken/typos.yaml');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('examples/broken/typos.yaml:8:3: error: unknown key "adress" (did you mean "address"?) (at frontend.adress)');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('says so for a file that does not exist', () => {
    const r = runCli('validate', 'examples/nope.yaml');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('examples/nope.yaml:1:1: error: cannot read manifest: no such file (at (root))');
  });

  it('gives JSON results with --format json', () => {
    const r = runCli('validate', '--format', 'json', 'examples/http.yaml', 'examples/broken/syntax.yaml');
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout) as { valid: boolean; files: { file: string; ok: boolean; diagnostics: { line: number }[] }[] };
    expect(out.valid).toBe(false);
    expect(out.files.map((f) => [f.file, f.ok])).toEqual([
      ['examples/http.yaml', true],
      ['examples/broken/syntax.yaml', false],
    ]);
    expect(out.files[1]!.diagnostics[0]!.line).toBe(6);
  });

  it('usage errors exit 2', () => {
    expect(runCli('frobnicate').status).toBe(2);
    expect(runCli('validate').status).toBe(2);
  });
});

describe("the README's main job", () => {
  it('applies an example to the built-in emulator, then plans it as converged', () => {
    const readme = readFileSync('README.md', 'utf8');
    const command = /```sh\n(npm ci && npx lb-plan apply [^\n]+)\n```/.exec(readme)?.[1];
    expect(command).toBe('npm ci && npx lb-plan apply examples/multi-region.yaml --emulator --auto-approve && npx lb-plan plan examples/multi-region.yaml --emulator');
    const dir = mkdtempSync(join(tmpdir(), 'lb-plan-main-job-'));
    cpSync('examples', join(dir, 'examples'), { recursive: true });
    const cli = join(process.cwd(), 'dist/cli.cjs');
    const steps = command!.split(' && ').slice(1).map((c) => c.replace(/^npx lb-plan /, '').split(' '));
    const apply = spawnSync(node, [cli, ...steps[0]!], { cwd: dir, encoding: 'utf8' });
    expect(apply.stderr).toBe('');
    expect(apply.status).toBe(0);
    expect(apply.stdout).toContain('Apply complete: 14 done, 0 failed, 0 skipped');
    expect(apply.stdout).toMatch(/IP addresses: 34\.\d+\.\d+\.\d+ \(IPv4\), 2600:1901:[0-9a-f:]+ \(IPv6\)/);
    const plan = spawnSync(node, [cli, ...steps[1]!], { cwd: dir, encoding: 'utf8' });
    expect(plan.status).toBe(0);
    expect(plan.stdout).toContain('No changes. The load balancer matches the manifest.');
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('dist/cli.cjs emulator', () => {
  it('prints its endpoint, serves the Compute API, keeps state in --state, and stops on SIGTERM', async () => {
    const { spawn } = await import('node:child_process');
    const dir = mkdtempSync(join(tmpdir(), 'lb-plan-emu-cli-'));
    const state = join(dir, 'state.json');
    const child = spawn(node, ['dist/cli.cjs', 'emulator', '--port', '0', '--state', state], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const endpoint = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /export LB_PLAN_COMPUTE_ENDPOINT=(\S+)/.exec(out);
        if (m) resolve(m[1]!);
      });
      child.once('exit', () => reject(new Error(`exited: ${out}`)));
    });
    const res = await fetch(`${endpoint}compute/v1/projects/p/global/addresses`, { method: 'POST', headers: { authorization: 'Bearer x' }, body: JSON.stringify({ name: 'ip' }) });
    expect(res.status).toBe(200);
    const code = await new Promise<number | null>((resolve) => {
      child.once('exit', (c) => resolve(c));
      child.kill('SIGTERM');
    });
    expect(code).toBe(0);
    expect(readFileSync(state, 'utf8')).toContain('"ip"');
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses bad flags with exit 2', () => {
    const r = runCli('emulator', '--faults', 'earthquake=1');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('unknown fault "earthquake"');
  });
});

/**
 * The published package (issue 14): the bundles hold everything, so `npm install lb-plan` is one
 * package with no runtime dependencies. Packed and installed into an empty project, offline, it
 * answers --version and plans against its built-in emulator.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'lb-plan-pack-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const npm = (args: string[], cwd: string) => execFileSync('npm', args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' } });

describe('the npm package', () => {
  it('declares no runtime dependencies', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies?: Record<string, string> };
    expect(pkg.dependencies ?? {}).toEqual({});
  });

  it('packed, installs into an empty project as one package (offline), answers --version and plans on the emulator', () => {
    const tarball = npm(['pack', '--pack-destination', dir, '--silent'], process.cwd()).trim().split('\n').at(-1)!;
    const project = join(dir, 'project');
    execFileSync('mkdir', ['-p', project]);
    writeFileSync(join(project, 'package.json'), '{ "name": "consumer", "private": true }\n');
    npm(['install', '--offline', '--no-package-lock', join(dir, tarball)], project);
    expect(readdirSync(join(project, 'node_modules')).filter((n) => !n.startsWith('.'))).toEqual(['lb-plan']);
    const bin = join(project, 'node_modules', '.bin', 'lb-plan');
    expect(execFileSync(bin, ['--version'], { encoding: 'utf8' }).trim()).toBe((JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version);
    writeFileSync(join(project, 'lb.yaml'), readFileSync('examples/http.yaml', 'utf8'));
    const out = execFileSync(bin, ['plan', 'lb.yaml', '--emulator', join(project, 'state.json')], { cwd: project, encoding: 'utf8' });
    expect(out).toContain('Plan: 6 to add, 0 to change, 0 to destroy.');
  }, 120_000);
});

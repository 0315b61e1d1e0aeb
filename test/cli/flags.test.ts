/**
 * Flags that fit people's habits (issue 16, item 10), checked on the CLI as a process (from src/):
 * a manifest where a state file is expected, numeric flags, one spelling for JSON output, each
 * command's own help, and metadata.project given by --project.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { lbPlan } from '../helpers/cli-process.js';

/** A scratch folder with the examples, as a user's checkout. */
function checkout(): string {
  const dir = mkdtempSync(join(tmpdir(), 'lb-plan-flags-'));
  cpSync('examples', join(dir, 'examples'), { recursive: true });
  return dir;
}

describe('a manifest where the emulator state file is expected', () => {
  it.each([
    [['plan', '--emulator', 'examples/http.yaml', 'examples/cdn.yaml'], 'examples/http.yaml', 'manifest'],
    [['apply', '--emulator', 'examples/http.yaml', 'examples/cdn.yaml', '--auto-approve'], 'examples/http.yaml', 'manifest'],
    [['destroy', '--emulator', 'examples/cdn.yml', 'examples/http.yaml'], 'examples/cdn.yml', 'manifest'],
    [['plan', '--emulator', 'lb.json', 'examples/http.yaml'], 'lb.json', 'manifest'],
    [['plan', '--emulator', 'saved.json', 'examples/http.yaml'], 'saved.json', 'saved plan'],
  ])('%j: usage error (exit 2) naming the file and the fix; no emulator state written', (args, value, kind) => {
    const dir = checkout();
    writeFileSync(join(dir, 'lb.json'), JSON.stringify({ apiVersion: 'lb-plan/v1', kind: 'LoadBalancer' }));
    writeFileSync(join(dir, 'saved.json'), JSON.stringify({ formatVersion: 1, steps: [] }));
    const r = lbPlan(args, { cwd: dir });
    expect(r.stderr).toContain(`"${value}" is a ${kind}, not an emulator state file: put --emulator after the manifests, or give a state file as --emulator=FILE.json.`);
    expect(r.stderr).not.toContain('internal error');
    expect(r.code).toBe(2);
    expect(existsSync(join(dir, '.lb-plan'))).toBe(false);
    expect(readFileSync(join(dir, 'lb.json'), 'utf8')).toContain('LoadBalancer');
  });

  it('after the manifests, --emulator takes no value and the manifests are planned', () => {
    const dir = checkout();
    const r = lbPlan(['plan', 'examples/http.yaml', 'examples/cdn.yaml', '--emulator'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('lb-plan: serverless-lb in project my-project');
    expect(r.stdout).toContain('lb-plan: cdn-lb in project my-project');
  });
});

describe('numeric flags are checked before anything runs', () => {
  it.each([
    [['emulator', '--port', '0', '--seed', 'abc'], "option '--seed <n>' argument 'abc' is invalid. takes a whole number"],
    [['emulator', '--port', '0', '--operation-ms', '99999999999'], 'takes a whole number from 0 to 3600000, not 99999999999'],
    [['emulator', '--port', '0', '--certificate-ms', '-5'], "option '--certificate-ms <ms>' argument '-5' is invalid"],
    [['emulator', '--port', '0', '--latency', '50-10'], 'takes MS or MIN-MAX milliseconds up to 60000 (MIN not above MAX), not "50-10"'],
    [['emulator', '--port', '0', '--max-concurrent-operations', '1.5'], 'takes a whole number from 0 to 100000'],
    [['emulator', '--port', '0', '--unknown-fields', 'x'], 'takes a whole number'],
    [['emulator', '--port', '0', '--faults', 'rateLimit=2'], 'rateLimit takes a rate from 0 to 1'],
    [['emulator', '--port', '0', '--certificate-states', 'a.example.com=BROKEN'], 'a.example.com needs one of FAILED_NOT_VISIBLE'],
    [['plan', 'examples/http.yaml', '--emulator', '--request-timeout', 'soon'], 'takes a duration from 1s to 24h'],
    [['destroy', '--name', 'lb', '--project', 'p', '--emulator', '--parallelism', '0'], 'takes a whole number from 1 to 100, not 0'],
  ])('%j: exit 2, nothing started', (args, message) => {
    const dir = checkout();
    const r = lbPlan(args, { cwd: dir });
    expect(r.stderr).toContain(message);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(existsSync(join(dir, '.lb-plan'))).toBe(false);
  });
});

describe('one spelling for JSON output: --format json on every command, --json as its alias', () => {
  it('validate, graph and explain: --json gives what --format json gives', () => {
    for (const args of [['validate', 'examples/http.yaml'], ['graph', 'examples/http.yaml'], ['explain', 'https://example.com/', 'examples/http.yaml']]) {
      const long = lbPlan([...args, '--format', 'json']);
      const alias = lbPlan([...args, '--json']);
      expect(long.code, args.join(' ')).toBe(0);
      expect(alias.stdout, args.join(' ')).toBe(long.stdout);
      expect(() => JSON.parse(long.stdout) as unknown, args.join(' ')).not.toThrow();
    }
  });

  it('plan and apply: JSON with either spelling; --json with another --format is a usage error', () => {
    const dir = checkout();
    const plan = JSON.parse(lbPlan(['plan', 'examples/http.yaml', '--emulator', '--format', 'json'], { cwd: dir }).stdout) as { manifest: { name: string }; orphans: unknown[] };
    expect(plan.manifest.name).toBe('serverless-lb');
    expect(plan.orphans).toEqual([]);
    const applied = lbPlan(['apply', 'examples/http.yaml', '--emulator', '--auto-approve', '--format', 'json'], { cwd: dir });
    expect(applied.code).toBe(0);
    const events = applied.stdout.trim().split('\n').map((l) => JSON.parse(l) as { type: string });
    expect(events[0]!.type).toBe('plan');
    const destroyed = lbPlan(['destroy', 'examples/http.yaml', '--emulator', '--auto-approve', '--json'], { cwd: dir });
    expect(destroyed.code).toBe(0);
    expect(destroyed.stdout.trim().split('\n').every((l) => typeof (JSON.parse(l) as { type?: unknown }).type === 'string')).toBe(true);
    const both = lbPlan(['plan', 'examples/http.yaml', '--emulator', '--json', '--format', 'markdown'], { cwd: dir });
    expect(both.stderr).toBe('lb-plan: --json and --format markdown disagree: give one of them\n');
    expect(both.code).toBe(2);
  });
});

describe("each command's --help lists only its flags", () => {
  const CLOUD = ['--compute-endpoint', '--emulator', '--project', '--request-timeout'];
  it.each([
    ['validate', ['--format', '--json', '--help']],
    ['graph', ['--format', '--json', '--help']],
    ['plan', [...CLOUD, '--out', '--format', '--detailed-exitcode', '--verbose', '--wait-for-certificates', '--no-wait-certificates', '--strict', '--json', '--help']],
    ['apply', [...CLOUD, '--auto-approve', '--parallelism', '--format', '--verbose', '--json', '--strict', '--wait-for-certificates', '--certificate-timeout', '--no-wait-certificates', '--help']],
    ['destroy', [...CLOUD, '--auto-approve', '--parallelism', '--format', '--verbose', '--json', '--name', '--keep', '--help']],
    ['explain', ['--url-map', '--project', '--compute-endpoint', '--emulator', '--request-timeout', '--format', '--json', '--help']],
    ['emulator', ['--port', '--host', '--state', '--log', '--seed', '--latency', '--operation-ms', '--certificate-ms', '--max-concurrent-operations', '--faults', '--certificate-states', '--unknown-fields', '--run-services', '--run-denied', '--help']],
  ])('%s', (command, flags) => {
    const r = lbPlan([command, '--help']);
    expect(r.code).toBe(0);
    const listed = [...r.stdout.matchAll(/^ {2}(?:-\w, )?(--[a-z-]+)/gm)].map((m) => m[1]);
    expect(listed).toEqual(flags);
  });
});

describe('metadata.project is optional when --project is given', () => {
  it('validate accepts it and says plan needs --project; plan without --project points at metadata; with --project it plans', () => {
    const dir = checkout();
    const text = readFileSync('examples/http.yaml', 'utf8').replace('  project: my-project\n', '');
    writeFileSync(join(dir, 'lb.yaml'), text);
    const line = text.split('\n').indexOf('metadata:') + 2;
    const valid = lbPlan(['validate', 'lb.yaml'], { cwd: dir });
    expect(valid.stdout).toBe('lb.yaml: OK (serverless-lb: 6 resources; no metadata.project: plan, apply and destroy need --project)\n');
    expect(valid.code).toBe(0);
    const none = lbPlan(['plan', 'lb.yaml', '--emulator'], { cwd: dir });
    expect(none.stderr).toBe(`lb.yaml:${line}:3: error: no project: the manifest has no metadata.project and none was given; add "project: <id>" under metadata, or pass --project <id> (the Action: its project input) (at metadata)\n`);
    expect(none.code).toBe(1);
    const given = lbPlan(['plan', 'lb.yaml', '--emulator', '--project', 'staging-123'], { cwd: dir });
    expect(given.stderr).toBe('');
    expect(given.stdout).toContain('lb-plan: serverless-lb in project staging-123');
    expect(given.code).toBe(0);
    const destroy = lbPlan(['destroy', 'lb.yaml', '--emulator'], { cwd: dir });
    expect(destroy.stderr).toBe('lb-plan: lb.yaml has no metadata.project: give the project with --project\n');
    expect(destroy.code).toBe(2);
  });

  it('explain and graph need no project', async () => {
    const dir = checkout();
    const file = join(dir, 'lb.yaml');
    writeFileSync(file, readFileSync('examples/http.yaml', 'utf8').replace('  project: my-project\n', ''));
    const explained = await cli('explain', 'http://x.example.com/', file);
    expect(explained.stdout).toContain('backend service  serverless-lb-hello (backend hello)\n  us-central1      NEG serverless-lb-hello-');
    expect(explained.code).toBe(0);
    expect((await cli('graph', file)).code).toBe(0);
  });
});

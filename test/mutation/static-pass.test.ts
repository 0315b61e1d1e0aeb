/**
 * The by-hand pass (scripts/mutation-static.mjs) run for real on a checkout of one small file: vitest runs each
 * mutant's tests, and a mutant that loops for ever is ended at the time limit, workers and all, and counted as
 * timed out (as Stryker counts it), which the store (scripts/mutation-store.mjs) then counts as such. The run
 * report is written here by hand in Stryker's format: what matters is what the pass does with its mutants.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

interface Mutant { id: string; mutatorName: string; replacement: string; status: string; statusReason?: string; location: { start: { line: number; column: number }; end: { line: number; column: number } } }
interface StoreModule {
  emptyStore(): { files: Record<string, { counts: Record<string, number>; left: { at: number[] }[]; byHand?: { command: string } }> };
  mergeReports(store: ReturnType<StoreModule['emptyStore']>, reports: unknown[]): string[];
  readRunReports(dir: string): unknown[];
}
// @ts-expect-error: a plain .mjs script without types
const S = (await import('../../scripts/mutation-store.mjs')) as StoreModule;

const SOURCE = ['export function count(n: number): number {', '  let c = 0;', '  for (let i = 0; i < n; i++) c += 1;', '  return c;', '}', "export const LABEL = 'count';", ''].join('\n');
const TEST = ["import { expect, it } from 'vitest';", "import { count } from '../src/loop.ts';", "it('counts to three', () => expect(count(3)).toBe(3));", ''].join('\n');

/** A mutant of SOURCE: `text` on line `line` replaced by `replacement`. */
function mutant(id: string, mutatorName: string, line: number, text: string, replacement: string): Mutant {
  const column = SOURCE.split('\n')[line - 1]!.indexOf(text) + 1;
  return { id, mutatorName, replacement, status: 'Survived', location: { start: { line, column }, end: { line, column: column + text.length } } };
}

const LIMIT_MS = 20_000;
const root = mkdtempSync(join(tmpdir(), 'lb-plan-static-test-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the by-hand pass (scripts/mutation-static.mjs)', () => {
  it('ends a mutant that loops for ever at the time limit, with its worker, and records it as timed out', { timeout: 120_000 }, () => {
    const checkout = join(root, 'checkout');
    const copies = join(root, 'copies');
    mkdirSync(join(checkout, 'src'), { recursive: true });
    mkdirSync(join(checkout, 'test'));
    mkdirSync(join(checkout, 'reports/mutation/runs'), { recursive: true });
    mkdirSync(copies);
    symlinkSync(resolve('node_modules'), join(checkout, 'node_modules'), 'dir');
    writeFileSync(join(checkout, 'src/loop.ts'), SOURCE);
    writeFileSync(join(checkout, 'test/loop.test.ts'), TEST);
    const mutants = [
      mutant('1', 'ConditionalExpression', 3, 'i < n', 'true'),
      mutant('2', 'AssignmentOperator', 3, 'c += 1', 'c -= 1'),
      mutant('3', 'StringLiteral', 6, "'count'", '""'),
    ];
    const runs = join(checkout, 'reports/mutation/runs');
    writeFileSync(join(runs, 'loop.json'), JSON.stringify({ schemaVersion: '1', thresholds: { high: 90, low: 80 }, files: { 'src/loop.ts': { language: 'typescript', source: SOURCE, mutants } } }));
    writeFileSync(join(runs, 'loop.meta.json'), JSON.stringify({ command: 'npm run mutate -- --mutate src/loop.ts', started: '2026-12-06T00:00:00.000Z', seconds: 1, commit: 'abc1234' }));

    const script = resolve('scripts/mutation-static.mjs');
    const call = `const { staticPass } = await import(${JSON.stringify(script)}); process.exitCode = await staticPass('loop', ['test/**/*.test.ts'], 'npm run mutate -- --mutate src/loop.ts', { survivors: true, handTests: ['test/loop.test.ts'], timeoutMs: ${LIMIT_MS} });`;
    const started = Date.now();
    // The copy of the checkout goes under `copies` (TMPDIR), so a process left running in it can be found.
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', call], { cwd: checkout, encoding: 'utf8', env: { ...process.env, TMPDIR: copies }, timeout: 100_000 });
    expect(r.status, r.stderr).toBe(0);
    expect(Date.now() - started).toBeGreaterThanOrEqual(LIMIT_MS);

    const pass = JSON.parse(readFileSync(join(runs, 'loop.static.json'), 'utf8')) as { files: Record<string, { mutants: Mutant[] }> };
    const status = Object.fromEntries(pass.files['src/loop.ts']!.mutants.map((m) => [m.id, [m.status, m.statusReason]]));
    expect(status).toEqual({
      '1': ['Timeout', `by hand: vitest timed out after ${LIMIT_MS / 1000} s (test/loop.test.ts)`],
      '2': ['Killed', 'by hand: vitest failed (test/loop.test.ts)'],
      '3': ['Survived', 'by hand: vitest passed'],
    });
    const meta = JSON.parse(readFileSync(join(runs, 'loop.static.meta.json'), 'utf8')) as { command: string; timeoutMs: number };
    expect(meta.timeoutMs).toBe(LIMIT_MS);

    // No process of the pass is still running in its copy of the checkout (the looping worker above all), and the copy is gone.
    if (existsSync('/proc/self/cwd')) {
      const inCopies = readdirSync('/proc').filter((p) => /^\d+$/.test(p)).filter((p) => {
        try {
          return readlinkSync(`/proc/${p}/cwd`).startsWith(copies);
        } catch {
          return false;
        }
      });
      expect(inCopies).toEqual([]);
    }
    expect(readdirSync(copies).filter((n) => n.startsWith('lb-plan-static-'))).toEqual([]);

    // The store counts the timed-out mutant as Stryker does: not left standing, in the Timeout column.
    const store = S.emptyStore();
    S.mergeReports(store, S.readRunReports(runs));
    const record = store.files['src/loop.ts']!;
    expect(record.counts).toEqual({ Killed: 1, Timeout: 1, Survived: 1 });
    expect(record.left.map((e) => e.at[0])).toEqual([6]);
    expect(record.byHand?.command).toBe('npm run mutate -- --mutate src/loop.ts --static --survivors --hand-tests test/loop.test.ts');
  });
});

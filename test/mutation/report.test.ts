/**
 * The mutation results store (scripts/mutation-store.mjs) and the page rendered from it (scripts/mutation-render.mjs,
 * scripts/mutation-report.mjs): test/MUTATION.md comes from the committed store alone, and a run report, from this
 * checkout or copied from another, replaces the records of the files it measured and no other. No Stryker here: the
 * run report is a real one (`npm run mutate -- --mutate src/plan/digest.ts --testFiles test/action/approval-src.test.ts`,
 * its test sources and per-test coverage cut out), test/fixtures/mutation/.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

interface Entry { at: number[]; mutator: string; original: string; replacement: string; status: string; before?: string; after?: string; byHand?: boolean }
interface FileRecord { sha256: string | null; run: { command: string; time: string; commit?: string; seconds?: number }; byHand?: { command: string; time: string; seconds?: number }; counts: Record<string, number>; left: Entry[] }
interface Store { version: 1; files: Record<string, FileRecord>; bugs: { id: string; bug: string; file: string; tests: string[]; killed: boolean; failed: number; firstFailed: string | null; when: string; commit: string }[] }
interface Mutant { mutatorName: string; replacement?: string; status: string; location: { start: { line: number; column: number }; end: { line: number; column: number } } }
interface RunReport { files: Record<string, { source: string; mutants: Mutant[] }> }
interface Run { command: string; time: string; commit?: string; seconds?: number }
interface Module { id: string; title: string; paths: string[] }
interface Equivalent { file: string; mutator: string; original: string; replacement: string; near?: string; reason: string }
interface StoreModule {
  sha256(text: string): string;
  emptyStore(): Store;
  parseStore(text: string, where?: string): Store;
  storeText(store: Store): string;
  mergeReports(store: Store, reports: { run: Run; report: RunReport; byHand: boolean }[]): string[];
  readRunReports(dir: string): { run: Run; report: RunReport; byHand: boolean }[];
  repoPath(key: string, exists?: (p: string) => boolean): string;
}
interface RenderModule {
  renderReport(
    store: Store,
    ctx: { modules: Module[]; moduleOf(f: string): Module | undefined; moduleFiles(m: Module): string[]; currentSha(f: string): string | undefined; equivalents: Equivalent[] },
  ): { text: string; unexplained: number };
}

// @ts-expect-error: a plain .mjs script without types
const S = (await import('../../scripts/mutation-store.mjs')) as StoreModule;
// @ts-expect-error: a plain .mjs script without types
const R = (await import('../../scripts/mutation-render.mjs')) as RenderModule;

const FIXTURE = 'test/fixtures/mutation/src-plan-digest.ts.json';
const fixture = (): RunReport => JSON.parse(readFileSync(FIXTURE, 'utf8')) as RunReport;
const digestSource = fixture().files['src/plan/digest.ts']!.source;
const rowOf = (text: string, file: string) => text.split('\n').find((l) => l.startsWith(`| \`${file}\` |`));

/** A store written by hand for the rendering: two modules, three files, one measured over a source that changed since, one of unknown source. */
function fixtureStore(): Store {
  const run = (time: string) => ({ command: 'npm run mutate -- --module alpha', time, commit: 'abc1234', seconds: 60 });
  return {
    version: 1,
    files: {
      'src/alpha/a.ts': {
        sha256: S.sha256('const a = 1;\n'),
        run: run('2026-01-02T10:00:00.000Z'),
        byHand: { command: 'npm run mutate -- --module alpha --static', time: '2026-01-02T11:30:00.000Z', seconds: 7 },
        counts: { Killed: 8, Survived: 2 },
        left: [
          { at: [3, 5, 3, 10], mutator: 'ConditionalExpression', original: 'x > 0', replacement: 'true', status: 'Survived', before: '  if (', after: ') go(x | 1);' },
          { at: [7, 1, 9, 2], mutator: 'BlockStatement', original: '{\n  return undefined;\n}', replacement: '{}', status: 'Survived', before: '', after: '' },
        ],
      },
      'src/alpha/b.ts': { sha256: S.sha256('old source\n'), run: run('2026-01-02T10:00:00.000Z'), counts: { Killed: 4, Timeout: 1, NoCoverage: 1, Ignored: 2 }, left: [{ at: [1, 1, 1, 3], mutator: 'ArrayDeclaration', original: '[]', replacement: '["Stryker was here"]', status: 'NoCoverage', before: '', after: ' ?? x' }] },
      'src/beta.ts': { sha256: null, run: { command: 'npm run mutate -- --module beta', time: '2026-01-01T09:00:00.000Z' }, counts: { Killed: 3 }, left: [] },
    },
    bugs: [{ id: 'one', bug: 'A bug | with a bar.', file: 'src/alpha/a.ts', tests: ['test/a.test.ts'], killed: true, failed: 2, firstFailed: 'a test', when: '2026-01-03T08:00:00.000Z', commit: 'def5678' }],
  };
}

const MODULES: Module[] = [
  { id: 'alpha', title: 'Alpha', paths: ['src/alpha/'] },
  { id: 'beta', title: 'Beta', paths: ['src/beta.ts'] },
];
const ctx = (now: Record<string, string>, equivalents: Equivalent[]) => ({
  modules: MODULES,
  moduleOf: (f: string) => MODULES.find((m) => m.paths.some((p) => (p.endsWith('/') ? f.startsWith(p) : f === p))),
  moduleFiles: (m: Module) => (m.id === 'alpha' ? ['src/alpha/a.ts', 'src/alpha/b.ts', 'src/alpha/c.ts'] : ['src/beta.ts']),
  currentSha: (f: string) => (now[f] === undefined ? undefined : S.sha256(now[f])),
  equivalents,
});

describe('test/MUTATION.md from the results store alone', () => {
  const equivalents: Equivalent[] = [
    { file: 'src/alpha/a.ts', mutator: 'ConditionalExpression', original: 'x > 0', replacement: 'true', near: 'go(x | 1)', reason: 'x is never negative here.' },
    { file: 'src/alpha/a.ts', mutator: 'ConditionalExpression', original: 'x > 0', replacement: 'true', near: 'elsewhere()', reason: 'not this one' },
    { file: 'src/alpha/b.ts', mutator: 'StringLiteral', original: "'gone'", replacement: '""', reason: 'a survivor of an older run' },
  ];
  const now = { 'src/alpha/a.ts': 'const a = 1;\n', 'src/alpha/b.ts': 'new source\n', 'src/alpha/c.ts': '', 'src/beta.ts': 'anything\n' };
  const { text, unexplained } = R.renderReport(fixtureStore(), ctx(now, equivalents));

  it('scores each module over its measured files, equivalent survivors left out of "without equivalents" only', () => {
    // alpha: 12 killed + 1 timeout of 16 valid (2 ignored); one of the 3 survivors is equivalent.
    expect(text).toContain('| Alpha (`src/alpha/`) | 2 of 3 | 18 | 12 | 1 | 2 | 1 | 0 | 2 | 81.3% | 86.7% |');
    expect(text).toContain('| Beta (`src/beta.ts`) | 1 of 1 | 3 | 3 | 0 | 0 | 0 | 0 | 0 | 100.0% | 100.0% |');
    expect(text).toContain('Not measured yet: `src/alpha/c.ts`.');
  });

  it('gives each file its run, its by-hand pass and whether its source changed since', () => {
    expect(rowOf(text, 'src/alpha/a.ts')).toBe(
      '| `src/alpha/a.ts` | 10 | 8 | 0 | 2 | 0 | 0 | 80.0% | 88.9% | `npm run mutate -- --module alpha`, by hand: `npm run mutate -- --module alpha --static` (2026-01-02 11:30 UTC, 7 s) | 2026-01-02 10:00 UTC | `abc1234` | 60 s | no |',
    );
    expect(rowOf(text, 'src/alpha/b.ts')).toMatch(/\| 2026-01-02 10:00 UTC \| `abc1234` \| 60 s \| \*\*yes\*\* \|$/);
    expect(rowOf(text, 'src/beta.ts')).toMatch(/\| 2026-01-01 09:00 UTC \| — \| — \| unknown \|$/);
    expect(text).toContain('Source changed since it was measured, or not known to be the same: `src/alpha/b.ts` (yes), `src/beta.ts` (unknown).');
    expect(text).toContain('Newest measurement: 2026-01-03 08:00 UTC.');
  });

  it('lists every survivor, with the reason where it is equivalent (matched by the text around it), and the unused reasons', () => {
    expect(text).toContain('- `src/alpha/a.ts:3:5` ConditionalExpression: `x > 0` → `true` (survived). Equivalent: x is never negative here.');
    expect(text).toContain('- `src/alpha/a.ts:7:1` BlockStatement: `{ return undefined; }` → `{}` (survived). **Not killed yet.**');
    expect(text).toContain('- `src/alpha/b.ts:1:1` ArrayDeclaration: `[]` → `["Stryker was here"]` (no test runs it). **Not killed yet.**');
    expect(unexplained).toBe(2);
    expect(text).toContain('## Listed as equivalent, but no such survivor in the newest run\n\n- `src/alpha/a.ts` ConditionalExpression: `x > 0` → `true`\n- `src/alpha/b.ts` StringLiteral:');
    expect(text).toContain('| A bug \\| with a bar. | `src/alpha/a.ts` | yes, by 2 tests of `test/a.test.ts` | a test | 2026-01-03 08:00 UTC | `def5678` |');
  });

  it('says a file is gone when it no longer exists', () => {
    const { text: gone } = R.renderReport(fixtureStore(), ctx({ ...now, 'src/beta.ts': undefined } as unknown as Record<string, string>, []));
    expect(rowOf(gone, 'src/beta.ts')).toMatch(/\| \*\*file gone\*\* \|$/);
  });
});

describe('merging run reports into the store', () => {
  const digestRun = { command: 'npm run mutate -- --mutate src/plan/digest.ts', time: '2026-12-05T22:26:39.199Z', commit: '66d2d63', seconds: 11 };
  const withOldDigest = (): Store => {
    const s = fixtureStore();
    s.files['src/plan/digest.ts'] = { sha256: null, run: { command: 'an older run', time: '2026-12-01T00:00:00.000Z' }, counts: { Killed: 1 }, left: [] };
    return s;
  };

  it("a newer run report replaces the record of each file it measured, from its source and mutants, and leaves the others' alone", () => {
    const store = withOldDigest();
    const before = JSON.stringify(store.files['src/alpha/a.ts']);
    expect(S.mergeReports(store, [{ run: digestRun, report: fixture(), byHand: false }])).toEqual(['src/plan/digest.ts']);
    const r = store.files['src/plan/digest.ts']!;
    expect(r.sha256).toBe(S.sha256(digestSource));
    expect(r.run).toEqual(digestRun);
    // Counted from the report itself: every mutant once, by status.
    const statuses = fixture().files['src/plan/digest.ts']!.mutants.map((m) => m.status);
    expect(r.counts).toEqual({ Killed: statuses.filter((s) => s === 'Killed').length, Survived: statuses.filter((s) => s === 'Survived').length, NoCoverage: statuses.filter((s) => s === 'NoCoverage').length });
    expect(r.left).toHaveLength(statuses.filter((s) => s === 'Survived' || s === 'NoCoverage').length);
    expect(r.left.find((e) => e.at.join() === '5,21,5,29')).toEqual({ at: [5, 21, 5, 29], mutator: 'StringLiteral', original: "'sha256'", replacement: '""', status: 'NoCoverage', before: '  return createHash(', after: ").update(JSON.stringify(sortKeys(value))).digest('hex');" });
    expect(JSON.stringify(store.files['src/alpha/a.ts'])).toBe(before);
    // The same report again changes nothing.
    const text = S.storeText(store);
    expect(S.mergeReports(store, [{ run: digestRun, report: fixture(), byHand: false }])).toEqual([]);
    expect(S.storeText(store)).toBe(text);
  });

  it('an older run report does not replace a newer record', () => {
    const store = withOldDigest();
    store.files['src/plan/digest.ts']!.run.time = '2026-12-06T00:00:00.000Z';
    expect(S.mergeReports(store, [{ run: digestRun, report: fixture(), byHand: false }])).toEqual([]);
    expect(store.files['src/plan/digest.ts']!.run.command).toBe('an older run');
  });

  it('a by-hand pass over the same source takes the status of the mutants it measured; one over other source does not', () => {
    const report = fixture();
    const data = report.files['src/plan/digest.ts']!;
    const target = data.mutants.find((m) => m.status === 'Survived' && m.mutatorName === 'UnaryOperator')!;
    const pass = { files: { 'src/plan/digest.ts': { source: data.source, mutants: [{ ...target, status: 'Killed' }] } } };
    const passRun = { command: 'npm run mutate -- --mutate src/plan/digest.ts --static --survivors', time: '2026-12-05T23:00:00.000Z', seconds: 3 };
    const store = S.emptyStore();
    S.mergeReports(store, [
      { run: passRun, report: pass, byHand: true },
      { run: digestRun, report, byHand: false },
    ]);
    const r = store.files['src/plan/digest.ts']!;
    expect(r.byHand).toEqual(passRun);
    expect(r.counts.Killed).toBe(data.mutants.filter((m) => m.status === 'Killed').length + 1);
    expect(r.counts.Survived).toBe(data.mutants.filter((m) => m.status === 'Survived').length - 1);
    expect(r.left.some((e) => e.mutator === 'UnaryOperator')).toBe(false);

    const other = S.emptyStore();
    const changedPass = { files: { 'src/plan/digest.ts': { source: `${data.source}// edited\n`, mutants: [{ ...target, status: 'Killed' }] } } };
    S.mergeReports(other, [{ run: digestRun, report, byHand: false }, { run: passRun, report: changedPass, byHand: true }]);
    expect(other.files['src/plan/digest.ts']!.byHand).toBeUndefined();
    expect(other.files['src/plan/digest.ts']!.left.some((e) => e.mutator === 'UnaryOperator')).toBe(true);
  });

  it("reads a run report copied from another checkout: its time from its meta file, a path of that checkout as this one's", () => {
    const dir = mkdtempSync(join(tmpdir(), 'lb-plan-mstore-'));
    try {
      const report = fixture();
      const abs = { files: { '/elsewhere/src/wt-x/src/plan/digest.ts': report.files['src/plan/digest.ts']! } };
      writeFileSync(join(dir, 'digest.json'), JSON.stringify(abs));
      cpSync('test/fixtures/mutation/src-plan-digest.ts.meta.json', join(dir, 'digest.meta.json'));
      writeFileSync(join(dir, 'digest.static.json'), JSON.stringify({ files: {} }));
      // Copied now: its modification time says nothing about when it ran.
      utimesSync(join(dir, 'digest.json'), new Date(), new Date());
      const runs = S.readRunReports(dir);
      expect(runs.map((r) => [r.run.time, r.byHand])).toEqual([
        ['2026-12-05T22:26:39.199Z', false],
        [expect.any(String), true],
      ]);
      expect(Object.keys(runs[0]!.report.files)).toEqual(['src/plan/digest.ts']);
      expect(runs[0]!.run.command).toBe('npm run mutate -- --mutate src/plan/digest.ts --testFiles test/action/approval-src.test.ts');
      // A broken copy is an error that names it, not a store half merged.
      writeFileSync(join(dir, 'broken.json'), '{"files": ');
      expect(() => S.readRunReports(dir)).toThrow(`${join(dir, 'broken.json')}: not a JSON report`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(S.repoPath('src/plan/digest.ts')).toBe('src/plan/digest.ts');
    expect(S.repoPath('/a/src/b/src/x.ts', (p) => p === 'src/x.ts')).toBe('src/x.ts');
    expect(S.repoPath('/a/src/b/src/x.ts', (p) => p === 'src/b/src/x.ts')).toBe('src/b/src/x.ts');
  });
});

describe('the results store file', () => {
  it('is refused with its name when malformed, never half-read', () => {
    expect(() => S.parseStore('{', 'r.json')).toThrow(/^r\.json: not JSON/);
    expect(() => S.parseStore('{"version": 2, "files": {}}', 'r.json')).toThrow('r.json: expected {"version": 1, …}');
    expect(() => S.parseStore(JSON.stringify({ version: 1, files: { 'src/a.ts': { sha256: 'abc', run: { time: 't' }, counts: {}, left: [] } } }), 'r.json')).toThrow('files["src/a.ts"].sha256');
    expect(() => S.parseStore(JSON.stringify({ version: 1, files: { 'src/a.ts': { sha256: null, run: { time: 't' }, counts: {}, left: [{ at: [1] }] } } }), 'r.json')).toThrow('files["src/a.ts"].left');
  });

  it('the committed test/mutation/results.json is as the report script writes it (sorted, one mutant a line, nothing edited by hand)', () => {
    const text = readFileSync('test/mutation/results.json', 'utf8');
    expect(S.storeText(S.parseStore(text))).toBe(text);
  });
});

describe('scripts/mutation-report.mjs, as the lead runs it after copying run reports in', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lb-plan-mreport-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const run = () => spawnSync(process.execPath, ['scripts/mutation-report.mjs', '--store', join(dir, 'results.json'), '--runs', join(dir, 'runs'), '--out', join(dir, 'MUTATION.md')], { encoding: 'utf8' });

  it('merges the copied run report into the store, renders from it, and renders the same page once the report is gone', () => {
    cpSync('test/fixtures/mutation/src-plan-digest.ts.json', join(dir, 'runs', 'src-plan-digest.ts.json'), { recursive: true });
    cpSync('test/fixtures/mutation/src-plan-digest.ts.meta.json', join(dir, 'runs', 'src-plan-digest.ts.meta.json'));
    const first = run();
    expect(first.status, first.stderr).toBe(0);
    const store = S.parseStore(readFileSync(join(dir, 'results.json'), 'utf8'));
    expect(Object.keys(store.files)).toEqual(['src/plan/digest.ts']);
    const page = readFileSync(join(dir, 'MUTATION.md'), 'utf8');
    expect(rowOf(page, 'src/plan/digest.ts')).toContain('| 2026-12-05 22:26 UTC | `66d2d63` | 11 s |');
    rmSync(join(dir, 'runs'), { recursive: true });
    const second = run();
    expect(second.status, second.stderr).toBe(0);
    expect(readFileSync(join(dir, 'MUTATION.md'), 'utf8')).toBe(page);
  });
});

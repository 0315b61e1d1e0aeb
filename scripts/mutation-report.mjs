/**
 * Regenerates test/MUTATION.md from StrykerJS's JSON reports (reports/mutation/runs/*.json, written
 * by `npm run mutate`): the score per module of scripts/mutation-modules.mjs and per file, and every
 * surviving or uncovered mutant with file:line:column, mutator and replacement, marked equivalent
 * where scripts/mutation-equivalents.mjs gives the reason. A file measured by several runs counts
 * with its newest one.
 *
 *   node scripts/mutation-report.mjs [--out test/MUTATION.md] [--check]
 *
 * --check exits 1 when a module measured below 90% (equivalent mutants left out), or a survivor has
 * no reason listed.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { EQUIVALENTS } from './mutation-equivalents.mjs';
import { MODULES, moduleOf } from './mutation-modules.mjs';
import { isStaticLeft } from './mutation-static.mjs';

const RUNS = 'reports/mutation/runs';
const BY_HAND = 'reports/mutation/by-hand.json';
const TARGET = 90;
const args = process.argv.slice(2);
const out = args.includes('--out') ? args[args.indexOf('--out') + 1] : 'test/MUTATION.md';
const check = args.includes('--check');

const collapse = (s) => s.replace(/\s+/g, ' ').trim();

/** The code a mutant replaces, from the file's source and the mutant's location (1-based lines and columns, end exclusive). */
function originalOf(source, { start, end }) {
  const lines = source.split('\n');
  if (start.line === end.line) return lines[start.line - 1].slice(start.column - 1, end.column - 1);
  return [lines[start.line - 1].slice(start.column - 1), ...lines.slice(start.line, end.line - 1), lines[end.line - 1].slice(0, end.column - 1)].join('\n');
}

/**
 * Newest result per file across the run reports; a static pass (a run named `*.static`, see scripts/mutate.mjs)
 * gives the status of the mutants the main run left out as static, when it measured the same source.
 */
function readRuns() {
  const files = new Map();
  const statics = new Map();
  const runs = [];
  if (!existsSync(RUNS)) return { files, runs };
  for (const name of readdirSync(RUNS).filter((n) => n.endsWith('.json') && !n.endsWith('.meta.json'))) {
    const path = join(RUNS, name);
    const report = JSON.parse(readFileSync(path, 'utf8'));
    const metaPath = path.replace(/\.json$/, '.meta.json');
    const meta = existsSync(metaPath) ? JSON.parse(readFileSync(metaPath, 'utf8')) : {};
    const run = { name: name.replace(/\.json$/, ''), time: statSync(path).mtime, command: meta.command ?? `(run ${name})`, seconds: meta.seconds, commit: meta.commit };
    runs.push(run);
    const into = run.name.endsWith('.static') ? statics : files;
    for (const [file, data] of Object.entries(report.files)) {
      const key = file.replace(/\\/g, '/');
      const seen = into.get(key);
      if (!seen || seen.run.time < run.time) into.set(key, { run, source: data.source, mutants: data.mutants });
    }
  }
  for (const [file, data] of files) {
    const pass = statics.get(file);
    if (!pass || pass.source !== data.source) continue;
    const same = (a, b) => a.mutatorName === b.mutatorName && a.replacement === b.replacement && JSON.stringify(a.location) === JSON.stringify(b.location);
    let used = false;
    const mutants = data.mutants.map((m) => {
      if (!isStaticLeft(m) && m.status !== 'Survived' && m.status !== 'NoCoverage') return m;
      const found = pass.mutants.find((x) => same(x, m) && x.status !== 'Ignored' && x.status !== 'Pending');
      if (!found) return m;
      used = true;
      return { ...m, status: found.status, staticPass: true };
    });
    if (used) files.set(file, { ...data, mutants, staticRun: pass.run });
  }
  return { files, runs };
}

function isEquivalent(file, m, original, source) {
  const line = source.split('\n').slice(m.location.start.line - 1, m.location.end.line).join('\n');
  return EQUIVALENTS.find(
    (e) => e.file === file && e.mutator === m.mutatorName && collapse(e.original) === collapse(original) && collapse(e.replacement) === collapse(m.replacement ?? '') && (e.near === undefined || line.includes(e.near)),
  );
}

function tally(entries) {
  const t = { mutants: 0, killed: 0, timeout: 0, survived: 0, noCoverage: 0, errors: 0, ignored: 0, equivalent: 0 };
  for (const { file, data } of entries) {
    for (const m of data.mutants) {
      t.mutants++;
      if (m.status === 'Killed') t.killed++;
      else if (m.status === 'Timeout') t.timeout++;
      else if (m.status === 'Survived' || m.status === 'NoCoverage') {
        if (m.status === 'Survived') t.survived++;
        else t.noCoverage++;
        if (isEquivalent(file, m, originalOf(data.source, m.location), data.source)) t.equivalent++;
      } else if (m.status === 'Ignored') t.ignored++;
      else t.errors++;
    }
  }
  const detected = t.killed + t.timeout;
  const valid = detected + t.survived + t.noCoverage;
  t.score = valid ? (100 * detected) / valid : undefined;
  t.scoreWithout = valid - t.equivalent ? (100 * detected) / (valid - t.equivalent) : undefined;
  return t;
}

const pct = (x) => (x === undefined ? '—' : `${x.toFixed(1)}%`);
const code = (s) => {
  const one = collapse(s);
  const short = one.length > 90 ? `${one.slice(0, 87)}…` : one;
  return `\`${short.replace(/`/g, "'").replace(/\|/g, '\\|')}\``;
};
const day = (d) => d.toISOString().slice(0, 16).replace('T', ' ') + ' UTC';

/** The .ts files of a module, as paths from the repository root. */
function moduleFiles(m) {
  return m.paths.flatMap((p) => (p.endsWith('/') ? readdirSync(p, { recursive: true }).filter((f) => String(f).endsWith('.ts')).map((f) => `${p}${String(f).replace(/\\/g, '/')}`) : [p])).sort();
}

const { files } = readRuns();
const lines = [];
const head = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).stdout.trim() || 'unknown';
lines.push('# Mutation testing', '');
lines.push(`Report written ${day(new Date())} at commit \`${head}\`; each file's row says when it was measured and at which commit ("+ changes": with uncommitted edits in src/ or test/).`, '');
lines.push('Generated by `node scripts/mutation-report.mjs` from StrykerJS\'s JSON reports; `npm run mutate` runs Stryker, then this. Do not edit by hand: the reasons for equivalent mutants live in `scripts/mutation-equivalents.mjs`, the modules in `scripts/mutation-modules.mjs`.', '');
lines.push('- `npm run mutate`: every module in one run (long: hours on two cores). `npm run mutate -- --module retry`: one module. `npm run mutate -- --mutate src/plan/stale.ts`: any files or globs.');
lines.push('- Incremental: each run keeps its results under `reports/mutation/` (git-ignored); a re-run tests again only the mutants whose code or covering tests changed (`-- --force` tests all).');
lines.push('- On a shared machine: `nice -n 10 npm run mutate …` (Stryker runs one worker, see `stryker.config.mjs`). Not part of `npm test`.');
lines.push('- The chaos properties (`test/chaos/`) are left out of the runs (minutes each, for every mutant they reach), and tests that only run the `dist/` bundle as a process cannot see a mutant of `src/`; the logic they cover needs tests that import `src/`.');
lines.push(`- Score: (killed + timed out) / (killed + timed out + survived + no coverage), as Stryker counts it; "without equivalents" leaves out the survivors listed as equivalent below. Target: ${TARGET}% per module.`);
lines.push('- Static mutants (module-level values, evaluated once at import) are left out of the main runs (`ignoreStatic`): Stryker 9.6 activates them too late when it filters tests (stryker-js#6144), so it would report them survived whatever the tests do (the same holds for a module-level mutant it counts as covered by the test that first imported the module). The by-hand pass (`npm run mutate -- --module X --static`, scripts/mutation-static.mjs) applies each of them in a copy of the checkout and runs the module\'s tests that import its file; with `--survivors` it also re-runs every survivor and uncovered mutant of the Stryker run (against the tests Stryker says cover it, or with `--hand-tests` against the given files, and always against test files edited since), so tests written after the run count. Its results replace the Stryker statuses in the tables below (the "Measured by" column names the pass), and "Static (ignored)" counts only the mutants no pass measured. A kill by hand counts only when the same tests pass without the mutant.', '');

lines.push('## Score per module', '');
lines.push('| Module | Files measured | Mutants | Killed | Timeout | Survived | No coverage | Errors | Static (ignored) | Score | Without equivalents |');
lines.push('|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
const moduleResults = [];
for (const m of MODULES) {
  const all = moduleFiles(m);
  const measured = all.filter((f) => files.has(f)).map((f) => ({ file: f, data: files.get(f) }));
  const t = tally(measured);
  moduleResults.push({ m, t, measured: measured.length, all: all.length });
  lines.push(`| ${m.title} (\`${m.paths.join('`, `')}\`) | ${measured.length} of ${all.length} | ${t.mutants} | ${t.killed} | ${t.timeout} | ${t.survived} | ${t.noCoverage} | ${t.errors} | ${t.ignored} | ${pct(t.score)} | ${pct(t.scoreWithout)} |`);
}
lines.push('');

lines.push('## Score per file', '');
lines.push('| File | Mutants | Killed | Timeout | Survived | No coverage | Static (ignored) | Score | Without equivalents | Measured by | When | Commit | Took |');
lines.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---|---|---:|');
const measuredFiles = [...files.keys()].filter((f) => moduleOf(f)).sort();
for (const f of measuredFiles) {
  const data = files.get(f);
  const t = tally([{ file: f, data }]);
  lines.push(`| \`${f}\` | ${t.mutants} | ${t.killed} | ${t.timeout} | ${t.survived} | ${t.noCoverage} | ${t.ignored} | ${pct(t.score)} | ${pct(t.scoreWithout)} | \`${data.run.command}\`${data.staticRun ? `, by hand: \`${data.staticRun.command}\` (${day(data.staticRun.time)}, ${data.staticRun.seconds ?? '—'} s)` : ''} | ${day(data.run.time)} | ${data.run.commit === undefined ? '—' : `\`${data.run.commit}\``} | ${data.run.seconds === undefined ? '—' : `${data.run.seconds} s`} |`);
}
const unmeasured = MODULES.flatMap(moduleFiles).filter((f) => !files.has(f));
if (unmeasured.length) lines.push('', `Not measured yet: ${unmeasured.map((f) => `\`${f}\``).join(', ')}.`);
lines.push('');

lines.push('## The deliberate bugs of issue 17, applied by hand', '');
lines.push('`node scripts/mutation-by-hand.mjs` applies each bug a review once slipped past the suite, runs the tests written for it, expects a failure and restores the source (some are not one Stryker mutant, some lie in files not measured here).', '');
const byHand = existsSync(BY_HAND) ? JSON.parse(readFileSync(BY_HAND, 'utf8')).results : [];
if (byHand.length === 0) lines.push('Not run yet.', '');
else {
  lines.push('| Bug | File | Caught | Failing tests (first) | When | Commit |', '|---|---|---|---|---|---|');
  for (const r of byHand) lines.push(`| ${r.bug.replace(/\|/g, '\\|')} | \`${r.file}\` | ${r.killed ? `yes, by ${r.failedTests.length} test${r.failedTests.length === 1 ? '' : 's'} of ${r.tests.map((t) => `\`${t}\``).join(', ')}` : '**no**'} | ${r.failedTests[0] === undefined ? '—' : r.failedTests[0].replace(/\|/g, '\\|')} | ${day(new Date(r.when))} | \`${r.commit}\` |`);
  lines.push('');
}

lines.push('## Surviving mutants', '');
let unexplained = 0;
let anySurvivor = false;
for (const f of measuredFiles) {
  const data = files.get(f);
  const left = data.mutants.filter((m) => m.status === 'Survived' || m.status === 'NoCoverage').sort((a, b) => a.location.start.line - b.location.start.line || a.location.start.column - b.location.start.column);
  if (!left.length) continue;
  anySurvivor = true;
  lines.push(`### \`${f}\``, '');
  for (const m of left) {
    const original = originalOf(data.source, m.location);
    const eq = isEquivalent(f, m, original, data.source);
    if (!eq) unexplained++;
    const status = m.status === 'NoCoverage' ? 'no test runs it' : 'survived';
    lines.push(`- \`${f}:${m.location.start.line}:${m.location.start.column}\` ${m.mutatorName}: ${code(original)} → ${code(m.replacement ?? '')} (${status}). ${eq ? `Equivalent: ${eq.reason}` : '**Not killed yet.**'}`);
  }
  lines.push('');
}
if (!anySurvivor) lines.push('None.', '');
const stale = EQUIVALENTS.filter((e) => {
  const data = files.get(e.file);
  return data && !data.mutants.some((m) => (m.status === 'Survived' || m.status === 'NoCoverage') && isEquivalent(e.file, m, originalOf(data.source, m.location), data.source) === e);
});
if (stale.length) {
  lines.push('## Listed as equivalent, but no such survivor in the newest run', '');
  for (const e of stale) lines.push(`- \`${e.file}\` ${e.mutator}: ${code(e.original)} → ${code(e.replacement)}`);
  lines.push('');
}

writeFileSync(out, lines.join('\n'));
console.log(`${out}: ${measuredFiles.length} files measured, ${unexplained} survivors without a reason`);
for (const { m, t, measured, all } of moduleResults) if (measured) console.log(`  ${m.id}: ${pct(t.score)} (${pct(t.scoreWithout)} without equivalents), ${measured} of ${all} files`);
if (check) {
  const low = moduleResults.filter((r) => r.measured && (r.t.scoreWithout ?? 100) < TARGET);
  if (low.length || unexplained || byHand.some((r) => !r.killed)) process.exit(1);
}

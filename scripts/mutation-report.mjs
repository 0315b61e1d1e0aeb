/**
 * Regenerates test/MUTATION.md from the committed results store, test/mutation/results.json
 * (scripts/mutation-store.mjs), after merging into it what is newer under reports/mutation/ (git-ignored):
 * StrykerJS's JSON run reports and by-hand passes (reports/mutation/runs/*.json, written by
 * `npm run mutate`, or copied there from another checkout with their .meta.json) and the deliberate
 * bugs (reports/mutation/by-hand.json). A file's newest measurement replaces its older one; every
 * other file keeps its record. The store is written back, and the page is rendered from it alone
 * (scripts/mutation-render.mjs), so a clean clone renders the same page.
 *
 *   node scripts/mutation-report.mjs [--out test/MUTATION.md] [--store test/mutation/results.json] [--runs DIR] [--check]
 *
 * --check exits 1 when a module measured below 90% (equivalent mutants left out), a survivor has
 * no reason listed, or a deliberate bug was not caught.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { EQUIVALENTS } from './mutation-equivalents.mjs';
import { MODULES, moduleOf } from './mutation-modules.mjs';
import { renderReport } from './mutation-render.mjs';
import { BY_HAND_REPORT, emptyStore, mergeBugs, mergeReports, parseStore, readBugReport, readRunReports, RUNS, sha256, STORE, storeText, TARGET } from './mutation-store.mjs';

const args = process.argv.slice(2);
const opt = (flag, fallback) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : fallback);
const out = opt('--out', 'test/MUTATION.md');
const storePath = opt('--store', STORE);
const runsDir = opt('--runs', RUNS);
const check = args.includes('--check');

/** The .ts files of a module, as paths from the repository root. */
function moduleFiles(m) {
  return m.paths
    .flatMap((p) => (p.endsWith('/') ? readdirSync(p, { recursive: true }).filter((f) => String(f).endsWith('.ts')).map((f) => `${p}${String(f).replace(/\\/g, '/')}`) : existsSync(p) ? [p] : []))
    .sort();
}

const store = existsSync(storePath) ? parseStore(readFileSync(storePath, 'utf8'), storePath) : emptyStore();
const before = storeText(store);
const reports = readRunReports(runsDir);
for (const r of reports.filter((x) => !x.withMeta)) console.warn(`${r.path}: no .meta.json beside it: its time is the file's (${r.run.time}), its command and commit unknown`);
// Only the files of the modules are kept: a run over other files (--mutate anything) is not a score of the safety core.
for (const r of reports) {
  const other = Object.keys(r.report.files).filter((f) => !moduleOf(f));
  if (other.length) console.warn(`${r.path}: not in a module of scripts/mutation-modules.mjs, left out: ${other.join(', ')}`);
  r.report.files = Object.fromEntries(Object.entries(r.report.files).filter(([f]) => moduleOf(f)));
}
const changed = mergeReports(store, reports);
mergeBugs(store, readBugReport(BY_HAND_REPORT));
const after = storeText(store);
if (after !== before) {
  mkdirSync(dirname(storePath), { recursive: true });
  writeFileSync(storePath, after);
  console.log(`${storePath}: ${changed.length ? `newer results for ${changed.join(', ')}` : 'updated'} (${after.length} bytes)`);
}

const currentSha = (f) => (existsSync(f) ? sha256(readFileSync(f, 'utf8')) : undefined);
const r = renderReport(store, { modules: MODULES, moduleOf, moduleFiles, currentSha, equivalents: EQUIVALENTS });
writeFileSync(out, r.text);
const pct = (x) => (x === undefined ? '—' : `${x.toFixed(1)}%`);
console.log(`${out}: ${r.measuredFiles.length} files measured, ${r.unexplained} survivors without a reason`);
for (const { m, t, measured, all } of r.moduleResults) if (measured) console.log(`  ${m.id}: ${pct(t.score)} (${pct(t.scoreWithout)} without equivalents), ${measured} of ${all} files`);
if (check) {
  const low = r.moduleResults.filter((x) => x.measured && (x.t.scoreWithout ?? 100) < TARGET);
  if (low.length || r.unexplained || r.bugsMissed) process.exit(1);
}

/**
 * `npm run mutate`: StrykerJS over the modules of scripts/mutation-modules.mjs, then the run's results
 * merged into the committed store test/mutation/results.json and test/MUTATION.md rendered from it
 * (scripts/mutation-report.mjs). Not part of `npm test`. Commit both files after a run.
 *
 *   npm run mutate                                 every module, one Stryker run each, against its tests
 *   npm run mutate -- --module retry               one module (ids in scripts/mutation-modules.mjs)
 *   npm run mutate -- --mutate src/plan/stale.ts   files or globs (comma-separated, as Stryker's --mutate);
 *                                                  within one module, against that module's tests
 *   npm run mutate -- --report                     only merge the run reports under reports/mutation/runs/
 *                                                  (this checkout's, or copied from another with their
 *                                                  .meta.json) into the store, and regenerate test/MUTATION.md
 *   npm run mutate -- --module names --static      the static pass: the module-level mutants the module's
 *                                                  last run could not measure, applied by hand in a copy of
 *                                                  the checkout, each run against the module's tests
 *                                                  (scripts/mutation-static.mjs); with --survivors also
 *                                                  every survivor, against the tests Stryker says cover it;
 *                                                  --hand-tests <globs>: against those test files instead
 *
 * Other arguments go to `stryker run` as they are (--force to ignore the incremental file,
 * --testFiles <globs> to choose the tests, --logLevel debug). Each run keeps its own incremental file
 * and JSON report under reports/mutation/ (git-ignored), named after what it mutated, so a re-run after a
 * small change only tests the mutants it touches. What lasts is the store: each file's newest result
 * replaces its record there, and files a run did not measure keep theirs (so `--module X` updates only
 * X's files, and a clean clone renders the same test/MUTATION.md).
 * On a shared machine: `nice -n 10 npm run mutate …`.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { MODULES, moduleOf, mutateGlobs, TEST_FILES } from './mutation-modules.mjs';
import { staticPass as runStaticPass } from './mutation-static.mjs';

const args = process.argv.slice(2);
const take = (flag) => {
  const i = args.indexOf(flag);
  if (i < 0) return undefined;
  const value = args[i + 1];
  if (value === undefined || value.startsWith('--')) {
    console.error(`${flag} needs a value`);
    process.exit(2);
  }
  args.splice(i, 2);
  return value;
};

const reportOnly = args.includes('--report');
const staticPass = args.includes('--static');
if (staticPass) args.splice(args.indexOf('--static'), 1);
const survivors = args.includes('--survivors');
if (survivors) args.splice(args.indexOf('--survivors'), 1);
const handTests = take('--hand-tests')?.split(',');
const moduleId = take('--module');
const mutate = take('--mutate');

function report() {
  return spawnSync(process.execPath, ['scripts/mutation-report.mjs'], { stdio: 'inherit' }).status ?? 1;
}

/** The commit the sources were at when a run started, "+ changes" when the work tree differed from it in src/ or test/. */
function commitAt() {
  const git = (...a) => spawnSync('git', a, { encoding: 'utf8' });
  const head = git('rev-parse', '--short', 'HEAD').stdout.trim() || 'unknown';
  const dirty = git('status', '--porcelain', '--', 'src', 'test', ':!test/MUTATION.md', ':!test/mutation/results.json').stdout.trim() !== '';
  return dirty ? `${head} + changes` : head;
}

/** One Stryker run; its name keys the incremental file and the JSON report. With --static, the static pass instead (a promise). */
function stryker(run, globs, tests, command) {
  if (staticPass) return runStaticPass(run, tests, command, { survivors, handTests });
  return strykerRun(run, globs, tests, command, {});
}

function strykerRun(run, globs, tests, command, extraEnv) {
  console.log(`\n== ${command}: mutating ${globs.join(', ')}; tests ${tests.join(', ')}\n`);
  const env = { ...process.env, ...extraEnv, LB_PLAN_MUTATE_RUN: run, LB_PLAN_MUTATE: JSON.stringify(globs), LB_PLAN_MUTATE_TESTS: JSON.stringify(tests) };
  const started = new Date();
  const commit = commitAt();
  const r = spawnSync(process.execPath, ['node_modules/@stryker-mutator/core/bin/stryker.js', 'run', 'stryker.config.mjs', ...args], { stdio: 'inherit', env });
  const code = r.status ?? 1;
  if (code === 0) {
    mkdirSync('reports/mutation/runs', { recursive: true });
    const seconds = Math.round((Date.now() - started.getTime()) / 1000);
    writeFileSync(`reports/mutation/runs/${run}.meta.json`, JSON.stringify({ command: [command, ...args].join(' '), started: started.toISOString(), seconds, commit, args }, null, 2) + '\n');
  }
  return code;
}

/** The module all these globs lie in, if they lie in one (a glob counts by its part before any wildcard). */
function oneModule(globs) {
  const found = new Set(globs.map((g) => moduleOf(g.replace(/:\d+(-\d+)?(:\d+-\d+)?$/, '').split(/[*{?[]/)[0])));
  return found.size === 1 ? [...found][0] : undefined;
}

if (reportOnly) process.exit(report());

let code = 0;
if (mutate !== undefined) {
  const globs = mutate.split(',').filter(Boolean);
  const m = oneModule(globs);
  const run = globs.join('+').replace(/[^A-Za-z0-9.+-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 120);
  code = await stryker(run, globs, m?.tests ?? TEST_FILES, `npm run mutate -- --mutate ${mutate}`);
} else {
  const chosen = moduleId === undefined ? MODULES : MODULES.filter((m) => m.id === moduleId);
  if (chosen.length === 0) {
    console.error(`unknown module "${moduleId}": one of ${MODULES.map((m) => m.id).join(', ')}`);
    process.exit(2);
  }
  for (const m of chosen) code = (await stryker(m.id, mutateGlobs(m.paths), m.tests, `npm run mutate -- --module ${m.id}`)) || code;
}
process.exit(code || report());

/**
 * The static pass (`npm run mutate -- --module X --static`): the module-level mutants a module's
 * Stryker run could not measure, applied by hand one at a time, each run against the module's tests.
 *
 * Why by hand: Stryker 9.6 activates a mutant of a module-level value only after the module has
 * loaded when it filters tests (stryker-js#6144), so the main run reports such mutants "ignored"
 * (ignoreStatic) or, when the test that first imported the module counts as covering them, "survived"
 * whatever the tests do; and its vitest runner declares but does not implement a fresh environment per
 * mutant (stryker-js#6209), so running them without filtering does not help either. Here each mutant
 * is written into a copy of the checkout (never the checkout itself, which other runs read), vitest
 * runs the module's test files there, and the copy is restored.
 *
 * The result is written as reports/mutation/runs/<run>.static.json in Stryker's report format, for
 * scripts/mutation-report.mjs to take these mutants' status from (into test/mutation/results.json, for
 * the file's record over the same source). It needs the run's own report in this checkout.
 *
 * A mutant can loop for ever (a loop condition made `true`): each vitest run has a time limit, and one
 * that outlives it is ended with its workers and counts as "Timeout", as Stryker counts it (killed), when
 * the same tests pass unmutated in at most half that time (Stryker's timeoutFactor 2); otherwise it is
 * left unsure.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { clearTimeout, setTimeout } from 'node:timers';
import { join, relative } from 'node:path';

const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A static mutant the main run could not measure: left out (ignored), or run after its module had loaded (Stryker
 * counts a module-level value as covered by the test that first imported it, then activates the mutant too late),
 * so "survived" says nothing. One the main run killed stays killed.
 */
export function isStaticLeft(m) {
  return (m.status === 'Ignored' && /static/i.test(m.statusReason ?? '')) || (m.static === true && (m.status === 'Survived' || m.status === 'NoCoverage'));
}

/** A glob of mutation-modules.mjs (`**`, `*`, `{a,b}`) as a regular expression over paths from the repository root. */
function globRegex(glob) {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (glob.startsWith('**/', i)) {
      re += '(?:.*/)?';
      i += 2;
    } else if (c === '*') re += '[^/]*';
    else if (c === '{') {
      const end = glob.indexOf('}', i);
      re += `(?:${glob.slice(i + 1, end).split(',').map((s) => s.replace(/[.+^$()|[\]\\]/g, '\\$&')).join('|')})`;
      i = end;
    } else re += c.replace(/[.+^$()|[\]\\?]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/** The test files `globs` name, from the repository root. */
function testFiles(globs) {
  const all = readdirSync('test', { recursive: true }).map((f) => `test/${String(f).replace(/\\/g, '/')}`);
  const res = globs.map(globRegex);
  return all.filter((f) => res.some((r) => r.test(f))).sort();
}

/** Offsets of a mutant's 1-based location in `source`. */
function offsets(source, { start, end }) {
  const lineStarts = [0];
  for (let i = 0; i < source.length; i++) if (source[i] === '\n') lineStarts.push(i + 1);
  return [lineStarts[start.line - 1] + start.column - 1, lineStarts[end.line - 1] + end.column - 1];
}

/** A copy of the checkout for mutating (its node_modules linked, reports and Stryker's sandboxes left out). */
export function copyCheckout() {
  const dir = mkdtempSync(join(tmpdir(), 'lb-plan-static-'));
  for (const name of readdirSync('.')) {
    if (['node_modules', 'reports', '.stryker-tmp', '.git', 'dist'].includes(name)) continue;
    cpSync(name, join(dir, name), { recursive: true });
  }
  symlinkSync(join(process.cwd(), 'node_modules'), join(dir, 'node_modules'), 'dir');
  if (existsSync('dist')) symlinkSync(join(process.cwd(), 'dist'), join(dir, 'dist'), 'dir');
  return dir;
}

/** How long one vitest run may take by default (a clean run of a module's hand tests takes well under a minute). */
export const DEFAULT_TIMEOUT_MS = 180_000;

/**
 * One vitest run in `dir`, as its own process group: at the time limit the whole group is killed, because vitest's
 * workers are forks (vitest.config.ts) and a worker spinning in an endless loop never reads its parent's shutdown.
 * Resolves to { status, timedOut, ms } (status null when it timed out).
 */
function runVitest(dir, argv, timeoutMs, running) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, argv, { cwd: dir, detached: true, stdio: 'ignore' });
    const killGroup = () => {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // the group has ended already
      }
    };
    running.add(killGroup);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup();
    }, timeoutMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      // A worker the run left behind goes with it.
      killGroup();
      running.delete(killGroup);
      resolve({ status: timedOut ? null : code, timedOut, ms: Date.now() - started });
    });
  });
}

/**
 * Runs the static pass for the Stryker run `run` (its JSON report under reports/mutation/runs/) against `tests`
 * (globs); writes `<run>.static.json` and resolves to the process exit code. `timeoutMs` bounds each vitest run.
 */
export async function staticPass(run, tests, command, { survivors = false, handTests, timeoutMs = DEFAULT_TIMEOUT_MS } = {}) {
  const path = `reports/mutation/runs/${run}.json`;
  if (!existsSync(path)) {
    console.error(`${command}: run it without --static first (the static pass takes the static mutants from its report)`);
    return 2;
  }
  const report = JSON.parse(readFileSync(path, 'utf8'));
  const chosen = (m) => isStaticLeft(m) || (survivors && (m.status === 'Survived' || m.status === 'NoCoverage'));
  for (const [file, data] of Object.entries(report.files)) {
    if (data.mutants.some(chosen) && readFileSync(file, 'utf8') !== data.source) {
      console.error(`${file} changed since ${path} was made: run the module again first`);
      return 2;
    }
  }
  const files = testFiles(tests);
  const tests_ = Object.fromEntries(Object.entries(report.testFiles ?? {}).flatMap(([file, tf]) => tf.tests.map((t) => [t.id, { file: relative(process.cwd(), file) || file, name: t.name }])));
  /** The module's test files that import `file` themselves (a static mutant changes what they import), or all of them. */
  const importers = (file) => {
    const spec = `${file.replace(/^src\//, '').replace(/\.ts$/, '')}.js`;
    const direct = files.filter((f) => readFileSync(f, 'utf8').includes(spec));
    return direct.length ? direct : files;
  };
  const previousPath = `reports/mutation/runs/${run}.static.json`;
  const previous = existsSync(previousPath) ? JSON.parse(readFileSync(previousPath, 'utf8')) : undefined;
  const started = new Date();
  const dir = copyCheckout();
  const out = { ...report, files: {} };
  let count = 0;
  // The process groups of the runs under way, ended too if this pass is interrupted (they are detached from its terminal).
  const running = new Set();
  const interrupted = (signal) => {
    for (const kill of running) kill();
    rmSync(dir, { recursive: true, force: true });
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  const vitest = (only = files, names = []) =>
    runVitest(dir, ['node_modules/vitest/vitest.mjs', 'run', '--bail=1', '--reporter=dot', ...(names.length ? ['-t', names.map(escapeRegExp).join('|')] : []), ...only], timeoutMs, running);
  /** A survivor is run against the tests Stryker says cover it (their files, those tests by name); a static mutant against the module's. */
  // A test file edited since the Stryker run may hold new tests; the others run only the covering tests.
  const edited = new Set(Object.entries(report.testFiles ?? {}).filter(([f, tf]) => tf.source !== undefined && existsSync(f) && readFileSync(f, 'utf8') !== tf.source).map(([f]) => relative(process.cwd(), f) || f));
  const testsOf = (m, file) => {
    // Chosen test files (--hand-tests): every mutant runs against them, whole (a quick lower bound without process tests).
    if (handTests) return [[testFiles(handTests), []]];
    if (m.static || m.status === 'Ignored') return [[importers(file), []]];
    const covering = (m.coveredBy ?? []).map((id) => tests_[id]).filter(Boolean);
    const coveringFiles = [...new Set(covering.map((t) => t.file))].sort();
    // Every module test file edited or added since the run runs whole: its new tests may kill what the run saw survive.
    const known = new Set(Object.keys(report.testFiles ?? {}).map((f) => relative(process.cwd(), f) || f));
    const whole = files.filter((f) => edited.has(f) || !known.has(f));
    const filtered = coveringFiles.filter((f) => !whole.includes(f));
    const names = [...new Set(covering.filter((t) => !whole.includes(t.file)).map((t) => t.name))];
    return [...(whole.length ? [[whole, []]] : []), ...(filtered.length ? [[filtered, names]] : [])];
  };
  try {
    // The same tests must pass unmutated, or a failure would say nothing about a mutant: checked once per set of tests
    // that failed or timed out on a mutant (a test that fails anyway on this machine, a process under load, would count as a kill).
    const clean = new Map();
    const unmutated = async (only, names) => {
      const key = JSON.stringify([only, names]);
      if (!clean.has(key)) clean.set(key, await vitest(only, names));
      return clean.get(key);
    };
    /** A mutant's status from the run that ended it: killed, timed out (only when the clean run takes at most half the limit), or unsure. */
    const verdict = async (ended) => {
      if (!ended) return 'Survived';
      const c = await unmutated(...ended.tests);
      if (c.status !== 0) return 'Unsure';
      if (!ended.timedOut) return 'Killed';
      return c.ms * 2 <= timeoutMs ? 'Timeout' : 'Unsure';
    };
    for (const [file, data] of Object.entries(report.files)) {
      const left = data.mutants.filter(chosen);
      if (!left.length) continue;
      const mutants = [];
      // A mutant an earlier pass over this same source killed stays killed: tests only grow.
      const before = previous?.files?.[file]?.source === data.source ? previous.files[file].mutants : [];
      for (const m of left) {
        const done = before.find((x) => (x.status === 'Killed' || x.status === 'Timeout') && x.mutatorName === m.mutatorName && x.replacement === m.replacement && JSON.stringify(x.location) === JSON.stringify(m.location));
        if (done) {
          mutants.push(done);
          continue;
        }
        const [a, b] = offsets(data.source, m.location);
        writeFileSync(join(dir, file), data.source.slice(0, a) + (m.replacement ?? '') + data.source.slice(b));
        let ended;
        for (const [only, names] of testsOf(m, file)) {
          const r = await vitest(only, names);
          if (r.status !== 0) {
            ended = { tests: [only, names], timedOut: r.timedOut };
            break;
          }
        }
        writeFileSync(join(dir, file), data.source);
        const status = await verdict(ended);
        if (status === 'Unsure') {
          console.log(`Unsure   ${file}:${m.location.start.line}:${m.location.start.column}: its tests fail${ended.timedOut ? ' or take over half the time limit' : ''} without the mutant too`);
          continue;
        }
        const reason = { Killed: () => `failed (${ended.tests[0].join(', ')})`, Timeout: () => `timed out after ${timeoutMs / 1000} s (${ended.tests[0].join(', ')})`, Survived: () => 'passed' }[status]();
        mutants.push({ ...m, status, statusReason: `by hand: vitest ${reason}` });
        count++;
        console.log(`${status.padEnd(8)} ${file}:${m.location.start.line}:${m.location.start.column} ${m.mutatorName} → ${JSON.stringify(m.replacement ?? '').slice(0, 60)}`);
      }
      out.files[file] = { ...data, mutants };
    }
  } finally {
    process.off('SIGINT', interrupted);
    process.off('SIGTERM', interrupted);
    rmSync(dir, { recursive: true, force: true });
  }
  mkdirSync('reports/mutation/runs', { recursive: true });
  writeFileSync(`reports/mutation/runs/${run}.static.json`, JSON.stringify(out));
  const seconds = Math.round((Date.now() - started.getTime()) / 1000);
  const git = (...a) => spawnSync('git', a, { encoding: 'utf8' }).stdout.trim();
  const commit = `${git('rev-parse', '--short', 'HEAD')}${git('status', '--porcelain', '--', 'src', 'test', ':!test/MUTATION.md', ':!test/mutation/results.json') ? ' + changes' : ''}`;
  writeFileSync(`reports/mutation/runs/${run}.static.meta.json`, JSON.stringify({ command: `${command} --static${survivors ? ' --survivors' : ''}${handTests ? ` --hand-tests ${handTests.join(',')}` : ''}`, started: started.toISOString(), seconds, commit, timeoutMs, tests: files }, null, 2) + '\n');
  console.log(`${command} --static: ${count} static mutants in ${seconds} s`);
  return 0;
}

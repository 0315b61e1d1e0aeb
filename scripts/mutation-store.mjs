/**
 * The committed results of mutation testing (issue 17): test/mutation/results.json, the one record
 * test/MUTATION.md is rendered from. Stryker's own JSON reports (reports/mutation/runs/, git-ignored)
 * are large (every source, every mutant) and live only in the checkout that ran them; a measurement
 * takes hours on a small machine, so what it found is kept here, compactly, and a clean clone renders
 * the same page.
 *
 * Per measured file: the sha256 of the source Stryker measured (null when unknown), the run (command,
 * time, commit, seconds) and the by-hand pass applied to it (scripts/mutation-static.mjs), the count
 * of mutants per status, and every mutant left standing (survived, not covered, or static and not
 * measured) with its location, mutator, original code, replacement and the rest of its lines (for the
 * `near` of scripts/mutation-equivalents.mjs). Killed mutants are only counted. Plus the results of
 * the deliberate bugs (scripts/mutation-by-hand.mjs).
 *
 * Merging is per file and cumulative: a run report replaces the record of each file it measured when
 * it is newer, and leaves every other file's record alone; a by-hand pass over the same source
 * replaces the statuses of the mutants it measured. Everything here is pure but the reads of
 * reports/mutation/ (readRunReports, readBugReport), so the rendering is tested from a store alone.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isStaticLeft } from './mutation-static.mjs';

export const STORE = 'test/mutation/results.json';
export const RUNS = 'reports/mutation/runs';
export const BY_HAND_REPORT = 'reports/mutation/by-hand.json';
export const TARGET = 90;

export const sha256 = (text) => createHash('sha256').update(text).digest('hex');
const isLeft = (status) => status === 'Survived' || status === 'NoCoverage';
const STATUS_ORDER = ['Killed', 'Timeout', 'Survived', 'NoCoverage', 'Ignored'];

/** An empty store. */
export function emptyStore() {
  return { version: 1, files: {}, bugs: [] };
}

/** The store in `text`, checked: a malformed store is an error that names the file, never half-read. */
export function parseStore(text, where = STORE) {
  let s;
  try {
    s = JSON.parse(text);
  } catch (e) {
    throw new Error(`${where}: not JSON (${e.message})`);
  }
  const bad = (why) => new Error(`${where}: ${why}`);
  if (!s || typeof s !== 'object' || s.version !== 1) throw bad('expected {"version": 1, …}');
  if (!s.files || typeof s.files !== 'object' || Array.isArray(s.files)) throw bad('"files" must be an object');
  for (const [file, r] of Object.entries(s.files)) {
    if (!r || typeof r !== 'object' || !r.run || typeof r.run.time !== 'string' || !r.counts || typeof r.counts !== 'object' || !Array.isArray(r.left)) throw bad(`files["${file}"]: expected sha256, run.time, counts and left`);
    if (r.sha256 !== null && !/^[0-9a-f]{64}$/.test(r.sha256)) throw bad(`files["${file}"].sha256: a sha256 in hex, or null when unknown`);
    for (const e of r.left) if (!Array.isArray(e.at) || e.at.length !== 4 || typeof e.mutator !== 'string' || typeof e.status !== 'string') throw bad(`files["${file}"].left: each mutant needs at [line, column, endLine, endColumn], mutator and status`);
  }
  if (!Array.isArray(s.bugs ?? [])) throw bad('"bugs" must be a list');
  return { version: 1, files: s.files, bugs: s.bugs ?? [] };
}

/** The store's text: sorted, one mutant and one bug per line, so a re-render changes nothing and a diff shows what a run changed. */
export function storeText(store) {
  const out = ['{', '  "version": 1,', '  "files": {'];
  const files = Object.keys(store.files).sort();
  files.forEach((f, i) => {
    const { left, ...head } = store.files[f];
    out.push(`    ${JSON.stringify(f)}: {`);
    for (const [k, v] of Object.entries(head)) out.push(`      ${JSON.stringify(k)}: ${JSON.stringify(v)},`);
    out.push(left.length ? '      "left": [' : '      "left": []');
    if (left.length) {
      left.forEach((e, j) => out.push(`        ${JSON.stringify(e)}${j < left.length - 1 ? ',' : ''}`));
      out.push('      ]');
    }
    out.push(`    }${i < files.length - 1 ? ',' : ''}`);
  });
  out.push('  },');
  out.push(store.bugs.length ? '  "bugs": [' : '  "bugs": []');
  if (store.bugs.length) {
    store.bugs.forEach((b, j) => out.push(`    ${JSON.stringify(b)}${j < store.bugs.length - 1 ? ',' : ''}`));
    out.push('  ]');
  }
  out.push('}', '');
  return out.join('\n');
}

/** The code a mutant replaces, from the file's source and the mutant's location (1-based lines and columns, end exclusive). */
export function originalOf(source, { start, end }) {
  const lines = source.split('\n');
  if (start.line === end.line) return lines[start.line - 1].slice(start.column - 1, end.column - 1);
  return [lines[start.line - 1].slice(start.column - 1), ...lines.slice(start.line, end.line - 1), lines[end.line - 1].slice(0, end.column - 1)].join('\n');
}

/** A mutant of a Stryker report as the store keeps it: where, what, and the rest of its lines (`before` and `after` it). */
function entryOf(source, m) {
  const { start, end } = m.location;
  const lines = source.split('\n');
  const e = {
    at: [start.line, start.column, end.line, end.column],
    mutator: m.mutatorName,
    original: originalOf(source, m.location),
    replacement: m.replacement ?? '',
    status: m.status,
    before: lines[start.line - 1].slice(0, start.column - 1),
    after: lines[end.line - 1].slice(end.column - 1),
  };
  if (m.static) e.static = true;
  return e;
}

function countsOf(statuses) {
  const n = {};
  for (const s of statuses) n[s] = (n[s] ?? 0) + 1;
  return sortCounts(n);
}

function sortCounts(n) {
  const keys = Object.keys(n).filter((k) => n[k] > 0).sort((a, b) => (STATUS_ORDER.indexOf(a) + 1 || 99) - (STATUS_ORDER.indexOf(b) + 1 || 99) || a.localeCompare(b));
  return Object.fromEntries(keys.map((k) => [k, n[k]]));
}

/** The record of one file of a Stryker report, measured by `run` ({ command, time, commit, seconds }). */
export function recordOf(data, run) {
  const left = data.mutants.filter((m) => isLeft(m.status) || isStaticLeft(m)).map((m) => entryOf(data.source, m));
  left.sort((a, b) => a.at[0] - b.at[0] || a.at[1] - b.at[1] || a.at[2] - b.at[2] || a.at[3] - b.at[3] || a.mutator.localeCompare(b.mutator) || a.replacement.localeCompare(b.replacement));
  return { sha256: sha256(data.source), run: runInfo(run), counts: countsOf(data.mutants.map((m) => m.status)), left };
}

function runInfo({ command, time, commit, seconds }) {
  const r = { command, time };
  if (commit !== undefined) r.commit = commit;
  if (seconds !== undefined) r.seconds = seconds;
  return r;
}

const sameMutant = (e, m) => e.mutator === m.mutatorName && e.replacement === (m.replacement ?? '') && e.at.join() === [m.location.start.line, m.location.start.column, m.location.end.line, m.location.end.column].join();

/**
 * A by-hand pass (a `*.static.json` report, scripts/mutation-static.mjs) applied to a file's record: when it measured
 * the same source and is newer than any pass applied already, each mutant it measured takes its status (a killed one
 * leaves the list and is counted). A pass over other source says nothing about this record.
 */
export function applyPass(record, data, run) {
  if (record.sha256 === null || sha256(data.source) !== record.sha256) return record;
  if (record.byHand && Date.parse(record.byHand.time) >= Date.parse(run.time)) return record;
  const counts = { ...record.counts };
  const left = [];
  let used = false;
  for (const e of record.left) {
    const found = data.mutants.find((m) => sameMutant(e, m) && m.status !== 'Ignored' && m.status !== 'Pending');
    if (!found) {
      left.push(e);
      continue;
    }
    used = true;
    counts[e.status]--;
    counts[found.status] = (counts[found.status] ?? 0) + 1;
    if (isLeft(found.status)) left.push({ ...e, status: found.status, byHand: true });
  }
  if (!used) return record;
  return { ...record, byHand: runInfo(run), counts: sortCounts(counts), left };
}

/**
 * Newer run reports merged into `store` (changed in place; returns the files whose record changed). `reports` are
 * { run, report, byHand } with run = { command, time, commit, seconds }: each file of a Stryker run replaces the
 * store's record when the run is newer; then each by-hand pass applies to the record of the same source.
 */
export function mergeReports(store, reports) {
  const changed = new Set();
  const byTime = (a, b) => Date.parse(a.run.time) - Date.parse(b.run.time);
  for (const { run, report } of reports.filter((r) => !r.byHand).sort(byTime)) {
    for (const [file, data] of Object.entries(report.files ?? {})) {
      const seen = store.files[file];
      if (seen && Date.parse(seen.run.time) >= Date.parse(run.time)) continue;
      store.files[file] = recordOf(data, run);
      changed.add(file);
    }
  }
  for (const { run, report } of reports.filter((r) => r.byHand).sort(byTime)) {
    for (const [file, data] of Object.entries(report.files ?? {})) {
      const seen = store.files[file];
      if (!seen) continue;
      const next = applyPass(seen, data, run);
      if (next !== seen) {
        store.files[file] = next;
        changed.add(file);
      }
    }
  }
  return [...changed].sort();
}

/**
 * The deliberate bugs of a by-hand.json (scripts/mutation-by-hand.mjs) merged into `store.bugs`: per bug, the newer
 * result wins; a bug the store does not hold yet is added at the end. Only the count of failing tests and the first
 * one are kept.
 */
export function mergeBugs(store, results) {
  let changed = false;
  for (const r of results) {
    const b = { id: r.id, bug: r.bug, file: r.file, tests: r.tests, killed: r.killed, failed: r.failedTests.length, firstFailed: r.failedTests[0] ?? null, when: r.when, commit: r.commit };
    const i = store.bugs.findIndex((x) => x.id === r.id);
    if (i >= 0 && Date.parse(store.bugs[i].when) >= Date.parse(r.when)) continue;
    if (i >= 0) store.bugs[i] = b;
    else store.bugs.push(b);
    changed = true;
  }
  return changed;
}

/**
 * A file key of a Stryker report as a path from the repository root. Stryker writes them relative to the checkout
 * that ran it; an absolute one (another checkout) is cut at its last "src/" segment that this checkout has.
 */
export function repoPath(key, exists = existsSync) {
  const f = key.replace(/\\/g, '/').replace(/^\.\//, '');
  if (!f.startsWith('/') && !/^[A-Za-z]:\//.test(f)) return f;
  const cuts = [...f.matchAll(/\/src\//g)].map((m) => f.slice(m.index + 1));
  return cuts.find((c) => exists(c)) ?? cuts.at(-1) ?? f;
}

/**
 * The run reports under `dir`: each `<run>.json` with its `<run>.meta.json` (written by scripts/mutate.mjs and
 * scripts/mutation-static.mjs: command, started, seconds, commit). A run's time is when it ended (started + seconds),
 * or the report's modification time without a meta file (then a copy made without `cp -p` counts as new).
 */
export function readRunReports(dir = RUNS) {
  if (!existsSync(dir)) return [];
  const out = [];
  const read = (path) => {
    try {
      return JSON.parse(readFileSync(path, 'utf8'));
    } catch (e) {
      throw new Error(`${path}: not a JSON report (${e.message})`);
    }
  };
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.json') && !n.endsWith('.meta.json')).sort()) {
    const path = join(dir, name);
    const raw = read(path);
    if (!raw || typeof raw.files !== 'object' || raw.files === null) throw new Error(`${path}: not a StrykerJS JSON report (no "files")`);
    const metaPath = path.replace(/\.json$/, '.meta.json');
    const meta = existsSync(metaPath) ? read(metaPath) : {};
    const started = Date.parse(meta.started ?? '');
    const time = Number.isFinite(started) ? new Date(started + 1000 * (meta.seconds ?? 0)) : statSync(path).mtime;
    const files = Object.fromEntries(Object.entries(raw.files ?? {}).map(([k, v]) => [repoPath(k), v]));
    out.push({ path, run: { command: meta.command ?? `(run ${name})`, time: time.toISOString(), commit: meta.commit, seconds: meta.seconds }, report: { files }, byHand: name.endsWith('.static.json'), withMeta: existsSync(metaPath) });
  }
  return out;
}

/** The results of the deliberate bugs (reports/mutation/by-hand.json), or none. */
export function readBugReport(path = BY_HAND_REPORT) {
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')).results ?? []) : [];
}

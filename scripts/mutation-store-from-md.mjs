/**
 * One-time bootstrap of the results store (test/mutation/results.json) from a test/MUTATION.md written
 * before the store existed, when the StrykerJS reports it was made from were gone: its per-file rows,
 * the deliberate bugs and the surviving mutants are read back into the store's format
 * (scripts/mutation-store.mjs). Kept so the store's first records can be checked against the page they
 * came from.
 *
 *   node scripts/mutation-store-from-md.mjs [test/MUTATION.md] [--store test/mutation/results.json]
 *
 * The page names the commit each file was measured at. When it does (and without "+ changes"), the
 * source at that commit (`git show COMMIT:path`) gives the file's sha256 and each survivor's exact
 * extent and surrounding lines, and every survivor's text must be found there at its location (or the
 * migration stops). When it does not, the sha256 is recorded as null ("unknown", never claimed) and the
 * surrounding lines, which only serve the `near` of scripts/mutation-equivalents.mjs, are taken from the
 * last commit of the file before the run ended, if the survivors' text is found there.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { emptyStore, sha256, STORE, storeText } from './mutation-store.mjs';

const args = process.argv.slice(2);
const storePath = args.includes('--store') ? args[args.indexOf('--store') + 1] : STORE;
const mdPath = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--store') ?? 'test/MUTATION.md';
const md = readFileSync(mdPath, 'utf8');

const git = (...a) => spawnSync('git', a, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const showAt = (commit, file) => {
  const r = git('show', `${commit}:${file}`);
  return r.status === 0 ? r.stdout : undefined;
};
/** A table row's cells (a `\|` inside a cell is text). */
const cells = (row) => row.slice(1, -1).split(/(?<!\\)\|/).map((c) => c.trim());
/** "2026-12-05 20:55 UTC" as ISO. */
const iso = (s) => {
  const m = /^(\d{4}-\d\d-\d\d) (\d\d:\d\d) UTC$/.exec(s);
  if (!m) throw new Error(`not a time: ${s}`);
  return `${m[1]}T${m[2]}:00.000Z`;
};
const unquote = (s) => {
  const m = /^`(.*)`$/.exec(s);
  if (!m) throw new Error(`not code: ${s}`);
  return m[1];
};
const section = (title) => {
  const at = md.indexOf(`\n## ${title}\n`);
  if (at < 0) throw new Error(`${mdPath}: no section "${title}"`);
  const next = md.indexOf('\n## ', at + 1);
  return md.slice(at, next < 0 ? undefined : next);
};
const rows = (text) => text.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('|---')).slice(1).map(cells);

// The same rendering of code as the page's (scripts/mutation-render.mjs), to find a survivor's extent in the source.
const collapse = (s) => s.replace(/\s+/g, ' ').trim();
const code = (s) => {
  const one = collapse(s);
  const short = one.length > 90 ? `${one.slice(0, 87)}…` : one;
  return short.replace(/`/g, "'").replace(/\|/g, '\\|');
};

/** The survivor written `shown` at line:column of `source`: its exact text, end and surrounding lines; undefined when not there. */
function locate(source, line, column, shown) {
  const lines = source.split('\n');
  if (line > lines.length) return undefined;
  const start = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + column - 1;
  for (let end = start; end <= Math.min(source.length, start + 5000); end++) {
    if (code(source.slice(start, end)) !== shown) continue;
    // The shortest extent that shows the same, grown over trailing whitespace no mutant ends in.
    const original = source.slice(start, end);
    const endLine = line + (original.match(/\n/g) ?? []).length;
    const lastStart = source.lastIndexOf('\n', end - 1) + 1;
    const endColumn = end - (endLine === line ? start - column + 1 : lastStart) + 1;
    return { at: [line, column, endLine, endColumn], original, before: lines[line - 1].slice(0, column - 1), after: lines[endLine - 1].slice(endColumn - 1) };
  }
  return undefined;
}

const store = emptyStore();
const survivors = new Map();
let current;
for (const l of section('Surviving mutants').split('\n')) {
  const h = /^### `(.+)`$/.exec(l);
  if (h) current = h[1];
  const m = /^- `(.+?):(\d+):(\d+)` (\w+): `(.*)` → `(.*)` \((survived|no test runs it)\)\. /.exec(l);
  if (!m) continue;
  if (m[1] !== current) throw new Error(`${mdPath}: ${m[1]} listed under ${current}`);
  survivors.set(m[1], [...(survivors.get(m[1]) ?? []), { line: +m[2], column: +m[3], mutator: m[4], original: m[5], replacement: m[6], status: m[7] === 'survived' ? 'Survived' : 'NoCoverage' }]);
}

for (const c of rows(section('Score per file'))) {
  const [fileCell, mutants, killed, timeout, survived, noCoverage, ignored, , , by, when, commitCell, took] = c;
  const file = unquote(fileCell);
  const commit = commitCell === '—' ? undefined : unquote(commitCell);
  const counts = { Killed: +killed, Timeout: +timeout, Survived: +survived, NoCoverage: +noCoverage, Ignored: +ignored };
  const errors = +mutants - Object.values(counts).reduce((a, b) => a + b, 0);
  if (errors !== 0) throw new Error(`${file}: ${errors} mutants of an unknown status (errors): not in the page's file row`);
  const byM = /^`(.+?)`(?:, by hand: `(.+)` \((.+ UTC), (\d+|—) s\))?$/.exec(by);
  if (!byM) throw new Error(`${file}: cannot read "Measured by": ${by}`);
  const time = iso(when);
  const list = survivors.get(file) ?? [];
  if (list.length !== counts.Survived + counts.NoCoverage) throw new Error(`${file}: ${list.length} survivors listed, ${counts.Survived + counts.NoCoverage} counted`);
  // The measured source: at the row's commit; else only the surrounding lines, from the file's last commit before the run ended.
  const measured = commit && !commit.includes('+') ? showAt(commit, file) : undefined;
  if (commit && !measured) throw new Error(`${file}: not found at ${commit}`);
  let context = measured;
  let note;
  if (!measured) {
    const last = git('log', '-1', '--format=%h', `--before=${time}`, '--', file).stdout.trim();
    context = last ? showAt(last, file) : undefined;
    note = `sha256 unknown: the run recorded ${commit ? `uncommitted edits (${commit})` : 'no commit'}${context ? `; the lines around each survivor are from ${last}, the file's last commit before the run` : ''}`;
  }
  const left = list.map((s) => {
    const found = context && locate(context, s.line, s.column, s.original);
    if (!found && measured) throw new Error(`${file}:${s.line}:${s.column}: ${s.original} is not there at ${commit}`);
    if (!found && context) note += `; ${s.line}:${s.column} not found there`;
    const original = found ? found.original : s.original.replace(/\\\|/g, '|');
    const at = found ? found.at : [s.line, s.column, s.line, s.column + original.length];
    return { at, mutator: s.mutator, original, replacement: s.replacement.replace(/\\\|/g, '|'), status: s.status, before: found?.before ?? '', after: found?.after ?? '' };
  });
  const record = { sha256: measured ? sha256(measured) : null };
  if (note) record.note = note;
  record.run = { command: byM[1], time, ...(commit ? { commit } : {}), ...(took === '—' ? {} : { seconds: +took.replace(/ s$/, '') }) };
  if (byM[2]) record.byHand = { command: byM[2], time: iso(byM[3]), ...(byM[4] === '—' ? {} : { seconds: +byM[4] }) };
  record.counts = Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0));
  record.left = left;
  store.files[file] = record;
}

const ids = { 'src/plan/stale.ts': ['stale-vanished', 'stale-created-elsewhere'], 'src/apply/runner.ts': ['fresh-request-id-per-retry'], 'src/action/verdict.ts': ['merge-without-approved-digest'], 'src/manifest/rules.ts': ['iap-cdn-only-true'], 'src/plan/steps.ts': ['interim-certificates-drop-old'] };
const taken = new Map();
for (const [bug, fileCell, caught, first, when, commitCell] of rows(section('The deliberate bugs of issue 17, applied by hand'))) {
  const file = unquote(fileCell);
  // The bugs' ids (scripts/mutation-by-hand.mjs) are not on the page: by file, in the order they are listed there.
  const n = taken.get(file) ?? 0;
  taken.set(file, n + 1);
  const id = ids[file]?.[n];
  if (!id) throw new Error(`no id for a bug of ${file}`);
  const c = /^yes, by (\d+) tests? of (.+)$/.exec(caught);
  store.bugs.push({ id, bug: bug.replace(/\\\|/g, '|'), file, tests: c ? c[2].split(', ').map(unquote) : [], killed: Boolean(c), failed: c ? +c[1] : 0, firstFailed: first === '—' ? null : first.replace(/\\\|/g, '|'), when: iso(when), commit: unquote(commitCell) });
}

mkdirSync(dirname(storePath), { recursive: true });
writeFileSync(storePath, storeText(store));
console.log(`${storePath}: ${Object.keys(store.files).length} files, ${store.bugs.length} bugs, from ${mdPath}`);

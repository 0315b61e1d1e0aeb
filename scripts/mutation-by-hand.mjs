/**
 * The five deliberate bugs of issue 17 that the suite once let through, applied by hand, one at a
 * time: each edits the source, runs the tests written for it (vitest, in this process's checkout),
 * expects them to fail, and puts the source back. Stryker cannot stand in for all of them: some
 * are not single Stryker mutants (a retry that draws a fresh requestId), and some lie in modules
 * measured only in part. The result is written to reports/mutation/by-hand.json, which
 * scripts/mutation-report.mjs merges into test/mutation/results.json and lists in test/MUTATION.md.
 *
 *   node scripts/mutation-by-hand.mjs [id …]     (ids below; default: all)
 *
 * A mutation whose text is no longer found fails the run: the bug it describes must be restated
 * against the code as it is now, not silently skipped. The bugs are written into a copy of the
 * checkout (scripts/mutation-static.mjs's copyCheckout), never into the checkout itself.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyCheckout } from './mutation-static.mjs';

/** Each bug: where, the exact text it replaces (must occur once), the replacement, and the tests that must catch it. */
export const BY_HAND = [
  {
    id: 'stale-vanished',
    bug: 'A saved plan whose observed resource has since vanished is not reported stale.',
    file: 'src/plan/stale.ts',
    find: 'if (!l) out.push(`${o.address} no longer exists`);\n    else if (liveDigest',
    replace: 'if (!l) continue;\n    else if (liveDigest',
    tests: ['test/plan/stale.test.ts'],
  },
  {
    id: 'stale-created-elsewhere',
    bug: 'A resource the plan would create, created by someone else meanwhile, is not reported stale.',
    file: 'src/plan/stale.ts',
    find: 'out.push(`${s.address} was created by someone else since the plan was made`);',
    replace: '',
    tests: ['test/plan/stale.test.ts'],
  },
  {
    id: 'fresh-request-id-per-retry',
    bug: 'A retried mutation sends a fresh requestId on every attempt instead of reusing its first one.',
    file: 'src/apply/runner.ts',
    find: 'return this.call(s, method, { ...requestId, ...extra });',
    replace: 'return this.call(s, method, { ...(takesRequestId ? { requestId: randomUUID() } : {}), ...extra });',
    tests: ['test/apply/request-id.test.ts'],
  },
  {
    id: 'merge-without-approved-digest',
    bug: "On merge, a comment whose approval has no digest for a manifest lets that manifest's fresh plan be applied.",
    file: 'src/action/verdict.ts',
    find: "    if (!approvedDigest(j.gate.approval, j.file)) return { kind: 'refuse', failure: 'no-approved-plan', why: 'the pull request has no approved plan for this manifest' };\n",
    replace: '',
    also: { find: 'approvedDigest(j.gate.approval!, j.file) === j.digest', replace: '(approvedDigest(j.gate.approval!, j.file) ?? j.digest) === j.digest' },
    tests: ['test/action/recovery.test.ts', 'test/action/merge-src.test.ts'],
  },
  {
    id: 'iap-cdn-only-true',
    bug: 'The IAP + Cloud CDN rule checks only `cdn: true`, so a CDN policy object with IAP passes validation.',
    file: 'src/manifest/rules.ts',
    find: 'const cdnOn = be.cdn !== undefined && be.cdn !== false;',
    replace: 'const cdnOn = be.cdn === true;',
    tests: ['test/validation.test.ts'],
  },
  {
    id: 'interim-certificates-drop-old',
    bug: 'The interim certificate set of a rotation drops the old certificates, so their domains lose HTTPS before the successors are ACTIVE.',
    file: 'src/plan/steps.ts',
    find: 'body: { sslCertificates: [...finalCerts, ...olds] }',
    replace: 'body: { sslCertificates: [...finalCerts] }',
    tests: ['test/plan/ordering.test.ts'],
  },
];

/** The source with `find` replaced by `replace`; throws when `find` does not occur exactly once. */
function edit(source, find, replace, where) {
  const at = source.indexOf(find);
  if (at < 0 || source.indexOf(find, at + 1) >= 0) throw new Error(`${where}: the text to mutate occurs ${at < 0 ? 'nowhere' : 'more than once'}: ${JSON.stringify(find.slice(0, 80))}`);
  return source.slice(0, at) + replace + source.slice(at + find.length);
}

/** Applies `m` in the copy `dir` of the checkout, runs its tests there, restores the file; killed when vitest exits non-zero with a failed test. */
function tryOne(m, dir) {
  const original = readFileSync(m.file, 'utf8');
  let mutated = edit(original, m.find, m.replace, m.id);
  if (m.also) mutated = edit(mutated, m.also.find, m.also.replace, m.id);
  const started = Date.now();
  try {
    writeFileSync(join(dir, m.file), mutated);
    const r = spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', '--reporter=json', ...m.tests], { cwd: dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const json = JSON.parse(r.stdout.slice(r.stdout.indexOf('{')));
    const failed = json.testResults.flatMap((f) => f.assertionResults.filter((a) => a.status === 'failed').map((a) => a.fullName));
    return { id: m.id, bug: m.bug, file: m.file, tests: m.tests, killed: r.status !== 0 && failed.length > 0, failedTests: failed, seconds: Math.round((Date.now() - started) / 1000) };
  } finally {
    writeFileSync(join(dir, m.file), original);
  }
}

const only = process.argv.slice(2);
const chosen = only.length ? BY_HAND.filter((m) => only.includes(m.id)) : BY_HAND;
const results = [];
// Mutations are written into a copy of the checkout, never the checkout itself (a Stryker run may be copying it).
const dir = copyCheckout();
try {
  for (const m of chosen) {
    const r = tryOne(m, dir);
    results.push(r);
    console.log(`${r.killed ? 'killed  ' : 'SURVIVED'} ${r.id} (${r.seconds} s)${r.killed ? `: ${r.failedTests.length} failing, e.g. "${r.failedTests[0]}"` : ''}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const git = (...a) => spawnSync('git', a, { encoding: 'utf8' }).stdout.trim();
const commit = `${git('rev-parse', '--short', 'HEAD')}${git('status', '--porcelain', '--', 'src', 'test', ':!test/MUTATION.md', ':!test/mutation/results.json') ? ' + changes' : ''}`;
const path = 'reports/mutation/by-hand.json';
mkdirSync('reports/mutation', { recursive: true });
let previous = [];
try {
  previous = JSON.parse(readFileSync(path, 'utf8')).results ?? [];
} catch {
  previous = [];
}
const merged = [...previous.filter((p) => !results.some((r) => r.id === p.id)), ...results].sort((a, b) => BY_HAND.findIndex((m) => m.id === a.id) - BY_HAND.findIndex((m) => m.id === b.id));
writeFileSync(path, JSON.stringify({ when: new Date().toISOString(), commit, results: merged.map((r) => (results.includes(r) ? { ...r, when: new Date().toISOString(), commit } : r)) }, null, 2) + '\n');
process.exit(results.every((r) => r.killed) ? 0 : 1);

/**
 * The modules whose mistakes hurt users, as mutation testing covers them (issue 17): shared by
 * stryker.config.mjs (what to mutate), scripts/mutate.mjs (`npm run mutate`) and
 * scripts/mutation-report.mjs (the score per module in test/MUTATION.md).
 *
 * A module is a list of paths (a folder, ending in "/": every .ts file below it; or one file) and
 * the tests its mutants are run against: the tests written for it, so that a module's run stays
 * within minutes. A mutant they miss and another test would kill counts as surviving: the score is
 * a lower bound of what the whole suite kills (`npm run mutate -- --module X --testFiles <globs>`
 * measures against other tests).
 */
export const MODULES = [
  { id: 'plan', title: 'Planning, ordering, staleness, renderings', paths: ['src/plan/'], tests: ['test/*.test.ts', 'test/{plan,apply,routing}/**/*.test.ts'] },
  { id: 'names', title: 'Names and ownership', paths: ['src/model/names.ts'], tests: ['test/model/**/*.test.ts', 'test/plan/safety.test.ts', 'test/plan/rename.test.ts'] },
  { id: 'retry', title: 'Retries', paths: ['src/gcp/retry.ts'], tests: ['test/gcp/**/*.test.ts', 'test/auth/adc.test.ts', 'test/apply/endpoints.test.ts'] },
  { id: 'apply', title: 'Apply', paths: ['src/apply/'], tests: ['test/apply/**/*.test.ts', 'test/plan/ordering.test.ts', 'test/plan/safety.test.ts', 'test/plan/limits.test.ts'] },
  { id: 'rules', title: 'Validation rules', paths: ['src/manifest/rules.ts'], tests: ['test/manifest/**/*.test.ts', 'test/validation*.test.ts', 'test/broken-examples.test.ts', 'test/tls.test.ts', 'test/routing/**/*.test.ts'] },
  { id: 'action', title: "The Action's approval and comments", paths: ['src/action/approval.ts', 'src/action/comment.ts', 'src/action/sections.ts', 'src/action/verdict.ts', 'src/action/record.ts'], tests: ['test/action/**/*.test.ts'] },
  { id: 'emulator', title: "The emulator's GCP rules", paths: ['src/emulator/kinds/'], tests: ['test/emulator/**/*.test.ts'] },
];

/** Stryker `mutate` globs for a module's paths. */
export function mutateGlobs(paths) {
  return paths.map((p) => (p.endsWith('/') ? `${p}**/*.ts` : p));
}

/** The module a source file belongs to, or undefined. */
export function moduleOf(file) {
  const f = file.replace(/\\/g, '/').replace(/^\.\//, '');
  return MODULES.find((m) => m.paths.some((p) => (p.endsWith('/') ? f.startsWith(p) : f === p)));
}

/**
 * The test files Stryker runs when what it mutates is not one module: every vitest test except the chaos properties (test/chaos/), whose
 * bounded runs take minutes and would run again for each mutant they reach; `npm test` runs them.
 * Tests that only run the committed dist/ bundle as a process cannot see a mutant in src/ either way.
 */
export const TEST_FILES = ['test/*.test.ts', 'test/{action,apply,auth,emulator,gcp,plan,routing}/**/*.test.ts'];

// @ts-check
/**
 * Mutation testing of the safety core (issue 17) with StrykerJS and the project's vitest config.
 * Run it through `npm run mutate` (scripts/mutate.mjs), which names each run and regenerates
 * test/MUTATION.md; it is not part of `npm test`. What to mutate and which tests run come from
 * scripts/mutation-modules.mjs, through LB_PLAN_MUTATE and LB_PLAN_MUTATE_TESTS (JSON arrays of
 * globs, which may hold commas: {plan,apply}) set by scripts/mutate.mjs; without them, every module against every test but the chaos runs.
 */
import { MODULES, mutateGlobs, TEST_FILES } from './scripts/mutation-modules.mjs';

const run = process.env.LB_PLAN_MUTATE_RUN ?? 'all';
const mutate = process.env.LB_PLAN_MUTATE ? JSON.parse(process.env.LB_PLAN_MUTATE) : MODULES.flatMap((m) => mutateGlobs(m.paths));
const testFiles = process.env.LB_PLAN_MUTATE_TESTS ? JSON.parse(process.env.LB_PLAN_MUTATE_TESTS) : TEST_FILES;

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.config.ts', related: true },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate,
  testFiles,
  coverageAnalysis: 'perTest',
  // Static mutants (module-level values such as retry.ts's TRANSIENT_STATUS) are activated too late
  // when Stryker 9.6 filters tests (stryker-js#6144), so they would be reported survived whatever the
  // tests do: the main run leaves them out (reported as ignored); the static pass
  // (scripts/mutation-static.mjs) applies them by hand.
  ignoreStatic: true,
  // The machine is shared: one worker (vitest itself runs one thread inside it).
  concurrency: 1,
  incremental: true,
  incrementalFile: `reports/mutation/incremental/${run}.json`,
  reporters: ['json', 'html', 'clear-text', 'progress'],
  jsonReporter: { fileName: `reports/mutation/runs/${run}.json` },
  htmlReporter: { fileName: `reports/mutation/runs/${run}.html` },
  clearTextReporter: { allowEmojis: false, logTests: false, reportMutants: false },
  tempDirName: '.stryker-tmp',
  // Tests on the emulator wait on sockets and timers: allow a slow, shared machine.
  timeoutMS: 20_000,
  timeoutFactor: 2,
  dryRunTimeoutMinutes: 20,
  thresholds: { high: 90, low: 80, break: null },
};

/**
 * A bounded chaos run (part of npm test): random manifest sequences under random transient faults,
 * crashes in the middle of apply, and a fuzzer over the examples. `npm run chaos -- --runs N` runs longer.
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { crashProperty, fuzzProperty, ROTATIONS, sequenceProperty } from './properties.js';
import { hostileProperty } from './hostile.js';

const SEED = Number(process.env.LB_PLAN_CHAOS_SEED ?? 20261126);

describe('chaos (bounded)', () => {
  it('random sequences of manifests under transient faults always converge, touch nothing unowned, leak no secret', async () => {
    await fc.assert(sequenceProperty, { numRuns: 12, seed: SEED, endOnFailure: false, examples: [ROTATIONS] });
  }, 240_000);

  it('apply killed with SIGKILL at a random step, then run again, converges with no orphans', async () => {
    await fc.assert(crashProperty, { numRuns: 4, seed: SEED, endOnFailure: false });
  }, 120_000);

  it('fuzzed manifests are valid or clean errors with line and column, never a crash', () => {
    fc.assert(fuzzProperty, { numRuns: 400, seed: SEED });
  });

  it('hostile files (symlinks out, /dev/zero, FIFOs, huge, binary, UTF-16, deep, 60,000 keys) end in bounded time with clean errors and leak nothing', async () => {
    await fc.assert(hostileProperty, { numRuns: 25, seed: SEED, endOnFailure: false });
  }, 240_000);
});

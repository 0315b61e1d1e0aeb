import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    pool: 'forks',
    // Vitest's default is one worker fewer than the cores: one worker on CI's 2 cores, which ran the files one
    // after another (8 min 40 s). Much of the suite waits on child processes, servers and retry timers, so two
    // workers there halve it (4 min 11 s, same machine, same run); three were not needed for the margin.
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});

#!/usr/bin/env node
// The CLI proper, bundled on its own (dist/cli-main.js): src/cli/bin.ts loads it only when the
// command is more than `--version`.
import { createInterface } from 'node:readline';
import { run } from './main.js';

const stop = new AbortController();
process.once('SIGINT', () => stop.abort());
process.once('SIGTERM', () => stop.abort());
const code = await run(
  process.argv.slice(2),
  {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    env: process.env,
    isTTY: process.stdout.isTTY === true && process.stdin.isTTY === true,
    prompt: (question) =>
      new Promise<string>((resolve) => {
        const rl = createInterface({ input: process.stdin, output: process.stdout });
        rl.question(question, (answer) => {
          rl.close();
          resolve(answer);
        });
      }),
  },
  stop.signal,
);
process.exitCode = code;

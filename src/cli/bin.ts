#!/usr/bin/env node
import { createInterface } from 'node:readline';
import { VERSION } from '../version.js';

// `lb-plan --version` answers before the command parser loads: as fast as Node starts.
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-v')) {
  process.stdout.write(`${VERSION}\n`);
  process.exit(0);
}
const { run } = await import('./main.js');

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

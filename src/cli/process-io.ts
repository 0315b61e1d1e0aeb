import { createInterface } from 'node:readline';
import type { CliIo } from './io.js';

/** The CLI's streams: the real process's stdout, stderr, environment and terminal. */
export function processIo(): CliIo {
  return {
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
  };
}

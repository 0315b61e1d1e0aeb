import { createInterface } from 'node:readline';
import type { CliIo } from './io.js';
import { terminalText } from './terminal-text.js';

/** The CLI's streams: the real process's stdout, stderr (control characters made visible: ./terminal-text.ts), environment and terminal. */
export function processIo(): CliIo {
  return {
    stdout: (t) => process.stdout.write(terminalText(t)),
    stderr: (t) => process.stderr.write(terminalText(t)),
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

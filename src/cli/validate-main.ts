// `lb-plan validate`, bundled on its own as CommonJS (dist/validate.cjs): dist/cli.cjs runs it through a V8
// code cache (src/cli/code-cache.ts) for a command line that starts with `validate`. It holds the manifest
// stages only (no command parser, no Compute client, no Ajv or TypeBox: the schema is precompiled), so
// validating starts about as fast as Node does.
import { writeSync } from 'node:fs';
import { validateFast } from './validate-fast.js';

/**
 * Writes to a file descriptor synchronously. For a pipe or a terminal, `process.stdout` is a socket
 * stream: creating it loads node:net and Node's streams, ~3 ms of validate's start, to print a few lines.
 * When the descriptor cannot take the text now (a non-blocking pipe that is full: EAGAIN) or at all, the
 * rest of this text and everything after it go through the stream instead, in order, as before.
 */
export function writer(fd: number, stream: () => NodeJS.WriteStream): (text: string) => void {
  let viaStream = false;
  return (text) => {
    let bytes = Buffer.from(text, 'utf8');
    while (!viaStream && bytes.length > 0) {
      try {
        bytes = bytes.subarray(writeSync(fd, bytes));
      } catch {
        viaStream = true;
      }
    }
    if (bytes.length > 0) stream().write(bytes);
  };
}

/**
 * Runs `argv` (without node and script) when it is a plain validate command line and returns the exit
 * code; undefined when the CLI proper must read it (help, an unknown flag).
 */
export function main(argv: readonly string[]): number | undefined {
  return validateFast(argv, {
    stdout: writer(1, () => process.stdout),
    stderr: writer(2, () => process.stderr),
    env: process.env,
    // Read when a finding is shown (with its source lines on a terminal): asking creates both streams.
    get isTTY() {
      return process.stdout.isTTY === true && process.stdin.isTTY === true;
    },
  });
}

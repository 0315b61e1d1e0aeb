// `lb-plan validate`, bundled on its own as CommonJS (dist/validate.cjs): dist/cli.cjs runs it through a V8
// code cache (src/cli/code-cache.ts) for a command line that starts with `validate`. It holds the manifest
// stages only (no command parser, no Compute client, no Ajv or TypeBox: the schema is precompiled), so
// validating starts about as fast as Node does.
import { writeSync } from 'node:fs';
import { terminalText } from './terminal-text.js';
import { validateFast } from './validate-fast.js';

/**
 * Writes to a file descriptor synchronously. For a pipe or a terminal, `process.stdout` is a socket
 * stream: creating it loads node:net and Node's streams, ~3 ms of validate's start, to print a few lines.
 * When the descriptor cannot take the text now (a non-blocking pipe that is full: EAGAIN) or at all, the
 * rest of this text and everything after it go through the stream instead, in order. When the reader has
 * gone (EPIPE: `lb-plan validate … | head -1`), the rest is dropped; the exit code stays the validation's.
 */
export function writer(fd: number, stream: () => NodeJS.WritableStream): (text: string) => void {
  let via: 'fd' | 'stream' | 'nobody' = 'fd';
  return (text) => {
    let bytes = Buffer.from(text, 'utf8');
    while (via === 'fd' && bytes.length > 0) {
      try {
        bytes = bytes.subarray(writeSync(fd, bytes));
      } catch (e) {
        via = (e as NodeJS.ErrnoException).code === 'EPIPE' ? 'nobody' : 'stream';
      }
    }
    if (via === 'stream' && bytes.length > 0) stream().write(bytes);
  };
}

/**
 * Output as validate writes it: straight to the descriptor, except on Windows, where only the stream turns
 * UTF-8 into what a console shows (writing bytes to a console garbles "…" and the manifest's own lines).
 */
function output(fd: 1 | 2, stream: () => NodeJS.WriteStream): (text: string) => void {
  const write = process.platform === 'win32' ? (text: string) => void stream().write(text) : writer(fd, stream);
  // Control characters from the manifest are made visible, as the CLI proper does (./terminal-text.ts).
  return (text) => write(terminalText(text));
}

/**
 * Runs `argv` (without node and script) when it is a plain validate command line and returns the exit
 * code; undefined when the CLI proper must read it (help, an unknown flag).
 */
export function main(argv: readonly string[]): number | undefined {
  return validateFast(argv, {
    stdout: output(1, () => process.stdout),
    stderr: output(2, () => process.stderr),
    env: process.env,
    // Read when a finding is shown (with its source lines on a terminal): asking creates both streams.
    get isTTY() {
      return process.stdout.isTTY === true && process.stdin.isTTY === true;
    },
  });
}

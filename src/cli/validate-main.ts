// `lb-plan validate`, bundled on its own as CommonJS (dist/validate.cjs): dist/cli.js runs it through a V8
// code cache (src/cli/code-cache.ts) for a command line that starts with `validate`. It holds the manifest
// stages only (no command parser, no Compute client, no Ajv or TypeBox: the schema is precompiled), so
// validating starts about as fast as Node does.
import { validateFast } from './validate-fast.js';

/**
 * Runs `argv` (without node and script) when it is a plain validate command line and returns the exit
 * code; undefined when the CLI proper must read it (help, an unknown flag).
 */
export function main(argv: readonly string[]): number | undefined {
  return validateFast(argv, {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    env: process.env,
    isTTY: process.stdout.isTTY === true && process.stdin.isTTY === true,
  });
}

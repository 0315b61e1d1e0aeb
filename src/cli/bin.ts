#!/usr/bin/env node
import { fileURLToPath } from 'node:url';
import { VERSION } from '../version.js';

// `lb-plan --version` answers before anything else loads: as fast as Node starts. `validate` runs from a
// bundle of its own (dist/validate.cjs: the manifest stages only, through a V8 code cache). Everything
// else is the CLI proper, a bundle of its own (dist/cli-main.js), loaded by a path esbuild leaves alone.
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-v')) {
  process.stdout.write(`${VERSION}\n`);
  process.exit(0);
}
let code: number | undefined;
if (args[0] === 'validate') {
  const { loadCommonJs } = await import('./code-cache.js');
  const validate = loadCommonJs(fileURLToPath(new URL('./validate.cjs', import.meta.url))).exports as { main: (argv: readonly string[]) => number | undefined };
  code = validate.main(args);
}
if (code === undefined) {
  const cliMain = './cli-main.js';
  await import(cliMain);
} else process.exitCode = code;

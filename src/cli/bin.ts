#!/usr/bin/env node
import { fileURLToPath } from 'node:url';
import { VERSION } from '../version.js';

// `lb-plan --version` answers before anything else loads: as fast as Node starts. `validate` runs from a
// bundle of its own (dist/validate.cjs: the manifest stages only). Everything else is the CLI proper, a
// bundle of its own (dist/cli-main.cjs). Both are CommonJS, loaded through a V8 code cache.
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-v')) {
  process.stdout.write(`${VERSION}\n`);
  process.exit(0);
}
const { loadCommonJs } = await import('./code-cache.js');
const bundle = (name: string): string => fileURLToPath(new URL(`./${name}`, import.meta.url));
let code: number | undefined;
if (args[0] === 'validate') {
  const validate = loadCommonJs(bundle('validate.cjs')).exports as { main: (argv: readonly string[]) => number | undefined };
  code = validate.main(args);
}
if (code === undefined) await (loadCommonJs(bundle('cli-main.cjs')).exports as { start: () => Promise<void> }).start();
else process.exitCode = code;

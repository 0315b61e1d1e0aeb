#!/usr/bin/env node
// lb-plan's command, bundled as CommonJS (dist/cli.cjs): Node starts a CommonJS entry ~10 ms sooner than
// an ES module one, which is a third of what `validate` adds to Node's own start.
// `lb-plan --version` answers before anything else loads. `validate` runs from a bundle of its own
// (dist/validate.cjs: the manifest stages only). Everything else is the CLI proper (dist/cli-main.cjs).
// Both are loaded through a V8 code cache (./code-cache.ts).
import { VERSION } from '../version.js';
import type { loadCommonJs as LoadCommonJs } from './code-cache.js';

// The bundle is CommonJS: its folder (dist/), and require() to load the code cache only past --version.
declare const __dirname: string;
declare const require: (id: string) => unknown;

function main(args: readonly string[]): void {
  if (args.length === 1 && (args[0] === '--version' || args[0] === '-v')) {
    process.stdout.write(`${VERSION}\n`);
    return;
  }
  const { loadCommonJs } = require('./code-cache.js') as { loadCommonJs: typeof LoadCommonJs };
  const bundle = (name: string): string => `${__dirname}/${name}`;
  if (args[0] === 'validate') {
    const validate = loadCommonJs(bundle('validate.cjs')).exports as { main: (argv: readonly string[]) => number | undefined };
    const code = validate.main(args);
    if (code !== undefined) {
      process.exitCode = code;
      return;
    }
  }
  void (loadCommonJs(bundle('cli-main.cjs')).exports as { start: () => Promise<void> }).start();
}

main(process.argv.slice(2));

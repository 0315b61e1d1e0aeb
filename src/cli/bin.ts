#!/usr/bin/env node
// lb-plan's command, bundled as CommonJS (dist/cli.cjs): Node starts a CommonJS entry ~10 ms sooner than
// an ES module one, which is a third of what `validate` adds to Node's own start.
// `lb-plan --version` answers before anything else loads. `validate` runs from a bundle of its own
// (dist/validate.cjs: the manifest stages only). Everything else is the CLI proper (dist/cli-main.cjs).
// Both are loaded through a V8 code cache (./code-cache.ts).
import { VERSION } from '../version.js';
import type { loadCommonJs as LoadCommonJs, setV8Flags as SetV8Flags } from './code-cache.js';

// The bundle is CommonJS: its folder (dist/), and require() to load the code cache only past --version.
declare const __dirname: string;
declare const require: (id: string) => unknown;

/**
 * For apply and destroy, lets the heap grow to at most twice what is live after a full collection. V8 lets
 * it grow up to four times when collecting is cheap, and an apply is cheap garbage: what stays live while
 * applying 10,000 resources is ~80 MB (the plan, live state, the client), but its ~10,000 HTTP requests leave
 * enough behind that the heap reached ~330 MB and the process ~410 MB at its peak; with this, ~220–270 MB
 * (`npm run bench`, "lb-plan at 10,000 resources"). Not for the other commands: a plan of 10,000 resources
 * peaks under 240 MB without it and spent ~10% more CPU with it, and `validate` would pay ~1.5 ms of its start
 * to load node:v8. Set before the CLI proper loads; its code cache under these flags is kept apart
 * (./code-cache.ts).
 */
function lowerHeapGrowth(setV8Flags: typeof SetV8Flags): void {
  setV8Flags('--heap-growing-percent=100');
}

function main(args: readonly string[]): void {
  if (args.length === 1 && (args[0] === '--version' || args[0] === '-v')) {
    process.stdout.write(`${VERSION}\n`);
    return;
  }
  const { loadCommonJs, setV8Flags } = require('./code-cache.js') as { loadCommonJs: typeof LoadCommonJs; setV8Flags: typeof SetV8Flags };
  const bundle = (name: string): string => `${__dirname}/${name}`;
  if (args[0] === 'validate') {
    const validate = loadCommonJs(bundle('validate.cjs')).exports as { main: (argv: readonly string[]) => number | undefined };
    const code = validate.main(args);
    if (code !== undefined) {
      process.exitCode = code;
      return;
    }
  }
  if (args[0] === 'apply' || args[0] === 'destroy') lowerHeapGrowth(setV8Flags);
  void (loadCommonJs(bundle('cli-main.cjs')).exports as { start: () => Promise<void> }).start();
}

main(process.argv.slice(2));

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
 * Lets the heap grow to at most twice what is live after a full collection, for the commands that talk to
 * Compute. V8 lets it grow up to four times when collecting is cheap, and an apply is cheap garbage: what
 * stays live while applying 10,000 resources is ~80 MB (the plan, live state, the client), but its ~10,000
 * HTTP requests leave enough behind that the heap reached ~330 MB and the process ~410 MB at its peak. With
 * this, the same apply peaks at ~250 MB (`npm run bench`, "lb-plan at 10,000 resources"); collecting more
 * often costs some CPU. Set before the CLI proper loads, so that its code cache is always made and used under
 * the same flags. `validate` keeps V8's defaults: its heap stays small, and loading node:v8 costs ~1.5 ms of
 * its start.
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
  lowerHeapGrowth(setV8Flags);
  void (loadCommonJs(bundle('cli-main.cjs')).exports as { start: () => Promise<void> }).start();
}

main(process.argv.slice(2));

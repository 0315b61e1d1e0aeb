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

/**
 * Lets the heap grow to at most twice what is live after a full collection, for the commands that talk to
 * Compute. V8 lets it grow up to four times when collecting is cheap, and an apply is cheap garbage: what
 * stays live while applying 10,000 resources is ~80 MB (the plan, live state, the client), but its ~10,000
 * HTTP requests leave enough behind that the heap reached ~330 MB and the process ~410 MB at its peak. With
 * this, the same apply peaks at ~250 MB for about the same CPU (`npm run bench`, "lb-plan at 10,000
 * resources"). Set before the CLI proper loads: V8 keys a code cache to its flags, so every load of
 * cli-main.cjs must run under the same ones (./code-cache.ts then keeps one cache for them). `validate`
 * keeps V8's default: its heap stays small, and loading node:v8 costs ~1.5 ms of its start.
 */
function lowerHeapGrowth(): void {
  (require('node:v8') as { setFlagsFromString: (flags: string) => void }).setFlagsFromString('--heap-growing-percent=100');
}

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
  lowerHeapGrowth();
  void (loadCommonJs(bundle('cli-main.cjs')).exports as { start: () => Promise<void> }).start();
}

main(process.argv.slice(2));

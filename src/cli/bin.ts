#!/usr/bin/env node
// lb-plan's command, bundled as CommonJS (dist/cli.cjs): Node starts a CommonJS entry ~10 ms sooner than
// an ES module one, which is a third of what `validate` adds to Node's own start.
// `lb-plan --version` answers before anything else loads. `validate` runs from a bundle of its own
// (dist/validate.cjs: the manifest stages only). Everything else is the CLI proper (dist/cli-main.cjs).
// Both are loaded through a V8 code cache (./code-cache.ts).
import { VERSION } from '../version.js';
import type { statSync as StatSync } from 'node:fs';
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

/**
 * Commands that read manifests and end within seconds (validate, graph, explain, plan, import) run a large
 * input without V8's optimizing compiler (TurboFan). In a run of a second or two it compiles hot functions on
 * other threads and the run ends before that pays back: CPU, user + system of all threads, median of 5 runs,
 * the flag set here at run time (2 cores):
 * | input | validate | plan, nothing live |
 * | 1,000 backends × 9 regions (10,008 resources, 650 kB) | 520 → 411 ms | 1,851 → 1,375 ms |
 * | 300 × 9 (3,008 resources, 195 kB) | 226 → 161 ms | |
 * | 100 × 9 (1,008 resources, 64 kB) | 127 → 96 ms | |
 * | 30 × 9 (308 resources, 19 kB) and smaller | no difference | |
 * So only from LARGE_INPUT_BYTES of named files on: a small validate does not pay the ~1.5 ms of loading
 * node:v8. apply, destroy and the emulator run for minutes in the HTTP stack, where optimized code pays.
 */
const SHORT_RUNS = new Set(['validate', 'graph', 'explain', 'plan', 'import']);
const LARGE_INPUT_BYTES = 32 * 1024;

/** The Node built-ins dist/cli-main.cjs requires as it loads: scripts/build.mjs writes the list in. */
declare const CLI_MAIN_BUILTINS: readonly string[];
/** Commands that send requests to Compute (through Fetch's classes: Node loads them on first use). */
const COMPUTE_COMMANDS = new Set(['plan', 'import', 'apply', 'destroy']);

/**
 * Loads the Node built-ins a command will use before V8 flags are set at run time. A flag changes the hash
 * V8 checks code caches against, Node's own embedded cache included: every built-in loaded after it compiles
 * from source. Loading http, https, tls, crypto, zlib, streams and undici that way cost a plan ~30–45 ms of
 * CPU more (measured with and without this); loaded first, they cost what they cost without flags.
 * `validate` needs only node:crypto (a large manifest hashes its names with it, src/model/hash.ts).
 */
function loadBuiltinsFirst(command: string): void {
  if (command === 'validate') {
    require('node:crypto');
    return;
  }
  for (const id of typeof CLI_MAIN_BUILTINS === 'undefined' ? [] : CLI_MAIN_BUILTINS) require(id);
  if (COMPUTE_COMMANDS.has(command)) void (globalThis as { Headers?: unknown }).Headers;
}

/** The bytes of the regular files the command line names (its manifests; a flag or a missing file is 0). */
function inputBytes(args: readonly string[]): number {
  const { statSync } = require('node:fs') as { statSync: typeof StatSync };
  let bytes = 0;
  for (const a of args) {
    if (a.startsWith('-')) continue;
    try {
      const st = statSync(a, { throwIfNoEntry: false });
      if (st?.isFile()) bytes += st.size;
    } catch {
      // unreadable: the command says so
    }
  }
  return bytes;
}

function main(args: readonly string[]): void {
  if (args.length === 1 && (args[0] === '--version' || args[0] === '-v')) {
    process.stdout.write(`${VERSION}\n`);
    return;
  }
  const { loadCommonJs, setV8Flags } = require('./code-cache.js') as { loadCommonJs: typeof LoadCommonJs; setV8Flags: typeof SetV8Flags };
  const bundle = (name: string): string => `${__dirname}/${name}`;
  const command = args[0] ?? '';
  const large = SHORT_RUNS.has(command) && inputBytes(args.slice(1)) >= LARGE_INPUT_BYTES;
  const heap = command === 'apply' || command === 'destroy';
  if (large || heap) loadBuiltinsFirst(command);
  if (large) setV8Flags('--no-opt');
  if (args[0] === 'validate') {
    const validate = loadCommonJs(bundle('validate.cjs')).exports as { main: (argv: readonly string[]) => number | undefined };
    const code = validate.main(args);
    if (code !== undefined) {
      process.exitCode = code;
      return;
    }
  }
  if (heap) lowerHeapGrowth(setV8Flags);
  void (loadCommonJs(bundle('cli-main.cjs')).exports as { start: () => Promise<void> }).start();
}

main(process.argv.slice(2));

#!/usr/bin/env node
// The CLI proper, bundled on its own (dist/cli-main.js): src/cli/bin.ts loads it only when the
// command is more than `--version` (and dist/validate.js when it is a command line it does not read).
import { run } from './main.js';
import { processIo } from './process-io.js';

const stop = new AbortController();
process.once('SIGINT', () => stop.abort());
process.once('SIGTERM', () => stop.abort());
process.exitCode = await run(process.argv.slice(2), processIo(), stop.signal);

#!/usr/bin/env node
import { VERSION } from '../version.js';

// `lb-plan --version` answers before anything else loads: as fast as Node starts. Everything else
// is the CLI proper, a bundle of its own (dist/cli-main.js), loaded by a path esbuild leaves alone.
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-v')) {
  process.stdout.write(`${VERSION}\n`);
  process.exit(0);
}
const cliMain = './cli-main.js';
await import(cliMain);

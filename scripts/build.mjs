#!/usr/bin/env node
// Bundles the CLI (dist/cli.js), the GitHub Action (dist/index.js) and the library (dist/lib.js)
// with esbuild. `--check` builds into a temporary folder and fails when dist/ differs: CI runs it,
// so a stale committed bundle cannot land.
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, readdirSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');
const outdir = check ? mkdtempSync(join(tmpdir(), 'lb-plan-dist-')) : join(root, 'dist');

const entries = {
  cli: 'src/cli/bin.ts',
  index: 'src/action/main.ts',
  lib: 'src/index.ts',
};

await build({
  absWorkingDir: root,
  entryPoints: entries,
  outdir,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  splitting: false,
  legalComments: 'none',
  minify: true,
  keepNames: true,
  logLevel: 'warning',
  // CommonJS dependencies call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __lbPlanCreateRequire } from 'node:module'; const require = __lbPlanCreateRequire(import.meta.url);" },
});

if (check) {
  const stale = [];
  for (const f of readdirSync(outdir)) {
    const committed = join(root, 'dist', f);
    if (!existsSync(committed) || !readFileSync(committed).equals(readFileSync(join(outdir, f)))) stale.push(`dist/${f}`);
  }
  rmSync(outdir, { recursive: true, force: true });
  if (stale.length) {
    console.error(`dist/ is out of date (${stale.join(', ')}): run \`npm run build\` and commit dist/.`);
    process.exit(1);
  }
  console.log('dist/ is up to date');
}

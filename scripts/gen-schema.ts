// Writes schema/manifest.schema.json from the TypeBox source (src/manifest/schema.ts).
// `--check` exits 1 when the committed file is stale (a test does the same).
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { manifestJsonSchema } from '../src/manifest/schema.js';

const target = join(dirname(fileURLToPath(import.meta.url)), '..', 'schema', 'manifest.schema.json');
const text = JSON.stringify(manifestJsonSchema(), null, 2) + '\n';
if (process.argv.includes('--check')) {
  const ok = existsSync(target) && readFileSync(target, 'utf8') === text;
  if (!ok) console.error('schema/manifest.schema.json is stale: run npm run schema');
  process.exit(ok ? 0 : 1);
}
writeFileSync(target, text);
console.log(`wrote ${target}`);

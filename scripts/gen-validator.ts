// Writes src/manifest/manifest-validator.js, the precompiled manifest validator (see validator-source.ts).
// `--check` exits 1 when the committed file is stale (a test does the same).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validatorSource } from './validator-source.js';

const target = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'manifest', 'manifest-validator.js');
const text = validatorSource();
if (process.argv.includes('--check')) {
  const ok = existsSync(target) && readFileSync(target, 'utf8') === text;
  if (!ok) console.error('src/manifest/manifest-validator.js is stale: run npm run validator');
  process.exit(ok ? 0 : 1);
}
writeFileSync(target, text);
console.log(`wrote ${target} (${text.length} characters)`);

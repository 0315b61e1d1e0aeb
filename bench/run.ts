/**
 * `npm run bench`: how long lb-plan takes on a large generated load balancer.
 * Foundation figures: validating and compiling a manifest of ~10,000 resources
 * (backends × regions), median of several runs. Later issues add plan/apply figures.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { compile } from '../src/compile/index.js';
import { loadManifest } from '../src/manifest/load.js';
import { generateManifest } from './generate.js';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

const dir = mkdtempSync(join(tmpdir(), 'lb-plan-bench-'));
const file = join(dir, 'bench.yaml');
// 1,000 backends × 9 regions = 9,000 NEGs + 1,000 backend services + frontend ≈ 10,000 resources.
writeFileSync(file, generateManifest(1000, 9));

const runs = 7;
const load: number[] = [];
const comp: number[] = [];
let count = 0;
for (let i = 0; i < runs; i++) {
  const t0 = performance.now();
  const loaded = loadManifest(file);
  const t1 = performance.now();
  if (!loaded.manifest) throw new Error(`generated manifest is invalid: ${loaded.diagnostics[0]?.message}`);
  const lb = compile(loaded.manifest, { files: loaded.files, secrets: new Map() });
  const t2 = performance.now();
  count = lb.resources.length;
  load.push(t1 - t0);
  comp.push(t2 - t1);
}
console.log(`lb-plan bench (node ${process.version}, ${runs} runs, median)`);
console.log(`resources: ${count}`);
console.log(`load + validate: ${median(load).toFixed(0)} ms`);
console.log(`compile:         ${median(comp).toFixed(0)} ms (target < 1000 ms)`);
console.log(`total:           ${median(load.map((l, i) => l + comp[i]!)).toFixed(0)} ms`);

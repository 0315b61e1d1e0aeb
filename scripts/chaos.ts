// `npm run chaos -- --runs N [--seed S]`: the chaos properties for longer runs (fast-check prints
// the seed and the shrunk counterexample of any failure).
import fc from 'fast-check';
import { convergesAgainstGcpAnswers, crashProperty, fuzzProperty, sequenceProperty } from '../test/chaos/properties.js';
import { tamperProperty } from '../test/chaos/tamper.js';
import { hostileProperty } from '../test/chaos/hostile.js';

const arg = (name: string, dflt: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
};
const runs = arg('runs', 100);
const seed = arg('seed', Date.now() % 1_000_000_007);
console.log(`lb-plan chaos: ${runs} sequences, ${runs * 20} fuzzed manifests, seed ${seed}`);
const t0 = Date.now();
fc.assert(fuzzProperty, { numRuns: runs * 20, seed });
console.log(`fuzz: ${runs * 20} passed`);
await fc.assert(sequenceProperty, { numRuns: runs, seed, endOnFailure: false });
console.log(`sequences: ${runs} passed in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
await fc.assert(convergesAgainstGcpAnswers, { numRuns: runs, seed, endOnFailure: false });
console.log(`GCP-shaped answers (unknown fields at random depths): ${runs} passed in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
await fc.assert(hostileProperty, { numRuns: runs, seed, endOnFailure: false });
console.log(`hostile files: ${runs} passed in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
const tampers = Math.max(4, Math.round(runs / 5));
await fc.assert(tamperProperty, { numRuns: tampers, seed, endOnFailure: false });
console.log(`tampered saved plans (dist/cli.cjs): ${tampers} passed in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
const crashes = Math.max(3, Math.round(runs / 10));
await fc.assert(crashProperty, { numRuns: crashes, seed, endOnFailure: false });
console.log(`crashes: ${crashes} passed in ${((Date.now() - t0) / 1000).toFixed(0)} s`);

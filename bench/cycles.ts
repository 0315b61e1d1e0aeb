/**
 * Emulator persistence in proportion to live state: `tsx bench/cycles.ts MANIFEST STATEFILE CYCLES` runs
 * apply and destroy of one load balancer CYCLES times on the built-in emulator with its state in a file,
 * restarting the emulator for every command as `lb-plan apply --emulator FILE` does, and prints one JSON
 * line: milliseconds per cycle and the state files' sizes at the end. The last cycles must take no longer
 * than the first: the state holds live resources, not every operation ever run.
 */
import { statSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { applyPlan } from '../src/apply/execute.js';
import { startEmulator } from '../src/emulator/server.js';
import { computeClients } from '../src/gcp/client.js';
import { readLive } from '../src/gcp/read.js';
import { loadManifest } from '../src/manifest/load.js';
import { makePlan } from '../src/plan/index.js';

const [manifest, stateFile, cyclesArg] = process.argv.slice(2) as [string, string, string];
const loaded = loadManifest(manifest);
if (!loaded.compiled) throw new Error(loaded.diagnostics.map((d) => d.message).join('\n'));
const lb = loaded.compiled;
const size = (f: string): number => {
  try {
    return statSync(f).size;
  } catch {
    return 0;
  }
};

/** One command: the emulator started on the state file, a plan, its apply, the emulator stopped. */
async function command(destroying: boolean): Promise<number> {
  const em = await startEmulator({ stateFile });
  try {
    const clients = computeClients({ endpoint: em.endpoint });
    const want = destroying ? { ...lb, resources: [], serverless: [] } : lb;
    const plan = makePlan(want, await readLive(clients, lb.project), { manifestFile: manifest, manifestDigest: loaded.digest, destroying });
    const result = await applyPlan(plan, clients, { parallelism: 10, secret: () => undefined, retryBaseMs: 10 });
    if (result.failed || result.skipped) throw new Error('apply failed');
    return plan.steps.length;
  } finally {
    await em.close();
  }
}

const cycles: number[] = [];
let steps = 0;
for (let i = 0; i < Number(cyclesArg); i++) {
  const t0 = performance.now();
  steps = await command(false);
  await command(true);
  cycles.push(Math.round(performance.now() - t0));
}
process.stdout.write(JSON.stringify({ cycles, steps, stateBytes: size(stateFile), journalBytes: size(`${stateFile}.journal`) }) + '\n');

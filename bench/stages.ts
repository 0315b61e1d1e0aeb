/**
 * Where a plan's CPU goes, stage by stage, in one process: `tsx bench/stages.ts MANIFEST ENDPOINT`
 * prints one JSON line of CPU milliseconds (user + system: other processes on the machine do not count) (load = YAML + schema + rules + compile; read = listing live state;
 * diff; steps/plan; render). Used by `npm run bench` and by hand with --cpu-prof.
 */
import { computeClients } from '../src/gcp/client.js';
import { readLive } from '../src/gcp/read.js';
import { loadManifest } from '../src/manifest/load.js';
import { makePlan } from '../src/plan/index.js';
import { renderText } from '../src/plan/render/text.js';

const [manifest, endpoint] = process.argv.slice(2) as [string, string];
const t: Record<string, number> = {};
const cpu = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
let last = cpu();
const lap = (name: string): void => {
  const now = cpu();
  t[name] = Math.round(now - last);
  last = now;
};
const loaded = loadManifest(manifest);
if (!loaded.compiled) throw new Error(loaded.diagnostics.map((d) => d.message).join('\n'));
lap('load');
const live = await readLive(computeClients({ endpoint }), loaded.compiled.project);
lap('read');
const plan = makePlan(loaded.compiled, live, { manifestFile: manifest, manifestDigest: loaded.digest, adopt: loaded.manifest?.metadata.adopt ?? [] });
lap('plan');
const text = renderText(plan, { color: false });
lap('render');
process.stdout.write(JSON.stringify({ ...t, steps: plan.steps.length, chars: text.length, rssMb: Math.round(process.resourceUsage().maxRSS / 1024) }) + '\n');

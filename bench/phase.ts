/**
 * One measured phase of the benchmark, in its own process so its peak memory and CPU time are its
 * own: `tsx bench/phase.ts TOOL PHASE MANIFEST ENDPOINT LOGFILE` prints one JSON line.
 * TOOL: lbplan | terraform. PHASE: apply | plan | destroy.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { applyPlan } from '../src/apply/execute.js';
import { computeClients } from '../src/gcp/client.js';
import { Dag } from '../src/graph/dag.js';
import { loadManifest } from '../src/manifest/load.js';
import { ownedBy } from '../src/plan/diff.js';
import { makePlan, type Plan } from '../src/plan/index.js';
import { readLive } from '../src/gcp/read.js';
import { compile, type CompiledLoadBalancer } from '../src/compile/index.js';
import { terraformApply, terraformRefresh, type TerraformParams } from './terraform-strategy.js';
import { boundRounds } from './bounds.js';

const [tool, phase, manifest, endpoint, logFile, tfJson] = process.argv.slice(2) as [string, string, string, string, string, string];
const tf = JSON.parse(tfJson) as TerraformParams;
const clients = computeClients({ endpoint });
const logLines = (): number => readFileSync(logFile, 'utf8').split('\n').filter(Boolean).length;

function criticalPath(plan: Plan): number {
  const g = new Dag();
  for (const s of plan.steps) g.addNode(s.id);
  for (const e of plan.edges) g.addEdge(e.from, e.to);
  return g.waves().length;
}

/** Reading the manifest (load, validate, compile): measured on its own, as neither tool's cloud work. */
function theManifest(): { compiled: CompiledLoadBalancer; digest: string } {
  const loaded = loadManifest(manifest);
  if (!loaded.manifest) throw new Error(loaded.diagnostics.map((d) => d.message).join('\n'));
  const compiled = compile(loaded.manifest, { files: loaded.files, secrets: new Map() });
  return { compiled: phase === 'destroy' ? { ...compiled, resources: [], serverless: [] } : compiled, digest: loaded.digest };
}

async function thePlan(m: { compiled: CompiledLoadBalancer; digest: string }): Promise<Plan> {
  return makePlan(m.compiled, await readLive(clients, m.compiled.project), { manifestFile: manifest, manifestDigest: m.digest });
}

const cpu0 = process.cpuUsage();
let plan: Plan;
let planMs: number;
let planRequests: number;
let n0: number;
let t0: number;
const tm = performance.now();
const m = theManifest();
const loadMs = performance.now() - tm;
if (tool === 'lbplan') {
  n0 = logLines();
  t0 = performance.now();
  plan = await thePlan(m);
  planMs = performance.now() - t0;
  planRequests = logLines() - n0;
} else {
  // The DAG comes from lb-plan's plan (not measured); Terraform's own reading is its refresh.
  plan = await thePlan(m);
  const loaded = loadManifest(manifest);
  const live = await readLive(clients, loaded.manifest!.metadata.project!);
  const inState = [...live.resources.values()].filter((r) => ownedBy(r, loaded.manifest!.metadata.name)).map((r) => ({ id: r.address, address: r.address, kind: r.kind, scope: r.scope, name: r.name, api: r.kind === 'regionNetworkEndpointGroup' ? ('beta' as const) : ('v1' as const), operation: { type: 'delete' as const }, summary: 'refresh' }));
  n0 = logLines();
  t0 = performance.now();
  await terraformRefresh(clients, plan, inState, tf);
  planMs = performance.now() - t0;
  planRequests = logLines() - n0;
}
let applyMs = 0;
let applyRequests = 0;
if (phase !== 'plan') {
  const n1 = logLines();
  const t1 = performance.now();
  if (tool === 'lbplan') {
    const result = await applyPlan(plan, clients, { parallelism: tf.parallelism, secret: () => undefined, retryBaseMs: 50 });
    if (result.failed || result.skipped) throw new Error(`apply failed: ${result.outcomes.filter((o) => o.status === 'failed').map((o) => o.error).join('; ')}`);
  } else {
    await terraformApply(clients, plan, tf);
  }
  applyMs = performance.now() - t1;
  applyRequests = logLines() - n1;
}
const cpu = process.cpuUsage(cpu0);
process.stdout.write(
  JSON.stringify({
    tool,
    phase,
    steps: plan.steps.length,
    criticalPath: plan.steps.length ? criticalPath(plan) : 0,
    rounds: boundRounds(plan.steps.map((s) => ({ id: s.id, operation: s.operation.type !== 'waitCertificateActive' })), plan.edges, tf.parallelism),
    loadMs: Math.round(loadMs),
    planMs: Math.round(planMs),
    planRequests,
    applyMs: Math.round(applyMs),
    applyRequests,
    totalMs: Math.round(planMs + applyMs),
    maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    cpuMs: Math.round((cpu.user + cpu.system) / 1000),
  }) + '\n',
);

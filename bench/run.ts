/**
 * `npm run bench`: lb-plan against a baseline that follows Terraform's strategy with the google provider,
 * on the emulator at GCP-like latency and at a 1:100 time scale; lb-plan's CPU, memory and cold starts;
 * emulator persistence over many apply/destroy cycles. Writes bench/RESULTS.md. It builds the bundles it
 * measures into a temporary folder first (dist/ is not rebuilt). `npm run bench -- --quick` runs the small
 * sizes only, with fewer cycles.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateManifest } from './generate.js';
import type { TerraformParams } from './terraform-strategy.js';

interface Scale {
  readonly name: string;
  readonly latencyMs: readonly [number, number];
  readonly operationMs: number;
  readonly terraform: TerraformParams;
}
/** GCP-like: calls of 100–300 ms, operations of 2 s (real ones take 2–30 s); Terraform's waits as documented. */
const REAL: Scale = { name: 'GCP-like', latencyMs: [100, 300], operationMs: 2000, terraform: { parallelism: 10, delayMs: 0, minTimeoutMs: 2000, maxWaitMs: 10_000 } };
/** 1:100: 1–3 ms calls, 100 ms operations, Terraform's waits scaled alike. */
const SCALED: Scale = { name: '1:100', latencyMs: [1, 3], operationMs: 100, terraform: { parallelism: 10, delayMs: 0, minTimeoutMs: 20, maxWaitMs: 100 } };
const meanLatency = (s: Scale): number => (s.latencyMs[0] + s.latencyMs[1]) / 2;
const perStep = (s: Scale): number => meanLatency(s) + Math.max(s.operationMs, meanLatency(s));

interface Phase {
  tool: string;
  phase: string;
  steps: number;
  criticalPath: number;
  rounds: { tight: number; shape: number; criticalPath: number };
  loadMs: number;
  planMs: number;
  planRequests: number;
  applyMs: number;
  applyRequests: number;
  totalMs: number;
  maxRssMb: number;
  cpuMs: number;
}

const quick = process.argv.includes('--quick');
/** [label, backends, regions]: resources = backends × (regions + 1) + 8 frontend resources. */
const SIZES: [number, number, number][] = quick
  ? [
      [24, 2, 7],
      [558, 55, 9],
    ]
  : [
      [24, 2, 7],
      [558, 55, 9],
      [5000, 624, 7],
    ];
const CYCLES = quick ? 10 : 100;

const started = performance.now();
const work = mkdtempSync(join(tmpdir(), 'lb-plan-bench-'));
const dist = join(work, 'dist');
const loads: string[] = [];
const noteLoad = (what: string): void => {
  loads.push(`${what}: ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ')}`);
};
const log = (line: string): void => void process.stderr.write(`[${((performance.now() - started) / 1000).toFixed(0)} s] ${line}\n`);

const built = spawnSync(process.execPath, ['scripts/build.mjs', '--out', dist], { encoding: 'utf8' });
if (built.status !== 0) throw new Error(`build failed: ${built.stderr}`);
const cli = join(dist, 'cli.cjs');

// ---------------------------------------------------------------- helpers

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

async function startEmulator(scale: Scale | undefined, logFile: string, stateFile?: string): Promise<{ endpoint: string; stop: () => Promise<void> }> {
  const args = [cli, 'emulator', '--port', '0', '--log', logFile, ...(stateFile ? ['--state', stateFile] : [])];
  if (scale) args.push('--latency', `${scale.latencyMs[0]}-${scale.latencyMs[1]}`, '--operation-ms', String(scale.operationMs));
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  const endpoint = await new Promise<string>((resolveEndpoint, reject) => {
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /LB_PLAN_COMPUTE_ENDPOINT=(\S+)/.exec(out);
      if (m) resolveEndpoint(m[1]!);
    });
    child.once('exit', () => reject(new Error('emulator exited')));
  });
  return { endpoint, stop: () => new Promise((done) => (child.once('exit', () => done()), child.kill('SIGTERM'))) };
}

function phase(scale: Scale, tool: string, name: string, manifest: string, endpoint: string, logFile: string): Phase {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'bench/phase.ts', tool, name, manifest, endpoint, logFile, JSON.stringify(scale.terraform)], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`${tool} ${name} failed:\n${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as Phase;
}

/** The built CLI as a process, with its CPU time and peak RSS (bench/measure-hook.mjs). */
function measuredCli(args: string[], env: Record<string, string> = {}): { cpuMs: number; maxRssMb: number; wallMs: number; status: number | null; stdout: string } {
  const out = join(work, 'measure.json');
  rmSync(out, { force: true });
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['--import', resolve('bench/measure-hook.mjs'), cli, ...args], { encoding: 'utf8', maxBuffer: 1 << 28, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LB_PLAN_BENCH_OUT: out, ...env } });
  const wallMs = performance.now() - t0;
  if (r.status !== 0 && r.status !== 2) throw new Error(`lb-plan ${args.join(' ')} failed (${r.status}):\n${r.stderr.slice(0, 2000)}`);
  return { ...(JSON.parse(readFileSync(out, 'utf8')) as { cpuMs: number; maxRssMb: number }), wallMs, status: r.status, stdout: r.stdout };
}

/** `measuredCli` three times (a command that changes nothing): the median CPU, the highest peak RSS. */
function measuredMedian(args: string[], env: Record<string, string> = {}): ReturnType<typeof measuredCli> {
  const runs = [0, 1, 2].map(() => measuredCli(args, env)).sort((a, b) => a.cpuMs - b.cpuMs);
  return { ...runs[1]!, maxRssMb: Math.max(...runs.map((r) => r.maxRssMb)) };
}

const manifestOf = (size: number, backends: number, regions: number, cdn = 0): string => {
  const file = join(work, `lb-${size}${cdn ? '-changed' : ''}.yaml`);
  writeFileSync(file, generateManifest(backends, regions, cdn));
  return file;
};

// ---------------------------------------------------------------- 1. cold starts (first: nothing else of ours runs)

noteLoad('start');
const action = join(dist, 'index.js');
const coldCommands: [string, string[], Record<string, string>][] = [
  ['`node -e 0` (baseline)', ['-e', '0'], {}],
  ['`lb-plan --version`', [cli, '--version'], {}],
  ['`lb-plan validate examples/http.yaml`', [cli, 'validate', 'examples/http.yaml'], {}],
  ['the Action (dist/index.js, to its first failure)', [action], { INPUT_MANIFESTS: 'does-not-exist/*.yaml', GITHUB_OUTPUT: join(work, 'out'), GITHUB_EVENT_PATH: join(work, 'none.json') }],
];
spawnSync(process.execPath, [cli, 'validate', 'examples/http.yaml'], { env: { PATH: process.env.PATH ?? '' } }); // fills the code cache, as any earlier run would
const coldTimes = coldCommands.map(() => [] as number[]);
for (let i = 0; i < 21; i++) {
  // Interleaved, so a change in the machine's load touches every command alike.
  coldCommands.forEach(([, args, env], j) => {
    const t0 = performance.now();
    spawnSync(process.execPath, args, { env: { PATH: process.env.PATH ?? '', ...env } });
    coldTimes[j]!.push(performance.now() - t0);
  });
}
const coldBase = median(coldTimes[0]!);
log(`cold starts: ${coldCommands.map(([n], j) => `${n} ${median(coldTimes[j]!).toFixed(0)} ms`).join(', ')}`);

// ---------------------------------------------------------------- 2. lb-plan vs Terraform's strategy

const rows: { size: number; scale: string; tool: string; phases: Record<string, Phase> }[] = [];
const setRow = (size: number, scale: Scale, tool: string, key: string, p: Phase): void => {
  let row = rows.find((r) => r.size === size && r.scale === scale.name && r.tool === tool);
  if (!row) rows.push((row = { size, scale: scale.name, tool, phases: {} }));
  row.phases[key] = p;
};

for (const [size, backends, regions] of SIZES) {
  noteLoad(`${size} resources`);
  const base = manifestOf(size, backends, regions);
  const changed = manifestOf(size, backends, regions, Math.max(1, Math.round(backends / 10)));
  const full = size <= 24;
  if (size >= 5000) {
    // The largest size is about reading: lb-plan applies it once (1:100), then both tools plan it at both
    // scales (Terraform's refresh reads the resources lb-plan made, as it would read its own).
    const logFile = join(work, `log-${size}.jsonl`);
    const state = join(work, `state-${size}.json`);
    writeFileSync(logFile, '');
    let em = await startEmulator(SCALED, logFile, state);
    setRow(size, SCALED, 'lbplan', 'apply', phase(SCALED, 'lbplan', 'apply', base, em.endpoint, logFile));
    for (const tool of ['lbplan', 'terraform']) setRow(size, SCALED, tool, 'plan', phase(SCALED, tool, 'plan', base, em.endpoint, logFile));
    await em.stop();
    em = await startEmulator(REAL, logFile, state);
    for (const tool of ['lbplan', 'terraform']) setRow(size, REAL, tool, 'plan', phase(REAL, tool, 'plan', base, em.endpoint, logFile));
    await em.stop();
    log(`${size} done`);
    continue;
  }
  for (const tool of ['lbplan', 'terraform']) {
    const logFile = join(work, `log-${size}-${tool}.jsonl`);
    const state = join(work, `state-${size}-${tool}.json`);
    writeFileSync(logFile, '');
    // At 1:100: apply, plan, change, destroy.
    let em = await startEmulator(SCALED, logFile, state);
    setRow(size, SCALED, tool, 'apply', phase(SCALED, tool, 'apply', base, em.endpoint, logFile));
    setRow(size, SCALED, tool, 'plan', phase(SCALED, tool, 'plan', base, em.endpoint, logFile));
    await em.stop();
    // GCP-like: the plan of the same live state (the emulator restarted on its state file with GCP's latency).
    em = await startEmulator(REAL, logFile, state);
    setRow(size, REAL, tool, 'plan', phase(REAL, tool, 'plan', base, em.endpoint, logFile));
    await em.stop();
    em = await startEmulator(SCALED, logFile, state);
    setRow(size, SCALED, tool, 'change', phase(SCALED, tool, 'apply', changed, em.endpoint, logFile));
    setRow(size, SCALED, tool, 'destroy', phase(SCALED, tool, 'destroy', changed, em.endpoint, logFile));
    await em.stop();
    if (full) {
      // The small load balancer applied and destroyed at GCP-like latency too.
      const realLog = join(work, `log-${size}-${tool}-real.jsonl`);
      writeFileSync(realLog, '');
      em = await startEmulator(REAL, realLog);
      setRow(size, REAL, tool, 'apply', phase(REAL, tool, 'apply', base, em.endpoint, realLog));
      setRow(size, REAL, tool, 'change', phase(REAL, tool, 'apply', changed, em.endpoint, realLog));
      setRow(size, REAL, tool, 'destroy', phase(REAL, tool, 'destroy', changed, em.endpoint, realLog));
      await em.stop();
    }
    log(`${size} ${tool} done`);
  }
}

// ---------------------------------------------------------------- 3. lb-plan at 10,000 resources: CPU and memory

noteLoad('10,000 resources');
const SHAPES: [string, number, number][] = quick
  ? [
      ['100 backends × 9 regions', 100, 9],
      ['500 backends × 1 region (backend-heavy)', 496, 1],
    ]
  : [
      ['1,000 backends × 9 regions', 1000, 9],
      ['5,000 backends × 1 region (backend-heavy)', 4996, 1],
    ];
const big: { shape: string; resources: number; rows: [string, { cpuMs: number; maxRssMb: number }][] }[] = [];
for (const [shape, backends, regions] of SHAPES) {
  const file = join(work, `big-${backends}.yaml`);
  writeFileSync(file, generateManifest(backends, regions));
  const logFile = join(work, `big-${backends}.jsonl`);
  writeFileSync(logFile, '');
  const em = await startEmulator(undefined, logFile);
  const env = { LB_PLAN_COMPUTE_ENDPOINT: em.endpoint };
  // Measured as every run after a user's first: once the code cache for these flags exists. The first run of a
  // bundle under the large-input flags compiles it and saves the cache (~130 ms more for a plan at 10k).
  measuredCli(['validate', file]);
  measuredCli(['plan', file], env);
  const validate = measuredMedian(['validate', file]);
  const resources = Number(/: (\d+) resources/.exec(validate.stdout)?.[1] ?? 0);
  const planEmpty = measuredMedian(['plan', file], env);
  const apply = measuredCli(['apply', file, '--auto-approve'], env);
  const planLive = measuredMedian(['plan', file, '--detailed-exitcode'], env);
  const destroy = measuredCli(['destroy', file, '--auto-approve'], env);
  await em.stop();
  big.push({ shape, resources, rows: [['validate', validate], ['plan, nothing live', planEmpty], ['apply from empty', apply], ['plan, all live (no changes)', planLive], ['destroy', destroy]] });
  log(`10k ${shape} done`);
}
// Linear growth: plan CPU (nothing live) at 1,000, 5,000 and 10,000 resources.
const growth: [number, number][] = [];
{
  const logFile = join(work, 'growth.jsonl');
  writeFileSync(logFile, '');
  const em = await startEmulator(undefined, logFile);
  for (const [backends, regions] of quick
    ? ([
        [12, 7],
        [124, 7],
      ] as const)
    : ([
        [124, 7],
        [624, 7],
        [1000, 9],
      ] as const)) {
    const file = join(work, `growth-${backends}.yaml`);
    writeFileSync(file, generateManifest(backends, regions));
    const runs = [0, 1, 2].map(() => measuredCli(['plan', file], { LB_PLAN_COMPUTE_ENDPOINT: em.endpoint }).cpuMs);
    growth.push([backends * (regions + 1) + 8, median(runs)]);
  }
  await em.stop();
}

// ---------------------------------------------------------------- 4. emulator persistence over cycles

noteLoad('persistence cycles');
const cycleFile = join(work, 'lb-cycles.yaml');
writeFileSync(cycleFile, generateManifest(61, 7)); // 496 resources
const cyclesRun = spawnSync(process.execPath, ['--import', 'tsx', 'bench/cycles.ts', cycleFile, join(work, 'cycles-state.json'), String(CYCLES)], { encoding: 'utf8', maxBuffer: 1 << 26 });
if (cyclesRun.status !== 0) throw new Error(`cycles failed:\n${cyclesRun.stderr}`);
const cycles = JSON.parse(cyclesRun.stdout.trim().split('\n').pop()!) as { cycles: number[]; steps: number; stateBytes: number; journalBytes: number };
noteLoad('end');
const benchSeconds = Math.round((performance.now() - started) / 1000);

// ---------------------------------------------------------------- RESULTS.md

const fmt = (ms: number): string => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`);
const ratio = (a: number, b: number): string => (b > 0 ? `${(a / b).toFixed(2)}×` : '–');
const get = (size: number, scale: Scale, tool: string): Record<string, Phase> | undefined => rows.find((r) => r.size === size && r.scale === scale.name && r.tool === tool)?.phases;
const L: string[] = [];
L.push('# lb-plan benchmark results', '');
L.push(`Generated by \`npm run bench${quick ? ' -- --quick' : ''}\` on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC (node ${process.version}, ${process.platform}, ${cpus().length} cores) in ${Math.round(benchSeconds / 60)} min, from bundles built for the run.`, '');
L.push(`The machine is shared (other processes use the same cores): load average (1 / 5 / 15 min) at ${loads.join('; ')}. Compare ratios measured in the same run rather than absolute times.`, '');
L.push('## Set-up', '');
L.push(`- Emulator in its own process, at two scales: **GCP-like**, ${REAL.latencyMs[0]}–${REAL.latencyMs[1]} ms per call and operations RUNNING for ${REAL.operationMs / 1000} s; **1:100**, ${SCALED.latencyMs[0]}–${SCALED.latencyMs[1]} ms per call and ${SCALED.operationMs} ms operations.`);
L.push(`- Baseline: Terraform's strategy with the google provider (bench/README.md cites each parameter): refresh with one GET per resource in state; 10 operations at a time; operations polled with GET, first wait ${REAL.terraform.minTimeoutMs / 1000} s doubling to ${REAL.terraform.maxWaitMs / 1000} s (scaled alike at 1:100); each created or updated resource read back. Terraform's own start-up, provider start-up and state handling are left out, in its favour.`);
L.push('- lb-plan: one list per kind to read; the same parallelism (10); operations awaited with `operations.wait`. Both run the same dependency graph with the real @googleapis/compute client, each phase in a fresh process.', '');
L.push('## Plan of a load balancer with nothing to change', '');
L.push('Reading live state and deciding (lb-plan: one list per kind; Terraform: its refresh, one GET per resource). Reading the manifest is measured apart ("manifest").', '');
L.push('| Resources | Scale | lb-plan requests | lb-plan | manifest | Terraform requests | Terraform | Terraform ÷ lb-plan |', '| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const scale of [REAL, SCALED]) {
  for (const [size] of SIZES) {
    const l = get(size, scale, 'lbplan')?.plan;
    const t = get(size, scale, 'terraform')?.plan;
    if (l && t) L.push(`| ${size} | ${scale.name} | ${l.planRequests} | ${fmt(l.planMs)} | ${fmt(l.loadMs)} | ${t.planRequests} | ${fmt(t.planMs)} | **${ratio(t.planMs, l.planMs)}** |`);
  }
}
L.push('', '## Apply', '');
L.push(`Lower bounds per step: one call and the operation, latency + max(operation, latency) = ${fmt(perStep(REAL))} (GCP-like) or ${fmt(perStep(SCALED))} (1:100). **Tight** = max(critical path, steps ÷ 10) rounds; **shape** = the rounds the graph needs at least (max over k of k − 1 + ⌈steps with a chain of k − 1 dependants ÷ 10⌉: a URL map waits for every backend service, then a proxy, then a forwarding rule). Steps that only wait for a certificate count as free. The ratios use the apply part only.`, '');
L.push('| Resources | Scale | Phase | Steps | lb-plan | Terraform | lb-plan ÷ Terraform | Tight bound | lb-plan ÷ tight | Shape bound | lb-plan ÷ shape |', '| ---: | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const scale of [REAL, SCALED]) {
  for (const [size] of SIZES) {
    for (const [key, label] of [
      ['apply', 'apply from empty'],
      ['change', 'apply a 10% change'],
      ['destroy', 'destroy'],
    ] as const) {
      const l = get(size, scale, 'lbplan')?.[key];
      const t = get(size, scale, 'terraform')?.[key];
      if (!l) continue;
      const tight = l.rounds.tight * perStep(scale);
      const shape = l.rounds.shape * perStep(scale);
      L.push(`| ${size} | ${scale.name} | ${label} | ${l.steps} | ${fmt(l.totalMs)} | ${t ? fmt(t.totalMs) : '–'} | ${t ? ratio(l.totalMs, t.totalMs) : '–'} | ${fmt(tight)} | ${ratio(l.applyMs, tight)} | ${fmt(shape)} | **${ratio(l.applyMs, shape)}** |`);
    }
  }
}
L.push('', 'lb-plan and Terraform columns include reading live state (lb-plan: its lists; Terraform: its refresh) and applying. At 5,000 resources only lb-plan applies (to make the state both tools then plan). Before each change lb-plan reads the resource again (ownership and staleness re-check, one more call per step), which the bounds do not count: it shows most in the small 10% change.', '');
L.push(`## lb-plan at ${quick ? '1,000' : '10,000'} resources: CPU and memory`, '');
L.push('The built CLI as a process against the emulator (no latency), each command on its own; CPU is user + system time of the process (all its threads), so other processes on the machine do not count. validate and the plans: the median of 3 runs (the highest peak RSS of the 3), after one unmeasured run that fills the code cache, as for all but the very first run; apply and destroy: one run. Targets: validate under 0.5 s of CPU, plan under 1 s, peak RSS under 300 MB.', '');
L.push('| Shape | Resources | Command | CPU | Peak RSS |', '| --- | ---: | --- | ---: | ---: |');
for (const b of big) for (const [what, m] of b.rows) L.push(`| ${b.shape} | ${b.resources} | ${what} | ${fmt(m.cpuMs)} | ${m.maxRssMb} MB |`);
L.push('', `Plan CPU (nothing live, median of 3) as the load balancer grows: ${growth.map(([n, ms]) => `${n} resources ${fmt(ms)} (${((ms / n) * 1000).toFixed(0)} µs each)`).join('; ')}.`, '');
L.push('## Cold start', '');
L.push(`Median of 21 interleaved runs, environment emptied (\`PATH\` only: on this machine \`NODE_EXTRA_CA_CERTS\` adds its certificate loading to every Node start, the baseline's included). \`validate\` runs from its own bundle through a V8 code cache filled by an earlier run. Target: within 1.5× of \`node -e 0\`.`, '');
L.push('| Command | Median | Fastest | ÷ `node -e 0` |', '| --- | ---: | ---: | ---: |');
coldCommands.forEach(([name], j) => L.push(`| ${name} | ${fmt(median(coldTimes[j]!))} | ${fmt(Math.min(...coldTimes[j]!))} | **${ratio(median(coldTimes[j]!), coldBase)}** |`));
const size = (f: string): string => {
  const bytes = statSync(join(dist, f)).size;
  return bytes < 100_000 ? `${(bytes / 1000).toFixed(1)} kB` : `${(bytes / 1e6).toFixed(2)} MB`;
};
L.push('', `Bundles: dist/cli.cjs ${size('cli.cjs')}, dist/validate.cjs ${size('validate.cjs')}, dist/cli-main.cjs ${size('cli-main.cjs')}, dist/index.js ${size('index.js')}, dist/lib.js ${size('lib.js')}.`, '');
L.push('## Emulator persistence', '');
const c = cycles.cycles;
const head = c.slice(0, 5);
const tail = c.slice(-5);
L.push(`${c.length} apply/destroy cycles of a ${cycles.steps}-resource load balancer on the built-in emulator with its state in a file, restarted for every command as \`lb-plan apply --emulator FILE\` is. Each change is one journal line; a snapshot is written when the journal outgrows it and at each stop.`, '');
L.push(`- First 5 cycles: median ${fmt(median(head))}; last 5: median ${fmt(median(tail))}; last ÷ first: **${ratio(median(tail), median(head))}** (target: no growth).`);
const block = Math.max(1, Math.floor(c.length / 5));
const blocks = Array.from({ length: Math.ceil(c.length / block) }, (_, i) => c.slice(i * block, (i + 1) * block));
L.push(`- Median per block of ${block} cycles, in order: ${blocks.map((b) => fmt(median(b))).join(', ')}. The first cycles run with fewer remembered operations (the newest 1,000 DONE ones are kept, about one cycle's worth), so the state reaches its size within two cycles; the last block ÷ the second: **${ratio(median(blocks.at(-1)!), median(blocks[Math.min(1, blocks.length - 1)]!))}**.`);
L.push(`- State file after the last cycle: ${(cycles.stateBytes / 1e6).toFixed(2)} MB (operations kept: the most recent, see gcp-behaviour.md §2.3), journal ${cycles.journalBytes} bytes.`);
L.push(`- Every cycle, in ms: ${c.join(', ')}.`, '');
writeFileSync('bench/RESULTS.md', L.join('\n'));
rmSync(work, { recursive: true, force: true });
process.stdout.write(readFileSync('bench/RESULTS.md', 'utf8'));

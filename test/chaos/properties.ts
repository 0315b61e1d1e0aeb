/**
 * The chaos properties, shared by the bounded run in `npm test` and `npm run chaos -- --runs N`:
 * random sequences of manifests applied to the emulator with random transient faults, and a
 * fuzzer over the examples. fast-check prints the seed and the shrunk counterexample on failure.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { applyPlan } from '../../src/apply/execute.js';
import { compile } from '../../src/compile/index.js';
import type { FaultRates } from '../../src/emulator/config.js';
import { startEmulator } from '../../src/emulator/server.js';
import { computeClients } from '../../src/gcp/client.js';
import { readLive } from '../../src/gcp/read.js';
import { topology } from '../../src/graph/topology.js';
import { loadManifest } from '../../src/manifest/load.js';
import { secretResolver } from '../../src/manifest/secrets.js';
import { renderJson } from '../../src/plan/render/json.js';
import { renderMarkdown } from '../../src/plan/render/markdown.js';
import { renderText } from '../../src/plan/render/text.js';
import { planFile } from '../../src/workflow.js';
import { ownedByContract } from '../helpers/ownership.js';

const REGIONS = ['us-central1', 'europe-west1', 'asia-east1'] as const;
const HOSTS = ['a.example.com', 'b.example.com', 'c.example.com'];
const SECRETS = ['chaos-secret-ALPHA-1', 'chaos-secret-BRAVO-2'];

export interface BackendModel {
  readonly key: string;
  readonly platform: 'cloudRun' | 'cloudFunctions';
  readonly regions: readonly string[];
  readonly service: string;
  readonly cdn: boolean;
  readonly iap: boolean;
  readonly rateLimit: number | undefined;
  readonly logging: boolean;
}

export interface LbModel {
  readonly backends: readonly BackendModel[];
  readonly certificates: readonly (readonly string[])[];
  readonly routes: readonly { host: string; backend: number }[];
  readonly secret: number;
}

const backendArb = (key: string): fc.Arbitrary<BackendModel> =>
  fc.record({
    key: fc.constant(key),
    platform: fc.constantFrom('cloudRun' as const, 'cloudFunctions' as const),
    regions: fc.subarray([...REGIONS], { minLength: 1 }),
    service: fc.constantFrom('svc-1', 'svc-2'),
    cdn: fc.boolean(),
    iap: fc.boolean(),
    rateLimit: fc.option(fc.constantFrom(100, 200), { nil: undefined }),
    logging: fc.boolean(),
  });

export const lbArb: fc.Arbitrary<LbModel> = fc
  .subarray(['a', 'b', 'c', 'd'], { minLength: 1 })
  .chain((keys) =>
    fc.record({
      backends: fc.tuple(...keys.map(backendArb)),
      certificates: fc.array(fc.subarray(['example.com', 'www.example.com', 'api.example.com'], { minLength: 1 }), { maxLength: 2 }),
      routes: fc.array(fc.record({ host: fc.constantFrom(...HOSTS), backend: fc.nat({ max: keys.length - 1 }) }), { maxLength: 3 }),
      secret: fc.nat({ max: SECRETS.length - 1 }),
    }),
  );

/** The manifest text of a model (the model is always valid by construction). */
export function manifestOf(m: LbModel): string {
  const certs = m.certificates.filter((c, i) => m.certificates.findIndex((x) => [...x].sort().join() === [...c].sort().join()) === i);
  const lines = ['apiVersion: lb-plan/v1', 'kind: LoadBalancer', 'metadata: { name: chaos, project: chaos-project }', 'frontend:', '  address: { reserve: chaos-ip }'];
  if (certs.length) {
    lines.push('  https:', '    redirectHttp: true', '    certificates:');
    for (const c of certs) lines.push(`      - managed: [${c.join(', ')}]`);
  }
  lines.push('backends:');
  for (const b of m.backends) {
    lines.push(`  ${b.key}:`, '    serverless:');
    for (const r of b.regions) lines.push(`      - { region: ${r}, ${b.platform}: { ${b.platform === 'cloudRun' ? 'service' : 'function'}: ${b.service} } }`);
    if (b.iap && !b.cdn) lines.push('    iap: { oauth2ClientId: chaos-client, oauth2ClientSecret: { env: CHAOS_IAP } }');
    if (b.cdn) lines.push('    cdn: true');
    if (b.rateLimit) lines.push(`    securityPolicy: { rateLimit: { requestCount: ${b.rateLimit} } }`);
    if (!b.logging) lines.push('    logging: false');
  }
  const routes = m.routes.filter((r, i) => m.routes.findIndex((x) => x.host === r.host) === i);
  lines.push('routing:', `  default: ${m.backends[0]!.key}`);
  const used = new Set([0, ...routes.map((r) => r.backend)]);
  // Every backend gets a route, so none is left without traffic (a warning, not an error, but untidy).
  const extra = m.backends.map((_, i) => i).filter((i) => !used.has(i));
  const allRoutes = [...routes, ...extra.map((i) => ({ host: `${m.backends[i]!.key}.extra.example.com`, backend: i }))];
  if (allRoutes.length) {
    lines.push('  hosts:');
    for (const r of allRoutes) lines.push(`    - { hosts: [${r.host}], backend: ${m.backends[r.backend]!.key} }`);
  }
  return lines.join('\n') + '\n';
}

export const faultsArb: fc.Arbitrary<FaultRates> = fc.record({
  rateLimit: fc.constantFrom(0, 0.03, 0.06),
  tooManyRequests: fc.constantFrom(0, 0.03),
  serverError: fc.constantFrom(0, 0.03, 0.05),
  unavailable: fc.constantFrom(0, 0.03),
  dropBefore: fc.constantFrom(0, 0.02),
  dropAfter: fc.constantFrom(0, 0.02, 0.04),
  failedOperation: fc.constant(0),
  operationNotReady: fc.constantFrom(0, 0.03),
  operationInternal: fc.constantFrom(0, 0.03),
  // operationInUse stays 0: the property checks that no in-use error ever comes from lb-plan's ordering.
  operationInUse: fc.constant(0),
});

/**
 * Applies each manifest of the sequence in turn, with faults injected, and checks after every
 * apply: it succeeded; no resourceInUseByAnotherResource reached the user; the plan is empty; the
 * owned live state equals the manifest; unowned resources are untouched; no secret in any output.
 */
export async function sequenceHolds(models: readonly LbModel[], faults: FaultRates, seed: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'lb-plan-chaos-'));
  const em = await startEmulator({ config: { seed, faults, operationMs: 0 } });
  const clients = computeClients({ endpoint: em.endpoint });
  try {
    // Someone else's resources, with look-alike names, that must never change.
    const saved = { ...faults };
    Object.assign(em.emulator.config.faults, { rateLimit: 0, tooManyRequests: 0, serverError: 0, unavailable: 0, dropBefore: 0, dropAfter: 0 });
    await clients.v1.regionNetworkEndpointGroups.insert({ project: 'chaos-project', region: 'us-central1', requestBody: { name: 'chaos-a-00000000', networkEndpointType: 'SERVERLESS', cloudRun: { service: 'theirs' } } });
    await clients.v1.globalAddresses.insert({ project: 'chaos-project', requestBody: { name: 'chaos-ip-2', labels: { team: 'other' } } });
    Object.assign(em.emulator.config.faults, saved);
    const unowned = (live: Awaited<ReturnType<typeof readLive>>): Record<string, string> => Object.fromEntries([...live.resources.values()].filter((r) => !ownedByContract(r, 'chaos')).map((r) => [r.address, JSON.stringify(r.body)]));
    const unownedBefore = unowned(await readLive(clients, 'chaos-project', { baseMs: 1 }));
    for (const model of models) {
      const file = join(dir, 'lb.yaml');
      writeFileSync(file, manifestOf(model));
      const secret = SECRETS[model.secret]!;
      const env = { CHAOS_IAP: secret };
      // As `apply --wait-for-certificates`: a switch to the HTTPS redirect waits in the same run.
      const outcome = await planFile({ file, clients, env, redirectWaits: true });
      if (!outcome.ok) throw new Error(`generated manifest invalid: ${outcome.diagnostics.map((d) => d.message).join('; ')}\n${manifestOf(model)}`);
      const outputs: string[] = [renderText(outcome.plan, { color: false }), renderJson(outcome.plan), renderMarkdown(outcome.plan, { topology: topology(outcome.compiled) })];
      const result = await applyPlan(outcome.plan, clients, { secret: secretResolver(dir, env), retryBaseMs: 1, certificatePollMs: 5 }, (e) => outputs.push(JSON.stringify(e)));
      const bad = result.outcomes.filter((o) => o.status !== 'done');
      if (bad.length) throw new Error(`apply did not converge: ${bad.map((o) => `${o.step.id} ${o.status} ${o.error ?? o.because}`).join('; ')}\n${manifestOf(model)}`);
      for (const o of outputs) {
        if (o.includes('resourceInUseByAnotherResource') || o.includes('is already being used by')) throw new Error('an in-use error reached the user');
        for (const s of SECRETS) if (o.includes(s)) throw new Error('a secret reached an output');
      }
      const again = await planFile({ file, clients, env });
      if (!again.ok || again.plan.steps.length) throw new Error(`plan after apply is not empty: ${again.ok ? again.plan.resources.map((r) => `${r.action} ${r.address} ${JSON.stringify(r.changes)}`).join('; ') : 'invalid'}`);
      const loaded = loadManifest(file);
      const desired = compile(loaded.manifest!).resources.map((r) => r.address).sort();
      const live = await readLive(clients, 'chaos-project', { baseMs: 1 });
      const owned = [...live.resources.values()].filter((r) => ownedByContract(r, 'chaos')).map((r) => r.address).sort();
      if (JSON.stringify(owned) !== JSON.stringify(desired)) throw new Error(`live state differs from the manifest:\nlive ${owned.join(', ')}\nwant ${desired.join(', ')}`);
      const unownedNow = unowned(live);
      for (const [address, body] of Object.entries(unownedBefore)) {
        if (unownedNow[address] !== body) throw new Error(`an unowned resource was touched: ${address}\nbefore ${body}\nafter  ${unownedNow[address]}`);
      }
    }
  } finally {
    await em.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * A sequence every bounded run checks besides the random ones, so the secret check always sees the
 * renderings of updates and rotations, not only of creates: an IAP secret rotated (an update), a
 * managed certificate rotated (a replacement waiting for ACTIVE), CDN switched on in place of IAP,
 * then a backend and a certificate removed.
 */
const IAP_BACKEND: BackendModel = { key: 'a', platform: 'cloudRun', regions: ['us-central1'], service: 'svc-1', cdn: false, iap: true, rateLimit: undefined, logging: true };
const SECOND_BACKEND: BackendModel = { key: 'b', platform: 'cloudRun', regions: ['europe-west1'], service: 'svc-2', cdn: false, iap: true, rateLimit: 100, logging: false };
export const ROTATIONS: [LbModel[], FaultRates, number] = [
  [
    { backends: [IAP_BACKEND, SECOND_BACKEND], certificates: [['example.com'], ['api.example.com']], routes: [], secret: 0 },
    { backends: [IAP_BACKEND, SECOND_BACKEND], certificates: [['example.com'], ['api.example.com']], routes: [], secret: 1 },
    { backends: [IAP_BACKEND, SECOND_BACKEND], certificates: [['example.com', 'www.example.com'], ['api.example.com']], routes: [], secret: 1 },
    { backends: [{ ...IAP_BACKEND, cdn: true }], certificates: [['example.com', 'www.example.com']], routes: [], secret: 0 },
  ],
  { rateLimit: 0.03, tooManyRequests: 0, serverError: 0.03, unavailable: 0, dropBefore: 0, dropAfter: 0.02, failedOperation: 0, operationNotReady: 0.03, operationInternal: 0, operationInUse: 0 },
  4242,
];

export const sequenceProperty = fc.asyncProperty(fc.array(lbArb, { minLength: 1, maxLength: 4 }), faultsArb, fc.integer({ min: 1, max: 1_000_000 }), sequenceHolds);

// ---------------------------------------------------------------- GCP's answers

/**
 * Each manifest of the sequence applied against answers shaped like real GCP's: server defaults,
 * computed fields, issued certificates (src/emulator/gcp-adds.ts) and unknown keys at random
 * depths of every resource (`unknownFields`). After each apply the plan is empty, and planning
 * again sends nothing but reads.
 */
export async function convergesHolds(models: readonly LbModel[], unknownFields: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'lb-plan-gcp-'));
  const em = await startEmulator({ config: { unknownFields, certificateActivationMs: 0 } });
  const clients = computeClients({ endpoint: em.endpoint });
  try {
    for (const model of models) {
      const file = join(dir, 'lb.yaml');
      writeFileSync(file, manifestOf(model));
      const env = { CHAOS_IAP: SECRETS[model.secret]! };
      const outcome = await planFile({ file, clients, env, redirectWaits: true });
      if (!outcome.ok) throw new Error(`generated manifest invalid: ${outcome.diagnostics.map((d) => d.message).join('; ')}`);
      const result = await applyPlan(outcome.plan, clients, { secret: secretResolver(dir, env), retryBaseMs: 1, certificatePollMs: 5 });
      if (result.failed || result.skipped) throw new Error(`apply failed: ${result.outcomes.filter((o) => o.status !== 'done').map((o) => `${o.step.id} ${o.error ?? o.because}`).join('; ')}\n${manifestOf(model)}`);
      const from = em.log.length;
      const again = await planFile({ file, clients, env });
      if (!again.ok || again.plan.steps.length) throw new Error(`plan after apply is not empty: ${again.ok ? again.plan.resources.map((r) => `${r.action} ${r.address} ${JSON.stringify(r.changes)}`).join('; ') : 'invalid'}\n${manifestOf(model)}`);
      const writes = em.log.slice(from).filter((l) => l.method !== 'GET');
      if (writes.length) throw new Error(`planning again sent ${writes.map((l) => `${l.method} ${l.path}`).join(', ')}`);
    }
  } finally {
    await em.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export const convergesAgainstGcpAnswers = fc.asyncProperty(fc.array(lbArb, { minLength: 1, maxLength: 3 }), fc.integer({ min: 1, max: 1_000_000 }), convergesHolds);

// ---------------------------------------------------------------- fuzzer

const EXAMPLES = ['http', 'https-managed', 'multi-region', 'regional-routing', 'url-mask-cloud-run', 'cdn', 'iap', 'cloud-armor', 'byoip'].map((n) => readFileSync(`examples/${n}.yaml`, 'utf8'));
const JUNK = [':', '-', ' ', '  ', '\n', '{', '}', '[', ']', '"', "'", '*', '&a', '*a', '!!binary', '#', ',', '?', '|', '>', 'x', '0', 'true', 'null', '\t', '\u00e9', '<service>'];

export const mutationArb = fc.record({
  example: fc.nat({ max: EXAMPLES.length - 1 }),
  edits: fc.array(
    fc.oneof(
      fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.constantFrom(...JUNK) }),
      fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 12 }) }),
      fc.record({ kind: fc.constant('dupLine' as const), at: fc.nat() }),
      fc.record({ kind: fc.constant('swapLines' as const), at: fc.nat() }),
    ),
    { minLength: 1, maxLength: 4 },
  ),
});

export type Mutation = ReturnType<typeof mutationArb.generate>['value'];

export function mutate(m: Mutation): string {
  let text = EXAMPLES[m.example]!;
  for (const e of m.edits) {
    const at = e.at % Math.max(1, text.length);
    if (e.kind === 'insert') text = text.slice(0, at) + e.text + text.slice(at);
    else if (e.kind === 'delete') text = text.slice(0, at) + text.slice(at + e.length);
    else {
      const lines = text.split('\n');
      const i = e.at % lines.length;
      if (e.kind === 'dupLine') lines.splice(i, 0, lines[i]!);
      else if (i + 1 < lines.length) [lines[i], lines[i + 1]] = [lines[i + 1]!, lines[i]!];
      text = lines.join('\n');
    }
  }
  return text;
}

const fuzzDir = mkdtempSync(join(tmpdir(), 'lb-plan-fuzz-'));

/** Every mutated manifest is either valid (and compiles) or a clean error with a line and column — never a crash. */
export function fuzzHolds(m: Mutation): void {
  const text = mutate(m);
  const file = join(fuzzDir, 'm.yaml');
  writeFileSync(file, text);
  const loaded = loadManifest(file);
  const errors = loaded.diagnostics.filter((d) => d.severity === 'error');
  if (loaded.manifest) {
    if (errors.length) throw new Error('a manifest with errors was returned');
    compile(loaded.manifest, { files: loaded.files, secrets: new Map() });
  } else if (errors.length === 0) throw new Error('invalid without an error');
  const lineCount = text.split('\n').length;
  for (const d of loaded.diagnostics) {
    if (!(d.line >= 1 && d.line <= lineCount + 1 && d.column >= 1) || !d.message || d.file !== file) throw new Error(`bad diagnostic ${JSON.stringify(d)}`);
    if (/\n\s+at /.test(d.message)) throw new Error('a stack trace in a diagnostic');
  }
}

export const fuzzProperty = fc.property(mutationArb, fuzzHolds);

// ---------------------------------------------------------------- crashes

/**
 * `lb-plan apply` killed with SIGKILL after `k` finished steps (k is brought below the plan's step
 * count, so steps are always left to do); the child must have died of that SIGKILL, not ended on its
 * own. Then apply again (in-process): it converges, with no orphans and no duplicates.
 */
export async function crashHolds(k: number, model: LbModel, seed: number): Promise<void> {
  const { spawn } = await import('node:child_process');
  const dir = mkdtempSync(join(tmpdir(), 'lb-plan-crash-'));
  const em = await startEmulator({ config: { seed, operationMs: 25 } });
  const clients = computeClients({ endpoint: em.endpoint });
  try {
    const file = join(dir, 'lb.yaml');
    writeFileSync(file, manifestOf(model));
    const env = { ...process.env, CHAOS_IAP: SECRETS[model.secret]! };
    const first = await planFile({ file, clients, env: { CHAOS_IAP: SECRETS[model.secret]! } });
    if (!first.ok) throw new Error('invalid');
    const steps = first.plan.steps.length;
    if (steps < 2) throw new Error(`a plan of ${steps} steps leaves no step to kill the apply before`);
    const killAt = 1 + ((k - 1) % (steps - 1));
    const child = spawn(process.execPath, ['dist/cli.cjs', 'apply', file, '--compute-endpoint', em.endpoint, '--auto-approve', '--parallelism', '4'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let killed = false;
    const exit = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        if (!killed && (out.match(/ done \[/g) ?? []).length >= killAt) killed = child.kill('SIGKILL');
      });
      child.once('exit', (code, signal) => resolve({ code, signal }));
    });
    if (!killed || exit.signal !== 'SIGKILL') throw new Error(`apply was to be killed after ${killAt} of ${steps} steps, but it ${exit.signal ? `died of ${exit.signal}` : `exited with code ${exit.code}`} (kill sent: ${killed})\n${out}`);
    const doneBeforeKill = (out.match(/ done \[/g) ?? []).length;
    if (doneBeforeKill >= steps || out.includes('Apply complete')) throw new Error(`the kill came after the apply had finished (${doneBeforeKill} of ${steps} steps done)\n${out}`);
    await new Promise((r) => setTimeout(r, 60)); // operations in flight finish on their own
    const outcome = await planFile({ file, clients, env: { CHAOS_IAP: SECRETS[model.secret]! } });
    if (!outcome.ok) throw new Error('invalid');
    const result = await applyPlan(outcome.plan, clients, { secret: secretResolver(dir, { CHAOS_IAP: SECRETS[model.secret]! }), retryBaseMs: 1 });
    if (result.failed || result.skipped) throw new Error(`re-run did not converge after a kill at ${k}: ${result.outcomes.filter((o) => o.status !== 'done').map((o) => `${o.step.id} ${o.error ?? o.because}`).join('; ')}`);
    const loaded = loadManifest(file);
    const desired = compile(loaded.manifest!).resources.map((r) => r.address).sort();
    const live = await readLive(clients, 'chaos-project');
    const owned = [...live.resources.values()].filter((r) => ownedByContract(r, 'chaos')).map((r) => r.address).sort();
    if (JSON.stringify(owned) !== JSON.stringify(desired)) throw new Error(`orphans or missing resources after a kill at ${k}:\nlive ${owned.join(', ')}\nwant ${desired.join(', ')}`);
  } finally {
    await em.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export const crashProperty = fc.asyncProperty(fc.integer({ min: 1, max: 14 }), lbArb, fc.integer({ min: 1, max: 1_000_000 }), crashHolds);

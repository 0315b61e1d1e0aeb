/**
 * Saved plans under attack (issue 15): random edits to a plan.json, then `lb-plan apply plan.json`
 * run as a process. Whatever the edit, no unowned resource changes; only an untouched plan applies.
 * Shared by the bounded run in `npm test` and `npm run chaos`.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { startEmulator } from '../../src/emulator/server.js';
import { computeClients, type ComputeClients } from '../../src/gcp/client.js';
import { readLive } from '../../src/gcp/read.js';
import type { Plan } from '../../src/plan/types.js';
import { ownedByContract } from '../helpers/ownership.js';

export const TAMPER_PROJECT = 'tamper-project';
export const MANIFEST_A = `apiVersion: lb-plan/v1
kind: LoadBalancer
metadata: { name: shop, project: ${TAMPER_PROJECT} }
frontend:
  address: { reserve: shop-ip }
backends:
  web:
    serverless: [ { region: us-central1, cloudRun: { service: web } } ]
`;
/** The change the saved plan carries: a second region, CDN on, and the address given up. */
export const MANIFEST_B = MANIFEST_A.replace("{ reserve: shop-ip }", '{ ephemeral: true }').replace(
  'serverless: [ { region: us-central1, cloudRun: { service: web } } ]',
  'serverless: [ { region: us-central1, cloudRun: { service: web } }, { region: europe-west1, cloudRun: { service: web } } ]\n    cdn: true',
);

/** Runs the bundled CLI as a process (asynchronously: the emulator answers in this process). */
export function runDist(args: readonly string[], cwd: string, env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [join(process.cwd(), 'dist/cli.cjs'), ...args], { cwd, env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...env }, timeout: 60_000 }, (err, stdout, stderr) => {
      resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

/** Someone else's resources in the project: never to be changed or deleted. */
async function seedUnowned(c: ComputeClients): Promise<void> {
  await c.v1.globalAddresses.insert({ project: TAMPER_PROJECT, requestBody: { name: 'prod-ip' } });
  // Labels alone that claim shop, under another load balancer's marker.
  await c.v1.globalAddresses.insert({ project: TAMPER_PROJECT, requestBody: { name: 'other-ip', description: '[managed by lb-plan: other]', labels: { 'managed-by': 'lb-plan', 'lb-plan-lb': 'shop' } } });
  await c.v1.regionNetworkEndpointGroups.insert({ project: TAMPER_PROJECT, region: 'us-central1', requestBody: { name: 'theirs-neg', networkEndpointType: 'SERVERLESS', cloudRun: { service: 'theirs' } } });
  await c.v1.globalAddresses.insert({ project: 'victim-project', requestBody: { name: 'victim-ip' } });
}

async function unowned(c: ComputeClients): Promise<string> {
  const out: string[] = [];
  for (const project of [TAMPER_PROJECT, 'victim-project']) {
    const live = await readLive(c, project, { baseMs: 1 });
    for (const r of live.resources.values()) if (project !== TAMPER_PROJECT || !ownedByContract(r, 'shop')) out.push(`${project} ${r.address} ${JSON.stringify(r.body)}`);
  }
  return out.sort().join('\n');
}

type Json = Record<string, unknown>;
/** One edit an attacker (or a bad merge) makes to a plan.json. */
export const editArb = fc.oneof(
  fc.record({ kind: fc.constant('deleteStep' as const), target: fc.constantFrom('globalAddress/prod-ip', 'globalAddress/other-ip', 'regionNetworkEndpointGroup/us-central1/theirs-neg') }),
  fc.record({ kind: fc.constant('retarget' as const), step: fc.nat(), name: fc.constantFrom('prod-ip', 'theirs-neg', 'other-ip') }),
  fc.record({ kind: fc.constant('editBody' as const), step: fc.nat(), value: fc.constantFrom('evil', 'prod-ip', '{"$secret":"env:PATH"}') }),
  fc.record({ kind: fc.constant('dropObserved' as const) }),
  fc.record({ kind: fc.constant('project' as const) }),
  fc.record({ kind: fc.constant('cycle' as const) }),
  fc.record({ kind: fc.constant('secretInDescription' as const), step: fc.nat() }),
);
export type Edit = ReturnType<typeof editArb.generate>['value'];

export function tamper(plan: Json, e: Edit): void {
  const steps = plan.steps as Json[];
  const pick = (n: number): Json => steps[n % steps.length]!;
  switch (e.kind) {
    case 'deleteStep': {
      const [kind, ...rest] = e.target.split('/');
      const scope = rest.length === 2 ? { type: 'region', region: rest[0] } : { type: 'global' };
      steps.push({ id: `delete:${e.target}`, address: e.target, kind, scope, name: rest.at(-1), api: 'v1', operation: { type: 'delete' }, summary: 'delete' });
      break;
    }
    case 'retarget': {
      const s = pick(e.step);
      s.name = e.name;
      s.address = `${String(s.address).split('/').slice(0, -1).join('/')}/${e.name}`;
      break;
    }
    case 'editBody': {
      const s = pick(e.step);
      const op = s.operation as Json;
      if (op.body) (op.body as Json).description = e.value.startsWith('{') ? JSON.parse(e.value) : e.value;
      else op.type = 'delete';
      break;
    }
    case 'dropObserved':
      plan.observed = [];
      break;
    case 'project':
      (plan.manifest as Json).project = 'victim-project';
      break;
    case 'cycle': {
      const edges = plan.edges as Json[];
      const first = edges[0];
      if (first) edges.push({ from: first.to, to: first.from, rule: 'evil' });
      else edges.push({ from: steps[0]!.id, to: steps[0]!.id, rule: 'evil' });
      break;
    }
    case 'secretInDescription': {
      const s = pick(e.step);
      const op = s.operation as Json;
      op.body = { ...((op.body as Json | undefined) ?? {}), description: { $secret: 'env:SECRET_TOKEN', sha256: 'a'.repeat(64) } };
      if (op.type === 'delete') op.type = 'patch';
      break;
    }
  }
}

/**
 * Applies manifest A, plans B into plan.json, edits the plan, applies it as a process: a tampered
 * plan is refused (exit 1), nothing unowned changes, no secret is printed.
 */
export async function tamperHolds(edits: readonly Edit[]): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'lb-plan-tamper-'));
  const em = await startEmulator({});
  const c = computeClients({ endpoint: em.endpoint });
  try {
    await seedUnowned(c);
    const at = ['--compute-endpoint', em.endpoint];
    writeFileSync(join(dir, 'lb.yaml'), MANIFEST_A);
    const first = await runDist(['apply', 'lb.yaml', ...at, '--auto-approve'], dir);
    if (first.code !== 0) throw new Error(`setup apply failed: ${first.stderr}`);
    writeFileSync(join(dir, 'lb.yaml'), MANIFEST_B);
    const planned = await runDist(['plan', 'lb.yaml', ...at, '--out', 'plan.json'], dir);
    if (planned.code !== 0) throw new Error(`plan failed: ${planned.stderr}`);
    const plan = JSON.parse(readFileSync(join(dir, 'plan.json'), 'utf8')) as Plan & Json;
    const original = JSON.stringify(plan);
    for (const e of edits) tamper(plan, e);
    writeFileSync(join(dir, 'plan.json'), JSON.stringify(plan));
    const before = await unowned(c);
    const mutationsBefore = em.log.filter((l) => l.method !== 'GET').length;
    const r = await runDist(['apply', 'plan.json', ...at], dir, { SECRET_TOKEN: 'tamper-secret-VALUE-9' });
    if (r.stdout.includes('tamper-secret-VALUE-9') || r.stderr.includes('tamper-secret-VALUE-9')) throw new Error('a secret was printed');
    if (/\n\s+at /.test(r.stderr)) throw new Error(`a stack trace: ${r.stderr}`);
    if (JSON.stringify(plan) !== original) {
      if (r.code !== 1) throw new Error(`a tampered plan was applied (exit ${r.code}):\n${r.stdout}${r.stderr}`);
      if (em.log.filter((l) => l.method !== 'GET').length !== mutationsBefore) throw new Error('a tampered plan sent a mutation');
    }
    const after = await unowned(c);
    if (after !== before) throw new Error(`an unowned resource changed:\n${before}\n---\n${after}`);
  } finally {
    await em.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export const tamperProperty = fc.asyncProperty(fc.array(editArb, { minLength: 1, maxLength: 3 }), tamperHolds);

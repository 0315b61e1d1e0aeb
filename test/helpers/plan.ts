import { mkdtempSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect } from 'vitest';
import { applyPlan, type ApplyResult } from '../../src/apply/execute.js';
import type { ComputeClients } from '../../src/gcp/client.js';
import { secretResolver } from '../../src/manifest/secrets.js';
import type { Plan } from '../../src/plan/index.js';
import { planFile, type PlanOutcome } from '../../src/workflow.js';

const root = mkdtempSync(join(tmpdir(), 'lb-plan-plan-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;

/** A fresh folder with a copy of examples/certs, for manifests that change between plans. */
export function workspace(): { dir: string; write: (text: string) => string } {
  const dir = join(root, `w${n++}`);
  cpSync('examples/certs', join(dir, 'certs'), { recursive: true });
  const file = join(dir, 'lb.yaml');
  return { dir, write: (text) => (writeFileSync(file, text), file) };
}

/** The smallest load balancer: one Cloud Run backend on a reserved address, no HTTPS. */
export const ONE_BACKEND = `apiVersion: lb-plan/v1
kind: LoadBalancer
metadata: { name: lb, project: my-project }
frontend:
  address: { reserve: lb-ip }
backends:
  hello:
    serverless: [ { region: us-central1, cloudRun: { service: hello } } ]
`;

export const ENV = { TLS_PRIVATE_KEY: '', IAP_CLIENT_SECRET: 'iap-secret-value-123' };

export async function plan(clients: ComputeClients, file: string, env: Record<string, string> = ENV, options: { waitForCertificates?: boolean } = {}): Promise<Plan> {
  const r: PlanOutcome = await planFile({ file, clients, env, ...options });
  if (!r.ok) throw new Error(r.diagnostics.map((d) => d.message).join('\n'));
  return r.plan;
}

export async function apply(clients: ComputeClients, p: Plan, dir: string, env: Record<string, string> = ENV): Promise<ApplyResult> {
  const result = await applyPlan(p, clients, { secret: secretResolver(dir, env), certificatePollMs: 20, retryBaseMs: 5 });
  expect(result.outcomes.filter((o) => o.status !== 'done').map((o) => `${o.step.id}: ${o.status} ${o.error ?? o.because}`)).toEqual([]);
  return result;
}

/** `action address` lines of a plan's non-trivial resource changes. */
export function actions(p: Plan): string[] {
  return p.resources.map((r) => `${r.action} ${r.address}`);
}

/** True when the plan orders `later` after `earlier` (directly or through other steps). */
export function ordered(p: Plan, later: string, earlier: string): boolean {
  const deps = new Map<string, string[]>();
  for (const e of p.edges) deps.set(e.from, [...(deps.get(e.from) ?? []), e.to]);
  const seen = new Set<string>();
  const visit = (id: string): boolean => {
    if (id === earlier) return true;
    if (seen.has(id)) return false;
    seen.add(id);
    return (deps.get(id) ?? []).some(visit);
  };
  return (deps.get(later) ?? []).some(visit);
}

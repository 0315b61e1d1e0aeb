/**
 * The baseline: Terraform's documented strategy with the google provider, run against the same
 * emulator with the same real client, on the same dependency graph lb-plan plans. Only the strategy
 * differs (each parameter and where it comes from is in bench/README.md):
 * - refresh: one GET per resource in state (the provider's Read), `-parallelism` 10 at a time;
 * - apply: 10 operations at a time (Terraform's default -parallelism);
 * - each operation is polled with GET on the operation (not `wait`) by the SDK's StateChangeConf:
 *   first check after `Delay`, then waits starting at `MinTimeout`, doubling up to 10 s;
 * - after a create or update, the provider reads the resource back (one more GET).
 */
import pLimit from 'p-limit';
import { contract } from '../src/contract/index.js';
import type { ComputeClients } from '../src/gcp/client.js';
import { KIND_INFO } from '../src/model/kinds.js';
import type { Plan, Step } from '../src/plan/types.js';

export interface TerraformParams {
  readonly parallelism: number;
  /** StateChangeConf.Delay before the first operation GET. */
  readonly delayMs: number;
  /** StateChangeConf.MinTimeout: the first wait between operation GETs; it doubles up to maxWaitMs. */
  readonly minTimeoutMs: number;
  readonly maxWaitMs: number;
}

type Method = (p: Record<string, unknown>) => Promise<{ data: Record<string, unknown> }>;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function call(clients: ComputeClients, s: Step, method: string): Method {
  const api = (s.api === 'beta' ? clients.beta : clients.v1) as unknown as Record<string, Record<string, Method>>;
  const collection = KIND_INFO[s.kind].collection;
  return api[collection]![method]!.bind(api[collection]);
}

function params(project: string, s: Step, method: string): Record<string, unknown> {
  const spec = contract.resources[KIND_INFO[s.kind].collection]![method]!;
  const out: Record<string, unknown> = { project };
  for (const p of spec.parameterOrder) if (p !== 'project') out[p] = p === 'region' && s.scope.type === 'region' ? s.scope.region : s.name;
  return out;
}

/** Polls an operation with GET as the SDK's StateChangeConf does. */
async function pollOperation(clients: ComputeClients, project: string, op: Record<string, unknown>, p: TerraformParams): Promise<void> {
  const region = typeof op.region === 'string' ? op.region.split('/').pop() : undefined;
  const ops = (clients.v1 as unknown as Record<string, Record<string, Method>>)[region ? 'regionOperations' : 'globalOperations']!;
  if (op.status === 'DONE') return; // OperationWait: "if OperationDone(w) { return nil }"
  await sleep(p.delayMs);
  let wait = p.minTimeoutMs;
  let current = op;
  for (;;) {
    current = (await ops.get!({ project, ...(region ? { region } : {}), operation: current.name })).data;
    if (current.status === 'DONE') return;
    await sleep(wait);
    wait = Math.min(p.maxWaitMs, wait * 2);
  }
}

/** `terraform plan`'s refresh: one GET per resource in state. */
export async function terraformRefresh(clients: ComputeClients, plan: Plan, inState: readonly Step[], p: TerraformParams): Promise<void> {
  const limit = pLimit(p.parallelism);
  await Promise.all(inState.map((s) => limit(() => call(clients, s, 'get')(params(plan.manifest.project, s, 'get')).catch(() => undefined))));
}

/** `terraform apply` of the same steps: the same DAG, 10 at a time, operations polled, resources read back. */
export async function terraformApply(clients: ComputeClients, plan: Plan, p: TerraformParams): Promise<void> {
  const limit = pLimit(p.parallelism);
  const project = plan.manifest.project;
  const deps = new Map(plan.steps.map((s) => [s.id, [] as string[]]));
  for (const e of plan.edges) deps.get(e.from)!.push(e.to);
  const running = new Map<string, Promise<void>>();
  const run = (s: Step): Promise<void> => {
    const existing = running.get(s.id);
    if (existing) return existing;
    const promise = (async () => {
      await Promise.all(deps.get(s.id)!.map((id) => run(plan.steps.find((x) => x.id === id)!)));
      await limit(async () => {
        const op = s.operation;
        let res: { data: Record<string, unknown> } | undefined;
        if (op.type === 'insert') res = await call(clients, s, 'insert')({ ...params(project, s, 'insert'), requestBody: op.body });
        else if (op.type === 'delete') res = await call(clients, s, 'delete')(params(project, s, 'delete'));
        else if (op.type === 'update' || op.type === 'patch') res = await call(clients, s, op.type)({ ...params(project, s, op.type), requestBody: { ...op.body, fingerprint: op.fingerprint } });
        else if (op.type === 'call') res = await call(clients, s, op.method)({ ...params(project, s, op.method), ...(op.query ?? {}), requestBody: op.body });
        if (res) await pollOperation(clients, project, res.data, p);
        if (op.type !== 'delete' && op.type !== 'waitCertificateActive') await call(clients, s, 'get')(params(project, s, 'get'));
      });
    })();
    running.set(s.id, promise);
    return promise;
  };
  await Promise.all(plan.steps.map(run));
}

/**
 * Apply: walks the plan's step DAG. A step starts the moment the steps it depends on are done; a
 * separate limiter bounds calls in flight. Operations are awaited with `operations.wait` in a loop.
 * Transient errors are retried with exponential backoff and jitter, bounded in time, under one
 * requestId per step so a retry never acts twice. A failed step is an outcome, not an exception:
 * its dependents are skipped and reported once. The engine emits events and never prints.
 */
import { randomUUID } from 'node:crypto';
import pLimit from 'p-limit';
import { contract } from '../contract/index.js';
import type { ComputeClients } from '../gcp/client.js';
import { computeError, describeError, WAIT_TIMEOUT_MS } from '../gcp/errors.js';
import { ownsBody } from '../model/names.js';
import { retrying, sleep } from '../gcp/retry.js';

export { isTransient } from '../gcp/retry.js';
import { KIND_INFO } from '../model/kinds.js';
import { sha256Hex } from '../model/hash.js';
import type { Plan, Step } from '../plan/types.js';
import { sortKeys } from '../plan/normalize.js';
import { stripRule } from '../plan/steps.js';
import type { ApplyEvent, ApplyResult, StepOutcome } from './events.js';
import { secretAllowedAt, SHA256_HEX, targetProblem } from './recheck.js';

export type { ApplyEvent, ApplyResult, StepOutcome } from './events.js';

export interface ApplyOptions {
  /** Steps in flight at once (default 10, as Terraform). */
  readonly parallelism?: number;
  /** The value of a secret reference (`env:NAME`, `file:PATH`), or undefined. */
  readonly secret: (ref: string) => string | undefined;
  /** Bound on retrying one step's transient errors (default 5 minutes). */
  readonly retryBudgetMs?: number;
  /** First backoff delay (default 500 ms), doubled each attempt up to 30 s, with full jitter. */
  readonly retryBaseMs?: number;
  /** Bound on waiting for a managed certificate to be ACTIVE (default 20 minutes). */
  readonly certificateTimeoutMs?: number;
  readonly certificatePollMs?: number;
  readonly signal?: AbortSignal;
  readonly random?: () => number;
}

class StepFailure extends Error {}

type Method = (params: Record<string, unknown>, options?: { timeout?: number }) => Promise<{ data: Record<string, unknown> }>;

export async function applyPlan(plan: Plan, clients: ComputeClients, options: ApplyOptions, emit: (e: ApplyEvent) => void = () => {}): Promise<ApplyResult> {
  const limit = pLimit(options.parallelism ?? 10);
  const random = options.random ?? Math.random;
  const project = plan.manifest.project;
  const deps = new Map<string, string[]>(plan.steps.map((s) => [s.id, []]));
  for (const e of plan.edges) deps.get(e.from)?.push(e.to);
  const outcomes = new Map<string, StepOutcome>();
  const running = new Map<string, Promise<StepOutcome>>();
  const started = Date.now();


  /** Secret placeholders → values: only at a secret field of the step's kind, only with a matching hash. */
  const resolveSecrets = (s: Step, value: unknown, path: readonly string[] = []): unknown => {
    if (Array.isArray(value)) return value.map((x, i) => resolveSecrets(s, x, [...path, String(i)]));
    if (value && typeof value === 'object') {
      const o = value as Record<string, unknown>;
      if ('$secret' in o) {
        if (!secretAllowedAt(s, path) || typeof o.$secret !== 'string') throw new StepFailure(`the plan holds a secret reference at ${path.join('.') || '(root)'}, which is not a secret field of ${s.kind}; refused`);
        if (typeof o.sha256 !== 'string' || !SHA256_HEX.test(o.sha256)) throw new StepFailure(`the secret reference ${o.$secret} has no SHA-256 to check it against; refused`);
        const v = options.secret(o.$secret);
        if (v === undefined) throw new StepFailure(`the secret ${o.$secret} is not available`);
        if (sha256Hex(v) !== o.sha256) throw new StepFailure(`the secret ${o.$secret} changed since the plan was made; plan again`);
        return v;
      }
      return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, resolveSecrets(s, x, [...path, k])]));
    }
    return value;
  };

  const api = (s: Step): Record<string, Record<string, Method>> => (s.api === 'beta' ? clients.beta : clients.v1) as unknown as Record<string, Record<string, Method>>;

  const params = (s: Step, method: string): Record<string, unknown> => {
    const collection = KIND_INFO[s.kind].collection;
    const spec = contract.resources[collection]?.[method];
    if (!spec) throw new StepFailure(`no ${collection}.${method} in the Compute API`);
    const out: Record<string, unknown> = { project };
    for (const p of spec.parameterOrder) {
      if (p === 'project') continue;
      out[p] = p === 'region' && s.scope.type === 'region' ? s.scope.region : s.name;
    }
    return out;
  };

  /** Waits for an operation to be DONE with `operations.wait`, looping (wait may return early). */
  const awaitOperation = async (s: Step, op: Record<string, unknown>): Promise<void> => {
    let current = op;
    while (current.status !== 'DONE') {
      if (options.signal?.aborted) throw new StepFailure('interrupted');
      const region = typeof current.region === 'string' ? current.region.split('/').pop() : undefined;
      const ops = (clients.v1 as unknown as Record<string, Record<string, Method>>)[region ? 'regionOperations' : 'globalOperations']!;
      current = (await withRetry(s, () => ops.wait!({ project, ...(region ? { region } : {}), operation: current.name }, { timeout: WAIT_TIMEOUT_MS }))).data;
    }
    const error = current.error as { errors?: { code?: string; message?: string }[] } | undefined;
    if (error?.errors?.length) {
      const first = error.errors[0]!;
      const err = new StepFailure(`${first.message ?? first.code} (${first.code ?? 'operation error'})`);
      (err as { code?: string }).code = first.code;
      throw err;
    }
  };

  const withRetry = <T>(s: Step, call: (attempt: number) => Promise<T>): Promise<T> =>
    retrying(call, {
      budgetMs: options.retryBudgetMs,
      baseMs: options.retryBaseMs,
      random,
      signal: options.signal,
      onRetry: (attempt, delayMs, e) => emit({ type: 'retry', step: s, attempt, delayMs, error: describeError(e) }),
    });

  /**
   * A mutation: one requestId across retries (where the method takes one: setLabels and the
   * security-policy rule methods do not, and are guarded by their fingerprints or are idempotent),
   * then the operation awaited.
   */
  const mutate = async (s: Step, method: string, extra: Record<string, unknown>): Promise<void> => {
    const collection = KIND_INFO[s.kind].collection;
    const takesRequestId = contract.resources[collection]?.[method]?.parameters.requestId !== undefined;
    const requestId = takesRequestId ? { requestId: randomUUID() } : {};
    const fn = api(s)[collection]?.[method];
    if (!fn) throw new StepFailure(`no ${collection}.${method} in the client`);
    let lost = false;
    let res: { data: Record<string, unknown> };
    try {
      res = await withRetry(s, async (attempt) => {
        lost ||= attempt > 1;
        return fn.call(api(s)[collection], { ...params(s, method), ...requestId, ...extra });
      });
    } catch (e) {
      // Without a requestId, a retry after a lost answer may find its own first attempt applied.
      if (!takesRequestId && lost && (await alreadyApplied(s, method, extra))) return;
      // An insert that finds the resource already there, owned by this load balancer, was made by an
      // earlier run that died before it could see the answer: it is done.
      if (method === 'insert' && computeError(e).status === 409 && (await ownInsertExists(s))) return;
      throw e;
    }
    await awaitOperation(s, res.data);
  };

  const ownInsertExists = async (s: Step): Promise<boolean> => {
    const collection = KIND_INFO[s.kind].collection;
    const current = await withRetry(s, () => api(s)[collection]!.get!.call(api(s)[collection], params(s, 'get'))).catch(() => undefined);
    return current?.data ? ownsBody(s.kind, current.data, plan.manifest.name) : false;
  };

  /** Whether a label or rule change is already in place (a first attempt whose answer was lost). */
  const alreadyApplied = async (s: Step, method: string, extra: Record<string, unknown>): Promise<boolean> => {
    const collection = KIND_INFO[s.kind].collection;
    const get = api(s)[collection]?.get;
    if (!get) return false;
    const current = (await withRetry(s, () => get.call(api(s)[collection], params(s, 'get')))).data;
    const body = (extra.requestBody ?? {}) as Record<string, unknown>;
    const rules = (current.rules as Record<string, unknown>[] | undefined) ?? [];
    const priority = Number((extra.priority as number | undefined) ?? body.priority);
    switch (method) {
      case 'setLabels':
        return JSON.stringify(sortKeys(current.labels ?? {})) === JSON.stringify(sortKeys(body.labels ?? {}));
      case 'addRule':
      case 'patchRule':
        return rules.some((r) => Number(r.priority) === priority && stripRule(r) === stripRule(body));
      case 'removeRule':
        return !rules.some((r) => Number(r.priority) === priority);
      default:
        return false;
    }
  };

  const waitActive = async (s: Step): Promise<void> => {
    const timeout = options.certificateTimeoutMs ?? 20 * 60_000;
    const poll = options.certificatePollMs ?? 10_000;
    const begin = Date.now();
    for (;;) {
      const cert = (await withRetry(s, () => api(s).sslCertificates!.get!({ project, sslCertificate: s.name }))).data;
      if (cert.type !== 'MANAGED') return;
      const status = (cert.managed as { status?: string } | undefined)?.status;
      if (status === 'ACTIVE') return;
      if (status === 'PROVISIONING_FAILED_PERMANENTLY') throw new StepFailure(`certificate ${s.name} failed permanently: ${JSON.stringify((cert.managed as { domainStatus?: unknown }).domainStatus)}`);
      if (Date.now() - begin > timeout) throw new StepFailure(`certificate ${s.name} is still ${status} after ${Math.round(timeout / 1000)} s; the old certificate stays attached. Point DNS at the load balancer, then apply again.`);
      emit({ type: 'waiting', step: s, message: `certificate ${s.name} is ${status}` });
      await sleep(poll, options.signal);
      if (options.signal?.aborted) throw new StepFailure('interrupted');
    }
  };

  /** Right before changing or deleting an existing resource: it is still the one the plan saw, and ours. */
  const recheck = async (s: Step): Promise<void> => {
    const collection = KIND_INFO[s.kind].collection;
    const current = await withRetry(s, () => api(s)[collection]!.get!.call(api(s)[collection], params(s, 'get'))).catch((e: unknown) => {
      if (computeError(e).status === 404) return undefined;
      throw e;
    });
    const problem = targetProblem(plan, s, current?.data);
    if (problem) throw new StepFailure(problem);
  };

  const execute = async (s: Step): Promise<void> => {
    const op = s.operation;
    if (op.type !== 'insert' && op.type !== 'waitCertificateActive') await recheck(s);
    switch (op.type) {
      case 'insert':
        return mutate(s, 'insert', { requestBody: resolveSecrets(s, op.body) });
      case 'delete':
        return mutate(s, 'delete', {});
      case 'update':
      case 'patch':
        return mutate(s, op.type, { requestBody: { ...(resolveSecrets(s, op.body) as object), ...(op.fingerprint ? { fingerprint: op.fingerprint } : {}) } });
      case 'call':
        return mutate(s, op.method, { ...(op.query ?? {}), requestBody: resolveSecrets(s, op.body) });
      case 'waitCertificateActive':
        return waitActive(s);
    }
  };

  const run = (s: Step): Promise<StepOutcome> => {
    const existing = running.get(s.id);
    if (existing) return existing;
    const p = (async (): Promise<StepOutcome> => {
      const before = await Promise.all((deps.get(s.id) ?? []).map((id) => run(plan.steps.find((x) => x.id === id)!)));
      const blocked = before.find((o) => o.status !== 'done');
      if (blocked) {
        const outcome: StepOutcome = { step: s, status: 'skipped', because: blocked.status === 'skipped' ? blocked.because! : blocked.step.id, ms: 0 };
        emit({ type: 'skipped', step: s, because: outcome.because! });
        return outcome;
      }
      // Waiting for a certificate holds no slot: it makes no calls worth limiting, and must not starve the steps it waits on.
      const slot = <T>(f: () => Promise<T>): Promise<T> => (s.operation.type === 'waitCertificateActive' ? f() : limit(f));
      return slot(async () => {
        if (options.signal?.aborted) return { step: s, status: 'skipped', because: 'interrupted', ms: 0 } as StepOutcome;
        const t0 = Date.now();
        emit({ type: 'start', step: s });
        try {
          await execute(s);
          const ms = Date.now() - t0;
          emit({ type: 'done', step: s, ms });
          return { step: s, status: 'done', ms } as StepOutcome;
        } catch (e) {
          const ms = Date.now() - t0;
          const message = e instanceof StepFailure ? e.message : describeError(e);
          emit({ type: 'failed', step: s, error: message, ms });
          return { step: s, status: 'failed', error: message, ms } as StepOutcome;
        }
      });
    })();
    running.set(s.id, p);
    p.then((o) => outcomes.set(s.id, o));
    return p;
  };

  const all = await Promise.all(plan.steps.map(run));
  const result: ApplyResult = {
    outcomes: all,
    done: all.filter((o) => o.status === 'done').length,
    failed: all.filter((o) => o.status === 'failed').length,
    skipped: all.filter((o) => o.status === 'skipped').length,
    ms: Date.now() - started,
  };
  emit({ type: 'finished', result });
  return result;
}

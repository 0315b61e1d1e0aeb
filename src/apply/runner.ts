/**
 * Carries out one step against Compute: re-checks the target, resolves secrets at their fields,
 * sends the mutation under one requestId per attempt, awaits the operation, and retries what is
 * worth retrying (transient HTTP errors within the same requestId; operation errors such as
 * RESOURCE_NOT_READY with a fresh one). Failures are `StepFailure`s with GCP's message.
 */
import { randomUUID } from 'node:crypto';
import { contract } from '../contract/index.js';
import type { ComputeClients } from '../gcp/client.js';
import { computeError, describeError, WAIT_TIMEOUT_MS } from '../gcp/errors.js';
import { retrying, sleep } from '../gcp/retry.js';
import { sha256Hex } from '../model/hash.js';
import { KIND_INFO } from '../model/kinds.js';
import { ownsBody } from '../model/names.js';
import { sameAsPlanned, sortKeys } from '../plan/normalize.js';
import { putBody } from '../plan/put-body.js';
import { stripRule } from '../plan/steps.js';
import type { Plan, Step } from '../plan/types.js';
import { certificateVerdict } from './certificate-states.js';
import type { ApplyEvent } from './events.js';
import { retryOperation } from './operation-retry.js';
import { secretAllowedAt, SHA256_HEX, targetProblem } from './recheck.js';

export class StepFailure extends Error {
  constructor(
    message: string,
    /** The operation's `error.errors[0].code`, when an operation failed. */
    readonly code?: string,
  ) {
    super(message);
  }
}

/** A step found already done (a concurrent run did it): nothing to send. */
class AlreadyDone extends Error {}

type Json = Record<string, unknown>;
type Method = (params: Json, options?: { timeout?: number }) => Promise<{ data: Json }>;

export interface RunnerOptions {
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

/**
 * The timeout of one operations.wait request: the wait holds up to 2 minutes (gcp-behaviour.md §2.3), so
 * never less than WAIT_TIMEOUT_MS, and the client's own request timeout (`--request-timeout`) when longer.
 */
export function waitTimeoutMs(clientTimeoutMs: number | undefined): number {
  return Math.max(WAIT_TIMEOUT_MS, clientTimeoutMs ?? 0);
}

/** A bound as a message states it: whole minutes as "N minutes", anything else in seconds ("N s", as a certificate wait says). */
function spoken(ms: number): string {
  return ms % 60_000 === 0 ? `${ms / 60_000} minutes` : `${Math.round(ms / 1000)} s`;
}

/**
 * What went wrong in a DONE operation, or undefined when it succeeded. GCP reports an operation's failure
 * in `error.errors[]` (gcp-behaviour.md §2.3); an `error` whose list is missing or empty is a failure all
 * the same, never a success: it is told with whatever the operation says (the error's own message, else
 * `httpErrorMessage` and `httpErrorStatusCode`, else `statusMessage`).
 */
function operationFailure(op: Json): { message: string; code?: string } | undefined {
  if (op.error === undefined || op.error === null) return undefined;
  const error = Object(op.error) as { errors?: unknown; message?: unknown };
  const first = (Array.isArray(error.errors) ? (error.errors as { code?: string; message?: string }[]) : [])[0];
  if (first) return { message: `${first.message ?? first.code} (${first.code ?? 'operation error'})`, code: first.code };
  const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v : undefined);
  const said = text(typeof op.error === 'string' ? op.error : error.message) ?? text(op.httpErrorMessage) ?? text(op.statusMessage) ?? 'GCP gave no message';
  const http = typeof op.httpErrorStatusCode === 'number' ? ` (HTTP ${op.httpErrorStatusCode})` : '';
  return { message: `operation ${String(op.name)} failed: ${said}${http}` };
}

export class StepRunner {
  private readonly project: string;

  constructor(
    private readonly plan: Plan,
    private readonly clients: ComputeClients,
    private readonly options: RunnerOptions,
    private readonly emit: (e: ApplyEvent) => void,
  ) {
    this.project = plan.manifest.project;
  }

  /** Runs one step to completion; throws StepFailure (or a Compute error) when it fails. */
  async run(s: Step): Promise<void> {
    const op = s.operation;
    if (op.type === 'waitCertificateActive') return this.waitActive(s);
    const current = op.type === 'insert' ? undefined : await this.recheck(s);
    if (current === 'gone') return;
    switch (op.type) {
      case 'insert':
        return this.mutate(s, 'insert', { requestBody: this.resolveSecrets(s, op.body) });
      case 'delete':
        return this.mutate(s, 'delete', {});
      case 'update': {
        // The PUT lays the manifest over what GCP holds right now (read by the recheck), so fields
        // lb-plan never sets are kept — and never copied into a saved plan.
        const body = putBody(s.kind, current ?? {}, this.resolveSecrets(s, op.body) as Json, s.api);
        return this.mutate(s, 'update', { requestBody: { ...body, ...(op.fingerprint ? { fingerprint: op.fingerprint } : {}) } });
      }
      case 'patch': {
        // The re-check's GET right before (ownership and id checked) gives the fingerprint when the plan could not know it.
        const fingerprint = op.currentFingerprint ? (current?.fingerprint as string | undefined) : op.fingerprint;
        return this.mutate(s, op.type, { requestBody: { ...(this.resolveSecrets(s, op.body) as object), ...(fingerprint ? { fingerprint } : {}) } });
      }
      case 'call':
        return this.mutate(s, op.method, { ...(op.query ?? {}), requestBody: this.resolveSecrets(s, op.body) });
    }
  }

  private api(s: Step): Record<string, Record<string, Method>> {
    return (s.api === 'beta' ? this.clients.beta : this.clients.v1) as unknown as Record<string, Record<string, Method>>;
  }

  private call(s: Step, method: string, extra: Json = {}, options?: { timeout?: number }): Promise<{ data: Json }> {
    const collection = KIND_INFO[s.kind].collection;
    const fn = this.api(s)[collection]?.[method];
    if (!fn) throw new StepFailure(`no ${collection}.${method} in the client`);
    return fn.call(this.api(s)[collection], { ...this.params(s, method), ...extra }, options);
  }

  private params(s: Step, method: string): Json {
    const collection = KIND_INFO[s.kind].collection;
    const spec = contract.resources[collection]?.[method];
    if (!spec) throw new StepFailure(`no ${collection}.${method} in the Compute API`);
    const out: Json = { project: this.project };
    for (const p of spec.parameterOrder) if (p !== 'project') out[p] = p === 'region' && s.scope.type === 'region' ? s.scope.region : s.name;
    return out;
  }

  private withRetry<T>(s: Step, call: (attempt: number) => Promise<T>): Promise<T> {
    return retrying(call, {
      budgetMs: this.options.retryBudgetMs,
      baseMs: this.options.retryBaseMs,
      random: this.options.random,
      signal: this.options.signal,
      onRetry: (attempt, delayMs, e) => this.emit({ type: 'retry', step: s, attempt, delayMs, error: describeError(e) }),
    });
  }

  /** The resource as GCP answers it now, or undefined when it does not exist. */
  private async current(s: Step): Promise<Json | undefined> {
    try {
      return (await this.withRetry(s, () => this.call(s, 'get'))).data;
    } catch (e) {
      if (computeError(e).status === 404) return undefined;
      throw e;
    }
  }

  /** Secret placeholders → values: only at a secret field of the step's kind, only with a matching hash. */
  private resolveSecrets(s: Step, value: unknown, path: readonly string[] = []): unknown {
    if (Array.isArray(value)) return value.map((x, i) => this.resolveSecrets(s, x, [...path, String(i)]));
    if (!value || typeof value !== 'object') return value;
    const o = value as Json;
    if (!('$secret' in o)) return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, this.resolveSecrets(s, x, [...path, k])]));
    if (!secretAllowedAt(s, path) || typeof o.$secret !== 'string') throw new StepFailure(`the plan holds a secret reference at ${path.join('.') || '(root)'}, which is not a secret field of ${s.kind}; refused`);
    if (typeof o.sha256 !== 'string' || !SHA256_HEX.test(o.sha256)) throw new StepFailure(`the secret reference ${o.$secret} has no SHA-256 to check it against; refused`);
    const v = this.options.secret(o.$secret);
    if (v === undefined) throw new StepFailure(`the secret ${o.$secret} is not available`);
    if (sha256Hex(v) !== o.sha256) throw new StepFailure(`the secret ${o.$secret} changed since the plan was made; plan again`);
    return v;
  }

  /**
   * Right before changing or deleting an existing resource: it is still the one the plan saw, and
   * ours. A delete whose target is already gone (a concurrent run deleted it) is done.
   */
  private async recheck(s: Step): Promise<Json | 'gone'> {
    const current = await this.current(s);
    if (!current && s.operation.type === 'delete') return 'gone';
    const problem = targetProblem(this.plan, s, current);
    if (problem || !current) throw new StepFailure(problem ?? `${s.address} no longer exists; plan again`);
    return current;
  }

  /** A mutation, tried again with a fresh requestId when its operation fails with a retryable error. */
  private async mutate(s: Step, method: string, extra: Json): Promise<void> {
    const base = this.options.retryBaseMs ?? 500;
    const begin = Date.now();
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.mutateOnce(s, method, extra);
      } catch (e) {
        if (e instanceof AlreadyDone) return;
        const code = e instanceof StepFailure ? e.code : undefined;
        // Another run deleted it first (its operation and ours raced): gone is what a delete wants.
        if (method === 'delete' && code === 'RESOURCE_NOT_FOUND') return;
        const delay = Math.round((this.options.random ?? Math.random)() * Math.min(30_000, base * 2 ** (attempt - 1)));
        if (!retryOperation(code, method, attempt) || Date.now() - begin + delay > (this.options.retryBudgetMs ?? 300_000) || this.options.signal?.aborted) throw e;
        this.emit({ type: 'retry', step: s, attempt, delayMs: delay, error: (e as Error).message });
        await sleep(delay, this.options.signal);
      }
    }
  }

  /**
   * One requestId across transient retries (where the method takes one: setLabels and the
   * security-policy rule methods do not, and are guarded by fingerprints or are idempotent), then
   * the operation awaited.
   */
  private async mutateOnce(s: Step, method: string, extra: Json): Promise<void> {
    const collection = KIND_INFO[s.kind].collection;
    const takesRequestId = contract.resources[collection]?.[method]?.parameters.requestId !== undefined;
    const requestId = takesRequestId ? { requestId: randomUUID() } : {};
    let lost = false;
    let res: { data: Json };
    try {
      res = await this.withRetry(s, async (attempt) => {
        lost ||= attempt > 1;
        return this.call(s, method, { ...requestId, ...extra });
      });
    } catch (e) {
      // Without a requestId, a retry after a lost answer may find its own first attempt applied.
      if (!takesRequestId && lost && (await this.alreadyApplied(s, method, extra))) throw new AlreadyDone();
      const status = computeError(e).status;
      if (method === 'insert' && status === 409) await this.insertConflict(s);
      if (method === 'delete' && status === 404) throw new AlreadyDone();
      throw e;
    }
    await this.awaitOperation(s, res.data);
  }

  /**
   * An insert met 409: another run (an earlier one that died, or one running now) made it. While that
   * run's operation is under way the name is taken but the resource not readable yet: read again with
   * backoff. Ours and the same → done; anything else is the error it is.
   */
  private async insertConflict(s: Step): Promise<never> {
    const deadline = Date.now() + Math.min(this.options.retryBudgetMs ?? 300_000, 120_000);
    for (let i = 0; ; i++) {
      const current = await this.current(s);
      if (current) {
        if (!ownsBody(s.kind, current, this.plan.manifest.name)) throw new StepFailure(`${s.address} was created by someone else meanwhile (409 alreadyExists, and it is not this load balancer's); lb-plan will not touch it`);
        const planned = this.plan.resources.find((r) => r.address === s.address)?.after;
        // Fields set by steps of their own (setSecurityPolicy) may still be on their way in the other run.
        const setBySetters = new Set<string>(this.plan.steps.filter((x) => x.address === s.address && x.operation.type === 'call').map((x) => (x.operation.type === 'call' && x.operation.method === 'setSecurityPolicy' ? 'securityPolicy' : '')));
        const after = planned ? Object.fromEntries(Object.entries(planned).filter(([k]) => !setBySetters.has(k))) : undefined;
        if (after && !sameAsPlanned(s.kind, current, after)) throw new StepFailure(`${s.address} was created meanwhile with different content (409 alreadyExists); plan again`);
        throw new AlreadyDone();
      }
      if (Date.now() > deadline) throw new StepFailure(`${s.address} exists by name (409 alreadyExists) but could not be read; plan again`);
      await sleep(Math.min(5000, (this.options.retryBaseMs ?? 500) * 2 ** i), this.options.signal);
    }
  }

  /** Whether a label or rule change is already in place (a first attempt whose answer was lost). */
  private async alreadyApplied(s: Step, method: string, extra: Json): Promise<boolean> {
    const current = await this.current(s);
    if (!current) return false;
    const body = (extra.requestBody ?? {}) as Json;
    const rules = (current.rules as Json[] | undefined) ?? [];
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
  }

  /** Waits for an operation to be DONE with `operations.wait`, looping (wait may return early). */
  private async awaitOperation(s: Step, op: Json): Promise<void> {
    let current = op;
    const ops = this.clients.v1 as unknown as Record<string, Record<string, Method>>;
    // wait holds up to 2 minutes, "or might return after zero seconds" (gcp-behaviour.md §2.3): an
    // early answer is followed by a short pause, so an overloaded server is not polled in a tight loop.
    const timeout = waitTimeoutMs(this.clients.timeoutMs);
    const boundMs = Math.max(this.options.retryBudgetMs ?? 300_000, 30 * 60_000);
    const deadline = Date.now() + boundMs;
    for (let early = 0; current.status !== 'DONE'; ) {
      if (this.options.signal?.aborted) throw new StepFailure('interrupted');
      if (Date.now() > deadline) throw new StepFailure(`operation ${String(current.name)} is still ${String(current.status)} after ${spoken(boundMs)}; it may still finish in GCP: plan again later`);
      if (early > 0) await sleep(Math.min(5000, 250 * early), this.options.signal);
      const region = typeof current.region === 'string' ? current.region.split('/').pop() : undefined;
      const waiter = ops[region ? 'regionOperations' : 'globalOperations']!;
      const params = { project: this.project, ...(region ? { region } : {}), operation: current.name };
      const asked = Date.now();
      current = (await this.withRetry(s, () => waiter.wait!.call(waiter, params, { timeout }))).data;
      early = Date.now() - asked < 1000 ? early + 1 : 0;
    }
    const failure = operationFailure(current);
    if (failure) throw new StepFailure(failure.message, failure.code);
  }

  /** Waits (bounded) until a managed certificate is ACTIVE; ends early, saying why, when provisioning failed. */
  private async waitActive(s: Step): Promise<void> {
    const timeout = this.options.certificateTimeoutMs ?? 20 * 60_000;
    const poll = this.options.certificatePollMs ?? 10_000;
    const begin = Date.now();
    for (;;) {
      const cert = (await this.withRetry(s, () => this.call(s, 'get'))).data;
      const verdict = certificateVerdict(s.name, cert, this.plan.dns);
      if (verdict.kind === 'active') return;
      if (verdict.kind === 'failed') throw new StepFailure(`${verdict.message}; the old certificate stays attached`);
      if (Date.now() - begin > timeout) throw new StepFailure(`certificate ${s.name} is still ${verdict.status} after ${Math.round(timeout / 1000)} s; the old certificate stays attached. ${verdict.advice ?? 'Point DNS at the load balancer, then apply again.'}`);
      this.emit({ type: 'waiting', step: s, message: verdict.message });
      await sleep(poll, this.options.signal);
      if (this.options.signal?.aborted) throw new StepFailure('interrupted');
    }
  }
}

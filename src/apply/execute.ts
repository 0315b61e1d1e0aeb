/**
 * Apply: walks the plan's step DAG. A step starts the moment the steps it depends on are done; a
 * separate limiter bounds calls in flight. Each step is carried out by the StepRunner (./runner.ts:
 * re-checks, requestIds, retries, operations). A failed step is an outcome, not an exception: its
 * dependents are skipped and reported once. The engine emits events and never prints.
 */
import pLimit from 'p-limit';
import type { ComputeClients } from '../gcp/client.js';
import { describeError } from '../gcp/errors.js';
import type { Plan, Step } from '../plan/types.js';
import type { ApplyEvent, ApplyResult, StepOutcome } from './events.js';
import { StepFailure, StepRunner, type RunnerOptions } from './runner.js';

export { isTransient } from '../gcp/retry.js';

export type { ApplyEvent, ApplyResult, StepOutcome } from './events.js';

/** How apply runs: the walk's own settings, and the StepRunner's (secrets, retries, certificate waits). */
export interface ApplyOptions extends RunnerOptions {
  /** Steps in flight at once (default 10, as Terraform). */
  readonly parallelism?: number;
  /** How often a step still under way says so (default 10 s). */
  readonly progressEveryMs?: number;
}

export async function applyPlan(plan: Plan, clients: ComputeClients, options: ApplyOptions, emit: (e: ApplyEvent) => void = () => {}): Promise<ApplyResult> {
  const limit = pLimit(options.parallelism ?? 10);
  const runner = new StepRunner(plan, clients, options, emit);
  // What each step waits for, as steps (a lookup by id per edge was quadratic: seconds at 10,000 steps).
  const byId = new Map(plan.steps.map((s) => [s.id, s]));
  const deps = new Map<string, Step[]>(plan.steps.map((s) => [s.id, []]));
  for (const e of plan.edges) {
    const to = byId.get(e.to);
    // A saved plan's edges are checked against the derived ones (plan/verify.ts): never a step it lacks.
    if (!to || !deps.has(e.from)) throw new Error(`the plan's edge ${e.from} → ${e.to} names a step the plan does not have`);
    deps.get(e.from)!.push(to);
  }
  const running = new Map<string, Promise<StepOutcome>>();
  const started = Date.now();

  const run = (s: Step): Promise<StepOutcome> => {
    const existing = running.get(s.id);
    if (existing) return existing;
    const p = (async (): Promise<StepOutcome> => {
      const before = await Promise.all((deps.get(s.id) ?? []).map(run));
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
        const ticker = setInterval(() => emit({ type: 'progress', step: s, elapsedMs: Date.now() - t0 }), options.progressEveryMs ?? 10_000);
        try {
          await runner.run(s);
          const ms = Date.now() - t0;
          emit({ type: 'done', step: s, ms });
          return { step: s, status: 'done', ms } as StepOutcome;
        } catch (e) {
          const ms = Date.now() - t0;
          const message = e instanceof StepFailure ? e.message : describeError(e);
          emit({ type: 'failed', step: s, error: message, ms });
          return { step: s, status: 'failed', error: message, ms } as StepOutcome;
        } finally {
          clearInterval(ticker);
        }
      });
    })();
    running.set(s.id, p);
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

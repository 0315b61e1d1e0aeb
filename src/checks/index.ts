/**
 * Checks of the serverless services behind a load balancer's NEGs (issue 13 §3): each Cloud Run
 * service (and Cloud Run function) exists in its NEG's region, lets the load balancer in and keeps
 * everyone else out, and has the tag the NEG names. The reads go through a RunReader (src/gcp/run.ts);
 * the rules are pure (./evaluate.ts). Findings are data for the plan; nothing here prints or decides
 * what to change. When the Cloud Run Admin API cannot answer at all (not enabled, no permission,
 * failing), the checks are skipped with one reason, never a finding per service.
 */
import type { CompiledLoadBalancer } from '../compile/types.js';
import type { Plan } from '../plan/types.js';
import { describeError } from '../gcp/errors.js';
import { EndlessPages } from '../gcp/pages.js';
import { CLOUD_RUN_REGIONS, RunUnavailable, type RunReader, type RunService } from '../gcp/run.js';
import { evaluate } from './evaluate.js';
import { serviceTargets, type MaskNeg } from './targets.js';
import type { ServiceChecks, ServiceFinding, ServiceTarget } from './types.js';

export type { ServiceChecks, ServiceFinding, ServiceTarget } from './types.js';
export { serviceTargets } from './targets.js';
export { evaluate } from './evaluate.js';

/** Cloud Run service names (RFC 1035, 1-63 characters): a function named otherwise is not a Cloud Run service. */
const RUN_NAME = /^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$/;

/** Requests in flight at once. */
const CONCURRENCY = 8;

/**
 * `f` over `items`, at most CONCURRENCY at once. After a failure no new item starts; the ones in
 * flight are waited for (no request outlives the checks), then the first failure is thrown.
 */
async function eachLimited<T, R>(items: readonly T[], f: (x: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array<R>(items.length);
  let next = 0;
  let failure: { error: unknown } | undefined;
  const worker = async (): Promise<void> => {
    while (next < items.length && !failure) {
      const i = next++;
      try {
        out[i] = await f(items[i]!);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, items.length) }, worker));
  if (failure) throw failure.error;
  return out;
}

/**
 * The checks are advisory: past this they are skipped with one note, so a Cloud Run Admin API that
 * never answers costs a plan seconds, not minutes (60 s a request, retried, then up to 40 region lists).
 */
export const CHECKS_DEADLINE_MS = 30_000;

/**
 * Checks the services `lb` sends requests to. `reader` is asked for only when there is something
 * to check (so a load balancer of App Engine backends loads no Cloud Run client and sends nothing);
 * its requests and retries stop when the signal it is given aborts, at `deadlineMs`.
 */
export async function checkServices(lb: CompiledLoadBalancer, reader: (deadline: AbortSignal) => Promise<RunReader>, deadlineMs = CHECKS_DEADLINE_MS): Promise<ServiceChecks> {
  // Never throws: a failure is a reason the checks were skipped.
  const { targets, untestedMasks } = serviceTargets(lb);
  const notes = untestedMasks.map(untested);
  const runnable = targets.filter((t) => t.platform === 'cloudRun' || RUN_NAME.test(t.service));
  const firstGen = targets.filter((t) => !runnable.includes(t)).map(notRunName);
  if (runnable.length === 0) return { status: 'checked', checked: 0, findings: [...firstGen, ...notes] };
  const deadline = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  // The requests honour the signal; the race bounds the checks even if one did not.
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => (deadline.abort(), reject(deadline.signal.reason)), deadlineMs);
  });
  try {
    const run = await Promise.race([reader(deadline.signal), late]);
    const found = await Promise.race([eachLimited(runnable, (t) => run.get(lb.project, t.region, t.service)), late]);
    const elsewhere = found.some((f) => !f) ? await Promise.race([regionsByName(run, lb.project, deadline.signal), late]) : new Map<string, string[]>();
    const findings = runnable.flatMap((t, i) => evaluate(t, found[i], elsewhere && (elsewhere.get(t.service) ?? []).filter((r) => r !== t.region)));
    return { status: 'checked', checked: runnable.length, findings: [...findings, ...firstGen, ...notes] };
  } catch (e) {
    const reason = deadline.signal.aborted
      ? `no answer from the Cloud Run Admin API within ${deadlineMs / 1000}s`
      : e instanceof RunUnavailable
        ? e.message
        : `reading Cloud Run services failed: ${describeError(e)}`;
    return { status: 'skipped', reason, checked: 0, findings: notes };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Every region's services of the project, by name; undefined when they cannot be listed (e.g. no
 * run.services.list). A listing that never ends is not "cannot be listed": the endpoint is broken or
 * hostile, and the checks are skipped with that reason.
 */
async function regionsByName(run: RunReader, project: string, deadline: AbortSignal): Promise<Map<string, string[]> | undefined> {
  try {
    const lists: (readonly RunService[])[] = await eachLimited(CLOUD_RUN_REGIONS, (r) => run.list(project, r));
    const out = new Map<string, string[]>();
    for (const s of lists.flat()) out.set(s.name, [...(out.get(s.name) ?? []), s.region].sort());
    return out;
  } catch (e) {
    if (e instanceof EndlessPages || deadline.aborted) throw e;
    return undefined;
  }
}

function untested(m: MaskNeg): ServiceFinding {
  return {
    severity: 'note',
    code: 'mask-untested',
    region: m.region,
    service: m.urlMask,
    negs: [m.neg],
    message: `NEG ${m.neg} in ${m.region} takes its ${m.platform === 'cloudRun' ? 'service' : 'function'} from the URL mask "${m.urlMask}", and no \`tests:\` URL reaches it: the services behind it were not checked. Add the URLs it serves under \`tests:\`.`,
  };
}

function notRunName(t: ServiceTarget): ServiceFinding {
  return { severity: 'note', code: 'function-not-run', region: t.region, service: t.service, negs: t.negs, message: `Cloud Functions function ${t.service} in ${t.region} (NEG ${t.negs.join(', ')}): its name cannot be a Cloud Run service's, so it is a 1st gen function, which is not checked.` };
}

/** The findings `--strict` fails on: warnings, and checks that could not run. */
export function strictProblems(c: ServiceChecks): string[] {
  const warnings = c.findings.filter((f) => f.severity === 'warning').map((f) => f.message);
  return c.status === 'skipped' ? [`the Cloud Run services were not checked: ${c.reason}`, ...warnings] : warnings;
}

/** One line for the plan's notes when the checks were skipped. */
export function skippedNote(c: ServiceChecks): string | undefined {
  return c.status === 'skipped' ? `Cloud Run services were not checked: ${c.reason}.` : undefined;
}

/** `plan` with the checks' outcome: their warnings among its warnings, the rest among its notes. */
export function withServiceChecks(plan: Plan, c: ServiceChecks): Plan {
  const skipped = skippedNote(c);
  const warnings = c.findings.filter((f) => f.severity === 'warning').map((f) => f.message);
  const notes = [...(skipped ? [skipped] : []), ...c.findings.filter((f) => f.severity === 'note').map((f) => f.message)];
  return { ...plan, warnings: [...plan.warnings, ...warnings], ...(notes.length || plan.notes ? { notes: [...(plan.notes ?? []), ...notes] } : {}), services: c };
}

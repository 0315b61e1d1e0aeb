/** Renderers of apply events and results: lines for people, JSON lines for machines. */
import type { ApplyEvent, ApplyResult } from './events.js';
import type { LbOutputs } from './outputs.js';
import type { Plan, Step } from '../plan/types.js';

function secs(ms: number): string {
  return ms < 1000 ? `${ms}ms` : `${(ms / 1000).toFixed(1)}s`;
}

/** `creating`, `updating`, `deleting`, `waiting`, or the method's name. */
function ongoing(step: Step): string {
  const op = step.operation;
  if (op.type === 'insert') return 'creating';
  if (op.type === 'delete') return 'deleting';
  if (op.type === 'waitCertificateActive') return 'waiting';
  if (op.type === 'call') return `running ${op.method}`;
  return 'updating';
}

export function eventLine(e: ApplyEvent): string | undefined {
  switch (e.type) {
    case 'start':
      return `${e.step.address}: ${e.step.summary}…`;
    case 'done':
      return `${e.step.address}: ${e.step.summary} done [${secs(e.ms)}]`;
    case 'failed':
      return `${e.step.address}: Failed to ${e.step.summary} ${e.step.address}: ${e.error}`;
    case 'skipped':
      return `${e.step.address}: ${e.step.summary} skipped (depends on ${e.because})`;
    case 'retry':
      return `${e.step.address}: retrying in ${secs(e.delayMs)} (attempt ${e.attempt}): ${e.error}`;
    case 'waiting':
      return `${e.step.address}: still waiting: ${e.message}`;
    case 'progress':
      return `${e.step.address}: still ${ongoing(e.step)}… [${Math.round(e.elapsedMs / 1000)}s elapsed]`;
    case 'finished':
      return undefined;
  }
}

/** A JSON line per event, with its time, without request bodies (which may reference secrets). */
export function eventJson(e: ApplyEvent, now: Date = new Date()): string {
  const time = now.toISOString();
  if (e.type === 'finished') {
    return JSON.stringify({ type: 'finished', time, done: e.result.done, failed: e.result.failed, skipped: e.result.skipped, ms: e.result.ms, actions: actionCounts(e.result) });
  }
  const { step, ...rest } = e;
  const { type, ...details } = rest;
  return JSON.stringify({ type, time, ...details, step: step.id, address: step.address, summary: step.summary });
}

/** The first JSON line of an apply: what it is about to do. */
export function planJson(plan: Plan, now: Date = new Date()): string {
  return JSON.stringify({ type: 'plan', time: now.toISOString(), loadBalancer: plan.manifest.name, project: plan.manifest.project, summary: plan.summary, steps: plan.steps.length, warnings: plan.warnings });
}

/** Steps done, by kind of action: create, update, delete, call (setters), wait. */
function actionCounts(result: ApplyResult): Record<string, number> {
  const out: Record<string, number> = {};
  for (const o of result.outcomes) {
    if (o.status !== 'done') continue;
    const op = o.step.operation.type;
    const action = op === 'insert' ? 'create' : op === 'patch' ? 'update' : op === 'waitCertificateActive' ? 'wait' : op;
    out[action] = (out[action] ?? 0) + 1;
  }
  return out;
}

/** The closing summary: `Apply complete`, `Apply failed`, `Apply interrupted` (or `Destroy …`). */
export function resultText(result: ApplyResult, outputs: LbOutputs | undefined, verb: 'Apply' | 'Destroy' = 'Apply'): string {
  const lines: string[] = [''];
  const failed = result.outcomes.filter((o) => o.status === 'failed');
  const skipped = result.outcomes.filter((o) => o.status === 'skipped');
  const interrupted = skipped.filter((o) => o.because === 'interrupted');
  // A step in flight when the signal came reports 'interrupted' as its error: its operation goes on in GCP.
  const state = interrupted.length || failed.some((o) => o.error === 'interrupted') ? 'interrupted' : failed.length ? 'failed' : 'complete';
  const again = verb === 'Apply' ? 'apply' : 'destroy';
  lines.push(`${verb} ${state}: ${result.done} done, ${failed.length} failed, ${skipped.length} skipped, in ${secs(result.ms)}.`);
  for (const f of failed) lines.push(`  Failed to ${f.step.summary} ${f.step.address}: ${f.error}`);
  const dependents = skipped.filter((o) => o.because !== 'interrupted');
  if (dependents.length) lines.push(`  Skipped because something they depend on failed: ${dependents.map((s) => s.step.address).join(', ')}`);
  if (interrupted.length) lines.push(`  Interrupted before: ${interrupted.map((s) => s.step.address).join(', ')}`);
  if (failed.length || interrupted.length) lines.push(`  Run ${again} again to converge: completed steps are not repeated.`);
  if (outputs) lines.push('', ...outputsText(outputs));
  return lines.join('\n') + '\n';
}

export function outputsText(o: LbOutputs): string[] {
  const lines: string[] = [];
  if (o.addresses.length) lines.push(`IP addresses: ${o.addresses.map((a) => `${a.ip} (${a.version})`).join(', ')}`);
  if (o.dns.length) {
    lines.push('DNS records to create:');
    for (const d of o.dns) lines.push(`  ${d.name.padEnd(30)} ${d.type.padEnd(4)} ${d.value}`);
  }
  for (const c of o.certificates) lines.push(`Certificate ${c.name} (${c.domains.join(', ')}): ${c.status}`);
  if (o.urls.length) lines.push(`Test it: ${o.urls.join('  ')}`);
  return lines;
}

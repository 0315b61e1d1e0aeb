/**
 * The status line at the top of the comment and the job summary: what the run did, with counts, in
 * one line a reader sees first — planned (with the plan's totals), applied, or failed (how many, why).
 */
import { countsText } from '../plan/render/common.js';
import type { FailureReason, ManifestResult } from './context.js';

const REFUSALS: ReadonlySet<FailureReason> = new Set(['plan-changed', 'no-approved-plan']);

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** `10 to add, 1 to change, 0 to destroy`, summed over the plans; `no changes` when all are empty. */
export function planTotals(results: readonly ManifestResult[]): string {
  const plans = results.flatMap((r) => (r.plan ? [r.plan] : []));
  if (plans.every((p) => p.steps.length === 0)) return 'no changes';
  // As each plan's own summary line says it: a replacement is one resource.
  return countsText(plans);
}

/** `2 failed (validation, api-error)`: how many failed and the distinct reasons. */
function failedPart(failed: readonly ManifestResult[], word: string): string {
  const reasons = [...new Set(failed.map((r) => r.failure!))];
  return `${failed.length} ${word} (${reasons.join(', ')})`;
}

/** The status of a plan run: `📋 **Planned** 2 manifests: …` or `❌ **Plan failed** for 1 of 2 manifests (validation) · 1 planned: …`. */
export function planStatus(results: readonly ManifestResult[]): string {
  const failed = results.filter((r) => r.failure);
  const planned = results.filter((r) => !r.failure && r.plan);
  const totals = planTotals(planned);
  if (failed.length === 0) return `📋 **Planned** ${plural(results.length, 'manifest')}: ${totals}.`;
  return `❌ **Plan failed** for ${failed.length} of ${plural(results.length, 'manifest')} (${[...new Set(failed.map((r) => r.failure!))].join(', ')})${planned.length ? ` · ${planned.length} planned: ${totals}` : ''}.`;
}

/**
 * The status of an apply run at commit `sha`: `✅ **Applied** at `abc1234`: 1 applied, 1 unchanged.`,
 * or `❌ **Apply failed** at …: 1 failed (apply-failed), 1 not applied (plan-changed), 1 held back.`
 */
export function applyStatus(results: readonly ManifestResult[], sha: string): string {
  const refused = results.filter((r) => r.failure && REFUSALS.has(r.failure));
  const failed = results.filter((r) => r.failure && !REFUSALS.has(r.failure));
  const applied = results.filter((r) => !r.failure && r.state === 'applied').length;
  const unchanged = results.filter((r) => !r.failure && r.state === 'unchanged').length;
  const held = results.filter((r) => !r.failure && r.state === 'held').length;
  const parts = [
    ...(applied ? [`${applied} applied`] : []),
    ...(unchanged ? [`${unchanged} unchanged`] : []),
    ...(failed.length ? [failedPart(failed, 'failed')] : []),
    ...(refused.length ? [failedPart(refused, 'not applied')] : []),
    ...(held ? [`${held} held back`] : []),
  ];
  const ok = failed.length + refused.length === 0;
  const head = ok ? '✅ **Applied**' : refused.length && !failed.length ? '⛔ **Not applied**' : '❌ **Apply failed**';
  return `${head} at \`${sha.slice(0, 7)}\`: ${parts.join(', ') || 'nothing to apply'}.`;
}

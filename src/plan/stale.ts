import type { LiveState } from '../gcp/read.js';
import { liveDigest, normalizeContext } from './normalize.js';
import type { Plan } from './types.js';

/**
 * Why a saved plan can no longer be applied as is: a resource it observed changed or vanished, or
 * one it would create appeared. Empty when the plan still describes the live state.
 */
export function staleness(plan: Plan, live: LiveState): string[] {
  const ctx = normalizeContext(live);
  const out: string[] = [];
  for (const o of plan.observed) {
    const l = live.resources.get(o.address);
    if (!l) out.push(`${o.address} no longer exists`);
    else if (liveDigest(l, ctx) !== o.digest) out.push(`${o.address} changed since the plan was made`);
  }
  const observed = new Set(plan.observed.map((o) => o.address));
  for (const s of plan.steps) {
    if (s.operation.type === 'insert' && live.resources.has(s.address) && !observed.has(s.address) && !plan.steps.some((x) => x.address === s.address && x.operation.type === 'delete')) {
      out.push(`${s.address} was created by someone else since the plan was made`);
    }
  }
  return [...new Set(out)];
}

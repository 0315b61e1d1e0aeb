import type { Plan } from '../types.js';
import { actionList } from './common.js';

/** The plan as JSON: the saved plan itself, with `actions` on each resource change. */
export function renderJson(plan: Plan): string {
  return JSON.stringify({ ...plan, resources: plan.resources.map((r) => ({ ...r, actions: actionList(r.action) })) }, null, 2) + '\n';
}

/**
 * A saved plan is a claim, not an instruction: apply makes the plan again from the manifest it
 * names and the live state now, and runs it only if it is the same plan (issue 15). A step the
 * manifest and the observed state do not produce, an edited body, another project, emptied
 * observations: each is a difference, and nothing runs.
 */
import { canonicalJson } from '../model/hash.js';
import type { Plan } from './types.js';

const text = (v: unknown): string => canonicalJson(v);

/** How `saved` differs from `derived` (the plan made again now); empty when it is the same plan. */
export function savedPlanDifferences(saved: Plan, derived: Plan): string[] {
  const out: string[] = [];
  if (saved.manifest.digest !== derived.manifest.digest) out.push(`the manifest or a file it names changed since the plan was made`);
  if (saved.manifest.name !== derived.manifest.name) out.push(`the plan is for load balancer "${saved.manifest.name}", the manifest declares "${derived.manifest.name}"`);
  if (saved.manifest.project !== derived.manifest.project) out.push(`the plan is for project ${saved.manifest.project}, the manifest (or --project) says ${derived.manifest.project} (if the plan was made with --project ${saved.manifest.project}, give apply the same)`);
  const byId = (p: Plan): Map<string, string> => new Map(p.steps.map((s) => [s.id, text(s)]));
  const want = byId(derived);
  const have = byId(saved);
  for (const [id, step] of have) {
    if (!want.has(id)) out.push(`step ${id} does not follow from the manifest and the live state`);
    else if (want.get(id) !== step) out.push(`step ${id} differs from what the manifest and the live state give`);
  }
  for (const id of want.keys()) if (!have.has(id)) out.push(`step ${id} is missing from the saved plan`);
  if (text(saved.edges) !== text(derived.edges)) out.push('the order of the steps (edges) differs from what the manifest and the live state give');
  if (text(saved.observed) !== text(derived.observed)) out.push('what the plan says it observed differs from the live state');
  return out;
}

/** Whether parsed JSON looks like a saved plan (and not, say, a manifest written as JSON). */
export function looksLikePlan(v: unknown): boolean {
  return typeof v === 'object' && v !== null && 'formatVersion' in v && 'steps' in v;
}

/** The shape a saved plan must have before anything reads it further. */
export function planShapeProblem(v: unknown, formatVersion: number): string | undefined {
  const p = v as Partial<Plan>;
  if (p.formatVersion !== formatVersion) return `it is not an lb-plan plan of format ${formatVersion}`;
  const m = p.manifest as Partial<Plan['manifest']> | undefined;
  if (!m || typeof m.file !== 'string' || typeof m.digest !== 'string' || typeof m.name !== 'string' || typeof m.project !== 'string') return 'its manifest section is incomplete';
  if (!Array.isArray(p.steps) || !Array.isArray(p.edges) || !Array.isArray(p.observed)) return 'its steps, edges or observed lists are missing';
  if (deeperThan(v, MAX_PLAN_DEPTH)) return `it nests deeper than ${MAX_PLAN_DEPTH} levels, which no plan lb-plan writes does`;
  return undefined;
}

/**
 * Deeper than any plan lb-plan writes (a step's body nests about ten levels): a hand-made plan nested thousands
 * of levels deep would otherwise overflow the stack of whatever first walks it (an internal error, not a refusal).
 */
const MAX_PLAN_DEPTH = 100;

/** Whether `v` nests objects or arrays deeper than `max` levels; without recursion. */
function deeperThan(v: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[v, 0]];
  while (stack.length > 0) {
    const [x, depth] = stack.pop()!;
    if (typeof x !== 'object' || x === null) continue;
    if (depth >= max) return true;
    for (const y of Array.isArray(x) ? x : Object.values(x)) stack.push([y, depth + 1]);
  }
  return false;
}

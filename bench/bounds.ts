/**
 * Lower bounds on an apply's time, from its plan: no scheduler can finish sooner.
 *
 * Each step that runs an operation costs at least one call and the operation: latency + max(operation,
 * latency) (the insert's answer, then `operations.wait`, which answers once the operation is done). Steps
 * that run no operation (waiting for a certificate to be ACTIVE) cost at least nothing.
 * - tight: max(critical path, steps ÷ parallelism) rounds;
 * - shape-aware: max over k of (k − 1 + ⌈N_k ÷ parallelism⌉), where N_k counts the steps with at least
 *   k − 1 operation steps depending on them in a chain: the last of those N_k steps cannot start before
 *   round ⌈N_k ÷ parallelism⌉ and its chain of k − 1 dependants follows it. k = 1 gives steps ÷ parallelism,
 *   the largest k gives the critical path; the others see the graph's shape (a URL map that waits for
 *   every backend service, then a proxy, then a forwarding rule).
 */
export interface BoundStep {
  readonly id: string;
  /** False for steps that run no operation. */
  readonly operation: boolean;
}

/** Rounds of the tight and the shape-aware bound; `edges` say `from` runs after `to`. */
export function boundRounds(steps: readonly BoundStep[], edges: readonly { from: string; to: string }[], parallelism: number): { tight: number; shape: number; criticalPath: number } {
  const dependants = new Map<string, string[]>(steps.map((s) => [s.id, []]));
  for (const e of edges) dependants.get(e.to)?.push(e.from);
  const weight = new Map(steps.map((s) => [s.id, s.operation ? 1 : 0]));
  // height: operation steps on the longest chain that starts here (this step included).
  const height = new Map<string, number>();
  const visit = (id: string): number => {
    const known = height.get(id);
    if (known !== undefined) return known;
    let h = 0;
    for (const d of dependants.get(id) ?? []) h = Math.max(h, visit(d));
    h += weight.get(id) ?? 0;
    height.set(id, h);
    return h;
  };
  for (const s of steps) visit(s.id);
  const ops = steps.filter((s) => s.operation);
  const criticalPath = Math.max(0, ...ops.map((s) => height.get(s.id)!));
  const tight = Math.max(criticalPath, Math.ceil(ops.length / parallelism));
  let shape = 0;
  for (let k = 1; k <= criticalPath; k++) {
    const n = ops.filter((s) => height.get(s.id)! >= k).length;
    shape = Math.max(shape, k - 1 + Math.ceil(n / parallelism));
  }
  return { tight, shape, criticalPath };
}

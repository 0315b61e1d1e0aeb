/**
 * A generic directed acyclic graph over string ids. It knows nothing of GCP: the compiler and
 * the planner give it nodes and "a depends on b" edges; it answers in dependency order.
 */
export class Dag {
  private readonly deps = new Map<string, Set<string>>();
  private readonly dependents = new Map<string, Set<string>>();

  addNode(id: string): this {
    if (!this.deps.has(id)) {
      this.deps.set(id, new Set());
      this.dependents.set(id, new Set());
    }
    return this;
  }

  /** `from` depends on `to`: `to` comes first in `waves()`. */
  addEdge(from: string, to: string): this {
    this.addNode(from).addNode(to);
    this.deps.get(from)!.add(to);
    this.dependents.get(to)!.add(from);
    return this;
  }

  get nodes(): string[] {
    return [...this.deps.keys()];
  }

  dependenciesOf(id: string): string[] {
    return [...(this.deps.get(id) ?? [])];
  }

  dependentsOf(id: string): string[] {
    return [...(this.dependents.get(id) ?? [])];
  }

  /**
   * Nodes grouped in waves: every node's dependencies are in earlier waves. Each wave is sorted,
   * so the result is deterministic. Throws CycleError when there is a cycle.
   */
  waves(): string[][] {
    // Indexed loops and forEach: a plan of 10,000 steps runs this without V8's optimizing compiler
    // (src/cli/bin.ts), where `for…of` allocates a result object per element.
    const remaining = new Map<string, number>();
    let ready: string[] = [];
    this.deps.forEach((d, id) => {
      remaining.set(id, d.size);
      if (d.size === 0) ready.push(id);
    });
    const out: string[][] = [];
    let placed = 0;
    while (ready.length > 0) {
      ready.sort();
      out.push(ready);
      placed += ready.length;
      const next: string[] = [];
      const release = (dep: string): void => {
        const n = remaining.get(dep)! - 1;
        remaining.set(dep, n);
        if (n === 0) next.push(dep);
      };
      for (let i = 0; i < ready.length; i++) this.dependents.get(ready[i]!)!.forEach(release);
      ready = next;
    }
    if (placed !== this.deps.size) throw new CycleError(this.findCycle());
    return out;
  }

  /** The reverse order, for deletes: dependents go before what they depend on. */
  reverseWaves(): string[][] {
    return this.waves().reverse();
  }

  /** One cycle, as a path that starts and ends at the same node; empty when there is none. */
  findCycle(): string[] {
    const state = new Map<string, 'open' | 'done'>();
    const stack: string[] = [];
    const visit = (id: string): string[] | undefined => {
      state.set(id, 'open');
      stack.push(id);
      for (const d of [...this.deps.get(id)!].sort()) {
        if (state.get(d) === 'open') return [...stack.slice(stack.indexOf(d)), d];
        if (!state.has(d)) {
          const c = visit(d);
          if (c) return c;
        }
      }
      stack.pop();
      state.set(id, 'done');
      return undefined;
    };
    for (const id of [...this.deps.keys()].sort()) {
      if (!state.has(id)) {
        const c = visit(id);
        if (c) return c;
      }
    }
    return [];
  }
}

export class CycleError extends Error {
  constructor(readonly cycle: readonly string[]) {
    super(`dependency cycle: ${cycle.join(' -> ')}`);
    this.name = 'CycleError';
  }
}

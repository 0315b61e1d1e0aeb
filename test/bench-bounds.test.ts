/** The benchmark's lower bounds on an apply (bench/bounds.ts), on graphs whose optimum is known. */
import { describe, expect, it } from 'vitest';
import { boundRounds } from '../bench/bounds.js';

const ops = (ids: string[]) => ids.map((id) => ({ id, operation: true }));

describe('apply lower bounds', () => {
  it('are steps ÷ parallelism for independent steps, and the chain for a chain', () => {
    expect(boundRounds(ops(['a', 'b', 'c', 'd', 'e']), [], 2)).toEqual({ tight: 3, shape: 3, criticalPath: 1 });
    expect(boundRounds(ops(['a', 'b', 'c']), [{ from: 'b', to: 'a' }, { from: 'c', to: 'b' }], 10)).toEqual({ tight: 3, shape: 3, criticalPath: 3 });
  });

  it('see a fan-in followed by a chain (the URL map after every backend service): 20 ÷ 10 rounds, then 3', () => {
    const backends = Array.from({ length: 20 }, (_, i) => `be${i}`);
    const edges = [...backends.map((b) => ({ from: 'map', to: b })), { from: 'proxy', to: 'map' }, { from: 'rule', to: 'proxy' }];
    const r = boundRounds(ops([...backends, 'map', 'proxy', 'rule']), edges, 10);
    // tight: max(4, ⌈23 ÷ 10⌉ = 3) = 4; the optimum is 2 rounds of backends + map + proxy + rule = 5.
    expect(r).toEqual({ tight: 4, shape: 5, criticalPath: 4 });
  });

  it('count steps that run no operation as free', () => {
    const r = boundRounds([...ops(['cert', 'proxy']), { id: 'wait', operation: false }], [{ from: 'wait', to: 'cert' }, { from: 'proxy', to: 'wait' }], 10);
    expect(r).toEqual({ tight: 2, shape: 2, criticalPath: 2 });
  });
});

import { describe, expect, it } from 'vitest';
import { CycleError, Dag } from '../src/graph/dag.js';

describe('Dag', () => {
  it('puts dependencies in earlier waves, each wave sorted', () => {
    const g = new Dag().addEdge('rule', 'proxy').addEdge('proxy', 'map').addEdge('proxy', 'cert').addEdge('map', 'backend').addEdge('backend', 'neg-b').addEdge('backend', 'neg-a').addNode('lonely');
    expect(g.waves()).toEqual([['cert', 'lonely', 'neg-a', 'neg-b'], ['backend'], ['map'], ['proxy'], ['rule']]);
    expect(g.reverseWaves()[0]).toEqual(['rule']);
    expect(g.dependenciesOf('proxy').sort()).toEqual(['cert', 'map']);
    expect(g.dependentsOf('backend')).toEqual(['map']);
  });

  it('reports a cycle as a path', () => {
    const g = new Dag().addEdge('a', 'b').addEdge('b', 'c').addEdge('c', 'a').addEdge('d', 'a');
    expect(() => g.waves()).toThrow(CycleError);
    expect(g.findCycle()).toEqual(['a', 'b', 'c', 'a']);
    try {
      g.waves();
    } catch (e) {
      expect((e as CycleError).message).toBe('dependency cycle: a -> b -> c -> a');
    }
  });

  it('an acyclic graph has no cycle; an empty graph has no waves', () => {
    expect(new Dag().addEdge('a', 'b').findCycle()).toEqual([]);
    expect(new Dag().waves()).toEqual([]);
  });

  it('orders every example without a cycle (compiled dependencies)', async () => {
    const { readdirSync } = await import('node:fs');
    const { loadManifest } = await import('../src/manifest/load.js');
    const { compile } = await import('../src/compile/index.js');
    for (const f of readdirSync('examples').filter((x) => x.endsWith('.yaml'))) {
      const loaded = loadManifest(`examples/${f}`);
      const lb = compile(loaded.manifest!, { files: loaded.files, secrets: new Map() });
      const g = new Dag();
      for (const r of lb.resources) {
        g.addNode(r.address);
        for (const d of r.dependsOn) g.addEdge(r.address, d);
      }
      const waves = g.waves();
      const position = new Map(waves.flatMap((w, i) => w.map((a) => [a, i] as const)));
      // NEG → backend service → URL map → proxy → forwarding rule.
      for (const r of lb.resources) for (const d of r.dependsOn) expect(position.get(d)!).toBeLessThan(position.get(r.address)!);
      expect(waves.at(-1)!.every((a) => a.startsWith('globalForwardingRule/'))).toBe(true);
    }
  });
});

/**
 * The README's sample outputs are what lb-plan prints now (issue 16, item 13): made again from the
 * examples against the emulator by scripts/readme-samples.ts and compared with README.md.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { currentSamples, makeSamples, normalize, SAMPLES, withSamples } from '../scripts/readme-samples.js';

describe("the README's samples", () => {
  it('are current (npm run readme:samples rewrites them)', async () => {
    const readme = readFileSync('README.md', 'utf8');
    const now = currentSamples(readme);
    expect([...now.keys()], 'samples with both markers in README.md').toEqual(SAMPLES.map((s) => s.name));
    const made = await makeSamples();
    for (const [name, block] of made) expect(now.get(name), `README.md sample "${name}" is stale: run npm run readme:samples`).toBe(block);
  }, 60_000);

  it('put a block between its markers and nowhere else, and name missing markers', () => {
    const readme = 'a\n<!-- sample: plan -->\nold\n<!-- /sample: plan -->\nb\n';
    expect(withSamples(readme, new Map([['plan', '```console\nnew\n```'], ['graph', 'x']]))).toEqual({ text: 'a\n<!-- sample: plan -->\n```console\nnew\n```\n<!-- /sample: plan -->\nb\n', missing: ['graph'] });
  });

  it('normalize what varies between runs: durations, and the order of parallel progress lines', () => {
    const a = 'Plan: 2 to add.\nurlMap/x: create…\nbackendService/y: create…\nbackendService/y: create done [12ms]\nurlMap/x: create done [40ms]\n\nApply complete: 2 done, 0 failed, 0 skipped, in 57ms.';
    const b = 'Plan: 2 to add.\nbackendService/y: create…\nurlMap/x: create…\nurlMap/x: still creating… [10s elapsed]\nurlMap/x: create done [11.2s]\nbackendService/y: create done [3ms]\n\nApply complete: 2 done, 0 failed, 0 skipped, in 1.5s.';
    expect(normalize(a)).toBe(normalize(b));
    expect(normalize(a)).toBe('Plan: 2 to add.\n… a line as each step starts and as it ends (steps of one wave in parallel, in any order) …\n\nApply complete: 2 done, 0 failed, 0 skipped, in ….');
  });
});

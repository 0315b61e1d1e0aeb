/**
 * Markdown's heading of an adoption and of a change without words (src/plan/render/markdown.ts), on
 * hand-built changes: the expected text is written out here.
 */
import { describe, expect, it } from 'vitest';
import type { Plan, ResourceChange } from '../../src/plan/index.js';
import { renderMarkdown } from '../../src/plan/render/markdown.js';

const change = (address: string, action: ResourceChange['action'], reason: string): ResourceChange => {
  const [kind, name] = address.split('/') as [ResourceChange['kind'], string];
  return { address, kind, scope: { type: 'global' }, name, action, reason, forcesReplacement: [], changes: [], downtime: false };
};

const PLAN: Plan = {
  formatVersion: 1,
  lbPlanVersion: '1.2.3',
  createdAt: '2026-01-01T00:00:00Z',
  manifest: { file: 'lb.yaml', digest: 'd', name: 'shop', project: 'my-project' },
  observed: [],
  resources: [change('globalAddress/shop-ip', 'adopt', 'listed in metadata.adopt'), change('urlMap/shop', 'update', 'differs')],
  steps: [],
  edges: [],
  summary: { add: 0, change: 2, destroy: 0, replace: 0, adopt: 1 },
  warnings: [],
  dns: [],
  certificates: [],
  readRequests: 1,
};

describe('markdown: an adoption and a change without words', () => {
  it('an adoption reads as one, with its reason; a change without a review shows no lines of its own', () => {
    expect(renderMarkdown(PLAN)).toBe(
      [
        '### lb-plan: `shop` in `my-project`',
        '',
        '**No changes. The load balancer matches the manifest.**',
        '',
        '#### Frontend',
        '',
        '**🟡 adopt** globalAddress/shop-ip · `globalAddress/shop-ip` — listed in metadata.adopt',
        '',
        '**🟡 update** urlMap/shop · `urlMap/shop` — differs',
        '',
        '<sub>lb-plan 1.2.3 · 0 steps · live state read in 1 request · manifest `lb.yaml`</sub>',
        '',
      ].join('\n'),
    );
  });
});

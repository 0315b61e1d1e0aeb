/**
 * The pull-request comment from the source (the process tests run the built dist/): plans of several
 * large manifests, made against the emulator, rendered into one comment that stays within GitHub's
 * 65,536 characters by leaving out whole blocks — and says so — never by cutting a value.
 */
import { describe, expect, it } from 'vitest';
import { generateManifest } from '../../bench/generate.js';
import { commentBody, GITHUB_COMMENT_LIMIT, sectionBudget } from '../../src/action/comment.js';
import { planTitle } from '../../src/action/sections.js';
import { topology } from '../../src/graph/topology.js';
import { renderMarkdown } from '../../src/plan/render/markdown.js';
import { planFile } from '../../src/workflow.js';
import { harness } from '../helpers/emulator.js';
import { workspace } from '../helpers/plan.js';

describe('plan sections in the comment (src)', () => {
  it('four large plans fit one comment; each section says what it left out; no value is cut', async () => {
    const h = await harness();
    const manifests: Record<string, string> = { 'lb/big.yaml': generateManifest(80, 8) };
    for (let i = 0; i < 3; i++) manifests[`lb/more-${i}.yaml`] = generateManifest(40, 6).replace('name: bench,', `name: bench${i},`).replace('bench-ip', `bench${i}-ip`);
    const files = Object.keys(manifests);
    const budget = sectionBudget(files);
    const sections = [];
    for (const [file, text] of Object.entries(manifests)) {
      const r = await planFile({ file: workspace().write(text), clients: h, env: {} });
      if (!r.ok) throw new Error(r.diagnostics.map((d) => d.message).join('\n'));
      const full = renderMarkdown(r.plan, { topology: topology(r.compiled), budget: 10_000_000, title: planTitle(file, r.plan.manifest.name, r.plan.manifest.project) });
      const body = renderMarkdown(r.plan, { topology: topology(r.compiled), budget, title: planTitle(file, r.plan.manifest.name, r.plan.manifest.project) });
      expect(body.length).toBeLessThanOrEqual(budget);
      expect(body).toMatch(/> Parts of this plan were left out to fit [\d,]+ characters: /);
      // Whole lines of the full plan only (the note aside): nothing shortened.
      const whole = new Set(full.split('\n'));
      expect(body.split('\n').filter((l) => !whole.has(l) && !l.startsWith('> [!NOTE]') && !l.startsWith('> Parts of this plan'))).toEqual([]);
      sections.push({ file, body });
    }
    const comment = commentBody({ sections, footer: '<sub>footer</sub>', status: '📋 **Planned** 4 manifests.' });
    expect(comment.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    expect(comment.match(/<!-- lb-plan:plan file=/g)).toHaveLength(4);
  });
});

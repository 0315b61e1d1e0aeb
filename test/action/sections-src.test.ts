/**
 * The comment's sections that are not plans (src/action/sections.ts), exactly: what each says, how
 * long values GCP echoes are cut, and where a budget cuts the lines (a section keeps 400 characters
 * for its heading and note; a line takes its length and a newline). Expected text written out here.
 */
import { describe, expect, it } from 'vitest';
import { appliedSection, CLOSED_UNMERGED, diagnosticsSection, errorSection, excerptQuoted, heldSection, noChangesSection, notAppliedSection, planTitle, unchangedSection } from '../../src/action/sections.js';
import type { Diagnostic } from '../../src/manifest/diagnostic.js';

const SHA = 'b'.repeat(40);

describe('excerptQuoted: values GCP echoes are held to 60 characters and "…", names and short values stay whole', () => {
  const v60 = 'v'.repeat(60);
  const v61 = 'v'.repeat(61);
  it("a value after \": '\" of 61 characters or more is cut; of 60, kept", () => {
    expect(excerptQuoted(`Invalid value for field 'x': '${v61}'`)).toBe(`Invalid value for field 'x': '${v60}…'`);
    expect(excerptQuoted(`Invalid value for field 'x': '${v60}'`)).toBe(`Invalid value for field 'x': '${v60}'`);
    expect(excerptQuoted(`The resource '${v61}' already exists`)).toBe(`The resource '${v61}' already exists`);
  });
  it('a JSON string of 61 characters or more is cut, escapes counted as one; of 60, kept', () => {
    expect(excerptQuoted(`body {"x":"${v61}"}`)).toBe(`body {"x":"${v60}…"}`);
    expect(excerptQuoted(`body {"x":"${v60}"}`)).toBe(`body {"x":"${v60}"}`);
    expect(excerptQuoted(`{"x":"${'\\"'.repeat(61)}"}`)).toBe(`{"x":"${'\\"'.repeat(30)}…"}`);
    expect(excerptQuoted(`{"x":"${'\\"'.repeat(60)}"}`)).toBe(`{"x":"${'\\"'.repeat(60)}"}`);
    expect(excerptQuoted(`a "${v61}\n${v61}" b`)).toBe(`a "${v61}\n${v61}" b`);
  });
  it('every long value in a message, not only the first', () => {
    expect(excerptQuoted(`: '${v61}' and : '${v61}'`)).toBe(`: '${v60}…' and : '${v60}…'`);
  });
});

const diag = (n: number, message = `error ${n}`): Diagnostic => ({ file: 'lb/web.yaml', line: n, column: 3, path: ['backends', 'web'], message, severity: 'error' }) as Diagnostic;

describe('diagnosticsSection', () => {
  it('each error at file:line:column with its YAML path; warnings left out', () => {
    const warning = { ...diag(9, 'only a warning'), severity: 'warning' } as Diagnostic;
    expect(diagnosticsSection('lb/web.yaml', [diag(1), warning, diag(2, 'a | b')], 'the manifest is not valid').body).toBe(
      '### ❌ `lb/web.yaml`: the manifest is not valid\n\n- `lb/web.yaml:1:3` error 1 (at `backends.web`)\n- `lb/web.yaml:2:3` a &#124; b (at `backends.web`)\n',
    );
  });
  it('a budget shows the lines that fit in it less 400, then how many more there are, in words', () => {
    const one = '- `lb/web.yaml:1:3` error 1 (at `backends.web`)'.length + 1; // 48 with its newline
    const lines = [diag(1), diag(2), diag(3)];
    // Room for exactly two lines of that length (each is the same length).
    const two = diagnosticsSection('f', lines, 't', 400 + 2 * one);
    expect(two.body.split('\n').filter((l) => l.startsWith('- '))).toHaveLength(2);
    expect(two.body).toContain("\n\n… and 1 more error (3 in all), left out to fit; each is in the run's log at its file and line, and `lb-plan validate` lists them all.\n");
    const oneShown = diagnosticsSection('f', lines, 't', 400 + 2 * one - 1);
    expect(oneShown.body.split('\n').filter((l) => l.startsWith('- '))).toHaveLength(1);
    expect(oneShown.body).toContain('… and 2 more errors (3 in all)');
    expect(diagnosticsSection('f', lines, 't', 400 + 3 * one).body).not.toContain('more error');
  });
  it('counts above a thousand are written with separators', () => {
    const many = Array.from({ length: 1500 }, (_, i) => diag(i + 1));
    expect(diagnosticsSection('f', many, 't', 400).body).toContain('… and 1,500 more errors (1,500 in all)');
  });
});

describe('errorSection', () => {
  it('the message preformatted with &, < and > as entities', () => {
    expect(errorSection('lb/web.yaml', 'could not plan', 'a < b > c & d').body).toBe('### ❌ `lb/web.yaml`: could not plan\n\n<pre>\na &lt; b &gt; c &amp; d\n</pre>\n');
  });
  it('at most (budget - 400) / 5 characters and "…", never fewer than 200 nor more than 4,000', () => {
    const pre = (budget?: number) => /<pre>\n([^]*)\n<\/pre>/.exec(errorSection('f', 't', 'x'.repeat(10_000), budget).body)![1]!;
    expect(pre(400 + 5 * 300)).toBe(`${'x'.repeat(300)}…`);
    expect(pre(400 + 5 * 300 + 4)).toBe(`${'x'.repeat(300)}…`);
    expect(pre(400 + 5 * 300 + 5)).toBe(`${'x'.repeat(301)}…`);
    expect(pre(500)).toBe(`${'x'.repeat(200)}…`);
    expect(pre()).toBe(`${'x'.repeat(4_000)}…`);
    expect(/<pre>\n([^]*)\n<\/pre>/.exec(errorSection('f', 't', 'x'.repeat(4_000)).body)![1]).toBe('x'.repeat(4_000));
  });
});

describe('the sections of an apply on merge', () => {
  it('not applied, held back, unchanged, no changes, the plan title, a closed pull request', () => {
    expect(notAppliedSection('lb/a.yaml', 'the plan differs', 'PLAN').body).toBe('### ⛔ `lb/a.yaml`: not applied — the plan differs\n\nThe plan now:\n\nPLAN');
    expect(heldSection('lb/a.yaml', ['lb/b.yaml', 'lb/c.yaml'], 'PLAN').body).toBe(
      "### ⏸️ `lb/a.yaml`: not applied — held back\n\nIts plan is as approved, but nothing is applied while another manifest's is not (`lb/b.yaml`, `lb/c.yaml`): the manifests of a pull request are applied together or not at all.\n\nThe plan:\n\nPLAN",
    );
    expect(unchangedSection('lb/a.yaml', 'applied <before>').body).toBe('### ✅ `lb/a.yaml`: applied &lt;before&gt;\n');
    expect(noChangesSection('lb/a.yaml')).toEqual({ file: 'lb/a.yaml', body: '### ✅ `lb/a.yaml`: no changes to apply\n' });
    expect(planTitle('lb/a.yaml', 'web', 'my-project')).toBe('### `lb/a.yaml` → `web` in `my-project`');
    expect(CLOSED_UNMERGED).toBe('🚫 **This pull request was closed without merging.** Its plans were withdrawn: nothing is approved, and nothing will be applied from it. Reopening it plans again.');
  });

  const outputs = {
    addresses: [{ ip: '34.1.2.3', version: 'IPv4' as const, ports: ['80'] }],
    dns: [{ name: 'www.example.com', type: 'A' as const, value: '34.1.2.3' }],
    certificates: [],
    urls: [],
  };

  it('applied: the commit, the counts, the IPs and the DNS records', () => {
    expect(appliedSection('lb/a.yaml', SHA, { done: 10, failed: [], skipped: 0 }, outputs).body).toBe(
      '### ✅ `lb/a.yaml`: applied at `bbbbbbb`\n\n10 done, 0 failed, 0 skipped.\n\n**IP addresses:** `34.1.2.3`\n\n| Name | Type | Value |\n| --- | --- | --- |\n| `www.example.com` | A | `34.1.2.3` |\n',
    );
    expect(appliedSection('lb/a.yaml', SHA, { done: 1, failed: [], skipped: 0 }, { ...outputs, addresses: [], dns: [] }).body).toBe('### ✅ `lb/a.yaml`: applied at `bbbbbbb`\n\n1 done, 0 failed, 0 skipped.\n\n**IP addresses:** none\n');
    expect(appliedSection('lb/a.yaml', SHA, { done: 1, failed: [], skipped: 0 }, undefined, 'A note.').body).toBe('### ✅ `lb/a.yaml`: applied at `bbbbbbb`\n\n1 done, 0 failed, 0 skipped.\n\nA note.\n');
  });

  it('several IP addresses are listed with commas', () => {
    const two = { ...outputs, addresses: [...outputs.addresses, { ip: '2600:1901::1', version: 'IPv6' as const, ports: ['443'] }], dns: [] };
    expect(appliedSection('lb/a.yaml', SHA, { done: 1, failed: [], skipped: 0 }, two).body).toContain('**IP addresses:** `34.1.2.3`, `2600:1901::1`\n');
  });

  it('a skipped step alone makes it "apply failed"; each failure with its step, address and GCP message', () => {
    expect(appliedSection('lb/a.yaml', SHA, { done: 1, failed: [], skipped: 2 }, undefined).body).toBe('### ❌ `lb/a.yaml`: apply failed at `bbbbbbb`\n\n1 done, 0 failed, 2 skipped.\n');
    expect(appliedSection('lb/a.yaml', SHA, { done: 0, failed: [{ summary: 'create', address: 'urlMap/web', error: `Invalid value: '${'v'.repeat(70)}'` }], skipped: 0 }, undefined).body).toBe(
      `### ❌ \`lb/a.yaml\`: apply failed at \`bbbbbbb\`\n\n0 done, 1 failed, 0 skipped.\n- Failed to create \`urlMap/web\`: Invalid value: '${'v'.repeat(60)}…'\n`,
    );
  });

  it("a failure's GCP message is held to 4,000 characters", () => {
    const body = appliedSection('f', SHA, { done: 0, failed: [{ summary: 'create', address: 'urlMap/web', error: 'x'.repeat(5_000) }], skipped: 0 }, undefined).body;
    expect(body).toContain(`- Failed to create \`urlMap/web\`: ${'x'.repeat(4_000)}\n`);
  });

  it('failures beyond the budget (less 400, the note and 200 per DNS record, address and two more) are counted, not shown', () => {
    const failed = Array.from({ length: 5 }, (_, i) => ({ summary: 'create', address: `urlMap/u${i}`, error: 'boom' }));
    const line = '- Failed to create `urlMap/u0`: boom'.length + 1;
    const shownWith = (budget: number, note = '', out?: typeof outputs) => appliedSection('f', SHA, { done: 0, failed, skipped: 0 }, out, note, budget).body.split('\n').filter((l) => l.startsWith('- Failed')).length;
    expect(shownWith(400 + 2 * line)).toBe(2);
    expect(shownWith(400 + 2 * line - 1)).toBe(1);
    expect(shownWith(400 + 2 * line + 5, 'x'.repeat(5))).toBe(2);
    expect(shownWith(400 + 2 * line + 4, 'x'.repeat(5))).toBe(1);
    expect(shownWith(400 + 2 * line + 800, '', outputs)).toBe(2); // 200 × (1 record + 1 address + 2)
    expect(shownWith(400 + 2 * line + 799, '', outputs)).toBe(1);
    expect(appliedSection('f', SHA, { done: 0, failed, skipped: 0 }, undefined, '', 400 + 2 * line).body).toContain('\n- … and 3 more failed steps (see the log).\n');
    expect(appliedSection('f', SHA, { done: 0, failed, skipped: 0 }, undefined).body).not.toContain('more failed steps');
  });
});

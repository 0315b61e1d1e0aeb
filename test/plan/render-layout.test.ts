/**
 * The layout of the pull request page (src/plan/render/markdown.ts) where it has more than one of a
 * thing — field diffs of several fields, several DNS records and certificates, a note before the first
 * part — and where it folds or fits: a description of exactly 1,200 characters, a budget met exactly once
 * one field diff is gone. Also the terminal's sign of an adoption and its dimmed "Compute fields" line.
 * The expected text is written out here in full, as a reviewer reads the page's source.
 */
import { describe, expect, it } from 'vitest';
import type { Plan, ResourceChange, Step } from '../../src/plan/index.js';
import { renderMarkdown } from '../../src/plan/render/markdown.js';
import { renderText } from '../../src/plan/render/text.js';

const GLOBAL = { type: 'global' } as const;

function change(address: string, action: ResourceChange['action'], extra: Partial<ResourceChange> = {}): ResourceChange {
  const [kind, name] = address.split('/') as [ResourceChange['kind'], string];
  return { address, kind, scope: GLOBAL, name, action, reason: 'differs from the manifest', forcesReplacement: [], changes: [], downtime: false, ...extra };
}

function step(id: string, summary: string): Step {
  const address = id.slice(id.indexOf(':') + 1);
  const [kind, name] = address.split('/') as [Step['kind'], string];
  return { id, address, kind, scope: GLOBAL, name, api: 'v1', operation: { type: 'delete' }, summary };
}

const LINK = 'https://www.googleapis.com/compute/v1/projects/my-project/global/backendServices';

const PLAN: Plan = {
  formatVersion: 1,
  lbPlanVersion: '1.2.3',
  createdAt: '2026-01-01T00:00:00Z',
  manifest: { file: 'lb.yaml', digest: 'd', name: 'shop', project: 'my-project' },
  observed: [],
  resources: [
    change('urlMap/shop', 'update', {
      review: { part: 'routing', subject: 'routing', lines: ['description: "blue - green" (was "blue")'], drift: [] },
      changes: [
        { path: 'description', kind: 'changed', before: 'blue', after: 'blue - green' },
        { path: 'labels.team', kind: 'added', after: 'web ~ api' },
        { path: 'defaultService', kind: 'changed', before: `${LINK}/shop-old-web-backend`, after: `${LINK}/shop-web` },
        { path: 'pathMatchers[0].defaultService', kind: 'changed', before: `${LINK}/shop-old-web-backend`, after: `${LINK}/shop-web` },
      ],
    }),
    change('backendService/shop-web', 'update', {
      review: { part: 'backends', subject: 'backends.web', lines: ['CDN: on (was off)'], drift: [] },
      changes: [{ path: 'enableCDN', kind: 'changed', before: false, after: true }],
    }),
    change('globalAddress/shop-ip', 'adopt', { reason: 'listed in metadata.adopt', review: { part: 'frontend', subject: 'frontend: IP address', lines: ['IP address: 203.0.113.7'], drift: [] } }),
  ],
  steps: [step('update:backendService/shop-web', 'update (PATCH)'), step('update:urlMap/shop', 'update (PUT)')],
  waves: [['update:backendService/shop-web'], ['update:urlMap/shop']],
  edges: [],
  summary: { add: 0, change: 3, destroy: 0, replace: 0, adopt: 1 },
  warnings: [],
  notes: ['the Cloud Run services were not checked'],
  dns: [
    { name: 'shop.example.com', type: 'A', value: '203.0.113.7' },
    { name: 'api.example.com', type: 'A', value: '203.0.113.7' },
  ],
  dnsWhy: 'the load balancer is new',
  certificates: [
    { name: 'shop-cert-1', domains: ['shop.example.com'], status: 'ACTIVE' },
    { name: 'shop-cert-2', domains: ['api.example.com'], status: 'PROVISIONING' },
  ],
  readRequests: 4,
};

const URL_MAP_DIFF = [
  '<details><summary>Compute field diff (live → manifest) of <code>urlMap/shop</code></summary>',
  '',
  '```diff',
  '! description: "blue" → "blue - green"',
  '+ labels.team = "web ~ api"',
  `! defaultService: "${LINK}/shop-old-web-backend" → "${LINK}/shop-web"`,
  `! pathMatchers[0].defaultService: "${LINK}/shop-old-web-backend" → "${LINK}/shop-web"`,
  '```',
  '',
  '</details>',
  '',
].join('\n');

const PAGE = [
  '### lb-plan: `shop` in `my-project`',
  '',
  '**Plan: 0 to add, 3 to change, 0 to destroy (1 adopted).**',
  '',
  '> [!NOTE]',
  '> - the Cloud Run services were not checked',
  '',
  '#### Frontend',
  '',
  '**🟡 adopt** frontend: IP address · `globalAddress/shop-ip` — listed in metadata.adopt',
  '',
  '- IP address: 203.0.113.7',
  '',
  '#### Backends',
  '',
  '**🟡 update** backends.web · `backendService/shop-web` — differs from the manifest',
  '',
  '- CDN: on (was off)',
  '',
  '<details><summary>Compute field diff (live → manifest) of <code>backendService/shop-web</code></summary>',
  '',
  '```diff',
  '! enableCDN: false → true',
  '```',
  '',
  '</details>',
  '',
  '#### Routing',
  '',
  '**🟡 update** routing · `urlMap/shop` — differs from the manifest',
  '',
  '- description: "blue - green" (was "blue")',
  '',
  URL_MAP_DIFF,
  '<details><summary>Order: 2 steps in 2 waves (the steps of one wave run in parallel)</summary>',
  '',
  '1. update (PATCH) backendService/shop-web',
  '2. update (PUT) urlMap/shop',
  '',
  '</details>',
  '',
  '#### DNS records to create',
  '',
  'the load balancer is new.',
  '',
  '| Name | Type | Value |',
  '| --- | --- | --- |',
  '| `shop.example.com` | A | `203.0.113.7` |',
  '| `api.example.com` | A | `203.0.113.7` |',
  '',
  '#### Managed certificates',
  '',
  '| Certificate | Domains | Status |',
  '| --- | --- | --- |',
  '| `shop-cert-1` | shop.example.com | ACTIVE |',
  '| `shop-cert-2` | api.example.com | PROVISIONING |',
  '',
  '<sub>lb-plan 1.2.3 · 2 steps · live state read in 4 requests · manifest `lb.yaml`</sub>',
  '',
].join('\n');

describe('markdown: the page where it has several of a thing', () => {
  it('the whole page: a note before the first part, several field changes a line each, a DNS record and a certificate a row each', () => {
    expect(renderMarkdown(PLAN)).toBe(PAGE);
  });

  it('a sign inside a line is left as it is (only a leading + or - is escaped); a `~ ` inside a value stays `~` (only the leading sign of a change becomes `!`)', () => {
    const md = renderMarkdown(PLAN);
    expect(md).toContain('\n- description: "blue - green" (was "blue")\n');
    expect(md).toContain('\n+ labels.team = "web ~ api"\n');
  });

  it('a description of exactly 1,200 characters stays unfolded; one more folds it', () => {
    const line = (n: number): Plan => ({ ...PLAN, resources: [change('urlMap/shop', 'update', { review: { part: 'routing', subject: 'routing', lines: ['x'.repeat(n)], drift: [] } })] });
    // "- " and 1,198 characters: the list is 1,200 characters long.
    const at = renderMarkdown(line(1_198));
    expect(at).toContain(`— differs from the manifest\n\n- ${'x'.repeat(1_198)}\n\n<details><summary>Order:`);
    expect(at).not.toContain('lines</summary>');
    expect(renderMarkdown(line(1_199))).toContain(`— differs from the manifest\n\n<details><summary>1 line</summary>\n\n- ${'x'.repeat(1_199)}\n\n</details>\n`);
  });
});

describe('markdown: a budget met exactly once one field diff is gone', () => {
  it('leaves out only the last field diff, keeps the other, and says one resource', () => {
    // The page less the last field diff (and the newline that joins it), with 400 characters kept for the note, is the budget.
    expect(URL_MAP_DIFF.length + 1).toBeGreaterThan(400);
    const budget = PAGE.length - (URL_MAP_DIFF.length + 1) + 400;
    const note = `\n> [!NOTE]\n> Parts of this plan were left out to fit ${budget.toLocaleString('en-US')} characters: the Compute field diffs of 1 resource. \`lb-plan plan\` (with \`--verbose\`) shows all of it.\n`;
    expect(renderMarkdown(PLAN, { budget })).toBe(PAGE.replace(`${URL_MAP_DIFF}\n`, '') + note);
  });
});

describe('text: an adoption and the field diff, in colour', () => {
  it('an adoption is marked ~ like an update', () => {
    expect(renderText(PLAN, { color: false })).toContain('\nFrontend\n    ~ frontend: IP address globalAddress/shop-ip — adopt: listed in metadata.adopt\n        IP address: 203.0.113.7\n\n');
  });

  it('the "Compute fields" line under --verbose is dimmed, like the address', () => {
    const out = renderText(PLAN, { color: true, verbose: true });
    expect(out).toContain('\u001b[2mbackendService/shop-web — update: differs from the manifest\u001b[0m\n        CDN: on (was off)\n\u001b[2m        Compute fields (live → manifest):\u001b[0m\n          ~ enableCDN: false → true\n');
  });
});

describe('markdown: a carriage return in a value never starts a line of the page', () => {
  // CommonMark (and GitHub) end a line at a lone CR as at LF: a value holding one could open a heading, a table row
  // or a list item of its own. A file name, an API answer (a certificate status, a warning) or a manifest value may.
  const hostile: Plan = {
    ...PLAN,
    manifest: { ...PLAN.manifest, file: 'lb\r#### Approved.yaml' },
    resources: [change('urlMap/shop', 'update', { reason: 'differs\r#### Approved', review: { part: 'routing', subject: 'routing\r#### Approved', lines: ['description: x\r#### Approved'], drift: [] } })],
    warnings: ['service web\r#### Approved'],
    notes: ['not checked\r- [x] approved'],
    dns: [{ name: 'shop.example.com\r| a | b |', type: 'A', value: '203.0.113.7' }],
    certificates: [{ name: 'shop-cert-1', domains: ['shop.example.com'], status: 'ACTIVE\r#### Approved' }],
  };

  it('each one reads as a space, on the line it belongs to', () => {
    const md = renderMarkdown(hostile);
    expect(md).not.toContain('\r');
    const lines = md.split('\n');
    expect(lines).toContain('> - service web #### Approved');
    expect(lines).toContain('> - not checked - &#91;x&#93; approved');
    expect(lines).toContain('**🟡 update** routing #### Approved · `urlMap/shop` — differs #### Approved');
    expect(lines).toContain('- description: x #### Approved');
    expect(lines).toContain('| <code>shop.example.com &#124; a &#124; b &#124;</code> | A | `203.0.113.7` |');
    expect(lines).toContain('| `shop-cert-1` | shop.example.com | ACTIVE #### Approved |');
    expect(lines.at(-2)).toBe('<sub>lb-plan 1.2.3 · 2 steps · live state read in 4 requests · manifest <code>lb #### Approved.yaml</code></sub>');
  });
});

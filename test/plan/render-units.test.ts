/**
 * What the renderers (src/plan/render/) print of a plan, on a hand-built plan: every change under
 * its part with its words and how it is done, a replacement counted once in the summary line, the
 * old half of a replacement never shown twice, drift under its heading, GCP's diff only when asked,
 * the order, warnings, DNS and certificates. The expected pages are written out here in full.
 */
import { describe, expect, it } from 'vitest';
import type { Topology } from '../../src/graph/topology.js';
import type { Plan, ResourceChange, Step } from '../../src/plan/index.js';
import { actionList, actionWords, byPart, changeLine, countsText, fenceLine, htmlText, mdCode, mdText, summaryLine, value, waveLines } from '../../src/plan/render/common.js';
import { renderJson } from '../../src/plan/render/json.js';
import { renderMarkdown } from '../../src/plan/render/markdown.js';
import { renderText } from '../../src/plan/render/text.js';

const GLOBAL = { type: 'global' } as const;

function change(address: string, action: ResourceChange['action'], extra: Partial<ResourceChange> = {}): ResourceChange {
  const [kind, name] = address.split('/') as [ResourceChange['kind'], string];
  return { address, kind, scope: GLOBAL, name, action, reason: `${action} because`, forcesReplacement: [], changes: [], downtime: false, ...extra };
}

function step(id: string, summary: string): Step {
  const address = id.slice(id.indexOf(':') + 1);
  const [kind, name] = address.split('/') as [Step['kind'], string];
  return { id, address, kind, scope: GLOBAL, name, api: 'v1', operation: { type: 'delete' }, summary };
}

/** Six changes a reader sees (and the hidden old half of a certificate replacement). */
const RESOURCES: ResourceChange[] = [
  change('backendService/shop-web', 'create', {
    review: { part: 'backends', subject: 'backends.web', lines: ['serves from: us-central1 (NEG shop-web-1a2b3c4d)', 'CDN: off'], drift: [] },
    changes: [{ path: 'enableCDN', kind: 'added', after: false }],
  }),
  change('regionNetworkEndpointGroup/shop-web-1a2b3c4d', 'create', { review: { part: 'backends', subject: 'backends.web', lines: ['serverless NEG → Cloud Run service web'], drift: [] } }),
  change('urlMap/shop', 'update', {
    reason: 'differs from the manifest',
    review: { part: 'routing', subject: 'routing', lines: ['+ /api/* → api'], drift: ['- /img/* (was → img)'] },
    changes: [{ path: 'pathMatchers[0].pathRules[0].service', kind: 'changed', before: 'a', after: 'b' }],
  }),
  change('sslCertificate/shop-cert-2b2b2b2b', 'replace', {
    replaces: 'sslCertificate/shop-cert-e9e9e9e9',
    review: { part: 'certificates', subject: 'certificate shop-cert', lines: ['+ b.example.com'], drift: [], how: 'replaced; the old one (shop-cert-e9e9e9e9) is kept until the new one is ACTIVE' },
  }),
  change('sslCertificate/shop-cert-e9e9e9e9', 'delete', { replacedBy: 'sslCertificate/shop-cert-2b2b2b2b', review: { part: 'certificates', subject: 'certificate shop-cert', lines: [], drift: [], how: 'replaced by shop-cert-2b2b2b2b' } }),
  change('globalForwardingRule/shop-https', 'replace', {
    forcesReplacement: ['IPAddress'],
    downtime: true,
    review: { part: 'frontend', subject: 'frontend: HTTPS forwarding rule', lines: ['IPAddress: "(address shop-ip)" (was "203.0.113.1")'], drift: [], how: 'deleted and recreated (IPAddress cannot change in place): traffic stops meanwhile' },
    changes: [{ path: 'IPAddress', kind: 'changed', before: '203.0.113.1', after: '(address shop-ip)' }],
  }),
  change('globalForwardingRule/shop-http', 'delete', {
    reason: 'no longer in the manifest',
    review: { part: 'frontend', subject: 'frontend: HTTP forwarding rule', lines: ['HTTP on port 80 → proxy shop-http-proxy'], drift: [] },
    changes: [{ path: 'portRange', kind: 'removed', before: '80-80' }],
  }),
];

const STEPS: Step[] = [
  step('create:regionNetworkEndpointGroup/shop-web-1a2b3c4d', 'create'),
  step('create:sslCertificate/shop-cert-2b2b2b2b', 'create'),
  step('create:backendService/shop-web', 'create'),
  step('update:urlMap/shop', 'update (PUT)'),
  step('delete:globalForwardingRule/shop-http', 'delete'),
];

const PLAN: Plan = {
  formatVersion: 1,
  lbPlanVersion: '1.2.3',
  createdAt: '2026-01-01T00:00:00Z',
  manifest: { file: 'lb.yaml', digest: 'd', name: 'shop', project: 'my-project' },
  observed: [],
  resources: RESOURCES,
  steps: STEPS,
  edges: [],
  // 2 creates, 1 update, 2 replacements (each an add and a destroy), 2 deletes of which one is a replacement's old half.
  summary: { add: 4, change: 1, destroy: 3, replace: 2, adopt: 0 },
  warnings: ['Cloud Run service api allows no ingress'],
  notes: ['the services were not checked'],
  dns: [{ name: 'shop.example.com', type: 'A', value: '203.0.113.7' }],
  certificates: [{ name: 'shop-cert-2b2b2b2b', domains: ['a.example.com', 'b.example.com'], status: 'PROVISIONING' }],
  waves: [['create:regionNetworkEndpointGroup/shop-web-1a2b3c4d', 'create:sslCertificate/shop-cert-2b2b2b2b'], ['create:backendService/shop-web', 'no-such-step'], ['update:urlMap/shop', 'delete:globalForwardingRule/shop-http']],
  dnsWhy: 'the load balancer gets a new IP address',
  readRequests: 9,
};

const SUMMARY = 'Plan: 2 to add, 1 to change, 2 to replace, 1 to destroy.';

const TEXT = `lb-plan: shop in project my-project (live state read in 9 requests)

${SUMMARY}

Frontend
    - frontend: HTTP forwarding rule globalForwardingRule/shop-http — delete: no longer in the manifest
        HTTP on port 80 → proxy shop-http-proxy
  -/+ frontend: HTTPS forwarding rule globalForwardingRule/shop-https — replace: deleted and recreated (IPAddress cannot change in place): traffic stops meanwhile
        IPAddress: "(address shop-ip)" (was "203.0.113.1")

Certificates
  -/+ certificate shop-cert sslCertificate/shop-cert-2b2b2b2b — replace: replaced; the old one (shop-cert-e9e9e9e9) is kept until the new one is ACTIVE
        + b.example.com

Backends
    + backends.web backendService/shop-web — create
        serves from: us-central1 (NEG shop-web-1a2b3c4d)
        CDN: off
    + backends.web regionNetworkEndpointGroup/shop-web-1a2b3c4d — create
        serverless NEG → Cloud Run service web

Routing
    ~ routing urlMap/shop — update: differs from the manifest
        + /api/* → api
        changed outside lb-plan since the last apply, will be restored:
          - /img/* (was → img)

GCP field changes: run with --verbose.

Order (the steps under one number run in parallel):
   1. create regionNetworkEndpointGroup/shop-web-1a2b3c4d
      create sslCertificate/shop-cert-2b2b2b2b
   2. create backendService/shop-web
   3. update (PUT) urlMap/shop
      delete globalForwardingRule/shop-http

Warning: Cloud Run service api allows no ingress
Note: the services were not checked

DNS records to create (the load balancer gets a new IP address):
  shop.example.com               A    203.0.113.7

Certificate shop-cert-2b2b2b2b (a.example.com, b.example.com): PROVISIONING

${SUMMARY}
`;

describe('common: the words every rendering shares', () => {
  it('the summary line counts a replacement once; no steps is no change; adopted resources are named', () => {
    expect(summaryLine(PLAN)).toBe(SUMMARY);
    expect(summaryLine({ ...PLAN, steps: [] })).toBe('No changes. The load balancer matches the manifest.');
    expect(summaryLine({ ...PLAN, summary: { add: 0, change: 2, destroy: 0, replace: 0, adopt: 1 } })).toBe('Plan: 0 to add, 2 to change, 0 to destroy (1 adopted).');
    expect(countsText([{ summary: { add: 1, change: 0, destroy: 1, replace: 1, adopt: 0 } }, { summary: { add: 2, change: 3, destroy: 0, replace: 0, adopt: 0 } }])).toBe('2 to add, 3 to change, 1 to replace, 0 to destroy');
    // A count below zero (an inconsistent summary) counts as none, never subtracts from another plan's.
    expect(countsText([{ summary: { add: 0, change: -1, destroy: 0, replace: 1, adopt: 0 } }, { summary: { add: 1, change: 1, destroy: 1, replace: 0, adopt: 0 } }])).toBe('1 to add, 1 to change, 1 to replace, 1 to destroy');
  });

  it("actions as Terraform's JSON lists them; a value whole as JSON; a field change with its sign", () => {
    expect([actionList('replace'), actionList('adopt'), actionList('create'), actionList('delete')]).toEqual([['create', 'delete'], ['update'], ['create'], ['delete']]);
    expect([actionWords(change('urlMap/a', 'adopt')), actionWords(change('urlMap/a', 'update'))]).toEqual(['adopt', 'update']);
    expect([value(undefined), value('x'), value({ a: [1] })]).toEqual(['null', '"x"', '{"a":[1]}']);
    expect(changeLine({ path: 'a.b', kind: 'added', after: 1 })).toBe('+ a.b = 1');
    expect(changeLine({ path: 'a.b', kind: 'removed', before: 'x' })).toBe('- a.b = "x"');
    expect(changeLine({ path: 'a.b', kind: 'changed', before: 1, after: 2 })).toBe('~ a.b: 1 → 2');
  });

  it('byPart: parts in order frontend, certificates, backends, routing; by subject then address; the old half of a replacement left out', () => {
    expect(byPart(PLAN).map((g) => [g.part, g.changes.map((c) => c.address)])).toEqual([
      ['frontend', ['globalForwardingRule/shop-http', 'globalForwardingRule/shop-https']],
      ['certificates', ['sslCertificate/shop-cert-2b2b2b2b']],
      ['backends', ['backendService/shop-web', 'regionNetworkEndpointGroup/shop-web-1a2b3c4d']],
      ['routing', ['urlMap/shop']],
    ]);
    const reversed = byPart({ ...PLAN, resources: [...RESOURCES].reverse() });
    expect(reversed.map((g) => g.changes.map((c) => c.address))).toEqual(byPart(PLAN).map((g) => g.changes.map((c) => c.address)));
    // Without a review, a change is shown under the frontend by its address.
    expect(byPart({ ...PLAN, resources: [change('urlMap/b', 'update'), change('urlMap/a', 'update')] })).toEqual([{ part: 'frontend', changes: [change('urlMap/a', 'update'), change('urlMap/b', 'update')] }]);
  });

  it('waveLines: the steps of each wave; a plan without waves has one wave per step; an unknown id is skipped', () => {
    expect(waveLines(PLAN)).toEqual([
      ['create regionNetworkEndpointGroup/shop-web-1a2b3c4d', 'create sslCertificate/shop-cert-2b2b2b2b'],
      ['create backendService/shop-web'],
      ['update (PUT) urlMap/shop', 'delete globalForwardingRule/shop-http'],
    ]);
    const { waves: _, ...unwaved } = PLAN;
    expect(waveLines(unwaved as Plan)).toEqual(STEPS.map((s) => [`${s.summary} ${s.address}`]));
  });

  it('Markdown escapes: no tag, comment, code span, cell break, link, emphasis or live URL', () => {
    expect(mdText('<!-- x --> a|b `c` [l](u) *e* _u_ ~s~ \\ &')).toBe('&lt;!-- x --&gt; a&#124;b &#96;c&#96; &#91;l&#93;(u) &#42;e&#42; &#95;u&#95; &#126;s&#126; &#92; &amp;');
    expect(mdText('see https://evil.example and WWW.evil.example or www.x')).toBe('see https&#58;//evil.example and WWW&#46;evil.example or www&#46;x');
    expect(mdText('a\nb\r\nc')).toBe('a b c');
    expect(mdText('awww.x')).toBe('awww.x');
    expect(htmlText('<b>https://x</b>\n*')).toBe('&lt;b&gt;https://x&lt;/b&gt; &#42;');
    expect(mdCode('shop-web')).toBe('`shop-web`');
    expect(mdCode('a*b_c')).toBe('`a*b_c`');
    expect(mdCode('')).toBe('<code></code>');
    expect(mdCode('a`b')).toBe('<code>a&#96;b</code>');
    expect(mdCode(' a')).toBe('<code> a</code>');
    expect(mdCode('a ')).toBe('<code>a </code>');
    expect(mdCode('a|b')).toBe('<code>a&#124;b</code>');
    expect(mdCode('a<b')).toBe('<code>a&lt;b</code>');
    expect(mdCode('a&b')).toBe('<code>a&amp;b</code>');
    expect(mdCode('a\\b')).toBe('<code>a&#92;b</code>');
    expect(mdCode('a\nb')).toBe('<code>a b</code>');
    expect(fenceLine('"<!-- x <!y"')).toBe('"\\u003c!-- x \\u003c!y"');
  });
});

describe('text: the terminal rendering', () => {
  it('the whole page, written out: summary first and last, parts, words, how, drift, order, warnings, DNS, certificates', () => {
    expect(renderText(PLAN, { color: false })).toBe(TEXT);
  });

  it("--verbose adds GCP's field diff beneath each change but a delete's, and drops the hint", () => {
    const verbose = renderText(PLAN, { color: false, verbose: true });
    expect(verbose).not.toContain('GCP field changes: run with --verbose.');
    expect(verbose).toContain('        serverless NEG → Cloud Run service web\n');
    expect(verbose).toContain('        CDN: off\n        Compute fields:\n          + enableCDN = false\n');
    expect(verbose).toContain('        IPAddress: "(address shop-ip)" (was "203.0.113.1")\n        Compute fields (live → manifest):\n          ~ IPAddress: "203.0.113.1" → "(address shop-ip)"\n');
    expect(verbose).toContain('          - /img/* (was → img)\n        Compute fields (live → manifest):\n          ~ pathMatchers[0].pathRules[0].service: "a" → "b"\n');
    expect(verbose).not.toContain('portRange');
    // Only the hint and the field diffs differ.
    const removed = verbose.split('\n').filter((l) => !/^ {8}Compute fields|^ {10}[+~] (enableCDN|IPAddress|pathMatchers)/.test(l));
    expect(removed.join('\n')).toBe(TEXT.replace('GCP field changes: run with --verbose.\n\n', ''));
  });

  it('colour only when asked: green adds, yellow updates, red replacements and deletes, bold summary', () => {
    const coloured = renderText(PLAN, { color: true });
    expect(coloured).toContain('\u001b[32m  +\u001b[0m \u001b[1mbackends.web\u001b[0m \u001b[2mbackendService/shop-web — create\u001b[0m');
    expect(coloured).toContain('\u001b[33m  ~\u001b[0m \u001b[1mrouting\u001b[0m');
    expect(coloured).toContain('\u001b[31m-/+\u001b[0m \u001b[1mcertificate shop-cert\u001b[0m');
    expect(coloured).toContain('\u001b[31m  -\u001b[0m \u001b[1mfrontend: HTTP forwarding rule\u001b[0m');
    expect(coloured).toContain(`\u001b[1m${SUMMARY}\u001b[0m`);
    expect(coloured).toContain('\u001b[1mlb-plan: shop in project my-project\u001b[0m\u001b[2m (live state read in 9 requests)\u001b[0m');
    expect(coloured).toContain('\u001b[33mWarning: Cloud Run service api allows no ingress\u001b[0m');
    expect(coloured).toContain('        \u001b[33mchanged outside lb-plan since the last apply, will be restored:\u001b[0m');
    expect(coloured.replace(new RegExp(String.fromCharCode(27) + '\\[\\d+m', 'g'), '')).toBe(TEXT);
    expect(TEXT).not.toContain('\u001b');
  });

  it('a plan with no changes is its heading and one line; no warnings, notes, DNS or certificates print nothing', () => {
    const empty: Plan = { ...PLAN, resources: [], steps: [], waves: [], summary: { add: 0, change: 0, destroy: 0, replace: 0, adopt: 0 }, warnings: [], notes: [], dns: [], certificates: [] };
    expect(renderText(empty, { color: false })).toBe('lb-plan: shop in project my-project (live state read in 9 requests)\n\nNo changes. The load balancer matches the manifest.\n');
    // DNS records without a reason are not shown; a note alone gets its blank line.
    expect(renderText({ ...empty, dnsWhy: undefined, dns: PLAN.dns, notes: ['n'] }, { color: false })).toBe('lb-plan: shop in project my-project (live state read in 9 requests)\n\nNo changes. The load balancer matches the manifest.\n\nNote: n\n');
    const { notes: _, ...noNotes } = { ...empty, warnings: ['w'] };
    expect(renderText(noNotes as Plan, { color: false })).toBe('lb-plan: shop in project my-project (live state read in 9 requests)\n\nNo changes. The load balancer matches the manifest.\n\nWarning: w\n');
  });

  it('the hint about --verbose only when some non-delete change has field changes', () => {
    const onlyDelete: Plan = { ...PLAN, resources: [RESOURCES[6]!] };
    expect(renderText(onlyDelete, { color: false })).not.toContain('--verbose');
    const noFields: Plan = { ...PLAN, resources: [RESOURCES[1]!] };
    expect(renderText(noFields, { color: false })).not.toContain('--verbose');
  });

  it('a change without a review reads by its address, with its reason', () => {
    const bare: Plan = { ...PLAN, resources: [change('urlMap/shop', 'update', { reason: 'differs' })] };
    expect(renderText(bare, { color: false })).toContain('\nFrontend\n    ~ urlMap/shop urlMap/shop — update: differs\n\n');
  });
});

describe('markdown: the pull request rendering', () => {
  // Rendered in each test, never at collection: a mutant is active only while a test runs.
  const page = (): { md: string; lines: string[] } => {
    const md = renderMarkdown(PLAN);
    return { md, lines: md.split('\n') };
  };

  it('heading, the summary line, and a warning block naming each destructive change and every warning', () => {
    const { md, lines } = page();
    expect(lines.slice(0, 3)).toEqual(['### lb-plan: `shop` in `my-project`', '', `**${SUMMARY}**`]);
    const warning = lines.indexOf('> [!WARNING]');
    expect(lines.slice(warning, warning + 6)).toEqual([
      '> [!WARNING]',
      '> - **replace** `sslCertificate/shop-cert-2b2b2b2b`: replaced; the old one (shop-cert-e9e9e9e9) is kept until the new one is ACTIVE',
      '> - **replace** `globalForwardingRule/shop-https` — **downtime**: deleted and recreated (IPAddress cannot change in place): traffic stops meanwhile',
      '> - **delete** `globalForwardingRule/shop-http`: no longer in the manifest',
      '> - Cloud Run service api allows no ingress',
      '',
    ]);
    expect(md).toContain('\n> [!NOTE]\n> - the services were not checked\n');
    expect(renderMarkdown(PLAN, { title: '## lb.yaml' }).split('\n')[0]).toBe('## lb.yaml');
  });

  it('each change under its part: emoji and action, subject, address, downtime, how or why; its lines as list items', () => {
    const { md, lines } = page();
    const parts = lines.filter((l) => l.startsWith('#### '));
    expect(parts).toEqual(['#### Frontend', '#### Certificates', '#### Backends', '#### Routing', '#### DNS records to create', '#### Managed certificates']);
    expect(lines.filter((l) => l.startsWith('**🔴') || l.startsWith('**🟢') || l.startsWith('**🟡'))).toEqual([
      '**🔴 delete** frontend: HTTP forwarding rule · `globalForwardingRule/shop-http`',
      '**🔴 replace** frontend: HTTPS forwarding rule · `globalForwardingRule/shop-https` · **downtime** — deleted and recreated (IPAddress cannot change in place): traffic stops meanwhile',
      '**🔴 replace** certificate shop-cert · `sslCertificate/shop-cert-2b2b2b2b` — replaced; the old one (shop-cert-e9e9e9e9) is kept until the new one is ACTIVE',
      '**🟢 create** backends.web · `backendService/shop-web`',
      '**🟢 create** backends.web · `regionNetworkEndpointGroup/shop-web-1a2b3c4d`',
      '**🟡 update** routing · `urlMap/shop` — differs from the manifest',
    ]);
    expect(md).toContain('**🟡 update** routing · `urlMap/shop` — differs from the manifest\n\n- \\+ /api/&#42; → api\n- ⚠️ **changed outside lb-plan since the last apply, will be restored:**\n  - \\- /img/&#42; (was → img)\n');
    expect(md).toContain('- HTTP on port 80 → proxy shop-http-proxy\n');
    expect(md).not.toContain('shop-cert-e9e9e9e9`');
  });

  it("GCP's field diff folded beneath each change but a delete's, `~` written as `!`", () => {
    const { md } = page();
    expect(md).toContain('<details><summary>Compute fields of <code>backendService/shop-web</code></summary>\n\n```diff\n+ enableCDN = false\n```\n\n</details>\n');
    expect(md).toContain('<details><summary>Compute field diff (live → manifest) of <code>urlMap/shop</code></summary>\n\n```diff\n! pathMatchers[0].pathRules[0].service: "a" → "b"\n```\n\n</details>\n');
    expect(md).not.toContain('portRange');
  });

  it('the order folded, a wave per item; DNS records and certificate status as tables; the footer', () => {
    const { md, lines } = page();
    expect(md).toContain('<details><summary>Order: 5 steps in 3 waves (the steps of one wave run in parallel)</summary>\n\n1. create regionNetworkEndpointGroup/shop-web-1a2b3c4d<br>create sslCertificate/shop-cert-2b2b2b2b\n2. create backendService/shop-web\n3. update (PUT) urlMap/shop<br>delete globalForwardingRule/shop-http\n\n</details>\n');
    expect(md).toContain('#### DNS records to create\n\nthe load balancer gets a new IP address.\n\n| Name | Type | Value |\n| --- | --- | --- |\n| `shop.example.com` | A | `203.0.113.7` |\n');
    expect(md).toContain('#### Managed certificates\n\n| Certificate | Domains | Status |\n| --- | --- | --- |\n| `shop-cert-2b2b2b2b` | a.example.com, b.example.com | PROVISIONING |\n');
    expect(lines.at(-2)).toBe('<sub>lb-plan 1.2.3 · 5 steps · live state read in 9 requests · manifest `lb.yaml`</sub>');
    expect(md.endsWith('</sub>\n')).toBe(true);
    expect(renderMarkdown({ ...PLAN, dnsWhy: undefined })).not.toContain('DNS records');
  });

  it('more than 8 lines of a change are folded under a count, never cut', () => {
    const many = Array.from({ length: 9 }, (_, i) => `+ label k${i}=v`);
    const plan: Plan = { ...PLAN, resources: [change('urlMap/shop', 'update', { review: { part: 'routing', subject: 'routing', lines: many, drift: [] } })] };
    const out = renderMarkdown(plan);
    expect(out).toContain(`<details><summary>9 lines</summary>\n\n${many.map((l) => `- \\${l}`).join('\n')}\n\n</details>\n`);
    const eight: Plan = { ...PLAN, resources: [change('urlMap/shop', 'update', { review: { part: 'routing', subject: 'routing', lines: many.slice(0, 8), drift: [] } })] };
    expect(renderMarkdown(eight)).not.toContain('lines</summary>');
    const long: Plan = { ...PLAN, resources: [change('urlMap/shop', 'update', { review: { part: 'routing', subject: 'routing', lines: ['x'.repeat(1_201)], drift: [] } })] };
    expect(renderMarkdown(long)).toContain(`<details><summary>1 line</summary>\n\n- ${'x'.repeat(1_201)}\n\n</details>`);
  });

  it('the diagram marks each change by its kind, and draws what is removed beside it', () => {
    const topology: Topology = {
      name: 'shop',
      project: 'my-project',
      nodes: [
        { id: 'backendService/shop-web', kind: 'backendService', name: 'shop-web', role: 'owned' },
        { id: 'urlMap/shop', kind: 'urlMap', name: 'shop', role: 'owned' },
        { id: 'sslCertificate/shop-cert-2b2b2b2b', kind: 'sslCertificate', name: 'shop-cert-2b2b2b2b', role: 'owned' },
        { id: 'globalForwardingRule/shop-https', kind: 'globalForwardingRule', name: 'shop-https', role: 'owned' },
      ],
      edges: [],
    };
    const out = renderMarkdown(PLAN, { topology });
    expect(out).toContain('#### Topology\n\n```mermaid\nflowchart LR\n');
    expect(out).toContain('  d0["sslCertificate<br/>shop-cert-e9e9e9e9<br/>(removed)"]\n');
    expect(out).toContain('  d1["globalForwardingRule<br/>shop-http<br/>(removed)"]\n');
    expect(out).not.toContain('d2');
    expect(out).toContain('\n  class n0 add\n  class n1 change\n  class n2,n3 replace\n  class d0,d1 remove\n```\n');
    expect(renderMarkdown({ ...PLAN, resources: [] }, { topology })).not.toContain('mermaid');
  });

  it('fits a budget by leaving out the least needed blocks first, and says what it left out', () => {
    const full = renderMarkdown(PLAN, { budget: Number.MAX_SAFE_INTEGER });
    expect(renderMarkdown(PLAN, { budget: full.length })).toBe(full);
    // One character too many: the field diffs go first, from the end, until the page and 400 characters for the note fit.
    const diffs = [
      '<details><summary>Compute field diff (live → manifest) of <code>urlMap/shop</code></summary>\n\n```diff\n! pathMatchers[0].pathRules[0].service: "a" → "b"\n```\n\n</details>\n',
      '<details><summary>Compute fields of <code>backendService/shop-web</code></summary>\n\n```diff\n+ enableCDN = false\n```\n\n</details>\n',
      '<details><summary>Compute field diff (live → manifest) of <code>globalForwardingRule/shop-https</code></summary>\n\n```diff\n! IPAddress: "203.0.113.1" → "(address shop-ip)"\n```\n\n</details>\n',
    ];
    let room = 0;
    const gone = diffs.filter((d) => (room < 401 ? ((room += d.length + 1), true) : false));
    const fitted = renderMarkdown(PLAN, { budget: full.length - 1 });
    for (const d of diffs) expect(fitted.includes(d)).toBe(!gone.includes(d));
    expect(fitted).toContain('<summary>Order:');
    expect(fitted).toContain(`\n> [!NOTE]\n> Parts of this plan were left out to fit ${(full.length - 1).toLocaleString('en-US')} characters: the Compute field diffs of ${gone.length} resource${gone.length === 1 ? '' : 's'}. \`lb-plan plan\` (with \`--verbose\`) shows all of it.\n`);
    expect(fitted.length).toBeLessThanOrEqual(full.length - 1);
    const tiny = renderMarkdown(PLAN, { budget: 1_000 });
    expect(tiny).toContain('Parts of this plan were left out to fit 1,000 characters: ');
    expect(tiny).toContain('the Compute field diffs of 3 resources; the order of the steps; ');
    expect(tiny.length).toBeLessThanOrEqual(1_000);
    expect(tiny).toContain(`**${SUMMARY}**`);
    for (const l of tiny.split('\n')) if (!l.startsWith('> Parts of') && !l.startsWith('> [!NOTE]')) expect(full.split('\n')).toContain(l);
  });
});

describe('json: the saved plan with Terraform-style actions', () => {
  it('every resource keeps its fields and gains actions; two-space indented with a final newline', () => {
    const out = renderJson(PLAN);
    expect(out.endsWith('}\n')).toBe(true);
    expect(out.split('\n')[1]).toBe('  "formatVersion": 1,');
    const parsed = JSON.parse(out) as { resources: { address: string; actions: string[] }[]; steps: unknown[] };
    expect(parsed.resources.map((r) => [r.address, r.actions])).toEqual([
      ['backendService/shop-web', ['create']],
      ['regionNetworkEndpointGroup/shop-web-1a2b3c4d', ['create']],
      ['urlMap/shop', ['update']],
      ['sslCertificate/shop-cert-2b2b2b2b', ['create', 'delete']],
      ['sslCertificate/shop-cert-e9e9e9e9', ['delete']],
      ['globalForwardingRule/shop-https', ['create', 'delete']],
      ['globalForwardingRule/shop-http', ['delete']],
    ]);
    expect(parsed.steps).toHaveLength(5);
  });
});

describe('renderings: the cases the first mutation run of the renderers showed untested', () => {
  const HEAD = 'lb-plan: shop in project my-project (live state read in 9 requests)\n\n';

  it('byPart orders by the manifest name first, the address only between equal names', () => {
    const a = change('urlMap/a', 'update', { review: { part: 'routing', subject: 'routing z', lines: [], drift: [] } });
    const b = change('urlMap/b', 'update', { review: { part: 'routing', subject: 'routing a', lines: [], drift: [] } });
    expect(byPart({ ...PLAN, resources: [a, b] })[0]!.changes.map((c) => c.address)).toEqual(['urlMap/b', 'urlMap/a']);
    expect(byPart({ ...PLAN, resources: [b, a] })[0]!.changes.map((c) => c.address)).toEqual(['urlMap/b', 'urlMap/a']);
  });

  it('text: blank lines only where a section ends: certificates without warnings, warnings without notes, no certificates', () => {
    const one: Plan = { ...PLAN, resources: [change('urlMap/shop', 'update', { reason: 'differs' })], waves: [], steps: [step('update:urlMap/shop', 'update (PUT)')], summary: { add: 0, change: 1, destroy: 0, replace: 0, adopt: 0 }, dns: [] };
    const heading = `${HEAD}Plan: 0 to add, 1 to change, 0 to destroy.\n\nFrontend\n    ~ urlMap/shop urlMap/shop — update: differs\n\n`;
    const { notes: _, ...noNotes } = { ...one, warnings: [] };
    expect(renderText(noNotes as Plan, { color: false })).toBe(`${heading}Certificate shop-cert-2b2b2b2b (a.example.com, b.example.com): PROVISIONING\n\nPlan: 0 to add, 1 to change, 0 to destroy.\n`);
    expect(renderText({ ...one, notes: [] }, { color: false })).toBe(`${heading}Warning: Cloud Run service api allows no ingress\n\nCertificate shop-cert-2b2b2b2b (a.example.com, b.example.com): PROVISIONING\n\nPlan: 0 to add, 1 to change, 0 to destroy.\n`);
    expect(renderText({ ...one, warnings: [], notes: [], certificates: [] }, { color: false })).toBe(`${heading}Plan: 0 to add, 1 to change, 0 to destroy.\n`);
  });

  it('text: a no-op resource is dimmed, in colour', () => {
    const plan: Plan = { ...PLAN, resources: [change('urlMap/shop', 'no-op')] };
    expect(renderText(plan, { color: true })).toContain('  \u001b[2m   \u001b[0m \u001b[1murlMap/shop\u001b[0m \u001b[2murlMap/shop — no-op: no-op because\u001b[0m\n');
  });
});

describe('markdown: the diagram and the budget note, in full', () => {
  const topology: Topology = {
    name: 'shop',
    project: 'my-project',
    nodes: [
      { id: 'urlMap/shop', kind: 'urlMap', name: 'shop', role: 'owned' },
      { id: 'globalForwardingRule/shop-http', kind: 'globalForwardingRule', name: 'shop-http', role: 'owned' },
    ],
    edges: [],
  };
  const mermaid = (md: string): string[] => md.slice(md.indexOf('```mermaid\n') + 11, md.indexOf('\n```', md.indexOf('```mermaid\n'))).split('\n');

  it('a deleted resource in the topology is marked removed; an odd name of one drawn beside it is made safe; only used classes are applied', () => {
    const plan: Plan = { ...PLAN, resources: [change('urlMap/shop', 'update'), change('globalForwardingRule/shop-http', 'delete'), change('globalAddress/a b"c', 'delete')] };
    const lines = mermaid(renderMarkdown(plan, { topology }));
    expect(lines).not.toContain('');
    expect(lines.slice(-7)).toEqual([
      '  d0["globalAddress<br/>a_b_c<br/>(removed)"]',
      '  classDef add fill:#e6ffed,stroke:#22863a',
      '  classDef change fill:#fffbdd,stroke:#b08800',
      '  classDef replace fill:#ffeef0,stroke:#cb2431,stroke-width:2px',
      '  classDef remove fill:#ffeef0,stroke:#cb2431,stroke-dasharray: 5 5',
      '  class n0 change',
      '  class n1,d0 remove',
    ]);
  });

  it('everything that can go is left out of a tiny budget, and the note names each part with its count', () => {
    const out = renderMarkdown(PLAN, { budget: 300, topology });
    expect(out).toContain(
      '> Parts of this plan were left out to fit 300 characters: the diagram; the Compute field diffs of 3 resources; the order of the steps; the descriptions of 6 resources; 6 resources (their headings); the certificate status; the DNS records; 4 warning lines (the log has them all). `lb-plan plan` (with `--verbose`) shows all of it.\n',
    );
    // (Within a level, from the end of the page: the diagram comes after the field diffs.)
    // What is never left out: the heading, the summary, the part headings and the footer.
    expect(out.split('\n').slice(0, 3)).toEqual(['### lb-plan: `shop` in `my-project`', '', `**${SUMMARY}**`]);
    expect(out).toContain('#### Frontend');
    expect(out).toContain('<sub>lb-plan 1.2.3 · 5 steps');
    const single: Plan = { ...PLAN, resources: [RESOURCES[2]!], warnings: [], certificates: [], dns: [] };
    expect(renderMarkdown(single, { budget: 300 })).toContain(
      'left out to fit 300 characters: the Compute field diffs of 1 resource; the order of the steps; the descriptions of 1 resource; 1 resource (their headings). `lb-plan plan`',
    );
    const oneWarning: Plan = { ...single, resources: [], warnings: ['w'] };
    expect(renderMarkdown(oneWarning, { budget: 300 })).toContain('characters: the order of the steps; 1 warning line (the log has them all). `lb-plan plan`');
  });

  it('a page that fits exactly once some blocks are gone keeps the next block', () => {
    const full = renderMarkdown(PLAN);
    // The three field diffs, from the end of the page, and the newline that joins each.
    const diffs = [
      '<details><summary>Compute field diff (live → manifest) of <code>urlMap/shop</code></summary>\n\n```diff\n! pathMatchers[0].pathRules[0].service: "a" → "b"\n```\n\n</details>\n',
      '<details><summary>Compute fields of <code>backendService/shop-web</code></summary>\n\n```diff\n+ enableCDN = false\n```\n\n</details>\n',
      '<details><summary>Compute field diff (live → manifest) of <code>globalForwardingRule/shop-https</code></summary>\n\n```diff\n! IPAddress: "203.0.113.1" → "(address shop-ip)"\n```\n\n</details>\n',
    ];
    const gone = diffs.reduce((n, d) => n + d.length + 1, 0);
    expect(gone).toBeGreaterThan(400);
    // The page without them and 400 characters for the note fit exactly: the order stays.
    const out = renderMarkdown(PLAN, { budget: full.length - gone + 400 });
    for (const d of diffs) expect(out).not.toContain(d);
    expect(out).toContain('<summary>Order: 5 steps in 3 waves');
    expect(out).toContain(': the Compute field diffs of 3 resources. `lb-plan plan`');
  });
});

/**
 * The plan a reviewer reads (issue 16, items 1–4), rendered as text and Markdown from plans made
 * against the emulator over real HTTP: creates in full, changes in the manifest's words with GCP's
 * diff beneath, drift told apart from edits by lb-plan's applied record, and the layout.
 */
import { describe, expect, it } from 'vitest';
import { renderJson } from '../../src/plan/render/json.js';
import { renderMarkdown } from '../../src/plan/render/markdown.js';
import { renderText } from '../../src/plan/render/text.js';
import type { Plan } from '../../src/plan/index.js';
import { cli } from '../helpers/cli.js';
import { harness, P } from '../helpers/emulator.js';
import { apply, plan, workspace } from '../helpers/plan.js';

/** The guide's load balancer: HTTPS, a managed certificate, the redirect, two Cloud Run regions with CDN, /api/* to a second service. */
const SHOP = `apiVersion: lb-plan/v1
kind: LoadBalancer
metadata: { name: shop, project: my-project }
frontend:
  address: { reserve: shop-ip }
  https:
    certificates: [ { managed: [shop.example.com] } ]
    redirectHttp: true
backends:
  web:
    serverless:
      - { region: us-central1, cloudRun: { service: web } }
      - { region: europe-west1, cloudRun: { service: web } }
    cdn: true
  api:
    serverless: [ { region: us-central1, cloudRun: { service: api } } ]
routing:
  default: web
  paths:
    - { paths: [/api/*], backend: api }
`;

const text = (p: Plan, verbose = false): string => renderText(p, { color: false, verbose });
/** How a line reads in Markdown's source: `*` and `_` as entities, so they stay literal (no emphasis). */
const inMd = (s: string): string => s.replace(/\*/g, '&#42;').replace(/_/g, '&#95;');
const md = (p: Plan, budget?: number): string => renderMarkdown(p, budget === undefined ? {} : { budget });

describe('creates show what each resource will be, in full (item 1)', () => {
  it('services and regions, CDN, routes and domains, in text and Markdown', async () => {
    const h = await harness();
    const p = await plan(h, workspace().write(SHOP));
    const t = text(p);
    const m = md(p);
    for (const [out, as] of [[t, (s: string) => s], [m, inMd]] as const) {
      expect(out).toMatch(/serves from: europe-west1 \(NEG shop-web-[0-9a-f]{8} → Cloud Run service web\); us-central1 \(NEG shop-web-[0-9a-f]{8} → Cloud Run service web\)/);
      expect(out).toContain(as('CDN: on (cacheMode CACHE_ALL_STATIC, clientTtl 3600 s, defaultTtl 3600 s, maxTtl 86400 s)'));
      expect(out).toContain(as('any host: /api/* → api; anything else → web'));
      expect(out).toContain('Google-managed certificate for shop.example.com');
      expect(out).toContain(as('every request redirects to HTTPS (MOVED_PERMANENTLY_DEFAULT)'));
      expect(out).toContain('HTTPS on port 443, reserved address shop-ip (allocated on apply) → proxy shop-https-proxy');
    }
    // GCP's body of a create: under --verbose in text, folded in Markdown.
    expect(t).not.toContain('+ enableCDN = true');
    expect(text(p, true)).toContain('+ enableCDN = true');
    expect(m).toContain('<details><summary>Compute fields of <code>backendService/shop-web</code></summary>');
  });

  it('never cuts a value: a long host list is shown whole, folded in Markdown', async () => {
    const h = await harness();
    const hosts = Array.from({ length: 40 }, (_, i) => `very-long-host-name-number-${i}.customer-facing.example.com`);
    const manifest = SHOP.replace('  paths:\n    - { paths: [/api/*], backend: api }\n', `  hosts:\n    - hosts: [${hosts.join(', ')}]\n      backend: web\n      paths: [ { paths: [/api/*, /v2/api/*], backend: api } ]\n`);
    const p = await plan(h, workspace().write(manifest));
    const line = `host ${hosts.join(', ')}: /api/*, /v2/api/* → api; anything else → web`;
    expect(text(p)).toContain(line);
    const m = md(p);
    expect(m).toContain(inMd(line));
    expect(m).not.toContain('…');
    // A description this long is folded, not shortened.
    expect(m).toMatch(/<details><summary>\d+ lines<\/summary>\n\n- host very-long-host-name-number-0/);
  });

  it('fits a small budget by leaving out whole blocks, says what, and keeps every line it shows whole', async () => {
    const h = await harness();
    const p = await plan(h, workspace().write(SHOP));
    const full = md(p, 1_000_000);
    for (const budget of [full.length - 1, 5_000, 1_500]) {
      const out = md(p, budget);
      expect(out.length).toBeLessThanOrEqual(budget);
      expect(out).toContain('**Plan: 13 to add, 0 to change, 0 to destroy.**');
      expect(out).toContain(`Parts of this plan were left out to fit ${budget.toLocaleString('en-US')} characters:`);
      // Every line shown is a line of the full page, whole (the note aside).
      const fullLines = new Set(full.split('\n'));
      const foreign = out.split('\n').filter((l) => !fullLines.has(l) && !l.startsWith('> [!NOTE]') && !l.startsWith('> Parts of this plan were left out'));
      expect(foreign).toEqual([]);
    }
    expect(md(p, full.length - 1)).toMatch(/left out to fit [\d,]+ characters: the Compute field diffs of 1 resource\./);
    expect(md(p, 1_500)).toContain('resources (their headings)');
  });
});

describe("changes in the manifest's words first, GCP's diff beneath (item 2)", () => {
  it('a region, a route and a certificate domain; the Compute diff under --verbose and folded in Markdown', async () => {
    const h = await harness();
    const ws = workspace();
    await apply(h, await plan(h, ws.write(SHOP)), ws.dir);
    const edited = SHOP.replace('      - { region: europe-west1, cloudRun: { service: web } }\n', '      - { region: europe-west1, cloudRun: { service: web } }\n      - { region: asia-northeast1, cloudRun: { service: web } }\n')
      .replace('{ paths: [/api/*], backend: api }', '{ paths: [/api/*], backend: web }')
      .replace('[shop.example.com]', '[shop.example.com, api.shop.example.com]');
    const p = await plan(h, ws.write(edited));
    const t = text(p);
    expect(t).toMatch(/ {2}~ backends\.web backendService\/shop-web — update: differs from the manifest\n {8}\+ region asia-northeast1 \(NEG shop-web-[0-9a-f]{8} → Cloud Run service web\)\n/);
    expect(t).toContain('  ~ routing urlMap/shop — update: differs from the manifest\n        /api/* → web (was api)\n');
    expect(t).toMatch(/-\/\+ certificate shop-cert sslCertificate\/shop-cert-[0-9a-f]{8} — replace: replaced; the old one \(shop-cert-[0-9a-f]{8}\) is kept until the new one is ACTIVE\n {8}\+ api\.shop\.example\.com\n/);
    expect(t).toMatch(/ {2}~ frontend\.https: HTTPS proxy targetHttpsProxy\/shop-https-proxy — update: differs from the manifest\n {8}certificate shop-cert: shop-cert-[0-9a-f]{8} \(was shop-cert-[0-9a-f]{8}\)\n/);
    expect(t).not.toContain('pathMatchers[any].pathRules[/api/*].service');
    const v = text(p, true);
    expect(v).toContain('~ pathMatchers[any].pathRules[/api/*].service: "projects/my-project/global/backendServices/shop-api" → "projects/my-project/global/backendServices/shop-web"');
    const m = md(p);
    expect(m).toContain('**🟡 update** routing · `urlMap/shop` — differs from the manifest\n\n- /api/&#42; → web (was api)\n');
    expect(m).toContain('- \\+ api.shop.example.com');
    expect(m).toMatch(/<details><summary>Compute field diff \(live → manifest\) of <code>urlMap\/shop<\/code><\/summary>\n\n```diff\n! pathMatchers\[any\]\.pathRules\[\/api\/\*\]\.service: /);
    // The CLI: --verbose adds the field diff; Markdown has it folded.
    const at = ['--compute-endpoint', h.em.endpoint];
    const plain = await cli('plan', ws.write(edited), ...at);
    const verbose = await cli('plan', ws.write(edited), ...at, '--verbose');
    expect(plain.stdout).toContain('/api/* → web (was api)');
    expect(plain.stdout).toContain("GCP field changes: run with --verbose.");
    expect(plain.stdout).not.toContain('pathMatchers[any]');
    expect(verbose.stdout).toContain('~ pathMatchers[any].pathRules[/api/*].service: "projects/my-project/global/backendServices/shop-api" → "projects/my-project/global/backendServices/shop-web"');
    expect((await cli('plan', ws.write(edited), ...at, '--format', 'markdown')).stdout).toContain('<details><summary>Compute field diff (live → manifest) of <code>urlMap/shop</code></summary>');
  });

  it('sets are compared as sets: regions, domains and hosts in another order are no change', async () => {
    const h = await harness();
    const ws = workspace();
    const hosts = SHOP.replace('[shop.example.com]', '[shop.example.com, www.shop.example.com]').replace('  paths:\n    - { paths: [/api/*], backend: api }\n', '  hosts:\n    - { hosts: [a.example.com, b.example.com], backend: web, paths: [ { paths: [/x/*, /y/*], backend: api } ] }\n');
    await apply(h, await plan(h, ws.write(hosts)), ws.dir);
    const reordered = hosts
      .replace('[shop.example.com, www.shop.example.com]', '[www.shop.example.com, shop.example.com]')
      .replace('[a.example.com, b.example.com]', '[b.example.com, a.example.com]')
      .replace('[/x/*, /y/*]', '[/y/*, /x/*]')
      .replace('      - { region: us-central1, cloudRun: { service: web } }\n      - { region: europe-west1, cloudRun: { service: web } }\n', '      - { region: europe-west1, cloudRun: { service: web } }\n      - { region: us-central1, cloudRun: { service: web } }\n');
    const p = await plan(h, ws.write(reordered));
    expect(p.steps).toEqual([]);
    expect(text(p)).toContain('No changes. The load balancer matches the manifest.');
  });
});

describe('drift is labelled as drift (item 3)', () => {
  it('a field changed out of band reads "changed outside lb-plan", an edit in the manifest "differs from the manifest"', async () => {
    const h = await harness();
    const ws = workspace();
    await apply(h, await plan(h, ws.write(SHOP)), ws.dir);
    const bs = (await h.v1.backendServices.get({ project: P, backendService: 'shop-web' })).data;
    // The record is in the description, before the ownership marker, and never shows as a change.
    expect(bs.description).toMatch(/^\[lb-plan applied r1-[0-9a-f]{54}\] \[managed by lb-plan: shop\]$/);
    // The difference made by the manifest is an edit.
    const edit = await plan(h, ws.write(SHOP.replace('    cdn: true\n', '')));
    expect(edit.resources.map((r) => [r.address, r.reason, r.drift ?? []])).toEqual([['backendService/shop-web', 'differs from the manifest', []]]);
    expect(text(edit)).not.toContain('changed outside lb-plan');
    // The same difference made in GCP is drift.
    await h.v1.backendServices.patch({ project: P, backendService: 'shop-web', requestBody: { fingerprint: bs.fingerprint, enableCDN: false } });

    const drifted = await plan(h, ws.write(SHOP));
    const c = drifted.resources.find((r) => r.address === 'backendService/shop-web')!;
    // CDN off: GCP's cdnPolicy means nothing then, so it reads as gone too — both drifted.
    expect(c.reason).toBe('changed outside lb-plan since the last apply (cdnPolicy, enableCDN); will be restored');
    expect(c.drift).toEqual(['cdnPolicy', 'enableCDN']);
    const t = text(drifted);
    expect(t).toContain('  ~ backends.web backendService/shop-web — update: changed outside lb-plan since the last apply (cdnPolicy, enableCDN); will be restored\n        changed outside lb-plan since the last apply, will be restored:\n          CDN: on (cacheMode CACHE_ALL_STATIC, clientTtl 3600 s, defaultTtl 3600 s, maxTtl 86400 s) (was off)\n');
    expect(md(drifted)).toContain('- ⚠️ **changed outside lb-plan since the last apply, will be restored:**\n  - CDN: on (cacheMode CACHE&#95;ALL&#95;STATIC,');
    // JSON keeps the data: which fields drifted, and the lines.
    const json = JSON.parse(renderJson(drifted)) as { resources: { drift?: string[]; review?: { drift: string[] } }[] };
    expect(json.resources[0]!.drift).toEqual(['cdnPolicy', 'enableCDN']);
    expect(json.resources[0]!.review!.drift).toHaveLength(1);

    // Both at once: each is said for what it is.
    const both = await plan(h, ws.write(SHOP.replace('    cdn: true\n', '    cdn: true\n    logging: false\n')));
    const b = both.resources.find((r) => r.address === 'backendService/shop-web')!;
    expect(b.reason).toBe('differs from the manifest; also changed outside lb-plan since the last apply (cdnPolicy, enableCDN), which will be restored');
    expect(b.review?.lines).toEqual(['logging: off (was on (sample rate 1))']);
    expect(b.review?.drift).toEqual(['CDN: on (cacheMode CACHE_ALL_STATIC, clientTtl 3600 s, defaultTtl 3600 s, maxTtl 86400 s) (was off)']);
    // Apply restores it, and rewrites the record with the change: the next plan is empty.
    await apply(h, both, ws.dir);
    expect((await plan(h, ws.write(SHOP.replace('    cdn: true\n', '    cdn: true\n    logging: false\n')))).steps).toEqual([]);
  });

  it('proxies, forwarding rules and Cloud Armor policies carry the record too (description patch after set*, labels)', async () => {
    const h = await harness();
    const ws = workspace();
    const armored = SHOP.replace("    serverless: [ { region: us-central1, cloudRun: { service: api } } ]\n", '    serverless: [ { region: us-central1, cloudRun: { service: api } } ]\n    securityPolicy: { rateLimit: { requestCount: 100 } }\n');
    await apply(h, await plan(h, ws.write(armored)), ws.dir);
    // An edit that changes the HTTPS proxy's certificates: the set* calls, then the record patched after them.
    const withApi = armored.replace('[shop.example.com]', '[shop.example.com, api.shop.example.com]');
    const edited = await plan(h, ws.write(withApi));
    const describe = edited.steps.find((s) => s.id === 'describe:targetHttpsProxy/shop-https-proxy')!;
    expect(describe.operation).toMatchObject({ type: 'patch', currentFingerprint: true });
    await apply(h, edited, ws.dir);
    expect((await plan(h, ws.write(withApi))).steps).toEqual([]);

    // Out of band: QUIC on the proxy, a label on the forwarding rule, the policy's threshold.
    const proxy = (await h.v1.targetHttpsProxies.get({ project: P, targetHttpsProxy: 'shop-https-proxy' })).data;
    expect(proxy.description).toMatch(/^HTTPS frontend \[lb-plan applied r1-[0-9a-f]{30}\] \[managed by lb-plan: shop\]$/);
    await h.v1.targetHttpsProxies.setQuicOverride({ project: P, targetHttpsProxy: 'shop-https-proxy', requestBody: { quicOverride: 'ENABLE' } });
    const rule = (await h.v1.globalForwardingRules.get({ project: P, forwardingRule: 'shop-https' })).data;
    expect(rule.labels?.['lb-plan-applied']).toMatch(/^r1-[0-9a-f]{48}$/);
    await h.v1.globalForwardingRules.setLabels({ project: P, resource: 'shop-https', requestBody: { labels: { ...rule.labels, team: 'someone' }, labelFingerprint: rule.labelFingerprint } });
    await h.v1.securityPolicies.patchRule({ project: P, securityPolicy: 'shop-api-armor', priority: 1000, requestBody: { priority: 1000, action: 'throttle', match: { versionedExpr: 'SRC_IPS_V1', config: { srcIpRanges: ['*'] } }, rateLimitOptions: { conformAction: 'allow', exceedAction: 'deny(429)', enforceOnKey: 'IP', rateLimitThreshold: { count: 5000, intervalSec: 60 } } } });

    const p = await plan(h, ws.write(withApi));
    const reasons = Object.fromEntries(p.resources.map((r) => [r.address, r.reason]));
    expect(reasons).toEqual({
      'targetHttpsProxy/shop-https-proxy': 'changed outside lb-plan since the last apply (quicOverride); will be restored',
      'globalForwardingRule/shop-https': 'changed outside lb-plan since the last apply (labels); will be restored',
      'securityPolicy/shop-api-armor': 'changed outside lb-plan since the last apply (rules); will be restored',
    });
    const t = text(p);
    expect(t).toContain('QUIC: NONE (was ENABLE)');
    expect(t).toContain('- label team=someone');
    expect(t).toContain('rule priority 1000: throttle above 100 requests per 60 s per IP (then deny(429)) from * (was throttle above 5000 requests per 60 s per IP (then deny(429)) from *)');
    await apply(h, p, ws.dir);
    expect((await plan(h, ws.write(withApi))).steps).toEqual([]);
  });

  it('without a record (a resource lb-plan applied before it wrote one), a difference reads as before', async () => {
    const h = await harness();
    const ws = workspace();
    await apply(h, await plan(h, ws.write(SHOP)), ws.dir);
    const bs = (await h.v1.backendServices.get({ project: P, backendService: 'shop-web' })).data;
    await h.v1.backendServices.patch({ project: P, backendService: 'shop-web', requestBody: { fingerprint: bs.fingerprint, enableCDN: false, description: '[managed by lb-plan: shop]' } });
    const p = await plan(h, ws.write(SHOP));
    expect(p.resources.map((r) => [r.address, r.reason, r.drift])).toEqual([['backendService/shop-web', 'differs from the manifest', undefined]]);
    // The apply writes the record again with the change.
    await apply(h, p, ws.dir);
    expect((await h.v1.backendServices.get({ project: P, backendService: 'shop-web' })).data.description).toMatch(/^\[lb-plan applied r1-[0-9a-f]{54}\] /);
  });

  it('a long description keeps within GCP\'s 2,048 characters: no record then', async () => {
    const h = await harness();
    const ws = workspace();
    const long = 'x'.repeat(2000);
    await apply(h, await plan(h, ws.write(SHOP.replace('  api:\n', `  api:\n    description: ${long}\n`))), ws.dir);
    const bs = (await h.v1.backendServices.get({ project: P, backendService: 'shop-api' })).data;
    expect(bs.description).toBe(`${long} [managed by lb-plan: shop]`);
    expect((await plan(h, ws.write(SHOP.replace('  api:\n', `  api:\n    description: ${long}\n`)))).steps).toEqual([]);
  });
});

describe('layout (item 4)', () => {
  it('summary first, parts in order, a wave per number with a step per line, a replacement counted once', async () => {
    const h = await harness();
    const ws = workspace();
    await apply(h, await plan(h, ws.write(SHOP)), ws.dir);
    const p = await plan(h, ws.write(SHOP.replace('service: api }', 'service: api2 }').replace('[shop.example.com]', '[shop.example.com, api.shop.example.com]').replace('{ paths: [/api/*], backend: api }', '{ paths: [/api/*], backend: web }')));
    const t = text(p);
    const lines = t.split('\n');
    // Changed: the backend service (repointed to the new NEG), the URL map, the HTTPS proxy (the new certificate).
    expect(lines[2]).toBe('Plan: 0 to add, 3 to change, 2 to replace, 0 to destroy.');
    expect(t.trimEnd().split('\n').at(-1)).toBe(lines[2]);
    const heads = ['Frontend', 'Certificates', 'Backends', 'Routing'].map((h) => lines.indexOf(h));
    expect(heads.every((i) => i > 0)).toBe(true);
    expect([...heads].sort((a, b) => a - b)).toEqual(heads);
    // The old NEG and certificate are not listed on their own.
    expect(t.match(/— delete/g)).toBeNull();
    // Waves: one number per wave, one step per line.
    const order = lines.slice(lines.indexOf('Order (the steps under one number run in parallel):') + 1, lines.indexOf('', lines.indexOf('Order (the steps under one number run in parallel):')));
    expect(order[0]).toMatch(/^ {3}1\. create \(replacement\) /);
    expect(order.filter((l) => /^ {2}[ \d]\d\. /.test(l))).toHaveLength(p.waves!.length);
    expect(order).toHaveLength(p.steps.length);
    const m = md(p);
    expect(m.split('\n')[2]).toBe('**Plan: 0 to add, 3 to change, 2 to replace, 0 to destroy.**');
    expect(m.indexOf('#### Frontend')).toBeLessThan(m.indexOf('#### Certificates'));
    expect(m.indexOf('#### Certificates')).toBeLessThan(m.indexOf('#### Backends'));
    expect(m.indexOf('#### Backends')).toBeLessThan(m.indexOf('#### Routing'));
    expect(m).toMatch(new RegExp(`<details><summary>Order: ${p.steps.length} steps in ${p.waves!.length} waves`));
    // The plan's notes (service checks) follow the warnings, escaped.
    const noted = md({ ...p, notes: ['Cloud Run services were not checked: <why>'] });
    expect(noted).toContain('> [!NOTE]\n> - Cloud Run services were not checked: &lt;why&gt;\n');
    expect(noted.indexOf('> [!NOTE]')).toBeLessThan(noted.indexOf('#### Frontend'));
  });

  it('"DNS records to create" only when something about them changed or is pending', async () => {
    const h = await harness();
    const ws = workspace();
    const created = await plan(h, ws.write(SHOP));
    expect(text(created)).toContain('DNS records to create (the load balancer gets a new IP address):');
    expect(md(created)).toContain('#### DNS records to create');
    await apply(h, created, ws.dir);
    // Certificates ACTIVE, the IP unchanged: an edit of a backend leaves DNS alone.
    const cdn = await plan(h, ws.write(SHOP.replace('    cdn: true\n', '')));
    expect(cdn.certificates.map((c) => c.status)).toEqual(['ACTIVE']);
    expect(text(cdn)).not.toContain('DNS records');
    expect(md(cdn)).not.toContain('DNS records');
    // New domains: they need records.
    const domains = await plan(h, ws.write(SHOP.replace('[shop.example.com]', '[shop.example.com, api.shop.example.com]')));
    expect(text(domains)).toMatch(/DNS records to create \(certificate domains change\):\n {2}api\.shop\.example\.com +A +34\./);
  });

  it('a certificate still PROVISIONING keeps the records in view', async () => {
    const h = await harness({ certificateActivationMs: 3_600_000 });
    const ws = workspace();
    await apply(h, await plan(h, ws.write(SHOP)), ws.dir);
    const p = await plan(h, ws.write(SHOP.replace('    cdn: true\n', '')));
    expect(text(p)).toMatch(/DNS records to create \(shop-cert-[0-9a-f]{8} is PROVISIONING: GCP issues a managed certificate only once its domains point here\):/);
  });
});

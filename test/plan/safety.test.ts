/**
 * Never touching what lb-plan does not own, drift, secrets in every rendering, stale saved plans,
 * the Markdown budget, and the CLI's exit codes.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyPlan } from '../../src/apply/execute.js';
import { compile } from '../../src/compile/index.js';
import { topology } from '../../src/graph/topology.js';
import { loadManifest } from '../../src/manifest/load.js';
import { secretResolver } from '../../src/manifest/secrets.js';
import { staleness, type Plan } from '../../src/plan/index.js';
import { renderJson } from '../../src/plan/render/json.js';
import { renderMarkdown } from '../../src/plan/render/markdown.js';
import { renderText } from '../../src/plan/render/text.js';
import { readLive } from '../../src/gcp/read.js';
import { planFile } from '../../src/workflow.js';
import { harness, neg, negLink, P, type Harness } from '../helpers/emulator.js';
import { cli, cliWith } from '../helpers/cli.js';
import { actions, apply, ONE_BACKEND, plan, workspace } from '../helpers/plan.js';

const BASIC = ONE_BACKEND;

describe('ownership', () => {
  it('ignores unowned look-alikes and resources of other load balancers; never deletes them', async () => {
    const h = await harness();
    const ws = workspace();
    // Look-alikes: the same prefix, no marker; and one owned by another load balancer.
    await h.v1.regionNetworkEndpointGroups.insert(neg('lb-hello-deadbeef'));
    await h.v1.backendServices.insert({ project: P, requestBody: { name: 'lb-old', backends: [{ group: negLink('lb-hello-deadbeef') }] } });
    await h.v1.regionNetworkEndpointGroups.insert(neg('other-neg'));
    await h.v1.backendServices.insert({ project: P, requestBody: { name: 'other-hello', description: 'x [managed by lb-plan: other]', backends: [{ group: negLink('other-neg') }] } });
    const p = await plan(h, ws.write(BASIC));
    expect(p.resources.every((r) => r.action === 'create')).toBe(true);
    expect(p.resources.map((r) => r.name)).not.toContain('lb-old');
    await apply(h, p, ws.dir);
    // Remove everything from the manifest but one backend: the look-alikes still stand.
    const destroyPlan = await plan(h, ws.write(BASIC.replace('hello', 'other2').replace('service: other2', 'service: hello')));
    expect(destroyPlan.resources.map((r) => r.address).some((a) => a.includes('lb-old') || a.includes('deadbeef') || a.includes('other-'))).toBe(false);
    await apply(h, destroyPlan, ws.dir);
    for (const name of ['lb-old', 'other-hello']) expect((await h.v1.backendServices.get({ project: P, backendService: name })).status).toBe(200);
  });

  it('refuses to plan over an unowned resource with a wanted name, unless the manifest adopts it', async () => {
    const h = await harness();
    const ws = workspace();
    const first = await plan(h, ws.write(BASIC));
    await apply(h, first, ws.dir);
    // Someone else's URL map under our URL map's name: simulate by stripping the ownership marker.
    const map = (await h.v1.urlMaps.get({ project: P, urlMap: 'lb' })).data;
    await h.v1.urlMaps.patch({ project: P, urlMap: 'lb', requestBody: { fingerprint: map.fingerprint, description: 'hand-made' } });
    const r = await planFile({ file: ws.write(BASIC), clients: h, env: {} }).catch((e: Error) => e);
    expect(r).toBeInstanceOf(Error);
    expect((r as Error).message).toBe('urlMap/lb already exists and lb-plan does not own it. To let lb-plan manage it, add "urlMap/lb" to metadata.adopt; otherwise choose another name.');
    const adopting = BASIC.replace('metadata: { name: lb, project: my-project }', 'metadata: { name: lb, project: my-project, adopt: [urlMap/lb] }');
    const p = await plan(h, ws.write(adopting));
    expect(actions(p)).toEqual(['adopt urlMap/lb']);
    expect(p.resources[0]!.changes).toEqual([{ path: 'description', kind: 'changed', before: 'hand-made', after: '[managed by lb-plan: lb]' }]);
    await apply(h, p, ws.dir);
    expect((await plan(h, ws.write(adopting))).steps).toEqual([]);
    expect((await plan(h, ws.write(BASIC))).steps).toEqual([]); // owned now
  });

  it('an existing resource the manifest only references must exist, and is never changed', async () => {
    const h = await harness();
    const ws = workspace();
    const file = ws.write(BASIC.replace('{ reserve: lb-ip }', '{ existing: shared-ip }'));
    await expect(planFile({ file, clients: h, env: {} })).rejects.toThrow('Global address "shared-ip" (used by globalForwardingRule/lb-http) does not exist in project my-project; lb-plan only references it and will not create it.');
    await h.v1.globalAddresses.insert({ project: P, requestBody: { name: 'shared-ip' } });
    await apply(h, await plan(h, file), ws.dir);
    const destroyed = await cli('destroy', file, '--compute-endpoint', h.em.endpoint, '--auto-approve');
    expect(destroyed.code).toBe(0);
    expect((await h.v1.globalAddresses.get({ project: P, address: 'shared-ip' })).status).toBe(200);
    expect((await readLive(h, P)).resources.size).toBe(1);
  });
});

describe('drift', () => {
  it('an out-of-band change to a managed field shows up on the next plan (a field lb-plan never sets does not), and apply puts it back', async () => {
    const h = await harness();
    const ws = workspace();
    const file = ws.write(BASIC + '    cdn: true\n');
    await apply(h, await plan(h, file), ws.dir);
    const bs = (await h.v1.backendServices.get({ project: P, backendService: 'lb-hello' })).data;
    await h.v1.backendServices.patch({ project: P, backendService: 'lb-hello', requestBody: { fingerprint: bs.fingerprint, enableCDN: false, customResponseHeaders: ['X-Hand: made'] } });
    const p = await plan(h, file);
    expect(actions(p)).toEqual(['update backendService/lb-hello']);
    expect(p.resources[0]!.changes.map((c) => `${c.kind} ${c.path}`)).toEqual(['added cdnPolicy', 'changed enableCDN']);
    await apply(h, p, ws.dir);
    expect((await plan(h, file)).steps).toEqual([]);
    // The PUT lays the manifest over what GCP holds: the field lb-plan never sets is kept, not wiped.
    const after = (await h.v1.backendServices.get({ project: P, backendService: 'lb-hello' })).data;
    expect(after.enableCDN).toBe(true);
    expect(after.customResponseHeaders).toEqual(['X-Hand: made']);
  });
});

describe('secrets', () => {
  const IAP_SECRET = 'iap-secret-NEVER-PRINTED-42';
  const IAP_ROTATED = 'iap-secret-ROTATED-NEVER-PRINTED-43';

  /**
   * Every rendering lb-plan makes of the plan for `file`: text (plain and coloured), JSON, Markdown;
   * the CLI's plan in text, JSON and Markdown with its saved plan.json; then apply's events.
   */
  async function everyRendering(h: Harness, file: string, dir: string, env: Record<string, string>): Promise<{ plan: Plan; outputs: string[] }> {
    const r = await planFile({ file, clients: h, env });
    if (!r.ok) throw new Error(r.diagnostics.map((d) => d.message).join('\n'));
    const outputs = [renderText(r.plan, { color: false }), renderText(r.plan, { color: true }), renderJson(r.plan), renderMarkdown(r.plan, { topology: topology(r.compiled) })];
    for (const format of ['text', 'json', 'markdown']) {
      const saved = join(dir, `plan-${format}.json`);
      const c = await cliWith(env, 'plan', file, '--compute-endpoint', h.em.endpoint, '--format', format, '--out', saved);
      expect(c.code, c.stderr).toBe(0);
      outputs.push(c.stdout, c.stderr, readFileSync(saved, 'utf8'));
    }
    const events: string[] = [];
    const result = await applyPlan(r.plan, h, { secret: secretResolver(dir, env), certificatePollMs: 20, retryBaseMs: 5 }, (e) => events.push(JSON.stringify(e)));
    expect(result.outcomes.filter((o) => o.status !== 'done').map((o) => `${o.step.id} ${o.error ?? o.because}`)).toEqual([]);
    outputs.push(events.join('\n'));
    return { plan: r.plan, outputs };
  }

  it('never appear in text, JSON, Markdown, the saved plan, or apply events: of a create, an update, a replacement and a destroy', async () => {
    const h = await harness();
    const ws = workspace();
    const key = readFileSync('examples/certs/example.com.key', 'utf8');
    const manifest = `apiVersion: lb-plan/v1
kind: LoadBalancer
metadata: { name: lb, project: my-project }
frontend:
  address: { reserve: lb-ip }
  https:
    certificates:
      - selfManaged: { certificate: certs/example.com.pem, privateKey: { env: TLS_KEY } }
backends:
  hello:
    serverless: [ { region: us-central1, cloudRun: { service: hello } } ]
    iap: { oauth2ClientId: client-id, oauth2ClientSecret: { file: iap.txt } }
`;
    // A second certificate and key, for the rotation.
    const newKey = join(ws.dir, 'certs/new.key');
    const newCert = join(ws.dir, 'certs/new.pem');
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', newKey, '-out', newCert, '-days', '365', '-subj', '/CN=example.com', '-addext', 'subjectAltName=DNS:example.com'], { stdio: 'pipe' });
    const rotatedKey = readFileSync(newKey, 'utf8');
    const secretLines = [key, rotatedKey].map((k) => k.split('\n')[1]!);
    const leaks = (outputs: readonly string[]): string[] =>
      outputs.flatMap((o, i) => [IAP_SECRET, IAP_ROTATED, ...secretLines, 'PRIVATE KEY'].filter((x) => o.includes(x)).map((x) => `output ${i}: ${x.slice(0, 20)}`));
    writeFileSync(join(ws.dir, 'iap.txt'), IAP_SECRET);
    const env = { TLS_KEY: key };
    const file = ws.write(manifest);

    const created = await everyRendering(h, file, ws.dir, env);
    expect(new Set(created.plan.resources.map((c) => c.action))).toEqual(new Set(['create']));
    expect(leaks(created.outputs)).toEqual([]);
    // They did reach GCP, which keeps only the hash of the IAP secret.
    const bs = (await h.v1.backendServices.get({ project: P, backendService: 'lb-hello' })).data;
    expect(bs.iap?.oauth2ClientSecretSha256).toMatch(/^[0-9a-f]{64}$/);
    expect((await planFile({ file, clients: h, env }).then((x) => (x.ok ? x.plan.steps : ['invalid'])))).toEqual([]);

    // A changed secret is a change (compared by hash): an update, rendered without either value.
    writeFileSync(join(ws.dir, 'iap.txt'), IAP_ROTATED);
    const rotated = await everyRendering(h, file, ws.dir, env);
    expect(rotated.plan.resources.map((c) => [c.action, c.changes.map((x) => x.path)])).toEqual([['update', ['iap.oauth2ClientSecretSha256']]]);
    expect(leaks(rotated.outputs)).toEqual([]);

    // A new certificate and key: the certificate is replaced through a new name.
    const renewed = ws.write(manifest.replace('certs/example.com.pem', 'certs/new.pem'));
    const replaced = await everyRendering(h, renewed, ws.dir, { TLS_KEY: rotatedKey });
    expect(replaced.plan.resources.filter((c) => c.kind === 'sslCertificate').map((c) => c.action).sort()).toEqual(['delete', 'replace']);
    expect(replaced.plan.steps.some((s) => s.operation.type === 'insert' && s.kind === 'sslCertificate')).toBe(true);
    expect(leaks(replaced.outputs)).toEqual([]);

    // A destroy, through the CLI: its plan and its progress.
    const destroyed = await cliWith({ TLS_KEY: rotatedKey }, 'destroy', renewed, '--compute-endpoint', h.em.endpoint, '--auto-approve');
    expect(destroyed.code, destroyed.stderr).toBe(0);
    expect(destroyed.stdout).toMatch(/- certificate lb-cert sslCertificate\/lb-cert-[0-9a-f]{8} — delete/);
    expect(leaks([destroyed.stdout, destroyed.stderr])).toEqual([]);
    expect((await readLive(h, P)).resources.size).toBe(0);
  });

  it('a missing secret stops the plan with its position', async () => {
    const ws = workspace();
    const h = await harness();
    const file = ws.write(BASIC + '    iap: { oauth2ClientId: c, oauth2ClientSecret: { env: NOT_SET_ANYWHERE } }\n');
    const r = await planFile({ file, clients: h, env: {} });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.diagnostics.map((d) => `${d.line}:${d.column}: ${d.message}`)).toEqual(['9:58: the environment variable NOT_SET_ANYWHERE is not set (it holds a secret this manifest needs)']);
    expect(h.em.log).toEqual([]);
  });
});

describe('saved plans', () => {
  it('a stale plan is refused and nothing changes', async () => {
    const h = await harness();
    const ws = workspace();
    const file = ws.write(BASIC);
    await apply(h, await plan(h, file), ws.dir);
    const out = join(ws.dir, 'plan.json');
    expect((await cli('plan', ws.write(BASIC + '    cdn: true\n'), '--compute-endpoint', h.em.endpoint, '--out', out)).code).toBe(0);
    const map = (await h.v1.backendServices.get({ project: P, backendService: 'lb-hello' })).data;
    await h.v1.backendServices.patch({ project: P, backendService: 'lb-hello', requestBody: { fingerprint: map.fingerprint, description: 'edited in the console' } });
    const saved = JSON.parse(readFileSync(out, 'utf8'));
    expect(staleness(saved, await readLive(h, P))).toEqual(['backendService/lb-hello changed since the plan was made']);
    h.em.log.length = 0;
    const r = await cli('apply', out, '--compute-endpoint', h.em.endpoint);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Saved plan is stale');
    expect(h.em.log.filter((l) => l.method !== 'GET')).toEqual([]);
  });

  it('a fresh saved plan applies exactly its steps', async () => {
    const h = await harness();
    const ws = workspace();
    const out = join(ws.dir, 'plan.json');
    expect((await cli('plan', ws.write(BASIC), '--compute-endpoint', h.em.endpoint, '--out', out, '--detailed-exitcode')).code).toBe(2);
    const r = await cli('apply', out, '--compute-endpoint', h.em.endpoint);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Apply complete: 6 done, 0 failed, 0 skipped');
    expect((await cli('plan', ws.write(BASIC), '--compute-endpoint', h.em.endpoint, '--detailed-exitcode')).code).toBe(0);
  });
});

describe('renderings', () => {
  it('text: + ~ - -/+ in the manifest\'s words, GCP\'s field diff under --verbose, the summary line first; colour only when asked', async () => {
    const h = await harness();
    const ws = workspace();
    await apply(h, await plan(h, ws.write(BASIC)), ws.dir);
    const p = await plan(h, ws.write(BASIC.replace('service: hello', 'service: hello2') + '    cdn: true\n'));
    const text = renderText(p, { color: false });
    expect(text.split('\n')[2]).toBe('Plan: 0 to add, 1 to change, 1 to replace, 0 to destroy.');
    expect(text).toMatch(/-\/\+ backends\.hello regionNetworkEndpointGroup\/us-central1\/lb-hello-[0-9a-f]{8} — replace: replaced: the new one is created first, then lb-hello-[0-9a-f]{8} is deleted\n/);
    expect(text).toContain('serves: Cloud Run service hello2 (was Cloud Run service hello)');
    expect(text).toContain('  ~ backends.hello backendService/lb-hello — update: differs from the manifest');
    expect(text).toContain('CDN: on (cacheMode CACHE_ALL_STATIC, clientTtl 3600 s, defaultTtl 3600 s, maxTtl 86400 s) (was off)');
    // GCP's field diff only under --verbose.
    expect(text).not.toContain('~ enableCDN: false → true');
    const verbose = renderText(p, { color: false, verbose: true });
    expect(verbose).toContain('~ enableCDN: false → true');
    expect(verbose).toContain('~ cloudRun.service: "hello" → "hello2"');
    // The replaced NEG is one resource: its old half is not listed on its own.
    expect(text.match(/regionNetworkEndpointGroup\/us-central1\/lb-hello-[0-9a-f]{8} —/g)).toHaveLength(1);
    expect(text).not.toContain('\u001b[');
    expect(renderText(p, { color: true })).toContain('\u001b[');
    const json = JSON.parse(renderJson(p)) as { resources: { action: string; actions: string[] }[] };
    expect(json.resources.find((r) => r.action === 'replace')!.actions).toEqual(['create', 'delete']);
  });

  it('markdown: summary table, warning block, details, diagram; folds detail to fit the budget and says so', async () => {
    const h = await harness();
    const { generateManifest } = await import('../../bench/generate.js');
    const ws = workspace();
    const file = ws.write(generateManifest(60, 6));
    const r = await planFile({ file, clients: h, env: {} });
    if (!r.ok) throw new Error('invalid');
    const full = renderMarkdown(r.plan, { topology: topology(r.compiled), budget: 10_000_000 });
    expect(full).toContain('#### Backends');
    expect(full).toContain('<details><summary>Compute fields of');
    expect(full).toContain('```mermaid');
    expect(full).toContain('classDef add');
    expect(full.length).toBeGreaterThan(60_000);
    const folded = renderMarkdown(r.plan, { topology: topology(r.compiled) });
    expect(folded.length).toBeLessThanOrEqual(60_000);
    expect(folded).toMatch(/were left out to fit 60,000 characters: .*the Compute field diffs of \d+ resources/);
    expect(folded).toContain('Plan: 428 to add'); // 60 × 6 NEGs, 60 backend services, 8 frontend resources
    const tiny = renderMarkdown(r.plan, { topology: topology(r.compiled), budget: 3000 });
    expect(tiny.length).toBeLessThanOrEqual(3000);
    expect(tiny).toContain('Plan: 428 to add');
    expect(tiny).toMatch(/were left out to fit 3,000 characters: .*resources \(their headings\)/);
  });

  it('markdown warns about destructive changes and lists DNS records', async () => {
    const h = await harness();
    const ws = workspace();
    const https = BASIC.replace('  address: { reserve: lb-ip }\n', '  address: { reserve: lb-ip }\n  https:\n    certificates: [ { managed: [example.com] } ]\n');
    await apply(h, await plan(h, ws.write(https)), ws.dir);
    const p = await plan(h, ws.write(https.replace('[example.com]', '[www.example.com]')));
    const md = renderMarkdown(p, { topology: topology(compile(loadManifest(join(ws.dir, 'lb.yaml')).manifest!)) });
    expect(md).toContain('> [!WARNING]');
    expect(md).toMatch(/> - \*\*replace\*\* `sslCertificate\/lb-cert-[0-9a-f]{8}`/);
    expect(md).toMatch(/\| `www\.example\.com` \| A \| `34\.\d+\.\d+\.\d+` \|/);
    expect(md).toContain('| Certificate | Domains | Status |');
  });
});

/**
 * Leftovers are never silent (issue 16, item 5): `plan` reports what lb-plan owns for a load balancer
 * no manifest of the run declares — after renaming metadata.name, after deleting a manifest — and
 * `destroy --name NAME --project P` removes it without its manifest, with the same safety.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { findOrphans, type Orphans } from '../../src/plan/orphans.js';
import { orphansMarkdown, orphansText } from '../../src/plan/render/orphans.js';
import { cli } from '../helpers/cli.js';
import { harness, P } from '../helpers/emulator.js';
import { apply, plan, workspace } from '../helpers/plan.js';

const MULTI = readFileSync('examples/multi-region.yaml', 'utf8');
/** The multi-region example under another load balancer name (and other address names, which are global). */
const renamed = (text: string, name: string): string => text.replace('name: serverless-lb', `name: ${name}`).replace(/reserve: example-/g, `reserve: ${name}-`);

const OTHER = `apiVersion: lb-plan/v1
kind: LoadBalancer
metadata: { name: other-lb, project: ${P} }
frontend:
  address: { reserve: other-ip }
backends:
  api:
    serverless: [ { region: us-central1, cloudRun: { service: api } } ]
`;

describe('orphaned resources in plan', () => {
  it('renaming metadata.name: the old load balancer\'s resources are reported, with the command that removes them; destroy --name removes exactly them', async () => {
    const h = await harness();
    const ws = workspace();
    const at = ['--compute-endpoint', h.em.endpoint];
    const file = ws.write(MULTI);
    const first = await plan(h, file);
    await apply(h, first, ws.dir);
    const created = first.resources.map((r) => r.address).sort();

    writeFileSync(file, renamed(MULTI, 'shop-lb'));
    const r = await cli('plan', file, ...at);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Orphaned: ${created.length} resources of serverless-lb in project ${P} — destroy them with \`lb-plan destroy --name serverless-lb --project ${P}\`\n${created.map((a) => `  ${a}\n`).join('')}No manifest in this run declares these load balancers`);

    const md = await cli('plan', file, ...at, '--format', 'markdown');
    expect(md.stdout).toContain(`- **${created.length} resources of \`serverless-lb\`** in \`${P}\` — destroy them with \`lb-plan destroy --name serverless-lb --project ${P}\``);
    for (const a of created) expect(md.stdout).toContain(`  - \`${a}\``);

    const json = JSON.parse((await cli('plan', file, ...at, '--json')).stdout) as { manifest: { name: string }; orphans: Orphans[] };
    expect(json.manifest.name).toBe('shop-lb');
    expect(json.orphans).toEqual([{ project: P, name: 'serverless-lb', resources: created, destroy: `lb-plan destroy --name serverless-lb --project ${P}` }]);

    // The new one is applied beside it; destroying the old one by name leaves the new one whole.
    expect((await cli('apply', file, ...at, '--auto-approve')).code).toBe(0);
    const destroyed = await cli('destroy', '--name', 'serverless-lb', '--project', P, ...at, '--auto-approve');
    expect(destroyed.stderr).toBe('');
    expect(destroyed.code).toBe(0);
    expect(destroyed.stdout).toContain(`Destroy complete: ${created.length} done, 0 failed, 0 skipped`);
    const after = await cli('plan', file, ...at, '--detailed-exitcode');
    expect(after.code).toBe(0);
    expect(after.stdout).not.toContain('Orphaned');
    const deletes = h.em.log.filter((l) => l.method === 'DELETE').map((l) => decodeURIComponent(l.path.split('/').pop()!));
    expect(deletes.sort()).toEqual(created.map((a) => a.split('/').pop()!).sort());
  });

  it('deleting a manifest: its load balancer is reported when the remaining manifests are planned; none when every manifest is passed', async () => {
    const h = await harness();
    const ws = workspace();
    const at = ['--compute-endpoint', h.em.endpoint];
    const a = ws.write(MULTI);
    const b = join(ws.dir, 'other.yaml');
    writeFileSync(b, OTHER);
    expect((await cli('apply', a, ...at, '--auto-approve')).code).toBe(0);
    expect((await cli('apply', b, ...at, '--auto-approve')).code).toBe(0);
    // A resource lb-plan does not own is nobody's orphan.
    await h.v1.backendServices.insert({ project: P, requestBody: { name: 'hand-made', loadBalancingScheme: 'EXTERNAL', protocol: 'HTTPS' } });
    // Compute requests only: the plan also asks the Cloud Run Admin API about the services behind the NEGs.
    const computeReads = (): number => h.em.log.filter((l) => l.path.startsWith('/compute/')).length;
    const reads = computeReads();

    const both = await cli('plan', a, b, ...at, '--detailed-exitcode');
    expect(both.stderr).toBe('');
    expect(both.code).toBe(0);
    expect(both.stdout).not.toContain('Orphaned');
    // Two manifests of one project: its live state is read once.
    expect(computeReads() - reads).toBe(9);

    const withoutB = await cli('plan', a, ...at);
    expect(withoutB.stdout).toContain(`Orphaned: 6 resources of other-lb in project ${P} — destroy them with \`lb-plan destroy --name other-lb --project ${P}\``);
    expect(withoutB.stdout).not.toContain('hand-made');
    expect(withoutB.stdout).not.toMatch(/of serverless-lb/);

    const json = JSON.parse((await cli('plan', a, b, ...at, '--format', 'json')).stdout) as { plans: { manifest: { name: string } }[]; orphans: unknown[] };
    expect(json.plans.map((p) => p.manifest.name)).toEqual(['serverless-lb', 'other-lb']);
    expect(json.orphans).toEqual([]);
  });

  it('a manifest that cannot be planned: nothing is called orphaned (its load balancer cannot be told from a leftover), and the run says so', async () => {
    const h = await harness();
    const ws = workspace();
    const at = ['--compute-endpoint', h.em.endpoint];
    const b = join(ws.dir, 'other.yaml');
    writeFileSync(b, OTHER);
    expect((await cli('apply', b, ...at, '--auto-approve')).code).toBe(0);
    const broken = ws.write(OTHER.replace('name: other-lb', 'name: Other'));
    const a = join(ws.dir, 'a.yaml');
    writeFileSync(a, renamed(MULTI, 'shop-lb'));
    const r = await cli('plan', a, broken, ...at);
    expect(r.code).toBe(1);
    expect(r.stdout).not.toContain('Orphaned');
    expect(r.stdout).toContain('lb-plan: shop-lb in project my-project');
    expect(r.stderr).toContain('Orphaned resources were not looked for: 1 manifest could not be planned, so its load balancer could not be told from leftovers.');
  });

  it('--out saves one plan: with two manifests it is a usage error, before anything is read', async () => {
    const h = await harness();
    const r = await cli('plan', 'examples/http.yaml', 'examples/cdn.yaml', '--out', join(workspace().dir, 'p.json'), '--compute-endpoint', h.em.endpoint);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('lb-plan: --out saves one plan: give one manifest (here: 2), or plan them without --out\n');
    expect(h.em.log).toEqual([]);
  });
});

describe('destroy --name NAME --project P', () => {
  it('asks in its own words, keeps what --keep names, deletes only what that load balancer owns', async () => {
    const h = await harness();
    const ws = workspace();
    const at = ['--compute-endpoint', h.em.endpoint];
    const a = ws.write(MULTI);
    const b = join(ws.dir, 'other.yaml');
    writeFileSync(b, OTHER);
    expect((await cli('apply', a, ...at, '--auto-approve')).code).toBe(0);
    expect((await cli('apply', b, ...at, '--auto-approve')).code).toBe(0);
    let out = '';
    let asked = '';
    const code = await run(['destroy', '--name', 'other-lb', '--project', P, ...at, '--keep', 'globalAddress/other-ip'], { stdout: (t) => (out += t), stderr: (t) => (out += t), env: {}, isTTY: true, prompt: async (q) => ((asked = q), 'yes') });
    expect(out).toContain('Destroy complete: 5 done, 0 failed, 0 skipped');
    expect(code).toBe(0);
    expect(asked).toBe(`\nDestroy load balancer "other-lb" in project ${P}? Everything listed above will be deleted. Only 'yes' will be accepted: `);
    expect(out).toContain('globalAddress/other-ip is kept, as asked (--keep)');
    const ip = (await h.v1.globalAddresses.get({ project: P, address: 'other-ip' })).data.address!;
    // The kept address is reported as kept, not as a leftover to destroy (that would release its IP).
    const planned = await cli('plan', a, ...at);
    expect(planned.stdout).toContain(`Kept address globalAddress/other-ip (${ip}) of other-lb in project ${P}: adopt it in a manifest (metadata.adopt), or \`lb-plan destroy --name other-lb --project ${P}\` releases its IP`);
    expect(planned.stdout).not.toContain('Orphaned:');
    const md = await cli('plan', a, ...at, '--format', 'markdown');
    expect(md.stdout).toContain(`- **kept address \`globalAddress/other-ip\`** (\`${ip}\`) of \`other-lb\``);
    // The other load balancer is whole.
    expect((await cli('plan', a, ...at, '--detailed-exitcode')).code).toBe(0);
    const again = await cli('destroy', '--name', 'no-such-lb', '--project', P, ...at, '--auto-approve');
    expect(again.stdout).toBe(`Nothing to destroy: lb-plan owns no resources of load balancer "no-such-lb" in project ${P}.\n`);
  });

  it.each([
    [['destroy', '--name', 'lb'], 'lb-plan: --name lb needs --project: the project the load balancer is in\n'],
    [['destroy', 'examples/http.yaml', '--name', 'lb', '--project', P], 'lb-plan: give either a manifest (examples/http.yaml) or --name, not both\n'],
    [['destroy', '--name', 'Not_A_Name', '--project', P], 'lb-plan: --name takes a load balancer name (metadata.name: lowercase letters, digits and hyphens, starting with a letter), not "Not_A_Name"\n'],
    [['destroy', '--project', P], 'lb-plan: destroy needs a manifest FILE, or --name NAME and --project ID for a load balancer whose manifest is gone\n'],
  ])('%j: usage error, exit 2, nothing read', async (args, message) => {
    const h = await harness();
    const r = await cli(...args, '--compute-endpoint', h.em.endpoint);
    expect(r.stderr).toBe(message);
    expect(r.code).toBe(2);
    expect(h.em.log).toEqual([]);
  });
});

describe('orphans as data and as text', () => {
  const state = (project: string, bodies: [string, Record<string, unknown>][]) => ({
    project,
    requests: 0,
    resources: new Map(bodies.map(([address, body]) => [address, { address, kind: address.split('/')[0] as 'backendService', scope: { type: 'global' as const }, name: address.split('/').pop()!, body }])),
  });

  it('groups by project and owner, skips declared and unowned resources, and counts a fixed-description kind by its labels', () => {
    const p1 = state('p1', [
      ['backendService/a-web', { description: '[managed by lb-plan: a]' }],
      ['backendService/b-web', { description: 'hello [managed by lb-plan: b]' }],
      ['urlMap/b', { description: '[managed by lb-plan: b]' }],
      ['backendService/mine', { description: 'no marker' }],
      ['globalAddress/kept', { description: '[managed by lb-plan: old]', labels: { 'managed-by': 'lb-plan', 'lb-plan-lb': 'c', 'lb-plan-from': 'old' } }],
      // A label no load balancer can be named (`destroy --name 9_x` is a usage error) owns nothing.
      ['globalAddress/odd', { labels: { 'managed-by': 'lb-plan', 'lb-plan-lb': '9_x' } }],
    ]);
    const p2 = state('p2', [['backendService/b-web', { description: '[managed by lb-plan: b]' }]]);
    const found = findOrphans([p1, p2, p1], [{ project: 'p1', name: 'a' }, { project: 'p2', name: 'a' }]);
    expect(found.map((o) => [o.project, o.name, o.resources])).toEqual([
      ['p1', 'b', ['backendService/b-web', 'urlMap/b']],
      ['p1', 'c', ['globalAddress/kept']],
      ['p2', 'b', ['backendService/b-web']],
    ]);
    // Only addresses left (what destroy --keep leaves): kept, each with its IP.
    expect(found.map((o) => o.kept)).toEqual([undefined, [{ address: 'globalAddress/kept', ip: 'no IP' }], undefined]);
  });

  it('one resource reads "it"; nothing orphaned renders nothing', () => {
    const one: Orphans = { project: 'p', name: 'x', resources: ['urlMap/x'], destroy: 'lb-plan destroy --name x --project p' };
    expect(orphansText([one])).toContain('Orphaned: 1 resource of x in project p — destroy it with `lb-plan destroy --name x --project p`\n  urlMap/x\n');
    expect(orphansText([])).toBe('');
    expect(orphansMarkdown([])).toBe('');
  });

  it('Markdown fits its budget: resources folded first, then load balancers counted', () => {
    const many: Orphans[] = Array.from({ length: 40 }, (_, i) => ({ project: 'p', name: `lb-${i}`, resources: Array.from({ length: 13 }, (_, j) => `backendService/lb-${i}-${j}`), destroy: `lb-plan destroy --name lb-${i} --project p` }));
    const full = orphansMarkdown(many);
    expect(full).toContain('<details>');
    const tight = orphansMarkdown(many, 1_200);
    expect(tight.length).toBeLessThanOrEqual(1_200);
    expect(tight).not.toContain('<details>');
    expect(tight).toContain('- **13 resources of `lb-0`** in `p`');
    expect(tight).toMatch(/- … and \d+ more load balancers \(run `lb-plan plan` with every manifest to see them all\)\n$/);
  });

  it('a name or project from GCP cannot break out of its code span', () => {
    const hostile: Orphans = { project: 'p`<!--', name: 'x', resources: ['urlMap/x'], destroy: 'lb-plan destroy --name x --project p`<!--' };
    const md = orphansMarkdown([hostile]);
    expect(md).not.toContain('<!--');
    expect(md).toContain('<code>p&#96;&lt;!--</code>');
  });
});

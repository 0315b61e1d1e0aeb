/**
 * The built Action (dist/index.js) as a process, the way the runner runs it, against a local
 * GitHub REST server and the Compute emulator.
 */
import { describe, expect, it } from 'vitest';
import { P } from '../helpers/emulator.js';
import { HEAD_SHA, MERGE_SHA as SHA, rig } from '../helpers/action.js';
import type { FakeGitHub } from '../helpers/github.js';

const MANIFEST = `apiVersion: lb-plan/v1
kind: LoadBalancer
metadata: { name: web, project: my-project }
frontend:
  address: { reserve: web-ip }
  https:
    certificates: [ { managed: [www.example.com] } ]
    redirectHttp: true
backends:
  web:
    serverless:
      - { region: us-central1, cloudRun: { service: web } }
`;

async function setup(files: Record<string, string> = { 'lb/web.yaml': MANIFEST }) {
  const r = await rig(files);
  const pr = (number: number, action = 'opened', extra: Record<string, string> = {}) => r.pr(number, action, { inputs: extra });
  const merge = (number: number | undefined, extra: Record<string, string> = {}) => (number === undefined ? r.push(SHA, { inputs: extra }) : r.merge(number, { inputs: extra }));
  return { ...r, event: r.pr, pr, merge };
}

const ours = (gh: FakeGitHub, issue: number) => (gh.comments.get(issue) ?? []).filter((c) => c.user.login === 'github-actions[bot]');

describe('the Action on pull requests', () => {
  it('the first plan creates the comment; a second push edits the same one', async () => {
    const { gh, pr } = await setup();
    const first = await pr(7);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(ours(gh, 7)).toHaveLength(1);
    const body = ours(gh, 7)[0]!.body;
    expect(body.startsWith('<!-- lb-plan:comment -->')).toBe(true);
    const [, approval] = body.split('\n');
    expect(JSON.parse(/^<!-- lb-plan:approval (\{.*\}) -->$/.exec(approval!)![1]!)).toEqual({ v: 1, pr: 7, url: 'https://github.com/acme/infra/pull/7', head: HEAD_SHA, plans: { 'lb/web.yaml': expect.stringMatching(/^[0-9a-f]{64}$/) } });
    expect(body).toContain('\n<!-- lb-plan:plan file=lb%2Fweb.yaml -->\n');
    expect(body).toContain('### `lb/web.yaml` → `web` in `my-project`');
    expect(body).toContain('**Plan: 10 to add, 0 to change, 0 to destroy.**');
    expect(body).toContain('```mermaid');
    expect(first.outputs).toMatchObject({ changes: 'true', 'to-add': '10', 'to-change': '0', 'to-destroy': '0' });
    expect(first.outputs['plan-json']).toMatch(/lb_web\.yaml\.plan\.json$/);
    expect(first.summary).toContain('**Plan: 10 to add');
    const second = await pr(7, 'synchronize');
    expect(second.code).toBe(0);
    expect(ours(gh, 7)).toHaveLength(1);
    expect(gh.requests.filter((r) => r.method === 'PATCH')).toHaveLength(1);
    expect(gh.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/comments'))).toHaveLength(1);
  });

  it('reports no changes once the load balancer matches', async () => {
    const { pr, merge, gh } = await setup();
    await pr(8);
    expect((await merge(8)).code).toBe(0);
    const again = await pr(9);
    expect(again.code).toBe(0);
    expect(again.outputs.changes).toBe('false');
    expect(ours(gh, 9)[0]!.body).toContain('No changes. The load balancer matches the manifest.');
  });

  it('an invalid manifest: annotations at file and line, the comment says what and where, failure-reason validation', async () => {
    const { gh, pr } = await setup({ 'lb/web.yaml': MANIFEST.replace('cloudRun:', 'cloudrun:') });
    const r = await pr(10);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('::error title=lb-plan%3A backends.web.serverless[0],file=lb/web.yaml,line=12,col=9::needs one of "cloudRun", "cloudFunctions", "appEngine", "apiGateway"');
    expect(r.outputs['failure-reason']).toBe('validation');
    const body = ours(gh, 10)[0]!.body;
    expect(body).toContain('### ❌ `lb/web.yaml`: the manifest is not valid');
    expect(body).toContain('- `lb/web.yaml:12:32` unknown key "cloudrun" (did you mean "cloudRun"?) (at `backends.web.serverless[0].cloudrun`)');
  });

  it('finds its comment among 200 earlier ones, by marker and author (an impostor with the marker is ignored)', async () => {
    const { gh, pr } = await setup();
    const others = Array.from({ length: 200 }, (_, i) => ({ id: i + 1, body: `comment ${i}`, user: { login: `user${i % 7}`, type: 'User' } }));
    others.splice(150, 0, { id: 500, body: '<!-- lb-plan:comment -->\nold plan', user: { login: 'github-actions[bot]', type: 'Bot' } });
    others.splice(180, 0, { id: 501, body: '<!-- lb-plan:comment -->\nforged', user: { login: 'mallory', type: 'User' } });
    gh.comments.set(11, others);
    const r = await pr(11);
    expect(r.code).toBe(0);
    const list = gh.comments.get(11)!;
    expect(list).toHaveLength(202);
    expect(list.find((c) => c.id === 500)!.body).toContain('**Plan: 10 to add');
    expect(list.find((c) => c.id === 501)!.body).toBe('<!-- lb-plan:comment -->\nforged');
    expect(gh.requests.filter((q) => q.method === 'GET' && q.path.includes('/issues/11/comments')).length).toBe(3);
  });

  it('keeps the comment within GitHub\'s 65,536 characters for a very large plan', async () => {
    const { generateManifest } = await import('../../bench/generate.js');
    const files: Record<string, string> = { 'lb/big.yaml': generateManifest(80, 8) };
    for (let i = 0; i < 3; i++) files[`lb/more-${i}.yaml`] = generateManifest(40, 6).replace('name: bench,', `name: bench${i},`).replace('bench-ip', `bench${i}-ip`);
    const { gh, pr } = await setup(files);
    const r = await pr(12);
    expect(r.code).toBe(0);
    const body = ours(gh, 12)[0]!.body;
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body).toMatch(/folded|left out/);
    expect(body.match(/<!-- lb-plan:plan file=/g)).toHaveLength(4);
  });

  it('an API error: the comment says what went wrong instead of staying stale; failure-reason api-error', async () => {
    const { gh, pr } = await setup();
    await pr(15);
    const r = await pr(15, 'synchronize', { project: 'Not_A_Project' });
    expect(r.code).toBe(1);
    expect(r.outputs['failure-reason']).toBe('api-error');
    const body = ours(gh, 15)[0]!.body;
    expect(body).toContain('### ❌ `lb/web.yaml`: could not plan');
    expect(body).toContain("Failed to list globalAddresses in project Not_A_Project: Invalid value for field 'project': 'Not_A_Project'.");
    expect(body).not.toContain('**Plan: 10 to add');
  });

  it('the job summary shows a large plan in full, where the comment folds it', async () => {
    const { generateManifest } = await import('../../bench/generate.js');
    const { gh, pr } = await setup({ 'lb/big.yaml': generateManifest(80, 8) });
    const r = await pr(16);
    expect(r.code).toBe(0);
    expect(ours(gh, 16)[0]!.body).toMatch(/folded|left out/);
    expect(r.summary).not.toMatch(/were folded|were left out/);
    expect(r.summary.length).toBeGreaterThan(65_536);
  });

  it('no manifest matching the input fails with failure-reason validation', async () => {
    const { pr } = await setup();
    const r = await pr(14, 'opened', { manifests: 'nothing/*.yaml' });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('::error::no manifest matches "nothing/*.yaml"');
    expect(r.outputs['failure-reason']).toBe('validation');
  });

  it('a pull request from a fork is validated, and told plainly that planning needs a maintainer', async () => {
    const { gh, event } = await setup();
    const r = await event(13, 'opened', { fork: true, inputs: { 'github-token': 'ghs_read_only', 'compute-endpoint': '' } });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('::notice::Pull request from a fork: manifests validated; planning needs a maintainer run');
    expect(r.summary).toContain('the plan needs a run by a maintainer');
    expect(r.summary).toContain('| `lb/web.yaml` | ✅ valid |');
    expect(gh.requests).toEqual([]);
  });
});

describe('the Action on merge', () => {
  it('applies exactly the approved plan, then updates the comment with the outcome and IPs', async () => {
    const { gh, h, pr, merge } = await setup();
    await pr(20);
    const r = await merge(20);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.outputs['ip-addresses']).toMatch(/^34\.\d+\.\d+\.\d+$/);
    const body = ours(gh, 20)[0]!.body;
    expect(body).toContain(`### ✅ \`lb/web.yaml\`: applied at \`${SHA.slice(0, 7)}\``);
    expect(body).toContain('10 done, 0 failed, 0 skipped.');
    expect(body).toMatch(/\| `www\.example\.com` \| A \| `34\./);
    expect((await h.v1.backendServices.get({ project: P, backendService: 'web-web' })).status).toBe(200);
  });

  it('refuses when the plan changed since it was approved (drift), and applies nothing', async () => {
    const { gh, h, pr, merge } = await setup();
    await pr(21);
    // Out-of-band: someone creates one of the resources by hand.
    await h.v1.globalAddresses.insert({ project: P, requestBody: { name: 'web-ip', description: '[managed by lb-plan: web]' } });
    h.em.log.length = 0;
    const r = await merge(21);
    expect(r.code).toBe(1);
    expect(r.outputs['failure-reason']).toBe('plan-changed');
    expect(h.em.log.filter((l) => l.method !== 'GET')).toEqual([]);
    const body = ours(gh, 21)[0]!.body;
    expect(body).toContain('### ⛔ `lb/web.yaml`: not applied — the plan differs from the one approved in the pull request');
    expect(r.summary).toContain('The plan now:');
  });

  it('a direct push without a pull request follows on-direct-push (fail by default, skip, or apply)', async () => {
    const { merge, h } = await setup();
    const fail = await merge(undefined);
    expect(fail.code).toBe(1);
    expect(fail.outputs['failure-reason']).toBe('no-approved-plan');
    const skip = await merge(undefined, { 'on-direct-push': 'skip' });
    expect(skip.code).toBe(0);
    expect(h.em.log.filter((l) => l.method !== 'GET')).toEqual([]);
    const apply = await merge(undefined, { 'on-direct-push': 'apply' });
    expect(apply.code).toBe(0);
    expect(apply.outputs.changes).toBe('true');
    expect((await h.v1.urlMaps.get({ project: P, urlMap: 'web' })).status).toBe(200);
  });
});

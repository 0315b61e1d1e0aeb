/**
 * The Action lists orphaned resources (issue 16, item 5) in its pull-request comment, its job
 * summary and the log. Run in-process from src/ (the other Action tests run the committed bundle),
 * with the real GitHub client against the fake GitHub REST server and the emulator for Compute.
 */
import { mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { ActionIo } from '../../src/action/run.js';
import { readSettings } from '../../src/action/settings.js';
import { HEAD_SHA, prPayload } from '../helpers/action.js';
import { cli } from '../helpers/cli.js';
import { harness, P } from '../helpers/emulator.js';
import { OWNER, pullRequestObject, REPO, startFakeGitHub, TOKENS } from '../helpers/github.js';

// @actions/github takes the API's address from the environment when it loads: the fake GitHub
// starts first, and the Action's modules load after it.
const fake = await startFakeGitHub();
const before = process.env.GITHUB_API_URL;
process.env.GITHUB_API_URL = fake.url;
const { GitHub } = await import('../../src/action/github.js');
const { runAction } = await import('../../src/action/run.js');
if (before === undefined) delete process.env.GITHUB_API_URL;
else process.env.GITHUB_API_URL = before;
afterAll(() => fake.close());

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

const MULTI = readFileSync('examples/multi-region.yaml', 'utf8');

interface Recorded {
  warnings: string[];
  summary: string;
  failed: string[];
}

async function planPullRequest(endpoint: string, dir: string, files: string[], more: Record<string, string> = {}): Promise<Recorded> {
  const rec: Recorded = { warnings: [], summary: '', failed: [] };
  const io: ActionIo = {
    setOutput: () => {},
    annotate: () => {},
    info: () => {},
    notice: () => {},
    warning: (t) => void rec.warnings.push(t),
    summary: async (md) => void (rec.summary += md),
    fail: (m) => void rec.failed.push(m),
    mask: () => {},
  };
  const inputs: Record<string, string> = { mode: 'plan', 'compute-endpoint': endpoint, 'github-token': TOKENS.actions, 'comment-author': 'github-actions[bot]', ...more };
  const settings = readSettings((name) => inputs[name] ?? '');
  const gh = new GitHub(settings.githubToken, OWNER, REPO, '', settings.commentAuthor);
  const pr = pullRequestObject(7, HEAD_SHA);
  fake.pulls.set(7, pr);
  const payload = prPayload('opened', pr) as Record<string, unknown>;
  await runAction(settings, files, { eventName: 'pull_request', payload, sha: HEAD_SHA, ref: 'refs/pull/7/merge', runnerTemp: dir, env: {}, workspace: dir }, gh, io);
  return rec;
}

describe('the Action and orphaned resources', () => {
  it('a renamed load balancer: the comment, the summary and the log list the old one with the command that destroys it', async () => {
    const h = await harness();
    fake.comments.clear();
    const dir = realpathSync(mkdtempSync(join(tmpdir(), 'lb-plan-action-orphans-')));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const file = join(dir, 'lb.yaml');
    writeFileSync(file, MULTI);
    expect((await cli('apply', file, '--compute-endpoint', h.em.endpoint, '--auto-approve')).code).toBe(0);
    writeFileSync(file, MULTI.replace('name: serverless-lb', 'name: shop-lb').replace(/reserve: example-/g, 'reserve: shop-'));

    const rec = await planPullRequest(h.em.endpoint, dir, [file]);
    expect(rec.failed).toEqual([]);
    const comment = fake.comments.get(7)?.[0]?.body ?? '';
    const line = `- **14 resources of \`serverless-lb\`** in \`${P}\` — destroy them with \`lb-plan destroy --name serverless-lb --project ${P}\``;
    expect(comment).toContain(`#### ⚠️ Orphaned resources`);
    expect(comment).toContain(line);
    // Before the manifests' sections, where the reader starts.
    expect(comment.indexOf(line)).toBeLessThan(comment.indexOf('<!-- lb-plan:plan file='));
    expect(rec.summary).toContain(line);
    expect(rec.summary).toContain('  - `urlMap/serverless-lb`');
    expect(rec.warnings).toContain(`Orphaned: 14 resources of load balancer serverless-lb in project ${P}, which no manifest declares; destroy them with lb-plan destroy --name serverless-lb --project ${P}`);

    // Where other repositories manage load balancers in the project, the input turns the report off.
    fake.comments.clear();
    const off = await planPullRequest(h.em.endpoint, dir, [file], { 'report-orphans': 'false' });
    expect(off.failed).toEqual([]);
    expect(fake.comments.get(7)?.[0]?.body).toContain('shop-lb');
    expect(fake.comments.get(7)?.[0]?.body).not.toContain('Orphaned');
    expect(off.summary).not.toContain('Orphaned');
    expect(off.warnings).toEqual([]);
  });

  it('nothing left over: no orphan section; a manifest that cannot be planned: the comment says nothing was looked for', async () => {
    const h = await harness();
    fake.comments.clear();
    const dir = realpathSync(mkdtempSync(join(tmpdir(), 'lb-plan-action-orphans-')));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const file = join(dir, 'lb.yaml');
    writeFileSync(file, MULTI);
    expect((await cli('apply', file, '--compute-endpoint', h.em.endpoint, '--auto-approve')).code).toBe(0);
    const clean = await planPullRequest(h.em.endpoint, dir, [file]);
    expect(fake.comments.get(7)?.[0]?.body).not.toContain('Orphaned');
    expect(clean.warnings).toEqual([]);

    const broken = join(dir, 'broken.yaml');
    writeFileSync(broken, MULTI.replace('name: serverless-lb', 'name: Bad'));
    await planPullRequest(h.em.endpoint, dir, [file, broken]);
    expect(fake.comments.get(7)?.[0]?.body).toContain('Orphaned resources were not looked for: 1 manifest could not be planned, so its load balancer could not be told from leftovers.');
  });
});

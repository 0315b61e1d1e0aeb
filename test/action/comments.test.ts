/**
 * Issue 12.7 and 12.8: whose comment is whose. Two workflows on one pull request (a `label` each)
 * keep their own comment and approval; the bot's own comments are found for GITHUB_TOKEN, a GitHub
 * App's installation token and a personal token, without asking who the token is when the
 * `comment-author` input says. The built dist/index.js against the fake GitHub and the emulator,
 * then the comment's own rules on src/.
 */
import { describe, expect, it } from 'vitest';
import { commentBody, commentMarker, readApproval } from '../../src/action/comment.js';
import { readSettings } from '../../src/action/settings.js';
import { lb, rig } from '../helpers/action.js';
import { P } from '../helpers/emulator.js';
import { TOKENS } from '../helpers/github.js';


const approvalOf = (body: string, label = '') => readApproval(body, label);

describe('issue 12.7: a label names the comment, so two workflows on one pull request keep their own', () => {
  const prod = { manifests: 'lb/prod/*.yaml', label: 'production' };
  const staging = { manifests: 'lb/staging/*.yaml', label: 'staging' };

  it('production and staging each have their own comment and approval; each merge job applies by its own', async () => {
    const r = await rig({ 'lb/prod/web.yaml': lb('web'), 'lb/staging/web.yaml': lb('web-staging') });
    expect((await r.pr(110, 'opened', { inputs: prod })).code).toBe(0);
    expect((await r.pr(110, 'opened', { inputs: staging })).code).toBe(0);
    const [p, s] = r.ours(110);
    expect(r.ours(110)).toHaveLength(2);
    expect(p!.body.split('\n')[0]).toBe('<!-- lb-plan:comment label=production -->');
    expect(s!.body.split('\n')[0]).toBe('<!-- lb-plan:comment label=staging -->');
    expect(p!.body).toContain('## lb-plan · production');
    expect(Object.keys(approvalOf(p!.body, 'production')!.plans)).toEqual(['lb/prod/web.yaml']);
    expect(Object.keys(approvalOf(s!.body, 'staging')!.plans)).toEqual(['lb/staging/web.yaml']);
    expect(approvalOf(p!.body)).toBeUndefined(); // not the unnamed comment's

    // A push re-plans each into its own comment: still two, each edited in place.
    const stagingBefore = s!.body;
    expect((await r.pr(110, 'synchronize', { inputs: prod })).code).toBe(0);
    expect(r.ours(110)).toHaveLength(2);
    expect(r.ours(110)[1]!.body).toBe(stagingBefore);

    const applyProd = await r.merge(110, { inputs: prod });
    const applyStaging = await r.merge(110, { inputs: staging });
    expect([applyProd.code, applyStaging.code]).toEqual([0, 0]);
    expect(r.ours(110)[0]!.body).toContain('`lb/prod/web.yaml`: applied at');
    expect(r.ours(110)[1]!.body).toContain('`lb/staging/web.yaml`: applied at');
    expect((await r.h.v1.urlMaps.get({ project: P, urlMap: 'web' })).status).toBe(200);
    expect((await r.h.v1.urlMaps.get({ project: P, urlMap: 'web-staging' })).status).toBe(200);
  });

  it('an apply reads only its own label’s approval: the unnamed comment’s does not count for a labelled job', async () => {
    const r = await rig({ 'lb/prod/web.yaml': lb('web') });
    expect((await r.pr(111, 'opened', { inputs: { manifests: 'lb/prod/*.yaml' } })).code).toBe(0);
    const run = await r.merge(111, { inputs: prod });
    expect(run.code).toBe(1);
    expect(run.outputs['failure-reason']).toBe('no-approved-plan');
  });

  it('closing without merging withdraws each label’s comment', async () => {
    const r = await rig({ 'lb/prod/web.yaml': lb('web'), 'lb/staging/web.yaml': lb('web-staging') });
    await r.pr(112, 'opened', { inputs: prod });
    await r.pr(112, 'opened', { inputs: staging });
    await r.pr(112, 'closed', { inputs: prod });
    await r.pr(112, 'closed', { inputs: staging });
    for (const [c, label] of [[r.ours(112)[0]!, 'production'], [r.ours(112)[1]!, 'staging']] as const) {
      expect(c.body).toContain('closed without merging');
      expect(approvalOf(c.body, label)).toBeUndefined();
    }
  });

  it('(src) the marker names the label; an approval is read only from the comment of its label', () => {
    expect(commentMarker('')).toBe('<!-- lb-plan:comment -->');
    expect(commentMarker('eu west/1')).toBe('<!-- lb-plan:comment label=eu%20west%2F1 -->');
    const approval = { pr: 1, url: 'u', head: 'a'.repeat(40), plans: { f: 'f'.repeat(64) } };
    const body = commentBody({ label: 'prod', approval, sections: [], footer: '' });
    expect(readApproval(body, 'prod')).toEqual(approval);
    expect(readApproval(body, 'staging')).toBeUndefined();
    expect(readApproval(body)).toBeUndefined();
    const get = (inputs: Record<string, string>) => (name: string) => inputs[name] ?? '';
    expect(readSettings(get({ label: 'eu west/1' })).label).toBe('eu west/1');
    expect(() => readSettings(get({ label: 'x-->' }))).toThrow(/input label/);
    expect(() => readSettings(get({ label: 'a'.repeat(65) }))).toThrow(/input label/);
  });
});

describe('issue 12.8: the bot finds its own comments for every kind of token', () => {
  it('a GitHub App installation token: one comment, edited in place, approved and applied; GET /user never called', async () => {
    const r = await rig({ 'lb/web.yaml': lb('web') });
    const app = { inputs: { 'github-token': TOKENS.app } };
    expect((await r.pr(120, 'opened', app)).code).toBe(0);
    expect((await r.pr(120, 'synchronize', app)).code).toBe(0);
    const merged = await r.merge(120, app);
    expect(merged.code).toBe(0);
    expect(r.gh.comments.get(120)).toHaveLength(1);
    expect(r.by(120, 'lb-plan-app[bot]')[0]!.body).toContain('applied at');
    expect(r.gh.requests.filter((q) => q.path === '/user')).toEqual([]);
    // Asked who it is once per run, and only in the runs that found a comment with the marker.
    expect(r.gh.requests.filter((q) => q.path === '/graphql')).toHaveLength(2);
  });

  it('with an app token, a github-actions[bot] comment bearing the marker (another workflow’s) is not ours: its approval is ignored', async () => {
    const r = await rig({ 'lb/web.yaml': lb('web') });
    const app = { inputs: { 'github-token': TOKENS.app } };
    expect((await r.pr(121, 'opened')).code).toBe(0); // planned with GITHUB_TOKEN: github-actions[bot]'s comment and approval
    expect((await r.pr(121, 'synchronize', { ...app, head: 'd'.repeat(40) })).code).toBe(0);
    expect(r.ours(121)).toHaveLength(1);
    expect(r.by(121, 'lb-plan-app[bot]')).toHaveLength(1);
    expect(approvalOf(r.ours(121)[0]!.body)!.head).toBe('a'.repeat(40)); // the other comment was not touched
    expect((await r.merge(121, app)).code).toBe(0);
  });

  it('comment-author names the identity: no call asks who the token is', async () => {
    const r = await rig({ 'lb/web.yaml': lb('web') });
    const app = { inputs: { 'github-token': TOKENS.app, 'comment-author': 'lb-plan-app[bot]' } };
    await r.pr(122, 'opened', app);
    await r.pr(122, 'synchronize', app);
    expect((await r.merge(122, app)).code).toBe(0);
    expect(r.gh.comments.get(122)).toHaveLength(1);
    expect(r.gh.requests.filter((q) => q.path === '/graphql' || q.path === '/user')).toEqual([]);
  });

  it('a personal access token comments as its user, and is found again', async () => {
    const r = await rig({ 'lb/web.yaml': lb('web') });
    const pat = { inputs: { 'github-token': TOKENS.pat } };
    await r.pr(123, 'opened', pat);
    await r.pr(123, 'synchronize', pat);
    expect((await r.merge(123, pat)).code).toBe(0);
    expect(r.by(123, 'octo-maintainer')).toHaveLength(1);
    expect(r.gh.comments.get(123)).toHaveLength(1);
  });

  it('GITHUB_TOKEN: the first plan of a pull request asks nothing; the next asks GraphQL once, never GET /user', async () => {
    const r = await rig({ 'lb/web.yaml': lb('web') });
    await r.pr(124);
    expect(r.gh.requests.filter((q) => q.path === '/graphql' || q.path === '/user')).toEqual([]);
    await r.pr(124, 'synchronize');
    expect(r.gh.requests.filter((q) => q.path === '/graphql' || q.path === '/user')).toEqual([{ method: 'POST', path: '/graphql' }]);
  });
});

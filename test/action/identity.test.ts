/**
 * Issue 12.8 on src/: how GitHub.self() learns which login the token comments as — the
 * comment-author input (no call), else GraphQL's `viewer`, else GET /user, and never a guess —
 * against the fake GitHub server, which treats each kind of token as GitHub does.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type * as GitHubModule from '../../src/action/github.js';
import { OWNER, REPO, startFakeGitHub, TOKENS, type FakeGitHub } from '../helpers/github.js';

let gh: FakeGitHub;
let GitHub: typeof GitHubModule.GitHub;

beforeAll(async () => {
  gh = await startFakeGitHub();
  // @actions/github reads GITHUB_API_URL when it is first loaded.
  process.env.GITHUB_API_URL = gh.url;
  ({ GitHub } = await import('../../src/action/github.js'));
  return () => gh.close();
});

describe('GitHub.self (src)', () => {
  it('the comment-author input: no call at all', async () => {
    gh.requests.length = 0;
    expect(await new GitHub(TOKENS.app, OWNER, REPO, '', 'lb-plan-app[bot]').self()).toBe('lb-plan-app[bot]');
    expect(gh.requests).toEqual([]);
  });

  it('GraphQL viewer, asked once per instance, for GITHUB_TOKEN, an App token and a personal token', async () => {
    gh.requests.length = 0;
    const app = new GitHub(TOKENS.app, OWNER, REPO);
    expect(await app.self()).toBe('lb-plan-app[bot]');
    expect(await app.self()).toBe('lb-plan-app[bot]');
    expect(await new GitHub(TOKENS.actions, OWNER, REPO).self()).toBe('github-actions[bot]');
    expect(await new GitHub(TOKENS.pat, OWNER, REPO).self()).toBe('octo-maintainer');
    expect(gh.requests).toEqual(Array.from({ length: 3 }, () => ({ method: 'POST', path: '/graphql' })));
  });

  it('without GraphQL: GET /user for a personal token; for an App token it says so, instead of guessing github-actions[bot]', async () => {
    gh.faults.push({ method: 'POST', path: /^\/graphql$/, status: 502, message: 'Bad Gateway' });
    try {
      expect(await new GitHub(TOKENS.pat, OWNER, REPO).self()).toBe('octo-maintainer');
      await expect(new GitHub(TOKENS.app, OWNER, REPO).self()).rejects.toThrow(
        /cannot tell which account this token comments as \(GraphQL viewer: GitHub API POST \/graphql answered 502: Bad Gateway; GitHub API GET \/user answered 403: Resource not accessible by integration\); set the comment-author input/,
      );
    } finally {
      gh.faults.length = 0;
    }
  });
});

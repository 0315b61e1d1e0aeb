/**
 * A small stateful GitHub REST server for the Action's tests: the endpoints it uses, with GitHub's
 * pagination (Link headers), GITHUB_TOKEN's behaviour (GET /user is 403 for an integration), and pull
 * requests in GitHub's own shapes (from test/fixtures/github, real webhook examples).
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';

export interface FakeComment {
  id: number;
  body: string;
  user: { login: string; type: string };
}

/** A pull request as GitHub's REST API and webhooks carry it (the fields the tests set, and all the others). */
export interface PullRequestObject {
  number: number;
  html_url: string;
  state: 'open' | 'closed';
  merged: boolean;
  merged_at: string | null;
  closed_at: string | null;
  merge_commit_sha: string | null;
  head: { sha: string; ref: string; repo: { full_name: string } | null; [k: string]: unknown };
  base: { sha: string; ref: string; repo: { full_name: string }; [k: string]: unknown };
  [k: string]: unknown;
}

export interface FakeGitHub {
  readonly url: string;
  readonly comments: Map<number, FakeComment[]>;
  /** Pull requests by number, as GET /repos/{owner}/{repo}/pulls/{number} answers them. */
  readonly pulls: Map<number, PullRequestObject>;
  readonly requests: { method: string; path: string }[];
  close(): Promise<void>;
}

export const OWNER = 'acme';
export const REPO = 'infra';

/** A webhook example from test/fixtures/github, moved to acme/infra with default branch main. */
export function fixture(name: string): Record<string, unknown> {
  const text = readFileSync(resolve('test/fixtures/github', `${name}.json`), 'utf8')
    .replaceAll('Codertocat/Hello-World', `${OWNER}/${REPO}`)
    .replaceAll('"Hello-World"', `"${REPO}"`)
    .replaceAll('Codertocat', OWNER)
    .replaceAll('"master"', '"main"')
    .replaceAll('refs/heads/master', 'refs/heads/main')
    .replaceAll('acme:master', 'acme:main');
  return JSON.parse(text) as Record<string, unknown>;
}

/** An open pull request #number at head commit `head`, in GitHub's shape; `fork` puts its head in another repository. */
export function pullRequestObject(number: number, head: string, opts: { fork?: boolean } = {}): PullRequestObject {
  const pr = structuredClone(fixture('pull_request.opened').pull_request) as PullRequestObject;
  const url = `https://api.github.com/repos/${OWNER}/${REPO}/pulls/${number}`;
  Object.assign(pr, { number, url, html_url: `https://github.com/${OWNER}/${REPO}/pull/${number}`, issue_url: `https://api.github.com/repos/${OWNER}/${REPO}/issues/${number}`, state: 'open', merged: false, merged_at: null, closed_at: null, merge_commit_sha: 'e'.repeat(40) });
  pr.head = { ...pr.head, sha: head, ref: `change-${number}` };
  if (opts.fork && pr.head.repo) pr.head.repo = { ...pr.head.repo, full_name: `stranger/${REPO}` };
  return pr;
}

/** GitHub's "pull-request-simple": what GET /commits/{sha}/pulls lists, without a full pull request's extra fields. */
function simple(pr: PullRequestObject): Record<string, unknown> {
  const { merged: _m, mergeable: _a, rebaseable: _r, mergeable_state: _s, merged_by: _b, comments: _c, review_comments: _rc, maintainer_can_modify: _mm, commits: _n, additions: _ad, deletions: _d, changed_files: _f, ...rest } = pr;
  return rest;
}

/**
 * The pull requests GitHub associates with a commit: a merged one whose merge produced it or that
 * contained it, an open one whose head it is.
 */
function pullsFor(pulls: Iterable<PullRequestObject>, sha: string): Record<string, unknown>[] {
  return [...pulls].filter((p) => p.head.sha === sha || (p.merged && p.merge_commit_sha === sha)).map(simple);
}

export async function startFakeGitHub(owner = OWNER, repo = REPO): Promise<FakeGitHub> {
  const comments = new Map<number, FakeComment[]>();
  const pulls = new Map<number, PullRequestObject>();
  const requests: { method: string; path: string }[] = [];
  let nextId = 1000;
  let url = '';
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (d: Buffer) => (raw += d.toString()));
    req.on('end', () => {
      const u = new URL(req.url ?? '/', 'http://x');
      requests.push({ method: req.method ?? 'GET', path: u.pathname + u.search });
      const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
        res.writeHead(status, { 'content-type': 'application/json', ...headers });
        res.end(JSON.stringify(body));
      };
      if (!req.headers.authorization) return send(401, { message: 'Requires authentication' });
      const base = `/repos/${owner}/${repo}`;
      let m: RegExpExecArray | null;
      if (req.method === 'GET' && u.pathname === '/user') return send(403, { message: 'Resource not accessible by integration' });
      if ((m = new RegExp(`^${base}/issues/(\\d+)/comments$`).exec(u.pathname))) {
        const issue = Number(m[1]);
        const list = comments.get(issue) ?? [];
        if (req.method === 'GET') {
          const perPage = Math.min(100, Number(u.searchParams.get('per_page') ?? 30));
          const page = Number(u.searchParams.get('page') ?? 1);
          const slice = list.slice((page - 1) * perPage, page * perPage);
          const last = Math.max(1, Math.ceil(list.length / perPage));
          const link = page < last ? { link: `<${url}${u.pathname}?per_page=${perPage}&page=${page + 1}>; rel="next", <${url}${u.pathname}?per_page=${perPage}&page=${last}>; rel="last"` } : {};
          return send(200, slice, link as Record<string, string>);
        }
        if (req.method === 'POST') {
          const body = (JSON.parse(raw) as { body: string }).body;
          if (body.length > 65536) return send(422, { message: 'Validation Failed', errors: [{ resource: 'IssueComment', code: 'custom', field: 'body', message: 'body is too long (maximum is 65536 characters)' }] });
          const c = { id: nextId++, body, user: { login: 'github-actions[bot]', type: 'Bot' } };
          comments.set(issue, [...list, c]);
          return send(201, c);
        }
      }
      if ((m = new RegExp(`^${base}/issues/comments/(\\d+)$`).exec(u.pathname)) && req.method === 'PATCH') {
        const id = Number(m[1]);
        const body = (JSON.parse(raw) as { body: string }).body;
        if (body.length > 65536) return send(422, { message: 'Validation Failed' });
        for (const list of comments.values()) {
          const c = list.find((x) => x.id === id);
          if (c) {
            c.body = body;
            return send(200, c);
          }
        }
        return send(404, { message: 'Not Found' });
      }
      if ((m = new RegExp(`^${base}/commits/([0-9a-f]+)/pulls$`).exec(u.pathname)) && req.method === 'GET') {
        return send(200, pullsFor(pulls.values(), m[1]!));
      }
      if ((m = new RegExp(`^${base}/pulls/(\\d+)$`).exec(u.pathname)) && req.method === 'GET') {
        const pr = pulls.get(Number(m[1]));
        return pr ? send(200, pr) : send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest/pulls/pulls#get-a-pull-request', status: '404' });
      }
      return send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    comments,
    pulls,
    requests,
    close: () => new Promise<void>((r) => (server.closeAllConnections(), server.close(() => r()))),
  };
}

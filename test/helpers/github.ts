/**
 * A small stateful GitHub REST server for the Action's tests: the endpoints it uses, with GitHub's
 * pagination (Link headers), pull requests in GitHub's own shapes (from test/fixtures/github, real
 * webhook examples), and each kind of token as GitHub treats it: GITHUB_TOKEN and a GitHub App's
 * installation token (`ghs_…`) comment as `github-actions[bot]` and `<app-slug>[bot]`, get 403 from
 * GET /user and answer GraphQL's `viewer`; a personal token (`ghp_…`) is a user; a read-only token
 * (Dependabot's, a fork's) gets 403 "Resource not accessible by integration" on every write.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';

export interface FakeComment {
  id: number;
  body: string;
  user: { login: string; type: string };
  html_url?: string;
}

/** Who a token is, as GitHub reports it. */
export interface Identity {
  readonly login: string;
  readonly type: 'Bot' | 'User';
  /** Writes are refused (403 "Resource not accessible by integration"). */
  readonly readOnly?: boolean;
}

/** The tokens the fake knows, by kind. Any other `ghs_` token is GITHUB_TOKEN; any other token a user's. */
export const TOKENS = {
  /** GITHUB_TOKEN: the GitHub Actions app's installation token. */
  actions: 'ghs_token',
  /** An installation token of the GitHub App `lb-plan-app` (actions/create-github-app-token). */
  app: 'ghs_AppInstallationTokenOfLbPlanApp0001',
  /** A maintainer's personal access token. */
  pat: 'ghp_MaintainerPersonalAccessToken00001',
  /** A read-only GITHUB_TOKEN, as Dependabot's pull requests get. */
  readOnly: 'ghs_ReadOnlyTokenOfADependabotRun00001',
} as const;

export const IDENTITIES: Readonly<Record<string, Identity>> = {
  [TOKENS.actions]: { login: 'github-actions[bot]', type: 'Bot' },
  [TOKENS.app]: { login: 'lb-plan-app[bot]', type: 'Bot' },
  [TOKENS.pat]: { login: 'octo-maintainer', type: 'User' },
  [TOKENS.readOnly]: { login: 'github-actions[bot]', type: 'Bot', readOnly: true },
};

/** Who `authorization` (`token X` or `Bearer X`) is. */
export function identityOf(authorization: string): Identity {
  const token = authorization.replace(/^(token|bearer)\s+/i, '');
  return IDENTITIES[token] ?? (token.startsWith('ghs_') ? { login: 'github-actions[bot]', type: 'Bot' } : { login: 'someone', type: 'User' });
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
  /** Requests to answer with an error instead, as GitHub does when it is down or refuses (first match wins). */
  readonly faults: { method: string; path: RegExp; status: number; message: string }[];
  close(): Promise<void>;
}

export const OWNER = 'acme';
export const REPO = 'infra';

/** A webhook example from test/fixtures/github, moved to acme/infra with default branch main. */
export function fixture(name: string): Record<string, unknown> {
  const text = readFileSync(resolve('test/fixtures/github', `${name}.json`), 'utf8')
    .replaceAll('Codertocat/Hello-World', `${OWNER}/${REPO}`)
    .replaceAll('octo-org/octo-repo', `${OWNER}/${REPO}`)
    .replaceAll('"octo-repo"', `"${REPO}"`)
    .replaceAll('octo-org', OWNER)
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
  const faults: FakeGitHub['faults'] = [];
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
      const fault = faults.find((f) => f.method === req.method && f.path.test(u.pathname));
      if (fault) return send(fault.status, { message: fault.message, documentation_url: 'https://docs.github.com/rest', status: String(fault.status) });
      const base = `/repos/${owner}/${repo}`;
      let m: RegExpExecArray | null;
      const who = identityOf(req.headers.authorization);
      const commentUrl = (issue: number, id: number) => `https://github.com/${owner}/${repo}/pull/${issue}#issuecomment-${id}`;
      const forbidden = (doc: string) => send(403, { message: 'Resource not accessible by integration', documentation_url: `https://docs.github.com/rest/${doc}`, status: '403' });
      if (req.method === 'GET' && u.pathname === '/user') {
        if (who.type === 'Bot') return forbidden('users/users#get-the-authenticated-user');
        return send(200, { login: who.login, id: 583231, node_id: 'MDQ6VXNlcjU4MzIzMQ==', type: 'User', site_admin: false, html_url: `https://github.com/${who.login}` });
      }
      if (req.method === 'POST' && u.pathname === '/graphql') {
        const query = (JSON.parse(raw || '{}') as { query?: string }).query ?? '';
        if (/\bviewer\b/.test(query)) return send(200, { data: { viewer: { login: who.login } } });
        return send(200, { data: null, errors: [{ message: 'The fake GitHub answers only the viewer query' }] });
      }
      if ((m = new RegExp(`^${base}/issues/(\\d+)/comments$`).exec(u.pathname))) {
        const issue = Number(m[1]);
        const list = comments.get(issue) ?? [];
        if (req.method === 'GET') {
          const perPage = Math.min(100, Number(u.searchParams.get('per_page') ?? 30));
          const page = Number(u.searchParams.get('page') ?? 1);
          const slice = list.slice((page - 1) * perPage, page * perPage);
          const last = Math.max(1, Math.ceil(list.length / perPage));
          const link = page < last ? { link: `<${url}${u.pathname}?per_page=${perPage}&page=${page + 1}>; rel="next", <${url}${u.pathname}?per_page=${perPage}&page=${last}>; rel="last"` } : {};
          return send(200, slice.map((c) => ({ ...c, html_url: c.html_url ?? commentUrl(issue, c.id) })), link as Record<string, string>);
        }
        if (req.method === 'POST') {
          if (who.readOnly) return forbidden('issues/comments#create-an-issue-comment');
          const body = (JSON.parse(raw) as { body: string }).body;
          if (body.length > 65536) return send(422, { message: 'Validation Failed', errors: [{ resource: 'IssueComment', code: 'custom', field: 'body', message: 'body is too long (maximum is 65536 characters)' }] });
          const id = nextId++;
          const c = { id, body, user: { login: who.login, type: who.type }, html_url: commentUrl(issue, id) };
          comments.set(issue, [...list, c]);
          return send(201, c);
        }
      }
      if ((m = new RegExp(`^${base}/issues/comments/(\\d+)$`).exec(u.pathname)) && req.method === 'PATCH') {
        if (who.readOnly) return forbidden('issues/comments#update-an-issue-comment');
        const id = Number(m[1]);
        const body = (JSON.parse(raw) as { body: string }).body;
        if (body.length > 65536) return send(422, { message: 'Validation Failed', errors: [{ resource: 'IssueComment', code: 'custom', field: 'body', message: 'body is too long (maximum is 65536 characters)' }] });
        for (const [issue, list] of comments) {
          const c = list.find((x) => x.id === id);
          if (c) {
            c.body = body;
            return send(200, { ...c, html_url: c.html_url ?? commentUrl(issue, c.id) });
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
    faults,
    close: () => new Promise<void>((r) => (server.closeAllConnections(), server.close(() => r()))),
  };
}

/**
 * A small stateful GitHub REST server for the Action's tests: the endpoints it uses, with GitHub's
 * pagination (Link headers) and GITHUB_TOKEN's behaviour (GET /user is 403 for an integration).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeComment {
  id: number;
  body: string;
  user: { login: string; type: string };
}

export interface FakeGitHub {
  readonly url: string;
  readonly comments: Map<number, FakeComment[]>;
  /** commit sha → pull requests GitHub associates with it. */
  readonly pullsForCommit: Map<string, { number: number; html_url: string; merged_at: string | null }[]>;
  readonly requests: { method: string; path: string }[];
  close(): Promise<void>;
}

export async function startFakeGitHub(owner = 'acme', repo = 'infra'): Promise<FakeGitHub> {
  const comments = new Map<number, FakeComment[]>();
  const pullsForCommit = new Map<string, { number: number; html_url: string; merged_at: string | null }[]>();
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
        return send(200, pullsForCommit.get(m[1]!) ?? []);
      }
      return send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    comments,
    pullsForCommit,
    requests,
    close: () => new Promise<void>((r) => (server.closeAllConnections(), server.close(() => r()))),
  };
}

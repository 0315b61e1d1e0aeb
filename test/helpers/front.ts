/**
 * Hostile or broken endpoints on 127.0.0.1 for the CLI's --compute-endpoint: `front` answers the
 * requests `handle` takes (returns true for) itself and forwards the rest to an emulator, so the
 * Compute API can work while the Cloud Run Admin API (/v2/) misbehaves, or the other way round.
 */
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import { afterEach } from 'vitest';

export interface Front {
  readonly endpoint: string;
  /** Requests `handle` took, by path (query included). */
  readonly taken: string[];
}

const open: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of open.splice(0)) await close();
});

/** JSON `body` with `status`. */
export function answer(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=UTF-8' }).end(JSON.stringify(body));
}

/** An endpoint where `handle` answers what it takes, and everything else goes to `upstream` (if any; else 404). */
export async function front(handle: (req: IncomingMessage, res: ServerResponse) => boolean, upstream?: string): Promise<Front> {
  const taken: string[] = [];
  const server = createServer((req, res) => {
    if (handle(req, res)) return void taken.push(req.url ?? '');
    if (!upstream) return answer(res, 404, { error: { code: 404, message: 'Not Found', status: 'NOT_FOUND' } });
    const to = new URL(req.url ?? '/', upstream);
    const fwd = request(to, { method: req.method, headers: { ...req.headers, host: to.host } }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    fwd.on('error', () => res.destroy());
    req.pipe(fwd);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  open.push(async () => {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  });
  const { port } = server.address() as { port: number };
  return { endpoint: `http://127.0.0.1:${port}/`, taken };
}

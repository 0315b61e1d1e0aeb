/**
 * The emulator over real HTTP: the same paths, parameters and envelopes as compute.googleapis.com,
 * with seeded latency and faults, a JSON-lines request log, and optional state persistence.
 */
import { appendFileSync, existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { EmulatorConfig } from './config.js';
import { Emulator } from './emulator.js';
import { errors, type ApiError } from './errors.js';

export interface EmulatorServerOptions {
  readonly port?: number;
  readonly host?: string;
  /** Keep state in this JSON file: loaded at start, written after every completed change. */
  readonly stateFile?: string;
  /** Append one JSON line per request to this file. */
  readonly logFile?: string;
  readonly config?: Partial<EmulatorConfig>;
}

export interface LogEntry {
  readonly time: string;
  readonly method: string;
  readonly path: string;
  readonly query: string;
  readonly status: number | 'dropped';
  readonly ms: number;
  readonly route?: string;
  readonly requestId?: string;
  readonly operation?: string;
  readonly fault?: string;
}

export interface RunningEmulator {
  /** `http://127.0.0.1:PORT/`: the rootUrl for the Compute client. */
  readonly endpoint: string;
  readonly port: number;
  readonly emulator: Emulator;
  /** Every request so far, in order (also written to `logFile`). */
  readonly log: LogEntry[];
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sleep(ms: number): Promise<void> {
  return ms > 0 ? new Promise((r) => setTimeout(r, ms)) : Promise.resolve();
}

export async function startEmulator(options: EmulatorServerOptions = {}): Promise<RunningEmulator> {
  const emulator = new Emulator(options.config ?? {});
  const { stateFile, logFile } = options;
  if (stateFile && existsSync(stateFile)) {
    emulator.store.load(stateFile);
    emulator.settlePending();
  }
  if (stateFile) emulator.onChange = () => emulator.store.save(stateFile);
  const log: LogEntry[] = [];
  const faults = emulator.config.faults;
  const pick = (): { fault: string; error?: ApiError } | undefined => {
    const r = emulator.random();
    let acc = 0;
    const table: [number, string, (() => ApiError) | undefined][] = [
      [faults.rateLimit, 'rateLimitExceeded', errors.rateLimit],
      [faults.tooManyRequests, '429', errors.tooManyRequests],
      [faults.serverError, '500', errors.backendError],
      [faults.unavailable, '503', errors.unavailable],
      [faults.dropBefore, 'dropBefore', undefined],
      [faults.dropAfter, 'dropAfter', undefined],
    ];
    for (const [rate, fault, make] of table) {
      acc += rate;
      if (r < acc) return { fault, error: make?.() };
    }
    return undefined;
  };

  const handler = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const started = performance.now();
    const url = new URL(req.url ?? '/', 'http://emulator');
    const body = await readBody(req);
    const [lo, hi] = emulator.config.latencyMs;
    await sleep(lo + (hi - lo) * emulator.random());
    const record = (status: number | 'dropped', extra: Partial<LogEntry> = {}): void => {
      const entry: LogEntry = {
        time: new Date().toISOString(),
        method: req.method ?? 'GET',
        path: url.pathname,
        query: url.search,
        status,
        ms: Math.round((performance.now() - started) * 10) / 10,
        ...(url.searchParams.get('requestId') ? { requestId: url.searchParams.get('requestId')! } : {}),
        ...extra,
      };
      log.push(entry);
      if (logFile) appendFileSync(logFile, JSON.stringify(entry) + '\n');
    };
    const fault = pick();
    if (fault?.fault === 'dropBefore') {
      record('dropped', { fault: fault.fault });
      req.socket.destroy();
      return;
    }
    if (fault?.error) {
      const e = fault.error;
      record(e.code, { fault: fault.fault });
      res.writeHead(e.code, { 'content-type': 'application/json; charset=UTF-8' });
      res.end(JSON.stringify(e.toBody()));
      return;
    }
    const out = await emulator.handle({ method: req.method ?? 'GET', pathname: url.pathname, query: url.searchParams, headers: req.headers, body });
    if (fault?.fault === 'dropAfter') {
      record('dropped', { fault: fault.fault, route: out.route, operation: out.operation });
      req.socket.destroy();
      return;
    }
    record(out.status, { route: out.route, operation: out.operation });
    if (out.body === undefined) {
      res.writeHead(204);
      res.end();
      return;
    }
    res.writeHead(out.status, { 'content-type': 'application/json; charset=UTF-8' });
    res.end(JSON.stringify(out.body));
  };

  const server: Server = createServer((req, res) => {
    handler(req, res).catch((e: unknown) => {
      const err = errors.backendError();
      if (!res.headersSent) {
        res.writeHead(500, { 'content-type': 'application/json; charset=UTF-8' });
        res.end(JSON.stringify({ ...err.toBody(), emulatorBug: String((e as Error).stack ?? e) }));
      }
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    endpoint: `http://${options.host ?? '127.0.0.1'}:${port}/`,
    port,
    emulator,
    log,
    close: () =>
      new Promise<void>((resolve) => {
        emulator.close();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

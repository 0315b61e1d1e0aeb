/**
 * The emulator over real HTTP: the same paths, parameters and envelopes as compute.googleapis.com,
 * with seeded latency and faults, a JSON-lines request log, and optional state persistence.
 */
import { appendFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { EmulatorConfig } from './config.js';
import { Emulator, type EmulatorResponse } from './emulator.js';
import { checkBody, type ContractIssue } from '../contract/check.js';
import { contract } from '../contract/index.js';
import { errors, type ApiError } from './errors.js';
import { NEWER_THAN_CONTRACT } from './gcp-adds.js';
import { mapResources, withUnknownFields } from './unknown-fields.js';
import { EmulatorStartError, openStateFile } from './state-file.js';
import { RunApi, type SeedService } from './run.js';

export { EmulatorStartError } from './state-file.js';

export interface EmulatorServerOptions {
  readonly port?: number;
  readonly host?: string;
  /** Keep state in this JSON file: loaded at start, written after every completed change. */
  readonly stateFile?: string;
  /** Append one JSON line per request to this file. */
  readonly logFile?: string;
  readonly config?: Partial<EmulatorConfig>;
  /** Check every response body against the contract schema of its method; findings go to `violations`. */
  readonly checkResponses?: boolean;
  /** Cloud Run services to start with (`--run-services`): the Cloud Run Admin API is then enabled in every project. */
  readonly runServices?: readonly SeedService[];
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
  /** Responses that broke the contract (only with `checkResponses`). */
  readonly violations: string[];
  close(): Promise<void>;
}

/** Google's API front end refuses larger request bodies (10 MiB) [INFERRED limit and wording]. */
export const MAX_BODY_BYTES = 10 * 1024 * 1024;

/** The body, or undefined once it passes `MAX_BODY_BYTES` (reading stops there). */
function readBody(req: IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY_BYTES) {
        req.pause();
        resolve(undefined);
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Checked before a body is read: an unauthenticated request costs the emulator nothing. */
function hasCredential(req: IncomingMessage, url: URL): boolean {
  return Boolean(req.headers.authorization || url.searchParams.get('key') || url.searchParams.get('access_token'));
}

function sendError(res: ServerResponse, e: ApiError, close = false): void {
  res.writeHead(e.code, { 'content-type': 'application/json; charset=UTF-8', ...(close ? { connection: 'close' } : {}) });
  res.end(JSON.stringify(e.toBody()));
}

function sleep(ms: number): Promise<void> {
  return ms > 0 ? new Promise((r) => setTimeout(r, ms)) : Promise.resolve();
}

export async function startEmulator(options: EmulatorServerOptions = {}): Promise<RunningEmulator> {
  const emulator = new Emulator(options.config ?? {});
  const { stateFile, logFile } = options;
  const state = stateFile ? openStateFile(emulator.store, stateFile) : undefined;
  if (state) {
    emulator.settlePending();
    emulator.onChange = () => state.save();
  }
  if (options.runServices) {
    emulator.run.seed(options.runServices);
    state?.save();
  }
  const log: LogEntry[] = [];
  const violations: string[] = [];
  const check = (out: EmulatorResponse, api: 'v1' | 'beta'): void => {
    if (!options.checkResponses || out.body === undefined) return;
    const schema = out.status === 200 && out.route ? responseSchema(out.route) : undefined;
    const issues = schema ? checkBody(schema, out.body, api, 'response', 'response') : out.status === 200 ? [] : envelopeIssues(out.body);
    for (const i of issues) {
      // Fields GCP answers that the 20230620 contract does not list yet (./gcp-adds.ts) are expected.
      if (i.reason === 'unknownField' && NEWER_THAN_CONTRACT.has(i.field.split('.').pop()!)) continue;
      violations.push(`${out.route ?? '?'} ${out.status}: ${i.message}`);
    }
  };
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
    if (!hasCredential(req, url)) {
      log.push({ time: new Date().toISOString(), method: req.method ?? 'GET', path: url.pathname, query: url.search, status: 401, ms: 0 });
      return sendError(res, errors.unauthenticated(), true);
    }
    const body = await readBody(req);
    if (body === undefined) {
      log.push({ time: new Date().toISOString(), method: req.method ?? 'GET', path: url.pathname, query: url.search, status: 413, ms: 0 });
      return sendError(res, errors.payloadTooLarge(MAX_BODY_BYTES), true);
    }
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
    const handled = await emulator.handle({ method: req.method ?? 'GET', pathname: url.pathname, query: url.searchParams, headers: req.headers, body });
    if (fault?.fault === 'dropAfter') {
      record('dropped', { fault: fault.fault, route: handled.route, operation: handled.operation });
      req.socket.destroy();
      return;
    }
    record(handled.status, { route: handled.route, operation: handled.operation });
    // The Compute contract and unknown fields are Compute's; the Cloud Run Admin API (./run.ts) is answered as it is.
    const compute = !RunApi.owns(url.pathname);
    if (compute) check(handled, url.pathname.startsWith('/compute/beta/') ? 'beta' : 'v1');
    const out = compute ? withUnknownFieldsIn(handled, emulator.config.unknownFields) : handled;
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
      // An emulator bug: GCP's generic 500 to the client (never a stack), the details on stderr.
      process.stderr.write(`lb-plan emulator: internal error on ${req.method ?? ''} ${req.url ?? ''}: ${String((e as Error).stack ?? e)}\n`);
      if (!res.headersSent) sendError(res, errors.backendError());
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (e: NodeJS.ErrnoException) => {
      state?.release();
      reject(listenError(e, options.host ?? '127.0.0.1', options.port ?? 0));
    });
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    endpoint: `http://${options.host ?? '127.0.0.1'}:${port}/`,
    port,
    emulator,
    log,
    violations,
    close: () =>
      new Promise<void>((resolve) => {
        emulator.close();
        state?.release();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Why the server could not listen, in one line. */
function listenError(e: NodeJS.ErrnoException, host: string, port: number): EmulatorStartError {
  if (e.code === 'EADDRINUSE') return new EmulatorStartError(`port ${port} on ${host} is in use (another emulator?); choose another with --port, or --port 0 for any free port`);
  if (e.code === 'EACCES') return new EmulatorStartError(`no permission to listen on port ${port}; use a port above 1023`);
  if (e.code === 'ENOTFOUND' || e.code === 'EADDRNOTAVAIL' || e.code === 'EAI_AGAIN') return new EmulatorStartError(`cannot listen on ${host}: not an address of this machine`);
  return new EmulatorStartError(`cannot listen on ${host}:${port}: ${e.code ?? e.message}`);
}

/** A read's resources with unknown fields added (config `unknownFields`, a seed; 0 = as they are). */
function withUnknownFieldsIn(out: EmulatorResponse, seed: number): EmulatorResponse {
  const [collection, method] = (out.route ?? '').split('.') as [string, string | undefined];
  if (!seed || out.status !== 200 || !out.body || !method || collection.endsWith('Operations')) return out;
  return { ...out, body: mapResources(method, out.body, (r) => withUnknownFields(r, seed)) };
}

function responseSchema(route: string): string | undefined {
  const [resource, method] = route.split('.') as [string, string];
  return contract.resources[resource]?.[method]?.response;
}

/** Compute's error envelope: exactly code, message, errors[{domain, reason, message}] (and details). */
function envelopeIssues(body: Record<string, unknown>): ContractIssue[] {
  const e = body.error as Record<string, unknown> | undefined;
  const bad = (message: string): ContractIssue[] => [{ field: 'error', reason: 'invalidType', message }];
  if (!e || Object.keys(body).length !== 1) return bad('not an error envelope');
  const keys = Object.keys(e).filter((k) => k !== 'details').sort().join(',');
  if (keys !== 'code,errors,message') return bad(`error keys are ${keys}`);
  const errs = e.errors as Record<string, unknown>[];
  if (!Array.isArray(errs) || errs.length === 0) return bad('no errors[]');
  for (const x of errs) {
    if (Object.keys(x).sort().join(',') !== 'domain,message,reason') return bad(`errors[] keys are ${Object.keys(x).join(',')}`);
    if (x.message !== e.message) return bad('errors[0].message differs from message');
  }
  return [];
}

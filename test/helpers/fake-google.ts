/**
 * Google's production hosts, faked on this machine, for running lb-plan's real credential path as a
 * process: the CLI keeps talking to https://oauth2.googleapis.com/token and
 * https://compute.googleapis.com/compute/v1/…, but through HTTPS_PROXY (which gaxios honours) to a
 * CONNECT proxy on 127.0.0.1 that terminates TLS with a certificate from a CA made at test time
 * (trusted by the child through NODE_EXTRA_CA_CERTS), and refuses every other host.
 *
 * - oauth2.googleapis.com is a token server that verifies the JWT-bearer assertion the way Google does
 *   (RS256 signature with the account's public key, iss, aud, scope, iat/exp) and answers Google's
 *   OAuth error bodies when it does not hold.
 * - compute.googleapis.com and www.googleapis.com (Compute) and run.googleapis.com (the Cloud Run Admin
 *   API the service checks read) are forwarded to an emulator at the same paths, recording each
 *   request's Authorization header.
 * - A metadata guard stands where GCE_METADATA_HOST points, so google-auth-library's metadata-server
 *   probe never leaves the machine.
 */
import { execFileSync, spawn } from 'node:child_process';
import { generateKeyPairSync, randomBytes, verify, type KeyObject } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const TOKEN_URL = 'https://oauth2.googleapis.com/token';
export const CLOUD_PLATFORM = 'https://www.googleapis.com/auth/cloud-platform';
const TOKEN_HOST = 'oauth2.googleapis.com';
const COMPUTE_HOSTS = ['compute.googleapis.com', 'www.googleapis.com', 'run.googleapis.com'];

/** A temporary folder removed by `close`. */
export function tempDir(prefix: string): { path: string; close: () => void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, close: () => rmSync(path, { recursive: true, force: true }) };
}

export interface TestCa {
  /** PEM file of the CA, for NODE_EXTRA_CA_CERTS. */
  readonly caFile: string;
  /** Key and certificate of a server for the fake Google hosts, signed by the CA. */
  readonly serverKey: string;
  readonly serverCert: string;
}

/** A throwaway CA and a server certificate for Google's hosts (P-256, one day), made with openssl in `dir`. */
export function makeTestCa(dir: string): TestCa {
  const f = (name: string): string => join(dir, name);
  const ssl = (...args: string[]): void => void execFileSync('openssl', args, { stdio: 'pipe' });
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  ssl('req', '-x509', ...ec, '-keyout', f('ca.key'), '-out', f('ca.pem'), '-days', '1', '-subj', '/CN=lb-plan test CA', '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign');
  ssl('req', ...ec, '-keyout', f('server.key'), '-out', f('server.csr'), '-subj', '/CN=googleapis.com');
  writeFileSync(f('server.ext'), `subjectAltName=${[TOKEN_HOST, ...COMPUTE_HOSTS].map((h) => `DNS:${h}`).join(',')}\nextendedKeyUsage=serverAuth\nbasicConstraints=CA:FALSE\n`);
  ssl('x509', '-req', '-in', f('server.csr'), '-CA', f('ca.pem'), '-CAkey', f('ca.key'), '-CAcreateserial', '-out', f('server.pem'), '-days', '1', '-extfile', f('server.ext'));
  return { caFile: f('ca.pem'), serverKey: readFileSync(f('server.key'), 'utf8'), serverCert: readFileSync(f('server.pem'), 'utf8') };
}

export interface ServiceAccountKey {
  /** The key file, for GOOGLE_APPLICATION_CREDENTIALS. */
  readonly file: string;
  readonly email: string;
  readonly publicKey: KeyObject;
}

/** A service-account key file as the IAM console downloads it, with a fresh RSA key, written in `dir`. */
export function makeServiceAccountKey(dir: string, project: string, name = 'lb-plan-ci'): ServiceAccountKey {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const email = `${name}@${project}.iam.gserviceaccount.com`;
  const json = {
    type: 'service_account',
    project_id: project,
    private_key_id: randomBytes(20).toString('hex'),
    private_key: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    client_email: email,
    client_id: String(100000000000000000000n + BigInt(randomBytes(6).readUIntBE(0, 6))),
    auth_uri: 'https://accounts.google.com/o/oauth2/auth',
    token_uri: TOKEN_URL,
    auth_provider_x509_cert_url: 'https://www.googleapis.com/oauth2/v1/certs',
    client_x509_cert_url: `https://www.googleapis.com/robot/v1/metadata/x509/${encodeURIComponent(email)}`,
    universe_domain: 'googleapis.com',
  };
  const file = join(dir, `${name}-key.json`);
  writeFileSync(file, JSON.stringify(json, null, 2));
  return { file, email, publicKey };
}

/** A second key's public half: what the token server knows once the test's key was revoked and replaced. */
export function otherPublicKey(): KeyObject {
  return generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey;
}

/** Google's OAuth error body (RFC 6749 §5.2). */
export interface OAuthError {
  readonly error: string;
  readonly error_description?: string;
}

export interface TokenServerConfig {
  /** The service accounts Google knows, each with the public key of its one valid key; absent = deleted. */
  readonly accounts: ReadonlyMap<string, KeyObject>;
  /** Scopes the server grants (default: cloud-platform). */
  readonly grantableScopes?: readonly string[];
  /** Answer every token request with this (refusals from policy the fake does not model). */
  readonly refuseWith?: { readonly status: number; readonly body: OAuthError };
}

/** One token request, as the fake token server judged it. */
export interface TokenRequest {
  readonly grantType: string | null;
  readonly header: Record<string, unknown>;
  readonly claims: Record<string, unknown>;
  /** Why the assertion is not valid; empty when it is. */
  readonly problems: readonly string[];
  readonly status: number;
  /** The access token issued (status 200 only). */
  readonly accessToken?: string;
}

/** One request that reached a Compute (or Cloud Run Admin API) host through the proxy. */
export interface ComputeRequest {
  readonly host: string;
  readonly method: string;
  readonly path: string;
  readonly authorization: string | undefined;
}

const b64json = (part: string | undefined): Record<string, unknown> => {
  try {
    return JSON.parse(Buffer.from(part ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
  } catch {
    return {};
  }
};

/**
 * Checks a JWT-bearer assertion as Google's token server does; the first failure decides the answer,
 * in Google's words (see src/gcp/credentials.ts for where each wording was seen).
 */
export function judgeAssertion(assertion: string, config: TokenServerConfig, nowSec = Math.floor(Date.now() / 1000)): { header: Record<string, unknown>; claims: Record<string, unknown>; problems: string[]; refusal?: { status: number; body: OAuthError } } {
  const [h, p, s] = assertion.split('.');
  const header = b64json(h);
  const claims = b64json(p);
  const problems: string[] = [];
  const grant = (description: string): { status: number; body: OAuthError } => ({ status: 400, body: { error: 'invalid_grant', error_description: description } });
  let refusal: { status: number; body: OAuthError } | undefined;
  const fail = (problem: string, answer: { status: number; body: OAuthError }): void => {
    problems.push(problem);
    refusal ??= answer;
  };
  if (header.alg !== 'RS256') fail(`alg is ${String(header.alg)}, not RS256`, grant('Invalid JWT Signature.'));
  const key = typeof claims.iss === 'string' ? config.accounts.get(claims.iss) : undefined;
  if (!key) fail(`iss ${String(claims.iss)} is not a known service account`, grant('Account has been deleted'));
  else if (!s || !verify('RSA-SHA256', Buffer.from(`${h}.${p}`), key, Buffer.from(s, 'base64url'))) fail('the RS256 signature does not verify with the account key', grant('Invalid JWT Signature.'));
  if (claims.aud !== TOKEN_URL) fail(`aud is ${String(claims.aud)}, not ${TOKEN_URL}`, grant('Invalid JWT: Failed audience check.'));
  const iat = Number(claims.iat);
  const exp = Number(claims.exp);
  if (!(Math.abs(iat - nowSec) <= 300 && exp > nowSec && exp - iat <= 3600)) fail(`iat ${iat} / exp ${exp} not a short-lived token issued now`, grant('Invalid JWT: Token must be a short-lived token (60 minutes) and in a reasonable timeframe. Check your iat and exp values in the JWT claim.'));
  const scopes = typeof claims.scope === 'string' ? claims.scope.split(' ').filter(Boolean) : [];
  const grantable = config.grantableScopes ?? [CLOUD_PLATFORM];
  if (scopes.length === 0 || scopes.some((x) => !grantable.includes(x))) fail(`scope "${scopes.join(' ')}" is not grantable`, { status: 400, body: { error: 'invalid_scope', error_description: 'Invalid OAuth scope or ID token audience provided.' } });
  return { header, claims, problems, refusal };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

export interface FakeGoogle {
  /** `http://127.0.0.1:PORT`, for HTTPS_PROXY. */
  readonly proxyUrl: string;
  readonly tokenRequests: TokenRequest[];
  readonly computeRequests: ComputeRequest[];
  /** Every CONNECT or plain request the proxy refused (a host it does not fake), as `host:port` or `METHOD url`. */
  readonly refused: string[];
  close(): Promise<void>;
}

async function listen(server: Server): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  return (server.address() as AddressInfo).port;
}

/** Starts the proxy with the fake token server and Compute hosts forwarding to `computeEndpoint` (an emulator). */
export async function startFakeGoogle(ca: TestCa, computeEndpoint: string, tokens: TokenServerConfig): Promise<FakeGoogle> {
  const tokenRequests: TokenRequest[] = [];
  const computeRequests: ComputeRequest[] = [];
  const refused: string[] = [];
  const sockets = new Set<Socket>();
  const emulator = new URL(computeEndpoint);

  const token = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const form = new URLSearchParams(await readBody(req));
    if (req.method !== 'POST' || new URL(req.url ?? '/', TOKEN_URL).pathname !== '/token') {
      json(res, 404, { error: 'not_found' });
      return;
    }
    const grantType = form.get('grant_type');
    const judged = judgeAssertion(form.get('assertion') ?? '', tokens);
    const problems = grantType === 'urn:ietf:params:oauth:grant-type:jwt-bearer' ? judged.problems : [`grant_type is ${grantType}`, ...judged.problems];
    const badGrant = grantType === 'urn:ietf:params:oauth:grant-type:jwt-bearer' ? undefined : { status: 400, body: { error: 'unsupported_grant_type', error_description: 'Invalid grant_type.' } };
    const refusal = tokens.refuseWith ?? badGrant ?? judged.refusal;
    if (refusal) {
      tokenRequests.push({ grantType, header: judged.header, claims: judged.claims, problems, status: refusal.status });
      json(res, refusal.status, refusal.body);
      return;
    }
    const accessToken = `ya29.fake-${randomBytes(24).toString('base64url')}`;
    tokenRequests.push({ grantType, header: judged.header, claims: judged.claims, problems, status: 200, accessToken });
    json(res, 200, { access_token: accessToken, expires_in: 3599, token_type: 'Bearer' });
  };

  const forward = (req: IncomingMessage, res: ServerResponse, host: string): void => {
    computeRequests.push({ host, method: req.method ?? 'GET', path: req.url ?? '/', authorization: req.headers.authorization });
    const headers = { ...req.headers, host: emulator.host };
    const out = httpRequest({ host: emulator.hostname, port: emulator.port, method: req.method, path: req.url, headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    out.on('error', () => (res.headersSent ? res.destroy() : json(res, 502, { error: { code: 502, message: 'emulator unreachable', errors: [] } })));
    req.pipe(out);
  };

  const google = createHttpsServer({ key: ca.serverKey, cert: ca.serverCert }, (req, res) => {
    const host = (req.headers.host ?? '').replace(/:443$/, '');
    if (host === TOKEN_HOST) token(req, res).catch(() => json(res, 500, { error: 'internal_failure' }));
    else if (COMPUTE_HOSTS.includes(host)) forward(req, res, host);
    else json(res, 421, { error: `not a faked host: ${host}` });
  });

  const proxy = createHttpServer((req, res) => {
    refused.push(`${req.method ?? '?'} ${req.url ?? ''}`);
    res.writeHead(403).end('only CONNECT to the faked Google hosts\n');
  });
  proxy.on('connect', (req: IncomingMessage, socket: Socket, head: Buffer) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    const target = req.url ?? '';
    const [host, port] = target.split(':');
    if (port !== '443' || !(host === TOKEN_HOST || COMPUTE_HOSTS.includes(host ?? ''))) {
      refused.push(target);
      socket.end('HTTP/1.1 403 Forbidden\r\ncontent-length: 0\r\n\r\n');
      return;
    }
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    if (head.length) socket.unshift(head);
    google.emit('connection', socket);
  });
  const port = await listen(proxy);
  return {
    proxyUrl: `http://127.0.0.1:${port}`,
    tokenRequests,
    computeRequests,
    refused,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        proxy.closeAllConnections();
        proxy.close(() => resolve());
      }),
  };
}

export interface MetadataGuard {
  /** `127.0.0.1:PORT`, for GCE_METADATA_HOST. */
  readonly host: string;
  /** Paths google-auth-library asked for. */
  readonly hits: string[];
  close(): Promise<void>;
}

/**
 * Stands where GCE_METADATA_HOST points. `absent`: 404, as off Google Cloud (the library concludes no
 * metadata server, silently). `impostor`: 200 without the Metadata-Flavor header, as a captive portal
 * or corporate proxy answers — the case where google-auth-library emits its MetadataLookupWarning.
 */
export async function startMetadataGuard(mode: 'absent' | 'impostor'): Promise<MetadataGuard> {
  const hits: string[] = [];
  const server = createHttpServer((req, res) => {
    hits.push(req.url ?? '/');
    if (mode === 'absent') res.writeHead(404).end();
    else res.writeHead(200, { 'content-type': 'text/html' }).end('<html>Sign in to the network</html>');
  });
  const port = await listen(server);
  return {
    host: `127.0.0.1:${port}`,
    hits,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface ProcessResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
}

/**
 * Runs `node dist/cli.cjs ARGS` with exactly `env` (nothing inherited: no stray GOOGLE_* or proxy
 * settings of the machine running the tests), asynchronously, so the fake servers in this process
 * keep answering. Killed after `timeoutMs`.
 */
export function runCliProcess(args: readonly string[], env: Readonly<Record<string, string>>, timeoutMs = 20_000): Promise<ProcessResult> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    // LB_PLAN_TEST_CLI: a bundle built elsewhere (dist/ is rebuilt only at release), e.g. to try a change.
    const child = spawn(process.execPath, [process.env.LB_PLAN_TEST_CLI ?? 'dist/cli.cjs', ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('error', reject);
    child.once('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr, ms: Date.now() - started });
    });
  });
}

/** A HOME with nothing in it (no gcloud credentials file), inside `dir`. */
export function emptyHome(dir: string): string {
  const home = join(dir, 'home');
  mkdirSync(home);
  return home;
}

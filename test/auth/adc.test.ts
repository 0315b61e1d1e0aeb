/**
 * The real credential path, run as a process: no --compute-endpoint, so dist/cli.cjs uses Application
 * Default Credentials (google-auth-library's GoogleAuth) and Google's production hosts —
 * https://oauth2.googleapis.com/token and https://compute.googleapis.com/compute/v1/… — reached through
 * HTTPS_PROXY at fakes on 127.0.0.1 (test/helpers/fake-google.ts). The proxy refuses any other host,
 * and GCE_METADATA_HOST points at a local guard, so nothing leaves the machine.
 * (Run `npm run build` first: these run the bundle.)
 */
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gaxios } from 'google-auth-library';
import { afterAll, beforeAll, describe, it, type ExpectStatic, type TestContext } from 'vitest';
import { startEmulator, type RunningEmulator } from '../../src/emulator/server.js';
import { describeError } from '../../src/gcp/errors.js';
import { isTransient, retrying } from '../../src/gcp/retry.js';
import {
  CLOUD_PLATFORM,
  emptyHome,
  makeServiceAccountKey,
  makeTestCa,
  otherPublicKey,
  runCliProcess,
  startFakeGoogle,
  startMetadataGuard,
  tempDir,
  TOKEN_URL,
  type FakeGoogle,
  type MetadataGuard,
  type ProcessResult,
  type ServiceAccountKey,
  type TestCa,
  type TokenServerConfig,
} from '../helpers/fake-google.js';

const PROJECT = 'my-project';
const MANIFEST = 'examples/http.yaml';
const LOGIN = 'run `gcloud auth application-default login`';

let caDir: ReturnType<typeof tempDir>;
let ca: TestCa;
beforeAll(() => {
  caDir = tempDir('lb-plan-test-ca-');
  ca = makeTestCa(caDir.path);
});
afterAll(() => caDir.close());

interface World {
  readonly key: ServiceAccountKey;
  readonly em: RunningEmulator;
  readonly google: FakeGoogle;
  readonly guard: MetadataGuard;
  /** The CLI's whole environment: the fakes, an empty HOME, and `extra`. */
  env(extra?: Record<string, string>): Record<string, string>;
}

/**
 * A key, an emulator, the fake Google hosts and a metadata guard; all stopped and removed when the test
 * of `ctx` ends (the context's own hook: concurrent tests must not close each other's servers).
 */
async function world(ctx: TestContext, options: { tokens?: (key: ServiceAccountKey) => TokenServerConfig; metadata?: 'absent' | 'impostor' } = {}): Promise<World> {
  const dir = tempDir('lb-plan-adc-');
  const home = emptyHome(dir.path);
  const key = makeServiceAccountKey(dir.path, PROJECT);
  // The manifest's Cloud Run service, as the service checks find it through run.googleapis.com.
  const em = await startEmulator({ checkResponses: true, runServices: [{ name: 'helloworld', region: 'us-central1', project: PROJECT, ingress: 'INGRESS_TRAFFIC_INTERNAL_LOAD_BALANCER' }] });
  const google = await startFakeGoogle(ca, em.endpoint, options.tokens?.(key) ?? { accounts: new Map([[key.email, key.publicKey]]) });
  const guard = await startMetadataGuard(options.metadata ?? 'absent');
  ctx.onTestFinished(async () => {
    await google.close();
    await guard.close();
    await em.close();
    dir.close();
  });
  const env = (extra: Record<string, string> = {}): Record<string, string> => ({
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: home,
    NO_COLOR: '1',
    HTTPS_PROXY: google.proxyUrl,
    // The metadata guard is reached directly; everything else goes through the proxy.
    NO_PROXY: '127.0.0.1',
    NODE_EXTRA_CA_CERTS: ca.caFile,
    GCE_METADATA_HOST: guard.host,
    ...extra,
  });
  return { key, em, google, guard, env };
}

/** The assertions every failure shares: exit 1, exactly `line` on stderr and nothing else, no stack, no output. */
function expectOneLineFailure(expect: ExpectStatic, r: ProcessResult, line: string): void {
  expect(r.stderr).toBe(`${line}\n`);
  expect(r.stdout).toBe('');
  expect(r.status).toBe(1);
}

describe('Application Default Credentials with a service-account key, through the production hosts', () => {
  it('apply then plan: each process exchanges one valid RS256 JWT assertion for a token, every Compute request carries exactly that token, and the plan after the apply is empty', async (ctx) => {
    const { expect } = ctx;
    const w = await world(ctx);
    const env = w.env({ GOOGLE_APPLICATION_CREDENTIALS: w.key.file });

    const apply = await runCliProcess(['apply', MANIFEST, '--auto-approve'], env);
    expect(apply.stderr).toBe('');
    expect(apply.status).toBe(0);
    expect(apply.stdout).toContain(`lb-plan: serverless-lb in project ${PROJECT}`);
    expect(apply.stdout).toContain('Plan: 6 to add, 0 to change, 0 to destroy.');
    expect(apply.stdout).toContain('Apply complete: 6 done, 0 failed, 0 skipped');
    const byApply = w.google.computeRequests.length;

    const plan = await runCliProcess(['plan', MANIFEST], env);
    expect(plan.stderr).toBe('');
    expect(plan.status).toBe(0);
    expect(plan.stdout).toContain('No changes. The load balancer matches the manifest.');
    // The service checks ran, on the same credentials, and found the service as it should be.
    expect(plan.stdout).not.toMatch(/^(Warning|Note): /m);

    // One token per process, from a valid assertion (the server also refuses invalid ones).
    expect(w.google.tokenRequests).toHaveLength(2);
    for (const t of w.google.tokenRequests) {
      expect(t.problems).toEqual([]);
      expect(t.status).toBe(200);
      expect(t.grantType).toBe('urn:ietf:params:oauth:grant-type:jwt-bearer');
      expect(t.header.alg).toBe('RS256');
      expect(t.claims.iss).toBe(w.key.email);
      expect(t.claims.aud).toBe(TOKEN_URL);
      expect(String(t.claims.scope).split(' ')).toContain(CLOUD_PLATFORM);
    }
    const [applyToken, planToken] = w.google.tokenRequests.map((t) => t.accessToken);

    // Every Compute request went to the production host and paths, with the token its process was issued.
    const requests = w.google.computeRequests;
    expect(byApply).toBeGreaterThan(6);
    expect(requests.length).toBeGreaterThan(byApply);
    expect(requests.map((q) => q.authorization)).toEqual([...Array<string>(byApply).fill(`Bearer ${applyToken}`), ...Array<string>(requests.length - byApply).fill(`Bearer ${planToken}`)]);
    const run = requests.filter((q) => q.host === 'run.googleapis.com');
    expect(run.map((q) => `${q.method} ${q.path}`)).toEqual([...Array<string>(2).fill(`GET /v2/projects/${PROJECT}/locations/us-central1/services/helloworld`)]);
    expect(requests.filter((q) => !run.includes(q) && (q.host !== 'compute.googleapis.com' || !/^\/compute\/(v1|beta)\/projects\/my-project\//.test(q.path)))).toEqual([]);
    expect(requests.some((q) => q.method === 'POST')).toBe(true);
    expect(w.em.log).toHaveLength(requests.length);
    expect(w.em.violations).toEqual([]);

    // Nothing else was asked for: no other host, no metadata server.
    expect(w.google.refused).toEqual([]);
    expect(w.guard.hits).toEqual([]);
  });
});

describe.concurrent('bad credentials: one line saying what is wrong and what to do, exit 1, no retries', () => {
  it('GOOGLE_APPLICATION_CREDENTIALS naming a missing file: says which file and what to do, and asks no server', async (ctx) => {
    const { expect } = ctx;
    const w = await world(ctx);
    const missing = `${w.key.file}.gone`;
    const r = await runCliProcess(['plan', MANIFEST], w.env({ GOOGLE_APPLICATION_CREDENTIALS: missing }));
    expectOneLineFailure(
      expect,
      r,
      `lb-plan: cannot get Google credentials: the file named by GOOGLE_APPLICATION_CREDENTIALS (${missing}) does not exist. Point GOOGLE_APPLICATION_CREDENTIALS at a service account key file, unset it and ${LOGIN}, or use --emulator.`,
    );
    expect(w.google.tokenRequests).toEqual([]);
    expect(w.google.computeRequests).toEqual([]);
    expect(w.google.refused).toEqual([]);
    expect(w.guard.hits).toEqual([]);
  });

  it('GOOGLE_APPLICATION_CREDENTIALS naming a file that is not JSON: says the file is not valid JSON and what to do, and asks no server', async (ctx) => {
    const { expect } = ctx;
    const w = await world(ctx);
    writeFileSync(w.key.file, '-----BEGIN PRIVATE KEY-----\nnot a key file\n');
    const r = await runCliProcess(['plan', MANIFEST], w.env({ GOOGLE_APPLICATION_CREDENTIALS: w.key.file }));
    expectOneLineFailure(
      expect,
      r,
      `lb-plan: cannot get Google credentials: the file named by GOOGLE_APPLICATION_CREDENTIALS (${w.key.file}) is not usable credentials: it is not valid JSON. Point GOOGLE_APPLICATION_CREDENTIALS at a service account key file (JSON), unset it and ${LOGIN}, or use --emulator.`,
    );
    expect(w.google.tokenRequests).toEqual([]);
    expect(w.google.computeRequests).toEqual([]);
  });

  const invalidGrantHint = `The key was probably deleted or revoked, or its service account deleted or disabled (or this machine's clock is wrong). Create a new key for the service account, ${LOGIN}, or use --emulator.`;
  const otherHint = `The account may not get access tokens this way. Check the service account and its keys in the Cloud console (IAM & Admin, Service accounts), ${LOGIN}, or use --emulator.`;
  const refusals: { name: string; tokens: (key: ServiceAccountKey) => TokenServerConfig; answer: string; hint: string }[] = [
    {
      name: 'scope not grantable: 400 invalid_scope',
      tokens: (key) => ({ accounts: new Map([[key.email, key.publicKey]]), grantableScopes: ['https://www.googleapis.com/auth/compute.readonly'] }),
      answer: 'invalid_scope: Invalid OAuth scope or ID token audience provided (HTTP 400)',
      hint: `The token server would not grant these credentials the one scope lb-plan asks for, ${CLOUD_PLATFORM}. Check the service account in the Cloud console (IAM & Admin, Service accounts), ${LOGIN}, or use --emulator.`,
    },
    {
      name: 'revoked key (the server holds another key for the account): 400 invalid_grant "Invalid JWT Signature."',
      tokens: (key) => ({ accounts: new Map([[key.email, otherPublicKey()]]) }),
      answer: 'invalid_grant: Invalid JWT Signature (HTTP 400)',
      hint: invalidGrantHint,
    },
    {
      name: 'deleted service account: 400 invalid_grant "Account has been deleted"',
      tokens: () => ({ accounts: new Map() }),
      answer: 'invalid_grant: Account has been deleted (HTTP 400)',
      hint: invalidGrantHint,
    },
    {
      name: 'account not allowed: 401 unauthorized_client',
      tokens: (key) => ({
        accounts: new Map([[key.email, key.publicKey]]),
        refuseWith: { status: 401, body: { error: 'unauthorized_client', error_description: 'Client is unauthorized to retrieve access tokens using this method, or client not authorized for any of the scopes requested.' } },
      }),
      answer: 'unauthorized_client: Client is unauthorized to retrieve access tokens using this method, or client not authorized for any of the scopes requested (HTTP 401)',
      hint: otherHint,
    },
    {
      name: 'access denied: 403 access_denied',
      tokens: (key) => ({ accounts: new Map([[key.email, key.publicKey]]), refuseWith: { status: 403, body: { error: 'access_denied', error_description: 'Requested client not authorized.' } } }),
      answer: 'access_denied: Requested client not authorized (HTTP 403)',
      hint: otherHint,
    },
  ];

  for (const c of refusals) {
    it(`token server refuses (${c.name}): one line with the OAuth code and description, the token server asked once, no Compute request`, async (ctx) => {
      const { expect } = ctx;
      const w = await world(ctx, { tokens: c.tokens });
      const r = await runCliProcess(['plan', MANIFEST], w.env({ GOOGLE_APPLICATION_CREDENTIALS: w.key.file }));
      expectOneLineFailure(expect, r, `lb-plan: cannot get Google credentials: Google's token server refused the service account ${w.key.email} (key file ${w.key.file}): ${c.answer}. ${c.hint}`);
      expect(w.google.tokenRequests.map((t) => t.claims.iss)).toEqual([w.key.email]);
      expect(w.google.computeRequests).toEqual([]);
      expect(w.google.refused).toEqual([]);
    });
  }

  it('no credentials at all (no GOOGLE_APPLICATION_CREDENTIALS, empty HOME, a metadata host answering without Metadata-Flavor): one line saying none were found, the metadata host probed once, no MetadataLookupWarning', async (ctx) => {
    const { expect } = ctx;
    const w = await world(ctx, { metadata: 'impostor' });
    const env = w.env();
    const r = await runCliProcess(['plan', MANIFEST], env);
    expectOneLineFailure(
      expect,
      r,
      `lb-plan: cannot get Google credentials: none found: GOOGLE_APPLICATION_CREDENTIALS is not set, there is no ${env.HOME}/.config/gcloud/application_default_credentials.json, and no Google Cloud metadata server answered. Run \`gcloud auth application-default login\`, set GOOGLE_APPLICATION_CREDENTIALS to a service account key file, or use --emulator.`,
    );
    // The library probed once (no retries to wait through), and only the guard.
    expect(w.guard.hits).toEqual(['/computeMetadata/v1/instance']);
    expect(w.google.tokenRequests).toEqual([]);
    expect(w.google.computeRequests).toEqual([]);
    expect(w.google.refused).toEqual([]);
  });
});

describe('a token refusal met mid-run (a token refreshed during a long apply), as gaxios raises it', () => {
  it('400 invalid_grant: not transient, so retrying() calls once, and describeError gives the credentials line; a 503 from the token server stays transient and is retried', async (ctx) => {
    const { expect } = ctx;
    const server = createServer((req, res) => {
      const [status, body] = req.url === '/busy' ? [503, { error: 'internal_failure' }] : [400, { error: 'invalid_grant', error_description: 'Invalid JWT Signature.' }];
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    ctx.onTestFinished(() => new Promise<void>((resolve) => server.close(() => resolve())));
    const url = (path: string): string => `http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`;
    // As gtoken posts the assertion (google-auth-library's transporter), minus the host.
    const post = (path: string): Promise<unknown> => new gaxios.Gaxios().request({ url: url(path), method: 'POST', responseType: 'json', noProxy: ['127.0.0.1'], data: 'grant_type=x' });

    let refusedCalls = 0;
    const refused = await retrying(() => (refusedCalls++, post('/token')), { baseMs: 1 }).catch((e: unknown) => e);
    expect(refusedCalls).toBe(1);
    expect(isTransient(refused)).toBe(false);
    expect(describeError(refused)).toBe(
      `cannot get Google credentials: Google's token server refused the credentials: invalid_grant: Invalid JWT Signature (HTTP 400). The key was probably deleted or revoked, or its service account deleted or disabled (or this machine's clock is wrong). Create a new key for the service account, or ${LOGIN}.`,
    );

    let busyCalls = 0;
    const busy = await retrying(() => (busyCalls++, post('/busy')), { baseMs: 1, budgetMs: 200, random: () => 1 }).catch((e: unknown) => e);
    expect(isTransient(busy)).toBe(true);
    expect(busyCalls).toBeGreaterThan(1);
  });
});

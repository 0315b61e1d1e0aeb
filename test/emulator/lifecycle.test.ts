/**
 * Operations, request ids, lists, the managed-certificate lifecycle, faults, the request log and
 * persistence — through the real client over HTTP.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { NO_FAULTS } from '../../src/emulator/config.js';
import { Dag } from '../../src/graph/dag.js';
import { compile } from '../../src/compile/index.js';
import { KIND_INFO } from '../../src/model/kinds.js';
import { loadManifest } from '../../src/manifest/load.js';
import type { ComputeClients } from '../../src/gcp/client.js';
import type { DesiredResource } from '../../src/compile/index.js';
import { apiError, harness, link, neg, negLink, P } from '../helpers/emulator.js';

const tmp = mkdtempSync(join(tmpdir(), 'lb-plan-emu-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('operations', () => {
  it('a mutation returns RUNNING; get shows it RUNNING; wait returns DONE; the change is visible only then', async () => {
    // Long enough that the get and the second insert come while it runs, also on a loaded machine.
    const { v1 } = await harness({ operationMs: 1500 });
    const op = (await v1.regionNetworkEndpointGroups.insert(neg('n'))).data;
    expect(op).toMatchObject({ status: 'RUNNING', progress: 0 });
    expect((await v1.regionOperations.get({ project: P, region: 'us-central1', operation: op.name! })).data.status).toBe('RUNNING');
    expect((await apiError(v1.regionNetworkEndpointGroups.get({ project: P, region: 'us-central1', networkEndpointGroup: 'n' }))).code).toBe(404);
    // A second insert of the same name while the first is running conflicts.
    expect((await apiError(v1.regionNetworkEndpointGroups.insert(neg('n')))).code).toBe(409);
    const done = (await v1.regionOperations.wait({ project: P, region: 'us-central1', operation: op.name! })).data;
    expect(done).toMatchObject({ status: 'DONE', progress: 100 });
    expect(done.endTime).toBeDefined();
    expect((await v1.regionNetworkEndpointGroups.get({ project: P, region: 'us-central1', networkEndpointGroup: 'n' })).status).toBe(200);
  });

  it('wait returns before DONE when its deadline comes first; the caller must loop', async () => {
    const { v1 } = await harness({ operationMs: 1000, waitDeadlineMs: 50 });
    const op = (await v1.globalAddresses.insert({ project: P, requestBody: { name: 'ip' } })).data;
    const first = (await v1.globalOperations.wait({ project: P, operation: op.name! })).data;
    expect(first.status).toBe('RUNNING');
    let status = first.status;
    for (let i = 0; i < 200 && status !== 'DONE'; i++) status = (await v1.globalOperations.wait({ project: P, operation: op.name! })).data.status;
    expect(status).toBe('DONE');
  });

  it('operations are listed, and an unknown one is 404', async () => {
    const { v1 } = await harness();
    await v1.globalAddresses.insert({ project: P, requestBody: { name: 'ip' } });
    const list = (await v1.globalOperations.list({ project: P })).data;
    expect(list.kind).toBe('compute#operationList');
    expect(list.items).toHaveLength(1);
    expect((await apiError(v1.globalOperations.get({ project: P, operation: 'operation-nope' }))).message).toBe(`The resource 'projects/${P}/global/operations/operation-nope' was not found`);
  });

  it.each([
    ['failedOperation', 'QUOTA_EXCEEDED', 403, "Quota 'ADDRESSES' exceeded.  Limit: 0.0 globally."],
    ['operationNotReady', 'RESOURCE_NOT_READY', 400, `The resource 'projects/${P}/global/addresses/ip' is not ready`],
    ['operationInternal', 'INTERNAL_ERROR', 500, 'Internal error. Please try again or contact Google Support.'],
  ])('%s: the operation is DONE with error.errors[] code %s and changes nothing', async (fault, code, status, message) => {
    const { v1 } = await harness({ faults: { ...NO_FAULTS, [fault]: 1 } });
    const op = (await v1.globalAddresses.insert({ project: P, requestBody: { name: 'ip' } })).data;
    expect(op.status).toBe('DONE');
    expect(op.error?.errors).toEqual([{ code, message }]);
    expect(op.httpErrorStatusCode).toBe(status);
    expect((await apiError(v1.globalAddresses.get({ project: P, address: 'ip' }))).code).toBe(404);
  });

  it('operationInUse fails deletes only, with RESOURCE_IN_USE_BY_ANOTHER_RESOURCE, and deletes nothing', async () => {
    const { v1 } = await harness({ faults: { ...NO_FAULTS, operationInUse: 1 } });
    expect((await v1.globalAddresses.insert({ project: P, requestBody: { name: 'ip' } })).data.error).toBeUndefined();
    const op = (await v1.globalAddresses.delete({ project: P, address: 'ip' })).data;
    expect(op.error?.errors?.[0]?.code).toBe('RESOURCE_IN_USE_BY_ANOTHER_RESOURCE');
    expect((await v1.globalAddresses.get({ project: P, address: 'ip' })).status).toBe(200);
  });

  it('a requestId makes a retried mutation return the first operation instead of acting twice', async () => {
    const { v1, em } = await harness({ operationMs: 50 });
    const requestId = randomUUID();
    const a = (await v1.globalAddresses.insert({ project: P, requestId, requestBody: { name: 'ip' } })).data;
    const b = (await v1.globalAddresses.insert({ project: P, requestId, requestBody: { name: 'ip' } })).data;
    expect(b.name).toBe(a.name);
    expect(b.clientOperationId).toBe(requestId);
    await v1.globalOperations.wait({ project: P, operation: a.name! });
    const c = (await v1.globalAddresses.insert({ project: P, requestId, requestBody: { name: 'ip' } })).data;
    expect(c).toMatchObject({ name: a.name, status: 'DONE' });
    expect(c.error).toBeUndefined();
    expect((await v1.globalAddresses.list({ project: P })).data.items).toHaveLength(1);
    expect(em.log.filter((l) => l.requestId === requestId)).toHaveLength(3);
  });

  it('the concurrent-operations quota answers 403 CONCURRENT_OPERATIONS_QUOTA_EXCEEDED', async () => {
    const { v1 } = await harness({ operationMs: 5000, maxConcurrentOperations: 1 });
    await v1.globalAddresses.insert({ project: P, requestBody: { name: 'a' } });
    const e = await apiError(v1.globalAddresses.insert({ project: P, requestBody: { name: 'b' } }));
    expect(e.code).toBe(403);
    expect(e.body).toMatchObject({ error: { message: 'Rate Limit Exceeded', errors: [{ reason: 'rateLimitExceeded', domain: 'usageLimits' }], details: [{ reason: 'CONCURRENT_OPERATIONS_QUOTA_EXCEEDED' }] } });
  });
});

describe('lists', () => {
  it('paginate with maxResults and pageToken, default page size 500, at most 500', async () => {
    const { v1 } = await harness();
    for (let i = 0; i < 7; i++) await v1.regionNetworkEndpointGroups.insert(neg(`n${i}`));
    const names: string[] = [];
    let pageToken: string | undefined;
    let pages = 0;
    do {
      const page = (await v1.regionNetworkEndpointGroups.list({ project: P, region: 'us-central1', maxResults: 3, pageToken })).data;
      names.push(...(page.items ?? []).map((x) => x.name!));
      pageToken = page.nextPageToken ?? undefined;
      pages++;
    } while (pageToken);
    expect(pages).toBe(3);
    expect(names).toEqual(['n0', 'n1', 'n2', 'n3', 'n4', 'n5', 'n6']);
    expect((await v1.regionNetworkEndpointGroups.list({ project: P, region: 'us-central1' })).data.items).toHaveLength(7);
    expect((await v1.regionNetworkEndpointGroups.list({ project: P, region: 'europe-west1' })).data.items).toBeUndefined();
    const e = await apiError(v1.regionNetworkEndpointGroups.list({ project: P, region: 'us-central1', maxResults: 501 }));
    expect(e.message).toBe("Invalid value for field 'maxResults': '501'. Must be less than or equal to 500");
    expect((await apiError(v1.regionNetworkEndpointGroups.list({ project: P, region: 'us-central1', pageToken: 'garbage' }))).code).toBe(400);
    // The default page size: with 502 resources, a list without maxResults answers 500 and a token, then the other 2.
    const ips = Array.from({ length: 502 }, (_, i) => `ip-${String(i).padStart(3, '0')}`);
    for (let i = 0; i < ips.length; i += 50) await Promise.all(ips.slice(i, i + 50).map((name) => v1.globalAddresses.insert({ project: P, requestBody: { name } })));
    const first = (await v1.globalAddresses.list({ project: P })).data;
    expect(first.items).toHaveLength(500);
    expect(first.nextPageToken).toEqual(expect.any(String));
    const second = (await v1.globalAddresses.list({ project: P, pageToken: first.nextPageToken! })).data;
    expect(second.items).toHaveLength(2);
    expect(second.nextPageToken ?? undefined).toBeUndefined();
    expect([...first.items!, ...second.items!].map((a) => a.name).sort()).toEqual(ips);
    // maxResults: 500 is the most, and 0 means the default.
    expect((await v1.globalAddresses.list({ project: P, maxResults: 500 })).data.items).toHaveLength(500);
    expect((await v1.globalAddresses.list({ project: P, maxResults: 0 })).data.items).toHaveLength(500);
  });

  it('filter on name (=, !=, eq regex, wildcard) and labels', async () => {
    const { v1 } = await harness();
    await v1.globalAddresses.insert({ project: P, requestBody: { name: 'web-ip', labels: { team: 'web' } } });
    await v1.globalAddresses.insert({ project: P, requestBody: { name: 'api-ip' } });
    const names = async (filter: string) => ((await v1.globalAddresses.list({ project: P, filter })).data.items ?? []).map((x) => x.name);
    expect(await names('name = "web-ip"')).toEqual(['web-ip']);
    expect(await names('name != web-ip')).toEqual(['api-ip']);
    expect(await names('name eq "a.*"')).toEqual(['api-ip']);
    expect(await names('name = *-ip')).toEqual(['api-ip', 'web-ip']);
    expect(await names('labels.team = web')).toEqual(['web-ip']);
    expect(await names('(name = "web-ip") AND (labels.team = web)')).toEqual(['web-ip']);
    expect((await apiError(v1.globalAddresses.list({ project: P, filter: 'name ~~ x' }))).code).toBe(400);
  });

  it('aggregatedList groups by scope, with NO_RESULTS_ON_PAGE for empty scopes', async () => {
    const { v1 } = await harness();
    await v1.regionNetworkEndpointGroups.insert(neg('us'));
    await v1.regionNetworkEndpointGroups.insert(neg('eu', 'hello', 'europe-west1'));
    const agg = (await v1.networkEndpointGroups.aggregatedList({ project: P })).data;
    expect(agg.kind).toBe('compute#networkEndpointGroupAggregatedList');
    expect(agg.items!['regions/us-central1']!.networkEndpointGroups!.map((n) => n.name)).toEqual(['us']);
    expect(agg.items!['regions/europe-west1']!.networkEndpointGroups!.map((n) => n.name)).toEqual(['eu']);
    expect(agg.items!['regions/asia-east1']).toEqual({ warning: { code: 'NO_RESULTS_ON_PAGE', message: "There are no results for scope 'regions/asia-east1' on this page.", data: [{ key: 'scope', value: 'regions/asia-east1' }] } });
    const bs = (await v1.backendServices.aggregatedList({ project: P })).data;
    expect(bs.items!.global!.warning!.code).toBe('NO_RESULTS_ON_PAGE');
  });
});

describe('API Gateway NEGs are beta-only', () => {
  it('v1 rejects serverlessDeployment; beta accepts it; v1 reads omit it', async () => {
    const { v1, beta } = await harness();
    const body = { name: 'gw', networkEndpointType: 'SERVERLESS', serverlessDeployment: { platform: 'apigateway.googleapis.com', resource: 'my-gateway' } };
    const e = await apiError(v1.regionNetworkEndpointGroups.insert({ project: P, region: 'us-central1', requestBody: body as object }));
    expect(e.message).toBe('Invalid JSON payload received. Unknown name "serverlessDeployment" at \'resource\': Cannot find field.');
    await beta.regionNetworkEndpointGroups.insert({ project: P, region: 'us-central1', requestBody: body });
    expect((await beta.regionNetworkEndpointGroups.get({ project: P, region: 'us-central1', networkEndpointGroup: 'gw' })).data.serverlessDeployment).toEqual(body.serverlessDeployment);
    expect((await v1.regionNetworkEndpointGroups.get({ project: P, region: 'us-central1', networkEndpointGroup: 'gw' })).data).not.toHaveProperty('serverlessDeployment');
  });
});

describe('managed certificates', () => {
  it('show no status until a forwarding rule serves them (gcp-behaviour.md §3.6), then PROVISIONING, then ACTIVE after the configured delay', async () => {
    // The activation delay is long enough that the PROVISIONING read comes before it ends, also on a loaded machine.
    const { v1 } = await harness({ certificateActivationMs: 1000 });
    await v1.sslCertificates.insert({ project: P, requestBody: { name: 'cert', type: 'MANAGED', managed: { domains: ['example.com', 'WWW.example.com.'] } } });
    const status = async () => (await v1.sslCertificates.get({ project: P, sslCertificate: 'cert' })).data.managed!;
    expect(await status()).toEqual({ domains: ['example.com', 'www.example.com'] });
    await v1.regionNetworkEndpointGroups.insert(neg('n'));
    await v1.backendServices.insert({ project: P, requestBody: { name: 'bs', backends: [{ group: negLink('n') }] } });
    await v1.urlMaps.insert({ project: P, requestBody: { name: 'map', defaultService: link('backendServices', 'bs') } });
    await v1.targetHttpsProxies.insert({ project: P, requestBody: { name: 'proxy', urlMap: link('urlMaps', 'map'), sslCertificates: [link('sslCertificates', 'cert')] } });
    await new Promise((r) => setTimeout(r, 150));
    expect((await status()).status).toBeUndefined(); // attached, but no forwarding rule serves it
    await v1.globalForwardingRules.insert({ project: P, requestBody: { name: 'fr', portRange: '443', target: link('targetHttpsProxies', 'proxy') } });
    expect(await status()).toEqual({ domains: ['example.com', 'www.example.com'], status: 'PROVISIONING', domainStatus: { 'example.com': 'PROVISIONING', 'www.example.com': 'PROVISIONING' } });
    await new Promise((r) => setTimeout(r, 1050));
    expect(await status()).toEqual({ domains: ['example.com', 'www.example.com'], status: 'ACTIVE', domainStatus: { 'example.com': 'ACTIVE', 'www.example.com': 'ACTIVE' } });
  });

  it('--certificate-states: a failing domain shows its state while provisioning, and the certificate ends PROVISIONING_FAILED', async () => {
    const { v1 } = await harness({ certificateActivationMs: 100, certificateDomainStates: { 'www.example.com': 'FAILED_CAA_FORBIDDEN' } });
    await v1.sslCertificates.insert({ project: P, requestBody: { name: 'cert', type: 'MANAGED', managed: { domains: ['example.com', 'www.example.com'] } } });
    await v1.regionNetworkEndpointGroups.insert(neg('n'));
    await v1.backendServices.insert({ project: P, requestBody: { name: 'bs', backends: [{ group: negLink('n') }] } });
    await v1.urlMaps.insert({ project: P, requestBody: { name: 'map', defaultService: link('backendServices', 'bs') } });
    await v1.targetHttpsProxies.insert({ project: P, requestBody: { name: 'proxy', urlMap: link('urlMaps', 'map'), sslCertificates: [link('sslCertificates', 'cert')] } });
    await v1.globalForwardingRules.insert({ project: P, requestBody: { name: 'fr', portRange: '443', target: link('targetHttpsProxies', 'proxy') } });
    const status = async () => (await v1.sslCertificates.get({ project: P, sslCertificate: 'cert' })).data.managed!;
    expect(await status()).toEqual({ domains: ['example.com', 'www.example.com'], status: 'PROVISIONING', domainStatus: { 'example.com': 'PROVISIONING', 'www.example.com': 'FAILED_CAA_FORBIDDEN' } });
    await new Promise((r) => setTimeout(r, 150));
    expect(await status()).toEqual({ domains: ['example.com', 'www.example.com'], status: 'PROVISIONING_FAILED', domainStatus: { 'example.com': 'ACTIVE', 'www.example.com': 'FAILED_CAA_FORBIDDEN' } });
  });

  it('refuse wildcard domains', async () => {
    const { v1 } = await harness();
    const e = await apiError(v1.sslCertificates.insert({ project: P, requestBody: { name: 'c', type: 'MANAGED', managed: { domains: ['*.example.com'] } } }));
    expect(e.message).toBe("Invalid value for field 'resource.managed.domains[0]': '*.example.com'. Wildcard domains are not supported for Google-managed certificates.");
  });
});

describe('faults', () => {
  const none = NO_FAULTS;

  it.each([
    ['rateLimit', 403, 'rateLimitExceeded'],
    ['tooManyRequests', 429, 'rateLimitExceeded'],
    ['serverError', 500, 'backendError'],
    ['unavailable', 503, 'backendError'],
  ] as const)('%s answers %i %s before acting', async (fault, code, reason) => {
    const { v1, em } = await harness({ faults: { ...none, [fault]: 1 } });
    const e = await apiError(v1.globalAddresses.insert({ project: P, requestBody: { name: 'ip' } }));
    expect(e).toMatchObject({ code, reason });
    expect(em.emulator.store.all()).toEqual([]);
  });

  it('dropAfter acts, then drops the connection; a retry with the same requestId gets the first operation', async () => {
    const { v1, em } = await harness({ faults: { ...none, dropAfter: 1 } });
    const requestId = randomUUID();
    await expect(v1.globalAddresses.insert({ project: P, requestId, requestBody: { name: 'ip' } })).rejects.toThrow();
    expect(em.emulator.store.all()).toHaveLength(1);
    (em.emulator.config.faults as { dropAfter: number }).dropAfter = 0;
    const op = (await v1.globalAddresses.insert({ project: P, requestId, requestBody: { name: 'ip' } })).data;
    expect(op.error).toBeUndefined();
    expect(em.emulator.store.all()).toHaveLength(1);
  });

  it('rates are seeded: the same seed gives the same faults', async () => {
    const outcomes = async (seed: number) => {
      const { v1 } = await harness({ seed, faults: { ...none, serverError: 0.5 } });
      const out: number[] = [];
      for (let i = 0; i < 12; i++) out.push(await v1.globalAddresses.list({ project: P }).then(() => 200, () => 500));
      return out;
    };
    const a = await outcomes(42);
    expect(await outcomes(42)).toEqual(a);
    expect(a).toContain(500);
    expect(a).toContain(200);
  });

  it('latency is added to every call', async () => {
    const { v1, em } = await harness({ latencyMs: [30, 30] });
    await v1.globalAddresses.list({ project: P });
    expect(em.log[0]!.ms).toBeGreaterThanOrEqual(29);
  });
});

describe('request log and state', () => {
  it('writes one JSON line per request', async () => {
    const logFile = join(tmp, 'requests.jsonl');
    const { v1 } = await harness({}, { logFile });
    await v1.globalAddresses.insert({ project: P, requestBody: { name: 'ip' } });
    await apiError(v1.globalAddresses.get({ project: P, address: 'nope' }));
    const lines = readFileSync(logFile, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toEqual([
      expect.objectContaining({ method: 'POST', path: `/compute/v1/projects/${P}/global/addresses`, status: 200, route: 'globalAddresses.insert', operation: expect.stringMatching(/^operation-/) }),
      expect.objectContaining({ method: 'GET', path: `/compute/v1/projects/${P}/global/addresses/nope`, status: 404, route: 'globalAddresses.get' }),
    ]);
  });

  it('keeps state across restarts with a state file', async () => {
    const stateFile = join(tmp, 'state.json');
    const first = await harness({}, { stateFile });
    await first.v1.globalAddresses.insert({ project: P, requestBody: { name: 'ip' } });
    const ip = (await first.v1.globalAddresses.get({ project: P, address: 'ip' })).data.address;
    await first.em.close();
    const second = await harness({}, { stateFile });
    expect((await second.v1.globalAddresses.get({ project: P, address: 'ip' })).data.address).toBe(ip);
    await second.v1.globalAddresses.insert({ project: P, requestBody: { name: 'ip2' } });
    expect((await second.v1.globalAddresses.get({ project: P, address: 'ip2' })).data.address).not.toBe(ip);
  });
});

/** Inserts compiled resources in dependency order with the real client, waiting for each operation. */
async function applyAll(c: ComputeClients, resources: readonly DesiredResource[]): Promise<void> {
  const g = new Dag();
  for (const r of resources) {
    g.addNode(r.address);
    for (const d of r.dependsOn) g.addEdge(r.address, d);
  }
  const by = new Map(resources.map((r) => [r.address, r]));
  for (const wave of g.waves()) {
    for (const address of wave) {
      const r = by.get(address)!;
      const info = KIND_INFO[r.kind];
      const client = (r.api === 'beta' ? c.beta : c.v1) as unknown as Record<string, Record<string, (p: object) => Promise<{ data: object }>>>;
      const params = { project: P, ...(r.scope.type === 'region' ? { region: r.scope.region } : {}) };
      await client[info.collection]!.insert!({ ...params, requestBody: r.body });
      for (const s of r.setters) {
        if (s.body[s.field] === null) continue;
        await client[info.collection]![s.method]!({ ...params, [info.collection === 'backendServices' ? 'backendService' : 'resource']: r.name, requestBody: s.body });
      }
    }
  }
}

describe('every example builds on the emulator', () => {
  const examples = ['http', 'https-managed', 'https-self-managed-redirect', 'multi-region', 'regional-routing', 'url-mask-cloud-run', 'url-mask-cloud-functions', 'url-mask-app-engine', 'url-mask-api-gateway', 'cdn', 'iap', 'cloud-armor', 'byoip', 'shop'];
  it.each(examples)('%s: every compiled body is accepted in dependency order', async (name) => {
    const h = await harness();
    const loaded = loadManifest(`examples/${name}.yaml`);
    const key = readFileSync('examples/certs/example.com.key', 'utf8');
    const lb = compile(loaded.manifest!, { files: loaded.files, secrets: new Map([['env:TLS_PRIVATE_KEY', key], ['env:IAP_CLIENT_SECRET', 'iap-secret']]) });
    // What the manifest only references must exist already.
    for (const r of lb.resources.flatMap((x) => x.references)) {
      if (r.kind === 'securityPolicy') await h.v1.securityPolicies.insert({ project: P, requestBody: { name: r.name } });
      if (r.kind === 'sslCertificate') await h.v1.sslCertificates.insert({ project: P, requestBody: { name: r.name, type: 'MANAGED', managed: { domains: ['www.example.com'] } } });
    }
    await applyAll(h, lb.resources);
    expect(h.em.log.filter((l) => l.status !== 200)).toEqual([]);
    expect(h.em.emulator.store.all().length).toBe(lb.resources.length + new Set(lb.resources.flatMap((x) => x.references).filter((r) => r.kind !== 'sslPolicy').map((r) => r.name)).size);
  });
});

describe('operation retention', () => {
  it('keeps the newest DONE operations and their request ids, forgets the oldest: state grows with live state, not history', async () => {
    const { v1, em } = await harness();
    const store = em.emulator.store;
    for (let i = 0; i < 30; i++) await v1.globalAddresses.insert({ project: P, requestId: randomUUID(), requestBody: { name: `ip-${i}` } });
    for (let i = 0; i < 30; i++) await v1.globalAddresses.delete({ project: P, address: `ip-${i}`, requestId: randomUUID() });
    const before = store.operations.size;
    const first = [...store.operations.keys()][0];
    for (let round = 0; round < 40; round++) {
      for (let i = 0; i < 30; i++) await v1.globalAddresses.insert({ project: P, requestId: randomUUID(), requestBody: { name: `ip-${i}` } });
      for (let i = 0; i < 30; i++) await v1.globalAddresses.delete({ project: P, address: `ip-${i}`, requestId: randomUUID() });
    }
    expect(before).toBe(60);
    expect(store.operations.size).toBeLessThanOrEqual(2000);
    expect(store.operations.has(first!)).toBe(false);
    expect(store.requestIds.size).toBeLessThanOrEqual(store.operations.size);
    // The newest operation is still there to be read.
    const last = [...store.operations.values()].at(-1)!;
    expect((await v1.globalOperations.get({ project: P, operation: String(last.body.name) })).data.status).toBe('DONE');
  }, 60_000);
});

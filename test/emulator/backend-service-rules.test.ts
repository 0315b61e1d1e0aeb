/**
 * The emulator's rules for a backend service with serverless NEG backends (src/emulator/kinds/
 * backend-service.ts), over real HTTP with the real client: each request GCP refuses is refused with
 * its code, reason and message, and each near miss GCP accepts is accepted. The oracle is
 * gcp-behaviour.md: the exact texts of §2.2, the rules of §3.3 (serverless NEG limits) and §3.4
 * (schemes), the stored shape of §2.5/§2.6; texts §2.2 does not record follow the emulator's
 * documented form ("Invalid value for field 'F': 'V'. Why"), and are checked in full so a rule that
 * fires on the wrong field or value fails.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { apiError, BASE, harness, type Harness, link, neg, negLink, P } from '../helpers/emulator.js';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** An emulator with Cloud Run NEGs in us-central1 (two) and europe-west1, a Cloud Functions NEG in us-east1 and an App Engine one in asia-east1. */
async function setup(): Promise<Harness> {
  const h = await harness();
  await h.v1.regionNetworkEndpointGroups.insert(neg('neg-a'));
  await h.v1.regionNetworkEndpointGroups.insert(neg('neg-a2', 'other'));
  await h.v1.regionNetworkEndpointGroups.insert(neg('neg-eu', 'hello', 'europe-west1'));
  await h.v1.regionNetworkEndpointGroups.insert({ project: P, region: 'us-east1', requestBody: { name: 'neg-fn', networkEndpointType: 'SERVERLESS', cloudFunction: { function: 'fn' } } });
  await h.v1.regionNetworkEndpointGroups.insert({ project: P, region: 'asia-east1', requestBody: { name: 'neg-ae', networkEndpointType: 'SERVERLESS', appEngine: { service: 'default' } } });
  return h;
}

const one = [{ group: negLink('neg-a') }];
const insert = (h: Harness, body: Record<string, unknown>) => h.v1.backendServices.insert({ project: P, requestBody: { name: 'bs', backends: one, ...body } });
const get = async (h: Harness, name = 'bs') => (await h.v1.backendServices.get({ project: P, backendService: name })).data as Record<string, unknown>;
const pick = (e: { code: number; reason: string; message: string }) => ({ code: e.code, reason: e.reason, message: e.message });
const invalid = (field: string, value: string, why: string) => ({ code: 400, reason: 'invalid', message: `Invalid value for field '${field}': '${value}'. ${why}` });

describe('backend service with serverless NEGs: what GCP refuses on insert (§2.2, §3.3)', () => {
  const cases: [string, Record<string, unknown>, { code: number; reason: string; message: string }][] = [
    ['a health check (§2.2, exact)', { healthChecks: [`${BASE}global/healthChecks/hc`] }, invalid('resource.healthChecks', '', 'A backend service cannot have a healthcheck with Serverless network endpoint group backends.')],
    ['a port name other than http (§2.2, exact)', { portName: 'my-port' }, invalid('resource.portName', 'my-port', 'Port name is not supported for a backend service with Serverless network endpoint groups.')],
    ['a timeout (§3.3: "Attempting to modify … timeoutSec … results in" this error)', { timeoutSec: 30 }, invalid('resource.timeoutSec', '30', 'Timeout sec is not supported for a backend service with Serverless network endpoint groups.')],
    ['balancing mode RATE (§2.2, exact)', { backends: [{ group: negLink('neg-a'), balancingMode: 'RATE' }] }, invalid('resource.backends[0].balancingMode', 'RATE', 'Balancing mode is not supported for Serverless network endpoint groups.')],
    ['a capacity scaler other than 1 (§3.3: not available without a balancing mode)', { backends: [{ group: negLink('neg-a'), capacityScaler: 0.5 }] }, invalid('resource.backends[0].capacityScaler', '0.5', 'Capacity scaler is not supported for Serverless network endpoint groups.')],
    ['maxUtilization', { backends: [{ group: negLink('neg-a'), maxUtilization: 0.8 }] }, invalid('resource.backends[0].maxUtilization', '0.8', 'Max utilization is not supported for Serverless network endpoint groups.')],
    ['maxRate', { backends: [{ group: negLink('neg-a'), maxRate: 100 }] }, invalid('resource.backends[0].maxRate', '100', 'Max rate is not supported for Serverless network endpoint groups.')],
    ['maxRatePerEndpoint', { backends: [{ group: negLink('neg-a'), maxRatePerEndpoint: 10 }] }, invalid('resource.backends[0].maxRatePerEndpoint', '10', 'Max rate per endpoint is not supported for Serverless network endpoint groups.')],
    ['maxConnections', { backends: [{ group: negLink('neg-a'), maxConnections: 5 }] }, invalid('resource.backends[0].maxConnections', '5', 'Max connections is not supported for Serverless network endpoint groups.')],
    ['maxConnectionsPerEndpoint', { backends: [{ group: negLink('neg-a'), maxConnectionsPerEndpoint: 7 }] }, invalid('resource.backends[0].maxConnectionsPerEndpoint', '7', 'Max connections per endpoint is not supported for Serverless network endpoint groups.')],
    ['outlier detection on the classic scheme (§2.2, exact head)', { outlierDetection: { consecutiveErrors: 5 } }, invalid('resource.outlierDetection', '{"consecutiveErrors":5}', 'Outlier detection is not supported.')],
    ['session affinity (§3.3: not supported with serverless NEG backends)', { sessionAffinity: 'CLIENT_IP' }, invalid('resource.sessionAffinity', 'CLIENT_IP', 'Session affinity is not supported for a backend service with Serverless network endpoint groups.')],
    ['a locality policy (§3.3)', { localityLbPolicy: 'ROUND_ROBIN' }, invalid('resource.localityLbPolicy', 'ROUND_ROBIN', 'Locality load balancing policy is not supported for a backend service with Serverless network endpoint groups.')],
    [
      'two NEGs in one region (§3.3: only one serverless NEG per region)',
      { backends: [{ group: negLink('neg-eu', 'europe-west1') }, { group: negLink('neg-a') }, { group: negLink('neg-a2') }] },
      invalid('resource.backends[2].group', negLink('neg-a2'), 'A backend service can have only one serverless network endpoint group per region; backends[1] is already in us-central1.'),
    ],
    [
      'Cloud Run beside Cloud Functions (§3.3: the same type of backend)',
      { backends: [{ group: negLink('neg-a') }, { group: negLink('neg-fn', 'us-east1') }] },
      invalid('resource.backends[1].group', negLink('neg-fn', 'us-east1'), 'All serverless network endpoint groups in a backend service must use the same type of backend.'),
    ],
    [
      'App Engine beside Cloud Functions (§3.3: the same type of backend)',
      { backends: [{ group: negLink('neg-ae', 'asia-east1') }, { group: negLink('neg-fn', 'us-east1') }] },
      invalid('resource.backends[1].group', negLink('neg-fn', 'us-east1'), 'All serverless network endpoint groups in a backend service must use the same type of backend.'),
    ],
    ['a full URL to something that is not a NEG', { backends: [{ group: link('backendServices', 'web') }] }, invalid('resource.backends[0].group', link('backendServices', 'web'), 'The URL is malformed.')],
    ['CDN TTLs the origin decides (USE_ORIGIN_HEADERS): defaultTtl', { enableCDN: true, cdnPolicy: { cacheMode: 'USE_ORIGIN_HEADERS', defaultTtl: 3600 } }, invalid('resource.cdnPolicy.defaultTtl', '3600', 'defaultTtl cannot be specified with cache mode USE_ORIGIN_HEADERS.')],
    ['… maxTtl', { enableCDN: true, cdnPolicy: { cacheMode: 'USE_ORIGIN_HEADERS', maxTtl: 60 } }, invalid('resource.cdnPolicy.maxTtl', '60', 'maxTtl cannot be specified with cache mode USE_ORIGIN_HEADERS.')],
    ['… clientTtl', { enableCDN: true, cdnPolicy: { cacheMode: 'USE_ORIGIN_HEADERS', clientTtl: 30 } }, invalid('resource.cdnPolicy.clientTtl', '30', 'clientTtl cannot be specified with cache mode USE_ORIGIN_HEADERS.')],
    ['FORCE_CACHE_ALL with a maxTtl', { enableCDN: true, cdnPolicy: { cacheMode: 'FORCE_CACHE_ALL', maxTtl: 60 } }, invalid('resource.cdnPolicy.maxTtl', '60', 'maxTtl cannot be specified with cache mode FORCE_CACHE_ALL.')],
    ['IAP and Cloud CDN together (§3.3)', { enableCDN: true, iap: { enabled: true, oauth2ClientId: 'id', oauth2ClientSecret: 's' } }, { code: 400, reason: 'invalid', message: 'IAP and Cloud CDN cannot be enabled on the same backend service.' }],
    ['IAP without a client ID', { iap: { enabled: true, oauth2ClientSecret: 's' } }, invalid('resource.iap.oauth2ClientId', '', 'OAuth2 client ID must be specified when IAP is enabled.')],
    ['IAP without a client secret', { iap: { enabled: true, oauth2ClientId: 'id' } }, invalid('resource.iap.oauth2ClientSecret', '', 'OAuth2 client secret must be specified when IAP is enabled.')],
    ['IAP with an empty client secret', { iap: { enabled: true, oauth2ClientId: 'id', oauth2ClientSecret: '' } }, invalid('resource.iap.oauth2ClientSecret', '', 'OAuth2 client secret must be specified when IAP is enabled.')],
    ['a scheme the emulator does not model', { loadBalancingScheme: 'INTERNAL_MANAGED' }, invalid('resource.loadBalancingScheme', 'INTERNAL_MANAGED', 'The lb-plan emulator models global external backend services only (EXTERNAL or EXTERNAL_MANAGED).')],
    ['a partial NEG URL (§3.3, DISCOVERY Backend.group)', { backends: [{ group: 'projects/my-project/regions/us-central1/networkEndpointGroups/neg-a' }] }, invalid('resource.backends[0].group', 'projects/my-project/regions/us-central1/networkEndpointGroups/neg-a', 'You must use the fully-qualified URL of the instance group or network endpoint group. Partial URLs are not supported.')],
    ['a NEG URL with something before https:// (not a full URL)', { backends: [{ group: `x${negLink('neg-a')}` }] }, invalid('resource.backends[0].group', `x${negLink('neg-a')}`, 'You must use the fully-qualified URL of the instance group or network endpoint group. Partial URLs are not supported.')],
    ['a NEG that does not exist', { backends: [{ group: negLink('nope') }] }, { code: 404, reason: 'notFound', message: `The resource 'projects/${P}/regions/us-central1/networkEndpointGroups/nope' was not found` }],
  ];
  it.each(cases)('%s', async (_what, body, expected) => {
    const h = await setup();
    const e = await apiError(insert(h, body));
    expect({ code: e.code, reason: e.reason, message: e.message }).toEqual(expected);
    expect((await h.v1.backendServices.list({ project: P })).data.items ?? []).toEqual([]);
  });
});

describe('backend service with serverless NEGs: the near misses GCP accepts', () => {
  it('GCP\'s own fills sent back (portName http, UTILIZATION with capacity 1, sessionAffinity NONE, §2.6), EXTERNAL_MANAGED with outlier detection (§3.3), allowed TTLs', async () => {
    const h = await setup();
    await insert(h, { name: 'bs1', portName: 'http', sessionAffinity: 'NONE', backends: [{ group: negLink('neg-a'), balancingMode: 'UTILIZATION', capacityScaler: 1 }] });
    await insert(h, { name: 'bs2', loadBalancingScheme: 'EXTERNAL_MANAGED', outlierDetection: { consecutiveErrors: 5 } });
    await insert(h, { name: 'bs3', enableCDN: true, cdnPolicy: { cacheMode: 'FORCE_CACHE_ALL', defaultTtl: 60, clientTtl: 30 } });
    await insert(h, { name: 'bs4', enableCDN: true, cdnPolicy: { cacheMode: 'CACHE_ALL_STATIC', defaultTtl: 60, maxTtl: 600, clientTtl: 30 } });
    await insert(h, { name: 'bs5', backends: [{ group: negLink('neg-a') }, { group: negLink('neg-eu', 'europe-west1') }] });
    await insert(h, { name: 'bs6', iap: { enabled: false } });
    await insert(h, { name: 'bs7', backends: [] });
    await h.v1.backendServices.insert({ project: P, requestBody: { name: 'bs9' } });
    await insert(h, { name: 'bs10', healthChecks: [] });
    // Without serverless NEGs the serverless limits (§3.3) do not apply: a timeout, a port name, session affinity.
    await insert(h, { name: 'bs8', backends: [], timeoutSec: 60, portName: 'web', sessionAffinity: 'CLIENT_IP', localityLbPolicy: 'ROUND_ROBIN' });
    expect(((await h.v1.backendServices.list({ project: P })).data.items ?? []).map((b) => b.name).sort()).toEqual(['bs1', 'bs10', 'bs2', 'bs3', 'bs4', 'bs5', 'bs6', 'bs7', 'bs8', 'bs9']);
    expect(await get(h, 'bs8')).toMatchObject({ timeoutSec: 60, portName: 'web', sessionAffinity: 'CLIENT_IP' });
    expect((await get(h, 'bs2')).outlierDetection).toEqual({ consecutiveErrors: 5 });
    expect((await get(h, 'bs1')).kind).toBe('compute#backendService');
    // An update needs the current fingerprint (§3.1; §2.2: "Required field 'resource.fingerprint' not specified").
    const { fingerprint: _f, ...unfingerprinted } = await get(h, 'bs1');
    const none = await apiError(h.v1.backendServices.update({ project: P, backendService: 'bs1', requestBody: unfingerprinted }));
    expect({ code: none.code, message: none.message }).toEqual({ code: 400, message: "Required field 'resource.fingerprint' not specified" });
    expect((await get(h, 'bs3')).cdnPolicy).toMatchObject({ cacheMode: 'FORCE_CACHE_ALL', defaultTtl: 60, clientTtl: 30 });
    expect((await get(h, 'bs5')).backends).toEqual([
      { group: negLink('neg-a'), balancingMode: 'UTILIZATION', capacityScaler: 1 },
      { group: negLink('neg-eu', 'europe-west1'), balancingMode: 'UTILIZATION', capacityScaler: 1 },
    ]);
    expect((await get(h, 'bs6')).iap).toEqual({ enabled: false, oauth2ClientId: '', oauth2ClientSecretSha256: sha256('') });
    expect((await get(h, 'bs7')).backends).toBeUndefined();
  });

  it('IAP: the secret is write-only, GCP keeps its SHA-256 (§2.5, §2.6); a later PUT without the secret keeps the hash and client ID', async () => {
    const h = await setup();
    await insert(h, { iap: { enabled: true, oauth2ClientId: 'client-1', oauth2ClientSecret: 'shh', oauth2ClientSecretSha256: 'forged' } });
    const bs = await get(h);
    expect(bs.iap).toEqual({ enabled: true, oauth2ClientId: 'client-1', oauth2ClientSecretSha256: sha256('shh') });
    expect(JSON.stringify(bs)).not.toContain('shh"');
    await h.v1.backendServices.update({ project: P, backendService: 'bs', requestBody: { ...bs, iap: { enabled: true } } });
    expect((await get(h)).iap).toEqual({ enabled: true, oauth2ClientId: 'client-1', oauth2ClientSecretSha256: sha256('shh') });
    // An update that leaves iap out keeps what GCP holds.
    const now = await get(h);
    const { iap: _iap, ...rest } = now;
    await h.v1.backendServices.update({ project: P, backendService: 'bs', requestBody: rest });
    expect((await get(h)).iap).toEqual({ enabled: true, oauth2ClientId: 'client-1', oauth2ClientSecretSha256: sha256('shh') });
  });

  it('logging: never enabled, no logConfig at all (§2.6); once enabled it stays, also when turned off', async () => {
    const h = await setup();
    await insert(h, { logConfig: { enable: false } });
    expect((await get(h)).logConfig).toBeUndefined();
    await insert(h, { name: 'bs-log', logConfig: { enable: true, sampleRate: 1 } });
    const on = await get(h, 'bs-log');
    expect(on.logConfig).toMatchObject({ enable: true });
    await h.v1.backendServices.update({ project: P, backendService: 'bs-log', requestBody: { ...on, logConfig: { enable: false } } });
    expect((await get(h, 'bs-log')).logConfig).toMatchObject({ enable: false });
  });

  it('an insert without a security policy, and a detach with setSecurityPolicy null: each operation ends DONE without an error (§2.3), and the NEG is in use', async () => {
    const h = await setup();
    await h.v1.securityPolicies.insert({ project: P, requestBody: { name: 'armor' } });
    const done = async (op: { name?: string | null }) => (await h.v1.globalOperations.wait({ project: P, operation: op.name! })).data;
    const ins = await done((await insert(h, {})).data);
    expect(ins.status).toBe('DONE');
    expect(ins.error).toBeUndefined();
    await done((await h.v1.backendServices.setSecurityPolicy({ project: P, backendService: 'bs', requestBody: { securityPolicy: link('securityPolicies', 'armor') } })).data);
    const detach = await done((await h.v1.backendServices.setSecurityPolicy({ project: P, backendService: 'bs', requestBody: { securityPolicy: null } })).data);
    expect(detach.status).toBe('DONE');
    expect(detach.error).toBeUndefined();
    const del = await apiError(h.v1.regionNetworkEndpointGroups.delete({ project: P, region: 'us-central1', networkEndpointGroup: 'neg-a' }));
    expect(del.reason).toBe('resourceInUseByAnotherResource');
  });

  it('setSecurityPolicy: a policy named by a partial URL is stored as its full URL and held in use; a missing one is not found', async () => {
    const h = await setup();
    await h.v1.securityPolicies.insert({ project: P, requestBody: { name: 'armor' } });
    await insert(h, {});
    await h.v1.backendServices.setSecurityPolicy({ project: P, backendService: 'bs', requestBody: { securityPolicy: 'projects/my-project/global/securityPolicies/armor' } });
    expect((await get(h)).securityPolicy).toBe(link('securityPolicies', 'armor'));
    // In use: the delete's operation ends with RESOURCE_IN_USE_BY_ANOTHER_RESOURCE (§2.2, detected asynchronously).
    const del = (await h.v1.securityPolicies.delete({ project: P, securityPolicy: 'armor' })).data;
    expect(del.error?.errors?.[0]?.code).toBe('RESOURCE_IN_USE_BY_ANOTHER_RESOURCE');
    expect(del.error?.errors?.[0]?.message).toBe(`The security_policy resource 'projects/${P}/global/securityPolicies/armor' is already being used by 'projects/${P}/global/backendServices/bs'`);
    expect(((await h.v1.securityPolicies.list({ project: P })).data.items ?? []).map((x) => x.name)).toEqual(['armor']);
    const missing = await apiError(h.v1.backendServices.setSecurityPolicy({ project: P, backendService: 'bs', requestBody: { securityPolicy: `${BASE}global/securityPolicies/nope` } }));
    expect({ code: missing.code, reason: missing.reason, message: missing.message }).toEqual({ code: 404, reason: 'notFound', message: `The resource 'projects/${P}/global/securityPolicies/nope' was not found` });
    expect((await get(h)).securityPolicy).toBe(link('securityPolicies', 'armor'));
    const malformed = await apiError(h.v1.backendServices.setSecurityPolicy({ project: P, backendService: 'bs', requestBody: { securityPolicy: link('urlMaps', 'armor') } }));
    expect(pick(malformed)).toEqual(invalid('resource.securityPolicy', link('urlMaps', 'armor'), 'The URL is malformed.'));
    // Detached with null (the API's way to clear it); the operation is named as the emulator names set* calls (SetTarget, §2.3).
    const op = await h.v1.backendServices.setSecurityPolicy({ project: P, backendService: 'bs', requestBody: { securityPolicy: null } });
    expect(op.data.operationType).toBe('SetSecurityPolicy');
    expect((await get(h)).securityPolicy ?? undefined).toBeUndefined();
    await h.v1.securityPolicies.delete({ project: P, securityPolicy: 'armor' });
    expect((await h.v1.securityPolicies.list({ project: P })).data.items ?? []).toEqual([]);
  });
});

describe('backend service with serverless NEGs: what GCP refuses on update', () => {
  it('the scheme cannot change (§3.4: one type of load balancer), nor a scheme the emulator does not model', async () => {
    const h = await setup();
    await insert(h, {});
    const bs = await get(h);
    const e = await apiError(h.v1.backendServices.update({ project: P, backendService: 'bs', requestBody: { ...bs, loadBalancingScheme: 'EXTERNAL_MANAGED' } }));
    expect(e).toMatchObject(invalid('resource.loadBalancingScheme', 'EXTERNAL_MANAGED', 'The load balancing scheme of a backend service cannot be changed.'));
    const other = await apiError(h.v1.backendServices.update({ project: P, backendService: 'bs', requestBody: { ...bs, loadBalancingScheme: 'INTERNAL' } }));
    expect(other.message).toBe(invalid('resource.loadBalancingScheme', 'INTERNAL', 'The lb-plan emulator models global external backend services only (EXTERNAL or EXTERNAL_MANAGED).').message);
    expect((await get(h)).loadBalancingScheme).toBe('EXTERNAL');
  });

  it("GCP's own timeout and port name sent back are accepted (a GET sent back as PUT); a changed timeout or port name is refused", async () => {
    const h = await setup();
    await insert(h, {});
    const bs = await get(h);
    expect(bs.timeoutSec).toBe(30);
    await h.v1.backendServices.update({ project: P, backendService: 'bs', requestBody: { ...bs, description: 'same timeout' } });
    const again = await get(h);
    expect(again.description).toBe('same timeout');
    // A PUT that leaves them out: GCP's defaults again, accepted.
    const { portName: _p, timeoutSec: _t, ...without } = again;
    await h.v1.backendServices.update({ project: P, backendService: 'bs', requestBody: { ...without, description: 'left out' } });
    expect(await get(h)).toMatchObject({ description: 'left out', portName: 'http', timeoutSec: 30 });
    const t = await apiError(h.v1.backendServices.update({ project: P, backendService: 'bs', requestBody: { ...(await get(h)), timeoutSec: 60 } }));
    expect(t.message).toBe(invalid('resource.timeoutSec', '60', 'Timeout sec is not supported for a backend service with Serverless network endpoint groups.').message);
    const p = await apiError(h.v1.backendServices.update({ project: P, backendService: 'bs', requestBody: { ...(await get(h)), portName: 'grpc' } }));
    expect(p.message).toBe(invalid('resource.portName', 'grpc', 'Port name is not supported for a backend service with Serverless network endpoint groups.').message);
  });

  it('a port name the service had before it had serverless NEGs is refused when a patch adds them (§3.3: for serverless NEGs "the API rejects it"), and nothing changes', async () => {
    const h = await setup();
    await insert(h, { name: 'plain', backends: [], portName: 'web' });
    const before = await get(h, 'plain');
    expect(before.portName).toBe('web');
    const e = await apiError(h.v1.backendServices.patch({ project: P, backendService: 'plain', requestBody: { fingerprint: String(before.fingerprint), backends: [{ group: negLink('neg-a') }] } }));
    expect(pick(e)).toEqual(invalid('resource.portName', 'web', 'Port name is not supported for a backend service with Serverless network endpoint groups.'));
    expect((await get(h, 'plain')).backends).toBeUndefined();
  });
});

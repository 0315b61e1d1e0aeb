/**
 * The emulator answers as Compute does, driven by the real @googleapis/compute client over HTTP.
 * Every response is checked against the contract schemas (see helpers/emulator.ts).
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { apiError, BASE, harness, link, neg, negLink, P } from '../helpers/emulator.js';

describe('resources and server-filled fields', () => {
  it('fills output-only fields and defaults on a backend service, as a GET after insert shows (gcp-behaviour.md §2.5, §2.6)', async () => {
    const { v1 } = await harness();
    await v1.regionNetworkEndpointGroups.insert(neg('neg-a'));
    const op = await v1.backendServices.insert({ project: P, requestBody: { name: 'bs', backends: [{ group: negLink('neg-a') }] } });
    expect(op.data).toMatchObject({ kind: 'compute#operation', operationType: 'insert', status: 'DONE', targetLink: link('backendServices', 'bs') });
    const bs = (await v1.backendServices.get({ project: P, backendService: 'bs' })).data;
    expect(bs).toMatchObject({
      kind: 'compute#backendService',
      name: 'bs',
      selfLink: link('backendServices', 'bs'),
      loadBalancingScheme: 'EXTERNAL',
      protocol: 'HTTP',
      port: 80,
      timeoutSec: 30,
      sessionAffinity: 'NONE',
      affinityCookieTtlSec: 0,
      connectionDraining: { drainingTimeoutSec: 0 },
      description: '',
      portName: 'http',
      iap: { enabled: false, oauth2ClientId: '', oauth2ClientSecretSha256: createHash('sha256').update('').digest('hex') },
    });
    expect(bs.backends).toEqual([{ group: negLink('neg-a'), balancingMode: 'UTILIZATION', capacityScaler: 1 }]);
    expect(bs.logConfig, 'logging never enabled: no logConfig at all').toBeUndefined();
    expect(bs.id).toMatch(/^\d+$/);
    expect(bs.fingerprint).toMatch(/^[A-Za-z0-9+/]{11}=$/);
    expect(Date.parse(bs.creationTimestamp!)).not.toBeNaN();
  });

  it('serverless NEG: regional, size 0, operationType compute.regionNetworkEndpointGroups.insert', async () => {
    const { v1 } = await harness();
    const op = await v1.regionNetworkEndpointGroups.insert(neg('neg-a'));
    expect(op.data.operationType).toBe('compute.regionNetworkEndpointGroups.insert');
    expect(op.data.region).toBe(`${BASE}regions/us-central1`);
    expect(op.data.selfLink).toMatch(new RegExp(`^${BASE}regions/us-central1/operations/operation-`));
    const got = (await v1.regionNetworkEndpointGroups.get({ project: P, region: 'us-central1', networkEndpointGroup: 'neg-a' })).data;
    expect(got).toMatchObject({ kind: 'compute#networkEndpointGroup', networkEndpointType: 'SERVERLESS', cloudRun: { service: 'hello' }, size: 0, region: `${BASE}regions/us-central1` });
  });

  it('address: allocates an IP, RESERVED until a forwarding rule uses it, then IN_USE with users', async () => {
    const { v1 } = await harness();
    await v1.globalAddresses.insert({ project: P, requestBody: { name: 'ip', ipVersion: 'IPV4' } });
    const a = (await v1.globalAddresses.get({ project: P, address: 'ip' })).data;
    expect(a).toMatchObject({ kind: 'compute#address', status: 'RESERVED', networkTier: 'PREMIUM', addressType: 'EXTERNAL', ipVersion: 'IPV4', labelFingerprint: '42WmSpB8rSM=' });
    expect(a.address).toMatch(/^34\.\d+\.\d+\.\d+$/);
    await v1.regionNetworkEndpointGroups.insert(neg('n'));
    await v1.backendServices.insert({ project: P, requestBody: { name: 'bs', backends: [{ group: negLink('n') }] } });
    await v1.urlMaps.insert({ project: P, requestBody: { name: 'map', defaultService: 'global/backendServices/bs' } });
    await v1.targetHttpProxies.insert({ project: P, requestBody: { name: 'proxy', urlMap: `projects/${P}/global/urlMaps/map` } });
    await v1.globalForwardingRules.insert({ project: P, requestBody: { name: 'fr', IPAddress: link('addresses', 'ip'), portRange: '80', target: link('targetHttpProxies', 'proxy'), loadBalancingScheme: 'EXTERNAL' } });
    const used = (await v1.globalAddresses.get({ project: P, address: 'ip' })).data;
    expect(used.status).toBe('IN_USE');
    expect(used.users).toEqual([link('forwardingRules', 'fr')]);
    const fr = (await v1.globalForwardingRules.get({ project: P, forwardingRule: 'fr' })).data;
    // GCP answers references as full URLs, the IP as a number, and the port as a range.
    expect(fr).toMatchObject({ IPAddress: a.address, portRange: '80-80', IPProtocol: 'TCP', networkTier: 'PREMIUM', target: link('targetHttpProxies', 'proxy') });
    expect((await v1.urlMaps.get({ project: P, urlMap: 'map' })).data.defaultService).toBe(link('backendServices', 'bs'));
    expect((await v1.targetHttpProxies.get({ project: P, targetHttpProxy: 'proxy' })).data.urlMap).toBe(link('urlMaps', 'map'));
  });

  it('IAP: stores and shows only the SHA-256 of the client secret', async () => {
    const { v1, em } = await harness();
    await v1.regionNetworkEndpointGroups.insert(neg('n'));
    await v1.backendServices.insert({ project: P, requestBody: { name: 'bs', backends: [{ group: negLink('n') }], iap: { enabled: true, oauth2ClientId: 'client', oauth2ClientSecret: 'hunter2-secret' } } });
    const bs = (await v1.backendServices.get({ project: P, backendService: 'bs' })).data;
    expect(bs.iap).toEqual({ enabled: true, oauth2ClientId: 'client', oauth2ClientSecretSha256: createHash('sha256').update('hunter2-secret').digest('hex') });
    const list = await v1.backendServices.list({ project: P });
    expect(JSON.stringify(list.data)).not.toContain('hunter2');
    expect(JSON.stringify(em.emulator.store.snapshot())).not.toContain('hunter2');
  });

  it('self-managed certificate: parses the chain, never returns the key; a wrong key is refused', async () => {
    const { v1 } = await harness();
    const { cert, key, otherKey } = await selfSigned();
    await v1.sslCertificates.insert({ project: P, requestBody: { name: 'c', certificate: cert, privateKey: key } });
    const c = (await v1.sslCertificates.get({ project: P, sslCertificate: 'c' })).data;
    expect(c).toMatchObject({ type: 'SELF_MANAGED', subjectAlternativeNames: ['example.com'] });
    expect(c.privateKey).toBeUndefined();
    expect(Date.parse(c.expireTime!)).toBeGreaterThan(Date.now());
    const wrong = await apiError(v1.sslCertificates.insert({ project: P, requestBody: { name: 'd', certificate: cert, privateKey: otherKey } }));
    expect(wrong).toMatchObject({ code: 400, reason: 'invalid', message: 'The SSL certificate and key do not match.' });
    const garbage = await apiError(v1.sslCertificates.insert({ project: P, requestBody: { name: 'e', certificate: 'nope', privateKey: key } }));
    expect(garbage.message).toBe('The SSL certificate could not be parsed.');
  });

  it('security policy: adds the default rule; rules can be added, read and removed', async () => {
    const { v1 } = await harness();
    await v1.securityPolicies.insert({ project: P, requestBody: { name: 'armor' } });
    const p = (await v1.securityPolicies.get({ project: P, securityPolicy: 'armor' })).data;
    expect(p.rules).toEqual([expect.objectContaining({ priority: 2147483647, action: 'allow', match: { versionedExpr: 'SRC_IPS_V1', config: { srcIpRanges: ['*'] } } })]);
    const rule = { priority: 1000, action: 'throttle', match: { versionedExpr: 'SRC_IPS_V1', config: { srcIpRanges: ['*'] } }, rateLimitOptions: { conformAction: 'allow', exceedAction: 'deny(429)', enforceOnKey: 'IP', rateLimitThreshold: { count: 100, intervalSec: 60 } } };
    await v1.securityPolicies.addRule({ project: P, securityPolicy: 'armor', requestBody: rule });
    expect((await v1.securityPolicies.getRule({ project: P, securityPolicy: 'armor', priority: 1000 })).data).toMatchObject(rule);
    const bad = await apiError(v1.securityPolicies.addRule({ project: P, securityPolicy: 'armor', requestBody: { ...rule, priority: 1001, rateLimitOptions: { ...rule.rateLimitOptions, rateLimitThreshold: { count: 100, intervalSec: 7 } } } }));
    expect(bad.message).toContain('rateLimitThreshold.intervalSec');
    await v1.securityPolicies.removeRule({ project: P, securityPolicy: 'armor', priority: 1000 });
    expect((await v1.securityPolicies.get({ project: P, securityPolicy: 'armor' })).data.rules).toHaveLength(1);
  });
});

describe('errors, in Compute\'s envelope', () => {
  it('404 notFound with the relative path, and no status field', async () => {
    const { v1 } = await harness();
    const e = await apiError(v1.backendServices.get({ project: P, backendService: 'nope' }));
    expect(e.code).toBe(404);
    expect(e.body).toEqual({
      error: {
        code: 404,
        message: `The resource 'projects/${P}/global/backendServices/nope' was not found`,
        errors: [{ domain: 'global', reason: 'notFound', message: `The resource 'projects/${P}/global/backendServices/nope' was not found` }],
      },
    });
  });

  it('409 alreadyExists', async () => {
    const { v1 } = await harness();
    await v1.regionNetworkEndpointGroups.insert(neg('n'));
    expect(await apiError(v1.regionNetworkEndpointGroups.insert(neg('n')))).toMatchObject({ code: 409, reason: 'alreadyExists', message: `The resource 'projects/${P}/regions/us-central1/networkEndpointGroups/n' already exists` });
  });

  it('400 invalid: unknown fields, wrong types, bad enums, bad names', async () => {
    const { v1 } = await harness();
    const unknown = await apiError(v1.backendServices.insert({ project: P, requestBody: { name: 'bs', healthCheck: 'x' } as object }));
    expect(unknown).toMatchObject({ code: 400, reason: 'invalid', message: 'Invalid JSON payload received. Unknown name "healthCheck" at \'resource\': Cannot find field.' });
    const type = await apiError(v1.backendServices.insert({ project: P, requestBody: { name: 'bs', port: 'eighty' } as object }));
    expect(type.message).toBe('Invalid value at \'resource.port\' (TYPE_INT32), "eighty"');
    const enumValue = await apiError(v1.backendServices.insert({ project: P, requestBody: { name: 'bs', protocol: 'HTTP3' } }));
    expect(enumValue.message).toBe('Invalid value at \'resource.protocol\' (enum), "HTTP3"');
    const name = await apiError(v1.backendServices.insert({ project: P, requestBody: { name: 'Bad_Name' } }));
    expect(name).toMatchObject({ code: 400, reason: 'invalid', message: "Invalid value for field 'resource.name': 'Bad_Name'. Must be a match of regex '(?:[a-z](?:[-a-z0-9]{0,61}[a-z0-9])?)'" });
  });

  it('references to resources that do not exist are 404 with their path; malformed ones 400', async () => {
    const { v1 } = await harness();
    const missing = await apiError(v1.backendServices.insert({ project: P, requestBody: { name: 'bs', backends: [{ group: negLink('ghost') }] } }));
    expect(missing).toMatchObject({ code: 404, reason: 'notFound', message: `The resource 'projects/${P}/regions/us-central1/networkEndpointGroups/ghost' was not found` });
    const partial = await apiError(v1.backendServices.insert({ project: P, requestBody: { name: 'bs', backends: [{ group: 'regions/us-central1/networkEndpointGroups/ghost' }] } }));
    expect(partial.message).toContain('Partial URLs are not supported.');
    const map = await apiError(v1.urlMaps.insert({ project: P, requestBody: { name: 'm', defaultService: 'global/backendServices/ghost' } }));
    expect(map.message).toBe(`The resource 'projects/${P}/global/backendServices/ghost' was not found`);
    const proxy = await apiError(v1.targetHttpsProxies.insert({ project: P, requestBody: { name: 'p', urlMap: 'global/urlMaps/ghost', sslCertificates: ['global/sslCertificates/c'] } }));
    expect(proxy.code).toBe(404);
  });

  it('401 without credentials', async () => {
    const { em } = await harness();
    const res = await fetch(`${em.endpoint}compute/v1/projects/${P}/global/backendServices`);
    expect(res.status).toBe(401);
    expect(((await res.json()) as { error: { errors: { reason: string }[] } }).error.errors[0]!.reason).toBe('required');
  });

  it('unknown query parameters and malformed requestIds are refused', async () => {
    const { em } = await harness();
    const headers = { authorization: 'Bearer x' };
    expect((await fetch(`${em.endpoint}compute/v1/projects/${P}/global/backendServices?bogus=1`, { headers })).status).toBe(400);
    const bad = await fetch(`${em.endpoint}compute/v1/projects/${P}/global/backendServices?requestId=not-a-uuid`, { method: 'POST', headers, body: '{"name":"x"}' });
    expect(bad.status).toBe(400);
    const zero = await fetch(`${em.endpoint}compute/v1/projects/${P}/global/backendServices?requestId=00000000-0000-0000-0000-000000000000`, { method: 'POST', headers, body: '{"name":"x"}' });
    expect(zero.status).toBe(400);
    expect((await fetch(`${em.endpoint}compute/v1/projects/${P}/global/nothingHere`, { headers })).status).toBe(404);
  });
});

describe('referential integrity: deleting what is still used', () => {
  async function fullStack() {
    const h = await harness();
    const { v1 } = h;
    const { cert, key } = await selfSigned();
    await v1.regionNetworkEndpointGroups.insert(neg('n'));
    await v1.securityPolicies.insert({ project: P, requestBody: { name: 'armor' } });
    await v1.backendServices.insert({ project: P, requestBody: { name: 'bs', backends: [{ group: negLink('n') }] } });
    await v1.backendServices.setSecurityPolicy({ project: P, backendService: 'bs', requestBody: { securityPolicy: link('securityPolicies', 'armor') } });
    await v1.urlMaps.insert({ project: P, requestBody: { name: 'map', defaultService: link('backendServices', 'bs') } });
    await v1.sslCertificates.insert({ project: P, requestBody: { name: 'cert', certificate: cert, privateKey: key } });
    await v1.targetHttpsProxies.insert({ project: P, requestBody: { name: 'proxy', urlMap: link('urlMaps', 'map'), sslCertificates: [link('sslCertificates', 'cert')] } });
    await v1.globalAddresses.insert({ project: P, requestBody: { name: 'ip' } });
    await v1.globalForwardingRules.insert({ project: P, requestBody: { name: 'fr', IPAddress: link('addresses', 'ip'), portRange: '443', target: link('targetHttpsProxies', 'proxy') } });
    return h;
  }

  it.each([
    ['NEG by backend service', 'network_endpoint_group', `projects/${P}/regions/us-central1/networkEndpointGroups/n`, `projects/${P}/global/backendServices/bs`],
    ['backend service by URL map', 'backend_service', `projects/${P}/global/backendServices/bs`, `projects/${P}/global/urlMaps/map`],
    ['URL map by proxy', 'url_map', `projects/${P}/global/urlMaps/map`, `projects/${P}/global/targetHttpsProxies/proxy`],
    ['proxy by forwarding rule', 'target_https_proxy', `projects/${P}/global/targetHttpsProxies/proxy`, `projects/${P}/global/forwardingRules/fr`],
    ['certificate by proxy', 'ssl_certificate', `projects/${P}/global/sslCertificates/cert`, `projects/${P}/global/targetHttpsProxies/proxy`],
    ['address by forwarding rule', 'address', `projects/${P}/global/addresses/ip`, `projects/${P}/global/forwardingRules/fr`],
  ])('%s: 400 resourceInUseByAnotherResource with GCP\'s text', async (_label, word, path, user) => {
    const { v1 } = await fullStack();
    const name = path.split('/').pop()!;
    const calls: Record<string, () => Promise<unknown>> = {
      network_endpoint_group: () => v1.regionNetworkEndpointGroups.delete({ project: P, region: 'us-central1', networkEndpointGroup: name }),
      backend_service: () => v1.backendServices.delete({ project: P, backendService: name }),
      url_map: () => v1.urlMaps.delete({ project: P, urlMap: name }),
      target_https_proxy: () => v1.targetHttpsProxies.delete({ project: P, targetHttpsProxy: name }),
      ssl_certificate: () => v1.sslCertificates.delete({ project: P, sslCertificate: name }),
      address: () => v1.globalAddresses.delete({ project: P, address: name }),
    };
    const e = await apiError(calls[word]!());
    expect(e).toMatchObject({ code: 400, reason: 'resourceInUseByAnotherResource', message: `The ${word} resource '${path}' is already being used by '${user}'` });
  });

  it('security policy still attached: the delete operation fails with RESOURCE_IN_USE_BY_ANOTHER_RESOURCE', async () => {
    const { v1 } = await fullStack();
    const op = (await v1.securityPolicies.delete({ project: P, securityPolicy: 'armor' })).data;
    expect(op).toMatchObject({
      status: 'DONE',
      httpErrorStatusCode: 400,
      httpErrorMessage: 'BAD REQUEST',
      error: { errors: [{ code: 'RESOURCE_IN_USE_BY_ANOTHER_RESOURCE', message: `The security_policy resource 'projects/${P}/global/securityPolicies/armor' is already being used by 'projects/${P}/global/backendServices/bs'` }] },
    });
    expect((await v1.securityPolicies.get({ project: P, securityPolicy: 'armor' })).status).toBe(200);
  });

  it('detach then delete works, in reverse order', async () => {
    const { v1 } = await fullStack();
    await v1.globalForwardingRules.delete({ project: P, forwardingRule: 'fr' });
    await v1.globalAddresses.delete({ project: P, address: 'ip' });
    await v1.targetHttpsProxies.delete({ project: P, targetHttpsProxy: 'proxy' });
    await v1.sslCertificates.delete({ project: P, sslCertificate: 'cert' });
    await v1.urlMaps.delete({ project: P, urlMap: 'map' });
    await v1.backendServices.delete({ project: P, backendService: 'bs' });
    const op = (await v1.securityPolicies.delete({ project: P, securityPolicy: 'armor' })).data;
    expect(op.error).toBeUndefined();
    await v1.regionNetworkEndpointGroups.delete({ project: P, region: 'us-central1', networkEndpointGroup: 'n' });
    expect((await v1.backendServices.list({ project: P })).data.items).toBeUndefined();
  });
});

describe('fingerprints', () => {
  it('PUT without a fingerprint is 400; with a stale one 412 conditionNotMet; with the current one it applies', async () => {
    const { v1 } = await harness();
    await v1.regionNetworkEndpointGroups.insert(neg('n'));
    await v1.backendServices.insert({ project: P, requestBody: { name: 'bs', backends: [{ group: negLink('n') }] } });
    const bs = (await v1.backendServices.get({ project: P, backendService: 'bs' })).data;
    const { fingerprint, ...rest } = bs;
    const missing = await apiError(v1.backendServices.update({ project: P, backendService: 'bs', requestBody: { ...rest, enableCDN: true } }));
    expect(missing).toMatchObject({ code: 400, message: "Required field 'resource.fingerprint' not specified" });
    const stale = await apiError(v1.backendServices.update({ project: P, backendService: 'bs', requestBody: { ...rest, fingerprint: 'AAAAAAAAAAA=', enableCDN: true } }));
    expect(stale).toMatchObject({ code: 412, reason: 'conditionNotMet', message: 'Invalid fingerprint.' });
    await v1.backendServices.update({ project: P, backendService: 'bs', requestBody: { ...rest, fingerprint, enableCDN: true } });
    const after = (await v1.backendServices.get({ project: P, backendService: 'bs' })).data;
    expect(after.enableCDN).toBe(true);
    expect(after.fingerprint).not.toBe(fingerprint);
    expect(after.id).toBe(bs.id);
    // The old fingerprint is stale now.
    expect((await apiError(v1.backendServices.patch({ project: P, backendService: 'bs', requestBody: { fingerprint, enableCDN: false } }))).code).toBe(412);
  });

  it('URL map patch needs its fingerprint; setLabels needs the label fingerprint', async () => {
    const { v1 } = await harness();
    await v1.regionNetworkEndpointGroups.insert(neg('n'));
    await v1.backendServices.insert({ project: P, requestBody: { name: 'bs', backends: [{ group: negLink('n') }] } });
    await v1.urlMaps.insert({ project: P, requestBody: { name: 'map', defaultService: link('backendServices', 'bs') } });
    expect((await apiError(v1.urlMaps.patch({ project: P, urlMap: 'map', requestBody: { description: 'x' } }))).code).toBe(412);
    await v1.globalAddresses.insert({ project: P, requestBody: { name: 'ip' } });
    const stale = await apiError(v1.globalAddresses.setLabels({ project: P, resource: 'ip', requestBody: { labels: { a: 'b' }, labelFingerprint: 'AAAAAAAAAAA=' } }));
    expect(stale).toMatchObject({ code: 412, reason: 'conditionNotMet' });
    await v1.globalAddresses.setLabels({ project: P, resource: 'ip', requestBody: { labels: { a: 'b' }, labelFingerprint: '42WmSpB8rSM=' } });
    const a = (await v1.globalAddresses.get({ project: P, address: 'ip' })).data;
    expect(a.labels).toEqual({ a: 'b' });
    expect(a.labelFingerprint).not.toBe('42WmSpB8rSM=');
  });
});

describe('serverless rules on backend services', () => {
  async function withNegs() {
    const h = await harness();
    await h.v1.regionNetworkEndpointGroups.insert(neg('run-us'));
    await h.v1.regionNetworkEndpointGroups.insert(neg('run-us-2', 'other'));
    await h.v1.regionNetworkEndpointGroups.insert(neg('run-eu', 'hello', 'europe-west1'));
    await h.v1.regionNetworkEndpointGroups.insert({ project: P, region: 'europe-west1', requestBody: { name: 'fn-eu', networkEndpointType: 'SERVERLESS', cloudFunction: { function: 'f' } } });
    return h;
  }
  const group = (name: string, region = 'us-central1') => ({ group: negLink(name, region) });

  it.each([
    ['health checks', { healthChecks: [link('healthChecks', 'hc')] }, "Invalid value for field 'resource.healthChecks': ''. A backend service cannot have a healthcheck with Serverless network endpoint group backends."],
    ['portName', { portName: 'my-port' }, "Invalid value for field 'resource.portName': 'my-port'. Port name is not supported for a backend service with Serverless network endpoint groups."],
    ['timeoutSec', { timeoutSec: 120 }, "Invalid value for field 'resource.timeoutSec': '120'. Timeout sec is not supported for a backend service with Serverless network endpoint groups."],
    ['outlier detection', { outlierDetection: { consecutiveErrors: 5 } }, 'Outlier detection is not supported.'],
  ])('refuses %s', async (_label, extra, message) => {
    const { v1 } = await withNegs();
    const e = await apiError(v1.backendServices.insert({ project: P, requestBody: { name: 'bs', backends: [group('run-us')], ...extra } }));
    expect(e.code).toBe(400);
    expect(e.reason).toBe('invalid');
    expect(e.message).toContain(message);
  });

  it('refuses a balancing mode and capacity settings on serverless backends', async () => {
    const { v1 } = await withNegs();
    const e = await apiError(v1.backendServices.insert({ project: P, requestBody: { name: 'bs', backends: [{ ...group('run-us'), balancingMode: 'RATE' }] } }));
    expect(e.message).toBe("Invalid value for field 'resource.backends[0].balancingMode': 'RATE'. Balancing mode is not supported for Serverless network endpoint groups.");
    const u = await apiError(v1.backendServices.insert({ project: P, requestBody: { name: 'bs', backends: [{ ...group('run-us'), maxUtilization: 0.8 }] } }));
    expect(u.message).toBe("Invalid value for field 'resource.backends[0].maxUtilization': '0.8'. Max utilization is not supported for Serverless network endpoint groups.");
  });

  it('accepts what GCP fills in itself: a GET answer sent back whole as a PUT (balancingMode UTILIZATION, capacityScaler 1, portName http)', async () => {
    const { v1 } = await withNegs();
    await v1.backendServices.insert({ project: P, requestBody: { name: 'bs', backends: [{ ...group('run-us'), balancingMode: 'UTILIZATION', capacityScaler: 1 }], portName: 'http' } });
    const got = (await v1.backendServices.get({ project: P, backendService: 'bs' })).data;
    await v1.backendServices.update({ project: P, backendService: 'bs', requestBody: { ...got, description: 'round trip' } });
    expect((await v1.backendServices.get({ project: P, backendService: 'bs' })).data).toMatchObject({ description: 'round trip', portName: 'http', backends: [{ balancingMode: 'UTILIZATION', capacityScaler: 1 }] });
    const scaled = await apiError(v1.backendServices.insert({ project: P, requestBody: { name: 'bs2', backends: [{ ...group('run-us'), capacityScaler: 0.5 }] } }));
    expect(scaled.message).toBe("Invalid value for field 'resource.backends[0].capacityScaler': '0.5'. Capacity scaler is not supported for Serverless network endpoint groups.");
  });

  it('one serverless NEG per region; one platform per backend service', async () => {
    const { v1 } = await withNegs();
    const twice = await apiError(v1.backendServices.insert({ project: P, requestBody: { name: 'bs', backends: [group('run-us'), group('run-us-2')] } }));
    expect(twice.message).toContain('only one serverless network endpoint group per region');
    const mixed = await apiError(v1.backendServices.insert({ project: P, requestBody: { name: 'bs', backends: [group('run-us'), group('fn-eu', 'europe-west1')] } }));
    expect(mixed.message).toContain('must use the same type of backend');
    await v1.backendServices.insert({ project: P, requestBody: { name: 'bs', backends: [group('run-us'), group('run-eu', 'europe-west1')] } });
  });

  it('IAP and CDN not together', async () => {
    const { v1 } = await withNegs();
    const e = await apiError(v1.backendServices.insert({ project: P, requestBody: { name: 'bs', backends: [group('run-us')], enableCDN: true, iap: { enabled: true, oauth2ClientId: 'c', oauth2ClientSecret: 's' } } }));
    expect(e.message).toBe('IAP and Cloud CDN cannot be enabled on the same backend service.');
  });

  it('scheme mismatch between forwarding rule and backend service', async () => {
    const { v1 } = await withNegs();
    await v1.backendServices.insert({ project: P, requestBody: { name: 'bs', backends: [group('run-us')] } });
    await v1.urlMaps.insert({ project: P, requestBody: { name: 'map', defaultService: link('backendServices', 'bs') } });
    await v1.targetHttpProxies.insert({ project: P, requestBody: { name: 'proxy', urlMap: link('urlMaps', 'map') } });
    const e = await apiError(v1.globalForwardingRules.insert({ project: P, requestBody: { name: 'fr', portRange: '80', target: link('targetHttpProxies', 'proxy'), loadBalancingScheme: 'EXTERNAL_MANAGED' } }));
    expect(e.message).toBe("Invalid value for field 'resource.backendService': ''. Load balancing scheme EXTERNAL_MANAGED does not match the backend service load balancing scheme EXTERNAL.");
  });

  it('two rules on one IP and port conflict', async () => {
    const { v1 } = await withNegs();
    await v1.backendServices.insert({ project: P, requestBody: { name: 'bs', backends: [group('run-us')] } });
    await v1.urlMaps.insert({ project: P, requestBody: { name: 'map', defaultService: link('backendServices', 'bs') } });
    await v1.targetHttpProxies.insert({ project: P, requestBody: { name: 'proxy', urlMap: link('urlMaps', 'map') } });
    await v1.globalForwardingRules.insert({ project: P, requestBody: { name: 'a', IPAddress: '203.0.113.5', portRange: '80', target: link('targetHttpProxies', 'proxy') } });
    const e = await apiError(v1.globalForwardingRules.insert({ project: P, requestBody: { name: 'b', IPAddress: '203.0.113.5', portRange: '80-80', target: link('targetHttpProxies', 'proxy') } }));
    expect(e.message).toBe("Invalid value for field 'resource.IPAddress': '203.0.113.5'. Specified IP address is in-use and would result in a conflict.");
  });

  it('target HTTPS proxy needs 1 to 15 certificates', async () => {
    const { v1 } = await withNegs();
    await v1.backendServices.insert({ project: P, requestBody: { name: 'bs', backends: [group('run-us')] } });
    await v1.urlMaps.insert({ project: P, requestBody: { name: 'map', defaultService: link('backendServices', 'bs') } });
    const e = await apiError(v1.targetHttpsProxies.insert({ project: P, requestBody: { name: 'p', urlMap: link('urlMaps', 'map'), sslCertificates: [] } }));
    expect(e.message).toBe("Invalid value for field 'resource': ''. At least 1 SSL certificate must be specified for setting SSL certificates in TargetHttpsProxy.");
    const certs: string[] = [];
    for (let i = 0; i < 16; i++) {
      await v1.sslCertificates.insert({ project: P, requestBody: { name: `c${i}`, type: 'MANAGED', managed: { domains: [`d${i}.example.com`] } } });
      certs.push(link('sslCertificates', `c${i}`));
    }
    const sixteen = await apiError(v1.targetHttpsProxies.insert({ project: P, requestBody: { name: 'p', urlMap: link('urlMaps', 'map'), sslCertificates: certs } }));
    expect([sixteen.code, sixteen.message]).toEqual([400, "Invalid value for field 'resource.sslCertificates': '16'. At most 15 SSL certificates can be specified for a TargetHttpsProxy."]);
    // 1 and 15 are taken, on insert and on setSslCertificates; 16 is refused there too.
    expect((await v1.targetHttpsProxies.insert({ project: P, requestBody: { name: 'one', urlMap: link('urlMaps', 'map'), sslCertificates: certs.slice(0, 1) } })).status).toBe(200);
    expect((await v1.targetHttpsProxies.insert({ project: P, requestBody: { name: 'fifteen', urlMap: link('urlMaps', 'map'), sslCertificates: certs.slice(0, 15) } })).status).toBe(200);
    expect((await v1.targetHttpsProxies.get({ project: P, targetHttpsProxy: 'fifteen' })).data.sslCertificates).toHaveLength(15);
    expect((await v1.targetHttpsProxies.setSslCertificates({ project: P, targetHttpsProxy: 'one', requestBody: { sslCertificates: certs.slice(1, 16) } })).status).toBe(200);
    const set16 = await apiError(v1.targetHttpsProxies.setSslCertificates({ project: P, targetHttpsProxy: 'one', requestBody: { sslCertificates: certs } }));
    expect([set16.code, set16.message]).toEqual([400, "Invalid value for field 'resource.sslCertificates': '16'. At most 15 SSL certificates can be specified for a TargetHttpsProxy."]);
    const set0 = await apiError(v1.targetHttpsProxies.setSslCertificates({ project: P, targetHttpsProxy: 'one', requestBody: { sslCertificates: [] } }));
    expect(set0.code).toBe(400);
  });
});

async function selfSigned(): Promise<{ cert: string; key: string; otherKey: string }> {
  const { readFileSync } = await import('node:fs');
  return {
    cert: readFileSync('test/fixtures/example.com.pem', 'utf8'),
    key: readFileSync('test/fixtures/example.com.key', 'utf8'),
    otherKey: readFileSync('test/fixtures/other.key', 'utf8'),
  };
}

describe('what GCP adds (src/emulator/gcp-adds.ts, gcp-behaviour.md §2.5-2.6)', () => {
  async function lb(config = {}) {
    const h = await harness(config);
    const { v1 } = h;
    await v1.regionNetworkEndpointGroups.insert(neg('n'));
    await v1.backendServices.insert({ project: P, requestBody: { name: 'bs', backends: [{ group: negLink('n') }], logConfig: { enable: true } } });
    await v1.urlMaps.insert({ project: P, requestBody: { name: 'map', defaultService: link('backendServices', 'bs') } });
    await v1.sslCertificates.insert({ project: P, requestBody: { name: 'cert', type: 'MANAGED', managed: { domains: ['a.example.com'] } } });
    await v1.targetHttpsProxies.insert({ project: P, requestBody: { name: 'proxy', urlMap: link('urlMaps', 'map'), sslCertificates: [link('sslCertificates', 'cert')] } });
    await v1.globalAddresses.insert({ project: P, requestBody: { name: 'ip' } });
    return h;
  }

  it('backend service: logging on carries optionalMode and sampleRate; usedBy names the URL map', async () => {
    const { v1 } = await lb();
    const bs = (await v1.backendServices.get({ project: P, backendService: 'bs' })).data as Record<string, unknown>;
    expect(bs.logConfig).toEqual({ enable: true, optionalMode: 'EXCLUDE_ALL_OPTIONAL', sampleRate: 1 });
    expect(bs.usedBy).toEqual([{ reference: link('urlMaps', 'map') }]);
  });

  it('HTTPS proxy: quicOverride NONE and tlsEarlyData DISABLED (newer than the contract); address: description ""', async () => {
    const { v1 } = await lb();
    expect((await v1.targetHttpsProxies.get({ project: P, targetHttpsProxy: 'proxy' })).data).toMatchObject({ quicOverride: 'NONE', tlsEarlyData: 'DISABLED' });
    expect((await v1.globalAddresses.get({ project: P, address: 'ip' })).data.description).toBe('');
  });

  it('managed certificate: no status and no PEM before it is served; once ACTIVE the issued chain, expireTime and subjectAlternativeNames', async () => {
    const { v1 } = await lb();
    const before = (await v1.sslCertificates.get({ project: P, sslCertificate: 'cert' })).data;
    expect(before.managed).toEqual({ domains: ['a.example.com'] });
    expect(before.certificate).toBeUndefined();
    await v1.globalForwardingRules.insert({ project: P, requestBody: { name: 'fr', IPAddress: link('addresses', 'ip'), portRange: '443', target: link('targetHttpsProxies', 'proxy') } });
    const after = (await v1.sslCertificates.get({ project: P, sslCertificate: 'cert' })).data;
    expect(after.managed).toEqual({ domains: ['a.example.com'], status: 'ACTIVE', domainStatus: { 'a.example.com': 'ACTIVE' } });
    expect(after.certificate).toMatch(/^(-----BEGIN CERTIFICATE-----\n[A-Za-z0-9+/=\n]+-----END CERTIFICATE-----\n){2}$/);
    expect(after.subjectAlternativeNames).toEqual(['a.example.com']);
    expect(Date.parse(after.expireTime!)).toBeGreaterThan(Date.parse(after.creationTimestamp!));
    expect((await v1.sslCertificates.get({ project: P, sslCertificate: 'cert' })).data.certificate, 'stable across reads').toBe(after.certificate);
  });

  it('unknownFields: added keys at the top and inside nested objects, the same on every read, never inside labels', async () => {
    const h = await lb({ unknownFields: 5 });
    const { v1 } = h;
    await v1.globalAddresses.insert({ project: P, requestBody: { name: 'ip2', labels: { team: 'a' } } });
    const a = (await v1.backendServices.get({ project: P, backendService: 'bs' })).data as Record<string, unknown>;
    const b = ((await v1.backendServices.list({ project: P })).data.items ?? [])[0] as Record<string, unknown>;
    expect(b).toEqual(a);
    expect((await v1.globalAddresses.get({ project: P, address: 'ip2' })).data.labels).toEqual({ team: 'a' });
    (h.em.emulator.config as { unknownFields: number }).unknownFields = 0;
    const plain = (await v1.backendServices.get({ project: P, backendService: 'bs' })).data as Record<string, unknown>;
    // Paths of keys the decorated answer has and the plain one lacks.
    const added = (x: unknown, y: unknown, path: string): string[] => {
      if (Array.isArray(x) && Array.isArray(y)) return x.flatMap((v, i) => added(v, y[i], `${path}[${i}]`));
      if (!x || typeof x !== 'object' || !y || typeof y !== 'object') return [];
      return Object.entries(x).flatMap(([k, v]) => (k in y ? added(v, (y as Record<string, unknown>)[k], `${path}.${k}`) : [`${path}.${k}`]));
    };
    const paths = added(a, plain, '');
    expect(paths.some((p) => p.split(/[.[]/).length === 2), 'a top-level key').toBe(true);
    expect(paths.some((p) => p.split(/[.[]/).length > 2), 'a key inside a nested object or list element').toBe(true);
  });
});

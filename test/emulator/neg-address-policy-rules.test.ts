/**
 * More of the emulator's rules for serverless NEGs, global addresses and security policies
 * (src/emulator/kinds/neg.ts, address.ts, security-policy.ts), over real HTTP with the real client. The oracles,
 * none of them the emulator's code:
 * - the Compute contract (compute-lb-subset.json): each schema's `kind` default; the methods each collection has
 *   (addresses and security policies have setLabels); SecurityPolicy.fingerprint "You must always provide an
 *   up-to-date fingerprint hash in order to update or change metadata, otherwise the request will fail with error
 *   412 conditionNotMet"; the rule actions of SecurityPolicyRule.action and rateLimitOptions.exceedAction;
 * - gcp-behaviour.md §2.2 (the in-use error names the kind in snake_case singular, NEG text verbatim; a 412 without
 *   a fingerprint is "Precondition Failed"), §2.3 (NEG operations are `compute.regionNetworkEndpointGroups.insert` /
 *   `.delete`), §3.2 (a Cloud Run service name complies with RFC 1035: it starts with a letter);
 * - the proto3 JSON mapping Google APIs read requests with (protobuf.dev/programming-guides/proto3/#json): an int32
 *   is "a decimal number. Either numbers or strings are accepted", and is answered as a number.
 */
import { describe, expect, it } from 'vitest';
import { apiError, harness, type Harness, link, neg, negLink, P } from '../helpers/emulator.js';

const invalid = (field: string, value: string, why: string) => ({ code: 400, reason: 'invalid', message: `Invalid value for field '${field}': '${value}'. ${why}` });
const pick = (e: { code: number; reason: string; message: string }) => ({ code: e.code, reason: e.reason, message: e.message });
const EVERYONE = { versionedExpr: 'SRC_IPS_V1', config: { srcIpRanges: ['*'] } };

describe('serverless NEGs: reads, operations, in use (contract; §2.2, §2.3, §3.2)', () => {
  it('a NEG answers kind compute#networkEndpointGroup; its insert and delete operations are compute.regionNetworkEndpointGroups.insert and .delete', async () => {
    const h = await harness();
    expect((await h.v1.regionNetworkEndpointGroups.insert(neg('n'))).data.operationType).toBe('compute.regionNetworkEndpointGroups.insert');
    expect((await h.v1.regionNetworkEndpointGroups.get({ project: P, region: 'us-central1', networkEndpointGroup: 'n' })).data.kind).toBe('compute#networkEndpointGroup');
    expect((await h.v1.regionNetworkEndpointGroups.delete({ project: P, region: 'us-central1', networkEndpointGroup: 'n' })).data.operationType).toBe('compute.regionNetworkEndpointGroups.delete');
  });

  it('deleting a NEG a backend service lists: 400 resourceInUseByAnotherResource, "The network_endpoint_group resource …" (§2.2, verbatim head)', async () => {
    const h = await harness();
    await h.v1.regionNetworkEndpointGroups.insert(neg('n'));
    await h.v1.backendServices.insert({ project: P, requestBody: { name: 'bs', backends: [{ group: negLink('n') }] } });
    const e = await apiError(h.v1.regionNetworkEndpointGroups.delete({ project: P, region: 'us-central1', networkEndpointGroup: 'n' }));
    expect(pick(e)).toEqual({ code: 400, reason: 'resourceInUseByAnotherResource', message: `The network_endpoint_group resource 'projects/${P}/regions/us-central1/networkEndpointGroups/n' is already being used by 'projects/${P}/global/backendServices/bs'` });
  });

  it('a Cloud Run service name that starts with a digit is refused (RFC 1035: a letter first)', async () => {
    const h = await harness();
    const e = await apiError(h.v1.regionNetworkEndpointGroups.insert(neg('n', '1hello')));
    expect(pick(e)).toEqual(invalid('resource.cloudRun.service', '1hello', 'The service name must be 1-63 characters long and comply with RFC1035.'));
  });

  it('an API Gateway NEG made through beta shows serverlessDeployment in beta reads and not in v1 ones (v1 has no such field)', async () => {
    const h = await harness();
    const gw = { platform: 'apigateway.googleapis.com', resource: 'my-gateway' };
    await h.beta.regionNetworkEndpointGroups.insert({ project: P, region: 'us-central1', requestBody: { name: 'gw', networkEndpointType: 'SERVERLESS', serverlessDeployment: gw } });
    const params = { project: P, region: 'us-central1', networkEndpointGroup: 'gw' };
    expect((await h.beta.regionNetworkEndpointGroups.get(params)).data.serverlessDeployment).toEqual(gw);
    const v1 = (await h.v1.regionNetworkEndpointGroups.get(params)).data as Record<string, unknown>;
    expect(v1.serverlessDeployment).toBeUndefined();
    expect(v1).toMatchObject({ name: 'gw', networkEndpointType: 'SERVERLESS' });
  });
});

describe('global addresses: reads, labels, in use (contract; §2.2)', () => {
  it('an address answers kind compute#address and takes setLabels with its label fingerprint', async () => {
    const h = await harness();
    await h.v1.globalAddresses.insert({ project: P, requestBody: { name: 'ip' } });
    const before = (await h.v1.globalAddresses.get({ project: P, address: 'ip' })).data;
    expect(before.kind).toBe('compute#address');
    await h.v1.globalAddresses.setLabels({ project: P, resource: 'ip', requestBody: { labels: { team: 'web' }, labelFingerprint: before.labelFingerprint } });
    const after = (await h.v1.globalAddresses.get({ project: P, address: 'ip' })).data;
    expect(after.labels).toEqual({ team: 'web' });
    expect(after.labelFingerprint).not.toBe(before.labelFingerprint);
  });

  it('deleting an address a forwarding rule uses: 400 resourceInUseByAnotherResource naming the address', async () => {
    const h = await harness();
    await h.v1.regionNetworkEndpointGroups.insert(neg('n'));
    await h.v1.backendServices.insert({ project: P, requestBody: { name: 'bs', backends: [{ group: negLink('n') }] } });
    await h.v1.urlMaps.insert({ project: P, requestBody: { name: 'map', defaultService: link('backendServices', 'bs') } });
    await h.v1.targetHttpProxies.insert({ project: P, requestBody: { name: 'px', urlMap: link('urlMaps', 'map') } });
    await h.v1.globalAddresses.insert({ project: P, requestBody: { name: 'ip' } });
    await h.v1.globalForwardingRules.insert({ project: P, requestBody: { name: 'fr', IPAddress: link('addresses', 'ip'), portRange: '80', target: link('targetHttpProxies', 'px') } });
    const e = await apiError(h.v1.globalAddresses.delete({ project: P, address: 'ip' }));
    expect(pick(e)).toEqual({ code: 400, reason: 'resourceInUseByAnotherResource', message: `The address resource 'projects/${P}/global/addresses/ip' is already being used by 'projects/${P}/global/forwardingRules/fr'` });
  });
});

describe('security policies: reads, labels, fingerprints, rule actions, int32 fields (contract; §2.2; proto3 JSON)', () => {
  const rule = (extra: Record<string, unknown>) => ({ priority: 1000, action: 'deny(403)', match: EVERYONE, ...extra });
  const throttle = (rl: Record<string, unknown>) => rule({ action: 'throttle', rateLimitOptions: { conformAction: 'allow', exceedAction: 'deny(429)', rateLimitThreshold: { count: 10, intervalSec: 60 }, ...rl } });
  const insert = (h: Harness, rules: unknown[]) => h.v1.securityPolicies.insert({ project: P, requestBody: { name: 'armor', rules } as never });
  const get = async (h: Harness) => (await h.v1.securityPolicies.get({ project: P, securityPolicy: 'armor' })).data;
  const ACTION = 'Action must be one of allow, deny(STATUS), throttle, rate_based_ban or redirect.';
  const EXCEED = 'Exceed action must be deny(STATUS) or redirect.';

  it('a policy answers kind compute#securityPolicy and takes setLabels with its label fingerprint', async () => {
    const h = await harness();
    await insert(h, []);
    const before = await get(h);
    expect(before.kind).toBe('compute#securityPolicy');
    await h.v1.securityPolicies.setLabels({ project: P, resource: 'armor', requestBody: { labels: { team: 'web' }, labelFingerprint: before.labelFingerprint } });
    expect((await get(h)).labels).toEqual({ team: 'web' });
  });

  it('a policy is global: its selfLink is under global/securityPolicies (the contract path of securityPolicies.get)', async () => {
    const h = await harness();
    const op = (await insert(h, [])).data;
    expect(op.targetLink).toBe(link('securityPolicies', 'armor'));
    expect((await get(h)).selfLink).toBe(link('securityPolicies', 'armor'));
  });

  it('deleting a policy a backend service uses: its operation ends RESOURCE_IN_USE_BY_ANOTHER_RESOURCE naming the security_policy (§2.2)', async () => {
    const h = await harness();
    await insert(h, []);
    await h.v1.regionNetworkEndpointGroups.insert(neg('n'));
    await h.v1.backendServices.insert({ project: P, requestBody: { name: 'bs', backends: [{ group: negLink('n') }] } });
    await h.v1.backendServices.setSecurityPolicy({ project: P, backendService: 'bs', requestBody: { securityPolicy: link('securityPolicies', 'armor') } });
    const del = (await h.v1.securityPolicies.delete({ project: P, securityPolicy: 'armor' })).data;
    expect(del.error?.errors?.[0]).toMatchObject({ code: 'RESOURCE_IN_USE_BY_ANOTHER_RESOURCE', message: `The security_policy resource 'projects/${P}/global/securityPolicies/armor' is already being used by 'projects/${P}/global/backendServices/bs'` });
  });

  it('a patch without a fingerprint: 412 conditionNotMet, and nothing changes', async () => {
    const h = await harness();
    await insert(h, []);
    const e = await apiError(h.v1.securityPolicies.patch({ project: P, securityPolicy: 'armor', requestBody: { description: 'x' } }));
    expect(pick(e)).toEqual({ code: 412, reason: 'conditionNotMet', message: 'Precondition Failed' });
    expect((await get(h)).description).toBeUndefined();
  });

  const refused: [string, unknown, { code: number; reason: string; message: string }][] = [
    ['an action with a prefix', rule({ action: 'disallow' }), invalid('resource.rules[0].action', 'disallow', ACTION)],
    ['an action with a suffix', rule({ action: 'allowed' }), invalid('resource.rules[0].action', 'allowed', ACTION)],
    ['an exceed action with a prefix', throttle({ exceedAction: 'xredirect' }), invalid('resource.rules[0].rateLimitOptions.exceedAction', 'xredirect', EXCEED)],
    ['an exceed action with a suffix', throttle({ exceedAction: 'deny(403)x' }), invalid('resource.rules[0].rateLimitOptions.exceedAction', 'deny(403)x', EXCEED)],
    ['a threshold without a count', throttle({ rateLimitThreshold: { intervalSec: 60 } }), invalid('resource.rules[0].rateLimitOptions.rateLimitThreshold.count', '', 'Count must be from 1 to 10000.')],
  ];
  it.each(refused)('refused: %s', async (_what, r, expected) => {
    const h = await harness();
    expect(pick(await apiError(insert(h, [r])))).toEqual(expected);
  });

  it('a threshold count of 1 is accepted (the lower bound), every deny status and redirect as exceed actions', async () => {
    const h = await harness();
    await insert(h, [
      throttle({ rateLimitThreshold: { count: 1, intervalSec: 10 } }),
      ...['deny(403)', 'deny(404)', 'deny(502)', 'redirect'].map((exceedAction, i) => ({ ...throttle({ exceedAction }), priority: 10 + i })),
    ]);
    const rules = (await get(h)).rules ?? [];
    expect(rules.map((r) => [r.priority, r.rateLimitOptions?.exceedAction, r.rateLimitOptions?.rateLimitThreshold?.count])).toEqual([
      [10, 'deny(403)', 10],
      [11, 'deny(404)', 10],
      [12, 'deny(502)', 10],
      [13, 'redirect', 10],
      [1000, 'deny(429)', 1],
      [2147483647, undefined, undefined],
    ]);
  });

  it('int32 fields given as decimal strings are accepted and answered as numbers (proto3 JSON)', async () => {
    const h = await harness();
    await insert(h, [{ ...throttle({ rateLimitThreshold: { count: '25', intervalSec: '120' } }), priority: '1000' }, rule({ priority: '7' })]);
    const rules = (await get(h)).rules ?? [];
    expect(rules.map((r) => r.priority)).toEqual([7, 1000, 2147483647]);
    expect(rules[1]?.rateLimitOptions?.rateLimitThreshold).toEqual({ count: 25, intervalSec: 120 });
    const e = await apiError(h.v1.securityPolicies.insert({ project: P, requestBody: { name: 'two', rules: [rule({ priority: '5' }), rule({ priority: 5 })] } as never }));
    expect(pick(e)).toEqual(invalid('resource.rules[1].priority', '5', 'Two rules cannot have the same priority.'));
  });
});

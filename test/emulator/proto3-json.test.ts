/**
 * The emulator reads request bodies as Google APIs do, by the proto3 JSON mapping
 * (protobuf.dev/programming-guides/proto3/#json), over real HTTP with the real client:
 * - an int32 or uint32 field takes a number or a decimal string ("Either numbers or strings are accepted") and GCP
 *   stores and answers the number (the contract types these fields integer, format int32/uint32);
 * - a repeated field left out is the empty list (proto3 has no "absent" list), and `null` "is accepted for all field
 *   types and treated as the default value of the corresponding field type": the empty list again.
 * So a body with a repeated field left out, set to null or set to [] must be answered alike, whatever the answer is.
 */
import { describe, expect, it } from 'vitest';
import { harness, type Harness, link, neg, negLink, P } from '../helpers/emulator.js';

/** What a call came to: "accepted", or the message it was refused with. */
async function outcome(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'accepted';
  } catch (e) {
    const data = (e as { response?: { data?: { error?: { message?: string } } } }).response?.data;
    return data?.error?.message ?? String(e);
  }
}

const service = async (h: Harness, name: string) => (await h.v1.backendServices.get({ project: P, backendService: name })).data;

describe('int32 fields given as decimal strings (proto3 JSON)', () => {
  it('a backend service stores and answers them as numbers, nested ones too (timeoutSec, port, affinityCookieTtlSec, drainingTimeoutSec, a CDN TTL)', async () => {
    const h = await harness();
    await h.v1.backendServices.insert({
      project: P,
      requestBody: { name: 'plain', timeoutSec: '45', port: '8080', affinityCookieTtlSec: '10', connectionDraining: { drainingTimeoutSec: '5' }, cdnPolicy: { cacheMode: 'CACHE_ALL_STATIC', defaultTtl: '60' } } as never,
    });
    expect(await service(h, 'plain')).toMatchObject({ timeoutSec: 45, port: 8080, affinityCookieTtlSec: 10, connectionDraining: { drainingTimeoutSec: 5 }, cdnPolicy: { defaultTtl: 60 } });
  });

  it("GCP's own timeoutSec sent back as the string \"30\" on a serverless backend service is no change: accepted, answered 30", async () => {
    const h = await harness();
    await h.v1.regionNetworkEndpointGroups.insert(neg('neg-a'));
    await h.v1.backendServices.insert({ project: P, requestBody: { name: 'bs', backends: [{ group: negLink('neg-a') }] } });
    const got = await service(h, 'bs');
    expect(got.timeoutSec).toBe(30);
    await h.v1.backendServices.update({ project: P, backendService: 'bs', requestBody: { ...got, timeoutSec: '30', description: 'sent back' } as never });
    expect(await service(h, 'bs')).toMatchObject({ timeoutSec: 30, description: 'sent back' });
  });

  it('a URL map weight given as a string is answered as a number', async () => {
    const h = await harness();
    await h.v1.regionNetworkEndpointGroups.insert(neg('neg-a'));
    await h.v1.backendServices.insert({ project: P, requestBody: { name: 'bs', loadBalancingScheme: 'EXTERNAL_MANAGED', backends: [{ group: negLink('neg-a') }] } });
    await h.v1.urlMaps.insert({ project: P, requestBody: { name: 'map', defaultRouteAction: { weightedBackendServices: [{ backendService: link('backendServices', 'bs'), weight: '100' }] } } as never });
    const map = (await h.v1.urlMaps.get({ project: P, urlMap: 'map' })).data;
    expect(map.defaultRouteAction?.weightedBackendServices?.[0]?.weight).toBe(100);
  });
});

describe('a repeated field left out, null or empty is answered alike (proto3 JSON)', () => {
  /** Backend service `web` and a URL map body around one path matcher `pm`. */
  async function mapSetup(): Promise<{ h: Harness; map: (name: string, extra: Record<string, unknown>) => Record<string, unknown> }> {
    const h = await harness();
    await h.v1.regionNetworkEndpointGroups.insert(neg('neg-a'));
    await h.v1.backendServices.insert({ project: P, requestBody: { name: 'web', backends: [{ group: negLink('neg-a') }] } });
    const web = link('backendServices', 'web');
    return { h, map: (name, extra) => ({ name, defaultService: web, pathMatchers: [{ name: 'pm', defaultService: web }], ...extra }) };
  }

  it('a URL map host rule without hosts is answered as one with hosts: []', async () => {
    const { h, map } = await mapSetup();
    const without = await outcome(h.v1.urlMaps.insert({ project: P, requestBody: map('a', { hostRules: [{ pathMatcher: 'pm' }] }) }));
    const empty = await outcome(h.v1.urlMaps.insert({ project: P, requestBody: map('b', { hostRules: [{ pathMatcher: 'pm', hosts: [] }] }) }));
    expect(without).toBe(empty);
  });

  it('a URL map path rule without paths is answered as one with paths: []', async () => {
    const { h, map } = await mapSetup();
    const web = link('backendServices', 'web');
    const rules = (rule: Record<string, unknown>) => ({ pathMatchers: [{ name: 'pm', defaultService: web, pathRules: [rule] }] });
    const without = await outcome(h.v1.urlMaps.insert({ project: P, requestBody: map('a', rules({ service: web })) }));
    const empty = await outcome(h.v1.urlMaps.insert({ project: P, requestBody: map('b', rules({ service: web, paths: [] })) }));
    expect(without).toBe(empty);
  });

  it('a security policy patch with rules: null is answered as one with rules: [], and leaves the same rules', async () => {
    const h = await harness();
    const deny = { priority: 10, action: 'deny(403)', match: { versionedExpr: 'SRC_IPS_V1', config: { srcIpRanges: ['192.0.2.0/24'] } } };
    const results: string[] = [];
    for (const [name, rules] of [['a', null], ['b', []]] as const) {
      await h.v1.securityPolicies.insert({ project: P, requestBody: { name, rules: [deny] } });
      const { fingerprint } = (await h.v1.securityPolicies.get({ project: P, securityPolicy: name })).data;
      results.push(await outcome(h.v1.securityPolicies.patch({ project: P, securityPolicy: name, requestBody: { fingerprint, rules } as never })));
    }
    expect(results[0]).toBe(results[1]);
    const rulesOf = async (name: string) => (await h.v1.securityPolicies.get({ project: P, securityPolicy: name })).data.rules;
    expect(await rulesOf('a')).toEqual(await rulesOf('b'));
  });
});

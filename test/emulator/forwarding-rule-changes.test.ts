/**
 * The emulator's global forwarding rules (src/emulator/kinds/forwarding-rule.ts) after their insert: what a read
 * answers, setLabels, the in-use word, a target on a foreign host, and which IPAddress values a patch may carry —
 * over real HTTP with the real client. The oracles, none of them the emulator's code:
 * - the Compute contract (compute-lb-subset.json): ForwardingRule.kind "Always compute#forwardingRule";
 *   globalForwardingRules has setLabels; globalForwardingRules.patch "Currently, you can only patch the network_tier
 *   field" (so the IP a rule holds cannot be changed, and naming that same IP again is no change);
 * - gcp-behaviour.md §2.2 (an in-use error names the kind in snake_case singular; an invalid value names its field as
 *   `resource.<field>`), §2.3 (setLabels on forwarding rules returned DONE straight away; operation types) and §2.6
 *   (IPAddress holds the literal IP of the address a rule was made with, and that address is IN_USE by the rule).
 */
import { describe, expect, it } from 'vitest';
import { NO_FAULTS, type EmulatorConfig } from '../../src/emulator/config.js';
import { apiError, BASE, harness, type Harness, link, neg, negLink, P } from '../helpers/emulator.js';

/** A NEG, backend service `web`, URL map `map`, HTTP proxy `px`, addresses `ip` and `ip2`, and rule `fr` made with address `ip`. */
async function setup(config: Partial<EmulatorConfig> = {}): Promise<Harness> {
  const h = await harness(config);
  await h.v1.regionNetworkEndpointGroups.insert(neg('neg-a'));
  await h.v1.backendServices.insert({ project: P, requestBody: { name: 'web', backends: [{ group: negLink('neg-a') }] } });
  await h.v1.urlMaps.insert({ project: P, requestBody: { name: 'map', defaultService: link('backendServices', 'web') } });
  await h.v1.targetHttpProxies.insert({ project: P, requestBody: { name: 'px', urlMap: link('urlMaps', 'map') } });
  await h.v1.globalAddresses.insert({ project: P, requestBody: { name: 'ip' } });
  await h.v1.globalAddresses.insert({ project: P, requestBody: { name: 'ip2' } });
  await h.v1.globalForwardingRules.insert({ project: P, requestBody: { name: 'fr', target: link('targetHttpProxies', 'px'), portRange: '80', IPAddress: link('addresses', 'ip') } });
  return h;
}

const rule = async (h: Harness, name = 'fr') => (await h.v1.globalForwardingRules.get({ project: P, forwardingRule: name })).data;
const address = async (h: Harness, name: string) => (await h.v1.globalAddresses.get({ project: P, address: name })).data;

describe('global forwarding rule: reads and labels', () => {
  it('a rule answers kind compute#forwardingRule (the contract: ForwardingRule.kind)', async () => {
    const h = await setup();
    expect((await rule(h)).kind).toBe('compute#forwardingRule');
    expect(((await h.v1.globalForwardingRules.list({ project: P })).data.items ?? []).map((r) => r.kind)).toEqual(['compute#forwardingRule']);
  });

  it('setLabels with the label fingerprint: DONE at once (§2.3), labels answered with a new label fingerprint; the address the rule was made with stays in use', async () => {
    const h = await setup();
    const before = await rule(h);
    const op = (await h.v1.globalForwardingRules.setLabels({ project: P, resource: 'fr', requestBody: { labels: { team: 'web' }, labelFingerprint: before.labelFingerprint } })).data;
    expect(op).toMatchObject({ operationType: 'setLabels', status: 'DONE' });
    expect(op.error).toBeUndefined();
    const after = await rule(h);
    expect(after.labels).toEqual({ team: 'web' });
    expect(after.labelFingerprint).not.toBe(before.labelFingerprint);
    expect(after.IPAddress).toBe(before.IPAddress);
    expect(await address(h, 'ip')).toMatchObject({ status: 'IN_USE', users: [link('forwardingRules', 'fr')] });
    const del = await apiError(h.v1.globalAddresses.delete({ project: P, address: 'ip' }));
    expect({ code: del.code, reason: del.reason }).toEqual({ code: 400, reason: 'resourceInUseByAnotherResource' });
  });

  it('a delete that fails in use names the kind forwarding_rule (§2.2: snake_case singular)', async () => {
    const h = await setup({ faults: { ...NO_FAULTS, operationInUse: 1 } });
    const op = (await h.v1.globalForwardingRules.delete({ project: P, forwardingRule: 'fr' })).data;
    expect(op.error?.errors?.[0]?.code).toBe('RESOURCE_IN_USE_BY_ANOTHER_RESOURCE');
    expect(op.error?.errors?.[0]?.message).toMatch(new RegExp(`^The forwarding_rule resource 'projects/${P}/global/forwardingRules/fr' is already being used by '`));
    expect((await rule(h)).name).toBe('fr');
  });
});

describe('global forwarding rule: targets and IP addresses', () => {
  it('a proxy URL on a host other than the Compute API is refused as an invalid value of resource.target (§2.2)', async () => {
    const h = await setup();
    const foreign = `https://example.com/compute/v1/projects/${P}/global/targetHttpProxies/px`;
    const e = await apiError(h.v1.globalForwardingRules.insert({ project: P, requestBody: { name: 'fr2', target: foreign, portRange: '8080' } }));
    expect({ code: e.code, reason: e.reason }).toEqual({ code: 400, reason: 'invalid' });
    expect(e.message.startsWith(`Invalid value for field 'resource.target': '${foreign}'.`)).toBe(true);
    const set = await apiError(h.v1.globalForwardingRules.setTarget({ project: P, forwardingRule: 'fr', requestBody: { target: foreign } }));
    expect(set.message.startsWith(`Invalid value for field 'resource.target': '${foreign}'.`)).toBe(true);
  });

  it('a patch naming the IP the rule holds, through its address or as the literal, changes nothing (the contract: only network_tier is patched)', async () => {
    const h = await setup();
    const ip = (await address(h, 'ip')).address!;
    await h.v1.globalForwardingRules.patch({ project: P, forwardingRule: 'fr', requestBody: { IPAddress: link('addresses', 'ip') } });
    await h.v1.globalForwardingRules.patch({ project: P, forwardingRule: 'fr', requestBody: { IPAddress: `projects/${P}/global/addresses/ip`, description: 'same ip' } });
    await h.v1.globalForwardingRules.patch({ project: P, forwardingRule: 'fr', requestBody: { IPAddress: ip } });
    expect(await rule(h)).toMatchObject({ IPAddress: ip, description: 'same ip' });
    expect(await address(h, 'ip')).toMatchObject({ status: 'IN_USE', users: [link('forwardingRules', 'fr')] });
  });

  it('a patch naming another address is refused: the IP of a rule cannot be changed; the other address stays free', async () => {
    const h = await setup();
    const ip = (await address(h, 'ip')).address!;
    const e = await apiError(h.v1.globalForwardingRules.patch({ project: P, forwardingRule: 'fr', requestBody: { IPAddress: link('addresses', 'ip2') } }));
    expect({ code: e.code, reason: e.reason, message: e.message }).toEqual({ code: 400, reason: 'invalid', message: `Invalid value for field 'resource.IPAddress': '${link('addresses', 'ip2')}'. The IP address of a forwarding rule cannot be changed.` });
    const ghost = await apiError(h.v1.globalForwardingRules.patch({ project: P, forwardingRule: 'fr', requestBody: { IPAddress: 'global/addresses/ghost' } }));
    expect({ code: ghost.code, message: ghost.message }).toEqual({ code: 404, message: `The resource 'projects/${P}/global/addresses/ghost' was not found` });
    expect((await rule(h)).IPAddress).toBe(ip);
    expect(await address(h, 'ip2')).toMatchObject({ status: 'RESERVED' });
    expect((await address(h, 'ip2')).users).toBeUndefined();
  });

  it('a patch clearing IPAddress with null keeps the IP; an answer, if any, names no JavaScript undefined (the request held null)', async () => {
    const h = await setup();
    const ip = (await address(h, 'ip')).address!;
    const answer = await h.v1.globalForwardingRules.patch({ project: P, forwardingRule: 'fr', requestBody: { IPAddress: null } }).then(
      () => 'accepted',
      (e: { response?: { data?: { error?: { message?: string } } } }) => e.response?.data?.error?.message ?? 'no message',
    );
    expect(answer).not.toContain('undefined');
    expect((await rule(h)).IPAddress).toBe(ip);
  });

  it('a rule on a literal IPv6 address takes a patch naming the same address in another notation (GCP answers IPv6 canonical)', async () => {
    const h = await setup();
    await h.v1.globalForwardingRules.insert({ project: P, requestBody: { name: 'six', target: `${BASE}global/targetHttpProxies/px`, portRange: '80', IPAddress: '2600:1901:0:0:0:0:0:7' } });
    await h.v1.globalForwardingRules.patch({ project: P, forwardingRule: 'six', requestBody: { IPAddress: '2600:1901:0::7' } });
    expect((await rule(h, 'six')).IPAddress).toBe('2600:1901::7');
    const e = await apiError(h.v1.globalForwardingRules.patch({ project: P, forwardingRule: 'six', requestBody: { IPAddress: '2600:1901::8' } }));
    expect(e.message).toBe("Invalid value for field 'resource.IPAddress': '2600:1901::8'. The IP address of a forwarding rule cannot be changed.");
  });
});

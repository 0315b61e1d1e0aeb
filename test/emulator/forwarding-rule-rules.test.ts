/**
 * The emulator's global forwarding rules (src/emulator/kinds/forwarding-rule.ts) and target proxies
 * (proxies.ts), over real HTTP with the real client: what GCP refuses, with code, reason and the full
 * message, and what it fills in. The oracle is gcp-behaviour.md: §2.2 (the scheme mismatch text, exact;
 * "At least 1 SSL certificate …"), §2.3 (`SetTarget`), §2.6 (IPAddress is the literal IP, portRange
 * "443-443"), §3.4 (PREMIUM tier only, ports/portRange/allPorts exclusive, no overlapping port ranges on
 * one IP, the portRange pattern) and §3.6 (at most 15 certificates).
 */
import { describe, expect, it } from 'vitest';
import { apiError, harness, type Harness, link, neg, negLink, P } from '../helpers/emulator.js';

/** `web` (EXTERNAL) and `new` (EXTERNAL_MANAGED) services, maps and HTTP proxies `px` and `px-new`, addresses `ip` (IPv4) and `ip6`. */
async function setup(): Promise<Harness> {
  const h = await harness();
  await h.v1.regionNetworkEndpointGroups.insert(neg('neg-a'));
  await h.v1.regionNetworkEndpointGroups.insert(neg('neg-b', 'other'));
  await h.v1.backendServices.insert({ project: P, requestBody: { name: 'web', backends: [{ group: negLink('neg-a') }] } });
  await h.v1.backendServices.insert({ project: P, requestBody: { name: 'new', loadBalancingScheme: 'EXTERNAL_MANAGED', backends: [{ group: negLink('neg-b') }] } });
  await h.v1.urlMaps.insert({ project: P, requestBody: { name: 'map', defaultService: link('backendServices', 'web') } });
  await h.v1.urlMaps.insert({ project: P, requestBody: { name: 'map-new', defaultService: link('backendServices', 'new') } });
  await h.v1.targetHttpProxies.insert({ project: P, requestBody: { name: 'px', urlMap: link('urlMaps', 'map') } });
  await h.v1.targetHttpProxies.insert({ project: P, requestBody: { name: 'px-new', urlMap: link('urlMaps', 'map-new') } });
  await h.v1.globalAddresses.insert({ project: P, requestBody: { name: 'ip' } });
  await h.v1.globalAddresses.insert({ project: P, requestBody: { name: 'ip6', ipVersion: 'IPV6' } });
  return h;
}

const px = link('targetHttpProxies', 'px');
const insert = (h: Harness, body: Record<string, unknown>) => h.v1.globalForwardingRules.insert({ project: P, requestBody: { name: 'fr', target: px, portRange: '80', ...body } });
const get = async (h: Harness, name = 'fr') => (await h.v1.globalForwardingRules.get({ project: P, forwardingRule: name })).data as Record<string, unknown>;
const invalid = (field: string, value: string, why: string) => ({ code: 400, reason: 'invalid', message: `Invalid value for field '${field}': '${value}'. ${why}` });
const RANGE = 'Port range must be a port or a range such as 80 or 8080-8090.';

describe('global forwarding rule: what GCP refuses on insert', () => {
  const cases: [string, Record<string, unknown>, { code: number; reason: string; message: string }][] = [
    ['no target', { target: undefined }, { code: 400, reason: 'required', message: "Required field 'resource.target' not specified" }],
    ['an empty target', { target: '' }, { code: 400, reason: 'required', message: "Required field 'resource.target' not specified" }],
    ['a target that is not an HTTP(S) proxy', { target: link('backendServices', 'web') }, invalid('resource.target', link('backendServices', 'web'), 'The lb-plan emulator models global forwarding rules to target HTTP(S) proxies only.')],
    ['a proxy that does not exist', { target: link('targetHttpsProxies', 'ghost') }, { code: 404, reason: 'notFound', message: `The resource 'projects/${P}/global/targetHttpsProxies/ghost' was not found` }],
    ['a scheme the emulator does not model', { loadBalancingScheme: 'INTERNAL_SELF_MANAGED' }, invalid('resource.loadBalancingScheme', 'INTERNAL_SELF_MANAGED', 'The lb-plan emulator models global external forwarding rules only.')],
    ['EXTERNAL_MANAGED in front of a classic backend service (§2.2, exact)', { loadBalancingScheme: 'EXTERNAL_MANAGED' }, invalid('resource.backendService', '', 'Load balancing scheme EXTERNAL_MANAGED does not match the backend service load balancing scheme EXTERNAL.')],
    ['the classic scheme in front of an EXTERNAL_MANAGED service', { target: link('targetHttpProxies', 'px-new') }, invalid('resource.backendService', '', 'Load balancing scheme EXTERNAL does not match the backend service load balancing scheme EXTERNAL_MANAGED.')],
    ['the STANDARD tier (§3.4: PREMIUM for global rules)', { networkTier: 'STANDARD' }, invalid('resource.networkTier', 'STANDARD', 'For a global forwarding rule, the network tier must be PREMIUM.')],
    ['UDP', { IPProtocol: 'UDP' }, invalid('resource.IPProtocol', 'UDP', 'Target HTTP(S) proxies accept TCP only.')],
    ['ports (§3.4: mutually exclusive)', { ports: ['80'] }, invalid('resource.ports', '["80"]', 'The ports, port_range, and allPorts fields are mutually exclusive; a global forwarding rule to a target proxy takes portRange.')],
    ['allPorts', { allPorts: true }, invalid('resource.ports', 'true', 'The ports, port_range, and allPorts fields are mutually exclusive; a global forwarding rule to a target proxy takes portRange.')],
    ['no port range', { portRange: undefined }, invalid('resource.portRange', '', RANGE)],
    ['a port range that is not numbers (§3.4 pattern)', { portRange: 'http' }, invalid('resource.portRange', 'http', RANGE)],
    ['a port range with a trailing dash', { portRange: '80-' }, invalid('resource.portRange', '80-', RANGE)],
    ['port 0', { portRange: '0' }, invalid('resource.portRange', '0', 'Invalid port range.')],
    ['a port over 65535', { portRange: '65536' }, invalid('resource.portRange', '65536', 'Invalid port range.')],
    ['a range upside down', { portRange: '90-80' }, invalid('resource.portRange', '90-80', 'Invalid port range.')],
    ['a target that is no URL', { target: 'nope' }, invalid('resource.target', 'nope', 'The lb-plan emulator models global forwarding rules to target HTTP(S) proxies only.')],
    ['a port range with something before it', { portRange: 'x80' }, invalid('resource.portRange', 'x80', RANGE)],
    ['an IP address that is neither an IP nor an address', { IPAddress: link('urlMaps', 'map') }, invalid('resource.IPAddress', link('urlMaps', 'map'), 'The URL is malformed.')],
    ['an address that does not exist', { IPAddress: 'global/addresses/ghost' }, { code: 404, reason: 'notFound', message: `The resource 'projects/${P}/global/addresses/ghost' was not found` }],
    ['an IP version the named address does not have', { IPAddress: link('addresses', 'ip'), ipVersion: 'IPV6' }, invalid('resource.ipVersion', 'IPV6', 'The IP version does not match the address.')],
    ['an IP version beside a literal IP', { IPAddress: '34.1.2.3', ipVersion: 'IPV4' }, invalid('resource.ipVersion', 'IPV4', 'ipVersion can only be set when no IP address is specified.')],
  ];
  it.each(cases)('%s', async (_what, body, expected) => {
    const h = await setup();
    const e = await apiError(insert(h, body));
    expect({ code: e.code, reason: e.reason, message: e.message }).toEqual(expected);
    expect((await h.v1.globalForwardingRules.list({ project: P })).data.items ?? []).toEqual([]);
  });
});

describe('global forwarding rule: what GCP fills in and accepts', () => {
  it('an address named by URL: the literal IP (§2.6), ports as a range "80-80", PREMIUM, TCP, EXTERNAL; the address IN_USE by it', async () => {
    const h = await setup();
    const address = (await h.v1.globalAddresses.get({ project: P, address: 'ip' })).data.address!;
    await insert(h, { IPAddress: 'global/addresses/ip', ipVersion: 'IPV4' });
    const fr = await get(h);
    expect(fr).toMatchObject({ IPAddress: address, portRange: '80-80', networkTier: 'PREMIUM', IPProtocol: 'TCP', loadBalancingScheme: 'EXTERNAL', target: px });
    expect(fr.ipVersion).toBeUndefined();
    expect(fr.__address).toBeUndefined();
    expect(fr.fingerprint).toMatch(/^[A-Za-z0-9+/]{11}=$/);
    expect((await h.v1.globalAddresses.get({ project: P, address: 'ip' })).data).toMatchObject({ status: 'IN_USE', users: [link('forwardingRules', 'fr')] });
    const del = await apiError(h.v1.globalAddresses.delete({ project: P, address: 'ip' }));
    expect(del.message).toBe(`The address resource 'projects/${P}/global/addresses/ip' is already being used by 'projects/${P}/global/forwardingRules/fr'`);
  });

  it('an IPv6 address named by URL, and the IPv6 version given with it', async () => {
    const h = await setup();
    const address = (await h.v1.globalAddresses.get({ project: P, address: 'ip6' })).data.address!;
    await insert(h, { IPAddress: link('addresses', 'ip6'), ipVersion: 'IPV6', portRange: '443-443' });
    expect(await get(h)).toMatchObject({ IPAddress: address, portRange: '443-443' });
  });

  it('no address: an ephemeral one is allocated, IPv4 or, when asked, IPv6 (with its version kept)', async () => {
    const h = await setup();
    await insert(h, {});
    await insert(h, { name: 'fr6', ipVersion: 'IPV6' });
    expect(String((await get(h)).IPAddress)).toMatch(/^34\.\d+\.\d+\.\d+$/);
    const six = await get(h, 'fr6');
    expect(String(six.IPAddress)).toMatch(/^2600:1901:/);
    expect(six.ipVersion).toBe('IPV6');
    expect((await get(h)).ipVersion).toBeUndefined();
  });

  it('port 65535 is a port; the insert operation is an insert (§2.3)', async () => {
    const h = await setup();
    const op = await insert(h, { portRange: '65535' });
    expect(op.data.operationType).toBe('insert');
    const fr = await get(h);
    expect(fr.portRange).toBe('65535-65535');
    expect(String(fr.IPAddress)).toMatch(/^34\.\d+\.\d+\.\d+$/);
  });

  it('a literal IPv6 address is answered in canonical form', async () => {
    const h = await setup();
    await insert(h, { IPAddress: '2600:1901:0:0:0:0:0:5' });
    expect((await get(h)).IPAddress).toBe('2600:1901::5');
  });

  it('one IP, port ranges that overlap: refused (§3.4); apart: accepted', async () => {
    const h = await setup();
    await insert(h, { IPAddress: '34.9.9.9', portRange: '80-90' });
    await insert(h, { name: 'fr-443', IPAddress: '34.9.9.9', portRange: '443' });
    await insert(h, { name: 'fr-other-ip', IPAddress: '34.9.9.8', portRange: '80' });
    for (const range of ['90', '85-100', '1-80', '70-95']) {
      const e = await apiError(insert(h, { name: 'clash', IPAddress: '34.9.9.9', portRange: range }));
      expect({ code: e.code, reason: e.reason, message: e.message }).toEqual(invalid('resource.IPAddress', '34.9.9.9', 'Specified IP address is in-use and would result in a conflict.'));
    }
    await insert(h, { name: 'fr-91', IPAddress: '34.9.9.9', portRange: '91-442' });
    expect(((await h.v1.globalForwardingRules.list({ project: P })).data.items ?? []).map((f) => f.name).sort()).toEqual(['fr', 'fr-443', 'fr-91', 'fr-other-ip']);
  });

  it('EXTERNAL_MANAGED in front of EXTERNAL_MANAGED services', async () => {
    const h = await setup();
    await insert(h, { target: link('targetHttpProxies', 'px-new'), loadBalancingScheme: 'EXTERNAL_MANAGED' });
    expect((await get(h)).loadBalancingScheme).toBe('EXTERNAL_MANAGED');
  });
});

describe('global forwarding rule: changes', () => {
  it('setTarget: operation type SetTarget (§2.3), the target stored as a full URL; a changed literal IP is refused, the address a rule was made with stays in use', async () => {
    const h = await setup();
    await insert(h, { IPAddress: link('addresses', 'ip') });
    await h.v1.targetHttpProxies.insert({ project: P, requestBody: { name: 'px2', urlMap: link('urlMaps', 'map') } });
    const op = await h.v1.globalForwardingRules.setTarget({ project: P, forwardingRule: 'fr', requestBody: { target: 'projects/my-project/global/targetHttpProxies/px2' } });
    expect(op.data.operationType).toBe('SetTarget');
    const fr = await get(h);
    expect(fr.target).toBe(link('targetHttpProxies', 'px2'));
    expect(fr.__address).toBeUndefined();
    expect((await h.v1.globalAddresses.get({ project: P, address: 'ip' })).data.users).toEqual([link('forwardingRules', 'fr')]);
    const e = await apiError(h.v1.globalForwardingRules.patch({ project: P, forwardingRule: 'fr', requestBody: { IPAddress: '34.200.0.1' } }));
    expect({ code: e.code, reason: e.reason, message: e.message }).toEqual(invalid('resource.IPAddress', '34.200.0.1', 'The IP address of a forwarding rule cannot be changed.'));
  });

  it('a patch that leaves the IP out keeps it, and a rule made without an address keeps its ephemeral IP', async () => {
    const h = await setup();
    await insert(h, {});
    const ip = (await get(h)).IPAddress;
    await h.v1.globalForwardingRules.patch({ project: P, forwardingRule: 'fr', requestBody: { description: 'x' } });
    expect(await get(h)).toMatchObject({ IPAddress: ip, description: 'x', portRange: '80-80' });
  });
});

describe('target proxies', () => {
  it('an HTTP proxy needs a URL map that exists; it is stored as a full URL', async () => {
    const h = await setup();
    const none = await apiError(h.v1.targetHttpProxies.insert({ project: P, requestBody: { name: 'p' } }));
    expect(none).toMatchObject({ code: 400, reason: 'required', message: "Required field 'resource.urlMap' not specified" });
    const empty = await apiError(h.v1.targetHttpProxies.insert({ project: P, requestBody: { name: 'p', urlMap: '' } }));
    expect(empty.message).toBe("Required field 'resource.urlMap' not specified");
    const ghost = await apiError(h.v1.targetHttpProxies.insert({ project: P, requestBody: { name: 'p', urlMap: 'global/urlMaps/ghost' } }));
    expect(ghost).toMatchObject({ code: 404, message: `The resource 'projects/${P}/global/urlMaps/ghost' was not found` });
    await h.v1.targetHttpProxies.setUrlMap({ project: P, targetHttpProxy: 'px', requestBody: { urlMap: 'global/urlMaps/map-new' } });
    const got = (await h.v1.targetHttpProxies.get({ project: P, targetHttpProxy: 'px' })).data;
    expect(got.urlMap).toBe(link('urlMaps', 'map-new'));
    expect(got.fingerprint).toMatch(/^[A-Za-z0-9+/]{11}=$/);
  });

  it('operations of the proxies are named as the emulator names set* calls (SetTarget, §2.3); a malformed URL map or certificate is named by its field', async () => {
    const h = await setup();
    await h.v1.sslCertificates.insert({ project: P, requestBody: { name: 'c1', type: 'MANAGED', managed: { domains: ['a.example.com'] } } });
    const ins = await h.v1.targetHttpsProxies.insert({ project: P, requestBody: { name: 's', urlMap: link('urlMaps', 'map'), sslCertificates: [link('sslCertificates', 'c1')] } });
    expect(ins.data.operationType).toBe('insert');
    expect((await h.v1.targetHttpProxies.setUrlMap({ project: P, targetHttpProxy: 'px', requestBody: { urlMap: link('urlMaps', 'map') } })).data.operationType).toBe('SetUrlMap');
    expect((await h.v1.targetHttpsProxies.setUrlMap({ project: P, targetHttpsProxy: 's', requestBody: { urlMap: link('urlMaps', 'map') } })).data.operationType).toBe('SetUrlMap');
    expect((await h.v1.targetHttpsProxies.setSslCertificates({ project: P, targetHttpsProxy: 's', requestBody: { sslCertificates: [link('sslCertificates', 'c1')] } })).data.operationType).toBe('SetSslCertificates');
    expect((await h.v1.targetHttpsProxies.setQuicOverride({ project: P, targetHttpsProxy: 's', requestBody: { quicOverride: 'ENABLE' } })).data.operationType).toBe('compute.targetHttpsProxies.setQuicOverride');
    const httpOp = await h.v1.targetHttpProxies.insert({ project: P, requestBody: { name: 'px3', urlMap: link('urlMaps', 'map') } });
    expect(httpOp.data.operationType).toBe('insert');
    const badMap = await apiError(h.v1.targetHttpProxies.insert({ project: P, requestBody: { name: 'p', urlMap: link('backendServices', 'web') } }));
    expect(badMap.message).toBe(`Invalid value for field 'resource.urlMap': '${link('backendServices', 'web')}'. The URL is malformed.`);
    const badCert = await apiError(h.v1.targetHttpsProxies.insert({ project: P, requestBody: { name: 'p', urlMap: link('urlMaps', 'map'), sslCertificates: [link('sslCertificates', 'c1'), link('urlMaps', 'map')] } }));
    expect(badCert.message).toBe(`Invalid value for field 'resource.sslCertificates[1]': '${link('urlMaps', 'map')}'. The URL is malformed.`);
    const noCerts = await apiError(h.v1.targetHttpsProxies.insert({ project: P, requestBody: { name: 'p', urlMap: link('urlMaps', 'map') } }));
    expect(noCerts.message).toBe("Invalid value for field 'resource': ''. At least 1 SSL certificate must be specified for setting SSL certificates in TargetHttpsProxy.");
  });

  it('an HTTPS proxy: certificates stored as full URLs and in use, between 1 and 15 (§2.2, §3.6), no certificate map', async () => {
    const h = await setup();
    await h.v1.sslCertificates.insert({ project: P, requestBody: { name: 'c1', type: 'MANAGED', managed: { domains: ['a.example.com'] } } });
    await h.v1.sslCertificates.insert({ project: P, requestBody: { name: 'c2', type: 'MANAGED', managed: { domains: ['b.example.com'] } } });
    const map = await apiError(h.v1.targetHttpsProxies.insert({ project: P, requestBody: { name: 's', urlMap: link('urlMaps', 'map'), sslCertificates: [link('sslCertificates', 'c1')], certificateMap: '//certificatemanager.googleapis.com/projects/p/locations/global/certificateMaps/m' } }));
    expect(map.message).toBe("Invalid value for field 'resource.certificateMap': '//certificatemanager.googleapis.com/projects/p/locations/global/certificateMaps/m'. Certificate maps are not modeled by the lb-plan emulator.");
    const missing = await apiError(h.v1.targetHttpsProxies.insert({ project: P, requestBody: { name: 's', urlMap: link('urlMaps', 'map'), sslCertificates: ['global/sslCertificates/ghost'] } }));
    expect(missing).toMatchObject({ code: 404, message: `The resource 'projects/${P}/global/sslCertificates/ghost' was not found` });
    await h.v1.targetHttpsProxies.insert({ project: P, requestBody: { name: 's', urlMap: 'global/urlMaps/map', sslCertificates: ['global/sslCertificates/c1'] } });
    const s = (await h.v1.targetHttpsProxies.get({ project: P, targetHttpsProxy: 's' })).data;
    expect(s).toMatchObject({ urlMap: link('urlMaps', 'map'), sslCertificates: [link('sslCertificates', 'c1')], quicOverride: 'NONE' });
    await h.v1.targetHttpsProxies.setSslCertificates({ project: P, targetHttpsProxy: 's', requestBody: { sslCertificates: [`projects/${P}/global/sslCertificates/c2`, link('sslCertificates', 'c1')] } });
    expect((await h.v1.targetHttpsProxies.get({ project: P, targetHttpsProxy: 's' })).data.sslCertificates).toEqual([link('sslCertificates', 'c2'), link('sslCertificates', 'c1')]);
    const none = await apiError(h.v1.targetHttpsProxies.setSslCertificates({ project: P, targetHttpsProxy: 's', requestBody: { sslCertificates: [] } }));
    expect(none.message).toBe("Invalid value for field 'resource': ''. At least 1 SSL certificate must be specified for setting SSL certificates in TargetHttpsProxy.");
    const inUse = await apiError(h.v1.sslCertificates.delete({ project: P, sslCertificate: 'c2' }));
    expect(inUse.message).toBe(`The ssl_certificate resource 'projects/${P}/global/sslCertificates/c2' is already being used by 'projects/${P}/global/targetHttpsProxies/s'`);
  });
});

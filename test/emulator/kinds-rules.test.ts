/**
 * The emulator's rules for certificates, serverless NEGs, global addresses and security policies
 * (src/emulator/kinds/certificate.ts, neg.ts, address.ts, security-policy.ts), over real HTTP with the
 * real client: what GCP refuses, with code, reason and the full message, and what it fills in. The
 * oracle is gcp-behaviour.md §3.2 (one platform per serverless NEG, RFC1035 service and tag names, an
 * App Engine version of 1-100 characters, URL masks), §3.6 (certificate types, chains of at most 5,
 * managed domains, no wildcards), §2.6 (an address IN_USE with its users) and the Compute contract's
 * field descriptions (compute-lb-subset.json: Address.networkTier "global external IP addresses are
 * always Premium Tier", Address.ipVersion IPV4 or IPV6, SecurityPolicyRule.priority 0..2147483647,
 * the rate limit's conformAction "allow" only and exceedAction deny(403|404|429|502) or redirect).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { apiError, BASE, harness, type Harness, P } from '../helpers/emulator.js';

const invalid = (field: string, value: string, why: string) => ({ code: 400, reason: 'invalid', message: `Invalid value for field '${field}': '${value}'. ${why}` });
const required = (field: string) => ({ code: 400, reason: 'required', message: `Required field '${field}' not specified` });
type Expected = { code: number; reason: string; message: string };
const pick = (e: Expected) => ({ code: e.code, reason: e.reason, message: e.message });

const PEM = readFileSync('test/fixtures/example.com.pem', 'utf8');
const KEY = readFileSync('test/fixtures/example.com.key', 'utf8');

describe('SSL certificates (§3.6)', () => {
  const managed = (domains: string[], extra: Record<string, unknown> = {}) => ({ name: 'c', type: 'MANAGED', managed: { domains }, ...extra });
  const cases: [string, Record<string, unknown>, Expected][] = [
    ['managed without domains', managed([]), invalid('resource.managed.domains', '', 'At least one domain must be specified for a managed certificate.')],
    ['managed without a managed block', { name: 'c', type: 'MANAGED' }, invalid('resource.managed.domains', '', 'At least one domain must be specified for a managed certificate.')],
    ['managed with 101 domains', managed(Array.from({ length: 101 }, (_, i) => `d${i}.example.com`)), invalid('resource.managed.domains', '101', 'A managed certificate can have at most 100 domains.')],
    ['a wildcard domain', managed(['example.com', '*.example.com']), invalid('resource.managed.domains[1]', '*.example.com', 'Wildcard domains are not supported for Google-managed certificates.')],
    ['a domain that is not one', managed(['localhost']), invalid('resource.managed.domains[0]', 'localhost', 'The domain name is not valid.')],
    ['a domain label with an underscore', managed(['a_b.example.com']), invalid('resource.managed.domains[0]', 'a_b.example.com', 'The domain name is not valid.')],
    ['managed with a certificate', managed(['example.com'], { certificate: PEM }), invalid('resource.certificate', '', 'A managed certificate must not have a certificate or private key.')],
    ['managed with a private key', managed(['example.com'], { privateKey: KEY }), invalid('resource.certificate', '', 'A managed certificate must not have a certificate or private key.')],
    ['self-managed without a certificate', { name: 'c', privateKey: KEY }, required('resource.certificate')],
    ['self-managed without a private key', { name: 'c', certificate: PEM }, required('resource.privateKey')],
    ['a certificate with no PEM block', { name: 'c', certificate: 'not a pem', privateKey: KEY }, { code: 400, reason: 'invalid', message: 'The SSL certificate could not be parsed.' }],
    ['a PEM block that is not a certificate', { name: 'c', certificate: '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----', privateKey: KEY }, { code: 400, reason: 'invalid', message: 'The SSL certificate could not be parsed.' }],
    ['a chain of 6 (§3.6: no greater than 5)', { name: 'c', certificate: Array(6).fill(PEM.trim()).join('\n'), privateKey: KEY }, invalid('resource.certificate', '', 'The certificate chain must be no greater than 5 certs long.')],
    ['a key that is not a key', { name: 'c', certificate: PEM, privateKey: 'garbage' }, { code: 400, reason: 'invalid', message: 'The SSL key could not be parsed.' }],
    ['the key of another certificate', { name: 'c', certificate: PEM, privateKey: readFileSync('test/fixtures/other.key', 'utf8') }, { code: 400, reason: 'invalid', message: 'The SSL certificate and key do not match.' }],
  ];
  it.each(cases)('refused: %s', async (_what, body, expected) => {
    const h = await harness();
    expect(pick(await apiError(h.v1.sslCertificates.insert({ project: P, requestBody: body })))).toEqual(expected);
    expect((await h.v1.sslCertificates.list({ project: P })).data.items ?? []).toEqual([]);
  });

  it('self-managed, by default and in the selfManaged nesting: the chain, its expiry and its names; never the key', async () => {
    const h = await harness();
    await h.v1.sslCertificates.insert({ project: P, requestBody: { name: 'a', certificate: PEM, privateKey: KEY, description: 'mine' } });
    await h.v1.sslCertificates.insert({ project: P, requestBody: { name: 'b', type: 'SELF_MANAGED', selfManaged: { certificate: PEM, privateKey: KEY } } });
    await h.v1.sslCertificates.insert({ project: P, requestBody: { name: 'five', certificate: Array(5).fill(PEM.trim()).join('\n'), privateKey: KEY } });
    for (const name of ['a', 'b', 'five']) {
      const c = (await h.v1.sslCertificates.get({ project: P, sslCertificate: name })).data;
      // The fixture's facts, as `openssl x509 -enddate -ext subjectAltName` prints them.
      expect(c).toMatchObject({ type: 'SELF_MANAGED', subjectAlternativeNames: ['example.com'], expireTime: '2126-11-02T23:25:07.000Z' });
      expect(JSON.stringify(c)).not.toContain('PRIVATE KEY');
    }
    expect((await h.v1.sslCertificates.get({ project: P, sslCertificate: 'a' })).data.description).toBe('mine');
    expect((await h.v1.sslCertificates.get({ project: P, sslCertificate: 'b' })).data.description).toBeUndefined();
  });

  it('managed: 100 domains accepted, stored lower case without the trailing dot, description kept', async () => {
    const h = await harness();
    const domains = Array.from({ length: 100 }, (_, i) => `D${i}.Example.com.`);
    await h.v1.sslCertificates.insert({ project: P, requestBody: { ...managed(domains), description: 'd' } });
    const c = (await h.v1.sslCertificates.get({ project: P, sslCertificate: 'c' })).data;
    expect(c.managed).toEqual({ domains: domains.map((d) => d.toLowerCase().slice(0, -1)) });
    expect(c.description).toBe('d');
  });
});

describe('serverless NEGs (§3.2)', () => {
  const insert = (h: Harness, body: Record<string, unknown>) => h.v1.regionNetworkEndpointGroups.insert({ project: P, region: 'us-central1', requestBody: { name: 'n', networkEndpointType: 'SERVERLESS', ...body } });
  const cases: [string, Record<string, unknown>, Expected][] = [
    ['a type other than SERVERLESS', { networkEndpointType: 'GCE_VM_IP_PORT', cloudRun: { service: 'a' } }, invalid('resource.networkEndpointType', 'GCE_VM_IP_PORT', 'The lb-plan emulator models serverless network endpoint groups only.')],
    ['no type: GCE_VM_IP_PORT by default', { networkEndpointType: undefined, cloudRun: { service: 'a' } }, invalid('resource.networkEndpointType', 'GCE_VM_IP_PORT', 'The lb-plan emulator models serverless network endpoint groups only.')],
    ['a network', { network: 'global/networks/default', cloudRun: { service: 'a' } }, invalid('resource.network', 'global/networks/default', 'network is not supported for a network endpoint group of type SERVERLESS.')],
    ['a subnetwork', { subnetwork: 's', cloudRun: { service: 'a' } }, invalid('resource.subnetwork', 's', 'subnetwork is not supported for a network endpoint group of type SERVERLESS.')],
    ['a default port', { defaultPort: 8080, cloudRun: { service: 'a' } }, invalid('resource.defaultPort', '8080', 'defaultPort is not supported for a network endpoint group of type SERVERLESS.')],
    ['a PSC target', { pscTargetService: 'x', cloudRun: { service: 'a' } }, invalid('resource.pscTargetService', 'x', 'pscTargetService is not supported for a network endpoint group of type SERVERLESS.')],
    ['no platform', {}, invalid('resource', '', 'Exactly one of cloudRun, appEngine, cloudFunction or serverlessDeployment must be set for a network endpoint group of type SERVERLESS.')],
    ['two platforms', { cloudRun: { service: 'a' }, appEngine: {} }, invalid('resource', 'cloudRun, appEngine', 'Exactly one of cloudRun, appEngine, cloudFunction or serverlessDeployment must be set for a network endpoint group of type SERVERLESS.')],
    ['Cloud Run without service or mask', { cloudRun: { tag: 'blue' } }, invalid('resource.cloudRun.service', '', 'Either service or urlMask must be specified.')],
    ['a Cloud Run service name against RFC1035', { cloudRun: { service: 'Hello' } }, invalid('resource.cloudRun.service', 'Hello', 'The service name must be 1-63 characters long and comply with RFC1035.')],
    ['a Cloud Run service name of 64 characters', { cloudRun: { service: 'a'.repeat(64) } }, invalid('resource.cloudRun.service', 'a'.repeat(64), 'The service name must be 1-63 characters long and comply with RFC1035.')],
    ['a Cloud Run tag against RFC1035', { cloudRun: { service: 'a', tag: 'blue-' } }, invalid('resource.cloudRun.tag', 'blue-', 'The tag must be 1-63 characters long and comply with RFC1035.')],
    ['an empty URL mask', { cloudRun: { urlMask: '' } }, invalid('resource.cloudRun.urlMask', '', 'The URL mask must not be empty.')],
    ['a URL mask without placeholders', { cloudRun: { urlMask: 'example.com/run' } }, invalid('resource.cloudRun.urlMask', 'example.com/run', 'The URL mask must contain only the placeholders <service>, <tag>.')],
    ['a URL mask with a placeholder of another platform', { cloudRun: { urlMask: '<service>/<version>' } }, invalid('resource.cloudRun.urlMask', '<service>/<version>', 'The URL mask must contain only the placeholders <service>, <tag>.')],
    ['Cloud Functions without function or mask', { cloudFunction: {} }, invalid('resource.cloudFunction.function', '', 'Either function or urlMask must be specified.')],
    ['a function name of 64 characters', { cloudFunction: { function: 'F'.repeat(64) } }, invalid('resource.cloudFunction.function', 'F'.repeat(64), 'The function name must be 1-63 characters long.')],
    ['an empty function name', { cloudFunction: { function: '' } }, invalid('resource.cloudFunction.function', '', 'The function name must be 1-63 characters long.')],
    ['a Cloud Functions mask with <service>', { cloudFunction: { urlMask: '/<service>' } }, invalid('resource.cloudFunction.urlMask', '/<service>', 'The URL mask must contain only the placeholders <function>.')],
    ['an App Engine service of 64 characters', { appEngine: { service: 'S'.repeat(64) } }, invalid('resource.appEngine.service', 'S'.repeat(64), 'The service name must be 1-63 characters long.')],
    ['an App Engine version of 101 characters (§3.2: 1-100)', { appEngine: { version: 'v'.repeat(101) } }, invalid('resource.appEngine.version', 'v'.repeat(101), 'The version must be 1-100 characters long.')],
    ['an App Engine mask with <tag>', { appEngine: { urlMask: '<tag>.example.com' } }, invalid('resource.appEngine.urlMask', '<tag>.example.com', 'The URL mask must contain only the placeholders <service>, <version>.')],
  ];
  it.each(cases)('refused: %s', async (_what, body, expected) => {
    const h = await harness();
    expect(pick(await apiError(insert(h, body)))).toEqual(expected);
    expect((await h.v1.regionNetworkEndpointGroups.list({ project: P, region: 'us-central1' })).data.items ?? []).toEqual([]);
  });

  it('accepted: each platform at its limits, stored with its region and size 0', async () => {
    const h = await harness();
    const ok: Record<string, unknown>[] = [
      { name: 'run', cloudRun: { service: 'a'.repeat(63), tag: 'blue' }, description: 'd' },
      { name: 'run-mask', cloudRun: { urlMask: '<tag>.example.com/<service>' } },
      { name: 'fn', cloudFunction: { function: 'My_Function'.padEnd(63, 'x') } },
      { name: 'fn-mask', cloudFunction: { urlMask: '/<function>' } },
      { name: 'ae', appEngine: { service: 'Default', version: 'v'.repeat(100) } },
      { name: 'ae-empty', appEngine: {} },
      { name: 'ae-mask', appEngine: { urlMask: '<version>.<service>.example.com' } },
    ];
    for (const body of ok) await insert(h, body);
    const got = (await h.v1.regionNetworkEndpointGroups.list({ project: P, region: 'us-central1' })).data.items ?? [];
    expect(got.map((n) => n.name).sort()).toEqual(ok.map((b) => b.name).sort());
    for (const n of got) expect(n).toMatchObject({ networkEndpointType: 'SERVERLESS', size: 0, region: `${BASE}regions/us-central1` });
    expect(got.find((n) => n.name === 'run')).toMatchObject({ cloudRun: { service: 'a'.repeat(63), tag: 'blue' }, description: 'd' });
    expect(got.find((n) => n.name === 'fn')?.description).toBeUndefined();
  });

  it('API Gateway (beta): the apigateway platform only, and a resource or a mask', async () => {
    const h = await harness();
    const beta = (body: Record<string, unknown>) => h.beta.regionNetworkEndpointGroups.insert({ project: P, region: 'us-central1', requestBody: { name: 'gw', networkEndpointType: 'SERVERLESS', ...body } });
    expect(pick(await apiError(beta({ serverlessDeployment: { platform: 'run.googleapis.com', resource: 'g' } })))).toEqual(invalid('resource.serverlessDeployment.platform', 'run.googleapis.com', 'The only supported platform is apigateway.googleapis.com.'));
    expect(pick(await apiError(beta({ serverlessDeployment: { resource: 'g' } })))).toEqual(invalid('resource.serverlessDeployment.platform', '', 'The only supported platform is apigateway.googleapis.com.'));
    expect(pick(await apiError(beta({ serverlessDeployment: { platform: 'apigateway.googleapis.com' } })))).toEqual(invalid('resource.serverlessDeployment.resource', '', 'Either resource or urlMask must be specified.'));
    expect(pick(await apiError(beta({ serverlessDeployment: { platform: 'apigateway.googleapis.com', urlMask: '/<function>' } })))).toEqual(invalid('resource.serverlessDeployment.urlMask', '/<function>', 'The URL mask must contain only the placeholders <gateway>.'));
    await beta({ serverlessDeployment: { platform: 'apigateway.googleapis.com', urlMask: '<gateway>.example.com' } });
  });
});

describe('global addresses', () => {
  const insert = (h: Harness, body: Record<string, unknown>) => h.v1.globalAddresses.insert({ project: P, requestBody: { name: 'ip', ...body } });
  const cases: [string, Record<string, unknown>, Expected][] = [
    ['an unspecified IP version (IPV4 or IPV6 only)', { ipVersion: 'UNSPECIFIED_VERSION' }, invalid('resource.ipVersion', 'UNSPECIFIED_VERSION', 'IP version must be IPV4 or IPV6.')],
    ['an internal address', { addressType: 'INTERNAL' }, invalid('resource.addressType', 'INTERNAL', 'The lb-plan emulator models global EXTERNAL addresses only.')],
    ['the STANDARD tier (always Premium)', { networkTier: 'STANDARD' }, invalid('resource.networkTier', 'STANDARD', 'Global addresses are always Premium Tier.')],
    ['an IPv4 address that is not one', { address: '34.1.2' }, invalid('resource.address', '34.1.2', 'The address is not a valid IPV4 address.')],
    ['an IPv6 address asked as IPv4', { address: '2600:1901::1' }, invalid('resource.address', '2600:1901::1', 'The address is not a valid IPV4 address.')],
    ['an IPv4 address asked as IPv6', { ipVersion: 'IPV6', address: '34.1.2.3' }, invalid('resource.address', '34.1.2.3', 'The address is not a valid IPV6 address.')],
  ];
  it.each(cases)('refused: %s', async (_what, body, expected) => {
    const h = await harness();
    expect(pick(await apiError(insert(h, body)))).toEqual(expected);
  });

  it('allocated from the pools, RESERVED, PREMIUM, EXTERNAL, with a label fingerprint; a literal address taken once only', async () => {
    const h = await harness();
    await insert(h, {});
    await insert(h, { name: 'ip6', ipVersion: 'IPV6', description: 'six' });
    await insert(h, { name: 'mine', address: '34.1.2.3', networkTier: 'PREMIUM', labels: { team: 'web' } });
    await insert(h, { name: 'mine6', ipVersion: 'IPV6', address: '2600:1901::7', prefixLength: 64 });
    const get = async (name: string) => (await h.v1.globalAddresses.get({ project: P, address: name })).data;
    expect(await get('ip')).toMatchObject({ status: 'RESERVED', ipVersion: 'IPV4', addressType: 'EXTERNAL', networkTier: 'PREMIUM' });
    expect((await get('ip')).address).toMatch(/^34\.\d+\.\d+\.\d+$/);
    expect((await get('ip')).users).toBeUndefined();
    expect((await get('ip6')).address).toMatch(/^2600:1901:0:[0-9a-f]+::$/);
    expect((await get('ip6')).description).toBe('six');
    expect(await get('mine')).toMatchObject({ address: '34.1.2.3', labels: { team: 'web' } });
    expect((await get('mine')).labelFingerprint).not.toBe((await get('ip')).labelFingerprint);
    expect(await get('mine6')).toMatchObject({ address: '2600:1901::7', prefixLength: 64 });
    expect((await get('ip')).prefixLength).toBeUndefined();
    const clash = await apiError(insert(h, { name: 'again', address: '34.1.2.3' }));
    expect(pick(clash)).toEqual(invalid('resource.address', '34.1.2.3', `The IP address is already reserved by 'projects/${P}/global/addresses/mine'.`));
    const two = [(await get('ip')).address, (await get('ip6')).address];
    await insert(h, { name: 'next' });
    expect(two).not.toContain((await get('next')).address);
  });
});

describe('security policies', () => {
  const EVERYONE = { versionedExpr: 'SRC_IPS_V1', config: { srcIpRanges: ['*'] } };
  const rule = (extra: Record<string, unknown>) => ({ priority: 1000, action: 'deny(403)', match: EVERYONE, ...extra });
  const throttle = (rl: Record<string, unknown>) => rule({ action: 'throttle', rateLimitOptions: { conformAction: 'allow', exceedAction: 'deny(429)', rateLimitThreshold: { count: 10, intervalSec: 60 }, ...rl } });
  const cases: [string, Record<string, unknown>, Expected][] = [
    ['a type other than CLOUD_ARMOR', { type: 'CLOUD_ARMOR_EDGE' }, invalid('resource.type', 'CLOUD_ARMOR_EDGE', 'The lb-plan emulator models CLOUD_ARMOR backend security policies only.')],
    ['a negative priority', { rules: [rule({ priority: -1 })] }, invalid('resource.rules[0].priority', '-1', 'Priority must be an integer from 0 to 2147483647.')],
    ['a priority over 2147483647', { rules: [rule({ priority: 2147483648 })] }, invalid('resource.rules[0].priority', '2147483648', 'Priority must be an integer from 0 to 2147483647.')],
    ['no priority', { rules: [rule({ priority: undefined })] }, invalid('resource.rules[0].priority', '', 'Priority must be an integer from 0 to 2147483647.')],
    ['an unknown action', { rules: [rule({ action: 'block' })] }, invalid('resource.rules[0].action', 'block', 'Action must be one of allow, deny(STATUS), throttle, rate_based_ban or redirect.')],
    ['deny with a status it does not take', { rules: [rule({ action: 'deny(500)' })] }, invalid('resource.rules[0].action', 'deny(500)', 'Action must be one of allow, deny(STATUS), throttle, rate_based_ban or redirect.')],
    ['no action', { rules: [rule({ action: undefined })] }, invalid('resource.rules[0].action', '', 'Action must be one of allow, deny(STATUS), throttle, rate_based_ban or redirect.')],
    ['no match', { rules: [rule({ match: undefined })] }, required('resource.rules[0].match')],
    ['a match with neither expr nor config', { rules: [rule({ match: { versionedExpr: 'SRC_IPS_V1' } })] }, required('resource.rules[0].match')],
    ['a config without SRC_IPS_V1', { rules: [rule({ match: { config: { srcIpRanges: ['*'] } } })] }, invalid('resource.rules[0].match.versionedExpr', '', 'versionedExpr SRC_IPS_V1 is required with config.')],
    ['throttle without rate limit options', { rules: [rule({ action: 'throttle' })] }, required('resource.rules[0].rateLimitOptions')],
    ['a threshold of 0', { rules: [throttle({ rateLimitThreshold: { count: 0, intervalSec: 60 } })] }, invalid('resource.rules[0].rateLimitOptions.rateLimitThreshold.count', '0', 'Count must be from 1 to 10000.')],
    ['a threshold over 10000', { rules: [throttle({ rateLimitThreshold: { count: 10001, intervalSec: 60 } })] }, invalid('resource.rules[0].rateLimitOptions.rateLimitThreshold.count', '10001', 'Count must be from 1 to 10000.')],
    ['no threshold', { rules: [throttle({ rateLimitThreshold: undefined })] }, invalid('resource.rules[0].rateLimitOptions.rateLimitThreshold.count', '', 'Count must be from 1 to 10000.')],
    ['an interval not on the list', { rules: [throttle({ rateLimitThreshold: { count: 10, intervalSec: 45 } })] }, invalid('resource.rules[0].rateLimitOptions.rateLimitThreshold.intervalSec', '45', 'Interval must be one of 10, 30, 60, 120, 180, 240, 300, 600, 900, 1200, 1800, 2700, 3600 seconds.')],
    ['no interval', { rules: [throttle({ rateLimitThreshold: { count: 10 } })] }, invalid('resource.rules[0].rateLimitOptions.rateLimitThreshold.intervalSec', '', 'Interval must be one of 10, 30, 60, 120, 180, 240, 300, 600, 900, 1200, 1800, 2700, 3600 seconds.')],
    ['a conform action other than allow', { rules: [throttle({ conformAction: 'deny(403)' })] }, invalid('resource.rules[0].rateLimitOptions.conformAction', 'deny(403)', 'Conform action must be allow.')],
    ['no conform action', { rules: [throttle({ conformAction: undefined })] }, invalid('resource.rules[0].rateLimitOptions.conformAction', '', 'Conform action must be allow.')],
    ['an exceed action it does not take', { rules: [throttle({ exceedAction: 'allow' })] }, invalid('resource.rules[0].rateLimitOptions.exceedAction', 'allow', 'Exceed action must be deny(STATUS) or redirect.')],
    ['no exceed action', { rules: [throttle({ exceedAction: undefined })] }, invalid('resource.rules[0].rateLimitOptions.exceedAction', '', 'Exceed action must be deny(STATUS) or redirect.')],
    ['rate limit options on a deny rule', { rules: [rule({ rateLimitOptions: { conformAction: 'allow' } })] }, invalid('resource.rules[0].rateLimitOptions', '', 'Rate limit options are only allowed with action throttle or rate_based_ban.')],
    ['two rules of one priority', { rules: [rule({}), rule({ priority: 10 }), rule({ action: 'allow' })] }, invalid('resource.rules[2].priority', '1000', 'Two rules cannot have the same priority.')],
  ];
  it.each(cases)('refused: %s', async (_what, body, expected) => {
    const h = await harness();
    expect(pick(await apiError(h.v1.securityPolicies.insert({ project: P, requestBody: { name: 'armor', ...body } })))).toEqual(expected);
    expect((await h.v1.securityPolicies.list({ project: P })).data.items ?? []).toEqual([]);
  });

  it('rules sorted by priority, each with its kind and preview false, the default rule added only when missing; rate-based bans and redirects accepted', async () => {
    const h = await harness();
    await h.v1.securityPolicies.insert({
      project: P,
      requestBody: {
        name: 'armor',
        labels: { team: 'web' },
        rules: [
          rule({ priority: 2000 }),
          rule({ priority: 0, action: 'allow', match: { expr: { expression: "origin.region_code == 'CH'" } } }),
          rule({ priority: 10, action: 'rate_based_ban', rateLimitOptions: { conformAction: 'allow', exceedAction: 'redirect', rateLimitThreshold: { count: 10000, intervalSec: 3600 } } }),
          rule({ priority: 20, action: 'deny(502)', preview: true }),
        ],
      },
    });
    const p = (await h.v1.securityPolicies.get({ project: P, securityPolicy: 'armor' })).data;
    expect(p.rules?.map((r) => [r.priority, r.action, r.preview, r.kind])).toEqual([
      [0, 'allow', false, 'compute#securityPolicyRule'],
      [10, 'rate_based_ban', false, 'compute#securityPolicyRule'],
      [20, 'deny(502)', true, 'compute#securityPolicyRule'],
      [2000, 'deny(403)', false, 'compute#securityPolicyRule'],
      [2147483647, 'allow', false, 'compute#securityPolicyRule'],
    ]);
    expect(p.rules?.at(-1)).toEqual({ kind: 'compute#securityPolicyRule', description: 'Default rule, higher priority overrides it', priority: 2147483647, action: 'allow', preview: false, match: EVERYONE });
    expect(p).toMatchObject({ type: 'CLOUD_ARMOR', labels: { team: 'web' } });
    expect(p.fingerprint).toMatch(/^[A-Za-z0-9+/]{11}=$/);
    // A default rule of one's own replaces GCP's.
    await h.v1.securityPolicies.insert({ project: P, requestBody: { name: 'deny-all', rules: [rule({ priority: 2147483647 })] } });
    const d = (await h.v1.securityPolicies.get({ project: P, securityPolicy: 'deny-all' })).data;
    expect(d.rules?.map((r) => [r.priority, r.action])).toEqual([[2147483647, 'deny(403)']]);
  });

  it('a patch runs the same rules and gets a new fingerprint', async () => {
    const h = await harness();
    await h.v1.securityPolicies.insert({ project: P, requestBody: { name: 'armor' } });
    const before = (await h.v1.securityPolicies.get({ project: P, securityPolicy: 'armor' })).data;
    const bad = await apiError(h.v1.securityPolicies.patch({ project: P, securityPolicy: 'armor', requestBody: { fingerprint: before.fingerprint, rules: [rule({ action: 'nope' })] } }));
    expect(pick(bad)).toEqual(invalid('resource.rules[0].action', 'nope', 'Action must be one of allow, deny(STATUS), throttle, rate_based_ban or redirect.'));
    await h.v1.securityPolicies.patch({ project: P, securityPolicy: 'armor', requestBody: { fingerprint: before.fingerprint, description: 'x', rules: [rule({})] } });
    const after = (await h.v1.securityPolicies.get({ project: P, securityPolicy: 'armor' })).data;
    expect(after.rules?.map((r) => r.priority)).toEqual([1000, 2147483647]);
    expect(after.fingerprint).not.toBe(before.fingerprint);
    expect(after.description).toBe('x');
  });
});

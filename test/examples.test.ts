/**
 * Every example of the guide validates, compiles, and produces Compute request bodies that the
 * contract (the discovery document) accepts; field-level assertions per scenario.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { compile, type CompiledLoadBalancer, type DesiredResource } from '../src/compile/index.js';
import { checkBody } from '../src/contract/check.js';
import { KIND_INFO } from '../src/model/kinds.js';
import { loadManifest } from '../src/manifest/load.js';
import { contract } from '../src/contract/index.js';

const dir = 'examples';
const examples = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
const BASE = 'https://www.googleapis.com/compute/v1/projects/my-project/';

function build(file: string, secrets: Record<string, string> = {}): CompiledLoadBalancer {
  const loaded = loadManifest(join(dir, file));
  expect(loaded.diagnostics).toEqual([]);
  return compile(loaded.manifest!, { files: loaded.files, secrets: new Map(Object.entries(secrets)) });
}

function byKind(lb: CompiledLoadBalancer, kind: DesiredResource['kind']): DesiredResource[] {
  return lb.resources.filter((r) => r.kind === kind);
}

function one(lb: CompiledLoadBalancer, address: string): DesiredResource {
  const r = lb.resources.find((x) => x.address === address);
  if (!r) throw new Error(`no ${address} in ${lb.resources.map((x) => x.address).join(', ')}`);
  return r;
}

describe('every example', () => {
  it('covers each scenario of the guide', () => {
    expect(examples.sort()).toEqual([
      'byoip.yaml',
      'cdn.yaml',
      'cloud-armor.yaml',
      'http.yaml',
      'https-managed.yaml',
      'https-self-managed-redirect.yaml',
      'iap.yaml',
      'multi-region.yaml',
      'regional-routing.yaml',
      'shop.yaml',
      'url-mask-api-gateway.yaml',
      'url-mask-app-engine.yaml',
      'url-mask-cloud-functions.yaml',
      'url-mask-cloud-run.yaml',
    ]);
  });

  it.each(examples)('%s references the JSON Schema for editors', (file) => {
    expect(readFileSync(join(dir, file), 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=../schema/manifest.schema.json');
  });

  it.each(examples)('%s compiles to bodies the Compute contract accepts', (file) => {
    const lb = build(file, { 'env:TLS_PRIVATE_KEY': 'k', 'env:IAP_CLIENT_SECRET': 's' });
    for (const r of lb.resources) {
      const issues = checkBody(KIND_INFO[r.kind].schema, r.body, r.api, 'request');
      expect(issues, `${r.address}`).toEqual([]);
      for (const s of r.setters) {
        const method = contract.resources[KIND_INFO[r.kind].collection]![s.method]!;
        expect(checkBody(method.request!, s.body, 'v1', 'request', 'body'), `${r.address} ${s.method}`).toEqual([]);
      }
      expect(r.body.name).toBe(r.name);
      expect(r.name).toMatch(/^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$/);
      for (const d of r.dependsOn) expect(lb.resources.some((x) => x.address === d), `${r.address} -> ${d}`).toBe(true);
    }
  });

  it.each(examples)('%s sets loadBalancingScheme EXTERNAL wherever it applies', (file) => {
    const lb = build(file);
    for (const r of [...byKind(lb, 'backendService'), ...byKind(lb, 'globalForwardingRule')]) expect(r.body.loadBalancingScheme).toBe('EXTERNAL');
  });

  it.each(examples)('%s compiles the same way twice (deterministic names and order)', (file) => {
    expect(JSON.stringify(build(file))).toBe(JSON.stringify(build(file)));
  });
});

describe('scenarios', () => {
  it('HTTP only: address, NEG, backend service, URL map, HTTP proxy, port-80 rule', () => {
    const lb = build('http.yaml');
    expect(lb.resources.map((r) => r.kind).sort()).toEqual(['backendService', 'globalAddress', 'globalForwardingRule', 'regionNetworkEndpointGroup', 'targetHttpProxy', 'urlMap']);
    expect(one(lb, 'globalAddress/example-ip').body).toMatchObject({ ipVersion: 'IPV4', addressType: 'EXTERNAL', networkTier: 'PREMIUM', labels: { 'managed-by': 'lb-plan', 'lb-plan-lb': 'serverless-lb' } });
    const [neg] = byKind(lb, 'regionNetworkEndpointGroup');
    expect(neg!.scope).toEqual({ type: 'region', region: 'us-central1' });
    expect(neg!.body).toMatchObject({ networkEndpointType: 'SERVERLESS', cloudRun: { service: 'helloworld' } });
    expect(neg!.name).toMatch(/^serverless-lb-hello-[0-9a-f]{8}$/);
    const bs = one(lb, 'backendService/serverless-lb-hello');
    expect(bs.body).toMatchObject({
      protocol: 'HTTP',
      enableCDN: false,
      iap: { enabled: false },
      logConfig: { enable: true, sampleRate: 1 },
      backends: [{ group: `${BASE}regions/us-central1/networkEndpointGroups/${neg!.name}` }],
    });
    for (const k of ['healthChecks', 'timeoutSec', 'portName', 'sessionAffinity', 'outlierDetection']) expect(bs.body).not.toHaveProperty(k);
    expect((bs.body.backends as object[])[0]).not.toHaveProperty('balancingMode');
    expect(one(lb, 'urlMap/serverless-lb').body).toMatchObject({ defaultService: `${BASE}global/backendServices/serverless-lb-hello` });
    expect(one(lb, 'targetHttpProxy/serverless-lb-http-proxy').body.urlMap).toBe(`${BASE}global/urlMaps/serverless-lb`);
    expect(one(lb, 'globalForwardingRule/serverless-lb-http').body).toMatchObject({
      IPAddress: `${BASE}global/addresses/example-ip`,
      IPProtocol: 'TCP',
      portRange: '80-80',
      networkTier: 'PREMIUM',
      target: `${BASE}global/targetHttpProxies/serverless-lb-http-proxy`,
    });
    expect(one(lb, 'globalForwardingRule/serverless-lb-http').dependsOn).toEqual(['globalAddress/example-ip', 'targetHttpProxy/serverless-lb-http-proxy']);
  });

  it('HTTPS with a managed certificate: port 443 only, certificate attached to the proxy', () => {
    const lb = build('https-managed.yaml');
    const [cert] = byKind(lb, 'sslCertificate');
    expect(cert!.body).toMatchObject({ type: 'MANAGED', managed: { domains: ['example.com', 'www.example.com'] } });
    expect(cert!.name).toMatch(/^serverless-lb-cert-[0-9a-f]{8}$/);
    expect(byKind(lb, 'targetHttpProxy')).toEqual([]);
    const proxy = one(lb, 'targetHttpsProxy/serverless-lb-https-proxy');
    expect(proxy.body).toMatchObject({ sslCertificates: [`${BASE}global/sslCertificates/${cert!.name}`], urlMap: `${BASE}global/urlMaps/serverless-lb`, quicOverride: 'NONE' });
    expect(proxy.dependsOn).toContain(cert!.address);
    expect(one(lb, 'globalForwardingRule/serverless-lb-https').body.portRange).toBe('443-443');
  });

  it('self-managed certificate and redirect: a redirect URL map on port 80 of the same address; key by reference', () => {
    const without = build('https-self-managed-redirect.yaml');
    const [cert] = byKind(without, 'sslCertificate');
    expect(cert!.body.type).toBe('SELF_MANAGED');
    expect(cert!.body.certificate).toBe(readFileSync('examples/certs/example.com.pem', 'utf8').trim() + '\n');
    expect(cert!.body).not.toHaveProperty('privateKey');
    expect(cert!.secrets).toEqual([{ field: ['privateKey'], ref: 'env:TLS_PRIVATE_KEY', sha256: undefined }]);
    const withKey = build('https-self-managed-redirect.yaml', { 'env:TLS_PRIVATE_KEY': 'PEM KEY' });
    const [cert2] = byKind(withKey, 'sslCertificate');
    expect(cert2!.body.privateKey).toBe('PEM KEY');
    expect(cert2!.name).toBe(cert!.name); // the name hashes the public certificate only
    expect(one(without, 'urlMap/serverless-lb-redirect').body).toMatchObject({
      defaultUrlRedirect: { httpsRedirect: true, redirectResponseCode: 'MOVED_PERMANENTLY_DEFAULT', stripQuery: false },
    });
    expect(one(without, 'urlMap/serverless-lb-redirect').body).not.toHaveProperty('defaultService');
    expect(one(without, 'targetHttpProxy/serverless-lb-http-proxy').body.urlMap).toBe(`${BASE}global/urlMaps/serverless-lb-redirect`);
    const http = one(without, 'globalForwardingRule/serverless-lb-http').body;
    const https = one(without, 'globalForwardingRule/serverless-lb-https').body;
    expect(http.IPAddress).toBe(https.IPAddress);
  });

  it('multi-region: one backend service, one NEG per region; IPv6 rules on a second address', () => {
    const lb = build('multi-region.yaml');
    const negs = byKind(lb, 'regionNetworkEndpointGroup');
    expect(negs.map((n) => n.scope)).toEqual(expect.arrayContaining([{ type: 'region', region: 'us-central1' }, { type: 'region', region: 'europe-west1' }]));
    expect(new Set(negs.map((n) => n.name)).size).toBe(2);
    expect((one(lb, 'backendService/serverless-lb-hello').body.backends as unknown[]).length).toBe(2);
    expect(one(lb, 'globalAddress/example-ipv6').body.ipVersion).toBe('IPV6');
    expect(one(lb, 'globalForwardingRule/serverless-lb-https-ipv6').body.IPAddress).toBe(`${BASE}global/addresses/example-ipv6`);
    expect(byKind(lb, 'globalForwardingRule').map((r) => r.name).sort()).toEqual(['serverless-lb-http', 'serverless-lb-http-ipv6', 'serverless-lb-https', 'serverless-lb-https-ipv6']);
    expect(one(lb, 'globalForwardingRule/serverless-lb-https').body.labels).toEqual({ team: 'web', 'managed-by': 'lb-plan', 'lb-plan-lb': 'serverless-lb' });
  });

  it('regional routing: host rules and path matchers to the EU and US backend services', () => {
    const body = one(build('regional-routing.yaml'), 'urlMap/regional-lb').body;
    expect(body.defaultService).toBe(`${BASE}global/backendServices/regional-lb-hello-us`);
    expect(body.hostRules).toEqual([
      { hosts: ['eu.example.com'], pathMatcher: 'eu-example-com' },
      { hosts: ['example.com'], pathMatcher: 'example-com' },
    ]);
    expect(body.pathMatchers).toEqual([
      { name: 'eu-example-com', defaultService: `${BASE}global/backendServices/regional-lb-hello-eu` },
      {
        name: 'example-com',
        defaultService: `${BASE}global/backendServices/regional-lb-hello-us`,
        pathRules: [{ paths: ['/eu', '/eu/*'], service: `${BASE}global/backendServices/regional-lb-hello-eu` }],
      },
    ]);
  });

  it('URL masks: the guide table for Cloud Run, and one for each other platform', () => {
    const masks = byKind(build('url-mask-cloud-run.yaml'), 'regionNetworkEndpointGroup').map((n) => (n.body.cloudRun as { urlMask: string }).urlMask);
    expect(masks.sort()).toEqual(['/<service>', '/home/<service>/<tag>', '<service>-home.example.com', '<tag>.<service>.example.com', '<tag>.example.com/home/<service>', 'example.com/<service>'].sort());
    const fn = byKind(build('url-mask-cloud-functions.yaml'), 'regionNetworkEndpointGroup');
    expect(fn.map((n) => n.body.cloudFunction)).toEqual([{ urlMask: '/<function>' }, { urlMask: '/<function>' }]);
    const ae = build('url-mask-app-engine.yaml');
    expect(byKind(ae, 'regionNetworkEndpointGroup').map((n) => n.body.appEngine)).toEqual(expect.arrayContaining([{ urlMask: '<version>.example.com/<service>' }, { service: 'admin', version: 'v2' }]));
    const gw = byKind(build('url-mask-api-gateway.yaml'), 'regionNetworkEndpointGroup');
    expect(gw.every((n) => n.api === 'beta')).toBe(true);
    expect(gw.map((n) => n.body.serverlessDeployment)).toEqual(
      expect.arrayContaining([
        { platform: 'apigateway.googleapis.com', urlMask: '/<gateway>' },
        { platform: 'apigateway.googleapis.com', resource: 'orders-gateway' },
      ]),
    );
  });

  it('API Gateway bodies are refused by the v1 contract, accepted by beta', () => {
    const [neg] = byKind(build('url-mask-api-gateway.yaml'), 'regionNetworkEndpointGroup');
    expect(checkBody('NetworkEndpointGroup', neg!.body, 'v1', 'request').map((i) => i.reason)).toEqual(['unknownField']);
    expect(checkBody('NetworkEndpointGroup', neg!.body, 'beta', 'request')).toEqual([]);
  });

  it('CDN: enableCDN with the cache policy; logging sampled', () => {
    const body = one(build('cdn.yaml'), 'backendService/cdn-lb-static').body;
    expect(body).toMatchObject({ enableCDN: true, cdnPolicy: { cacheMode: 'CACHE_ALL_STATIC', defaultTtl: 3600, maxTtl: 86400, clientTtl: 3600, negativeCaching: true }, logConfig: { enable: true, sampleRate: 0.5 } });
  });

  it('IAP: enabled with the client id; the secret only when resolved, and its hash', () => {
    const unresolved = one(build('iap.yaml'), 'backendService/internal-tools-tools');
    expect(unresolved.body.iap).toEqual({ enabled: true, oauth2ClientId: '123456789012-abc.apps.googleusercontent.com' });
    const resolved = one(build('iap.yaml', { 'env:IAP_CLIENT_SECRET': 'shh' }), 'backendService/internal-tools-tools');
    expect((resolved.body.iap as { oauth2ClientSecret: string }).oauth2ClientSecret).toBe('shh');
    expect(resolved.secrets).toEqual([{ field: ['iap', 'oauth2ClientSecret'], ref: 'env:IAP_CLIENT_SECRET', sha256: createHash('sha256').update('shh').digest('hex') }]);
    expect(resolved.secrets[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(resolved.body.enableCDN).toBe(false);
  });

  it('Cloud Armor: an owned rate-limit policy attached with setSecurityPolicy; an existing one only referenced', () => {
    const lb = build('cloud-armor.yaml');
    const policy = one(lb, 'securityPolicy/armored-lb-web-armor');
    expect(policy.body.rules).toEqual([
      expect.objectContaining({ priority: 1000, action: 'throttle', rateLimitOptions: expect.objectContaining({ enforceOnKey: 'IP', rateLimitThreshold: { count: 100, intervalSec: 60 } }) }),
      expect.objectContaining({ priority: 2147483647, action: 'allow', match: { versionedExpr: 'SRC_IPS_V1', config: { srcIpRanges: ['*'] } } }),
    ]);
    const web = one(lb, 'backendService/armored-lb-web');
    expect(web.dependsOn).toContain(policy.address);
    expect(web.body).not.toHaveProperty('securityPolicy'); // output-only on the resource
    expect(web.setters).toEqual([{ field: 'securityPolicy', method: 'setSecurityPolicy', body: { securityPolicy: `${BASE}global/securityPolicies/armored-lb-web-armor` } }]);
    const api = one(lb, 'backendService/armored-lb-api');
    expect(api.references).toEqual([{ kind: 'securityPolicy', name: 'corp-waf-policy', source: ['backends', 'api', 'securityPolicy', 'existing'] }]);
    expect(api.body.logConfig).toEqual({ enable: false });
    expect(lb.resources.some((r) => r.name === 'corp-waf-policy')).toBe(false);
    expect(byKind(lb, 'sslCertificate')).toHaveLength(2);
  });

  it('BYOIP: the literal IP on both rules, no address resource; an existing certificate only referenced', () => {
    const lb = build('byoip.yaml');
    expect(byKind(lb, 'globalAddress')).toEqual([]);
    expect(byKind(lb, 'sslCertificate')).toEqual([]);
    for (const fr of byKind(lb, 'globalForwardingRule')) expect(fr.body.IPAddress).toBe('203.0.113.10');
    const proxy = one(lb, 'targetHttpsProxy/byoip-lb-https-proxy');
    expect(proxy.body.sslCertificates).toEqual([`${BASE}global/sslCertificates/www-example-com-2026`]);
    expect(proxy.body.quicOverride).toBe('ENABLE');
    expect(proxy.references.map((r) => r.name)).toEqual(['www-example-com-2026']);
    expect(byKind(lb, 'regionNetworkEndpointGroup')[0]!.body.cloudRun).toEqual({ service: 'web', tag: 'stable' });
  });

  it('every owned resource carries the ownership marker in its description', () => {
    for (const file of examples) {
      for (const r of build(file).resources) expect(String(r.body.description)).toMatch(/\[managed by lb-plan: [a-z-]+\]$/);
    }
  });
});

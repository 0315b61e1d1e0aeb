/**
 * The review of each change (src/plan/review/index.ts): where a resource sits in the manifest, how a
 * replacement is carried out, what drifted told apart from what the manifest edits, and why DNS
 * records belong in a plan. Hand-built changes; the expected words are written out here.
 */
import { describe, expect, it } from 'vitest';
import type { CompiledLoadBalancer, DesiredResource } from '../../src/compile/index.js';
import type { ResourceKind } from '../../src/model/kinds.js';
import type { Plan, ResourceChange, Step } from '../../src/plan/index.js';
import { dnsWhy, placeOf, reviewChanges } from '../../src/plan/review/index.js';

const GLOBAL = { type: 'global' } as const;
const NEG = (name: string): string => `projects/p/regions/us-central1/networkEndpointGroups/${name}`;

function change(kind: ResourceKind, name: string, action: ResourceChange['action'], extra: Partial<ResourceChange> = {}): ResourceChange {
  return { address: `${kind}/${name}`, kind, scope: GLOBAL, name, action, reason: 'because', forcesReplacement: [], changes: [], downtime: false, ...extra };
}

function desired(kind: ResourceKind, name: string, body: Record<string, unknown>): DesiredResource {
  return { address: `${kind}/${name}`, kind, scope: GLOBAL, name, api: 'v1', body, secrets: [], setters: [], dependsOn: [], references: [], source: [] };
}

const lb = (...resources: DesiredResource[]): CompiledLoadBalancer => ({ name: 'shop', project: 'p', resources, serverless: [] });

const reviewOf = (c: ResourceChange, compiled = lb(), steps: Step[] = [], others: ResourceChange[] = []): NonNullable<ResourceChange['review']> => reviewChanges(compiled, [c, ...others], steps)[0]!.review!;

describe('placeOf: the part and the manifest name of each resource', () => {
  it('backends, certificates, routing and the frontend, by kind and name', () => {
    const place = (kind: ResourceKind, name: string): string => Object.values(placeOf('shop', kind, name)).join(' | ');
    expect(place('regionNetworkEndpointGroup', 'shop-web-1a2b3c4d')).toBe('backends | backends.web');
    expect(place('backendService', 'shop-api')).toBe('backends | backends.api');
    expect(place('securityPolicy', 'shop-web-armor')).toBe('backends | backends.web.securityPolicy');
    expect(place('securityPolicy', 'other-web-armor')).toBe('backends | Cloud Armor policy other-web-armor');
    expect(place('securityPolicy', 'shop-web-policy')).toBe('backends | Cloud Armor policy shop-web-policy');
    expect(place('sslCertificate', 'shop-cert-1a2b3c4d')).toBe('certificates | certificate shop-cert');
    expect(place('urlMap', 'shop')).toBe('routing | routing');
    expect(place('urlMap', 'shop-redirect')).toBe('frontend | frontend.https.redirectHttp');
    expect(place('targetHttpProxy', 'shop-http-proxy')).toBe('frontend | frontend: HTTP proxy');
    expect(place('targetHttpsProxy', 'shop-https-proxy')).toBe('frontend | frontend.https: HTTPS proxy');
    expect(place('globalForwardingRule', 'shop-https')).toBe('frontend | frontend: HTTPS forwarding rule');
    expect(place('globalForwardingRule', 'shop-https-ipv6')).toBe('frontend | frontend: HTTPS forwarding rule (IPv6)');
    expect(place('globalForwardingRule', 'shop-http')).toBe('frontend | frontend: HTTP forwarding rule');
    expect(place('globalForwardingRule', 'shop-http-ipv6')).toBe('frontend | frontend: HTTP forwarding rule (IPv6)');
    expect(place('globalAddress', 'shop-ip')).toBe('frontend | frontend address shop-ip');
  });
});

describe('reviewChanges: the words and how of each change', () => {
  it('a create in full, its NEGs named by what they serve (the manifest first, then the plan)', () => {
    const backend = change('backendService', 'shop-web', 'create', { after: { backends: [{ group: NEG('shop-web-1a2b3c4d') }, { group: NEG('shop-web-5e6f7a8b') }] } });
    const fromManifest = desired('regionNetworkEndpointGroup', 'shop-web-1a2b3c4d', { cloudRun: { service: 'web' } });
    const liveNeg = change('regionNetworkEndpointGroup', 'shop-web-1a2b3c4d', 'update', { before: { cloudRun: { service: 'old' } }, after: { cloudRun: { service: 'web' } } });
    const createdNeg = change('regionNetworkEndpointGroup', 'shop-web-5e6f7a8b', 'create', { after: { cloudRun: { service: 'web2' } } });
    const r = reviewOf(backend, lb(fromManifest), [], [liveNeg, createdNeg]);
    expect(r).toEqual({
      part: 'backends',
      subject: 'backends.web',
      lines: ['serves from: us-central1 (NEG shop-web-1a2b3c4d → Cloud Run service web); us-central1 (NEG shop-web-5e6f7a8b → Cloud Run service web2)', 'CDN: off', 'IAP: off', 'logging: off', 'Cloud Armor: none'],
      drift: [],
    });
    // Without the manifest's NEG, the live one's before names it.
    expect(reviewOf(backend, lb(), [], [liveNeg]).lines[0]).toBe('serves from: us-central1 (NEG shop-web-1a2b3c4d → Cloud Run service old); us-central1 (NEG shop-web-5e6f7a8b)');
  });

  it('a delete shows what goes; the old half of a replacement says by what', () => {
    expect(reviewOf(change('globalAddress', 'shop-ip', 'delete', { before: { ipVersion: 'IPV4', address: '203.0.113.7' } }))).toEqual({ part: 'frontend', subject: 'frontend address shop-ip', lines: ['reserved IPv4 address shop-ip 203.0.113.7'], drift: [] });
    const old = change('sslCertificate', 'shop-cert-e9e9e9e9', 'delete', { replacedBy: 'sslCertificate/shop-cert-2b2b2b2b', before: { type: 'MANAGED', managed: { domains: ['a.example.com'] } } });
    expect(reviewOf(old)).toEqual({ part: 'certificates', subject: 'certificate shop-cert', lines: [], drift: [], how: 'replaced by shop-cert-2b2b2b2b' });
  });

  it('how a replacement is carried out: a certificate kept until ACTIVE or detached at once; create-first; delete-and-recreate with or without downtime', () => {
    const cert = change('sslCertificate', 'shop-cert-2b2b2b2b', 'replace', {
      replaces: 'sslCertificate/shop-cert-e9e9e9e9',
      before: { type: 'MANAGED', managed: { domains: ['a.example.com'] } },
      after: { type: 'MANAGED', managed: { domains: ['a.example.com', 'b.example.com'] } },
    });
    const wait = (address: string): Step => ({ id: `wait:${address}`, address, kind: 'sslCertificate', scope: GLOBAL, name: 'x', api: 'v1', operation: { type: 'waitCertificateActive' }, summary: 'wait' });
    const insert: Step = { ...wait(cert.address), operation: { type: 'insert', body: {} } };
    expect(reviewOf(cert, lb(), [insert, wait(cert.address)])).toEqual({ part: 'certificates', subject: 'certificate shop-cert', lines: ['+ b.example.com'], drift: [], how: 'replaced; the old one (shop-cert-e9e9e9e9) is kept until the new one is ACTIVE' });
    expect(reviewOf(cert, lb(), [insert, wait('sslCertificate/other')]).how).toBe('replaced; the old one (shop-cert-e9e9e9e9) is detached at once');
    const neg = change('regionNetworkEndpointGroup', 'shop-web-22222222', 'replace', { replaces: 'regionNetworkEndpointGroup/us-central1/shop-web-11111111', before: { cloudRun: { service: 'a' } }, after: { cloudRun: { service: 'b' } } });
    expect(reviewOf(neg)).toEqual({ part: 'backends', subject: 'backends.web', lines: ['serves: Cloud Run service b (was Cloud Run service a)'], drift: [], how: 'replaced: the new one is created first, then shop-web-11111111 is deleted' });
    const fr = (downtime: boolean): ResourceChange => change('globalForwardingRule', 'shop-https', 'replace', { forcesReplacement: ['IPAddress', 'portRange'], downtime, before: { IPAddress: '1.2.3.4' }, after: { IPAddress: '5.6.7.8' } });
    expect(reviewOf(fr(true)).how).toBe('deleted and recreated (IPAddress, portRange cannot change in place): traffic stops meanwhile');
    expect(reviewOf(fr(false)).how).toBe('deleted and recreated (IPAddress, portRange cannot change in place)');
    expect(reviewOf(fr(false)).lines).toEqual(['IPAddress: "5.6.7.8" (was "1.2.3.4")']);
  });

  it('an adoption says whether lb-plan writes to it; an update has no how', () => {
    const adopted = change('globalAddress', 'shop-ip', 'adopt', { before: { description: 'x' }, after: { description: 'x [managed by lb-plan: shop]' } });
    expect(reviewOf(adopted)).toEqual({ part: 'frontend', subject: 'frontend address shop-ip', lines: [], drift: [], how: 'taken over as listed in metadata.adopt: lb-plan writes its ownership marker and labels' });
    expect(reviewOf({ ...adopted, listed: true }).how).toBe('owned by listing in metadata.adopt (it cannot carry the marker); nothing is written to it');
    const updated = reviewOf(change('backendService', 'shop-web', 'update', { before: { enableCDN: false }, after: { enableCDN: true } }));
    expect(updated).toEqual({ part: 'backends', subject: 'backends.web', lines: ['CDN: on (was off)'], drift: [] });
    expect('how' in updated).toBe(false);
  });

  it('drift (fields changed outside lb-plan) is told apart from what the manifest edits, by top-level field', () => {
    const c = change('backendService', 'shop-web', 'update', {
      before: { enableCDN: true, logConfig: { enable: false }, securityPolicy: 'projects/p/global/securityPolicies/x', backends: [{ group: NEG('shop-web-1a2b3c4d') }] },
      after: { enableCDN: false, logConfig: { enable: true }, backends: [{ group: NEG('shop-web-99999999') }] },
      drift: ['enableCDN', 'securityPolicy', 'backends[0].group'],
    });
    expect(reviewOf(c)).toEqual({
      part: 'backends',
      subject: 'backends.web',
      lines: ['logging: on (was off)'],
      drift: ['region us-central1: now us-central1 (NEG shop-web-99999999) (was NEG shop-web-1a2b3c4d)', 'CDN: off (was on)', 'Cloud Armor: none (was policy x)'],
    });
    expect(reviewOf({ ...c, drift: ['logConfig.enable'] })).toEqual({
      part: 'backends',
      subject: 'backends.web',
      lines: ['region us-central1: now us-central1 (NEG shop-web-99999999) (was NEG shop-web-1a2b3c4d)', 'CDN: off (was on)', 'Cloud Armor: none (was policy x)'],
      drift: ['logging: on (was off)'],
    });
  });
});

describe('dnsWhy: why the DNS records belong in this plan', () => {
  const base: Pick<Plan, 'resources' | 'certificates' | 'dns'> = { resources: [], certificates: [], dns: [{ name: 'shop.example.com', type: 'A', value: '203.0.113.7' }] };
  it('a new IP, new certificate domains, a certificate not ACTIVE; otherwise nothing', () => {
    expect(dnsWhy({ ...base, dns: [], resources: [change('globalAddress', 'ip', 'create')] })).toBeUndefined();
    expect(dnsWhy({ ...base, resources: [change('globalAddress', 'ip', 'create')] })).toBe('the load balancer gets a new IP address');
    expect(dnsWhy({ ...base, resources: [change('globalForwardingRule', 'shop-https', 'replace')] })).toBe('the load balancer gets a new IP address');
    expect(dnsWhy({ ...base, resources: [change('globalForwardingRule', 'shop-https', 'update'), change('globalAddress', 'ip', 'delete')] })).toBeUndefined();
    expect(dnsWhy({ ...base, resources: [change('sslCertificate', 'c-1a2b3c4d', 'create'), change('backendService', 'b', 'create')] })).toBe('certificate domains change');
    expect(dnsWhy({ ...base, resources: [change('sslCertificate', 'c-1a2b3c4d', 'replace')] })).toBe('certificate domains change');
    expect(dnsWhy({ ...base, resources: [change('sslCertificate', 'c-1a2b3c4d', 'delete'), change('urlMap', 'shop', 'create')] })).toBeUndefined();
    const certificates = [
      { name: 'c1', domains: ['a.example.com'], status: 'PROVISIONING' },
      { name: 'c2', domains: ['b.example.com'], status: 'ACTIVE' },
      { name: 'c3', domains: ['c.example.com'], status: 'FAILED_NOT_VISIBLE' },
    ];
    expect(dnsWhy({ ...base, certificates })).toBe('c1 is PROVISIONING, c3 is FAILED_NOT_VISIBLE: GCP issues a managed certificate only once its domains point here');
    expect(dnsWhy({ ...base, certificates: [certificates[1]!] })).toBeUndefined();
  });
});

describe('reviewChanges: NEG names shared with resources of other kinds', () => {
  // GCP names are unique per collection only: an adopted NEG may share its name with a backend service.
  const backend = change('backendService', 'x', 'create', { after: { backends: [{ group: NEG('x') }] } });

  it("a manifest NEG's words are kept even when another desired resource has its name", () => {
    const compiled = lb(desired('regionNetworkEndpointGroup', 'x', { cloudRun: { service: 'web' } }), desired('backendService', 'x', {}));
    expect(reviewOf(backend, compiled).lines[0]).toBe('serves from: us-central1 (NEG x → Cloud Run service web)');
  });

  it("a planned NEG's words are kept even when another change has its name first", () => {
    const neg = change('regionNetworkEndpointGroup', 'x', 'create', { after: { cloudRun: { service: 'web' } } });
    expect(reviewOf(backend, lb(), [], [neg]).lines[0]).toBe('serves from: us-central1 (NEG x → Cloud Run service web)');
  });
});

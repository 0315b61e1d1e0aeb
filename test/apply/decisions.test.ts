/**
 * The decisions apply makes on GCP's answers, on src/ directly (the CLI process tests in busy.test.ts
 * run the built bundle): which failed operations are tried again (operation-retry.ts), what a managed
 * certificate's state means and what to do about it (certificate-states.ts), what a step may touch
 * right before it runs (recheck.ts), and the outputs after an apply (outputs.ts). Expected messages
 * are written out here, from the states' meanings in gcp-behaviour.md §3.6.
 */
import { describe, expect, it } from 'vitest';
import { certificateVerdict, domainAdvice } from '../../src/apply/certificate-states.js';
import { retryOperation } from '../../src/apply/operation-retry.js';
import { lbOutputs } from '../../src/apply/outputs.js';
import { secretAllowedAt, SHA256_HEX, targetProblem } from '../../src/apply/recheck.js';
import type { LiveResource, LiveState } from '../../src/gcp/read.js';
import type { Plan, Step } from '../../src/plan/index.js';

describe('retryOperation: an operation that ended with an error is tried again only for passing causes', () => {
  it('RESOURCE_NOT_READY and INTERNAL_ERROR: again, however many attempts (the step budget bounds them)', () => {
    for (const code of ['RESOURCE_NOT_READY', 'INTERNAL_ERROR']) {
      for (const method of ['insert', 'patch', 'delete']) {
        expect(retryOperation(code, method, 1)).toBe(true);
        expect(retryOperation(code, method, 1_000)).toBe(true);
      }
    }
  });
  it('RESOURCE_IN_USE_BY_ANOTHER_RESOURCE: only a delete, and only on attempts 1 to 3 (a detach may still be propagating)', () => {
    expect([1, 2, 3, 4, 5].map((a) => retryOperation('RESOURCE_IN_USE_BY_ANOTHER_RESOURCE', 'delete', a))).toEqual([true, true, true, false, false]);
    expect(retryOperation('RESOURCE_IN_USE_BY_ANOTHER_RESOURCE', 'insert', 1)).toBe(false);
    expect(retryOperation('RESOURCE_IN_USE_BY_ANOTHER_RESOURCE', 'setUrlMap', 1)).toBe(false);
  });
  it('anything else, no code at all, or a name of an object property: never', () => {
    for (const code of [undefined, '', 'QUOTA_EXCEEDED', 'INVALID_FIELD_VALUE', 'RESOURCE_NOT_FOUND', 'toString', 'constructor']) expect(retryOperation(code, 'insert', 1)).toBe(false);
  });
});

describe("domainAdvice: what to do about one failing domain of a managed certificate", () => {
  const dns = [
    { name: 'www.example.com', type: 'A' as const, value: '34.1.2.3' },
    { name: 'www.example.com', type: 'AAAA' as const, value: '2600:1901::1' },
    { name: 'api.example.com', type: 'A' as const, value: '34.1.2.3' },
  ];
  it('FAILED_NOT_VISIBLE: the DNS records of that domain, one or several, or the generic record when none is known', () => {
    expect(domainAdvice('www.example.com', 'FAILED_NOT_VISIBLE', dns)).toBe('www.example.com does not resolve to the load balancer yet: create the DNS records www.example.com A 34.1.2.3, www.example.com AAAA 2600:1901::1');
    expect(domainAdvice('api.example.com', 'FAILED_NOT_VISIBLE', dns)).toBe('api.example.com does not resolve to the load balancer yet: create the DNS record api.example.com A 34.1.2.3');
    expect(domainAdvice('new.example.com', 'FAILED_NOT_VISIBLE', dns)).toBe("new.example.com does not resolve to the load balancer yet: create the DNS records new.example.com A <the load balancer's IP>");
  });
  it('the CAA states and the rate limit each say their fix; an unknown state is named as it is', () => {
    expect(domainAdvice('x.example.com', 'FAILED_CAA_CHECKING', [])).toBe('the CAA lookup for x.example.com failed: make sure its DNS servers answer CAA queries');
    expect(domainAdvice('x.example.com', 'FAILED_CAA_FORBIDDEN', [])).toBe(`a CAA record on x.example.com forbids Google's certificate authorities: add CAA records 0 issue "pki.goog" and 0 issue "letsencrypt.org", or remove the CAA record`);
    expect(domainAdvice('x.example.com', 'FAILED_RATE_LIMITED', [])).toBe("the certificate authority's rate limit for x.example.com's registered domain was reached: wait a few hours, then apply again");
    expect(domainAdvice('x.example.com', 'FAILED_SOMETHING_NEW', [])).toBe('x.example.com is FAILED_SOMETHING_NEW');
  });
});

describe("certificateVerdict: a managed certificate's state as someone waiting on it reads it", () => {
  const managed = (status: string | undefined, domainStatus?: Record<string, string>) => ({ type: 'MANAGED', managed: { domains: Object.keys(domainStatus ?? { 'a.example.com': '' }), ...(status ? { status } : {}), ...(domainStatus ? { domainStatus } : {}) } });
  const caa = 'a.example.com: FAILED_CAA_CHECKING — the CAA lookup for a.example.com failed: make sure its DNS servers answer CAA queries';

  it('a self-managed certificate, and a managed one that is ACTIVE: active', () => {
    expect(certificateVerdict('c', { type: 'SELF_MANAGED' }, [])).toEqual({ kind: 'active' });
    expect(certificateVerdict('c', managed('ACTIVE', { 'a.example.com': 'FAILED_CAA_CHECKING' }), [])).toEqual({ kind: 'active' });
  });
  it('right after insert GCP shows no status: pending as PROVISIONING, saying it starts once a forwarding rule serves it', () => {
    expect(certificateVerdict('c', { type: 'MANAGED' }, [])).toEqual({ kind: 'pending', status: 'PROVISIONING', message: 'certificate c has no status yet (GCP starts provisioning once a forwarding rule serves it)' });
  });
  it('PROVISIONING: pending; with the failing domains and their fix when GCP names any, only FAILED_ ones', () => {
    expect(certificateVerdict('c', managed('PROVISIONING', { 'a.example.com': 'PROVISIONING' }), [])).toEqual({ kind: 'pending', status: 'PROVISIONING', message: 'certificate c is PROVISIONING', advice: undefined });
    expect(certificateVerdict('c', managed('PROVISIONING', { 'a.example.com': 'FAILED_CAA_CHECKING', 'b.example.com': 'ACTIVE' }), [])).toEqual({ kind: 'pending', status: 'PROVISIONING', message: `certificate c is PROVISIONING: ${caa}`, advice: caa });
  });
  it('several failing domains are joined with "; "', () => {
    const v = certificateVerdict('c', managed('PROVISIONING', { 'a.example.com': 'FAILED_CAA_CHECKING', 'b.example.com': 'FAILED_RATE_LIMITED' }), []);
    expect(v).toMatchObject({ advice: `${caa}; b.example.com: FAILED_RATE_LIMITED — the certificate authority's rate limit for b.example.com's registered domain was reached: wait a few hours, then apply again` });
  });
  it('PROVISIONING_FAILED: failed, Google retries for a while; the DNS or load balancer cause when no domain says more', () => {
    expect(certificateVerdict('c', managed('PROVISIONING_FAILED'), [])).toEqual({ kind: 'failed', message: 'provisioning of certificate c failed (a DNS or load balancer problem); Google retries for a while: fix it, then apply again' });
    expect(certificateVerdict('c', managed('PROVISIONING_FAILED', { 'a.example.com': 'FAILED_CAA_CHECKING' }), [])).toEqual({ kind: 'failed', message: `provisioning of certificate c failed (${caa}); Google retries for a while: fix it, then apply again` });
  });
  it('PROVISIONING_FAILED_PERMANENTLY: failed, GCP will not retry, a new certificate is needed', () => {
    const tail = ": GCP will not retry it; fix the cause, then change the certificate's domains or name in the manifest so a new one is created";
    expect(certificateVerdict('c', managed('PROVISIONING_FAILED_PERMANENTLY'), [])).toEqual({ kind: 'failed', message: `certificate c failed permanently${tail}` });
    expect(certificateVerdict('c', managed('PROVISIONING_FAILED_PERMANENTLY', { 'a.example.com': 'FAILED_CAA_CHECKING' }), [])).toEqual({ kind: 'failed', message: `certificate c failed permanently (${caa})${tail}` });
  });
  it('RENEWAL_FAILED: failed, the current certificate still serves', () => {
    expect(certificateVerdict('c', managed('RENEWAL_FAILED'), [])).toEqual({ kind: 'failed', message: 'renewal of certificate c failed; the current certificate still serves but expires soon' });
    expect(certificateVerdict('c', managed('RENEWAL_FAILED', { 'a.example.com': 'FAILED_CAA_CHECKING' }), [])).toEqual({ kind: 'failed', message: `renewal of certificate c failed (${caa}); the current certificate still serves but expires soon` });
  });
});

/** A live resource owned by load balancer `lb` through its description marker (the format names.ts writes). */
function live(kind: LiveResource['kind'], name: string, body: Record<string, unknown>, lb = 'web'): LiveResource {
  return { address: `${kind}/${name}`, kind, scope: { type: 'global' }, name, body: { name, description: `[managed by lb-plan: ${lb}]`, ...body } as LiveResource['body'] };
}
const state = (...rs: LiveResource[]): LiveState => ({ project: 'p', resources: new Map(rs.map((r) => [r.address, r])), requests: 0 });

describe('lbOutputs: what a user needs after an apply, from the live state', () => {
  it('IPs by version with their ports, A and AAAA records per certificate domain, URLs to test; another load balancer and unowned resources left out', () => {
    const out = lbOutputs(
      'web',
      state(
        live('globalForwardingRule', 'web-https', { IPAddress: '34.1.2.3', portRange: '443-443' }),
        live('globalForwardingRule', 'web-http', { IPAddress: '34.1.2.3', portRange: '80-80' }),
        live('globalForwardingRule', 'web-https6', { IPAddress: '2600:1901::1', portRange: '443-443' }),
        live('globalForwardingRule', 'web-noip', {}),
        live('globalForwardingRule', 'api-http', { IPAddress: '34.9.9.9', portRange: '80-80' }, 'api'),
        { ...live('globalForwardingRule', 'stray', { IPAddress: '34.8.8.8', portRange: '80-80' }), body: { name: 'stray', IPAddress: '34.8.8.8', portRange: '80-80' } as LiveResource['body'] },
        live('sslCertificate', 'web-cert-1', { type: 'MANAGED', managed: { domains: ['www.example.com', 'b.example.com'], status: 'ACTIVE' } }),
        live('sslCertificate', 'web-cert-2', { type: 'MANAGED', managed: { domains: ['www.example.com'] } }),
        live('sslCertificate', 'web-own', { type: 'SELF_MANAGED' }),
      ),
    );
    expect(out.addresses).toEqual([
      { ip: '34.1.2.3', version: 'IPv4', ports: ['443', '80'] },
      { ip: '2600:1901::1', version: 'IPv6', ports: ['443'] },
    ]);
    expect(out.certificates).toEqual([
      { name: 'web-cert-1', domains: ['www.example.com', 'b.example.com'], status: 'ACTIVE' },
      { name: 'web-cert-2', domains: ['www.example.com'], status: 'PROVISIONING' },
    ]);
    expect(out.dns).toEqual([
      { name: 'b.example.com', type: 'A', value: '34.1.2.3' },
      { name: 'b.example.com', type: 'AAAA', value: '2600:1901::1' },
      { name: 'www.example.com', type: 'A', value: '34.1.2.3' },
      { name: 'www.example.com', type: 'AAAA', value: '2600:1901::1' },
    ]);
    expect(out.urls).toEqual(['http://34.1.2.3', 'https://34.1.2.3', 'https://[2600:1901::1]', 'https://b.example.com', 'https://www.example.com']);
  });
  it('IPv4 addresses sorted by address; a managed certificate without domains has none', () => {
    const out = lbOutputs('web', state(live('globalForwardingRule', 'b', { IPAddress: '34.2.0.0', portRange: '80-80' }), live('globalForwardingRule', 'a', { IPAddress: '34.10.0.0', portRange: '80-80' }), live('sslCertificate', 'c', { type: 'MANAGED', managed: {} })));
    expect(out.addresses.map((a) => a.ip)).toEqual(['34.10.0.0', '34.2.0.0']);
    expect(out.certificates).toEqual([{ name: 'c', domains: [], status: 'PROVISIONING' }]);
    expect(out.dns).toEqual([]);
    expect(out.urls).toEqual(['http://34.10.0.0', 'http://34.2.0.0']);
  });
});

describe('targetProblem: right before a step changes or deletes a resource, it is still the one planned, and ours', () => {
  const step = (kind: Step['kind'], name: string) => ({ id: `patch:${kind}/${name}`, address: `${kind}/${name}`, kind, name, operation: { type: 'call', method: 'patch', body: {} } }) as unknown as Step;
  const plan = (observed: { address: string; id?: string }[], resources: { address: string; action: string }[] = []) => ({ manifest: { name: 'web' }, observed, resources }) as unknown as Plan;
  const um = step('urlMap', 'web');

  it('gone since the plan: "no longer exists; plan again"', () => {
    expect(targetProblem(plan([]), um, undefined)).toBe('urlMap/web no longer exists; plan again');
  });
  it('deleted and created again (another id): named with both ids', () => {
    expect(targetProblem(plan([{ address: 'urlMap/web', id: '111' }]), um, { id: '222', description: '[managed by lb-plan: web]' })).toBe(
      'urlMap/web was deleted and created again by someone else since the plan was made (id 222, the plan saw 111); plan again',
    );
  });
  it('the same id (GCP answers ids as strings or numbers), owned by this load balancer: no problem', () => {
    expect(targetProblem(plan([{ address: 'urlMap/web', id: '111' }]), um, { id: 111, description: '[managed by lb-plan: web]' })).toBeUndefined();
    expect(targetProblem(plan([]), um, { id: '5', description: '[managed by lb-plan: web]' })).toBeUndefined();
  });
  it("another load balancer's, or nobody's: refused, saying whose", () => {
    expect(targetProblem(plan([]), um, { description: '[managed by lb-plan: api]' })).toBe('urlMap/web belongs to load balancer "api"; lb-plan will not touch it');
    expect(targetProblem(plan([]), um, { description: 'made by hand' })).toBe('urlMap/web is not owned by lb-plan for "web"; lb-plan will not change or delete it');
  });
  it("an adoption may take a resource nobody owns, and an address handed over by another load balancer; never another's URL map", () => {
    const adopt = (address: string) => plan([], [{ address, action: 'adopt' }]);
    expect(targetProblem(adopt('urlMap/web'), um, { description: 'made by hand' })).toBeUndefined();
    expect(targetProblem(adopt('urlMap/web'), um, { description: '[managed by lb-plan: api]' })).toBe('urlMap/web belongs to load balancer "api"; lb-plan will not touch it');
    const ip = step('globalAddress', 'web-ip');
    expect(targetProblem(adopt('globalAddress/web-ip'), ip, { description: '[managed by lb-plan: api]' })).toBeUndefined();
    expect(targetProblem(plan([], [{ address: 'globalAddress/web-ip', action: 'update' }]), ip, { description: '[managed by lb-plan: api]' })).toBe('globalAddress/web-ip belongs to load balancer "api"; lb-plan will not touch it');
    expect(targetProblem(adopt('globalAddress/other'), ip, { description: 'made by hand' })).toBe('globalAddress/web-ip is not owned by lb-plan for "web"; lb-plan will not change or delete it');
  });
});

describe('secretAllowedAt: where a step body may hold a secret', () => {
  const s = (kind: string) => ({ kind }) as unknown as Step;
  it("a self-managed certificate's privateKey and a backend service's IAP client secret; nothing else", () => {
    expect(secretAllowedAt(s('sslCertificate'), ['privateKey'])).toBe(true);
    expect(secretAllowedAt(s('backendService'), ['iap', 'oauth2ClientSecret'])).toBe(true);
    expect(secretAllowedAt(s('backendService'), ['privateKey'])).toBe(false);
    expect(secretAllowedAt(s('sslCertificate'), ['certificate'])).toBe(false);
    expect(secretAllowedAt(s('backendService'), ['iap'])).toBe(false);
    expect(secretAllowedAt(s('urlMap'), ['description'])).toBe(false);
  });
  it('SHA256_HEX is 64 lowercase hex digits, whole', () => {
    expect(SHA256_HEX.test('0'.repeat(64))).toBe(true);
    for (const bad of ['0'.repeat(63), '0'.repeat(65), 'A'.repeat(64), `x${'0'.repeat(64)}`]) expect(SHA256_HEX.test(bad)).toBe(false);
  });
});

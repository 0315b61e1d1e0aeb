/**
 * More of the emulator's rules for SSL certificates and target proxies (src/emulator/kinds/certificate.ts,
 * proxies.ts), over real HTTP with the real client. The oracles, none of them the emulator's code:
 * - the Compute contract (compute-lb-subset.json): each schema's `kind` default; SslCertificate.subjectAlternativeNames
 *   "Domains associated with the certificate via Subject Alternative Name"; TargetHttp(s)Proxy.fingerprint "An
 *   up-to-date fingerprint must be provided in order to patch … otherwise, the request will fail with error 412
 *   conditionNotMet";
 * - gcp-behaviour.md §2.2: the in-use error names the kind in snake_case singular; a 412 without a fingerprint is
 *   "Precondition Failed", with a stale one "Invalid fingerprint.";
 * - RFC 1035 §2.3.1/§2.3.4 and RFC 1123 §2.1 for what a domain name is (labels of letters, digits and inner hyphens,
 *   one character allowed; at most 253 characters written out);
 * - the guide (classic-alb-serverless-backends.md, "will not be provisioned until you update your DNS records to point
 *   to the load balancer"): a managed certificate is provisioned only while a load balancer serves it, and the
 *   status meanings of §3.6 (ACTIVE: "a certificate has been provisioned").
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { EmulatorConfig } from '../../src/emulator/config.js';
import { apiError, harness, type Harness, link, neg, negLink, P } from '../helpers/emulator.js';

const tmp = mkdtempSync(join(tmpdir(), 'lb-plan-cert-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A NEG, a backend service and URL map `map`, an HTTP proxy `hp` and managed certificates named after `domains`. */
async function lb(config: Partial<EmulatorConfig> = {}, domains: Record<string, string> = { cert: 'example.com' }, stateFile?: string): Promise<Harness> {
  const h = await harness(config, { stateFile });
  await h.v1.regionNetworkEndpointGroups.insert(neg('neg'));
  await h.v1.backendServices.insert({ project: P, requestBody: { name: 'web', backends: [{ group: negLink('neg') }] } });
  await h.v1.urlMaps.insert({ project: P, requestBody: { name: 'map', defaultService: link('backendServices', 'web') } });
  await h.v1.targetHttpProxies.insert({ project: P, requestBody: { name: 'hp', urlMap: link('urlMaps', 'map') } });
  for (const [name, domain] of Object.entries(domains)) await h.v1.sslCertificates.insert({ project: P, requestBody: { name, type: 'MANAGED', managed: { domains: [domain] } } });
  return h;
}

/** An HTTPS proxy `sp` with the given certificates, and forwarding rule `fr` in front of it: the certificates are served. */
async function serve(h: Harness, certs: string[]): Promise<void> {
  await h.v1.targetHttpsProxies.insert({ project: P, requestBody: { name: 'sp', urlMap: link('urlMaps', 'map'), sslCertificates: certs.map((c) => link('sslCertificates', c)) } });
  await h.v1.globalForwardingRules.insert({ project: P, requestBody: { name: 'fr', portRange: '443', target: link('targetHttpsProxies', 'sp') } });
}

const managedOf = async (h: Harness, name: string) => (await h.v1.sslCertificates.get({ project: P, sslCertificate: name })).data.managed;

describe('what a read answers (contract)', () => {
  it('each kind answers with its schema kind: compute#sslCertificate, compute#targetHttpProxy, compute#targetHttpsProxy', async () => {
    const h = await lb();
    await serve(h, ['cert']);
    expect((await h.v1.sslCertificates.get({ project: P, sslCertificate: 'cert' })).data.kind).toBe('compute#sslCertificate');
    expect((await h.v1.targetHttpProxies.get({ project: P, targetHttpProxy: 'hp' })).data.kind).toBe('compute#targetHttpProxy');
    expect((await h.v1.targetHttpsProxies.get({ project: P, targetHttpsProxy: 'sp' })).data.kind).toBe('compute#targetHttpsProxy');
    expect((await h.v1.sslCertificates.list({ project: P })).data.items?.map((c) => c.kind)).toEqual(['compute#sslCertificate']);
  });

  it('subjectAlternativeNames holds the DNS names of the certificate only, not its IP, e-mail or URI entries', async () => {
    const h = await harness();
    // The fixture's SAN, as `openssl x509 -ext subjectAltName` prints it:
    // DNS:example.com, IP Address:192.0.2.1, email:admin@example.com, URI:https://example.com/, DNS:www.example.com
    const pem = readFileSync('test/fixtures/mixed-san.pem', 'utf8');
    const key = readFileSync('test/fixtures/mixed-san.key', 'utf8');
    await h.v1.sslCertificates.insert({ project: P, requestBody: { name: 'mixed', certificate: pem, privateKey: key } });
    expect((await h.v1.sslCertificates.get({ project: P, sslCertificate: 'mixed' })).data.subjectAlternativeNames).toEqual(['example.com', 'www.example.com']);
  });
});

describe('managed certificate domains (RFC 1035, RFC 1123)', () => {
  // Labels of at most 63 characters: 63 + 1 + 63 + 1 + 63 + 1 + 57 + 4 (".com") = 253 characters, and one more.
  const named = (last: number) => `${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(last)}.com`;
  const longest = named(57);
  const tooLong = named(58);
  const insert = (h: Harness, domain: string) => h.v1.sslCertificates.insert({ project: P, requestBody: { name: 'c', type: 'MANAGED', managed: { domains: [domain] } } });
  const notValid = (domain: string) => ({ code: 400, reason: 'invalid', message: `Invalid value for field 'resource.managed.domains[0]': '${domain}'. The domain name is not valid.` });
  const pick = (e: { code: number; reason: string; message: string }) => ({ code: e.code, reason: e.reason, message: e.message });

  it('a name of 253 characters is accepted, one of 254 refused', async () => {
    expect([longest.length, tooLong.length]).toEqual([253, 254]);
    const h = await harness();
    expect(pick(await apiError(insert(h, tooLong)))).toEqual(notValid(tooLong));
    expect((await insert(h, longest)).status).toBe(200);
  });

  it('a name whose last label ends with a hyphen, or that carries a character after its last label, is refused', async () => {
    const h = await harness();
    for (const domain of ['example.com-', 'example.com/x', 'example.com:443']) expect(pick(await apiError(insert(h, domain)))).toEqual(notValid(domain));
  });

  it('labels of one character are accepted anywhere in the name', async () => {
    const h = await harness();
    expect((await insert(h, 'shop.x.co')).status).toBe(200);
    expect(await managedOf(h, 'c')).toEqual({ domains: ['shop.x.co'] });
  });
});

describe('managed certificate provisioning follows the load balancer (the guide; §3.6)', () => {
  it('a certificate detached before it was provisioned does not turn ACTIVE while nothing serves it, and does once served again', async () => {
    const h = await lb({ certificateActivationMs: 0 });
    await serve(h, ['cert']);
    // Detached before any read saw it provisioned: nothing points at it any more.
    await h.v1.globalForwardingRules.delete({ project: P, forwardingRule: 'fr' });
    expect(await managedOf(h, 'cert')).toEqual({ domains: ['example.com'] });
    await h.v1.globalForwardingRules.insert({ project: P, requestBody: { name: 'fr', portRange: '443', target: link('targetHttpsProxies', 'sp') } });
    expect(await managedOf(h, 'cert')).toEqual({ domains: ['example.com'], status: 'ACTIVE', domainStatus: { 'example.com': 'ACTIVE' } });
  });

  it('a change elsewhere does not restart the provisioning of a served certificate', async () => {
    const h = await lb({ certificateActivationMs: 1200 });
    await serve(h, ['cert']);
    const served = Date.now();
    await sleep(800);
    await h.v1.globalAddresses.insert({ project: P, requestBody: { name: 'elsewhere' } });
    await sleep(Math.max(0, served + 1300 - Date.now()));
    // Served for 1.3 s (the insert of `fr` answered after provisioning began), 1.2 s needed: provisioned.
    expect((await managedOf(h, 'cert'))?.status).toBe('ACTIVE');
  });

  it('an ACTIVE or PROVISIONING_FAILED certificate keeps its status when the emulator restarts from its state file', async () => {
    const stateFile = join(tmp, 'settled.json');
    const failing = { certificateDomainStates: { 'bad.example.com': 'FAILED_NOT_VISIBLE' } };
    const first = await lb({ ...failing, certificateActivationMs: 0 }, { good: 'example.com', bad: 'bad.example.com' }, stateFile);
    await serve(first, ['good', 'bad']);
    expect((await managedOf(first, 'good'))?.status).toBe('ACTIVE');
    expect((await managedOf(first, 'bad'))?.status).toBe('PROVISIONING_FAILED');
    await first.em.close();
    // Provisioning would now take a minute: a certificate already settled must not go back to PROVISIONING.
    const again = await harness({ ...failing, certificateActivationMs: 60_000 }, { stateFile });
    expect(await managedOf(again, 'good')).toEqual({ domains: ['example.com'], status: 'ACTIVE', domainStatus: { 'example.com': 'ACTIVE' } });
    expect(await managedOf(again, 'bad')).toEqual({ domains: ['bad.example.com'], status: 'PROVISIONING_FAILED', domainStatus: { 'bad.example.com': 'FAILED_NOT_VISIBLE' } });
  });
});

describe('target proxies: patch and delete (contract; §2.2)', () => {
  it('deleting a proxy that a forwarding rule targets: 400 resourceInUseByAnotherResource naming target_http_proxy or target_https_proxy', async () => {
    const h = await lb();
    await serve(h, ['cert']);
    await h.v1.globalForwardingRules.insert({ project: P, requestBody: { name: 'fr-http', portRange: '80', target: link('targetHttpProxies', 'hp') } });
    const http = await apiError(h.v1.targetHttpProxies.delete({ project: P, targetHttpProxy: 'hp' }));
    expect([http.code, http.reason, http.message]).toEqual([400, 'resourceInUseByAnotherResource', `The target_http_proxy resource 'projects/${P}/global/targetHttpProxies/hp' is already being used by 'projects/${P}/global/forwardingRules/fr-http'`]);
    const https = await apiError(h.v1.targetHttpsProxies.delete({ project: P, targetHttpsProxy: 'sp' }));
    expect([https.code, https.reason, https.message]).toEqual([400, 'resourceInUseByAnotherResource', `The target_https_proxy resource 'projects/${P}/global/targetHttpsProxies/sp' is already being used by 'projects/${P}/global/forwardingRules/fr'`]);
  });

  it('setSslPolicy (clearing the policy) is an operation whose operationType names the method, short or qualified (§2.3)', async () => {
    const h = await lb();
    await serve(h, ['cert']);
    const op = (await h.v1.targetHttpsProxies.setSslPolicy({ project: P, targetHttpsProxy: 'sp', requestBody: {} })).data;
    expect(op.error).toBeUndefined();
    expect(op.operationType).toMatch(/^(compute\.targetHttpsProxies\.)?setSslPolicy$/i);
    expect((await h.v1.targetHttpsProxies.get({ project: P, targetHttpsProxy: 'sp' })).data.sslPolicy).toBeUndefined();
  });

  const proxies = [
    ['HTTP', (h: Harness, body: Record<string, unknown>) => h.v1.targetHttpProxies.patch({ project: P, targetHttpProxy: 'hp', requestBody: body }), (h: Harness) => h.v1.targetHttpProxies.get({ project: P, targetHttpProxy: 'hp' })],
    ['HTTPS', (h: Harness, body: Record<string, unknown>) => h.v1.targetHttpsProxies.patch({ project: P, targetHttpsProxy: 'sp', requestBody: body }), (h: Harness) => h.v1.targetHttpsProxies.get({ project: P, targetHttpsProxy: 'sp' })],
  ] as const;
  it.each(proxies)('a %s proxy patch: 412 without a fingerprint or with a stale one; with the current one it changes and keeps id, creationTimestamp and selfLink', async (_kind, patch, get) => {
    const h = await lb();
    await serve(h, ['cert']);
    const before = (await get(h)).data as Record<string, unknown>;
    const none = await apiError(patch(h, { description: 'new' }));
    expect([none.code, none.reason, none.message]).toEqual([412, 'conditionNotMet', 'Precondition Failed']);
    const stale = await apiError(patch(h, { description: 'new', fingerprint: 'AAAAAAAAAAA=' }));
    expect([stale.code, stale.reason, stale.message]).toEqual([412, 'conditionNotMet', 'Invalid fingerprint.']);
    expect((await get(h)).data.description).toBeUndefined();
    expect((await patch(h, { description: 'new', fingerprint: before.fingerprint })).status).toBe(200);
    const after = (await get(h)).data as Record<string, unknown>;
    expect(after).toMatchObject({ description: 'new', id: before.id, creationTimestamp: before.creationTimestamp, selfLink: before.selfLink, urlMap: before.urlMap });
    expect(after.fingerprint).not.toBe(before.fingerprint);
  });
});

/**
 * makePlan (src/plan/index.ts) on live states written by hand the way GCP answers (gcp-behaviour.md
 * §2.6, §3.6): the summary counts, the downtime warnings, what the plan observes for staleness, the
 * DNS records and certificate statuses it tells, and the problems that stop a plan. Expected values
 * are written out here from the manifest and the bodies.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { CompiledLoadBalancer } from '../../src/compile/index.js';
import type { LiveResource, LiveState } from '../../src/gcp/read.js';
import { loadManifest } from '../../src/manifest/load.js';
import type { ResourceKind } from '../../src/model/kinds.js';
import { makePlan, PlanError, type PlanOptions } from '../../src/plan/index.js';
import { liveResource, liveState } from '../helpers/live.js';
import { compiledOf } from '../helpers/manifest.js';

const C = 'https://www.googleapis.com/compute/v1/projects/p';
const NEG = 'lb-web-0ee1b42e';
const OWNER = { 'managed-by': 'lb-plan', 'lb-plan-lb': 'lb' };

const HTTP = `apiVersion: lb-plan/v1
kind: LoadBalancer
metadata: { name: lb, project: p }
frontend:
  address: { reserve: lb-ip }
backends:
  web:
    serverless: [ { region: us-central1, cloudRun: { service: web } } ]
`;
const HTTPS = `apiVersion: lb-plan/v1
kind: LoadBalancer
metadata: { name: lb, project: p }
frontend:
  address: { reserve: lb-ip }
  ipv6: { reserve: lb-ipv6 }
  https:
    certificates: [ { managed: [www.example.com, api.example.com] } ]
backends:
  web:
    serverless: [ { region: us-central1, cloudRun: { service: web } } ]
`;

const compiled = compiledOf;
const res = liveResource;
const state = (...resources: LiveResource[]): LiveState => liveState(resources, { requests: 7 });
const OPTIONS: PlanOptions = { manifestFile: 'lb.yaml', manifestDigest: 'sha-of-manifest', now: () => new Date('2026-12-06T01:02:03Z') };

/** HTTP's load balancer as GCP answers once applied (§2.6), with ids and fingerprints; `over` replaces bodies. */
function applied(over: Partial<Record<string, Record<string, unknown>>> = {}): LiveResource[] {
  const bodies: [ResourceKind, string, Record<string, unknown>, string?][] = [
    ['globalAddress', 'lb-ip', { id: '11', description: 'Frontend IPV4 address [managed by lb-plan: lb]', address: '34.1.2.3', addressType: 'EXTERNAL', ipVersion: 'IPV4', networkTier: 'PREMIUM', status: 'IN_USE', labels: OWNER, labelFingerprint: 'la=' }],
    ['regionNetworkEndpointGroup', NEG, { id: '12', description: 'Serverless NEG of backend web in us-central1 [managed by lb-plan: lb]', networkEndpointType: 'SERVERLESS', cloudRun: { service: 'web' }, size: 0 }, 'us-central1'],
    ['backendService', 'lb-web', { id: '13', description: '[managed by lb-plan: lb]', loadBalancingScheme: 'EXTERNAL', protocol: 'HTTP', backends: [{ group: `${C}/regions/us-central1/networkEndpointGroups/${NEG}`, balancingMode: 'UTILIZATION', capacityScaler: 1 }], enableCDN: false, iap: { enabled: false }, logConfig: { enable: true, sampleRate: 1 }, port: 80, fingerprint: 'fb=' }],
    ['urlMap', 'lb', { id: '14', description: '[managed by lb-plan: lb]', defaultService: `${C}/global/backendServices/lb-web`, fingerprint: 'fu=' }],
    ['targetHttpProxy', 'lb-http-proxy', { description: 'HTTP frontend [managed by lb-plan: lb]', urlMap: `${C}/global/urlMaps/lb` }],
    ['globalForwardingRule', 'lb-http', { id: '16', description: 'HTTP frontend [managed by lb-plan: lb]', IPAddress: '34.1.2.3', IPProtocol: 'TCP', portRange: '80-80', target: `${C}/global/targetHttpProxies/lb-http-proxy`, loadBalancingScheme: 'EXTERNAL', networkTier: 'PREMIUM', labels: OWNER, fingerprint: 'fg=', labelFingerprint: 'lg=' }],
  ];
  return bodies.map(([kind, name, body, region]) => res(kind, name, { ...body, ...(over[name] ?? {}) }, region));
}

describe('makePlan: the plan of a load balancer', () => {
  it('an empty project: six creates in the summary, no warning, the manifest and the read recorded', () => {
    const p = makePlan(compiled(HTTP), state(), OPTIONS);
    expect(p.summary).toEqual({ add: 6, change: 0, destroy: 0, replace: 0, adopt: 0 });
    expect(p.warnings).toEqual([]);
    expect(p.createdAt).toBe('2026-12-06T01:02:03.000Z');
    expect(p.manifest).toEqual({ file: 'lb.yaml', digest: 'sha-of-manifest', name: 'lb', project: 'p' });
    expect([p.readRequests, p.observed, p.settings]).toEqual([7, [], { waitForCertificates: true, redirectWaits: false }]);
    expect(p.resources.map((r) => r.address)).toHaveLength(6);
    expect(p.dns).toEqual([]);
    expect(p.certificates).toEqual([]);
  });

  it('without a clock given, the plan is dated now', () => {
    const { now: _now, ...options } = OPTIONS;
    const before = Date.now();
    const at = Date.parse(makePlan(compiled(HTTP), state(), options).createdAt);
    expect(at).toBeGreaterThanOrEqual(before - 1000);
    expect(at).toBeLessThanOrEqual(Date.now() + 1000);
  });

  it('the settings asked for are recorded', () => {
    expect(makePlan(compiled(HTTP), state(), { ...OPTIONS, waitForCertificates: false, redirectWaits: true }).settings).toEqual({ waitForCertificates: false, redirectWaits: true });
  });

  it('right after an apply: nothing to do, and every resource observed with the id and fingerprints GCP gave', () => {
    const p = makePlan(compiled(HTTP), state(...applied()), OPTIONS);
    expect([p.resources, p.steps, p.summary]).toEqual([[], [], { add: 0, change: 0, destroy: 0, replace: 0, adopt: 0 }]);
    expect(p.observed.map(({ digest: _d, ...o }) => o)).toEqual([
      { address: 'backendService/lb-web', id: '13', fingerprint: 'fb=' },
      { address: 'globalAddress/lb-ip', id: '11', labelFingerprint: 'la=' },
      { address: 'globalForwardingRule/lb-http', id: '16', fingerprint: 'fg=', labelFingerprint: 'lg=' },
      { address: `regionNetworkEndpointGroup/us-central1/${NEG}`, id: '12' },
      { address: 'targetHttpProxy/lb-http-proxy' },
      { address: 'urlMap/lb', id: '14', fingerprint: 'fu=' },
    ]);
    // The digest: SHA-256 of the canonical JSON of the managed fields, the description and the labels.
    const proxy = '{"description":"HTTP frontend [managed by lb-plan: lb]","labels":{},"managed":{"description":"HTTP frontend [managed by lb-plan: lb]","urlMap":"projects/p/global/urlMaps/lb"}}';
    expect(p.observed.find((o) => o.address === 'targetHttpProxy/lb-http-proxy')!.digest).toBe(createHash('sha256').update(proxy).digest('hex'));
  });

  it('what the manifest references as existing is observed too (its deletion makes a saved plan stale)', () => {
    const text = HTTP.replace('address: { reserve: lb-ip }', 'address: { existing: lb-ip }');
    const p = makePlan(compiled(text), state(...applied()), OPTIONS);
    // Sorted by address, the referenced address among the changed resources.
    expect(p.observed.map((o) => o.address)).toEqual(['backendService/lb-web', 'globalAddress/lb-ip', 'globalForwardingRule/lb-http', `regionNetworkEndpointGroup/us-central1/${NEG}`, 'targetHttpProxy/lb-http-proxy', 'urlMap/lb']);
  });

  it('an in-place update counts as a change', () => {
    const p = makePlan(compiled(HTTP), state(...applied({ 'lb-web': { enableCDN: true } })), OPTIONS);
    expect(p.summary).toEqual({ add: 0, change: 1, destroy: 0, replace: 0, adopt: 0 });
    expect(p.warnings).toEqual([]);
  });

  it('replacing a forwarding rule: one add, one destroy, one replace, and the downtime said', () => {
    const p = makePlan(compiled(HTTP), state(...applied({ 'lb-http': { portRange: '8080-8080' } })), OPTIONS);
    expect(p.summary).toEqual({ add: 1, change: 0, destroy: 1, replace: 1, adopt: 0 });
    expect(p.warnings).toEqual(['globalForwardingRule/lb-http will be deleted and recreated: traffic to it stops.']);
  });

  it("replacing an address: its IP changes, and that is said", () => {
    const p = makePlan(compiled(HTTP), state(...applied({ 'lb-ip': { networkTier: 'STANDARD' } })), OPTIONS);
    expect(p.warnings).toContain('globalAddress/lb-ip will be deleted and recreated: traffic to it stops and its IP address changes.');
  });

  it('a destroy: every owned resource deleted, the forwarding rule\'s downtime said', () => {
    const p = makePlan({ ...compiled(HTTP), resources: [] }, state(...applied()), { ...OPTIONS, destroying: true });
    expect(p.summary).toEqual({ add: 0, change: 0, destroy: 6, replace: 0, adopt: 0 });
    expect(p.warnings).toEqual(['globalForwardingRule/lb-http will be deleted: traffic to it stops.']);
  });

  it('destructive changes without downtime still get one warning, counted', () => {
    const extra = (name: string) => res('urlMap', name, { description: '[managed by lb-plan: lb]', defaultService: `${C}/global/backendServices/lb-web` });
    const one = makePlan(compiled(HTTP), state(...applied(), extra('lb-old')), OPTIONS);
    expect(one.warnings).toEqual(['1 resource will be deleted or replaced (without downtime: replacements are created and attached first).']);
    const two = makePlan(compiled(HTTP), state(...applied(), extra('lb-old'), extra('lb-older')), OPTIONS);
    expect(two.warnings).toEqual(['2 resources will be deleted or replaced (without downtime: replacements are created and attached first).']);
    expect(two.summary).toEqual({ add: 0, change: 0, destroy: 2, replace: 0, adopt: 0 });
  });

  it('a NEG replaced under a new name is one replacement: its old one is destroyed once and not warned about twice', () => {
    const old = res('regionNetworkEndpointGroup', 'lb-web-aaaaaaaa', { description: '[managed by lb-plan: lb]', networkEndpointType: 'SERVERLESS', cloudRun: { service: 'old' } }, 'us-central1');
    const live = applied({ 'lb-web': { backends: [{ group: `${C}/regions/us-central1/networkEndpointGroups/lb-web-aaaaaaaa` }] } }).filter((r) => r.name !== NEG);
    const p = makePlan(compiled(HTTP), state(...live, old), OPTIONS);
    expect(p.summary).toEqual({ add: 1, change: 1, destroy: 1, replace: 1, adopt: 0 });
    expect(p.warnings).toEqual(['1 resource will be deleted or replaced (without downtime: replacements are created and attached first).']);
  });

  it('taking over counts as a change and as an adopt', () => {
    const p = makePlan(compiled(HTTP), state(...applied({ lb: { description: 'by hand' } })), { ...OPTIONS, adopt: ['urlMap/lb'] });
    expect(p.summary).toEqual({ add: 0, change: 1, destroy: 0, replace: 0, adopt: 1 });
  });
});

describe('makePlan: what stops a plan', () => {
  it('every problem at once: an unowned look-alike, and --keep of what is not there', () => {
    try {
      makePlan(compiled(HTTP), state(...applied({ lb: { description: 'by hand' } })), { ...OPTIONS, keep: ['urlMap/none'] });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(PlanError);
      expect((e as PlanError).name).toBe('PlanError');
      expect((e as PlanError).problems).toEqual([
        'urlMap/lb already exists and lb-plan does not own it. To let lb-plan manage it, add "urlMap/lb" to metadata.adopt; otherwise choose another name.',
        '--keep urlMap/none: no such resource in the project, so nothing would be kept; check the name (nothing was changed).',
      ]);
      expect((e as PlanError).message).toBe((e as PlanError).problems.join('\n'));
    }
  });

  it('a secret that is not available, from the environment or from a file, says which and how to fix it', () => {
    const lb = compiled(HTTP.replace("cloudRun: { service: web } } ]", "cloudRun: { service: web } } ]\n    iap: { oauth2ClientId: c, oauth2ClientSecret: { env: NOPE } }"));
    expect(() => makePlan(lb, state(), OPTIONS)).toThrow('backendService/lb-web: the secret env:NOPE is not available (set the environment variable)');
    const fromFile = { ...lb, resources: lb.resources.map((r) => (r.secrets.length ? { ...r, secrets: [{ ...r.secrets[0]!, ref: 'file:secret.txt', sha256: undefined }] } : r)) };
    expect(() => makePlan(fromFile, state(), OPTIONS)).toThrow('backendService/lb-web: the secret file:secret.txt is not available (the file cannot be read)');
    const resolved = { ...lb, resources: lb.resources.map((r) => (r.secrets.length ? { ...r, secrets: [{ ...r.secrets[0]!, sha256: 'a'.repeat(64) }] } : r)) };
    expect(makePlan(resolved, state(), OPTIONS).summary.add).toBe(6);
  });
});

describe('makePlan: the settings handed to the steps', () => {
  it('by default a switch of port 80 to the HTTPS redirect waits for a later apply while the certificate is not ACTIVE; redirectWaits makes it in this run', () => {
    const text = HTTPS.replace('  ipv6: { reserve: lb-ipv6 }\n', '').replace('certificates: [ { managed: [www.example.com, api.example.com] } ]', 'certificates: [ { managed: [www.example.com] } ]\n    redirectHttp: true');
    const later = makePlan(compiled(text), state(...applied()), OPTIONS);
    expect(later.warnings.filter((w) => w.startsWith('Port 80 keeps serving the backends for now'))).toHaveLength(1);
    expect(later.steps.map((s) => s.id)).not.toContain('setUrlMap:targetHttpProxy/lb-http-proxy');
    const now = makePlan(compiled(text), state(...applied()), { ...OPTIONS, redirectWaits: true });
    expect(now.warnings.filter((w) => w.startsWith('Port 80 keeps serving'))).toEqual([]);
    expect(now.steps.map((s) => s.id)).toContain('setUrlMap:targetHttpProxy/lb-http-proxy');
  });

  it('by default a replaced managed certificate stays attached until its successor is ACTIVE: over the proxy\'s 15 certificates, the plan stops and says why', () => {
    const domains = (last: string) => Array.from({ length: 15 }, (_, i) => `{ managed: [d${i}.example.com] }`).join(', ').replace('d14.example.com', last);
    const text = (last: string) => HTTPS.replace('  ipv6: { reserve: lb-ipv6 }\n', '').replace('certificates: [ { managed: [www.example.com, api.example.com] } ]', `certificates: [ ${domains(last)} ]`);
    // What GCP holds after the first manifest was applied: its compiled bodies, with the selfLinks GCP adds.
    const before = compiled(text('d14.example.com')).resources.map((r) => res(r.kind, r.name, { ...r.body, selfLink: `${C}/${r.kind === 'regionNetworkEndpointGroup' ? 'regions/us-central1/networkEndpointGroups' : `global/${r.kind}s`}/${r.name}` }, r.scope.type === 'region' ? r.scope.region : undefined));
    const after = compiled(text('new.example.com'));
    expect(() => makePlan(after, state(...before), OPTIONS)).toThrow(/needs 15 \+ 1 = 16 certificates on the proxy, over GCP's limit of 15/);
    expect(makePlan(after, state(...before), { ...OPTIONS, waitForCertificates: false }).summary.replace).toBe(1);
  });
});

describe('makePlan: DNS records and certificate status', () => {
  it('before anything exists: A and AAAA per managed domain, sorted, naming the addresses to be allocated; certificates to be created', () => {
    const p = makePlan(compiled(HTTPS), state(), OPTIONS);
    expect(p.dns).toEqual([
      { name: 'api.example.com', type: 'A', value: '(address lb-ip, allocated on apply)' },
      { name: 'api.example.com', type: 'AAAA', value: '(address lb-ipv6, allocated on apply)' },
      { name: 'www.example.com', type: 'A', value: '(address lb-ip, allocated on apply)' },
      { name: 'www.example.com', type: 'AAAA', value: '(address lb-ipv6, allocated on apply)' },
    ]);
    expect(p.certificates).toEqual([{ name: expect.stringMatching(/^lb-cert-[0-9a-f]{8}$/), domains: ['api.example.com', 'www.example.com'], status: 'to be created' }]);
    // Why the records are worth reading now: a fresh address (src/plan/review's wording).
    expect(p.dnsWhy).toBe('the load balancer gets a new IP address');
    expect('dnsWhy' in makePlan(compiled(HTTP), state(), OPTIONS)).toBe(false);
  });

  it('an answer holding no text where the IP or the certificate status belongs: the record and the status read as not known yet, and both renderings are made', async () => {
    const { renderMarkdown } = await import('../../src/plan/render/markdown.js');
    const { renderText } = await import('../../src/plan/render/text.js');
    const lb = compiled(HTTPS);
    const cert = lb.resources.find((r) => r.kind === 'sslCertificate')!;
    for (const [address, status] of [[{ v: 4 }, 7], [['34.1.2.3'], null], [null, { s: 'ACTIVE' }]] as const) {
      const live = state(res('globalAddress', 'lb-ip', { address, labels: OWNER }), res('sslCertificate', cert.name, { description: cert.body.description, type: 'MANAGED', managed: { domains: ['api.example.com', 'www.example.com'], status } }));
      const p = makePlan(lb, live, { ...OPTIONS, adopt: [cert.address] });
      expect(p.dns.filter((d) => d.type === 'A').map((d) => d.value)).toEqual(['(address lb-ip, allocated on apply)', '(address lb-ip, allocated on apply)']);
      expect(p.certificates.map((c) => c.status)).toEqual(['PROVISIONING']);
      expect(renderMarkdown(p)).toContain('(address lb-ip, allocated on apply)');
      expect(renderText(p, { color: false })).toContain('PROVISIONING');
    }
  });

  it('a domain on two managed certificates is one record; a self-managed certificate gets none, and no status', () => {
    const self = '{ selfManaged: { certificate: certs/example.com.pem, privateKey: { env: K } } }';
    /** Compiled from examples/ (where certs/ is), the private key's secret resolved. */
    const withKey = (text: string): CompiledLoadBalancer => {
      const lb = loadManifest('examples/lb-plan-index-units.yaml', { text }).compiled!;
      return { ...lb, resources: lb.resources.map((r) => ({ ...r, secrets: r.secrets.map((x) => ({ ...x, sha256: 'f'.repeat(64) })) })) };
    };
    const two = HTTPS.replace('certificates: [ { managed: [www.example.com, api.example.com] } ]', `certificates: [ { managed: [www.example.com] }, { managed: [www.example.com, api.example.com] }, ${self} ]`).replace('  ipv6: { reserve: lb-ipv6 }\n', '');
    const p = makePlan(withKey(two), state(), OPTIONS);
    expect(p.dns.map((d) => `${d.name} ${d.type}`)).toEqual(['api.example.com A', 'www.example.com A']);
    expect(p.certificates.map((c) => c.domains.join(',')).sort()).toEqual(['api.example.com,www.example.com', 'www.example.com']);
    const q = makePlan(withKey(HTTPS.replace('certificates: [ { managed: [www.example.com, api.example.com] } ]', `certificates: [ ${self} ]`)), state(), OPTIONS);
    expect([q.dns, q.certificates]).toEqual([[], []]);
  });

  it('forwarding rules named freely (metadata.names): A and AAAA still come from the IPv4 and the IPv6 frontend, not from the names', () => {
    const named = HTTPS.replace('metadata: { name: lb, project: p }', 'metadata: { name: lb, project: p, names: { httpsForwardingRule: web-ipv6, httpsForwardingRuleIpv6: edge-v6 } }');
    expect(makePlan(compiled(named), state(), OPTIONS).dns).toEqual([
      { name: 'api.example.com', type: 'A', value: '(address lb-ip, allocated on apply)' },
      { name: 'api.example.com', type: 'AAAA', value: '(address lb-ipv6, allocated on apply)' },
      { name: 'www.example.com', type: 'A', value: '(address lb-ip, allocated on apply)' },
      { name: 'www.example.com', type: 'AAAA', value: '(address lb-ipv6, allocated on apply)' },
    ]);
  });

  it('domains sorted across certificates, whatever order the certificates come in', () => {
    const p = makePlan(compiled(HTTPS.replace('certificates: [ { managed: [www.example.com, api.example.com] } ]', 'certificates: [ { managed: [b.example.com] }, { managed: [a.example.com, c.example.com] } ]').replace('  ipv6: { reserve: lb-ipv6 }\n', '')), state(), OPTIONS);
    expect(p.dns.map((d) => d.name)).toEqual(['a.example.com', 'b.example.com', 'c.example.com']);
  });

  it('an owned managed certificate GCP answers without its managed block reads as PROVISIONING, not a crash', () => {
    const lb = compiled(HTTPS.replace('  ipv6: { reserve: lb-ipv6 }\n', ''));
    const cert = lb.resources.find((r) => r.kind === 'sslCertificate')!;
    const p = makePlan(lb, state(res('sslCertificate', cert.name, { description: '[managed by lb-plan: lb]', type: 'MANAGED' })), OPTIONS);
    expect(p.certificates.map((c) => c.status)).toEqual(['PROVISIONING']);
  });

  it("with the addresses reserved: their IPs; a certificate GCP shows no status for yet is PROVISIONING (§3.6), else its status", () => {
    const lb = compiled(HTTPS);
    const cert = lb.resources.find((r) => r.kind === 'sslCertificate')!;
    const live = [res('globalAddress', 'lb-ip', { address: '34.1.2.3' }), res('globalAddress', 'lb-ipv6', { address: '2600:1901::1' }), res('sslCertificate', cert.name, { type: 'MANAGED', managed: { domains: ['api.example.com', 'www.example.com'] } })];
    const p = (() => {
      try {
        return makePlan(lb, state(...live), OPTIONS);
      } catch (e) {
        return e as PlanError;
      }
    })();
    // Unowned look-alikes stop the plan: the statuses are checked on owned ones below.
    expect(p).toBeInstanceOf(PlanError);
    const owned = live.map((r) => ({ ...r, body: { ...r.body, description: '[managed by lb-plan: lb]', ...(r.kind === 'globalAddress' ? { labels: OWNER } : {}) } }));
    const ok = makePlan(lb, state(...owned), OPTIONS);
    expect(ok.dns.map((d) => `${d.name} ${d.type} ${d.value}`)).toEqual(['api.example.com A 34.1.2.3', 'api.example.com AAAA 2600:1901::1', 'www.example.com A 34.1.2.3', 'www.example.com AAAA 2600:1901::1']);
    expect(ok.certificates.map((c) => c.status)).toEqual(['PROVISIONING']);
    const active = owned.map((r) => (r.kind === 'sslCertificate' ? { ...r, body: { ...r.body, managed: { domains: ['api.example.com', 'www.example.com'], status: 'ACTIVE' } } } : r));
    expect(makePlan(lb, state(...active), OPTIONS).certificates.map((c) => c.status)).toEqual(['ACTIVE']);
  });

  it('an IP given literally (BYOIP) is the record; an ephemeral one is the IP GCP allocated to the rule, or "allocated on apply"', () => {
    const byoip = compiled(HTTPS.replace('  address: { reserve: lb-ip }\n  ipv6: { reserve: lb-ipv6 }\n', '  address: { ip: 34.9.8.7 }\n'));
    expect(makePlan(byoip, state(), OPTIONS).dns).toEqual([
      { name: 'api.example.com', type: 'A', value: '34.9.8.7' },
      { name: 'www.example.com', type: 'A', value: '34.9.8.7' },
    ]);
    // A forwarding rule without an address (GCP allocates an ephemeral one), as the compiler writes it for `ephemeral: true`.
    const lb = { ...byoip, resources: byoip.resources.map((r) => (r.kind === 'globalForwardingRule' ? { ...r, body: { ...r.body, IPAddress: undefined } } : r)) };
    expect(makePlan(lb, state(), OPTIONS).dns.map((d) => d.value)).toEqual(['(allocated on apply)', '(allocated on apply)']);
    const rule = lb.resources.find((r) => r.kind === 'globalForwardingRule')!;
    const live = res('globalForwardingRule', rule.name, { description: 'x [managed by lb-plan: lb]', labels: OWNER, IPAddress: '34.5.6.7', IPProtocol: 'TCP', portRange: '443-443', target: `${C}/global/targetHttpsProxies/lb-https-proxy` });
    expect(makePlan(lb, state(live), OPTIONS).dns.map((d) => d.value)).toEqual(['34.5.6.7', '34.5.6.7']);
    expect(makePlan(compiled(HTTP), state(), OPTIONS).dns).toEqual([]);
  });
});

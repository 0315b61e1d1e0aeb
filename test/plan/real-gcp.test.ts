/**
 * Real GCP, not our own echo (issue 10). The emulator answers with what GCP adds and computes
 * (src/emulator/gcp-adds.ts, gcp-behaviour.md §2.5-2.6) and, with `unknownFields`, with fields no
 * contract knows at random depths of every resource. Against those answers: a plan right after an
 * apply is empty and a second apply sends no mutation; a change to one managed field made behind
 * lb-plan's back shows as exactly that field.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Json } from '../../src/emulator/store.js';
import { cliWith } from '../helpers/cli.js';
import { harness, P, type Harness } from '../helpers/emulator.js';
import { ENV, workspace } from '../helpers/plan.js';
import { convergesAgainstGcpAnswers } from '../chaos/properties.js';

const SEED = Number(process.env.LB_PLAN_CHAOS_SEED ?? 20261128);
const examples = ['http', 'https-managed', 'https-self-managed-redirect', 'multi-region', 'regional-routing', 'url-mask-cloud-run', 'url-mask-cloud-functions', 'url-mask-app-engine', 'url-mask-api-gateway', 'cdn', 'iap', 'cloud-armor', 'byoip', 'shop'];
const env = { ...ENV, TLS_PRIVATE_KEY: readFileSync('examples/certs/example.com.key', 'utf8') };
const MUTATIONS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

async function seedExisting(h: Harness, name: string): Promise<void> {
  if (name === 'cloud-armor') await h.v1.securityPolicies.insert({ project: P, requestBody: { name: 'corp-waf-policy' } });
  if (name === 'byoip') await h.v1.sslCertificates.insert({ project: P, requestBody: { name: 'www-example-com-2026', type: 'MANAGED', managed: { domains: ['www.example.com'] } } });
}

describe('against the answers GCP really gives', () => {
  it.each(examples.map((name, i) => [name, i + 1] as const))('%s: after apply, plan --detailed-exitcode exits 0 and a second apply sends no mutation (unknown-fields seed %i)', async (name, seed) => {
    const h = await harness({ unknownFields: seed });
    await seedExisting(h, name);
    const file = `examples/${name}.yaml`;
    const at = ['--compute-endpoint', h.em.endpoint];
    const first = await cliWith(env, 'apply', file, ...at, '--auto-approve');
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);

    const again = await cliWith(env, 'plan', file, ...at, '--detailed-exitcode');
    expect(again.stdout).toContain('No changes');
    expect(again.code).toBe(0);
    h.em.log.length = 0;
    const second = await cliWith(env, 'apply', file, ...at, '--auto-approve');
    expect(second.code).toBe(0);
    expect(h.em.log.filter((l) => MUTATIONS.has(l.method)).map((l) => `${l.method} ${l.path}`)).toEqual([]);
  });

  it('an ACTIVE managed certificate (issued PEM, expireTime, subjectAlternativeNames) is compared by its domains, never replaced', async () => {
    const h = await harness({ unknownFields: 7 });
    const at = ['--compute-endpoint', h.em.endpoint];
    expect((await cliWith(env, 'apply', 'examples/https-managed.yaml', ...at, '--auto-approve')).code).toBe(0);
    const certs = (await h.v1.sslCertificates.list({ project: P })).data.items ?? [];
    expect(certs).toHaveLength(1);
    const cert = certs[0]!;
    // What GCP answers once the certificate is issued (gcp-behaviour.md §2.6).
    expect(cert.managed?.status).toBe('ACTIVE');
    expect(cert.certificate).toMatch(/^-----BEGIN CERTIFICATE-----\n[\s\S]+-----END CERTIFICATE-----\n$/);
    expect(cert.subjectAlternativeNames).toEqual(cert.managed?.domains);
    expect(Date.parse(cert.expireTime!)).toBeGreaterThan(Date.now());
    const plan = await cliWith(env, 'plan', 'examples/https-managed.yaml', ...at, '--detailed-exitcode', '--format', 'json');
    expect(plan.code).toBe(0);
    expect((JSON.parse(plan.stdout) as { resources: unknown[] }).resources).toEqual([]);
  });

  it('generated manifests converge against GCP-like answers with unknown fields at random depths (bounded; npm run chaos runs it long)', async () => {
    await fc.assert(convergesAgainstGcpAnswers, { numRuns: 6, seed: SEED, endOnFailure: false });
  }, 120_000);
});

/** A manifest with every managed part: HTTPS with a managed certificate, redirect, CDN, logging, IAP, Cloud Armor, routing. */
const FULL = `apiVersion: lb-plan/v1
kind: LoadBalancer
metadata: { name: full, project: ${P} }
frontend:
  address: { reserve: full-ip }
  https:
    certificates:
      - managed: [shop.example.com]
    redirectHttp: true
backends:
  web:
    serverless:
      - { region: us-central1, cloudRun: { service: web } }
      - { region: europe-west1, cloudRun: { service: web } }
    cdn: { cacheMode: CACHE_ALL_STATIC, defaultTtl: 600 }
    logging: { sampleRate: 0.5 }
  api:
    serverless:
      - { region: us-central1, cloudRun: { service: api } }
    iap: { oauth2ClientId: client-1, oauth2ClientSecret: { env: IAP_CLIENT_SECRET } }
    securityPolicy: { rateLimit: { requestCount: 100 } }
routing:
  default: web
  hosts:
    - hosts: [shop.example.com]
      backend: web
      paths:
        - { paths: ['/api/*'], backend: api }
`;

interface OutOfBand {
  readonly what: string;
  readonly collection: string;
  readonly name: string;
  readonly change: (body: Json) => void;
  readonly paths: readonly (string | RegExp)[];
}

const KIND_OF: Record<string, string> = { backendServices: 'backendService', urlMaps: 'urlMap', targetHttpsProxies: 'targetHttpsProxy', targetHttpProxies: 'targetHttpProxy', forwardingRules: 'globalForwardingRule', securityPolicies: 'securityPolicy' };
const bsLink = (name: string): string => `https://www.googleapis.com/compute/v1/projects/${P}/global/backendServices/${name}`;

/**
 * One managed field changed behind lb-plan's back, per row; the plan must show exactly it. (NEGs and
 * certificates are immutable in GCP: they cannot change behind lb-plan's back, only be replaced.)
 */
const OUT_OF_BAND: readonly OutOfBand[] = [
  { what: 'log sample rate', collection: 'backendServices', name: 'full-web', change: (b) => ((b.logConfig as Json).sampleRate = 0.9), paths: ['logConfig.sampleRate'] },
  { what: 'logging turned off', collection: 'backendServices', name: 'full-web', change: (b) => (b.logConfig = { enable: false, optionalMode: 'EXCLUDE_ALL_OPTIONAL' }), paths: ['logConfig.enable', 'logConfig.sampleRate'] },
  { what: 'CDN TTL', collection: 'backendServices', name: 'full-web', change: (b) => ((b.cdnPolicy as Json).defaultTtl = 60), paths: ['cdnPolicy.defaultTtl'] },
  { what: 'a region dropped', collection: 'backendServices', name: 'full-web', change: (b) => (b.backends = (b.backends as Json[]).slice(0, 1)), paths: [/^backends\[projects\/my-project\/regions\/europe-west1\/networkEndpointGroups\/full-web-[0-9a-f]{8}\]$/] },
  { what: 'IAP client id', collection: 'backendServices', name: 'full-api', change: (b) => ((b.iap as Json).oauth2ClientId = 'client-2'), paths: ['iap.oauth2ClientId'] },
  { what: 'IAP secret', collection: 'backendServices', name: 'full-api', change: (b) => ((b.iap as Json).oauth2ClientSecretSha256 = 'f'.repeat(64)), paths: ['iap.oauth2ClientSecretSha256'] },
  { what: 'backend description', collection: 'backendServices', name: 'full-api', change: (b) => (b.description = 'edited in the console [managed by lb-plan: full]'), paths: ['description'] },
  { what: 'Cloud Armor detached', collection: 'backendServices', name: 'full-api', change: (b) => delete b.securityPolicy, paths: ['securityPolicy'] },
  { what: 'path rule target', collection: 'urlMaps', name: 'full', change: (b) => (((b.pathMatchers as Json[])[0]!.pathRules as Json[])[0]!.service = bsLink('full-web')), paths: ['pathMatchers[shop-example-com].pathRules[/api/*].service'] },
  { what: 'host added', collection: 'urlMaps', name: 'full', change: (b) => (b.hostRules as Json[])[0]!.hosts = ['shop.example.com', 'evil.example.com'], paths: ['hostRules[evil.example.com,shop.example.com]', 'hostRules[shop.example.com]'] },
  { what: 'a host rule added beside ours, to our path matcher', collection: 'urlMaps', name: 'full', change: (b) => (b.hostRules = [{ hosts: ['evil.example.com'], pathMatcher: 'shop-example-com' }, ...(b.hostRules as Json[])]), paths: ['hostRules[evil.example.com]'] },
  { what: 'QUIC', collection: 'targetHttpsProxies', name: 'full-https-proxy', change: (b) => (b.quicOverride = 'ENABLE'), paths: ['quicOverride'] },
  { what: 'redirect map swapped', collection: 'targetHttpProxies', name: 'full-http-proxy', change: (b) => (b.urlMap = String(b.urlMap).replace(/full-redirect$/, 'full')), paths: ['urlMap'] },
  { what: 'a label', collection: 'forwardingRules', name: 'full-https', change: (b) => (b.labels = { ...(b.labels as Json), team: 'x' }), paths: ['labels.team'] },
  { what: 'rate-limit threshold', collection: 'securityPolicies', name: 'full-api-armor', change: (b) => ((((b.rules as Json[]).find((r) => r.priority === 1000)!.rateLimitOptions as Json).rateLimitThreshold as Json).count = 5), paths: ['rules[1000].rateLimitOptions.rateLimitThreshold.count'] },
];

describe('fields GCP picks, later named in the manifest', () => {
  it('an ephemeral IPv6 address pinned to the IP GCP gave it: no replacement, no downtime', async () => {
    const h = await harness({ unknownFields: 3 });
    const ws = workspace();
    const at = ['--compute-endpoint', h.em.endpoint];
    const base = `apiVersion: lb-plan/v1
kind: LoadBalancer
metadata: { name: v6, project: ${P} }
frontend:
  address: { reserve: v6-ip }
  ipv6: IPV6
backends:
  web:
    serverless: [ { region: us-central1, cloudRun: { service: web } } ]
`;
    expect((await cliWith(ENV, 'apply', ws.write(base.replace('IPV6', '{ ephemeral: true }')), ...at, '--auto-approve')).code).toBe(0);
    const rule = (await h.v1.globalForwardingRules.get({ project: P, forwardingRule: 'v6-http-ipv6' })).data;
    expect(rule.IPAddress).toMatch(/:/);
    const pinned = await cliWith(ENV, 'plan', ws.write(base.replace('IPV6', `{ ip: "${rule.IPAddress}" }`)), ...at, '--detailed-exitcode');
    expect(pinned.stdout).toContain('No changes');
    expect(pinned.code).toBe(0);
  });
});

describe('a change to one managed field behind lb-plan\'s back shows as exactly that field', () => {
  it.each(OUT_OF_BAND.map((o) => [o.what, o] as const))('%s', async (_what, o) => {
    const h = await harness({ unknownFields: 11 });
    const ws = workspace();
    const file = ws.write(FULL);
    const at = ['--compute-endpoint', h.em.endpoint];
    expect((await cliWith(ENV, 'apply', file, ...at, '--auto-approve')).code).toBe(0);
    const store = h.em.emulator.store;
    const target = store.all().find(({ ref }) => ref.collection === o.collection && ref.name === o.name);
    expect(target, `${o.collection}/${o.name}`).toBeDefined();
    const body = structuredClone(target!.body);
    o.change(body);
    store.put(target!.ref, body);

    const r = await cliWith(ENV, 'plan', file, ...at, '--detailed-exitcode', '--format', 'json');
    expect(r.code).toBe(2);
    const plan = JSON.parse(r.stdout) as { resources: { address: string; action: string; changes: { path: string }[] }[] };
    expect(plan.resources.map((c) => `${c.action} ${c.address.split('/')[0]}/${c.address.split('/').pop()}`)).toEqual([`update ${KIND_OF[o.collection]}/${o.name}`]);
    const paths = plan.resources[0]!.changes.map((c) => c.path);
    expect(paths).toHaveLength(o.paths.length);
    o.paths.forEach((p, i) => (typeof p === 'string' ? expect(paths[i]).toBe(p) : expect(paths[i]).toMatch(p)));
    // And apply puts it back: the next plan is empty.
    expect((await cliWith(ENV, 'apply', file, ...at, '--auto-approve')).code).toBe(0);
    expect((await cliWith(ENV, 'plan', file, ...at, '--detailed-exitcode')).code).toBe(0);
  });
});

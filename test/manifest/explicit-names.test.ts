/**
 * Explicit names (lb-plan import writes them): every resource keeps the name the manifest gives it,
 * generated names stay the default, and the rules refuse one name for two resources and host rules
 * that share a path matcher but disagree.
 */
import { describe, expect, it } from 'vitest';
import { BASE, lines, load } from '../helpers/manifest.js';

const NAMED = `apiVersion: lb-plan/v1
kind: LoadBalancer
metadata:
  name: shop
  project: my-project
  names: { urlMap: shop-map, redirectUrlMap: shop-to-https, httpProxy: shop-http, httpsProxy: shop-https, httpForwardingRule: fr-80, httpsForwardingRule: fr-443, httpsForwardingRuleIpv6: fr6-443 }
frontend:
  address: { reserve: shop-ip }
  ipv6: { reserve: shop-ip6 }
  https:
    certificates:
      - { name: www-cert, managed: [www.example.com] }
      - { namePrefix: api, managed: [api.example.com] }
    redirectHttp: true
backends:
  web:
    name: web-backend-service
    serverless:
      - { name: web-neg, region: us-central1, cloudRun: { service: web } }
      - { region: europe-west1, cloudRun: { service: web } }
routing:
  default: web
  hosts:
    - { hosts: [a.example.com], pathMatcher: shared, backend: web }
    - { hosts: [b.example.com], pathMatcher: shared, backend: web }
    - { hosts: [c.example.com], backend: web }
`;

describe('explicit names', () => {
  it('compile under the names given, generated ones elsewhere, with links between them', () => {
    const loaded = load(NAMED);
    expect(lines(loaded)).toEqual([]);
    const r = loaded.compiled!.resources;
    expect(r.map((x) => x.address)).toEqual(
      expect.arrayContaining([
        'urlMap/shop-map',
        'urlMap/shop-to-https',
        'targetHttpProxy/shop-http',
        'targetHttpsProxy/shop-https',
        'globalForwardingRule/fr-80',
        'globalForwardingRule/fr-443',
        'globalForwardingRule/shop-http-ipv6',
        'globalForwardingRule/fr6-443',
        'backendService/web-backend-service',
        'regionNetworkEndpointGroup/us-central1/web-neg',
        'sslCertificate/www-cert',
      ]),
    );
    expect(r.find((x) => x.address.startsWith('regionNetworkEndpointGroup/europe-west1/'))!.name).toMatch(/^shop-web-[0-9a-f]{8}$/);
    expect(r.find((x) => x.kind === 'sslCertificate' && x.name.startsWith('api-'))!.name).toMatch(/^api-[0-9a-f]{8}$/);
    const https = r.find((x) => x.address === 'targetHttpsProxy/shop-https')!;
    expect(https.body.urlMap).toMatch(/\/urlMaps\/shop-map$/);
    expect((https.body.sslCertificates as string[])[0]).toMatch(/\/sslCertificates\/www-cert$/);
    expect(r.find((x) => x.address === 'targetHttpProxy/shop-http')!.body.urlMap).toMatch(/\/urlMaps\/shop-to-https$/);
    const neg = r.find((x) => x.address === 'regionNetworkEndpointGroup/us-central1/web-neg')!;
    expect(neg.pinned).toEqual({ declared: neg.address, generated: expect.stringMatching(/^regionNetworkEndpointGroup\/us-central1\/shop-web-[0-9a-f]{8}$/) });
    const map = r.find((x) => x.address === 'urlMap/shop-map')!.body;
    // Host rules naming one path matcher share it; a host rule without one gets a generated name.
    expect(map.hostRules).toEqual([
      { hosts: ['a.example.com'], pathMatcher: 'shared' },
      { hosts: ['b.example.com'], pathMatcher: 'shared' },
      { hosts: ['c.example.com'], pathMatcher: 'c-example-com' },
    ]);
    expect((map.pathMatchers as { name: string }[]).map((m) => m.name)).toEqual(['shared', 'c-example-com']);
  });

  it('refuse one name for two resources (the same NEG name in another region is another NEG), a shared path matcher with other rules, and a name on an existing certificate', () => {
    const hello = (name: string, region = 'us-central1') => `      - { name: ${name}, region: ${region}, cloudRun: { service: hello } }\n`;
    const text =
      BASE.replace('  address: { reserve: example-ip }\n', '  address: { reserve: example-ip }\n  https:\n    certificates:\n      - { existing: shared, namePrefix: mine }\n      - { name: c, managed: [a.example.com] }\n      - { name: c, managed: [b.example.com] }\n') +
      `backends:\n  a:\n    name: same\n    serverless:\n${hello('n')}${hello('n', 'europe-west1')}  b:\n    name: same\n    serverless:\n${hello('n')}` +
      'routing:\n  default: a\n  hosts:\n    - { hosts: [x.example.com], pathMatcher: m, backend: a }\n    - { hosts: [y.example.com], pathMatcher: m, backend: b }\n';
    expect(lines(load(text))).toEqual([
      '10:29: error: "namePrefix" names certificates lb-plan creates; an existing certificate keeps its own name (at frontend.https.certificates[0].namePrefix)',
      '12:17: error: sslCertificate/c is already named by frontend.https.certificates[1].name: each resource needs its own name (at frontend.https.certificates[2].name)',
      '20:11: error: backendService/same is already named by backends.a.name: each resource needs its own name (at backends.b.name)',
      '22:17: error: regionNetworkEndpointGroup/us-central1/n is already named by backends.a.serverless[0].name: each resource needs its own name (at backends.b.serverless[0].name)',
      '27:46: error: path matcher "m" is already used by routing.hosts[0] with another backend or other paths: host rules sharing a path matcher share its rules (at routing.hosts[1].pathMatcher)',
    ]);
  });

  it('admit NEGs and certificates in metadata.adopt, by region for NEGs', () => {
    const adopt = (a: string) => lines(load(BASE.replace('  project: my-project\n', `  project: my-project\n  adopt: [${a}]\n`) + 'backends:\n  hello:\n    serverless:\n      - { region: us-central1, cloudRun: { service: hello } }\n'));
    expect(adopt('regionNetworkEndpointGroup/us-central1/hello-neg, sslCertificate/www-cert')).toEqual([]);
    expect(adopt('regionNetworkEndpointGroup/hello-neg')).toHaveLength(1);
  });
});

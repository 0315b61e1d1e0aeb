/**
 * The manifest rules, each through the real loader: message, YAML path and line:column.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadManifest } from '../src/manifest/load.js';
import { BASE, lines, load } from './helpers/manifest.js';

const HELLO = `backends:
  hello:
    serverless:
      - region: us-central1
        cloudRun: { service: helloworld }
`;

describe('YAML and positions', () => {
  it('a valid manifest has no diagnostics and gives the typed manifest', () => {
    const r = load(BASE + HELLO);
    expect(r.diagnostics).toEqual([]);
    expect(r.manifest?.metadata.name).toBe('serverless-lb');
  });

  it('reports YAML syntax errors with their position', () => {
    const r = load('apiVersion: lb-plan/v1\nkind: [LoadBalancer\n');
    expect(r.manifest).toBeUndefined();
    expect(lines(r)[0]).toMatch(/^\d+:\d+: error: YAML: /);
  });

  it('refuses a second document', () => {
    const r = load(BASE + HELLO + '---\n' + BASE + HELLO);
    expect(lines(r)).toEqual(['14:1: error: YAML: a manifest holds one load balancer: found a second YAML document (split it into its own file) (at (root))']);
  });

  it('refuses an empty file and a missing file', () => {
    expect(lines(load(''))).toEqual(['1:1: error: the manifest is empty (at (root))']);
    expect(lines(load('# only a comment\n\n'))).toEqual(['1:1: error: the manifest is empty (at (root))']);
    const missing = join(mkdtempSync(join(tmpdir(), 'lb-plan-missing-')), 'nope.yaml');
    const r = loadManifest(missing);
    expect(r.manifest).toBeUndefined();
    expect(r.diagnostics.map((d) => `${d.file}:${d.line}:${d.column}: ${d.severity}: ${d.message}`)).toEqual([`${missing}:1:1: error: cannot read manifest: no such file`]);
  });

  it('points unknown keys at the key, with a hint, and missing keys at the parent', () => {
    // metadata.project is optional (--project can give it), so a misspelt one is the only finding.
    const r = load(BASE.replace('  project: my-project\n', '  projet: my-project\n') + HELLO);
    expect(lines(r)).toEqual(['5:3: error: unknown key "projet" (did you mean "project"?) (at metadata.projet)']);
    const noName = load(BASE.replace('  name: serverless-lb\n', '') + HELLO);
    expect(lines(noName)).toEqual(['3:1: error: missing required key "name" (at metadata)']);
  });

  it('reports every error at once across sections', () => {
    const r = load(`apiVersion: lb-plan/v2
kind: LoadBalancer
metadata: { name: lb, project: p }
frontend:
  address: { reserve: ip, existing: other }
backends:
  hello:
    serverless:
      - region: moon
        cloudRun: { service: hello }
    logging: { sampleRate: 2 }
`);
    expect(lines(r)).toEqual([
      '1:13: error: must be "lb-plan/v1", not "lb-plan/v2" (at apiVersion)',
      '5:27: error: takes only one of "reserve", "existing", "ip", "ephemeral": found both "reserve" and "existing" (at frontend.address.existing)',
      '9:17: error: "moon" must be a region such as us-central1 (at backends.hello.serverless[0].region)',
      '11:28: error: 2 is too large: the maximum is 1 (at backends.hello.logging.sampleRate)',
    ]);
  });
});

describe('GCP rules for serverless backends', () => {
  it.each([
    ['healthChecks: [hc]', 'cannot have health checks'],
    ['timeoutSec: 30', 'Timeout sec is not supported for a backend service with Serverless network endpoint groups'],
    ['portName: http', 'Port name is not supported for a backend service with Serverless network endpoint groups'],
    ['balancingMode: RATE', 'Balancing mode is not supported for Serverless network endpoint groups'],
    ['sessionAffinity: CLIENT_IP', 'session affinity is not supported'],
    ['outlierDetection: {}', 'Outlier detection is not supported.'],
  ])('refuses %s with the reason', (field, reason) => {
    const r = load(BASE + HELLO + `    ${field}\n`);
    expect(r.manifest).toBeUndefined();
    expect(lines(r)).toHaveLength(1);
    expect(lines(r)[0]).toContain(reason);
    expect(lines(r)[0]).toMatch(/^13:5: error: "\w+" is not allowed: /);
  });

  it('refuses balancingMode inside a NEG entry too', () => {
    const r = load(BASE + HELLO.replace('cloudRun: { service: helloworld }', 'cloudRun: { service: helloworld }\n        balancingMode: RATE'));
    expect(lines(r)[0]).toContain('Balancing mode is not supported');
  });

  it('one serverless NEG per region, one platform per backend', () => {
    const r = load(
      BASE +
        `backends:
  hello:
    serverless:
      - { region: us-central1, cloudRun: { service: a } }
      - { region: us-central1, cloudRun: { service: b } }
      - { region: europe-west1, cloudFunctions: { function: c } }
`,
    );
    expect(lines(r)).toEqual([
      '12:19: error: backend "hello" already has a serverless NEG in us-central1 (serverless[0]): a backend service can have only one serverless NEG per region (at backends.hello.serverless[1].region)',
      '13:33: error: all serverless NEGs of a backend service must use the same platform: serverless[0] is cloudRun, this one is cloudFunctions (at backends.hello.serverless[2].cloudFunctions)',
    ]);
  });

  it('App Engine: one region per project, one NEG per backend', () => {
    const r = load(
      BASE +
        `backends:
  a:
    serverless:
      - { region: us-central1, appEngine: {} }
  b:
    serverless:
      - { region: europe-west1, appEngine: { service: b } }
routing: { default: a, hosts: [ { hosts: [b.example.com], backend: b } ] }
`,
    );
    expect(lines(r)).toEqual(['14:19: error: App Engine runs in one region per project: backend "a" already uses us-central1 (at backends.b.serverless[0].region)']);
  });

  it('IAP and CDN not together: cdn as true or as a policy object; cdn: false is no CDN', () => {
    const iap = '    iap: { oauth2ClientId: x, oauth2ClientSecret: { env: S } }\n';
    const r = load(BASE + HELLO + '    cdn: true\n' + iap);
    expect(lines(r)).toEqual(['14:5: error: IAP and Cloud CDN cannot be enabled on the same backend service: remove one of them (at backends.hello.iap)']);
    // A CDN policy object enables Cloud CDN just as `cdn: true` does.
    const policy = load(BASE + HELLO + '    cdn: { cacheMode: CACHE_ALL_STATIC, defaultTtl: 3600 }\n' + iap);
    expect(lines(policy)).toEqual(['14:5: error: IAP and Cloud CDN cannot be enabled on the same backend service: remove one of them (at backends.hello.iap)']);
    const empty = load(BASE + HELLO + '    cdn: {}\n' + iap);
    expect(lines(empty)).toEqual(['14:5: error: IAP and Cloud CDN cannot be enabled on the same backend service: remove one of them (at backends.hello.iap)']);
    // Either alone, or IAP with CDN switched off, is valid.
    expect(load(BASE + HELLO + '    cdn: false\n' + iap).diagnostics).toEqual([]);
    expect(load(BASE + HELLO + iap).diagnostics).toEqual([]);
    expect(load(BASE + HELLO + '    cdn: { cacheMode: CACHE_ALL_STATIC }\n').diagnostics).toEqual([]);
  });

  it('secrets only by reference', () => {
    const r = load(BASE + HELLO + '    iap: { oauth2ClientId: x, oauth2ClientSecret: hunter2 }\n');
    expect(lines(r)).toEqual(['13:51: error: secrets are never written in the manifest: give "oauth2ClientSecret" as { env: VARIABLE } or { file: PATH } (at backends.hello.iap.oauth2ClientSecret)']);
    expect(JSON.stringify(r.diagnostics)).not.toContain('hunter2');
  });

  it('a secret file must be readable; its content is never loaded at validation', () => {
    const missing = load(BASE + HELLO + '    iap: { oauth2ClientId: x, oauth2ClientSecret: { file: nope.txt } }\n');
    expect(lines(missing)).toEqual(['13:59: error: cannot read secret file "nope.txt" (at backends.hello.iap.oauth2ClientSecret.file)']);
    const present = load(BASE + HELLO + '    iap: { oauth2ClientId: x, oauth2ClientSecret: { file: s.txt } }\n', { 's.txt': 'topsecret' });
    expect(present.diagnostics).toEqual([]);
    expect([...present.files.values()].join()).not.toContain('topsecret');
  });

  it('backend keys must make valid names', () => {
    const r = load(BASE + HELLO.replace('  hello:', '  Hello_World:'));
    expect(lines(r)[0]).toBe('9:3: error: backend key "Hello_World" becomes part of resource names, so it must be lowercase letters, digits and dashes, starting with a letter and not ending with a dash (at backends.Hello_World)');
  });

  it('names with lb-plan suffixes must fit 63 characters', () => {
    const r = load(BASE.replace('name: serverless-lb', `name: ${'a'.repeat(50)}`) + HELLO);
    expect(lines(r)).toEqual([expect.stringMatching(/^9:3: error: the name of the Serverless NEG "a{50}-hello-[0-9a-f]{8}" would be 65 characters; GCP allows 63: shorten metadata.name and this backend key \(at backends.hello\)$/)]);
    const ok = load(BASE.replace('name: serverless-lb', `name: ${'a'.repeat(48)}`) + HELLO);
    expect(ok.diagnostics).toEqual([]);
  });
});

describe('frontend rules', () => {
  const https = (certs: string, extra = ''): string => BASE + `  https:\n    certificates:\n${certs}${extra}` + HELLO;

  it('redirect needs HTTPS on a reserved address', () => {
    const r = load(https('      - managed: [example.com]\n', '    redirectHttp: true\n').replace('{ reserve: example-ip }', '{ ephemeral: true }'));
    expect(lines(r)).toEqual(['11:19: error: the HTTP-to-HTTPS redirect needs a reserved address (reserve, existing or ip), so that both forwarding rules share one IP (at frontend.https.redirectHttp)']);
  });

  it('port 80 serves or redirects, not both', () => {
    const r = load(https('      - managed: [example.com]\n', '    redirectHttp: true\n').replace('  https:', '  http: true\n  https:'));
    expect(lines(r)).toEqual(['12:19: error: port 80 either serves HTTP (frontend.http) or redirects it to HTTPS (redirectHttp), not both (at frontend.https.redirectHttp)']);
  });

  it('1 to 15 certificates', () => {
    const sixteen = Array.from({ length: 16 }, (_, i) => `      - managed: [d${i}.example.com]\n`).join('');
    expect(lines(load(https(sixteen)))).toEqual(['10:7: error: a target HTTPS proxy takes 1 to 15 SSL certificates (found 16) (at frontend.https.certificates)']);
    expect(lines(load(BASE + '  https: { certificates: [] }\n' + HELLO))).toEqual(['8:26: error: a target HTTPS proxy takes 1 to 15 SSL certificates (found 0) (at frontend.https.certificates)']);
    expect(load(https(sixteen.split('\n').slice(0, 15).join('\n') + '\n')).diagnostics).toEqual([]);
    expect(load(https('      - managed: [d0.example.com]\n')).diagnostics).toEqual([]);
  });

  it('managed domains: no wildcards, valid names, at most 100', () => {
    expect(lines(load(https('      - managed: ["*.example.com", "exa mple.com"]\n')))).toEqual([
      '10:19: error: "*.example.com": Google-managed certificates of the classic load balancer do not accept wildcard domains (use Certificate Manager, or list each name) (at frontend.https.certificates[0].managed[0])',
      '10:36: error: "exa mple.com" is not a valid domain name (at frontend.https.certificates[0].managed[1])',
    ]);
    const many = Array.from({ length: 101 }, (_, i) => `d${i}.example.com`).join(', ');
    expect(lines(load(https(`      - managed: [${many}]\n`)))).toEqual(['10:18: error: a Google-managed certificate takes 1 to 100 domains (found 101) (at frontend.https.certificates[0].managed)']);
  });

  it('self-managed certificates: the chain file must be PEM; the key by reference', () => {
    const cert = '      - selfManaged: { certificate: c.pem, privateKey: { env: KEY } }\n';
    expect(lines(load(https(cert)))).toEqual(['10:37: error: cannot read certificate file "c.pem" (at frontend.https.certificates[0].selfManaged.certificate)']);
    expect(lines(load(https(cert), { 'c.pem': 'hello' }))).toEqual(['10:37: error: "c.pem" is not a PEM certificate (no "-----BEGIN CERTIFICATE-----" line) (at frontend.https.certificates[0].selfManaged.certificate)']);
    expect(lines(load(https(cert), { 'c.pem': '-----BEGIN CERTIFICATE-----\nMII\n-----END CERTIFICATE-----\n' }))).toEqual(['10:37: error: "c.pem": certificate 1 of 1 is not a valid PEM certificate (its base64 does not decode to an X.509 certificate) (at frontend.https.certificates[0].selfManaged.certificate)']);
    expect(load(https(cert), { 'c.pem': readFileSync('examples/certs/example.com.pem', 'utf8') }).diagnostics).toEqual([]);
  });

  it('literal IPs must match their family', () => {
    const r = load(BASE.replace('{ reserve: example-ip }', '{ ip: "2001:db8::1" }\n  ipv6: { ip: 203.0.113.1 }') + HELLO);
    expect(lines(r)).toEqual(['7:18: error: "2001:db8::1" is not an IPv4 address (at frontend.address.ip)', '8:15: error: "203.0.113.1" is not an IPv6 address (at frontend.ipv6.ip)']);
  });
});

describe('URL masks', () => {
  const mask = (platform: string, m: string): string[] => lines(load(BASE + `backends:\n  b:\n    serverless:\n      - region: us-central1\n        ${platform}: { urlMask: "${m}" }\n`));

  it.each([
    ['cloudRun', '<service>-home.example.com'],
    ['cloudRun', 'example.com/<service>'],
    ['cloudRun', '/<service>'],
    ['cloudRun', '<tag>.<service>.example.com'],
    ['cloudRun', 'example.com/home/<service>/<tag>'],
    ['cloudRun', '/home/<service>/<tag>'],
    ['cloudRun', '<tag>.example.com/home/<service>'],
    ['cloudFunctions', 'example.com/<function>'],
    ['cloudFunctions', '/<function>'],
    ['appEngine', 'example.com/<service>'],
    ['appEngine', '<service>-dot-appname.appspot.com/<version>'],
    ['apiGateway', 'example.com/<gateway>'],
    ['apiGateway', '/<gateway>'],
  ])('accepts the guide mask %s %s', (platform, m) => {
    expect(mask(platform, m)).toEqual([]);
  });

  it.each([
    ['cloudRun', '/<function>', 'URL mask placeholder <function> is not valid for cloudRun: use <service>, <tag>'],
    ['cloudFunctions', '/<service>', 'URL mask placeholder <service> is not valid for cloudFunctions: use <function>'],
    ['appEngine', '/<gateway>', 'URL mask placeholder <gateway> is not valid for appEngine: use <service>, <version>'],
    ['apiGateway', '/<service>', 'URL mask placeholder <service> is not valid for apiGateway: use <gateway>'],
    ['cloudRun', '<tag>.example.com', 'a cloudRun URL mask needs the <service> placeholder'],
    ['cloudRun', 'example.com/login', 'URL mask "example.com/login" has no placeholder: use <service>, <tag>'],
    ['cloudRun', 'https://example.com/<service>', 'URL mask "https://example.com/<service>" must not include the scheme: remove "https://"'],
    ['cloudRun', '/<service>/<service>', 'URL mask placeholder <service> appears 2 times; it may appear once'],
    ['cloudRun', '/<servce>', 'URL mask placeholder <servce> is not valid for cloudRun: use <service>, <tag> (did you mean "service"?)'],
  ])('refuses %s %s', (platform, m, message) => {
    expect(mask(platform, m)).toEqual([`12:${platform.length + 22}: error: ${message} (at backends.b.serverless[0].${platform}.urlMask)`]);
  });

  it('a NEG is a target or a mask, not both', () => {
    const r = load(BASE + `backends:\n  b:\n    serverless:\n      - region: us-central1\n        cloudRun: { service: s, urlMask: "/<service>" }\n`);
    expect(lines(r)).toEqual(['12:21: error: a NEG points either at one service or at a URL mask: remove "service" or "urlMask" (at backends.b.serverless[0].cloudRun.service)']);
  });
});

describe('routing', () => {
  const two = BASE + HELLO + `  other:\n    serverless:\n      - { region: us-central1, cloudRun: { service: other } }\n`;

  it('several backends need routing.default', () => {
    expect(lines(load(two))).toEqual(['8:1: error: with several backends, routing.default must say which one gets requests no rule matches (backends: hello, other) (at backends)']);
  });

  it('references must name declared backends', () => {
    const r = load(two + 'routing:\n  default: helo\n  hosts:\n    - { hosts: [o.example.com], backend: othr }\n');
    expect(lines(r)).toEqual([
      '17:12: error: backend "helo" is not declared under backends (did you mean "hello"?) (at routing.default)',
      '19:42: error: backend "othr" is not declared under backends (did you mean "other"?) (at routing.hosts[0].backend)',
    ]);
  });

  it('warns about a backend no route uses, without failing', () => {
    const r = load(two + 'routing:\n  default: hello\n');
    expect(r.manifest).toBeDefined();
    expect(lines(r)).toEqual(['13:3: warning: backend "other" is not used by routing: it will be created but receive no traffic (at backends.other)']);
  });

  it('hosts: valid, wildcard first, not routed twice', () => {
    const r = load(two + 'routing:\n  default: hello\n  hosts:\n    - { hosts: ["*.example.com", "a*.example.com"], backend: other }\n    - { hosts: ["*.EXAMPLE.com"], backend: hello }\n');
    expect(lines(r)).toEqual([
      '19:34: error: "a*.example.com" is not a valid host: a domain name, "*", or a leading wildcard followed by "." or "-" (as "*.example.com") (at routing.hosts[0].hosts[1])',
      '20:17: error: host "*.EXAMPLE.com" is already routed by routing.hosts[0] (at routing.hosts[1].hosts[0])',
    ]);
  });
});

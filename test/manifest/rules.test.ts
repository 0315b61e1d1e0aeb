/**
 * The rules of src/manifest/rules.ts that a schema cannot express, one case each, through the real
 * loader: the message, the line:column and the YAML path are compared literally, and the cases that
 * must pass are checked to pass (a rule that fires too widely fails them).
 */
import { describe, expect, it } from 'vitest';
import { BASE, lines, load } from '../helpers/manifest.js';

const HELLO = `backends:
  hello:
    serverless:
      - region: us-central1
        cloudRun: { service: helloworld }
`;

const CASES: Record<string, [string, Record<string, string>?]> = {
  labels61: [BASE.replace('  project: my-project\n', `  project: my-project\n  labels: { ${Array.from({ length: 61 }, (_, i) => `l${i}: v`).join(', ')} }\n`) + HELLO],
  labels60: [BASE.replace('  project: my-project\n', `  project: my-project\n  labels: { ${Array.from({ length: 60 }, (_, i) => `l${i}: v`).join(', ')} }\n`) + HELLO],
  labelOwn: [BASE.replace('  project: my-project\n', `  project: my-project\n  labels: { managed-by: me, lb-plan-lb: x, lb-plan-from: y, Team: web, 1a: b, ${'k'.repeat(64)}: v, ${'k'.repeat(63)}: v, ok: Web, ok2: '${'v'.repeat(64)}', ok3: '${'v'.repeat(63)}', ok4: '', a_b-c: d_e-f }\n`) + HELLO],
  servesNothing: [BASE.replace('  address: { reserve: example-ip }\n', '  address: { reserve: example-ip }\n  http: false\n') + HELLO],
  httpHttpsEphemeral: [BASE.replace('  address: { reserve: example-ip }\n', '  address: { ephemeral: true }\n  http: true\n  https:\n    certificates: [ { managed: [example.com] } ]\n') + HELLO],
  httpsOnlyEphemeral: [BASE.replace('  address: { reserve: example-ip }\n', '  address: { ephemeral: true }\n  https:\n    certificates: [ { managed: [example.com] } ]\n') + HELLO],
  badIps: [BASE.replace('  address: { reserve: example-ip }\n', '  address: { ip: 300.1.2.3 }\n  ipv6: { ip: 203.0.113.5 }\n') + HELLO],
  goodIps: [BASE.replace('  address: { reserve: example-ip }\n', '  address: { ip: 203.0.113.5 }\n  ipv6: { ip: "2001:db8::1" }\n') + HELLO],
  sameReserve: [BASE.replace('  address: { reserve: example-ip }\n', '  address: { reserve: example-ip }\n  ipv6: { reserve: example-ip }\n') + HELLO],
  v6reserve: [BASE.replace('  address: { reserve: example-ip }\n', '  address: { reserve: example-ip }\n  ipv6: { reserve: example-ip6 }\n') + HELLO],
  certs: [
    BASE +
      '  https:\n    certificates:\n      - { existing: shared, name: mine }\n      - { existing: shared }\n      - managed: [Example.com., www.example.com]\n      - managed: [www.example.com, example.com]\n' +
      `      - managed: [localhost, "${'a'.repeat(64)}.com", "${Array.from({ length: 64 }, () => 'abc').join('.')}"]\n` +
      HELLO,
  ],
  selfNotPem: [BASE + '  https:\n    certificates:\n      - selfManaged: { certificate: c.pem, privateKey: { file: k.pem } }\n' + HELLO, { 'c.pem': 'hello' }],
  selfSix: [BASE + '  https:\n    certificates:\n      - selfManaged: { certificate: c.pem, privateKey: { env: K } }\n' + HELLO, { 'c.pem': '-----BEGIN CERTIFICATE-----\nx\n-----END CERTIFICATE-----\n'.repeat(6) }],
  selfBadChain: [BASE + '  https:\n    certificates:\n      - selfManaged: { certificate: c.pem, privateKey: { file: k.pem } }\n' + HELLO, { 'c.pem': '-----BEGIN CERTIFICATE-----\nx\n-----END CERTIFICATE-----\n', 'k.pem': 'key' }],
  cdnTtls: [BASE + HELLO + '    cdn: { cacheMode: USE_ORIGIN_HEADERS, defaultTtl: 1, maxTtl: 2, clientTtl: 3 }\n'],
  cdnStatic: [BASE + HELLO + '    cdn: { cacheMode: CACHE_ALL_STATIC, defaultTtl: 1, maxTtl: 2, clientTtl: 3 }\n'],
  targets: [
    BASE +
      `backends:
  a:
    serverless:
      - { region: us-central1, cloudRun: { urlMask: "<service>.example.com", service: x } }
      - { region: europe-west1, cloudRun: { tag: blue } }
      - { region: asia-east1, cloudRun: {} }
  f:
    serverless:
      - { region: us-central1, cloudFunctions: {} }
  g:
    serverless:
      - { region: us-central1, apiGateway: {} }
  e:
    serverless:
      - { region: us-central1, appEngine: {} }
routing: { default: a, hosts: [ { hosts: [f.example.com], backend: f }, { hosts: [g.example.com], backend: g }, { hosts: [e.example.com], backend: e } ] }
`,
  ],
  masks: [
    BASE +
      `backends:
  a:
    serverless:
      - { region: us-central1, cloudRun: { urlMask: "ex ample.com/<service>" } }
      - { region: europe-west1, cloudRun: { urlMask: "example.com/<service" } }
      - { region: asia-east1, cloudRun: { urlMask: "example.com/<servce>" } }
      - { region: us-east1, cloudRun: { urlMask: "<service>.example.com/<service>" } }
      - { region: us-west1, cloudRun: { urlMask: "example.com/x" } }
      - { region: europe-west4, cloudRun: { urlMask: "example.com/<tag>" } }
      - { region: asia-northeast1, cloudRun: { urlMask: "example.com/service>" } }
  b:
    serverless:
      - { region: us-central1, appEngine: { urlMask: "example.com/x" } }
      - { region: us-central1, appEngine: { urlMask: "<version>.example.com" } }
routing: { default: a, hosts: [ { hosts: [b.example.com], backend: b } ] }
`,
  ],
  policies: [
    BASE +
      `backends:
  a:
    serverless: [ { region: us-central1, cloudRun: { service: a } } ]
    securityPolicy: { rateLimit: { name: shared, requestCount: 100 } }
  b:
    serverless: [ { region: us-central1, cloudRun: { service: b } } ]
    securityPolicy: { rateLimit: { name: shared, requestCount: 200 } }
  c:
    serverless: [ { region: us-central1, cloudRun: { service: c } } ]
    securityPolicy: { rateLimit: { name: shared, requestCount: 100 } }
routing: { default: a, hosts: [ { hosts: [b.example.com], backend: b }, { hosts: [c.example.com], backend: c } ] }
`,
  ],
  routing: [
    BASE +
      `backends:
  a:
    serverless: [ { region: us-central1, cloudRun: { service: a } } ]
  b:
    serverless: [ { region: us-central1, cloudRun: { service: b } } ]
  c:
    serverless: [ { region: us-central1, cloudRun: { service: c } } ]
routing:
  default: a
  paths: [ { paths: [/x/*], backend: b } ]
  hosts:
    - { hosts: ["*", "a.example.com:8080", "*.example.com", "*-x.example.com", "x*.example.com", "-a.example.com"], backend: b, paths: [ { paths: ["/q?x", "/h#x", /y*, /z/*/w, /d, /d, "/*"], backend: a } ] }
`,
  ],
  unused: [
    BASE +
      `backends:
  a:
    serverless: [ { region: us-central1, cloudRun: { service: a } } ]
  b:
    serverless: [ { region: us-central1, cloudRun: { service: b } } ]
routing: { default: a }
`,
  ],
  unusedWithTypo: [
    BASE +
      `backends:
  a:
    serverless: [ { region: us-central1, cloudRun: { service: a } } ]
  b:
    serverless: [ { region: us-central1, cloudRun: { service: b } } ]
routing: { default: aa }
`,
  ],
  tests: [
    BASE +
      `backends:
  a:
    serverless: [ { region: us-central1, cloudRun: { service: a } } ]
  b:
    serverless: [ { region: us-central1, cloudRun: { service: b } } ]
routing: { default: a, hosts: [ { hosts: [b.example.com], backend: b } ] }
tests:
  - { url: "ftp://b.example.com/", backend: b }
  - { url: "https://b.example.com/", backend: zz }
  - { url: "https://b.example.com/", backend: a }
  - { url: "https://x.example.com/", backend: a }
  - { url: "https://b.example.com/x", backend: b }
`,
  ],
  testsOneBackend: [BASE + HELLO + 'tests:\n  - { url: "https://any.example.com/", backend: hello }\n  - { url: "https://any.example.com/", backend: nope }\n'],
  testsNoRouting: [
    BASE +
      `backends:
  a:
    serverless: [ { region: us-central1, cloudRun: { service: a } } ]
  b:
    serverless: [ { region: us-central1, cloudRun: { service: b } } ]
tests:
  - { url: "https://b.example.com/", backend: zz }
`,
  ],
};

describe('manifest rules', () => {
  it("at most 60 labels of the manifest's own (GCP allows 64; lb-plan adds up to 4: ownership, hand-over, applied record)", () => {
    const [text, files] = CASES.labels61!;
    expect(lines(load(text, files))).toEqual([
      '6:3: error: 61 labels: GCP allows 64 on a resource, and lb-plan adds up to 4 of its own (ownership, hand-over, applied record), so at most 60 (at metadata.labels)',
    ]);
  });

  it("the applied-record label is lb-plan's own", () => {
    const text = BASE.replace('  project: my-project\n', '  project: my-project\n  labels: { lb-plan-applied: r1-00 }\n') + HELLO;
    expect(lines(load(text))).toEqual(["6:13: error: label \"lb-plan-applied\" is lb-plan's own applied-record label and cannot be set (at metadata.labels.lb-plan-applied)"]);
  });

  it("descriptions leave room for lb-plan's ownership marker within GCP's 2,048 characters, and never spell lb-plan's own text", () => {
    const room = 2048 - ' [managed by lb-plan: serverless-lb]'.length;
    const at = (text: string): string => BASE + HELLO.replace('  hello:\n', `  hello:\n    description: "${text}"\n`);
    expect(lines(load(at('x'.repeat(room))))).toEqual([]);
    expect(lines(load(at('x'.repeat(room + 1))))).toEqual([`10:18: error: is ${room + 1} characters long: GCP keeps 2,048, and lb-plan appends its ownership marker, so at most ${room} here (at backends.hello.description)`]);
    const meta = BASE.replace('  project: my-project\n', '  project: my-project\n  description: "mine [lb-plan applied r1-00]"\n') + HELLO;
    expect(lines(load(meta))).toEqual(['6:16: error: holds text lb-plan writes itself ("[managed by lb-plan: …]", "[lb-plan applied …]"): remove it (at metadata.description)']);
  });

  it('60 labels are allowed', () => {
    const [text, files] = CASES.labels60!;
    expect(lines(load(text, files))).toEqual([]);
  });

  it("label keys and values: lb-plan's own keys refused; lowercase letters, digits, \"_\" and \"-\", a key starting with a letter, 63 at most", () => {
    const [text, files] = CASES.labelOwn!;
    expect(lines(load(text, files))).toEqual([
      "6:13: error: label \"managed-by\" is lb-plan's own ownership label and cannot be set (at metadata.labels.managed-by)",
      "6:29: error: label \"lb-plan-lb\" is lb-plan's own ownership label and cannot be set (at metadata.labels.lb-plan-lb)",
      "6:44: error: label \"lb-plan-from\" is lb-plan's own ownership label and cannot be set (at metadata.labels.lb-plan-from)",
      '6:61: error: label key "Team" must start with a lowercase letter and have at most 63 lowercase letters, digits, "_" or "-" (at metadata.labels.Team)',
      '6:72: error: label key "1a" must start with a lowercase letter and have at most 63 lowercase letters, digits, "_" or "-" (at metadata.labels."1a")',
      '6:79: error: label key "kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk…" must start with a lowercase letter and have at most 63 lowercase letters, digits, "_" or "-" (at metadata.labels.kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk)',
      '6:220: error: label value "Web" may have at most 63 lowercase letters, digits, "_" or "-" (at metadata.labels.ok)',
      '6:230: error: label value "vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv…" may have at most 63 lowercase letters, digits, "_" or "-" (at metadata.labels.ok2)',
    ]);
  });

  it('a frontend with http: false and no https serves nothing', () => {
    const [text, files] = CASES.servesNothing!;
    expect(lines(load(text, files))).toEqual([
      '8:9: error: the frontend serves nothing: set http: true or add https (at frontend.http)',
    ]);
  });

  it('HTTP and HTTPS on an ephemeral address are refused (two IPs)', () => {
    const [text, files] = CASES.httpHttpsEphemeral!;
    expect(lines(load(text, files))).toEqual([
      '7:25: error: HTTP and HTTPS on an ephemeral address would get two different IPs: reserve an address (at frontend.address.ephemeral)',
    ]);
  });

  it('HTTPS alone on an ephemeral address is allowed', () => {
    const [text, files] = CASES.httpsOnlyEphemeral!;
    expect(lines(load(text, files))).toEqual([]);
  });

  it('an IPv4 address where IPv4 is asked, an IPv6 one where IPv6 is', () => {
    const [text, files] = CASES.badIps!;
    expect(lines(load(text, files))).toEqual([
      '7:18: error: "300.1.2.3" is not an IPv4 address (at frontend.address.ip)',
      '8:15: error: "203.0.113.5" is not an IPv6 address (at frontend.ipv6.ip)',
    ]);
  });

  it('valid IPv4 and IPv6 addresses pass', () => {
    const [text, files] = CASES.goodIps!;
    expect(lines(load(text, files))).toEqual([]);
  });

  it("the IPv6 address cannot reuse the IPv4 address's name", () => {
    const [text, files] = CASES.sameReserve!;
    expect(lines(load(text, files))).toEqual([
      '8:20: error: "example-ip" is already the IPv4 address: each address needs its own name (at frontend.ipv6.reserve)',
    ]);
  });

  it('an IPv6 address of its own name passes', () => {
    const [text, files] = CASES.v6reserve!;
    expect(lines(load(text, files))).toEqual([]);
  });

  it('certificates: no name for an existing one, none listed twice, no two managed ones for the same domains (compared in lower case, without the final dot), valid domain names only', () => {
    const [text, files] = CASES.certs!;
    expect(lines(load(text, files))).toEqual([
      '10:29: error: "name" names certificates lb-plan creates; an existing certificate keeps its own name (at frontend.https.certificates[0].name)',
      '11:21: error: certificate "shared" is already listed as certificates[0] (at frontend.https.certificates[1].existing)',
      '13:18: error: certificates[2] already covers exactly these domains (at frontend.https.certificates[3].managed)',
      '14:19: error: "localhost" is not a valid domain name (at frontend.https.certificates[4].managed[0])',
      '14:30: error: "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa…" is not a valid domain name (at frontend.https.certificates[4].managed[1])',
      '14:102: error: "abc.abc.abc.abc.abc.abc.abc.abc.abc.abc.abc.abc.abc.abc.abc.…" is not a valid domain name (at frontend.https.certificates[4].managed[2])',
    ]);
  });

  it('a self-managed certificate must be PEM; its private key file must be readable', () => {
    const [text, files] = CASES.selfNotPem!;
    expect(lines(load(text, files))).toEqual([
      '10:37: error: "c.pem" is not a PEM certificate (no "-----BEGIN CERTIFICATE-----" line) (at frontend.https.certificates[0].selfManaged.certificate)',
      '10:64: error: cannot read secret file "k.pem" (at frontend.https.certificates[0].selfManaged.privateKey.file)',
    ]);
  });

  it('a certificate chain holds at most 5 certificates', () => {
    const [text, files] = CASES.selfSix!;
    expect(lines(load(text, files))).toEqual([
      '10:37: error: "c.pem" holds more than 5 certificates; GCP accepts chains of at most 5 (at frontend.https.certificates[0].selfManaged.certificate)',
    ]);
  });

  it('a PEM block that is no certificate is an error at the certificate', () => {
    const [text, files] = CASES.selfBadChain!;
    expect(lines(load(text, files))).toEqual([
      '10:37: error: "c.pem": certificate 1 of 1 is not a valid PEM certificate (its base64 does not decode to an X.509 certificate) (at frontend.https.certificates[0].selfManaged.certificate)',
    ]);
  });

  it('cacheMode USE_ORIGIN_HEADERS takes no TTL: each one given is an error at it', () => {
    const [text, files] = CASES.cdnTtls!;
    expect(lines(load(text, files))).toEqual([
      "13:43: error: defaultTtl cannot be set with cacheMode USE_ORIGIN_HEADERS (the origin's Cache-Control headers decide); GCP refuses it: remove defaultTtl, or use CACHE_ALL_STATIC or FORCE_CACHE_ALL (at backends.hello.cdn.defaultTtl)",
      "13:58: error: maxTtl cannot be set with cacheMode USE_ORIGIN_HEADERS (the origin's Cache-Control headers decide); GCP refuses it: remove maxTtl, or use CACHE_ALL_STATIC or FORCE_CACHE_ALL (at backends.hello.cdn.maxTtl)",
      "13:69: error: clientTtl cannot be set with cacheMode USE_ORIGIN_HEADERS (the origin's Cache-Control headers decide); GCP refuses it: remove clientTtl, or use CACHE_ALL_STATIC or FORCE_CACHE_ALL (at backends.hello.cdn.clientTtl)",
    ]);
  });

  it('CACHE_ALL_STATIC takes TTLs', () => {
    const [text, files] = CASES.cdnStatic!;
    expect(lines(load(text, files))).toEqual([]);
  });

  it("a NEG points at its platform's target or at a URL mask, not both; a Cloud Run tag needs a service; App Engine's default service needs nothing", () => {
    const [text, files] = CASES.targets!;
    expect(lines(load(text, files))).toEqual([
      '11:78: error: a NEG points either at one service or at a URL mask: remove "service" or "urlMask" (at backends.a.serverless[0].cloudRun.service)',
      '12:43: error: needs "service" or "urlMask" (at backends.a.serverless[1].cloudRun)',
      '12:45: error: a tag needs a service (at backends.a.serverless[1].cloudRun.tag)',
      '13:41: error: needs "service" or "urlMask" (at backends.a.serverless[2].cloudRun)',
      '16:48: error: needs "function" or "urlMask" (at backends.f.serverless[0].cloudFunctions)',
      '19:44: error: needs "gateway" or "urlMask" (at backends.g.serverless[0].apiGateway)',
    ]);
  });

  it("URL masks: no spaces, balanced <>, the platform's placeholders once each, the required one present", () => {
    const [text, files] = CASES.masks!;
    expect(lines(load(text, files))).toEqual([
      '11:53: error: URL mask "ex ample.com/<service>" must not contain spaces (at backends.a.serverless[0].cloudRun.urlMask)',
      '12:54: error: URL mask "example.com/<service" has an unbalanced "<" or ">" (at backends.a.serverless[1].cloudRun.urlMask)',
      '12:54: error: URL mask "example.com/<service" has no placeholder: use <service>, <tag> (at backends.a.serverless[1].cloudRun.urlMask)',
      '13:52: error: URL mask placeholder <servce> is not valid for cloudRun: use <service>, <tag> (did you mean "service"?) (at backends.a.serverless[2].cloudRun.urlMask)',
      '14:50: error: URL mask placeholder <service> appears 2 times; it may appear once (at backends.a.serverless[3].cloudRun.urlMask)',
      '15:50: error: URL mask "example.com/x" has no placeholder: use <service>, <tag> (at backends.a.serverless[4].cloudRun.urlMask)',
      '16:54: error: a cloudRun URL mask needs the <service> placeholder (at backends.a.serverless[5].cloudRun.urlMask)',
      '17:57: error: URL mask "example.com/service>" has an unbalanced "<" or ">" (at backends.a.serverless[6].cloudRun.urlMask)',
      '17:57: error: URL mask "example.com/service>" has no placeholder: use <service>, <tag> (at backends.a.serverless[6].cloudRun.urlMask)',
      '20:54: error: URL mask "example.com/x" has no placeholder: use <service>, <version> (at backends.b.serverless[0].appEngine.urlMask)',
      '21:9: error: App Engine runs in one region per project, so an App Engine backend takes one serverless NEG (multi-region load balancing is not supported with App Engine) (at backends.b.serverless[1])',
      '21:19: error: backend "b" already has a serverless NEG in us-central1 (serverless[0]): a backend service can have only one serverless NEG per region (at backends.b.serverless[1].region)',
    ]);
  });

  it('one security policy name shared by backends must have the same settings everywhere', () => {
    const [text, files] = CASES.policies!;
    expect(lines(load(text, files))).toEqual([
      '14:42: error: security policy "shared" is already declared with other settings by backend "a" (at backends.b.securityPolicy.rateLimit.name)',
      '17:42: error: security policy "shared" is already declared with other settings by backend "b" (at backends.c.securityPolicy.rateLimit.name)',
    ]);
  });

  it('routing: paths beside a "*" host, host syntax, "?" and "#" and misplaced "*" in paths, a path twice; a backend no rule uses is a warning', () => {
    const [text, files] = CASES.routing!;
    expect(lines(load(text, files))).toEqual([
      '13:3: warning: backend "c" is not used by routing: it will be created but receive no traffic (at backends.c)',
      '17:3: error: routing.paths are the path rules for every other host, and routing.hosts[0] already routes "*": move its paths here, or drop one of them (at routing.paths)',
      '19:80: error: "x*.example.com" is not a valid host: a domain name, "*", or a leading wildcard followed by "." or "-" (as "*.example.com") (at routing.hosts[0].hosts[4])',
      '19:98: error: "-a.example.com" is not a valid host: a domain name, "*", or a leading wildcard followed by "." or "-" (as "*.example.com") (at routing.hosts[0].hosts[5])',
      '19:148: error: path "/q?x" must not contain "?" or "#" (at routing.hosts[0].paths[0].paths[0])',
      '19:156: error: path "/h#x" must not contain "?" or "#" (at routing.hosts[0].paths[0].paths[1])',
      '19:164: error: path "/y*": "*" is only allowed at the end, after a "/" (as "/api/*") (at routing.hosts[0].paths[0].paths[2])',
      '19:169: error: path "/z/*/w": "*" is only allowed at the end, after a "/" (as "/api/*") (at routing.hosts[0].paths[0].paths[3])',
      '19:181: error: path "/d" is listed twice for these hosts (at routing.hosts[0].paths[0].paths[5])',
    ]);
  });

  it('a backend no routing rule uses is a warning', () => {
    const [text, files] = CASES.unused!;
    expect(lines(load(text, files))).toEqual([
      '11:3: warning: backend "b" is not used by routing: it will be created but receive no traffic (at backends.b)',
    ]);
  });

  it('with a misspelt backend reference, the error is enough: no "not used" warning', () => {
    const [text, files] = CASES.unusedWithTypo!;
    expect(lines(load(text, files))).toEqual([
      '13:21: error: backend "aa" is not declared under backends (did you mean "a"?) (at routing.default)',
    ]);
  });

  it('tests: an http(s) URL, a declared backend, and the backend the routing really reaches', () => {
    const [text, files] = CASES.tests!;
    expect(lines(load(text, files))).toEqual([
      '15:12: error: "ftp://b.example.com/" must be an http or https URL such as https://shop.example.com/api/x (at tests[0].url)',
      '16:47: error: backend "zz" is not declared under backends (did you mean "a"?) (at tests[1].backend)',
      '17:47: error: test fails: https://b.example.com/ reaches backend "b" through routing.hosts[0].backend (host "b.example.com", no path rule matched), not "a" (at tests[2].backend)',
    ]);
  });

  it('with one backend and no routing, tests are checked against that backend', () => {
    const [text, files] = CASES.testsOneBackend!;
    expect(lines(load(text, files))).toEqual([
      '15:49: error: backend "nope" is not declared under backends (at tests[1].backend)',
    ]);
  });

  it('with several backends and no routing, tests are not run (routing.default is missing, and said so)', () => {
    const [text, files] = CASES.testsNoRouting!;
    expect(lines(load(text, files))).toEqual([
      '8:1: error: with several backends, routing.default must say which one gets requests no rule matches (backends: a, b) (at backends)',
    ]);
  });
});

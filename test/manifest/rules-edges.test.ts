/**
 * The edges of src/manifest/rules.ts that the main rule cases (rules.test.ts) leave open, found by
 * mutation testing (issue 17): a part the schema refused is skipped by the rules (no second, confusing
 * error, no crash), boundaries (253-character domains, chains of exactly 5, "*" at a path's start),
 * and the cases a rule must let pass. Through the real loader, lines compared literally.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkRules } from '../../src/manifest/rules.js';
import type { Manifest } from '../../src/manifest/schema.js';
import { BASE, lines, load } from '../helpers/manifest.js';

const HELLO = `backends:
  hello:
    serverless:
      - region: us-central1
        cloudRun: { service: helloworld }
`;
const withFrontend = (frontend: string, backends = HELLO) => BASE.replace('frontend:\n  address: { reserve: example-ip }\n', frontend) + backends;
const check = (text: string, files: Record<string, string> = {}) => lines(load(text, files));

describe('a part the schema refused is left to the schema', () => {
  it('metadata with a schema error: no label rule runs on it', () => {
    const text = BASE.replace('  project: my-project\n', '  project: my-project\n  labels: { managed-by: me, n: 5 }\n') + HELLO;
    expect(check(text).filter((l) => l.includes('ownership label'))).toEqual([]);
    expect(check(text).length).toBeGreaterThan(0);
  });
  it('no frontend, a null frontend, a null backends, backends as a list: schema errors only, no crash', () => {
    for (const text of [BASE.replace('frontend:\n  address: { reserve: example-ip }\n', '') + HELLO, BASE.replace('frontend:\n  address: { reserve: example-ip }\n', 'frontend: null\n') + HELLO, BASE + 'backends: null\n', BASE + 'backends: [ a ]\n', BASE + 'backends: x\n']) {
      const out = check(text);
      expect(out.length, text).toBeGreaterThan(0);
      expect(out.every((l) => !/Cannot read|TypeError|undefined/.test(l)), out.join('\n')).toBe(true);
    }
  });
  it("metadata's label rules still run when another part has a schema error", () => {
    const text = BASE.replace('  project: my-project\n', '  project: my-project\n  labels: { managed-by: me }\n') + HELLO + '    cdn: 5\n';
    expect(check(text).filter((l) => l.includes('ownership label'))).toEqual([`6:13: error: label "managed-by" is lb-plan's own ownership label and cannot be set (at metadata.labels.managed-by)`]);
  });
  it('backends given as a string: the schema error alone (no backend key "0")', () => {
    expect(check(BASE + 'backends: x\n')).toEqual(['8:11: error: must be a mapping (key: value), not "x" (at backends)']);
    expect(check(BASE + 'backends: x\nrouting: { default: a }\n')).toEqual(['8:11: error: must be a mapping (key: value), not "x" (at backends)']);
  });
  it('https the schema refused, beside HTTP on an ephemeral address: only the schema error, not the two-IPs rule', () => {
    const text = withFrontend('frontend:\n  address: { ephemeral: true }\n  http: true\n  https: "yes"\n');
    expect(check(text).filter((l) => l.includes('two different IPs'))).toEqual([]);
  });
  it('an ephemeral address the schema refused: the two-IPs rule does not run on it', () => {
    const text = withFrontend('frontend:\n  address: { ephemeral: "yes" }\n  http: true\n  https:\n    certificates: [ { managed: [example.com] } ]\n');
    expect(check(text).filter((l) => l.includes('two different IPs'))).toEqual([]);
  });
  it('an IPv6 section the schema refused: its address is not checked as an IP', () => {
    const text = withFrontend('frontend:\n  address: { reserve: example-ip }\n  ipv6: { ip: "203.0.113.5", reserve: example-ip6 }\n');
    expect(check(text).filter((l) => l.includes('is not an IPv6 address'))).toEqual([]);
  });
  const twoRegions = (c: string) => `backends:
  a:
    serverless: [ { region: us-central1, appEngine: { service: a } } ]
  b:
    serverless: [ { region: europe-west1, appEngine: { service: b } } ]${c}
  c:
    serverless: [ { region: us-central1, cloudRun: { service: c } } ]
routing: { default: a, hosts: [ { hosts: [b.example.com], backend: b }, { hosts: [c.example.com], backend: c } ] }
`;
  it('App Engine in two regions is refused even when another backend has a schema error; a backend with one is skipped', () => {
    const other = BASE + twoRegions('').replace('cloudRun: { service: c } } ]', 'cloudRun: { service: c } } ]\n    cdn: 5');
    expect(check(other).filter((l) => l.includes('App Engine runs in one region'))).toEqual(['12:29: error: App Engine runs in one region per project: backend "a" already uses us-central1 (at backends.b.serverless[0].region)']);
    const itself = BASE + twoRegions('\n    cdn: 5');
    expect(check(itself).filter((l) => l.includes('App Engine runs in one region'))).toEqual([]);
  });
  const policies = (c: string) => `backends:
  a:
    serverless: [ { region: us-central1, cloudRun: { service: a } } ]
    securityPolicy: { rateLimit: { name: shared, requestCount: 100 } }
  b:
    serverless: [ { region: us-central1, cloudRun: { service: b } } ]
    securityPolicy: { rateLimit: { name: shared, requestCount: 200 } }${c}
  c:
    serverless: [ { region: us-central1, cloudRun: { service: c } } ]
routing: { default: a, hosts: [ { hosts: [b.example.com], backend: b }, { hosts: [c.example.com], backend: c } ] }
`;
  it('one policy name with other settings is refused even when another backend has a schema error; a backend with one is skipped', () => {
    const other = BASE + policies('').replace('cloudRun: { service: c } } ]', 'cloudRun: { service: c } } ]\n    cdn: 5');
    expect(check(other).filter((l) => l.includes('security policy "shared"'))).toEqual(['14:42: error: security policy "shared" is already declared with other settings by backend "a" (at backends.b.securityPolicy.rateLimit.name)']);
    expect(check(BASE + policies('\n    cdn: 5')).filter((l) => l.includes('security policy "shared"'))).toEqual([]);
  });
});

describe('what the rules let pass, at their edges', () => {
  it('one policy name with the same settings on two backends passes', () => {
    const text =
      BASE +
      `backends:
  a:
    serverless: [ { region: us-central1, cloudRun: { service: a } } ]
    securityPolicy: { rateLimit: { name: shared, requestCount: 100 } }
  b:
    serverless: [ { region: us-central1, cloudRun: { service: b } } ]
    securityPolicy: { rateLimit: { name: shared, requestCount: 100 } }
routing: { default: a, hosts: [ { hosts: [b.example.com], backend: b } ] }
`;
    expect(check(text)).toEqual([]);
  });
  it('managed certificates for different domain sets whose names would run together are different (a.b.com + c.com is not a.b.comc.com)', () => {
    expect(check(withFrontend('frontend:\n  address: { reserve: example-ip }\n  https:\n    certificates:\n      - managed: [a.b.com, c.com]\n      - managed: [a.b.comc.com]\n'))).toEqual([]);
  });
  it('domain names: 253 characters and one-character labels pass; 254 do not', () => {
    const d253 = `${Array.from({ length: 3 }, () => 'a'.repeat(63)).join('.')}.${'b'.repeat(57)}.com`;
    expect(d253).toHaveLength(253);
    expect(check(withFrontend(`frontend:\n  address: { reserve: example-ip }\n  https:\n    certificates:\n      - managed: [${d253}, a.b.example.com]\n`))).toEqual([]);
    expect(check(withFrontend(`frontend:\n  address: { reserve: example-ip }\n  https:\n    certificates:\n      - managed: [x${d253}]\n`))).toEqual([`10:19: error: "x${d253.slice(0, 59)}…" is not a valid domain name (at frontend.https.certificates[0].managed[0])`]);
  });
  it('a certificate file that cannot be read is said so', () => {
    expect(check(withFrontend('frontend:\n  address: { reserve: example-ip }\n  https:\n    certificates:\n      - selfManaged: { certificate: missing.pem, privateKey: { env: K } }\n'))).toEqual([
      '10:37: error: cannot read certificate file "missing.pem" (at frontend.https.certificates[0].selfManaged.certificate)',
    ]);
  });
  it('a chain of exactly 5 certificates is not refused for its length (its blocks are checked instead)', () => {
    const five = '-----BEGIN CERTIFICATE-----\nx\n-----END CERTIFICATE-----\n'.repeat(5);
    expect(check(withFrontend('frontend:\n  address: { reserve: example-ip }\n  https:\n    certificates:\n      - selfManaged: { certificate: c.pem, privateKey: { env: K } }\n'), { 'c.pem': five })).toEqual([
      '10:37: error: "c.pem": certificate 1 of 5 is not a valid PEM certificate (its base64 does not decode to an X.509 certificate) (at frontend.https.certificates[0].selfManaged.certificate)',
    ]);
  });
  it('USE_ORIGIN_HEADERS without TTLs passes; FORCE_CACHE_ALL takes defaultTtl but not maxTtl; CACHE_ALL_STATIC takes maxTtl', () => {
    expect(check(BASE + HELLO + '    cdn: { cacheMode: USE_ORIGIN_HEADERS }\n')).toEqual([]);
    expect(check(BASE + HELLO + '    cdn: { cacheMode: FORCE_CACHE_ALL, defaultTtl: 10 }\n')).toEqual([]);
    expect(check(BASE + HELLO + '    cdn: { cacheMode: CACHE_ALL_STATIC, maxTtl: 20 }\n')).toEqual([]);
    expect(check(BASE + HELLO + '    cdn: { cacheMode: FORCE_CACHE_ALL, defaultTtl: 10, maxTtl: 20 }\n')).toEqual([
      '13:56: error: maxTtl cannot be set with cacheMode FORCE_CACHE_ALL (defaultTtl sets the TTL of every response); GCP refuses it: remove maxTtl (at backends.hello.cdn.maxTtl)',
    ]);
  });
  it('a Cloud Run tag with its service passes', () => {
    expect(check(BASE + HELLO.replace('cloudRun: { service: helloworld }', 'cloudRun: { service: helloworld, tag: blue }'))).toEqual([]);
  });
  it('a URL mask may hold "://" after its start; only a leading scheme is refused', () => {
    const mask = (m: string) => check(BASE + HELLO.replace('cloudRun: { service: helloworld }', `cloudRun: { urlMask: "${m}" }`));
    expect(mask('example.com/<service>/x://y')).toEqual([]);
    expect(mask('https://example.com/<service>')).toEqual(['12:30: error: URL mask "https://example.com/<service>" must not include the scheme: remove "https://" (at backends.hello.serverless[0].cloudRun.urlMask)']);
  });
  it('a URL mask with an invalid placeholder beside a valid one says so, and not that the required one is missing', () => {
    const out = check(BASE + HELLO.replace('cloudRun: { service: helloworld }', 'cloudRun: { urlMask: "<tag>.<servce>.example.com" }'));
    expect(out).toEqual(['12:30: error: URL mask placeholder <servce> is not valid for cloudRun: use <service>, <tag> (did you mean "service"?) (at backends.hello.serverless[0].cloudRun.urlMask)']);
  });
  it('nested brackets are unbalanced: "<<service>>"', () => {
    const out = check(BASE + HELLO.replace('cloudRun: { service: helloworld }', 'cloudRun: { urlMask: "example.com/<<service>>" }'));
    expect(out).toContain('12:30: error: URL mask "example.com/<<service>>" has an unbalanced "<" or ">" (at backends.hello.serverless[0].cloudRun.urlMask)');
  });
  const routing = (r: string) =>
    BASE +
    `backends:
  a:
    serverless: [ { region: us-central1, cloudRun: { service: a } } ]
  b:
    serverless: [ { region: us-central1, cloudRun: { service: b } } ]
${r}`;
  it('a "*" host without routing.paths passes, and routing.paths without a "*" host', () => {
    expect(check(routing('routing: { default: a, hosts: [ { hosts: ["*"], backend: b } ] }\n'))).toEqual([]);
    expect(check(routing('routing: { default: a, paths: [ { paths: [/x/*], backend: b } ], hosts: [ { hosts: [b.example.com], backend: b } ] }\n'))).toEqual([]);
  });
  it('routing the schema refused is left to the schema: no routing rule runs on it', () => {
    const out = check(routing('routing: { default: a, paths: [ { paths: [/x/*], backend: b } ], hosts: [ { hosts: ["*"], backend: 5 } ] }\n'));
    expect(out.length).toBeGreaterThan(0);
    expect(out.filter((l) => l.includes('routing.paths are the path rules'))).toEqual([]);
  });
  it('a one-character host passes', () => {
    expect(check(routing('routing: { default: a, hosts: [ { hosts: [x, "y:8080"], backend: b } ] }\n'))).toEqual([]);
  });
  it('an App Engine NEG with a service and a URL mask names its target, the service', () => {
    expect(check(BASE + 'backends:\n  hello:\n    serverless: [ { region: us-central1, appEngine: { urlMask: "<service>.example.com", service: x } } ]\n')).toEqual([
      '10:89: error: a NEG points either at one service or at a URL mask: remove "service" or "urlMask" (at backends.hello.serverless[0].appEngine.service)',
    ]);
  });
  it('a misspelt default with routing.paths is one error, at routing.default', () => {
    expect(check(routing('routing: { default: aa, paths: [ { paths: [/x/*], backend: b } ] }\n'))).toEqual(['13:21: error: backend "aa" is not declared under backends (did you mean "a"?) (at routing.default)']);
  });
});

describe('tests: URLs', () => {
  it('a URL that does not parse is refused at the URL, each one, and not run', () => {
    const text = BASE + HELLO + 'tests:\n  - { url: "https://exa mple.com/", backend: hello }\n  - { url: "https://example.com:99999/", backend: hello }\n  - { url: "https://example.com/", backend: hello }\n';
    expect(check(text)).toEqual([
      '14:12: error: "https://exa mple.com/" is not a URL: write it as https://HOST/PATH (at tests[0].url)',
      '15:12: error: "https://example.com:99999/" is not a URL: write it as https://HOST/PATH (at tests[1].url)',
    ]);
  });
});

describe('platform keys', () => {
  it('a tag on Cloud Functions is refused where it stands, once (not also as a tag without a service)', () => {
    expect(check(BASE + 'backends:\n  hello:\n    serverless: [ { region: us-central1, cloudFunctions: { function: f, tag: x } } ]\n')).toEqual([
      '10:73: error: "tag" does not belong here: it belongs under backends.<name>.serverless[].cloudRun (at backends.hello.serverless[0].cloudFunctions.tag)',
    ]);
  });
});

describe("a self-managed certificate's dates (checkRules at a fixed time)", () => {
  const pem = readFileSync('test/fixtures/example.com.pem', 'utf8');
  const manifest = { metadata: { name: 'lb', project: 'p' }, frontend: { address: { reserve: 'ip' }, https: { certificates: [{ selfManaged: { certificate: 'c.pem', privateKey: { env: 'K' } } }] } }, backends: { a: { serverless: [{ region: 'us-central1', cloudRun: { service: 'a' } }] } } } as unknown as Manifest;
  const at = (iso: string) => checkRules(manifest, { files: new Map([['c.pem', pem]]), sound: () => true, now: new Date(iso) });
  it('after it expired (2126-11-02): a warning at the certificate', () => {
    expect(at('2127-01-01T00:00:00Z')).toEqual([{ path: ['frontend', 'https', 'certificates', 0, 'selfManaged', 'certificate'], severity: 'warning', message: '"c.pem" expired on 2126-11-02; browsers will refuse it' }]);
  });
  it('while it is valid: nothing', () => {
    expect(at('2027-01-01T00:00:00Z')).toEqual([]);
  });
});

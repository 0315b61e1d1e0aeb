/**
 * Rules of src/manifest/rules.ts that surviving mutants showed untested (issue 17): the placeholders
 * of each platform's URL mask (the guide, "Construct a URL mask": <service> and <tag> for Cloud Run,
 * <function> for Cloud Functions, <service> and <version> for App Engine, <gateway> for API Gateway),
 * what a NEG without a target needs, the host forms routing accepts, path matchers shared by several
 * host rules, and parts the schema refused (null metadata, a null backend, an over-long description)
 * reported by the schema alone, once, without a crash. Through the real loader, lines compared literally.
 */
import { describe, expect, it } from 'vitest';
import { BASE, lines, load } from '../helpers/manifest.js';

const check = (text: string) => lines(load(text));
/** The findings without their LINE:COLUMN (the YAML path at the end still says where). */
const findings = (text: string) => check(text).map((l) => l.replace(/^\d+:\d+: /, ''));
/** One backend `a` with one NEG in us-central1 whose platform part is `neg` (YAML flow text). */
const oneNeg = (neg: string) => `${BASE}backends:\n  a:\n    serverless: [ { region: us-central1, ${neg} } ]\n`;
const B = 'backends.a.serverless[0]';

describe('URL masks: the placeholders of each platform', () => {
  it('valid masks of every platform pass', () => {
    for (const neg of [
      'cloudRun: { urlMask: "example.com/<service>" }',
      'cloudRun: { urlMask: "<tag>.<service>.example.com" }',
      'cloudFunctions: { urlMask: "example.com/<function>" }',
      'cloudFunctions: { urlMask: "/<function>" }',
      'appEngine: { urlMask: "example.com/<service>" }',
      'appEngine: { urlMask: "<version>.<service>.example.com" }',
      'appEngine: { urlMask: "example.com/<version>" }',
      'apiGateway: { urlMask: "example.com/<gateway>" }',
      'apiGateway: { urlMask: "/<gateway>" }',
    ]) {
      expect(findings(oneNeg(neg)), neg).toEqual([]);
    }
  });

  it("another platform's placeholder is refused, naming the platform's own", () => {
    expect(findings(oneNeg('cloudFunctions: { urlMask: "example.com/<service>" }'))).toEqual([
      `error: URL mask placeholder <service> is not valid for cloudFunctions: use <function> (at ${B}.cloudFunctions.urlMask)`,
    ]);
    expect(findings(oneNeg('apiGateway: { urlMask: "example.com/<function>" }'))).toEqual([`error: URL mask placeholder <function> is not valid for apiGateway: use <gateway> (at ${B}.apiGateway.urlMask)`]);
    expect(findings(oneNeg('appEngine: { urlMask: "example.com/<tag>" }'))).toEqual([`error: URL mask placeholder <tag> is not valid for appEngine: use <service>, <version> (at ${B}.appEngine.urlMask)`]);
    expect(findings(oneNeg('cloudRun: { urlMask: "example.com/<gateway>" }'))).toEqual([`error: URL mask placeholder <gateway> is not valid for cloudRun: use <service>, <tag> (at ${B}.cloudRun.urlMask)`]);
  });

  it('a Cloud Run mask needs <service>: <tag> alone is refused; an App Engine mask needs neither of its own', () => {
    expect(findings(oneNeg('cloudRun: { urlMask: "<tag>.example.com" }'))).toEqual([`error: a cloudRun URL mask needs the <service> placeholder (at ${B}.cloudRun.urlMask)`]);
    expect(findings(oneNeg('appEngine: { urlMask: "example.com/<version>" }'))).toEqual([]);
  });

  it('a NEG with neither its target nor a mask: Cloud Functions needs "function", API Gateway "gateway", Cloud Run "service"; App Engine takes the default service', () => {
    expect(findings(oneNeg('cloudFunctions: { }'))).toEqual([`error: needs "function" or "urlMask" (at ${B}.cloudFunctions)`]);
    expect(findings(oneNeg('apiGateway: { }'))).toEqual([`error: needs "gateway" or "urlMask" (at ${B}.apiGateway)`]);
    expect(findings(oneNeg('cloudRun: { }'))).toEqual([`error: needs "service" or "urlMask" (at ${B}.cloudRun)`]);
    expect(findings(oneNeg('appEngine: { }'))).toEqual([]);
    expect(findings(oneNeg('apiGateway: { gateway: g }'))).toEqual([]);
    expect(findings(oneNeg('cloudFunctions: { function: f }'))).toEqual([]);
  });
});

describe('hosts in routing', () => {
  const routed = (host: string) =>
    findings(`${BASE}backends:
  a:
    serverless: [ { region: us-central1, cloudRun: { service: a } } ]
  b:
    serverless: [ { region: us-central1, cloudRun: { service: b } } ]
routing: { default: a, hosts: [ { hosts: ["${host}"], backend: b } ] }
`);
  const refused = (host: string) => [`error: "${host}" is not a valid host: a domain name, "*", or a leading wildcard followed by "." or "-" (as "*.example.com") (at routing.hosts[0].hosts[0])`];
  it('a domain, "*", a leading wildcard followed by "." or "-", each with or without a port, pass', () => {
    for (const ok of ['example.com', 'shop.example.com', '*', '*.example.com', '*.a.example.com', '*-api.example.com', '*.x', 'example.com:8080', '*.example.com:443', 'EXAMPLE.com']) {
      expect(routed(ok), ok).toEqual([]);
    }
  });
  it('a wildcard anywhere but first, a wildcard not followed by "." or "-", a trailing "." or "-", a path, a scheme or a bad port are refused', () => {
    for (const bad of ['x*.example.com', 'a.*.example.com', '*example.com', '*_x.example.com', '*.example.', '*.example-', '*.', '*-', 'a.example.com/x', 'a.example.com/', 'a.example.com.', 'http://a.example.com', 'a.example.com:', 'a.example.com:123456', 'a.example.com:80x', 'a_b.example.com', '.example.com', '-example.com']) {
      expect(routed(bad), bad).toEqual(refused(bad));
    }
  });
});

describe('path matchers shared by host rules', () => {
  it('each host rule naming a path matcher is compared with the first that named it: agreeing ones pass, however many came between', () => {
    const text = `${BASE}backends:
  a:
    serverless: [ { region: us-central1, cloudRun: { service: a } } ]
  b:
    serverless: [ { region: us-central1, cloudRun: { service: b } } ]
routing:
  default: a
  hosts:
    - { hosts: [a.example.com], pathMatcher: shared, backend: a }
    - { hosts: [b.example.com], pathMatcher: shared, backend: b }
    - { hosts: [c.example.com], pathMatcher: shared, backend: a }
    - { hosts: [d.example.com], pathMatcher: shared, backend: b }
`;
    expect(findings(text)).toEqual([
      'error: path matcher "shared" is already used by routing.hosts[0] with another backend or other paths: host rules sharing a path matcher share its rules (at routing.hosts[1].pathMatcher)',
      'error: path matcher "shared" is already used by routing.hosts[0] with another backend or other paths: host rules sharing a path matcher share its rules (at routing.hosts[3].pathMatcher)',
    ]);
  });
});

describe('explicit names are checked beside a schema error elsewhere', () => {
  it('two backends, and two certificates, naming one resource are refused while a third backend failed the schema', () => {
    const text = `${BASE.replace('frontend:\n  address: { reserve: example-ip }\n', 'frontend:\n  address: { reserve: example-ip }\n  https:\n    certificates: [ { managed: [a.example.com], name: cert }, { managed: [b.example.com], name: cert } ]\n')}backends:
  a:
    name: shared
    serverless: [ { region: us-central1, cloudRun: { service: a } } ]
  b:
    name: shared
    serverless: [ { region: us-central1, cloudRun: { service: b } } ]
  c:
    serverless: [ { region: us-central1, cloudRun: { service: c } } ]
    cdn: 5
routing: { default: a, hosts: [ { hosts: [b.example.com], backend: b }, { hosts: [c.example.com], backend: c } ] }
`;
    expect(findings(text).filter((l) => l.includes('each resource needs its own name'))).toEqual([
      'error: sslCertificate/cert is already named by frontend.https.certificates[0].name: each resource needs its own name (at frontend.https.certificates[1].name)',
      'error: backendService/shared is already named by backends.a.name: each resource needs its own name (at backends.b.name)',
    ]);
  });
});

describe('what the schema refused is reported by the schema, once, without a crash', () => {
  const HELLO = 'backends:\n  a:\n    serverless: [ { region: us-central1, cloudRun: { service: a } } ]\n';
  it('metadata: null', () => {
    expect(check(BASE.replace('metadata:\n  name: serverless-lb\n  project: my-project\n', 'metadata: null\n') + HELLO)).toEqual(['3:11: error: must be a mapping (key: value), not nothing (at metadata)']);
  });
  it('a null backend, beside a sound one and sound routing and tests (the explicit-names rule skips it)', () => {
    expect(check(BASE + 'backends:\n  a: null\n')).toEqual(['9:6: error: must be a mapping (key: value), not nothing (at backends.a)']);
    const text = `${BASE}backends:\n  a: null\n  b:\n    serverless: [ { region: us-central1, cloudRun: { service: b } } ]\nrouting: { default: b }\ntests: [ { url: "https://x.example.com/", backend: b } ]\n`;
    expect(check(text).filter((l) => l.includes('error'))).toEqual(['9:6: error: must be a mapping (key: value), not nothing (at backends.a)']);
  });
  it('a backend whose serverless is not a list, and a null frontend, beside sound routing', () => {
    const text = `${BASE}backends:\n  a:\n    serverless: 5\n  b:\n    serverless: [ { region: us-central1, cloudRun: { service: b } } ]\nrouting: { default: b }\n`;
    expect(check(text).filter((l) => l.includes('error'))).toEqual(['10:17: error: must be a list, not 5 (at backends.a.serverless)']);
    const nullFrontend = BASE.replace('frontend:\n  address: { reserve: example-ip }\n', 'frontend: null\n') + HELLO + 'routing: { default: a }\n';
    expect(check(nullFrontend)).toEqual(['6:11: error: must be a mapping (key: value), not nothing (at frontend)']);
    const notAList = BASE.replace('frontend:\n  address: { reserve: example-ip }\n', 'frontend: { address: { reserve: example-ip }, https: { certificates: 5 } }\n') + HELLO + 'routing: { default: a }\n';
    expect(check(notAList)).toEqual(['6:70: error: must be a list, not 5 (at frontend.https.certificates)']);
  });
  it("metadata.description over the schema's 1,024 characters: the schema's error alone, not also the marker-room rule", () => {
    const text = BASE.replace('  project: my-project\n', `  project: my-project\n  description: ${'d'.repeat(2040)}\n`) + HELLO;
    expect(check(text)).toEqual([`6:16: error: "${'d'.repeat(60)}…" is 2040 characters long: the limit is 1024 (at metadata.description)`]);
  });
  it('with metadata.name missing, a backend description is measured against the shortest marker, " [managed by lb-plan: ]": 2,025 characters pass, 2,026 do not', () => {
    const noName = (n: number) => BASE.replace('  name: serverless-lb\n', '') + HELLO.replace('  a:\n', `  a:\n    description: ${'d'.repeat(n)}\n`);
    expect(check(noName(2025))).toEqual(['3:1: error: missing required key "name" (at metadata)']);
    expect(check(noName(2026))).toEqual([
      '3:1: error: missing required key "name" (at metadata)',
      '9:18: error: is 2026 characters long: GCP keeps 2,048, and lb-plan appends its ownership marker, so at most 2025 here (at backends.a.description)',
    ]);
  });
});

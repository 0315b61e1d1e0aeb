/**
 * The core promise: no step can hit resourceInUseByAnotherResource or a missing reference. Each
 * ordering rule is proved twice: in the plan's edges, and by applying it for real on the emulator
 * (referential integrity on) and reading the order of the requests it received.
 */
import { describe, expect, it } from 'vitest';
import { harness, link } from '../helpers/emulator.js';
import { actions, apply, ordered, plan, workspace } from '../helpers/plan.js';

const HEAD = `apiVersion: lb-plan/v1
kind: LoadBalancer
metadata: { name: lb, project: my-project }
frontend:
  address: { reserve: lb-ip }
`;
const HTTPS = (domains: string) => `  https:
    certificates:
      - managed: [${domains}]
`;

/** Applies `before`, then plans `after`: returns the plan and a function applying it (log cleared first). */
async function transition(before: string, after: string, options: { waitForCertificates?: boolean; certificateActivationMs?: number } = {}) {
  const h = await harness({ certificateActivationMs: options.certificateActivationMs ?? 0 });
  const ws = workspace();
  await apply(h, await plan(h, ws.write(before)), ws.dir);
  const p = await plan(h, ws.write(after), undefined, { waitForCertificates: options.waitForCertificates });
  const run = async () => {
    h.em.log.length = 0;
    await apply(h, p, ws.dir);
    const again = await plan(h, ws.write(after));
    expect(again.steps, 'plan after apply is empty').toEqual([]);
    return h.em.log.filter((l) => l.method !== 'GET');
  };
  return { h, p, run };
}

/** The certificates a setSslCertificates step of the plan attaches, sorted. */
function certificateSet(p: Awaited<ReturnType<typeof plan>>, id: string): string[] {
  const step = p.steps.find((s) => s.id === id);
  expect(step, id).toBeDefined();
  const op = step!.operation;
  if (op.type !== 'call' || op.method !== 'setSslCertificates') throw new Error(`${id} is not a setSslCertificates call`);
  return [...(op.body.sslCertificates as string[])].sort();
}

function position(log: { route?: string; path: string }[], route: string, pathPart: string): number {
  const i = log.findIndex((l) => l.route === route && l.path.includes(pathPart));
  expect(i, `${route} ${pathPart} in ${log.map((l) => `${l.route} ${l.path}`).join('\n')}`).toBeGreaterThanOrEqual(0);
  return i;
}

describe('ordering rules, proved on the emulator', () => {
  it('removing a NEG region: the backend service is updated first, the NEG deleted after', async () => {
    const two = HEAD + `backends:
  hello:
    serverless:
      - { region: us-central1, cloudRun: { service: hello } }
      - { region: europe-west1, cloudRun: { service: hello } }
`;
    const one = two.replace('      - { region: europe-west1, cloudRun: { service: hello } }\n', '');
    const { p, run } = await transition(two, one);
    const eu = p.resources.find((r) => r.action === 'delete')!;
    expect(actions(p)).toEqual(['update backendService/lb-hello', `delete ${eu.address}`]);
    expect(eu.address).toMatch(/^regionNetworkEndpointGroup\/europe-west1\/lb-hello-[0-9a-f]{8}$/);
    expect(ordered(p, `delete:${eu.address}`, 'update:backendService/lb-hello')).toBe(true);
    expect(p.edges).toContainEqual({ from: `delete:${eu.address}`, to: 'update:backendService/lb-hello', rule: 'detachBeforeDelete' });
    const log = await run();
    expect(log.every((l) => l.status === 200)).toBe(true);
    expect(position(log, 'backendServices.update', 'lb-hello')).toBeLessThan(position(log, 'regionNetworkEndpointGroups.delete', eu.name));
  });

  it('removing a backend: the URL map is repointed first, then the backend service, then its NEG', async () => {
    const two = HEAD + `backends:
  web:
    serverless: [ { region: us-central1, cloudRun: { service: web } } ]
  api:
    serverless: [ { region: us-central1, cloudRun: { service: api } } ]
routing:
  default: web
  hosts:
    - { hosts: [api.example.com], backend: api }
`;
    const one = HEAD + `backends:
  web:
    serverless: [ { region: us-central1, cloudRun: { service: web } } ]
`;
    const { p, run } = await transition(two, one);
    const neg = p.resources.find((r) => r.kind === 'regionNetworkEndpointGroup')!;
    expect(actions(p)).toEqual(['delete backendService/lb-api', `delete ${neg.address}`, 'update urlMap/lb']);
    expect(ordered(p, 'delete:backendService/lb-api', 'update:urlMap/lb')).toBe(true);
    expect(ordered(p, `delete:${neg.address}`, 'delete:backendService/lb-api')).toBe(true);
    const log = await run();
    expect(log.every((l) => l.status === 200)).toBe(true);
    const map = position(log, 'urlMaps.update', '/urlMaps/lb');
    const bs = position(log, 'backendServices.delete', 'lb-api');
    expect(map).toBeLessThan(bs);
    expect(bs).toBeLessThan(position(log, 'regionNetworkEndpointGroups.delete', neg.name));
  });

  it('changing a NEG target: the new NEG is created, the backend repointed, then the old one deleted', async () => {
    const before = HEAD + `backends:
  hello:
    serverless: [ { region: us-central1, cloudRun: { service: hello-v1 } } ]
`;
    const { p, run } = await transition(before, before.replace('hello-v1', 'hello-v2'));
    const replace = p.resources.find((r) => r.action === 'replace')!;
    expect(replace.kind).toBe('regionNetworkEndpointGroup');
    expect(replace.replaces).toMatch(/^regionNetworkEndpointGroup\/us-central1\/lb-hello-/);
    expect(replace.forcesReplacement).toContain('cloudRun.service');
    expect(replace.changes).toContainEqual({ path: 'cloudRun.service', kind: 'changed', before: 'hello-v1', after: 'hello-v2' });
    expect(p.summary).toMatchObject({ add: 1, change: 1, destroy: 1, replace: 1 });
    expect(ordered(p, 'update:backendService/lb-hello', `create:${replace.address}`)).toBe(true);
    expect(ordered(p, `delete:${replace.replaces}`, 'update:backendService/lb-hello')).toBe(true);
    const log = await run();
    const created = position(log, 'regionNetworkEndpointGroups.insert', '/networkEndpointGroups');
    const updated = position(log, 'backendServices.update', 'lb-hello');
    const deleted = position(log, 'regionNetworkEndpointGroups.delete', replace.replaces!.split('/').pop()!);
    expect(created).toBeLessThan(updated);
    expect(updated).toBeLessThan(deleted);
    expect(log.every((l) => l.status === 200)).toBe(true);
  });

  it('rotating a managed certificate: the old one stays attached beside the new one until the new one is ACTIVE', async () => {
    const before = HEAD + HTTPS('example.com') + `backends:
  hello:
    serverless: [ { region: us-central1, cloudRun: { service: hello } } ]
`;
    const after = before.replace('managed: [example.com]', 'managed: [example.com, www.example.com]');
    const { p, run } = await transition(before, after, { certificateActivationMs: 120 });
    const cert = p.resources.find((r) => r.action === 'replace')!;
    expect(cert.kind).toBe('sslCertificate');
    const ids = p.steps.map((s) => s.id);
    const interim = ids.find((id) => id.startsWith('attachBeside:'))!;
    expect(interim).toBeDefined();
    expect(ordered(p, interim, `create:${cert.address}`)).toBe(true);
    expect(ordered(p, `waitActive:${cert.address}`, interim)).toBe(true);
    expect(ordered(p, 'setSslCertificates:targetHttpsProxy/lb-https-proxy', `waitActive:${cert.address}`)).toBe(true);
    expect(ordered(p, `delete:${cert.replaces}`, 'setSslCertificates:targetHttpsProxy/lb-https-proxy')).toBe(true);
    // The interim set is the old certificate and the new one, both; the final set only the new one.
    const oldName = cert.replaces!.split('/').pop()!;
    expect(oldName).not.toBe(cert.name);
    expect(certificateSet(p, interim)).toEqual([link('sslCertificates', cert.name), link('sslCertificates', oldName)].sort());
    expect(certificateSet(p, 'setSslCertificates:targetHttpsProxy/lb-https-proxy')).toEqual([link('sslCertificates', cert.name)]);
    const log = await run();
    const sets = log.filter((l) => l.route === 'targetHttpsProxies.setSslCertificates');
    expect(sets).toHaveLength(2);
    // Between the two setSslCertificates calls, the new certificate was polled until ACTIVE (GETs are filtered out here).
    expect(position(log, 'sslCertificates.insert', '/sslCertificates')).toBeLessThan(log.indexOf(sets[0]!));
    expect(log.indexOf(sets[1]!)).toBeLessThan(position(log, 'sslCertificates.delete', cert.replaces!.split('/').pop()!));
  });

  it('rotating one certificate while adding another: both new ones exist before the proxy lists them (found by the chaos run)', async () => {
    const before = HEAD + HTTPS('example.com') + `backends:
  hello:
    serverless: [ { region: us-central1, cloudRun: { service: hello } } ]
`;
    const after = before.replace('      - managed: [example.com]\n', '      - managed: [example.com, api.example.com]\n      - managed: [www.example.com]\n');
    const { p, run } = await transition(before, after, { certificateActivationMs: 50 });
    const creates = p.steps.filter((s) => s.id.startsWith('create:sslCertificate/')).map((s) => s.id);
    expect(creates).toHaveLength(2);
    for (const c of creates) expect(ordered(p, 'attachBeside:targetHttpsProxy/lb-https-proxy', c)).toBe(true);
    // The interim set: both new certificates and the old one.
    const old = p.resources.find((r) => r.action === 'replace')!.replaces!.split('/').pop()!;
    const news = creates.map((c) => c.split('/').pop()!);
    expect(certificateSet(p, 'attachBeside:targetHttpsProxy/lb-https-proxy')).toEqual([...news, old].map((n) => link('sslCertificates', n)).sort());
    const log = await run();
    expect(log.every((l) => l.status === 200)).toBe(true);
  });

  it('rotating with --no-wait-certificates swaps directly, still before deleting the old one', async () => {
    const before = HEAD + HTTPS('example.com') + `backends:
  hello:
    serverless: [ { region: us-central1, cloudRun: { service: hello } } ]
`;
    const { p, run } = await transition(before, before.replace('[example.com]', '[www.example.com]'), { waitForCertificates: false });
    expect(p.steps.some((s) => s.id.startsWith('attachBeside:') || s.id.startsWith('waitActive:'))).toBe(false);
    const cert = p.resources.find((r) => r.action === 'replace')!;
    expect(ordered(p, `delete:${cert.replaces}`, 'setSslCertificates:targetHttpsProxy/lb-https-proxy')).toBe(true);
    const log = await run();
    expect(log.every((l) => l.status === 200)).toBe(true);
  });

  it('removing a host rule and its backend: the URL map is updated before the backend is deleted', async () => {
    const before = HEAD + `backends:
  us:
    serverless: [ { region: us-central1, cloudRun: { service: us } } ]
  eu:
    serverless: [ { region: europe-west1, cloudRun: { service: eu } } ]
routing:
  default: us
  hosts:
    - { hosts: [eu.example.com], backend: eu, paths: [ { paths: [/x/*], backend: us } ] }
`;
    const after = HEAD + `backends:
  us:
    serverless: [ { region: us-central1, cloudRun: { service: us } } ]
routing:
  default: us
`;
    const { p, run } = await transition(before, after);
    const map = p.resources.find((r) => r.address === 'urlMap/lb')!;
    expect(map.changes.map((c) => `${c.kind} ${c.path}`)).toEqual(['removed hostRules', 'removed pathMatchers']);
    expect(ordered(p, 'delete:backendService/lb-eu', 'update:urlMap/lb')).toBe(true);
    const log = await run();
    expect(position(log, 'urlMaps.update', '/urlMaps/lb')).toBeLessThan(position(log, 'backendServices.delete', 'lb-eu'));
  });

  it('adding Cloud Armor creates the policy before attaching it; removing it detaches before deleting', async () => {
    const plain = HEAD + `backends:
  web:
    serverless: [ { region: us-central1, cloudRun: { service: web } } ]
`;
    const armored = plain + '    securityPolicy: { rateLimit: { requestCount: 50 } }\n';
    const add = await transition(plain, armored);
    expect(ordered(add.p, 'setSecurityPolicy:backendService/lb-web', 'create:securityPolicy/lb-web-armor')).toBe(true);
    await add.run();
    const h = add.h;
    const ws = workspace();
    const again = await plan(h, ws.write(plain));
    expect(actions(again)).toEqual(['update backendService/lb-web', 'delete securityPolicy/lb-web-armor']);
    expect(ordered(again, 'delete:securityPolicy/lb-web-armor', 'setSecurityPolicy:backendService/lb-web')).toBe(true);
    await apply(h, again, ws.dir);
  });
});

/**
 * What src/plan/diff.ts decides per resource, on live states written by hand the way GCP answers
 * (gcp-behaviour.md §2.5/§2.6: defaults and computed fields GCP adds, the literal IP of a forwarding
 * rule, `80-80` port ranges, full URLs). Every expected action, reason, field change, error and warning
 * is written out here from the manifest and the bodies, not computed by the code under test.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { compile, type CompiledLoadBalancer } from '../../src/compile/index.js';
import type { LiveResource, LiveState } from '../../src/gcp/read.js';
import { loadManifest } from '../../src/manifest/load.js';
import type { ResourceKind } from '../../src/model/kinds.js';
import { diffResources, fieldChanges, type DiffOptions } from '../../src/plan/diff.js';
import { liveResource, liveState } from '../helpers/live.js';
import { compiledOf } from '../helpers/manifest.js';

const C = 'https://www.googleapis.com/compute/v1/projects/p';
const NEG = 'lb-web-0ee1b42e';

const YAML = `apiVersion: lb-plan/v1
kind: LoadBalancer
metadata: { name: lb, project: p }
frontend:
  address: { reserve: lb-ip }
backends:
  web:
    serverless: [ { region: us-central1, cloudRun: { service: web } } ]
`;

const compiled = compiledOf;

const res = liveResource;

const state = (...resources: LiveResource[]): LiveState => liveState(resources);

const OWNER = { 'managed-by': 'lb-plan', 'lb-plan-lb': 'lb' };

/** What GCP answers for YAML's load balancer once applied, with what it adds (§2.5/§2.6); `over` replaces bodies. */
function applied(over: Partial<Record<string, Record<string, unknown>>> = {}): LiveResource[] {
  const bodies: [ResourceKind, string, Record<string, unknown>, string?][] = [
    ['globalAddress', 'lb-ip', { description: 'Frontend IPV4 address [managed by lb-plan: lb]', address: '34.1.2.3', addressType: 'EXTERNAL', ipVersion: 'IPV4', networkTier: 'PREMIUM', status: 'IN_USE', users: [`${C}/global/forwardingRules/lb-http`], labels: OWNER, labelFingerprint: 'abc=' }],
    ['regionNetworkEndpointGroup', NEG, { description: 'Serverless NEG of backend web in us-central1 [managed by lb-plan: lb]', networkEndpointType: 'SERVERLESS', cloudRun: { service: 'web' }, size: 0, region: `${C}/regions/us-central1` }, 'us-central1'],
    ['backendService', 'lb-web', { description: '[managed by lb-plan: lb]', loadBalancingScheme: 'EXTERNAL', protocol: 'HTTP', backends: [{ group: `${C}/regions/us-central1/networkEndpointGroups/${NEG}`, balancingMode: 'UTILIZATION', capacityScaler: 1 }], enableCDN: false, iap: { enabled: false, oauth2ClientId: '', oauth2ClientSecretSha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' }, logConfig: { enable: true, optionalMode: 'EXCLUDE_ALL_OPTIONAL', sampleRate: 1.0 }, affinityCookieTtlSec: 0, connectionDraining: { drainingTimeoutSec: 0 }, port: 80, portName: 'http', sessionAffinity: 'NONE', timeoutSec: 30, fingerprint: 'f=', usedBy: [{ reference: `${C}/global/urlMaps/lb` }] }],
    ['urlMap', 'lb', { description: '[managed by lb-plan: lb]', defaultService: `${C}/global/backendServices/lb-web`, fingerprint: 'u=' }],
    ['targetHttpProxy', 'lb-http-proxy', { description: 'HTTP frontend [managed by lb-plan: lb]', urlMap: `${C}/global/urlMaps/lb`, fingerprint: 't=' }],
    ['globalForwardingRule', 'lb-http', { description: 'HTTP frontend [managed by lb-plan: lb]', IPAddress: '34.1.2.3', IPProtocol: 'TCP', portRange: '80-80', target: `${C}/global/targetHttpProxies/lb-http-proxy`, loadBalancingScheme: 'EXTERNAL', networkTier: 'PREMIUM', labels: OWNER, fingerprint: 'g=', labelFingerprint: 'l=' }],
  ];
  return bodies.map(([kind, name, body, region]) => res(kind, name, { ...body, ...(over[name] ?? {}) }, region));
}

const ADDRESSES = ['backendService/lb-web', 'globalAddress/lb-ip', 'globalForwardingRule/lb-http', `regionNetworkEndpointGroup/us-central1/${NEG}`, 'targetHttpProxy/lb-http-proxy', 'urlMap/lb'];
const none: DiffOptions = { adopt: new Set() };

function diff(live: LiveResource[], options: DiffOptions = none, text = YAML) {
  return diffResources(compiled(text), state(...live), options);
}
const one = (r: ReturnType<typeof diff>, address: string) => r.changes.find((c) => c.address === address)!;

describe('diffResources: one action per resource against what GCP answers', () => {
  it('right after an apply, with everything GCP adds: every resource up to date, no field change, no error', () => {
    const r = diff(applied());
    expect(r.changes.map((c) => [c.address, c.action, c.reason, c.changes.length])).toEqual(ADDRESSES.map((a) => [a, 'no-op', 'up to date', 0]));
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
  });

  it('an empty project: every resource created, sorted by address, each listing its managed fields', () => {
    const r = diff([]);
    expect(r.changes.map((c) => [c.address, c.action, c.reason, c.downtime])).toEqual(ADDRESSES.map((a) => [a, 'create', 'not in GCP yet', false]));
    expect(one(r, 'urlMap/lb').changes).toEqual([
      { path: 'defaultService', kind: 'added', after: 'projects/p/global/backendServices/lb-web' },
      { path: 'description', kind: 'added', after: '[managed by lb-plan: lb]' },
      { path: 'tests', kind: 'added', after: {} },
    ]);
    expect(one(r, 'urlMap/lb').before).toBeUndefined();
  });

  it('a managed field changed behind lb-plan: an update naming that field, before and after', () => {
    const r = diff(applied({ 'lb-web': { enableCDN: true } }));
    const c = one(r, 'backendService/lb-web');
    expect([c.action, c.reason, c.forcesReplacement, c.downtime]).toEqual(['update', 'differs from the manifest', [], false]);
    expect(c.changes).toEqual([{ path: 'enableCDN', kind: 'changed', before: true, after: false }]);
    expect(c.drift).toBeUndefined();
    expect(r.changes.filter((x) => x.action !== 'no-op').map((x) => x.address)).toEqual(['backendService/lb-web']);
  });

  it('a field GCP adds or changes that lb-plan never sets is never a change (timeoutSec, balancingMode, status)', () => {
    const r = diff(applied({ 'lb-web': { timeoutSec: 60, sessionAffinity: 'CLIENT_IP', backends: [{ group: `${C}/regions/us-central1/networkEndpointGroups/${NEG}`, balancingMode: 'RATE', capacityScaler: 0.5 }] }, 'lb-ip': { status: 'RESERVED', users: [] } }));
    expect(r.changes.every((c) => c.action === 'no-op')).toBe(true);
  });

  it('an ephemeral address: the IP GCP picked is not a change', () => {
    const text = YAML.replace('address: { reserve: lb-ip }', 'address: { ephemeral: true }');
    const r = diff(applied().filter((x) => x.kind !== 'globalAddress'), none, text);
    expect(one(r, 'globalForwardingRule/lb-http').action).toBe('no-op');
  });

  it('a forwarding rule whose port range changed: replaced (cannot change in place), with downtime', () => {
    const c = one(diff(applied({ 'lb-http': { portRange: '8080-8080' } })), 'globalForwardingRule/lb-http');
    expect([c.action, c.reason, c.forcesReplacement, c.downtime]).toEqual(['replace', 'portRange cannot change in place', ['portRange'], true]);
    expect(c.changes).toEqual([{ path: 'portRange', kind: 'changed', before: '8080-8080', after: '80-80' }]);
  });

  it('a backend service on another scheme: replaced without downtime; a description edit beside it stays an ordinary change', () => {
    const c = one(diff(applied({ 'lb-web': { loadBalancingScheme: 'EXTERNAL_MANAGED', description: 'edited [managed by lb-plan: lb]' } })), 'backendService/lb-web');
    expect([c.action, c.reason, c.forcesReplacement, c.downtime]).toEqual(['replace', 'loadBalancingScheme cannot change in place', ['loadBalancingScheme'], false]);
    expect(c.changes.map((x) => x.path)).toEqual(['description', 'loadBalancingScheme']);
  });

  it('a replaced address has downtime; a URL map change does not force a replacement', () => {
    const a = one(diff(applied({ 'lb-ip': { networkTier: 'STANDARD' } })), 'globalAddress/lb-ip');
    expect([a.action, a.forcesReplacement, a.downtime]).toEqual(['replace', ['networkTier'], true]);
    const u = one(diff(applied({ lb: { defaultService: `${C}/global/backendServices/other` } })), 'urlMap/lb');
    expect([u.action, u.forcesReplacement, u.downtime]).toEqual(['update', [], false]);
  });

  it('an immutable NEG with the same name but other content: every changed field forces the replacement', () => {
    const c = one(diff(applied({ [NEG]: { cloudRun: { service: 'web', tag: 'blue' } } })), `regionNetworkEndpointGroup/us-central1/${NEG}`);
    expect([c.action, c.reason, c.forcesReplacement]).toEqual(['replace', 'cloudRun.tag cannot change in place', ['cloudRun.tag']]);
  });
});

describe('diffResources: what lb-plan does not own', () => {
  it('an unowned resource with a desired name is an error suggesting metadata.adopt, and no change', () => {
    const live = applied({ lb: { description: 'made by hand' } });
    const r = diff(live);
    expect(r.errors).toEqual(['urlMap/lb already exists and lb-plan does not own it. To let lb-plan manage it, add "urlMap/lb" to metadata.adopt; otherwise choose another name.']);
    expect(r.changes.map((c) => c.address)).not.toContain('urlMap/lb');
  });

  it("another load balancer's resource is an error naming it, even when listed in metadata.adopt", () => {
    const live = applied({ lb: { description: '[managed by lb-plan: shop]' } });
    expect(diff(live).errors).toEqual(['urlMap/lb already exists and belongs to load balancer "shop"; lb-plan will not touch it. Rename this one, or remove it from "shop" first.']);
    expect(diff(live, { adopt: new Set(['urlMap/lb']) }).errors).toEqual([
      'urlMap/lb is listed in metadata.adopt but belongs to load balancer "shop"; lb-plan takes over only unowned resources, and addresses or forwarding rules that load balancer no longer uses.',
    ]);
  });

  it('an unowned resource listed in metadata.adopt is taken over: adopt, worded with or without a change', () => {
    const same = one(diff(applied({ lb: { description: '[managed by lb-plan: lb]x' } }), { adopt: new Set(['urlMap/lb']) }), 'urlMap/lb');
    expect([same.action, same.reason]).toEqual(['adopt', 'taken over as listed in metadata.adopt']);
    expect(same.changes).toEqual([{ path: 'description', kind: 'changed', before: '[managed by lb-plan: lb]x', after: '[managed by lb-plan: lb]' }]);
    // An address's description cannot change, so it is not compared: an unmarked one is already as wanted.
    const ip = one(diff(applied({ 'lb-ip': { description: '', labels: {} } }), { adopt: new Set(['globalAddress/lb-ip']) }), 'globalAddress/lb-ip');
    expect([ip.action, ip.reason, ip.changes]).toEqual(['adopt', 'taken over as listed in metadata.adopt', [
      { path: 'labels.lb-plan-lb', kind: 'added', after: 'lb' },
      { path: 'labels.managed-by', kind: 'added', after: 'lb-plan' },
    ]]);
  });

  it('a resource already as wanted and listed in metadata.adopt: adopt, "already as wanted"', () => {
    // An address's description cannot change, so it is not compared; its labels already are lb-plan's,
    // but the marker names load balancer "old", which no longer serves on the address.
    const live = applied({ 'lb-ip': { description: 'Frontend IPV4 address [managed by lb-plan: old]' } });
    expect(diff(live).errors).toEqual(['globalAddress/lb-ip already exists and belongs to load balancer "old"; lb-plan will not touch it. Rename this one, or remove it from "old" first.']);
    const c = one(diff(live, { adopt: new Set(['globalAddress/lb-ip']) }), 'globalAddress/lb-ip');
    expect([c.action, c.reason, c.changes, c.listed]).toEqual(['adopt', 'taken over as listed in metadata.adopt; already as wanted', [], undefined]);
  });

  it('an adopted resource that differs where it cannot change in place is an error: lb-plan never deletes what it does not own', () => {
    const r = diff(applied({ 'lb-http': { labels: {}, description: '', portRange: '8080-8080' } }), { adopt: new Set(['globalForwardingRule/lb-http']) });
    expect(r.errors).toEqual(['globalForwardingRule/lb-http is listed in metadata.adopt but differs in fields that cannot change in place (portRange); lb-plan will not delete a resource it does not own.']);
    expect(r.changes.map((c) => c.address)).not.toContain('globalForwardingRule/lb-http');
  });

  it('metadata.adopt listing what the manifest does not declare is an error', () => {
    expect(diff(applied(), { adopt: new Set(['urlMap/other']) }).errors).toEqual(['metadata.adopt lists urlMap/other, which this manifest does not declare.']);
  });

  it('a destroy does not read metadata.adopt for what the manifest does not declare', () => {
    expect(diff(applied(), { adopt: new Set(['urlMap/other']), destroying: true }).errors).toEqual([]);
  });
});

describe('diffResources: deletes, --keep, references', () => {
  const extra = (body: Record<string, unknown> = {}) => res('backendService', 'lb-old', { description: '[managed by lb-plan: lb]', loadBalancingScheme: 'EXTERNAL', protocol: 'HTTP', ...body });

  it('an owned resource the manifest no longer wants is deleted, with every managed field removed', () => {
    const r = diff([...applied(), extra()]);
    const c = one(r, 'backendService/lb-old');
    expect([c.action, c.reason, c.downtime, c.listed]).toEqual(['delete', 'no longer in the manifest', false, undefined]);
    expect(c.changes).toEqual([
      { path: 'description', kind: 'removed', before: '[managed by lb-plan: lb]' },
      { path: 'enableCDN', kind: 'removed', before: false },
      { path: 'iap', kind: 'removed', before: { enabled: false } },
      { path: 'loadBalancingScheme', kind: 'removed', before: 'EXTERNAL' },
      { path: 'logConfig', kind: 'removed', before: { enable: false } },
      { path: 'protocol', kind: 'removed', before: 'HTTP' },
    ]);
  });

  it("another load balancer's or nobody's resource is never deleted", () => {
    const r = diff([...applied(), extra({ description: '[managed by lb-plan: shop]' }), res('urlMap', 'hand', { description: '' })]);
    expect(r.changes.filter((c) => c.action !== 'no-op')).toEqual([]);
  });

  it('a destroy says so; deleting a forwarding rule is downtime', () => {
    const r = diffResources({ ...compiled(YAML), resources: [] }, state(...applied()), { adopt: new Set(), destroying: true });
    expect(r.changes.map((c) => [c.address, c.action, c.reason, c.downtime])).toEqual(ADDRESSES.map((a) => [a, 'delete', 'destroy: owned by this load balancer', a.startsWith('globalForwardingRule/')]));
  });

  it('--keep: the kept resource stays with a warning; a name that is not there or not owned is an error', () => {
    const r = diff([...applied(), extra(), res('urlMap', 'hand', {})], { adopt: new Set(), keep: new Set(['backendService/lb-old', 'urlMap/hand', 'urlMap/nothing']) });
    expect(r.changes.map((c) => c.address)).not.toContain('backendService/lb-old');
    expect(r.warnings).toEqual(["backendService/lb-old is kept, as asked (--keep); it still carries this load balancer's marker and labels, and another manifest can take it over with metadata.adopt."]);
    expect(r.errors).toEqual([
      '--keep urlMap/hand: lb-plan does not own it for this load balancer, so nothing would be kept; check the name (nothing was changed).',
      '--keep urlMap/nothing: no such resource in the project, so nothing would be kept; check the name (nothing was changed).',
    ]);
  });

  it('an owned resource the manifest now only references as existing is kept, with a warning', () => {
    const text = YAML.replace('address: { reserve: lb-ip }', 'address: { existing: lb-ip }');
    const r = diff(applied(), none, text);
    expect(r.changes.map((c) => c.address)).not.toContain('globalAddress/lb-ip');
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual(["globalAddress/lb-ip is no longer managed by this manifest but is still referenced as existing: lb-plan keeps it (it still carries lb-plan's ownership marker; remove that by hand to hand it over)."]);
  });

  it('an SSL policy is only named, never read: the plan does not ask for it to exist', () => {
    const text = YAML.replace('address: { reserve: lb-ip }', 'address: { reserve: lb-ip }\n  https:\n    certificates: [ { managed: [www.example.com] } ]\n    sslPolicy: modern');
    const r = diff([], none, text);
    expect(r.errors).toEqual([]);
    expect(r.changes.find((c) => c.kind === 'targetHttpsProxy')?.after).toMatchObject({ sslPolicy: 'projects/p/global/sslPolicies/modern' });
  });

  it('a resource the manifest references as existing must exist', () => {
    const text = YAML.replace('address: { reserve: lb-ip }', 'address: { existing: shared-ip }');
    expect(diff([], none, text).errors).toEqual(['Global address "shared-ip" (used by globalForwardingRule/lb-http) does not exist in project p; lb-plan only references it and will not create it.']);
  });
});

describe('fieldChanges: set elements by identity, ordered lists by index, sorted by path', () => {
  it('a backend added to a set is one change named by its group, not shifted positions', () => {
    const g = (n: string) => `projects/p/regions/us-central1/networkEndpointGroups/${n}`;
    expect(fieldChanges('backendService', { backends: [{ group: g('b') }] }, { backends: [{ group: g('a') }, { group: g('b') }] })).toEqual([{ path: `backends[${g('a')}]`, kind: 'added', after: { group: g('a') } }]);
    expect(fieldChanges('backendService', { backends: [{ group: g('a') }, { group: g('b') }] }, { backends: [{ group: g('b') }] })).toEqual([{ path: `backends[${g('a')}]`, kind: 'removed', before: { group: g('a') } }]);
  });

  it('an ordered list (certificates: the first is the default) by index; a longer list names the new index', () => {
    expect(fieldChanges('targetHttpsProxy', { sslCertificates: ['a', 'b'] }, { sslCertificates: ['b', 'a'] })).toEqual([
      { path: 'sslCertificates[0]', kind: 'changed', before: 'a', after: 'b' },
      { path: 'sslCertificates[1]', kind: 'changed', before: 'b', after: 'a' },
    ]);
    expect(fieldChanges('targetHttpsProxy', { sslCertificates: ['a'] }, { sslCertificates: ['a', 'c'] })).toEqual([{ path: 'sslCertificates[1]', kind: 'added', after: 'c' }]);
    expect(fieldChanges('targetHttpsProxy', { sslCertificates: ['a', 'c'] }, { sslCertificates: ['a'] })).toEqual([{ path: 'sslCertificates[1]', kind: 'removed', before: 'c' }]);
  });

  it('nested fields by dotted path, sorted; a set of scalars named by the value', () => {
    const before = { iap: { enabled: true, oauth2ClientId: 'x' }, enableCDN: false };
    const after = { iap: { enabled: true, oauth2ClientId: 'y' }, enableCDN: true };
    expect(fieldChanges('backendService', before, after)).toEqual([
      { path: 'enableCDN', kind: 'changed', before: false, after: true },
      { path: 'iap.oauth2ClientId', kind: 'changed', before: 'x', after: 'y' },
    ]);
    expect(fieldChanges('sslCertificate', { type: 'MANAGED', managed: { domains: ['a.com'] } }, { type: 'MANAGED', managed: { domains: ['a.com', 'b.com'] } })).toEqual([{ path: 'managed.domains[b.com]', kind: 'added', after: 'b.com' }]);
  });

  it('bodies equal in content but not strictly (another prototype) have no change, and no crash', () => {
    const bare = Object.assign(Object.create(null) as Record<string, unknown>, { urlMap: 'u', description: 'd' });
    expect(fieldChanges('targetHttpProxy', bare, { urlMap: 'u', description: 'd' })).toEqual([]);
  });

  it('a create lists every defined top-level field; equal bodies have no change', () => {
    expect(fieldChanges('targetHttpProxy', undefined, { urlMap: 'u', description: 'd', extra: undefined })).toEqual([
      { path: 'description', kind: 'added', after: 'd' },
      { path: 'urlMap', kind: 'added', after: 'u' },
    ]);
    expect(fieldChanges('targetHttpProxy', { urlMap: 'u' }, { urlMap: 'u' })).toEqual([]);
    expect(fieldChanges('targetHttpProxy', { urlMap: 'u', description: 'd' }, { urlMap: 'u' })).toEqual([{ path: 'description', kind: 'removed', before: 'd' }]);
  });
});

describe('diffResources: NEGs and certificates owned by listing in metadata.adopt', () => {
  const NEG_ADDRESS = `regionNetworkEndpointGroup/us-central1/${NEG}`;
  const unmarked = { [NEG]: { description: '' } };
  const adopt = (...a: string[]): DiffOptions => ({ adopt: new Set(a) });

  it('not listed: an error like any unowned resource', () => {
    expect(diff(applied(unmarked)).errors).toEqual([`${NEG_ADDRESS} already exists and lb-plan does not own it. To let lb-plan manage it, add "${NEG_ADDRESS}" to metadata.adopt; otherwise choose another name.`]);
  });

  it('listed and used only by what this load balancer owns: owned, up to date, marked as listed', () => {
    const r = diff(applied(unmarked), adopt(NEG_ADDRESS));
    const c = one(r, NEG_ADDRESS);
    expect([c.action, c.reason, c.listed]).toEqual(['no-op', 'up to date', true]);
    expect(r.errors).toEqual([]);
    expect(one(r, 'backendService/lb-web').listed).toBeUndefined();
  });

  it('listed although lb-plan already owns it by its marker: owned as any other, not "listed", no error', () => {
    const r = diff(applied(), adopt(NEG_ADDRESS));
    expect(r.errors).toEqual([]);
    expect([one(r, NEG_ADDRESS).action, one(r, NEG_ADDRESS).listed]).toEqual(['no-op', undefined]);
  });

  it('listed with its user taken over in the same plan: adopted, worded as owned by listing', () => {
    const r = diff(applied({ ...unmarked, 'lb-web': { description: '' } }), adopt(NEG_ADDRESS, 'backendService/lb-web'));
    const c = one(r, NEG_ADDRESS);
    expect([c.action, c.reason, c.listed]).toEqual(['adopt', 'taken over as listed in metadata.adopt, its ownership record (it cannot carry the marker); already as wanted', true]);
    expect(one(r, 'backendService/lb-web').action).toBe('adopt');
    expect(r.errors).toEqual([]);
  });

  it('listed but unused, used by what this load balancer does not take over, or marked by another: refused with the reason', () => {
    expect(diff(applied({ ...unmarked, 'lb-web': { backends: [] } }), adopt(NEG_ADDRESS)).errors).toEqual([
      `${NEG_ADDRESS} is listed in metadata.adopt but nothing uses it: lb-plan takes over a NEG or certificate only together with the load balancer resources that use it.`,
    ]);
    const foreign = res('backendService', 'hand-be', { description: '', backends: [{ group: `${C}/regions/us-central1/networkEndpointGroups/${NEG}` }] });
    expect(diff([...applied(unmarked), foreign], adopt(NEG_ADDRESS)).errors).toEqual([
      `${NEG_ADDRESS} is listed in metadata.adopt but is also used by backendService/hand-be, which this load balancer neither owns nor takes over; lb-plan will not take a resource out of another load balancer.`,
    ]);
    // Listed, but its other user belongs to another load balancer: listing it does not take that one over.
    const shops = res('backendService', 'hand-be', { description: '[managed by lb-plan: shop]', backends: [{ group: `${C}/regions/us-central1/networkEndpointGroups/${NEG}` }] });
    expect(diff([...applied(unmarked), shops], adopt(NEG_ADDRESS, 'backendService/hand-be')).errors).toContain(
      `${NEG_ADDRESS} is listed in metadata.adopt but is also used by backendService/hand-be, which this load balancer neither owns nor takes over; lb-plan will not take a resource out of another load balancer.`,
    );
    expect(diff(applied({ [NEG]: { description: '[managed by lb-plan: shop]' } }), adopt(NEG_ADDRESS)).errors).toEqual([`${NEG_ADDRESS} is listed in metadata.adopt but belongs to load balancer "shop"; lb-plan will not touch it.`]);
  });

  it('a listed NEG the manifest replaced: paired with its successor, deleted after it, still marked as listed', () => {
    const old = res('regionNetworkEndpointGroup', 'lb-web-12345678', { description: '', networkEndpointType: 'SERVERLESS', cloudRun: { service: 'old' } }, 'us-central1');
    const live = applied({ 'lb-web': { backends: [{ group: `${C}/regions/us-central1/networkEndpointGroups/lb-web-12345678` }] } }).filter((r) => r.name !== NEG);
    const r = diff([...live, old], adopt(old.address));
    expect(r.errors).toEqual([]);
    const n = one(r, NEG_ADDRESS);
    expect([n.action, n.replaces, n.reason, n.forcesReplacement]).toEqual(['replace', old.address, 'replaces lb-web-12345678: cloudRun.service changed (immutable; a new one is created first)', ['cloudRun.service']]);
    expect(n.changes).toEqual([{ path: 'cloudRun.service', kind: 'changed', before: 'old', after: 'web' }]);
    expect(n.before).toEqual({ networkEndpointType: 'SERVERLESS', cloudRun: { service: 'old' } });
    const o = one(r, old.address);
    expect([o.action, o.reason, o.replacedBy, o.listed]).toEqual(['delete', 'replaced by lb-web-0ee1b42e', NEG_ADDRESS, true]);
  });

  it('a destroy deletes a listed NEG only when this load balancer alone uses it', () => {
    const gone = (live: LiveResource[], options: DiffOptions) => diffResources({ ...compiled(YAML), resources: [] }, state(...live), { ...options, destroying: true }).changes.map((c) => c.address);
    expect(gone(applied(unmarked), adopt(NEG_ADDRESS))).toContain(NEG_ADDRESS);
    expect(gone(applied({ ...unmarked, 'lb-web': { description: '' } }), adopt(NEG_ADDRESS, 'backendService/lb-web'))).toEqual(['globalAddress/lb-ip', 'globalForwardingRule/lb-http', 'targetHttpProxy/lb-http-proxy', 'urlMap/lb']);
  });
});

describe('diffResources: replacements of immutable resources by a new hashed name', () => {
  const oldNeg = (region: string, body: Record<string, unknown> = {}) => res('regionNetworkEndpointGroup', 'lb-web-aaaaaaaa', { description: 'Serverless NEG of backend web [managed by lb-plan: lb]', networkEndpointType: 'SERVERLESS', cloudRun: { service: 'old' }, ...body }, region);
  const without = () => applied({ 'lb-web': { backends: [{ group: `${C}/regions/us-central1/networkEndpointGroups/lb-web-aaaaaaaa` }] } }).filter((r) => r.name !== NEG);

  it('the old NEG in the same region and slot is replaced; the successor is created first', () => {
    const r = diff([...without(), oldNeg('us-central1')]);
    const n = one(r, `regionNetworkEndpointGroup/us-central1/${NEG}`);
    expect([n.action, n.replaces, n.reason]).toEqual(['replace', 'regionNetworkEndpointGroup/us-central1/lb-web-aaaaaaaa', 'replaces lb-web-aaaaaaaa: cloudRun.service changed (immutable; a new one is created first)']);
    expect(one(r, 'regionNetworkEndpointGroup/us-central1/lb-web-aaaaaaaa').replacedBy).toBe(`regionNetworkEndpointGroup/us-central1/${NEG}`);
  });

  it('the same content under another hash: "content changed", no field', () => {
    const n = one(diff([...without(), oldNeg('us-central1', { cloudRun: { service: 'web' } })]), `regionNetworkEndpointGroup/us-central1/${NEG}`);
    expect([n.action, n.reason, n.changes, n.forcesReplacement]).toEqual(['replace', 'replaces lb-web-aaaaaaaa: content changed (immutable; a new one is created first)', [], []]);
  });

  it('a NEG of another region, or a name without a hash, is no predecessor: a create and a delete', () => {
    for (const old of [oldNeg('europe-west1'), res('regionNetworkEndpointGroup', 'lb-web-old', { description: '[managed by lb-plan: lb]', networkEndpointType: 'SERVERLESS', cloudRun: { service: 'old' } }, 'us-central1')]) {
      const r = diff([...without(), old]);
      expect(one(r, `regionNetworkEndpointGroup/us-central1/${NEG}`).action).toBe('create');
      expect([one(r, old.address).action, one(r, old.address).reason, one(r, old.address).replacedBy]).toEqual(['delete', 'no longer in the manifest', undefined]);
    }
  });
});

describe('diffResources: taking over from another load balancer, and shared resources', () => {
  const oldRule = (ip: string) => res('globalForwardingRule', 'old-http', { description: 'HTTP frontend [managed by lb-plan: old]', IPAddress: ip, portRange: '80-80', labels: { 'managed-by': 'lb-plan', 'lb-plan-lb': 'old' } });
  const oldIp = { 'lb-ip': { description: 'Frontend IPV4 address [managed by lb-plan: old]', labels: { 'managed-by': 'lb-plan', 'lb-plan-lb': 'old' } } };

  it("an address another load balancer still serves on cannot be taken over: the error names its rules and the way out", () => {
    const r = diff([...applied(oldIp), oldRule('34.1.2.3')], { adopt: new Set(['globalAddress/lb-ip']) });
    expect(r.errors).toEqual([
      'globalAddress/lb-ip is listed in metadata.adopt, but load balancer "old" still serves on it: old-http (ports 80-80). Hand it over first: destroy "old" keeping the address (lb-plan destroy OLD-MANIFEST --keep globalAddress/lb-ip), then apply this manifest. HTTP(S) on 34.1.2.3 stops in between; see "Renaming a load balancer" in the README.',
    ]);
  });

  it("an address the other load balancer no longer serves on (its rules use other IPs), or its forwarding rule, can be taken over", () => {
    const r = diff([...applied(oldIp), oldRule('34.9.9.9')], { adopt: new Set(['globalAddress/lb-ip']) });
    expect(r.errors).toEqual([]);
    expect(one(r, 'globalAddress/lb-ip').action).toBe('adopt');
    const rule = diff(applied({ 'lb-http': { description: 'HTTP frontend [managed by lb-plan: old]', labels: { 'managed-by': 'lb-plan', 'lb-plan-lb': 'old' } } }), { adopt: new Set(['globalForwardingRule/lb-http']) });
    expect([rule.errors, one(rule, 'globalForwardingRule/lb-http').action]).toEqual([[], 'adopt']);
    // Labels now name this load balancer: that is the change setLabels makes.
    expect(one(r, 'globalAddress/lb-ip').changes).toEqual([{ path: 'labels.lb-plan-lb', kind: 'changed', before: 'old', after: 'lb' }]);
  });

  it('an unowned backend service that a URL map outside this load balancer routes to is never taken over', () => {
    const otherMap = res('urlMap', 'other-map', { description: '', defaultService: `${C}/global/backendServices/lb-web` });
    const message = 'backendService/lb-web already exists and is also used by urlMap/other-map, outside this load balancer; lb-plan will not take over a backend service another load balancer uses. Give this backend another name (its name:) so lb-plan creates its own.';
    const live = [...applied({ 'lb-web': { description: '' } }), otherMap];
    expect(diff(live).errors).toEqual([message]);
    expect(diff(live, { adopt: new Set(['backendService/lb-web']) }).errors).toEqual([message]);
    // Used only by this load balancer's own URL map: it can be taken over.
    expect(diff(applied({ 'lb-web': { description: '' } }), { adopt: new Set(['backendService/lb-web']) }).errors).toEqual([]);
  });

  it("a backend service whose only other user is this manifest's own (unowned) URL map is not shared: the usual error", () => {
    const r = diff(applied({ 'lb-web': { description: '' }, lb: { description: '' } }));
    expect(r.errors).toEqual([
      'backendService/lb-web already exists and lb-plan does not own it. To let lb-plan manage it, add "backendService/lb-web" to metadata.adopt; otherwise choose another name.',
      'urlMap/lb already exists and lb-plan does not own it. To let lb-plan manage it, add "urlMap/lb" to metadata.adopt; otherwise choose another name.',
    ]);
  });

  it('several foreign users are named sorted', () => {
    const map = (n: string) => res('urlMap', n, { description: '', defaultService: `${C}/global/backendServices/lb-web` });
    expect(diff([...applied({ 'lb-web': { description: '' } }), map('z-map'), map('a-map')]).errors).toEqual([
      'backendService/lb-web already exists and is also used by urlMap/a-map, urlMap/z-map, outside this load balancer; lb-plan will not take over a backend service another load balancer uses. Give this backend another name (its name:) so lb-plan creates its own.',
    ]);
  });

  it('an unowned NEG serving a backend service another URL map also uses is never taken over', () => {
    const otherMap = res('urlMap', 'other-map', { description: '', defaultService: `${C}/global/backendServices/lb-web` });
    const live = [...applied({ 'lb-web': { description: '' }, [NEG]: { description: '' } }), otherMap];
    expect(diff(live).errors).toContain(`regionNetworkEndpointGroup/us-central1/${NEG} already exists and serves backendService/lb-web, which urlMap/other-map also uses, outside this load balancer; lb-plan will not take it over. Give this NEG another name (its name:) so lb-plan creates its own.`);
    // The backend service is ours: its other users do not matter to the NEG's message.
    const ours = diff([...applied({ [NEG]: { description: '' } }), otherMap]).errors;
    expect(ours).toEqual([`regionNetworkEndpointGroup/us-central1/${NEG} already exists and lb-plan does not own it. To let lb-plan manage it, add "regionNetworkEndpointGroup/us-central1/${NEG}" to metadata.adopt; otherwise choose another name.`]);
  });

  it('an unmarked NEG used only by what this plan deletes is left behind, with the gcloud command, never silently', () => {
    const lone = res('regionNetworkEndpointGroup', 'hand-neg', { description: '', networkEndpointType: 'SERVERLESS', cloudRun: { service: 'x' } }, 'europe-west1');
    const oldBe = res('backendService', 'lb-old', { description: '[managed by lb-plan: lb]', backends: [{ group: `${C}/regions/europe-west1/networkEndpointGroups/hand-neg` }] });
    const r = diff([...applied(), oldBe, lone]);
    expect(r.warnings).toEqual(['left behind: regionNetworkEndpointGroup/europe-west1/hand-neg is used only by resources this plan deletes, but lb-plan does not own it (metadata.adopt does not list it); once they are gone, delete it with `gcloud compute network-endpoint-groups delete hand-neg --region=europe-west1 --project=p`.']);
    expect(diff([...applied(), lone]).warnings).toEqual([]);
  });
});

describe('diffResources: drift told apart from an edit by the applied record', () => {
  // The record's documented format (src/plan/applied.ts): r1- and, per managed top-level field in
  // sorted order, the first 6 hex digits of the SHA-256 of its canonical JSON (null when unset).
  const h6 = (json: string) => createHash('sha256').update(json).digest('hex').slice(0, 6);
  const wanted: Record<string, string> = {
    backends: `[{"group":"projects/p/regions/us-central1/networkEndpointGroups/${NEG}"}]`,
    cdnPolicy: 'null',
    description: '"[managed by lb-plan: lb]"',
    enableCDN: 'false',
    iap: '{"enabled":false}',
    loadBalancingScheme: '"EXTERNAL"',
    logConfig: '{"enable":true,"sampleRate":1}',
    protocol: '"HTTP"',
    securityPolicy: 'null',
  };
  const record = (applied: Record<string, string> = {}) => `r1-${Object.keys(wanted).sort().map((f) => h6(applied[f] ?? wanted[f]!)).join('')}`;
  const withRecord = (rec: string, body: Record<string, unknown>) => applied({ 'lb-web': { description: `[lb-plan applied ${rec}] [managed by lb-plan: lb]`, ...body } });

  it('the record is not a change: a resource carrying it is up to date', () => {
    expect(one(diff(withRecord(record(), {})), 'backendService/lb-web').action).toBe('no-op');
  });

  it('changed by hand since lb-plan applied what the manifest still wants: drift, to be restored', () => {
    const c = one(diff(withRecord(record(), { enableCDN: true })), 'backendService/lb-web');
    expect([c.action, c.reason, c.drift]).toEqual(['update', 'changed outside lb-plan since the last apply (enableCDN); will be restored', ['enableCDN']]);
  });

  it('several drifted paths of one field name it once', () => {
    const c = one(diff(withRecord(record(), { iap: { enabled: true, oauth2ClientId: 'c', oauth2ClientSecretSha256: 'h' } })), 'backendService/lb-web');
    expect(c.drift).toEqual(['iap.enabled', 'iap.oauth2ClientId', 'iap.oauth2ClientSecretSha256']);
    expect(c.reason).toBe('changed outside lb-plan since the last apply (iap); will be restored');
  });

  it('a set element changed by hand is drift of its field', () => {
    const c = one(diff(withRecord(record(), { backends: [] })), 'backendService/lb-web');
    expect([c.reason, c.drift]).toEqual(['changed outside lb-plan since the last apply (backends); will be restored', [`backends[projects/p/regions/us-central1/networkEndpointGroups/${NEG}]`]]);
  });

  it('two fields drifted: both named', () => {
    const c = one(diff(withRecord(record(), { enableCDN: true, protocol: 'HTTPS' })), 'backendService/lb-web');
    expect(c.reason).toBe('changed outside lb-plan since the last apply (enableCDN, protocol); will be restored');
  });

  it('an edit in the manifest beside a drift: both said', () => {
    // lb-plan last applied HTTPS; the manifest now wants HTTP (an edit), and CDN was turned on by hand (drift).
    const c = one(diff(withRecord(record({ protocol: '"HTTPS"' }), { protocol: 'HTTPS', enableCDN: true })), 'backendService/lb-web');
    expect([c.reason, c.drift]).toEqual(['differs from the manifest; also changed outside lb-plan since the last apply (enableCDN), which will be restored', ['enableCDN']]);
    const edit = one(diff(withRecord(record({ protocol: '"HTTPS"' }), { protocol: 'HTTPS' })), 'backendService/lb-web');
    expect([edit.reason, edit.drift]).toEqual(['differs from the manifest', undefined]);
  });

  it('a replacement is never worded as drift', () => {
    const c = one(diff(withRecord(record(), { loadBalancingScheme: 'EXTERNAL_MANAGED' })), 'backendService/lb-web');
    expect([c.action, c.reason, c.drift]).toEqual(['replace', 'loadBalancingScheme cannot change in place', undefined]);
  });
});

describe('diffResources: an explicitly named NEG and its successor under the generated name', () => {
  const NAMED = YAML.replace('{ region: us-central1, cloudRun: { service: web } }', '{ name: my-neg, region: us-central1, cloudRun: { service: web2 } }');
  const MY_NEG = 'regionNetworkEndpointGroup/us-central1/my-neg';
  /** Compiled as src/plan/pinned.ts asks once my-neg must move: its successor under the generated name. */
  function moved(): CompiledLoadBalancer {
    const l = loadManifest('/tmp/lb-plan-diff-units.yaml', { text: NAMED });
    return compile(l.manifest!, { files: l.files, secrets: new Map() }, { generated: new Set([MY_NEG]) });
  }
  const myNeg = (description: string) => res('regionNetworkEndpointGroup', 'my-neg', { description, networkEndpointType: 'SERVERLESS', cloudRun: { service: 'web' } }, 'us-central1');
  const usingGroup = (name: string) => applied({ 'lb-web': { backends: [{ group: `${C}/regions/us-central1/networkEndpointGroups/${name}` }] } }).filter((r) => r.kind !== 'regionNetworkEndpointGroup');

  it('the successor replaces the named NEG by that name (a declared name has no hash to pair by)', () => {
    const lb = moved();
    const successor = lb.resources.find((r) => r.kind === 'regionNetworkEndpointGroup')!;
    expect(successor.name).toMatch(/^lb-web-[0-9a-f]{8}$/);
    const r = diffResources(lb, state(...usingGroup('my-neg'), myNeg('[managed by lb-plan: lb]')), none);
    const n = one(r, successor.address);
    expect([n.action, n.replaces, n.reason]).toEqual(['replace', MY_NEG, 'replaces my-neg: cloudRun.service changed (immutable; a new one is created first)']);
    expect([one(r, MY_NEG).action, one(r, MY_NEG).replacedBy]).toEqual(['delete', successor.address]);
  });

  it('a named NEG listed in metadata.adopt stays a valid entry after its successor took over, even unused', () => {
    const lb = moved();
    const successor = lb.resources.find((r) => r.kind === 'regionNetworkEndpointGroup')!;
    const live = [...usingGroup(successor.name), res('regionNetworkEndpointGroup', successor.name, { description: '[managed by lb-plan: lb]', networkEndpointType: 'SERVERLESS', cloudRun: { service: 'web2' } }, 'us-central1'), myNeg('')];
    const r = diffResources(lb, state(...live), { adopt: new Set([MY_NEG]) });
    expect(r.errors).toEqual([]);
    expect(r.changes.map((c) => c.address)).not.toContain(MY_NEG);
  });
});

describe('diffResources: fields that cannot change in place (Compute v1 has no update for them), every one', () => {
  const FORCED: [string, ResourceKind, Record<string, unknown>, Record<string, unknown>][] = [
    ['lb-ip', 'globalAddress', { address: '34.1.2.3' }, { address: '34.9.9.9' }],
    ['lb-ip', 'globalAddress', {}, { addressType: 'INTERNAL' }],
    ['lb-ip', 'globalAddress', {}, { ipVersion: 'IPV6' }],
    ['lb-ip', 'globalAddress', {}, { networkTier: 'STANDARD' }],
    ['lb-ip', 'globalAddress', { prefixLength: 32 }, { prefixLength: 30 }],
    ['lb-http', 'globalForwardingRule', {}, { IPAddress: '34.9.9.9' }],
    ['lb-http', 'globalForwardingRule', {}, { IPProtocol: 'UDP' }],
    ['lb-http', 'globalForwardingRule', {}, { portRange: '81-81' }],
    ['lb-http', 'globalForwardingRule', {}, { loadBalancingScheme: 'EXTERNAL_MANAGED' }],
    ['lb-http', 'globalForwardingRule', {}, { networkTier: 'STANDARD' }],
    ['lb-http', 'globalForwardingRule', { ipVersion: 'IPV4' }, { ipVersion: 'IPV6' }],
    ['lb-web', 'backendService', {}, { loadBalancingScheme: 'EXTERNAL_MANAGED' }],
  ];
  it.each(FORCED.map(([name, kind, want, got]) => [`${kind} ${Object.keys(got)[0]}`, name, kind, want, got] as const))('%s: a replacement', (_, name, kind, want, got) => {
    const lb = compiled(YAML);
    const changed = { ...lb, resources: lb.resources.map((r) => (r.name === name ? { ...r, body: { ...r.body, ...want } } : r)) };
    const c = one(diffResources(changed, state(...applied({ [name]: { ...want, ...got } })), none), `${kind}/${name}`);
    expect([c.action, c.forcesReplacement]).toEqual(['replace', Object.keys(got)]);
  });

  it('a Cloud Armor policy of another type is replaced; its rules change in place', () => {
    const policy = { address: 'securityPolicy/armor', kind: 'securityPolicy' as const, scope: { type: 'global' as const }, name: 'armor', api: 'v1', body: { name: 'armor', description: '[managed by lb-plan: lb]', type: 'CLOUD_ARMOR' }, secrets: [], setters: [], dependsOn: [], references: [], source: [] };
    const lb = { ...compiled(YAML), resources: [...compiled(YAML).resources, policy] } as CompiledLoadBalancer;
    const live = (body: Record<string, unknown>) => [...applied(), res('securityPolicy', 'armor', { description: '[managed by lb-plan: lb]', type: 'CLOUD_ARMOR', ...body })];
    expect(one(diffResources(lb, state(...live({ type: 'CLOUD_ARMOR_EDGE' })), none), 'securityPolicy/armor').action).toBe('replace');
    expect(one(diffResources(lb, state(...live({ rules: [{ priority: 1, action: 'deny(403)', match: { versionedExpr: 'SRC_IPS_V1', config: { srcIpRanges: ['*'] } } }] })), none), 'securityPolicy/armor').action).toBe('update');
  });

  it('a certificate is immutable: other content under its name forces a replacement of every changed field', () => {
    const text = YAML.replace('address: { reserve: lb-ip }', 'address: { reserve: lb-ip }\n  https:\n    certificates: [ { managed: [a.example.com] } ]');
    const cert = compiled(text).resources.find((r) => r.kind === 'sslCertificate')!;
    const r = diff([...applied(), res('sslCertificate', cert.name, { description: '[managed by lb-plan: lb]', type: 'MANAGED', managed: { domains: ['b.example.com'] } })], none, text);
    const c = one(r, cert.address);
    expect([c.action, c.forcesReplacement]).toEqual(['replace', ['managed.domains[a.example.com]', 'managed.domains[b.example.com]']]);
  });

  it('an unowned Cloud Armor policy used by a shared backend service gets the usual error, not the NEG one', () => {
    const policy = { address: 'securityPolicy/armor', kind: 'securityPolicy' as const, scope: { type: 'global' as const }, name: 'armor', api: 'v1', body: { name: 'armor', description: '[managed by lb-plan: lb]', type: 'CLOUD_ARMOR' }, secrets: [], setters: [], dependsOn: [], references: [], source: [] };
    const lb = { ...compiled(YAML), resources: [...compiled(YAML).resources, policy] } as CompiledLoadBalancer;
    const live = [...applied({ 'lb-web': { description: '', securityPolicy: `${C}/global/securityPolicies/armor` } }), res('securityPolicy', 'armor', { description: '', type: 'CLOUD_ARMOR' }), res('urlMap', 'other-map', { description: '', defaultService: `${C}/global/backendServices/lb-web` })];
    expect(diffResources(lb, state(...live), none).errors).toContain('securityPolicy/armor already exists and lb-plan does not own it. To let lb-plan manage it, add "securityPolicy/armor" to metadata.adopt; otherwise choose another name.');
  });

  it('several fields are named together, in path order, in the reason and in the adopt error', () => {
    const c = one(diff(applied({ 'lb-http': { portRange: '81-81', IPProtocol: 'UDP' } })), 'globalForwardingRule/lb-http');
    expect(c.reason).toBe('IPProtocol, portRange cannot change in place');
    const r = diff(applied({ 'lb-http': { labels: {}, description: '', portRange: '81-81', IPProtocol: 'UDP' } }), { adopt: new Set(['globalForwardingRule/lb-http']) });
    expect(r.errors).toEqual(['globalForwardingRule/lb-http is listed in metadata.adopt but differs in fields that cannot change in place (IPProtocol, portRange); lb-plan will not delete a resource it does not own.']);
  });
});

describe('diffResources: lists of names in messages, and what is not paired', () => {
  const NEG_ADDRESS = `regionNetworkEndpointGroup/us-central1/${NEG}`;
  const beUsing = (name: string, owner = '') => res('backendService', name, { description: owner, backends: [{ group: `${C}/regions/us-central1/networkEndpointGroups/${NEG}` }] });
  const mapTo = (name: string, be: string) => res('urlMap', name, { description: '', defaultService: `${C}/global/backendServices/${be}` });

  it('a listed NEG used by two resources this load balancer does not take over names both', () => {
    const r = diff([...applied({ [NEG]: { description: '' } }), beUsing('hand-b'), beUsing('hand-a')], { adopt: new Set([NEG_ADDRESS]) });
    expect(r.errors).toContain(`${NEG_ADDRESS} is listed in metadata.adopt but is also used by backendService/hand-b, backendService/hand-a, which this load balancer neither owns nor takes over; lb-plan will not take a resource out of another load balancer.`);
  });

  it('a listed NEG used by what this load balancer owns and by what it takes over is adopted, not yet owned', () => {
    const r = diff([...applied({ [NEG]: { description: '' } }), beUsing('lb-api')], { adopt: new Set([NEG_ADDRESS, 'backendService/lb-api']) });
    expect(one(r, NEG_ADDRESS).action).toBe('adopt');
  });

  it('two forwarding rules of the other load balancer on the address are both named', () => {
    const rule = (name: string, ports: string) => res('globalForwardingRule', name, { description: '', IPAddress: '34.1.2.3', portRange: ports, labels: { 'managed-by': 'lb-plan', 'lb-plan-lb': 'old' } });
    const live = [...applied({ 'lb-ip': { description: 'Frontend IPV4 address [managed by lb-plan: old]', labels: { 'managed-by': 'lb-plan', 'lb-plan-lb': 'old' } } }), rule('old-http', '80-80'), rule('old-https', '443-443')];
    expect(diff(live, { adopt: new Set(['globalAddress/lb-ip']) }).errors[0]).toContain('still serves on it: old-http (ports 80-80), old-https (ports 443-443). Hand it over first');
  });

  it('a NEG serving a shared backend service: the first shared service by name, its other users all named', () => {
    const live = [...applied({ 'lb-web': { description: '' }, [NEG]: { description: '' } }), beUsing('a-be'), mapTo('m2', 'a-be'), mapTo('m1', 'a-be'), mapTo('other-map', 'lb-web')];
    expect(diff(live).errors).toContain(`${NEG_ADDRESS} already exists and serves backendService/a-be, which urlMap/m2, urlMap/m1 also uses, outside this load balancer; lb-plan will not take it over. Give this NEG another name (its name:) so lb-plan creates its own.`.replace('urlMap/m2, urlMap/m1', 'urlMap/m1, urlMap/m2'));
  });

  it('users this load balancer owns are never "outside" it, even ones it deletes; a backend service nobody uses is not shared', () => {
    const r = diff([...applied({ 'lb-web': { description: '' } }), res('urlMap', 'lb-old', { description: '[managed by lb-plan: lb]', defaultService: `${C}/global/backendServices/lb-web` })]);
    expect(r.errors).toEqual(['backendService/lb-web already exists and lb-plan does not own it. To let lb-plan manage it, add "backendService/lb-web" to metadata.adopt; otherwise choose another name.']);
    expect(diff([res('backendService', 'lb-web', { description: '' })]).errors).toContain('backendService/lb-web already exists and lb-plan does not own it. To let lb-plan manage it, add "backendService/lb-web" to metadata.adopt; otherwise choose another name.');
  });

  it('metadata.adopt naming an existing resource the manifest does not declare is an error too', () => {
    expect(diff([...applied(), res('urlMap', 'hand', { description: '' })], { adopt: new Set(['urlMap/hand']) }).errors).toEqual(['metadata.adopt lists urlMap/hand, which this manifest does not declare.']);
  });

  it('a listed NEG that is refused is never deleted, though the manifest does not want it', () => {
    const hand = res('regionNetworkEndpointGroup', 'hand', { description: '' }, 'us-central1');
    const user = res('backendService', 'hand-be', { description: '', backends: [{ group: `${C}/regions/us-central1/networkEndpointGroups/hand` }] });
    const r = diff([...applied(), hand, user], { adopt: new Set([hand.address]) });
    expect(r.changes.map((c) => c.address)).not.toContain(hand.address);
  });

  it('an unmarked NEG the manifest wants is never "left behind", even when only a deleted resource uses it', () => {
    const r = diff([...applied({ [NEG]: { description: '' }, 'lb-web': { backends: [] } }), res('backendService', 'lb-old', { description: '[managed by lb-plan: lb]', backends: [{ group: `${C}/regions/us-central1/networkEndpointGroups/${NEG}` }] })]);
    expect(r.warnings).toEqual([]);
  });

  it('an existing certificate the manifest uses is never "left behind" by a plan that keeps its user', () => {
    const text = YAML.replace('address: { reserve: lb-ip }', 'address: { reserve: lb-ip }\n  https:\n    certificates: [ { existing: hand-cert } ]');
    // What GCP holds once this manifest was applied: its compiled bodies, and the certificate made by hand.
    const live = compiled(text).resources.map((r) => res(r.kind, r.name, { ...r.body }, r.scope.type === 'region' ? r.scope.region : undefined));
    const r = diff([...live, res('sslCertificate', 'hand-cert', { description: '', type: 'MANAGED', managed: { domains: ['a.example.com'] } })], none, text);
    expect([r.errors, r.warnings]).toEqual([[], []]);
    expect(r.changes.map((c) => c.action).filter((a) => a !== 'no-op')).toEqual([]);
  });

  it('replacement pairs only NEGs and certificates: a backend service whose name looks hashed is created and deleted', () => {
    const text = YAML.replace('  web:\n', '  deadbeef:\n');
    const r = diff([...applied(), res('backendService', 'lb-12345678', { description: '[managed by lb-plan: lb]' })], none, text);
    expect([one(r, 'backendService/lb-deadbeef').action, one(r, 'backendService/lb-12345678').action]).toEqual(['create', 'delete']);
  });

  it('NEGs without a hashed name are not paired: a create and a delete', () => {
    const text = YAML.replace('{ region: us-central1, cloudRun: { service: web } }', '{ name: my-neg, region: us-central1, cloudRun: { service: web } }');
    const r = diff([...applied().filter((x) => x.name !== NEG), res('regionNetworkEndpointGroup', 'hand-old', { description: '[managed by lb-plan: lb]', cloudRun: { service: 'x' } }, 'us-central1')], none, text);
    expect([one(r, 'regionNetworkEndpointGroup/us-central1/my-neg').action, one(r, 'regionNetworkEndpointGroup/us-central1/hand-old').action]).toEqual(['create', 'delete']);
  });

  it('two new certificates for one old one: one replaces it, the other is created', () => {
    const text = YAML.replace('address: { reserve: lb-ip }', 'address: { reserve: lb-ip }\n  https:\n    certificates: [ { managed: [a.example.com] }, { managed: [b.example.com] } ]');
    const old = res('sslCertificate', 'lb-cert-12345678', { description: '[managed by lb-plan: lb]', type: 'MANAGED', managed: { domains: ['old.example.com'] } });
    const r = diff([...applied(), old], none, text);
    expect(r.changes.filter((c) => c.kind === 'sslCertificate').map((c) => c.action).sort()).toEqual(['create', 'delete', 'replace']);
  });

  it('a NEG replaced for two changed fields names both', () => {
    const old = res('regionNetworkEndpointGroup', 'lb-web-aaaaaaaa', { description: '[managed by lb-plan: lb]', networkEndpointType: 'SERVERLESS', cloudRun: { service: 'old', tag: 'x' } }, 'us-central1');
    const live = applied({ 'lb-web': { backends: [{ group: `${C}/regions/us-central1/networkEndpointGroups/lb-web-aaaaaaaa` }] } }).filter((x) => x.name !== NEG);
    expect(one(diff([...live, old]), `regionNetworkEndpointGroup/us-central1/${NEG}`).reason).toBe('replaces lb-web-aaaaaaaa: cloudRun.service, cloudRun.tag changed (immutable; a new one is created first)');
  });

  it('creates and deletes force nothing', () => {
    expect(diff([]).changes.every((c) => c.forcesReplacement.length === 0)).toBe(true);
    const r = diffResources({ ...compiled(YAML), resources: [] }, state(...applied()), { adopt: new Set(), destroying: true });
    expect(r.changes.every((c) => c.forcesReplacement.length === 0)).toBe(true);
  });
});

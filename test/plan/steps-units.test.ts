/**
 * The building blocks of src/plan/steps.ts, on hand-written GCP bodies: which live resource points at
 * which (the users a delete must wait for), and a security-policy rule's comparable form. The
 * expected addresses are written out here from the Compute URL layout, not computed by the code.
 */
import { describe, expect, it } from 'vitest';
import type { LiveResource, LiveState } from '../../src/gcp/read.js';
import { addressOfUrl, liveReferences, liveUsers, stripRule } from '../../src/plan/steps.js';
import { liveResource, liveState } from '../helpers/live.js';

const G = 'https://www.googleapis.com/compute/v1/projects/p/global';
const R = 'https://www.googleapis.com/compute/v1/projects/p/regions';

const res = liveResource;

const state = (...resources: LiveResource[]): LiveState => liveState(resources);

describe('addressOfUrl: the managed resource a Compute URL names', () => {
  it('every collection lb-plan manages, global and regional', () => {
    expect(addressOfUrl(`${G}/addresses/ip`)).toBe('globalAddress/ip');
    expect(addressOfUrl(`${G}/sslCertificates/cert`)).toBe('sslCertificate/cert');
    expect(addressOfUrl(`${R}/europe-west1/networkEndpointGroups/neg`)).toBe('regionNetworkEndpointGroup/europe-west1/neg');
    expect(addressOfUrl(`${G}/backendServices/be`)).toBe('backendService/be');
    expect(addressOfUrl(`${G}/urlMaps/map`)).toBe('urlMap/map');
    expect(addressOfUrl(`${G}/targetHttpProxies/hp`)).toBe('targetHttpProxy/hp');
    expect(addressOfUrl(`${G}/targetHttpsProxies/sp`)).toBe('targetHttpsProxy/sp');
    expect(addressOfUrl(`${G}/forwardingRules/fr`)).toBe('globalForwardingRule/fr');
    expect(addressOfUrl(`${G}/securityPolicies/armor`)).toBe('securityPolicy/armor');
  });

  it('a relative path (as GCP writes some references) names the same resource', () => {
    expect(addressOfUrl('projects/p/global/urlMaps/map')).toBe('urlMap/map');
    expect(addressOfUrl('projects/p/regions/us-central1/networkEndpointGroups/n')).toBe('regionNetworkEndpointGroup/us-central1/n');
  });

  it('what lb-plan does not manage, or what is not a resource URL, names nothing', () => {
    expect(addressOfUrl(`${G}/sslPolicies/modern`)).toBeUndefined();
    expect(addressOfUrl(`${G}/healthChecks/hc`)).toBeUndefined();
    expect(addressOfUrl('34.1.2.3')).toBeUndefined();
    expect(addressOfUrl('hello')).toBeUndefined();
    expect(addressOfUrl(`${G}/urlMaps/map/extra`)).toBeUndefined();
    expect(addressOfUrl(`${G}/urlMaps/`)).toBeUndefined();
    expect(addressOfUrl(`${G}/url-maps/map`)).toBeUndefined();
  });
});

describe('liveReferences: what a live resource uses now', () => {
  it('URLs anywhere in the body, in nested objects and lists, each once', () => {
    const be = res('backendService', 'be', {
      backends: [{ group: `${R}/us-central1/networkEndpointGroups/a` }, { group: `${R}/europe-west1/networkEndpointGroups/b` }],
      securityPolicy: `${G}/securityPolicies/armor`,
      iap: { enabled: false },
      port: 80,
      nothing: null,
      again: [`${G}/securityPolicies/armor`],
    });
    expect(liveReferences(be).sort()).toEqual(['regionNetworkEndpointGroup/europe-west1/b', 'regionNetworkEndpointGroup/us-central1/a', 'securityPolicy/armor']);
  });

  it('back-pointers (its own links, users, usedBy, region, zone) are not uses', () => {
    const ip = res('globalAddress', 'ip', { selfLink: `${G}/addresses/ip`, users: [`${G}/forwardingRules/fr`] });
    expect(liveReferences(ip)).toEqual([]);
    const be = res('backendService', 'be', {
      selfLink: `${G}/backendServices/be`,
      selfLinkWithId: `${G}/backendServices/123`,
      usedBy: [{ reference: `${G}/urlMaps/map` }],
      region: `${R}/us-central1`,
      zone: `${G}/backendServices/zoned`,
    });
    expect(liveReferences(be)).toEqual([]);
  });

  it('a URL of the resource itself under another key is not a use', () => {
    const map = res('urlMap', 'map', { defaultService: `${G}/backendServices/be`, own: `${G}/urlMaps/map` });
    expect(liveReferences(map)).toEqual(['backendService/be']);
  });
});

describe('liveUsers: who uses each live resource now', () => {
  it('references by URL, and a reserved address through its users list', () => {
    const live = state(
      res('globalAddress', 'ip', { address: '34.1.2.3', users: [`${G}/forwardingRules/fr`, `${G}/healthChecks/not-ours`] }),
      res('globalForwardingRule', 'fr', { IPAddress: '34.1.2.3', target: `${G}/targetHttpProxies/hp` }),
      res('targetHttpProxy', 'hp', { urlMap: `${G}/urlMaps/map` }),
      res('urlMap', 'map', { defaultService: `${G}/backendServices/be` }),
      res('backendService', 'be', {}),
      res('urlMap', 'other', { defaultService: `${G}/backendServices/be` }),
    );
    const users = liveUsers(live);
    const plain = Object.fromEntries([...users].map(([k, v]) => [k, [...v].sort()]));
    expect(plain).toEqual({
      'globalAddress/ip': ['globalForwardingRule/fr'],
      'targetHttpProxy/hp': ['globalForwardingRule/fr'],
      'urlMap/map': ['targetHttpProxy/hp'],
      'backendService/be': ['urlMap/map', 'urlMap/other'],
    });
  });

  it('users of a resource that is not an address are not read as uses', () => {
    const live = state(res('backendService', 'be', { users: [`${G}/urlMaps/map`] }), res('urlMap', 'map', {}));
    expect([...liveUsers(live)]).toEqual([]);
  });

  it('an address without users has none', () => {
    expect([...liveUsers(state(res('globalAddress', 'ip', { address: '34.1.2.3' })))]).toEqual([]);
  });
});

describe('stripRule: a security-policy rule as lb-plan compares it', () => {
  const rule = { priority: 1000, action: 'deny(403)', match: { versionedExpr: 'SRC_IPS_V1', config: { srcIpRanges: ['10.0.0.0/8'] } } };

  it('what GCP adds (kind, a false preview) does not make a rule differ', () => {
    expect(stripRule({ ...rule, kind: 'compute#securityPolicyRule', preview: false })).toBe(stripRule(rule));
  });

  it('a different action, range or preview does', () => {
    expect(stripRule({ ...rule, action: 'allow' })).not.toBe(stripRule(rule));
    expect(stripRule({ ...rule, match: { versionedExpr: 'SRC_IPS_V1', config: { srcIpRanges: ['10.0.0.0/16'] } } })).not.toBe(stripRule(rule));
    expect(stripRule({ ...rule, preview: true })).not.toBe(stripRule(rule));
  });
});

/**
 * liveForms (src/plan/normalize.ts) projects a live body once when its whole canonical form (the plan's
 * digest) and the one compared with the manifest (liveCanonical with `want`) are the same, twice when
 * not. Both forms must be exactly what liveCanonical gives, for every mix of `whenSet` fields (optional
 * and computed: GCP picks them when the manifest does not) on either side. Bodies written the way GCP
 * answers (gcp-behaviour.md §2.6).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ResourceKind } from '../../src/model/kinds.js';
import { liveCanonical, liveForms } from '../../src/plan/normalize.js';

const C = 'https://www.googleapis.com/compute/v1/projects/p';
const ctx = { addressIps: new Map([['lb-ip', '34.1.2.3']]) };

/** Live bodies with every whenSet field of their kind set, and what a manifest may set of them. */
const CASES: { kind: ResourceKind; body: Record<string, unknown>; want: Record<string, unknown> }[] = [
  {
    kind: 'globalForwardingRule',
    body: { IPAddress: '34.1.2.3', IPProtocol: 'TCP', portRange: '443-443', target: `${C}/global/targetHttpsProxies/t`, loadBalancingScheme: 'EXTERNAL', networkTier: 'PREMIUM', ipVersion: 'IPV4', labels: { a: 'b' } },
    want: { IPAddress: '34.1.2.3', IPProtocol: 'TCP', portRange: '443-443', target: 'projects/p/global/targetHttpsProxies/t', loadBalancingScheme: 'EXTERNAL', networkTier: 'PREMIUM', ipVersion: 'IPV4', labels: { a: 'b' } },
  },
  {
    kind: 'globalAddress',
    body: { address: '2600:1901:0:0::', addressType: 'EXTERNAL', ipVersion: 'IPV6', networkTier: 'PREMIUM', prefixLength: 64, labels: {} },
    want: { address: '2600:1901::', addressType: 'EXTERNAL', ipVersion: 'IPV6', networkTier: 'PREMIUM', prefixLength: 64, labels: {} },
  },
  {
    kind: 'backendService',
    body: { description: 'd', protocol: 'HTTP', loadBalancingScheme: 'EXTERNAL', enableCDN: true, cdnPolicy: { cacheMode: 'CACHE_ALL_STATIC', defaultTtl: 3600, clientTtl: 3600, maxTtl: 86400, negativeCaching: false, serveWhileStale: 0, requestCoalescing: true, signedUrlCacheMaxAgeSec: '0' }, backends: [{ group: `${C}/regions/r/networkEndpointGroups/n`, balancingMode: 'UTILIZATION' }], iap: { enabled: false }, logConfig: { enable: false } },
    want: { description: 'd', protocol: 'HTTP', loadBalancingScheme: 'EXTERNAL', enableCDN: true, cdnPolicy: { cacheMode: 'CACHE_ALL_STATIC', defaultTtl: 3600, clientTtl: 3600, maxTtl: 86400, negativeCaching: false, serveWhileStale: 0, requestCoalescing: true }, backends: [{ group: 'projects/p/regions/r/networkEndpointGroups/n' }], iap: { enabled: false }, logConfig: { enable: false } },
  },
];

/** `o` without the keys `drop` names (dotted for one level down), or with them null when `asNull`. */
function without(o: Record<string, unknown>, drop: readonly string[], asNull: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = structuredClone(o);
  for (const path of drop) {
    const [a, b] = path.split('.') as [string, string?];
    const holder = b === undefined ? out : (out[a] as Record<string, unknown> | undefined);
    if (!holder || typeof holder !== 'object') continue;
    if (asNull) holder[b ?? a] = null;
    else delete holder[b ?? a];
  }
  return out;
}

const FIELDS: Record<string, string[]> = {
  globalForwardingRule: ['IPAddress', 'ipVersion', 'labels'],
  globalAddress: ['address', 'prefixLength', 'ipVersion'],
  backendService: ['cdnPolicy', 'cdnPolicy.cacheMode', 'cdnPolicy.defaultTtl', 'cdnPolicy.maxTtl', 'cdnPolicy.requestCoalescing', 'enableCDN'],
};

describe('liveForms: the whole and the compared canonical forms of a live body', () => {
  it('a manifest side whose object field is null (not an object) is read as one that sets nothing there', () => {
    const be = CASES[2]!;
    for (const field of ['iap', 'logConfig', 'cdnPolicy']) {
      const want = { ...be.want, [field]: null };
      const forms = liveForms(be.kind, be.body, ctx, want);
      expect(forms.whole).toEqual(liveCanonical(be.kind, be.body, ctx));
      expect(forms.compared).toEqual(liveCanonical(be.kind, be.body, ctx, { canonical: want }));
    }
  });

  it('are what liveCanonical gives without and with the manifest side, whichever whenSet fields either side leaves out', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CASES), fc.boolean(), fc.boolean(), fc.nat(), fc.nat(), ({ kind, body, want }, nullBody, cdnNotObject, a, b) => {
        const fields = FIELDS[kind]!;
        const pick = (n: number) => fields.filter((_, i) => (n >> i) & 1);
        const live = without(body, pick(a), nullBody);
        const wanted = without(want, pick(b), false);
        if (cdnNotObject && kind === 'backendService' && wanted.cdnPolicy !== undefined) wanted.cdnPolicy = a % 2 ? 'odd' : null;
        const forms = liveForms(kind, live, ctx, wanted);
        expect(forms.whole).toEqual(liveCanonical(kind, live, ctx));
        expect(forms.compared).toEqual(liveCanonical(kind, live, ctx, { canonical: wanted }));
      }),
      { numRuns: 1500 },
    );
  });

  it('one projection when nothing is left out; two when the manifest leaves out a whenSet field GCP answers', () => {
    const rule = CASES[0]!;
    const same = liveForms(rule.kind, rule.body, ctx, rule.want);
    expect(same.compared).toBe(same.whole);
    // An ephemeral IP: GCP picks it, the manifest names none. ipVersion left out: its default (IPV4) is GCP's too.
    const { IPAddress: _ip, ipVersion: _v, ...ephemeral } = rule.want;
    const two = liveForms(rule.kind, rule.body, ctx, ephemeral);
    expect(two.whole).toMatchObject({ IPAddress: '34.1.2.3', ipVersion: 'IPV4' });
    expect(two.compared).not.toHaveProperty('IPAddress');
    expect(two.compared).not.toHaveProperty('ipVersion');
    // A backend service whose manifest sets every CDN setting GCP answers: IAP and logging (objects without
    // whenSet members) are looked into and leave nothing out either.
    const full = CASES[2]!;
    const whole = liveForms(full.kind, full.body, ctx, full.want);
    expect(whole.compared).toBe(whole.whole);
    // A whenSet field without a default that neither side has, absent or null in the answer: nothing to leave out.
    const { IPAddress: _none, ...noIp } = rule.want;
    for (const body of [{ ...rule.body, IPAddress: undefined }, { ...rule.body, IPAddress: null }]) {
      const forms = liveForms(rule.kind, body, ctx, noIp);
      expect(forms.compared).toBe(forms.whole);
      expect(forms.whole).not.toHaveProperty('IPAddress');
    }
    // A CDN setting GCP filled in (defaultTtl) that the manifest does not set: one level down.
    const be = CASES[2]!;
    const cdn = liveForms(be.kind, be.body, ctx, { ...be.want, cdnPolicy: { cacheMode: 'CACHE_ALL_STATIC' } });
    expect(cdn.whole.cdnPolicy).toMatchObject({ defaultTtl: 3600 });
    expect(cdn.compared.cdnPolicy).toEqual({ cacheMode: 'CACHE_ALL_STATIC' });
  });
});

/**
 * lb-plan's applied record (src/plan/applied.ts): where it is written and read per kind, that it never
 * counts as a change, GCP's 2,048-character description limit, and drift told apart from an edit. The
 * record expected here is computed in this file from its documented format (`r1-` + the first 6 hex
 * digits of the SHA-256 of each managed top-level field's canonical JSON, fields sorted), not by the code.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ResourceKind } from '../../src/model/kinds.js';
import { bodyWithRecord, describedWith, driftedPaths, liveRecord, MAX_DESCRIPTION, recordKind, recordOf, withoutRecord } from '../../src/plan/applied.js';
import type { FieldChange } from '../../src/plan/types.js';

/** JSON with object keys sorted, undefined members left out: the canonical text the record hashes. */
function sortedJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(sortedJson).join(',')}]`;
  if (v && typeof v === 'object') {
    return `{${Object.keys(v)
      .sort()
      .filter((k) => (v as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${sortedJson((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v ?? null);
}
const h6 = (v: unknown) => createHash('sha256').update(sortedJson(v)).digest('hex').slice(0, 6);

/** A backend service's managed top-level fields, sorted by name (src/plan/managed.ts lists them). */
const BE_FIELDS = ['backends', 'cdnPolicy', 'description', 'enableCDN', 'iap', 'loadBalancingScheme', 'logConfig', 'protocol', 'securityPolicy'];
const BE = { backends: [{ group: 'projects/p/regions/r/networkEndpointGroups/n' }], description: '[managed by lb-plan: lb]', enableCDN: false, iap: { enabled: false }, loadBalancingScheme: 'EXTERNAL', logConfig: { enable: true, sampleRate: 1 }, protocol: 'HTTP' } as Record<string, unknown>;
const beRecord = (c: Record<string, unknown>) => `r1-${BE_FIELDS.map((f) => h6(c[f])).join('')}`;

describe('the record of a desired canonical form', () => {
  it('is r1- and 6 hex digits per managed field, sorted, an unset field hashed as null', () => {
    expect(recordOf('backendService', BE)).toBe(beRecord(BE));
    expect(recordOf('backendService', BE)).toHaveLength(3 + 6 * 9);
    const rule = { IPAddress: '34.1.2.3', IPProtocol: 'TCP', portRange: '80-80', target: 't', loadBalancingScheme: 'EXTERNAL', networkTier: 'PREMIUM', labels: { a: 'b' } };
    const ruleFields = ['IPAddress', 'IPProtocol', 'ipVersion', 'labels', 'loadBalancingScheme', 'networkTier', 'portRange', 'target'];
    expect(recordOf('globalForwardingRule', rule)).toBe(`r1-${ruleFields.map((f) => h6((rule as Record<string, unknown>)[f])).join('')}`);
  });

  it('a text that reads as JSON is hashed as text, not as the value it spells; the same scalar twice gives the same digits', () => {
    // The scalars' cache keys by value, the other cache by canonical text: '{"enabled":false}' the string and
    // { enabled: false } the object, 1 and '1', null and 'null' must not share digits.
    const look = { ...BE, description: '{"enabled":false}', iap: { enabled: false }, protocol: 'null', securityPolicy: null, cdnPolicy: undefined };
    for (let i = 0; i < 2; i++) expect(recordOf('backendService', look)).toBe(beRecord(look));
    const numbers = { ...BE, description: '1', logConfig: { enable: true, sampleRate: '1' } };
    expect(recordOf('backendService', numbers)).toBe(beRecord(numbers));
    expect(recordOf('backendService', { ...BE, description: 1 })).toBe(beRecord({ ...BE, description: 1 }));
  });

  it('hashes an object field by its content each time, not by the object: one changed in place gets new digits', () => {
    const logConfig: Record<string, unknown> = { enable: true, sampleRate: 1 };
    const body = { ...BE, logConfig };
    expect(recordOf('backendService', body)).toBe(beRecord({ ...BE, logConfig: { enable: true, sampleRate: 1 } }));
    logConfig.sampleRate = 0.5;
    expect(recordOf('backendService', body)).toBe(beRecord({ ...BE, logConfig: { enable: true, sampleRate: 0.5 } }));
    expect(recordOf('backendService', body)).not.toBe(recordOf('backendService', BE));
  });

  it('changes with one field only in that field\'s six digits', () => {
    const a = recordOf('backendService', BE);
    const b = recordOf('backendService', { ...BE, enableCDN: true });
    const i = 3 + 6 * BE_FIELDS.indexOf('enableCDN');
    expect([a.slice(0, i), a.slice(i + 6)]).toEqual([b.slice(0, i), b.slice(i + 6)]);
    expect(a.slice(i, i + 6)).not.toBe(b.slice(i, i + 6));
  });

  it('the kinds that carry one: everything but the immutable NEGs and certificates', () => {
    const kinds: ResourceKind[] = ['backendService', 'urlMap', 'targetHttpProxy', 'targetHttpsProxy', 'globalForwardingRule', 'globalAddress', 'securityPolicy', 'regionNetworkEndpointGroup', 'sslCertificate'];
    expect(kinds.filter(recordKind)).toEqual(kinds.slice(0, 7));
  });
});

describe('where the record is written and read', () => {
  it('in a description, right before the ownership marker; read back from there only', () => {
    expect(describedWith('HTTPS frontend [managed by lb-plan: shop]', 'r1-abc')).toBe('HTTPS frontend [lb-plan applied r1-abc] [managed by lb-plan: shop]');
    expect(describedWith('[managed by lb-plan: shop]', 'r1-abc')).toBe('[lb-plan applied r1-abc] [managed by lb-plan: shop]');
    expect(liveRecord('urlMap', { description: 'HTTPS frontend [lb-plan applied r1-abc] [managed by lb-plan: shop]' })).toBe('r1-abc');
    expect(liveRecord('targetHttpProxy', { description: '[lb-plan applied r1-abc] [managed by lb-plan: shop]' })).toBe('r1-abc');
    // A later record version (r12) is read too: drift then finds no record of its own version.
    expect(liveRecord('urlMap', { description: '[lb-plan applied r12-abc] [managed by lb-plan: shop]' })).toBe('r12-abc');
    // Not right before the marker, the marker not at the end, not hex, or not a text: no record.
    for (const description of ['[lb-plan applied r1-abc] x [managed by lb-plan: shop]', '[lb-plan applied r1-abc] [managed by lb-plan: shop] x', '[lb-plan applied r1-xyz] [managed by lb-plan: shop]', '[lb-plan applied abc] [managed by lb-plan: shop]', 5]) {
      expect(liveRecord('backendService', { description })).toBeUndefined();
    }
    expect(liveRecord('backendService', {})).toBeUndefined();
  });

  it('a description without the marker, or that would pass GCP\'s 2,048 characters, gets no record', () => {
    expect(MAX_DESCRIPTION).toBe(2048);
    expect(describedWith('made by hand', 'r1-abc')).toBe('made by hand');
    expect(describedWith('[managed by lb-plan: shop] x', 'r1-abc')).toBe('[managed by lb-plan: shop] x');
    expect(describedWith(undefined, 'r1-abc')).toBeUndefined();
    const marker = '[managed by lb-plan: shop]';
    const added = '[lb-plan applied r1-abc] '.length;
    const fits = `${'x'.repeat(2048 - added - marker.length)}${marker}`;
    expect(describedWith(fits, 'r1-abc')).toHaveLength(2048);
    const over = `y${fits}`;
    expect(describedWith(over, 'r1-abc')).toBe(over);
  });

  it('in the lb-plan-applied label on forwarding rules, addresses and Cloud Armor policies; never in their description', () => {
    expect(bodyWithRecord('securityPolicy', { name: 'a' }, 'r1-abc')).toEqual({ name: 'a', labels: { 'lb-plan-applied': 'r1-abc' } });
    expect(bodyWithRecord('globalForwardingRule', { description: '[managed by lb-plan: shop]', labels: { x: 'y' } }, 'r1-abc')).toEqual({ description: '[managed by lb-plan: shop]', labels: { x: 'y', 'lb-plan-applied': 'r1-abc' } });
    expect(bodyWithRecord('urlMap', { description: '[managed by lb-plan: shop]' }, 'r1-abc')).toEqual({ description: '[lb-plan applied r1-abc] [managed by lb-plan: shop]' });
    expect(liveRecord('globalAddress', { labels: { 'lb-plan-applied': 'r1-abc' }, description: '[lb-plan applied r1-def] [managed by lb-plan: shop]' })).toBe('r1-abc');
    expect(liveRecord('globalAddress', { labels: { 'lb-plan-applied': 7 } })).toBeUndefined();
    expect(liveRecord('securityPolicy', {})).toBeUndefined();
  });

  it('NEGs and certificates carry none: their body is sent as it is, and nothing is read from them', () => {
    const neg = { description: '[managed by lb-plan: shop]' };
    const out = bodyWithRecord('regionNetworkEndpointGroup', neg, 'r1-abc');
    expect(out).toEqual(neg);
    expect(out).not.toBe(neg);
    expect(liveRecord('sslCertificate', { description: '[lb-plan applied r1-abc] [managed by lb-plan: shop]', labels: { 'lb-plan-applied': 'r1-abc' } })).toBeUndefined();
  });

  it('a description GCP answers as something other than text (a hostile or broken answer) holds no record and gets none', () => {
    const text = '[lb-plan applied r1-abc] [managed by lb-plan: shop]';
    // An array's text is its element's: only a string may be read as a description.
    expect(liveRecord('urlMap', { description: [text] })).toBeUndefined();
    const body = { description: [text] };
    expect(withoutRecord('urlMap', body)).toBe(body);
    const odd = ['[managed by lb-plan: shop]'];
    expect(describedWith(odd, 'r1-abc')).toBe(odd);
  });

  it('the comparison reads a description without its record, and nothing else of the body changes', () => {
    expect(withoutRecord('urlMap', { description: 'Web [lb-plan applied r1-abc] [managed by lb-plan: shop]', x: 1 })).toEqual({ description: 'Web [managed by lb-plan: shop]', x: 1 });
    expect(withoutRecord('urlMap', { description: '[lb-plan applied r1-abc] [managed by lb-plan: shop]' })).toEqual({ description: '[managed by lb-plan: shop]' });
    const plain = { description: 'Web [managed by lb-plan: shop]' };
    expect(withoutRecord('urlMap', plain)).toBe(plain);
    const rule = { description: '[lb-plan applied r1-abc] [managed by lb-plan: shop]' };
    expect(withoutRecord('globalForwardingRule', rule)).toBe(rule);
    const odd = { description: 5 };
    expect(withoutRecord('backendService', odd)).toBe(odd);
  });
});

describe('drift: what changed outside lb-plan since it last applied', () => {
  const change = (path: string): FieldChange => ({ path, kind: 'changed', before: 1, after: 2 });
  const live = (record: string) => ({ description: `[lb-plan applied ${record}] [managed by lb-plan: lb]` });

  it('a changed field the manifest still wants as applied is drift; one the manifest moved is an edit', () => {
    const record = beRecord(BE);
    const desiredNow = { ...BE, protocol: 'HTTPS' };
    expect(driftedPaths('backendService', live(record), desiredNow, [change('enableCDN'), change('protocol'), change('iap.enabled'), change(`backends[projects/p/regions/r/networkEndpointGroups/n].group`)])).toEqual([
      'enableCDN',
      'iap.enabled',
      'backends[projects/p/regions/r/networkEndpointGroups/n].group',
    ]);
    // A field unset when applied and still unset (hashed as null) also counts.
    expect(driftedPaths('backendService', live(record), BE, [change('securityPolicy')])).toEqual(['securityPolicy']);
  });

  it('without a record, or with one of another version or length, nothing is drift', () => {
    const record = beRecord(BE);
    expect(driftedPaths('backendService', {}, BE, [change('enableCDN')])).toEqual([]);
    expect(driftedPaths('backendService', live(record.replace('r1-', 'r2-')), BE, [change('enableCDN')])).toEqual([]);
    expect(driftedPaths('backendService', live(`${record}00`), BE, [change('enableCDN')])).toEqual([]);
    expect(driftedPaths('backendService', live(record.slice(0, -6)), BE, [change('enableCDN')])).toEqual([]);
    expect(driftedPaths('backendService', { description: `x${live(record).description}` }, BE, [change('enableCDN')])).toEqual(['enableCDN']);
  });
});

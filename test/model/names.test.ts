/**
 * How lb-plan names what it creates and how it tells what it owns (src/model/names.ts), checked
 * against literal names, markers and labels: a change to any of them changes what lb-plan creates
 * or claims in every project that already uses it.
 */
import { describe as suite, expect, it } from 'vitest';
import { describe, FIXED_DESCRIPTION, generatedSlot, HANDOVER_LABEL, MAX_NAME_LENGTH, NAME_REGEX, names, OWNER_LABELS, ownerLabels, ownerOf, ownerOfBody, ownershipMarker, ownsBody, RECORD_LABEL } from '../../src/model/names.js';
import { bodyWithRecord, liveRecord } from '../../src/plan/applied.js';

suite('names', () => {
  it('are derived from the load balancer name and the manifest keys, as documented', () => {
    expect(names.urlMap('shop')).toBe('shop');
    expect(names.redirectUrlMap('shop')).toBe('shop-redirect');
    expect(names.httpProxy('shop')).toBe('shop-http-proxy');
    expect(names.httpsProxy('shop')).toBe('shop-https-proxy');
    expect(names.forwardingRule('shop', 'http', false)).toBe('shop-http');
    expect(names.forwardingRule('shop', 'https', false)).toBe('shop-https');
    expect(names.forwardingRule('shop', 'http', true)).toBe('shop-http-ipv6');
    expect(names.forwardingRule('shop', 'https', true)).toBe('shop-https-ipv6');
    expect(names.backendService('shop', 'web')).toBe('shop-web');
    expect(names.neg('shop', 'web', '0123abcd')).toBe('shop-web-0123abcd');
    expect(names.certificate('shop-cert', '0123abcd')).toBe('shop-cert-0123abcd');
    expect(names.defaultCertificatePrefix('shop')).toBe('shop-cert');
    expect(names.securityPolicy('shop', 'web')).toBe('shop-web-armor');
  });

  it("follow GCP's name rule: a lowercase letter, then letters, digits and dashes, not ending in a dash; 63 at most", () => {
    expect(MAX_NAME_LENGTH).toBe(63);
    for (const ok of ['a', 'shop', 'shop-web-1', 'a1', 'a-b']) expect(NAME_REGEX.test(ok), ok).toBe(true);
    for (const bad of ['', '1a', '-a', 'a-', 'Shop', 'a_b', 'a.b', ' a', 'a ', 'a\n']) expect(NAME_REGEX.test(bad), JSON.stringify(bad)).toBe(false);
  });
});

suite('ownership', () => {
  it('the description marker names the load balancer, after any text of the manifest', () => {
    expect(ownershipMarker('shop')).toBe('[managed by lb-plan: shop]');
    expect(describe('shop', 'Storefront')).toBe('Storefront [managed by lb-plan: shop]');
    expect(describe('shop', undefined)).toBe('[managed by lb-plan: shop]');
    expect(describe('shop', '')).toBe('[managed by lb-plan: shop]');
  });

  it('a description is owned only through a marker at its very end, with a valid load balancer name', () => {
    expect(ownerOf('[managed by lb-plan: shop]')).toBe('shop');
    expect(ownerOf('Storefront [managed by lb-plan: shop-2]')).toBe('shop-2');
    expect(ownerOf('[managed by lb-plan: a]')).toBe('a');
    expect(ownerOf(undefined)).toBeUndefined();
    expect(ownerOf('')).toBeUndefined();
    expect(ownerOf('hand-made')).toBeUndefined();
    expect(ownerOf('[managed by lb-plan: shop] and more')).toBeUndefined();
    expect(ownerOf('[managed by lb-plan: Shop]')).toBeUndefined();
    expect(ownerOf('[managed by lb-plan: shop-]')).toBeUndefined();
    expect(ownerOf('[managed by lb-plan: 1shop]')).toBeUndefined();
    expect(ownerOf('[managed by lb-plan: ]')).toBeUndefined();
    expect(ownerOf('[managed by lb-plan:shop]')).toBeUndefined();
    expect(ownerOf('[managed by terraform: shop]')).toBeUndefined();
    // metadata.name is at most 63 characters: a longer name in a marker is no load balancer's.
    expect(ownerOf(`[managed by lb-plan: ${'a'.repeat(63)}]`)).toBe('a'.repeat(63));
    expect(ownerOf(`[managed by lb-plan: ${'a'.repeat(64)}]`)).toBeUndefined();
  });

  it('labels: managed-by=lb-plan and lb-plan-lb=NAME; lb-plan-from records a hand-over', () => {
    expect(OWNER_LABELS).toEqual({ managedBy: 'managed-by', lb: 'lb-plan-lb' });
    expect(ownerLabels('shop')).toEqual({ 'managed-by': 'lb-plan', 'lb-plan-lb': 'shop' });
    expect(HANDOVER_LABEL).toBe('lb-plan-from');
    expect([...FIXED_DESCRIPTION].sort()).toEqual(['globalAddress', 'globalForwardingRule']);
  });

  it('the applied record is the label lb-plan-applied: written there and read back from there, on the kinds with labels', () => {
    expect(RECORD_LABEL).toBe('lb-plan-applied');
    expect(bodyWithRecord('globalAddress', { name: 'shop-ip', labels: { team: 'web' } }, 'r1-abc')).toEqual({ name: 'shop-ip', labels: { team: 'web', 'lb-plan-applied': 'r1-abc' } });
    expect(liveRecord('globalForwardingRule', { labels: { 'lb-plan-applied': 'r1-abc' } })).toBe('r1-abc');
    // An empty label key (what GCP refuses) is no record.
    expect(liveRecord('globalForwardingRule', { labels: { '': 'r1-abc' } })).toBeUndefined();
  });

  it('generatedSlot: the slot of a generated name `<slot>-<8 hex>`; any other name has none', () => {
    expect(generatedSlot('shop-web-0123abcd')).toBe('shop-web');
    expect(generatedSlot('shop-cert-ffffffff')).toBe('shop-cert');
    // The last dash splits: a slot may itself end in a hash-like part.
    expect(generatedSlot('shop-01234567-89abcdef')).toBe('shop-01234567');
    for (const other of ['shop-web', 'shop', 'shop-web-0123abc', 'shop-web-0123abcde', 'shop-web-0123ABCD', 'shop-web-0123abcg', 'shop-web-0123abcd-x', 'shop-0123abcd-web', 'shop\nweb-0123abcd', 'shop-0123abcd\nx', '-0123abc', '']) {
      expect(generatedSlot(other), JSON.stringify(other)).toBeUndefined();
    }
  });

  const labels = (lb: string, extra: Record<string, string> = {}) => ({ 'managed-by': 'lb-plan', 'lb-plan-lb': lb, ...extra });

  it('on kinds whose description can change, only the marker counts', () => {
    expect(ownerOfBody('backendService', { description: 'x [managed by lb-plan: shop]' })).toBe('shop');
    expect(ownerOfBody('backendService', { description: 'hand-made', labels: labels('shop') })).toBeUndefined();
    expect(ownerOfBody('securityPolicy', { labels: labels('shop') })).toBeUndefined();
    expect(ownerOfBody('urlMap', {})).toBeUndefined();
  });

  it('on addresses and forwarding rules, the labels count where the marker is missing, the same, or handed over', () => {
    for (const kind of ['globalAddress', 'globalForwardingRule']) {
      expect(ownerOfBody(kind, { description: '[managed by lb-plan: shop]' }), kind).toBe('shop');
      expect(ownerOfBody(kind, { description: 'adopted by hand', labels: labels('shop') }), kind).toBe('shop');
      expect(ownerOfBody(kind, { labels: labels('shop') }), kind).toBe('shop');
      expect(ownerOfBody(kind, { description: '[managed by lb-plan: shop]', labels: labels('shop') }), kind).toBe('shop');
      // Handed over from old-shop to shop (a rename that keeps the IP).
      expect(ownerOfBody(kind, { description: '[managed by lb-plan: old-shop]', labels: labels('shop', { 'lb-plan-from': 'old-shop' }) }), kind).toBe('shop');
      // A hand-over label with no marker to match changes nothing: the labels count.
      expect(ownerOfBody(kind, { description: 'adopted by hand', labels: labels('shop', { 'lb-plan-from': 'old-shop' }) }), kind).toBe('shop');
      // A hand-over label without lb-plan's own labels is no ownership record: the marker counts.
      expect(ownerOfBody(kind, { description: '[managed by lb-plan: shop]', labels: { 'lb-plan-from': 'shop' } }), kind).toBe('shop');
      // Labels alone never override another load balancer's marker.
      expect(ownerOfBody(kind, { description: '[managed by lb-plan: other]', labels: labels('shop') }), kind).toBe('other');
      expect(ownerOfBody(kind, { description: '[managed by lb-plan: other]', labels: labels('shop', { 'lb-plan-from': 'third' }) }), kind).toBe('other');
      // Labels that are not lb-plan's own count for nothing.
      expect(ownerOfBody(kind, { labels: { 'managed-by': 'terraform', 'lb-plan-lb': 'shop' } }), kind).toBeUndefined();
      expect(ownerOfBody(kind, { description: '[managed by lb-plan: shop]', labels: { 'managed-by': 'terraform', 'lb-plan-lb': 'other' } }), kind).toBe('shop');
      expect(ownerOfBody(kind, { labels: { 'managed-by': 'lb-plan' } }), kind).toBeUndefined();
      expect(ownerOfBody(kind, { description: '[managed by lb-plan: shop]', labels: { 'managed-by': 'lb-plan' } }), kind).toBe('shop');
      expect(ownerOfBody(kind, {}), kind).toBeUndefined();
      // A label value that is no load balancer name (GCP allows digits first, underscores, 63 characters) owns nothing.
      expect(ownerOfBody(kind, { labels: labels('9_x') }), kind).toBeUndefined();
      expect(ownerOfBody(kind, { labels: labels('shop_1') }), kind).toBeUndefined();
      expect(ownerOfBody(kind, { labels: labels('shop-') }), kind).toBeUndefined();
      expect(ownerOfBody(kind, { labels: labels('') }), kind).toBeUndefined();
      expect(ownerOfBody(kind, { description: '[managed by lb-plan: shop]', labels: labels('9_x') }), kind).toBe('shop');
    }
  });

  it('ownsBody: owned by exactly that load balancer', () => {
    expect(ownsBody('backendService', { description: '[managed by lb-plan: shop]' }, 'shop')).toBe(true);
    expect(ownsBody('backendService', { description: '[managed by lb-plan: shop]' }, 'other')).toBe(false);
    expect(ownsBody('globalAddress', { labels: labels('shop') }, 'shop')).toBe(true);
    expect(ownsBody('globalAddress', { description: '[managed by lb-plan: other]', labels: labels('shop') }, 'shop')).toBe(false);
    expect(ownsBody('urlMap', {}, 'shop')).toBe(false);
  });
});

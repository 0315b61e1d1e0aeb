import { createPrivateKey, X509Certificate } from 'node:crypto';
import { baseFields, type Ctx } from '../context.js';
import { errors } from '../errors.js';
import { refKey, type Json } from '../store.js';
import type { Ref } from '../refs.js';
import type { KindSpec } from './types.js';

const DOMAIN = /^(?=.{1,253}$)[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?(\.[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)+$/;

export function isServed(ctx: Ctx, cert: Ref): boolean {
  return ctx.store.users(cert).some((proxy) => proxy.collection === 'targetHttpsProxies' && ctx.store.users(proxy).some((u) => u.collection === 'forwardingRules'));
}

/**
 * Records since when each certificate has been served: attached to an HTTPS proxy that a
 * forwarding rule targets. A managed certificate turns ACTIVE `certificateActivationMs` after
 * that (the guide: provisioning starts once DNS and the load balancer point at it).
 * Called after every change of state.
 */
export function trackServing(ctx: Ctx): void {
  for (const { ref, body } of ctx.store.list(ctx.project, 'sslCertificates')) {
    const key = refKey(ref);
    const served = isServed(ctx, ref);
    if (served && !ctx.store.servedSince.has(key)) ctx.store.servedSince.set(key, ctx.now());
    if (!served && body.type === 'MANAGED') {
      const managed = body.managed as Json;
      if (managed.status !== 'ACTIVE') ctx.store.servedSince.delete(key);
    }
  }
}

function keyError(key: string): string {
  try {
    createPrivateKey(key);
    return 'The SSL certificate and key do not match.';
  } catch {
    return 'The SSL key could not be parsed.';
  }
}

function parseChain(pem: string): X509Certificate[] {
  const blocks = pem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
  return blocks.map((b) => new X509Certificate(b));
}

export const sslCertificates: KindSpec = {
  collection: 'sslCertificates',
  schema: 'SslCertificate',
  kindName: 'compute#sslCertificate',
  regional: false,
  word: 'ssl_certificate',
  fingerprint: 'none',
  labels: false,
  references: () => [],
  create(ctx, ref, body) {
    const type = (body.type as string | undefined) ?? 'SELF_MANAGED';
    const base = { ...baseFields(ctx, ref, this.kindName), ...(body.description !== undefined ? { description: body.description } : {}) };
    if (type === 'MANAGED') {
      const domains = ((body.managed as Json | undefined)?.domains as string[] | undefined) ?? [];
      if (domains.length === 0) throw errors.invalidField('resource.managed.domains', '', 'At least one domain must be specified for a managed certificate.');
      if (domains.length > 100) throw errors.invalidField('resource.managed.domains', domains.length, 'A managed certificate can have at most 100 domains.');
      domains.forEach((d, i) => {
        if (d.includes('*')) throw errors.invalidField(`resource.managed.domains[${i}]`, d, 'Wildcard domains are not supported for Google-managed certificates.');
        if (!DOMAIN.test(d.replace(/\.$/, '').toLowerCase())) throw errors.invalidField(`resource.managed.domains[${i}]`, d, 'The domain name is not valid.');
      });
      if (body.certificate !== undefined || body.privateKey !== undefined) throw errors.invalidField('resource.certificate', '', 'A managed certificate must not have a certificate or private key.');
      const normalized = domains.map((d) => d.replace(/\.$/, '').toLowerCase());
      // gcp-behaviour.md §3.6: a GET right after insert shows only managed.domains, no status yet.
      return { ...base, type, managed: { domains: normalized } };
    }
    if (type !== 'SELF_MANAGED') throw errors.invalidField('resource.type', type, 'Type must be MANAGED or SELF_MANAGED.');
    const self = body.selfManaged as Json | undefined;
    const pem = (body.certificate ?? self?.certificate) as string | undefined;
    const key = (body.privateKey ?? self?.privateKey) as string | undefined;
    if (!pem) throw errors.required('resource.certificate');
    if (!key) throw errors.required('resource.privateKey');
    let chain: X509Certificate[];
    try {
      chain = parseChain(pem);
      if (chain.length === 0) throw new Error('no certificate');
    } catch {
      throw errors.invalid('The SSL certificate could not be parsed.');
    }
    if (chain.length > 5) throw errors.invalidField('resource.certificate', '', 'The certificate chain must be no greater than 5 certs long.');
    try {
      if (!chain[0]!.checkPrivateKey(createPrivateKey(key))) throw new Error('mismatch');
    } catch {
      throw errors.invalid(keyError(key));
    }
    const leaf = chain[0]!;
    const sans = (leaf.subjectAltName ?? '')
      .split(', ')
      .filter((s) => s.startsWith('DNS:'))
      .map((s) => s.slice(4));
    return {
      ...base,
      type,
      certificate: pem,
      expireTime: new Date(leaf.validTo).toISOString(),
      subjectAlternativeNames: sans,
    };
  },
  view(ctx, ref, stored) {
    if (stored.type !== 'MANAGED') return stored;
    const managed = stored.managed as Json;
    if (managed.status === 'ACTIVE' || managed.status === 'PROVISIONING_FAILED') return stored;
    const since = ctx.store.servedSince.get(refKey(ref));
    if (since === undefined) return stored;
    const domains = managed.domains as string[];
    const failures = ctx.config.certificateDomainStates;
    const domainStatus = (settled: boolean): Json => Object.fromEntries(domains.map((d) => [d, failures[d] ?? (settled ? 'ACTIVE' : 'PROVISIONING')]));
    if (ctx.now() - since < ctx.config.certificateActivationMs) return { ...stored, managed: { ...managed, status: 'PROVISIONING', domainStatus: domainStatus(false) } };
    // Provisioning settles: ACTIVE, or PROVISIONING_FAILED when a domain failed (--certificate-states).
    const failed = domains.some((d) => failures[d] !== undefined);
    const settled = { ...stored, managed: { ...managed, status: failed ? 'PROVISIONING_FAILED' : 'ACTIVE', domainStatus: domainStatus(true) } };
    ctx.store.put(ref, settled);
    return settled;
  },
};

/**
 * What a managed certificate's state means for someone waiting on it, and what to do about it.
 * States and their meanings: gcp-behaviour.md §3.6 (the API's enumDescriptions): overall
 * PROVISIONING, ACTIVE, PROVISIONING_FAILED ("failed due to an issue with the DNS or load balancing
 * configuration"), PROVISIONING_FAILED_PERMANENTLY ("won't be retried … delete and create a new
 * managed SslCertificate"), RENEWAL_FAILED; per domain ACTIVE, PROVISIONING, FAILED_NOT_VISIBLE,
 * FAILED_CAA_CHECKING, FAILED_CAA_FORBIDDEN, FAILED_RATE_LIMITED. Right after insert GCP shows no
 * status at all (§3.6, a recorded GET).
 */
import type { DnsRecord } from '../plan/types.js';

export type CertificateVerdict =
  | { readonly kind: 'active' }
  | { readonly kind: 'failed'; readonly message: string }
  | { readonly kind: 'pending'; readonly status: string; readonly message: string; readonly advice?: string };

/** What to do about one failing domain. */
export function domainAdvice(domain: string, state: string, dns: readonly DnsRecord[]): string {
  switch (state) {
    case 'FAILED_NOT_VISIBLE': {
      const records = dns.filter((r) => r.name === domain).map((r) => `${domain} ${r.type} ${r.value}`);
      return `${domain} does not resolve to the load balancer yet: create the DNS record${records.length === 1 ? '' : 's'} ${records.length ? records.join(', ') : `${domain} A <the load balancer's IP>`}`;
    }
    case 'FAILED_CAA_CHECKING':
      return `the CAA lookup for ${domain} failed: make sure its DNS servers answer CAA queries`;
    case 'FAILED_CAA_FORBIDDEN':
      return `a CAA record on ${domain} forbids Google's certificate authorities: add CAA records 0 issue "pki.goog" and 0 issue "letsencrypt.org", or remove the CAA record`;
    case 'FAILED_RATE_LIMITED':
      return `the certificate authority's rate limit for ${domain}'s registered domain was reached: wait a few hours, then apply again`;
    default:
      return `${domain} is ${state}`;
  }
}

/** The verdict on a managed certificate as GCP answers it now. */
export function certificateVerdict(name: string, cert: Readonly<Record<string, unknown>>, dns: readonly DnsRecord[]): CertificateVerdict {
  if (cert.type !== 'MANAGED') return { kind: 'active' };
  const managed = (cert.managed ?? {}) as { status?: string; domainStatus?: Record<string, string> };
  const status = managed.status;
  if (status === 'ACTIVE') return { kind: 'active' };
  const failing = Object.entries(managed.domainStatus ?? {}).filter(([, s]) => s.startsWith('FAILED_'));
  const advice = failing.map(([d, s]) => `${d}: ${s} — ${domainAdvice(d, s, dns)}`).join('; ') || undefined;
  switch (status) {
    case 'PROVISIONING_FAILED_PERMANENTLY':
      return { kind: 'failed', message: `certificate ${name} failed permanently${advice ? ` (${advice})` : ''}: GCP will not retry it; fix the cause, then change the certificate's domains or name in the manifest so a new one is created` };
    case 'PROVISIONING_FAILED':
      return { kind: 'failed', message: `provisioning of certificate ${name} failed${advice ? ` (${advice})` : ' (a DNS or load balancer problem)'}; Google retries for a while: fix it, then apply again` };
    case 'RENEWAL_FAILED':
      return { kind: 'failed', message: `renewal of certificate ${name} failed${advice ? ` (${advice})` : ''}; the current certificate still serves but expires soon` };
    case undefined:
      return { kind: 'pending', status: 'PROVISIONING', message: `certificate ${name} has no status yet (GCP starts provisioning once a forwarding rule serves it)` };
    default:
      return { kind: 'pending', status, message: `certificate ${name} is ${status}${advice ? `: ${advice}` : ''}`, advice };
  }
}

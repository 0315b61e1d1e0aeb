/** What a user needs after an apply: the IPs, the DNS records to create, certificate status, URLs to test. */
import type { LiveState } from '../gcp/read.js';
import { ownedBy } from '../plan/diff.js';
import type { CertificateStatus, DnsRecord } from '../plan/types.js';

export interface LbOutputs {
  readonly addresses: readonly { readonly ip: string; readonly version: 'IPv4' | 'IPv6'; readonly ports: readonly string[] }[];
  readonly dns: readonly DnsRecord[];
  readonly certificates: readonly CertificateStatus[];
  readonly urls: readonly string[];
}

export function lbOutputs(lb: string, live: LiveState): LbOutputs {
  const owned = [...live.resources.values()].filter((r) => ownedBy(r, lb));
  const byIp = new Map<string, { ip: string; version: 'IPv4' | 'IPv6'; ports: string[] }>();
  for (const fr of owned.filter((r) => r.kind === 'globalForwardingRule')) {
    const ip = String(fr.body.IPAddress ?? '');
    if (!ip) continue;
    const entry = byIp.get(ip) ?? { ip, version: ip.includes(':') ? 'IPv6' : 'IPv4', ports: [] };
    entry.ports.push(String(fr.body.portRange ?? '').split('-')[0]!);
    byIp.set(ip, entry);
  }
  const addresses = [...byIp.values()].sort((a, b) => a.version.localeCompare(b.version) || a.ip.localeCompare(b.ip));
  const certs = owned.filter((r) => r.kind === 'sslCertificate' && r.body.type === 'MANAGED');
  const certificates = certs.map((c) => {
    const m = c.body.managed as { domains?: string[]; status?: string };
    return { name: c.name, domains: m.domains ?? [], status: m.status ?? 'PROVISIONING' };
  });
  const domains = [...new Set(certificates.flatMap((c) => c.domains))].sort();
  const dns: DnsRecord[] = domains.flatMap((name) => addresses.map((a) => ({ name, type: a.version === 'IPv6' ? ('AAAA' as const) : ('A' as const), value: a.ip })));
  const urls: string[] = [];
  for (const a of addresses) {
    const host = a.version === 'IPv6' ? `[${a.ip}]` : a.ip;
    if (a.ports.includes('80')) urls.push(`http://${host}`);
    if (a.ports.includes('443')) urls.push(`https://${host}`);
  }
  for (const d of domains) urls.push(`https://${d}`);
  return { addresses, dns, certificates, urls };
}

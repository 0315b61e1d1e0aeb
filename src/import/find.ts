/**
 * Finding a load balancer in live state: from the URL map, a forwarding rule or an address to every
 * resource that serves it — proxies on the main URL map, the forwarding rules that target them, and
 * the HTTP-to-HTTPS redirect (a second URL map and proxy on the HTTPS rules' IP). Pure: live state in.
 */
import { visible } from '../model/visible.js';
import type { LiveResource, LiveState } from '../gcp/read.js';
import { canonicalIp, shortRef } from '../plan/normalize.js';
import { addressOfUrl } from '../plan/steps.js';
import { ImportError, type Finding, type Found, type FoundRule, type ImportStart } from './types.js';

type Rec = Record<string, unknown>;

/** A URL map that only redirects (the console's "HTTP to HTTPS redirect" map): no service, a default redirect. */
export function isRedirectMap(m: LiveResource): boolean {
  return m.body.defaultService === undefined && typeof m.body.defaultUrlRedirect === 'object' && m.body.defaultUrlRedirect !== null;
}

const targetOf = (r: LiveResource): string | undefined => (typeof r.body.target === 'string' ? addressOfUrl(r.body.target) : undefined);
const mapOf = (p: LiveResource): string | undefined => (typeof p.body.urlMap === 'string' ? addressOfUrl(p.body.urlMap) : undefined);
const ipOf = (r: LiveResource): string => canonicalIp(String(r.body.IPAddress ?? ''));
const isProxy = (r: LiveResource): boolean => r.kind === 'targetHttpProxy' || r.kind === 'targetHttpsProxy';
const byName = (a: LiveResource, b: LiveResource): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

function get(live: LiveState, address: string, what: string): LiveResource {
  const r = live.resources.get(address);
  if (!r) throw new ImportError(`${what} does not exist in project ${live.project}.`);
  return r;
}

/** The main URL map a start point leads to. */
function mainMap(live: LiveState, start: ImportStart): LiveResource {
  if (start.kind === 'urlMap') {
    const m = get(live, `urlMap/${start.name}`, `URL map "${start.name}"`);
    if (isRedirectMap(m)) throw new ImportError(`URL map "${start.name}" only redirects (HTTP to HTTPS); import the load balancer by its main URL map, its HTTPS forwarding rule or its address.`);
    return m;
  }
  let rules: LiveResource[];
  if (start.kind === 'forwardingRule') rules = [get(live, `globalForwardingRule/${start.name}`, `Global forwarding rule "${start.name}"`)];
  else {
    const a = get(live, `globalAddress/${start.name}`, `Global address "${start.name}"`);
    const ip = canonicalIp(String(a.body.address ?? ''));
    rules = [...live.resources.values()].filter((r) => r.kind === 'globalForwardingRule' && ipOf(r) === ip).sort(byName);
    if (rules.length === 0) throw new ImportError(`No global forwarding rule uses address "${start.name}" (${ip}).`);
  }
  // Through the proxies to a URL map; a redirect map leads on to the HTTPS rule on the same IP.
  const maps = rules.flatMap((r) => {
    const proxy = live.resources.get(targetOf(r) ?? '');
    const map = proxy ? live.resources.get(mapOf(proxy) ?? '') : undefined;
    return map ? [{ rule: r, map }] : [];
  });
  const served = maps.find((m) => !isRedirectMap(m.map));
  if (served) return served.map;
  const ips = new Set(rules.map(ipOf));
  for (const r of [...live.resources.values()].filter((x) => x.kind === 'globalForwardingRule' && ips.has(ipOf(x))).sort(byName)) {
    const proxy = live.resources.get(targetOf(r) ?? '');
    const map = proxy ? live.resources.get(mapOf(proxy) ?? '') : undefined;
    if (map && !isRedirectMap(map)) return map;
  }
  const what = start.kind === 'forwardingRule' ? `forwarding rule "${start.name}"` : `address "${start.name}"`;
  throw new ImportError(`${what} leads to no URL map with a backend (${rules.length === 0 ? 'no rule' : 'only a redirect or a missing proxy'}).`);
}

/** A rule on the port a manifest serves its protocol on (80 for HTTP, 443 for HTTPS). */
function onPort(rule: LiveResource, protocol: 'http' | 'https'): boolean {
  const want = protocol === 'http' ? '80' : '443';
  const ports = String(rule.body.portRange ?? '');
  return ports === want || ports === `${want}-${want}`;
}

/** Every resource of the load balancer whose main URL map is `map`. */
export function findLoadBalancer(live: LiveState, start: ImportStart): Found {
  const urlMap = mainMap(live, start);
  const findings: Finding[] = [];
  const resources = [...live.resources.values()];
  const rulesOf = (proxy: LiveResource): LiveResource[] => resources.filter((r) => r.kind === 'globalForwardingRule' && targetOf(r) === proxy.address).sort(byName);
  const protocolOf = (p: LiveResource): 'http' | 'https' => (p.kind === 'targetHttpsProxy' ? 'https' : 'http');
  // Rules on other ports cannot be expressed: named, and left out (with a proxy that serves only on them).
  const served = (proxy: LiveResource): LiveResource[] =>
    rulesOf(proxy).filter((r) => {
      if (onPort(r, protocolOf(proxy))) return true;
      findings.push({ where: `${r.address} portRange`, what: `port range ${visible(String(r.body.portRange ?? '(none)'))}: a manifest serves ${protocolOf(proxy).toUpperCase()} on port ${protocolOf(proxy) === 'http' ? 80 : 443} only; the rule is left out` });
      return false;
    });
  const proxies = resources.filter((r) => isProxy(r) && mapOf(r) === urlMap.address).sort(byName);
  const servedBy = new Map(proxies.map((p) => [p.address, served(p)]));
  const pick = (kind: string): LiveResource | undefined => {
    // The proxy that serves (most forwarding rules on the manifest's ports) is the load balancer's.
    const all = proxies.filter((p) => p.kind === kind && (servedBy.get(p.address)!.length > 0 || rulesOf(p).length === 0)).sort((a, b) => servedBy.get(b.address)!.length - servedBy.get(a.address)!.length || byName(a, b));
    for (const extra of all.slice(1)) findings.push({ where: extra.address, what: `a second ${kind === 'targetHttpsProxy' ? 'HTTPS' : 'HTTP'} proxy on URL map ${urlMap.name} (a manifest has one of each); only ${all[0]!.name} is imported` });
    return all[0];
  };
  const httpsProxy = pick('targetHttpsProxy');
  let httpProxy = pick('targetHttpProxy');
  const rules: FoundRule[] = [];
  const addRules = (proxy: LiveResource | undefined): void => {
    for (const rule of proxy ? (servedBy.get(proxy.address) ?? served(proxy)) : []) rules.push({ rule, protocol: protocolOf(proxy!), ipv6: rule.body.ipVersion === 'IPV6' || ipOf(rule).includes(':') });
  };
  addRules(httpsProxy);
  addRules(httpProxy);

  // The redirect: an HTTP rule on port 80 of an HTTPS rule's IP whose proxy's map only redirects.
  let redirectMap: LiveResource | undefined;
  const httpsIps = new Set(rules.filter((r) => r.protocol === 'https').map((r) => ipOf(r.rule)));
  for (const r of httpsProxy ? resources.filter((x) => x.kind === 'globalForwardingRule' && httpsIps.has(ipOf(x)) && onPort(x, 'http')).sort(byName) : []) {
    const proxy = live.resources.get(targetOf(r) ?? '');
    const map = proxy?.kind === 'targetHttpProxy' ? live.resources.get(mapOf(proxy) ?? '') : undefined;
    if (!proxy || !map || !isRedirectMap(map)) continue;
    if (httpProxy && httpProxy.address !== proxy.address) {
      findings.push({ where: r.address, what: `HTTP is served both by ${httpProxy.name} (URL map ${urlMap.name}) and redirected by ${proxy.name}; only the first is imported` });
      continue;
    }
    if (redirectMap && redirectMap.address !== map.address) continue;
    redirectMap = map;
    if (!httpProxy) {
      httpProxy = proxy;
      servedBy.set(proxy.address, served(proxy));
      addRules(proxy);
    }
  }
  checkRules(rules, findings);
  return { urlMap, ...(httpsProxy ? { httpsProxy } : {}), ...(httpProxy ? { httpProxy } : {}), ...(redirectMap ? { redirectMap } : {}), rules, findings };
}

/** What a manifest's frontend cannot say of the forwarding rules: two rules per slot, other schemes. */
function checkRules(rules: readonly FoundRule[], findings: Finding[]): void {
  const seen = new Set<string>();
  for (const { rule, protocol, ipv6 } of rules) {
    const slot = `${protocol}${ipv6 ? '6' : '4'}`;
    if (seen.has(slot)) findings.push({ where: rule.address, what: `a second ${protocol.toUpperCase()} ${ipv6 ? 'IPv6' : 'IPv4'} forwarding rule (a manifest has one per protocol and IP version); it is not imported` });
    seen.add(slot);
    const b = rule.body as Rec;
    if ((b.loadBalancingScheme ?? 'EXTERNAL') !== 'EXTERNAL') findings.push({ where: `${rule.address} loadBalancingScheme`, what: `load balancing scheme ${JSON.stringify(b.loadBalancingScheme)}: lb-plan manages the classic Application Load Balancer (EXTERNAL)` });
    if ((b.networkTier ?? 'PREMIUM') !== 'PREMIUM') findings.push({ where: `${rule.address} networkTier`, what: `network tier ${JSON.stringify(b.networkTier)}: a manifest uses the Premium tier` });
    if ((b.IPProtocol ?? 'TCP') !== 'TCP') findings.push({ where: `${rule.address} IPProtocol`, what: `IP protocol ${JSON.stringify(b.IPProtocol)}: a manifest uses TCP` });
  }
}

/** The resource a link points at, when lb-plan manages its kind and it exists. */
export function linked(live: LiveState, url: unknown): LiveResource | undefined {
  return typeof url === 'string' ? live.resources.get(addressOfUrl(url) ?? '') : undefined;
}

/** `projects/p/global/backendBuckets/x` → `backendBuckets`. */
export function collectionOf(url: string): string {
  return shortRef(url).split('/').at(-2) ?? '';
}

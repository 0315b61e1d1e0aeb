/**
 * What a created resource will be, in the manifest's words and in full: the service and region a
 * NEG points at, a backend's CDN, IAP, logging and Cloud Armor, every route of a URL map, every
 * domain of a certificate. Nothing is shortened: a reviewer approves what they can read.
 */
import type { ResourceKind } from '../../model/kinds.js';
import { textOf } from '../../util/text.js';
import { backendKey, hostLines, isRec, labelText, list, negTarget, refName, refRegion, str, userDescription } from './terms.js';

type Rec = Record<string, unknown>;


/** `cacheMode CACHE_ALL_STATIC, defaultTtl 3600 s, …` */
export function cdnText(enabled: unknown, policy: unknown): string {
  if (enabled !== true) return 'off';
  const p = isRec(policy) ? policy : {};
  const parts = Object.entries(p).map(([k, v]) => (k.endsWith('Ttl') ? `${k} ${str(v)} s` : `${k} ${str(v)}`));
  return parts.length ? `on (${parts.join(', ')})` : 'on';
}

export function iapText(iap: unknown): string {
  if (!isRec(iap) || iap.enabled !== true) return 'off';
  return `on (OAuth client ${str(iap.oauth2ClientId)}; its secret is compared by SHA-256 only)`;
}

export function loggingText(log: unknown): string {
  if (!isRec(log) || log.enable !== true) return 'off';
  return log.sampleRate === undefined ? 'on' : `on (sample rate ${str(log.sampleRate)})`;
}

/** A NEG group reference in the words of a backend: `us-central1 (NEG shop-web-1a2b3c4d → Cloud Run service web)`. */
export type NegLabels = ReadonlyMap<string, string>;

export function groupText(group: unknown, negs: NegLabels): string {
  const name = refName(group);
  const target = negs.get(name);
  return `${refRegion(group) ?? 'global'} (NEG ${name}${target ? ` → ${target}` : ''})`;
}

/** A security policy rule in words: `priority 1000: throttle above 500 requests per 60 s per IP (then deny(429))`. */
export function ruleText(r: unknown): string {
  if (!isRec(r)) return str(r);
  const match = isRec(r.match) ? (isRec(r.match.config) ? `from ${list(r.match.config.srcIpRanges).map(str).join(', ')}` : isRec(r.match.expr) ? `where ${str(r.match.expr.expression)}` : '') : '';
  const rl = isRec(r.rateLimitOptions) ? r.rateLimitOptions : undefined;
  const t = rl && isRec(rl.rateLimitThreshold) ? rl.rateLimitThreshold : undefined;
  const limit = rl ? ` above ${str(t?.count)} requests per ${str(t?.intervalSec)} s per ${str(rl.enforceOnKey ?? 'IP')} (then ${str(rl.exceedAction)})` : '';
  return `priority ${str(r.priority)}: ${str(r.action)}${limit}${match ? ` ${match}` : ''}${r.preview === true ? ' (preview only)' : ''}`;
}

/** The frontend a forwarding rule opens: `HTTPS on port 443, IPv4 address lb-ip → proxy shop-https-proxy`. */
function forwardingText(c: Rec): string {
  const port = str(c.portRange).replace(/^(\d+)-\1$/, '$1');
  const protocol = textOf(c.target).includes('/targetHttpsProxies/') ? 'HTTPS' : 'HTTP';
  const ip = c.IPAddress === undefined ? `an ephemeral ${str(c.ipVersion ?? 'IPV4') === 'IPV6' ? 'IPv6' : 'IPv4'} address, allocated on create` : /^\(address (.*)\)$/.test(str(c.IPAddress)) ? `reserved address ${/^\(address (.*)\)$/.exec(str(c.IPAddress))![1]} (allocated on apply)` : `IP ${str(c.IPAddress)}`;
  return `${protocol} on port ${port}, ${ip} → proxy ${refName(c.target)}`;
}

/**
 * The lines describing a resource about to be created, from its canonical form. `negs` names what
 * each NEG of the plan points at, so a backend service reads as its services and regions.
 */
export function createLines(lb: string, kind: ResourceKind, name: string, c: Rec, negs: NegLabels): string[] {
  const out: string[] = [];
  const description = userDescription(c.description);
  switch (kind) {
    case 'regionNetworkEndpointGroup':
      out.push(`serverless NEG → ${negTarget(c)}`);
      break;
    case 'backendService':
      out.push(`serves from: ${list(c.backends).filter(isRec).map((b) => groupText(b.group, negs)).join('; ') || 'no NEG'}`);
      out.push(`CDN: ${cdnText(c.enableCDN, c.cdnPolicy)}`, `IAP: ${iapText(c.iap)}`, `logging: ${loggingText(c.logConfig)}`);
      out.push(`Cloud Armor: ${c.securityPolicy ? `policy ${refName(c.securityPolicy)}` : 'none'}`);
      break;
    case 'urlMap':
      if (isRec(c.defaultUrlRedirect)) {
        const r = c.defaultUrlRedirect;
        out.push(r.httpsRedirect === true ? `every request redirects to HTTPS (${str(r.redirectResponseCode)}${r.stripQuery === true ? ', query dropped' : ''})` : `every request redirects (${JSON.stringify(r)})`);
        break;
      }
      out.push(...hostLines(lb, c), `anything else → ${backendKey(lb, refName(c.defaultService))}`);
      for (const t of list(c.tests).filter(isRec)) out.push(`test: ${str(t.host)}${str(t.path)} must reach ${backendKey(lb, refName(t.service))}`);
      break;
    case 'targetHttpsProxy':
      out.push(`routes by URL map ${refName(c.urlMap)}`);
      out.push(`certificates: ${list(c.sslCertificates).map(refName).join(', ') || 'none'}${list(c.sslCertificates).length > 1 ? ' (the first is the default)' : ''}`);
      out.push(`QUIC: ${str(c.quicOverride)}`, ...(c.sslPolicy ? [`SSL policy: ${refName(c.sslPolicy)}`] : []));
      break;
    case 'targetHttpProxy':
      out.push(refName(c.urlMap) === `${lb}-redirect` ? `redirects HTTP to HTTPS (URL map ${refName(c.urlMap)})` : `serves HTTP by URL map ${refName(c.urlMap)}`);
      break;
    case 'globalForwardingRule':
      out.push(forwardingText(c));
      break;
    case 'globalAddress':
      out.push(`reserved ${str(c.ipVersion) === 'IPV6' ? 'IPv6' : 'IPv4'} address ${name}${c.address ? ` ${str(c.address)}` : ' (GCP allocates the IP on create)'}`);
      break;
    case 'sslCertificate':
      out.push(c.type === 'MANAGED' ? `Google-managed certificate for ${list(isRec(c.managed) ? c.managed.domains : []).map(str).join(', ')}` : 'self-managed certificate (its key is read from a secret at apply time)');
      break;
    case 'securityPolicy':
      out.push(`Cloud Armor policy (${str(c.type)})`, ...list(c.rules).map((r) => `rule ${ruleText(r)}`));
      break;
  }
  if (description) out.push(`description: ${JSON.stringify(description)}`);
  if (c.labels !== undefined) out.push(`labels: ${labelText(c.labels)}`);
  return out;
}

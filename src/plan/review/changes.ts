/**
 * What a change means in the manifest's words, before GCP's field diff: "+ region
 * asia-northeast1", "/api/* → api (was web)", "+ api.shop.example.com". What GCP treats as a set
 * (a backend's NEGs, routes, domains, certificates, labels, rules) is compared as a set, by identity.
 */
import type { ResourceKind } from '../../model/kinds.js';
import { cdnText, groupText, iapText, loggingText, ruleText, type NegLabels } from './create.js';
import { backendKey, isRec, list, negTarget, refName, refRegion, routes, str, userDescription, withoutHash } from './terms.js';

type Rec = Record<string, unknown>;

/** Added and removed members of two sets of strings, in order. */
function setDiff(before: readonly string[], after: readonly string[]): { added: string[]; removed: string[] } {
  const b = new Set(before);
  const a = new Set(after);
  return { added: after.filter((x) => !b.has(x)), removed: before.filter((x) => !a.has(x)) };
}

const same = (x: unknown, y: unknown): boolean => JSON.stringify(x) === JSON.stringify(y);

/** `name: after (was before)`, when they differ. */
function was(label: string, before: string, after: string): string[] {
  return before === after ? [] : [`${label}: ${after} (was ${before})`];
}

function backendLines(b: Rec, a: Rec, negs: NegLabels): string[] {
  const out: string[] = [];
  const groups = (c: Rec): Map<string, string[]> => {
    const m = new Map<string, string[]>();
    for (const g of list(c.backends).filter(isRec)) {
      const r = refRegion(g.group) ?? 'global';
      m.set(r, [...(m.get(r) ?? []), str(g.group)]);
    }
    return m;
  };
  const gb = groups(b);
  const ga = groups(a);
  for (const [region, refs] of ga) {
    const old = gb.get(region);
    if (!old) out.push(`+ region ${refs.map((g) => groupText(g, negs)).join('; ')}`);
    else if (!same([...old].sort(), [...refs].sort())) out.push(`region ${region}: now ${refs.map((g) => groupText(g, negs)).join('; ')} (was NEG ${old.map(refName).join(', ')})`);
  }
  for (const [region, refs] of gb) if (!ga.has(region)) out.push(`- region ${region} (NEG ${refs.map(refName).join(', ')})`);
  out.push(...was('CDN', cdnText(b.enableCDN, b.cdnPolicy), cdnText(a.enableCDN, a.cdnPolicy)));
  const iapB = isRec(b.iap) ? b.iap : {};
  const iapA = isRec(a.iap) ? a.iap : {};
  if (iapB.enabled === true && iapA.enabled === true && iapB.oauth2ClientId === iapA.oauth2ClientId && iapB.oauth2ClientSecretSha256 !== iapA.oauth2ClientSecretSha256) out.push('IAP: the OAuth client secret changes (compared by SHA-256; neither value is shown)');
  else out.push(...was('IAP', iapText(b.iap), iapText(a.iap)));
  out.push(...was('logging', loggingText(b.logConfig), loggingText(a.logConfig)));
  out.push(...was('Cloud Armor', b.securityPolicy ? `policy ${refName(b.securityPolicy)}` : 'none', a.securityPolicy ? `policy ${refName(a.securityPolicy)}` : 'none'));
  return out;
}

function routingLines(lb: string, b: Rec, a: Rec): string[] {
  if (isRec(a.defaultUrlRedirect) || isRec(b.defaultUrlRedirect)) return was('redirect', JSON.stringify(b.defaultUrlRedirect ?? null), JSON.stringify(a.defaultUrlRedirect ?? null));
  const out: string[] = [];
  const rb = new Map(routes(lb, b).map((r) => [r.where, r.backend]));
  const ra = new Map(routes(lb, a).map((r) => [r.where, r.backend]));
  for (const [where, backend] of ra) {
    const old = rb.get(where);
    if (old === undefined) out.push(`+ ${where} → ${backend}`);
    else if (old !== backend) out.push(`${where} → ${backend} (was ${old})`);
  }
  for (const [where, backend] of rb) if (!ra.has(where)) out.push(`- ${where} (was → ${backend})`);
  const test = (t: unknown): string => (isRec(t) ? `${str(t.host)}${str(t.path)} must reach ${backendKey(lb, refName(t.service))}` : str(t));
  const tests = setDiff(list(b.tests).map(test), list(a.tests).map(test));
  out.push(...tests.added.map((t) => `+ test: ${t}`), ...tests.removed.map((t) => `- test: ${t}`));
  return out;
}

function proxyLines(lb: string, kind: ResourceKind, b: Rec, a: Rec): string[] {
  const out: string[] = [];
  const map = (c: Rec): string => (kind === 'targetHttpProxy' && refName(c.urlMap) === `${lb}-redirect` ? `redirects to HTTPS (URL map ${refName(c.urlMap)})` : `URL map ${refName(c.urlMap)}`);
  out.push(...was(kind === 'targetHttpProxy' ? 'port 80' : 'routing', map(b), map(a)));
  const cb = list(b.sslCertificates).map(refName);
  const ca = list(a.sslCertificates).map(refName);
  const certs = setDiff(cb, ca);
  // A certificate replaced through a new hashed name reads as one: `certificate shop-cert: shop-cert-2b… (was shop-cert-e9…)`.
  for (const c of [...certs.added]) {
    const old = certs.removed.find((r) => withoutHash(r) === withoutHash(c) && withoutHash(c) !== c);
    if (!old) continue;
    out.push(`certificate ${withoutHash(c)}: ${c} (was ${old})`);
    certs.added.splice(certs.added.indexOf(c), 1);
    certs.removed.splice(certs.removed.indexOf(old), 1);
  }
  out.push(...certs.added.map((c) => `+ certificate ${c}`), ...certs.removed.map((c) => `- certificate ${c}`));
  if (ca[0] !== undefined && cb[0] !== undefined && ca[0] !== cb[0] && cb.includes(ca[0])) out.push(`default certificate: ${ca[0]} (was ${cb[0]})`);
  out.push(...was('QUIC', str(b.quicOverride ?? 'NONE'), str(a.quicOverride ?? 'NONE')));
  out.push(...was('SSL policy', b.sslPolicy ? refName(b.sslPolicy) : 'none', a.sslPolicy ? refName(a.sslPolicy) : 'none'));
  return out;
}

function labelLines(b: unknown, a: unknown): string[] {
  const lb = isRec(b) ? b : {};
  const la = isRec(a) ? a : {};
  const out: string[] = [];
  for (const [k, v] of Object.entries(la)) if (!(k in lb)) out.push(`+ label ${k}=${str(v)}`);
  else if (lb[k] !== v) out.push(`label ${k}=${str(v)} (was ${str(lb[k])})`);
  for (const [k, v] of Object.entries(lb)) if (!(k in la)) out.push(`- label ${k}=${str(v)}`);
  return out;
}

/** Fields each kind's own describer speaks about; the rest fall back to `field: after (was before)`. */
const SPOKEN: Partial<Record<ResourceKind, readonly string[]>> = {
  backendService: ['backends', 'enableCDN', 'cdnPolicy', 'iap', 'logConfig', 'securityPolicy'],
  urlMap: ['defaultService', 'hostRules', 'pathMatchers', 'tests', 'defaultUrlRedirect'],
  targetHttpProxy: ['urlMap'],
  targetHttpsProxy: ['urlMap', 'sslCertificates', 'quicOverride', 'sslPolicy'],
  sslCertificate: ['managed', 'type'],
  regionNetworkEndpointGroup: ['cloudRun', 'cloudFunction', 'appEngine', 'serverlessDeployment', 'networkEndpointType'],
  securityPolicy: ['rules'],
};

/**
 * The lines describing an update or replacement of `kind` from `before` to `after` (canonical
 * forms), in the manifest's words first; fields with no words of their own as `field: after (was before)`.
 */
export function changeLines(lb: string, kind: ResourceKind, b: Rec, a: Rec, negs: NegLabels): string[] {
  const out: string[] = [];
  if (kind === 'backendService') out.push(...backendLines(b, a, negs));
  if (kind === 'urlMap') out.push(...routingLines(lb, b, a));
  if (kind === 'targetHttpProxy' || kind === 'targetHttpsProxy') out.push(...proxyLines(lb, kind, b, a));
  if (kind === 'regionNetworkEndpointGroup') out.push(...was('serves', negTarget(b), negTarget(a)));
  if (kind === 'sslCertificate') {
    const domains = (c: Rec): string[] => list(isRec(c.managed) ? c.managed.domains : []).map(str);
    const d = setDiff(domains(b), domains(a));
    out.push(...was('type', str(b.type), str(a.type)), ...d.added.map((x) => `+ ${x}`), ...d.removed.map((x) => `- ${x}`));
    if (a.type !== 'MANAGED' && b.type !== 'MANAGED') out.push('the certificate or its key changes (a new file)');
  }
  if (kind === 'securityPolicy') {
    const rules = (c: Rec): Map<string, string> => new Map(list(c.rules).filter(isRec).map((r) => [str(r.priority), ruleText(r)]));
    const rb = rules(b);
    const ra = rules(a);
    for (const [p, t] of ra) if (!rb.has(p)) out.push(`+ rule ${t}`);
    else if (rb.get(p) !== t) out.push(`rule ${t} (was ${rb.get(p)!.replace(/^priority \S+ /, '')})`);
    for (const [p, t] of rb) if (!ra.has(p)) out.push(`- rule ${t}`);
  }
  if (!same(b.labels ?? {}, a.labels ?? {})) out.push(...labelLines(b.labels, a.labels));
  // The user's part only: the ownership marker lb-plan adds (an adopt) is not the reader's change.
  if (userDescription(b.description) !== userDescription(a.description)) out.push(`description: ${JSON.stringify(userDescription(a.description))} (was ${JSON.stringify(userDescription(b.description))})`);
  const spoken = new Set([...(SPOKEN[kind] ?? []), 'labels', 'description']);
  for (const k of [...new Set([...Object.keys(b), ...Object.keys(a)])].sort()) {
    if (spoken.has(k) || same(b[k], a[k])) continue;
    out.push(a[k] === undefined ? `- ${k} (was ${JSON.stringify(b[k])})` : b[k] === undefined ? `+ ${k}: ${JSON.stringify(a[k])}` : `${k}: ${JSON.stringify(a[k])} (was ${JSON.stringify(b[k])})`);
  }
  return out;
}

/**
 * The rules GCP enforces that a schema cannot express, checked before any API call. Each rule
 * reports with the YAML path of what to change and, where GCP has one, GCP's own reason.
 */
import { formatPath, type YamlPath } from './diagnostic.js';
import { NAME_PATTERN, PLATFORMS, type Platform } from './language.js';
import type { Backend, Manifest, ServerlessNeg } from './schema.js';
import { HANDOVER_LABEL, OWNER_LABELS, RECORD_LABEL } from '../model/names.js';
import { nodeNet } from '../util/builtin.js';
import { hint } from '../util/suggest.js';
import { parseChain, validityFindings } from './tls.js';
import { describeManifestRoute, manifestUrlMap } from '../routing/manifest.js';
import { hostEntries } from './routing-entries.js';
import { matchUrlMap } from '../routing/match.js';
import { parseRequestUrl } from '../routing/url.js';

export interface RuleFinding {
  readonly path: YamlPath;
  readonly message: string;
  readonly atKey?: boolean;
  readonly severity?: 'error' | 'warning';
}

export interface RuleContext {
  /** Text of each file the manifest names, by path as written; null when it cannot be read. */
  readonly files: ReadonlyMap<string, string | null>;
  /** False for a part of the manifest that already failed the schema: rules skip it. */
  readonly sound: (path: YamlPath) => boolean;
  /** The time certificates are checked against (tests fix it). */
  readonly now?: Date;
}

/**
 * GCP allows 64 labels on a resource; lb-plan adds up to four of its own: two ownership labels, the
 * hand-over label of an adopted address or forwarding rule, and its applied record (src/plan/applied.ts).
 */
export const LB_PLAN_LABELS = [...Object.values(OWNER_LABELS), HANDOVER_LABEL, RECORD_LABEL];
export const MAX_USER_LABELS = 64 - LB_PLAN_LABELS.length;

const NAME = new RegExp(NAME_PATTERN);
/** Placeholders each platform's URL mask may use, and which of them must appear. */
export const MASK_PLACEHOLDERS: Readonly<Record<Platform, { allowed: readonly string[]; required: readonly string[] }>> = {
  cloudRun: { allowed: ['service', 'tag'], required: ['service'] },
  cloudFunctions: { allowed: ['function'], required: ['function'] },
  appEngine: { allowed: ['service', 'version'], required: [] },
  apiGateway: { allowed: ['gateway'], required: ['gateway'] },
};
const PLATFORM_TARGET: Readonly<Record<Platform, string>> = { cloudRun: 'service', cloudFunctions: 'function', appEngine: 'service', apiGateway: 'gateway' };

export function checkRules(m: Manifest, ctx: RuleContext): RuleFinding[] {
  const out: RuleFinding[] = [];
  if (ctx.sound(['metadata'])) checkMetadata(m, out);
  checkDescriptions(m, ctx, out);
  if (m.frontend && typeof m.frontend === 'object') checkFrontend(m, ctx, out);
  if (m.backends && typeof m.backends === 'object' && !Array.isArray(m.backends)) {
    for (const [key, backend] of Object.entries(m.backends)) {
      if (!NAME.test(key)) out.push({ path: ['backends', key], atKey: true, message: `backend key "${key}" becomes part of resource names, so it must be lowercase letters, digits and dashes, starting with a letter and not ending with a dash` });
      if (ctx.sound(['backends', key])) checkBackend(key, backend, ctx, out);
    }
    checkAppEngineRegions(m, ctx, out);
    checkPolicyNames(m, ctx, out);
  }
  if (ctx.sound(['routing']) && m.backends && typeof m.backends === 'object' && !Array.isArray(m.backends)) {
    checkRouting(m, ctx, out);
    // Without routing, several backends have no default yet (checkRouting says so): nothing to test against.
    if (Array.isArray(m.tests) && (m.routing || Object.keys(m.backends).length === 1)) checkTests(m, ctx, out);
  }
  return out;
}

function checkMetadata(m: Manifest, out: RuleFinding[]): void {
  const count = Object.keys(m.metadata.labels ?? {}).length;
  if (count > MAX_USER_LABELS) out.push({ path: ['metadata', 'labels'], atKey: true, message: `${count} labels: GCP allows 64 on a resource, and lb-plan adds up to ${LB_PLAN_LABELS.length} of its own (ownership, hand-over, applied record), so at most ${MAX_USER_LABELS}` });
  for (const [k, v] of Object.entries(m.metadata.labels ?? {})) {
    const path = ['metadata', 'labels', k];
    if (LB_PLAN_LABELS.includes(k)) out.push({ path, atKey: true, message: `label "${k}" is lb-plan's own ${k === RECORD_LABEL ? 'applied-record' : 'ownership'} label and cannot be set` });
    else if (!/^[a-z][a-z0-9_-]{0,62}$/.test(k)) out.push({ path, atKey: true, message: `label key "${k}" must start with a lowercase letter and have at most 63 lowercase letters, digits, "_" or "-"` });
    if (!/^[a-z0-9_-]{0,63}$/.test(v)) out.push({ path, message: `label value "${v}" may have at most 63 lowercase letters, digits, "_" or "-"` });
  }
}

/** GCP keeps at most 2,048 characters of a description (Compute v1). */
const MAX_DESCRIPTION = 2048;

/**
 * Descriptions lb-plan extends: it appends its ownership marker (and, where it fits, its applied
 * record, src/plan/applied.ts), so the manifest's text must leave room for the marker and must not
 * spell either itself (it would pass for lb-plan's own).
 */
function checkDescriptions(m: Manifest, ctx: RuleContext, out: RuleFinding[]): void {
  const lb = typeof m.metadata?.name === 'string' ? m.metadata.name : '';
  const room = MAX_DESCRIPTION - ` [managed by lb-plan: ${lb}]`.length;
  const texts: [YamlPath, unknown][] = [[['metadata', 'description'], m.metadata?.description]];
  if (m.backends && typeof m.backends === 'object' && !Array.isArray(m.backends)) for (const [k, b] of Object.entries(m.backends)) texts.push([['backends', k, 'description'], (b as { description?: unknown } | undefined)?.description]);
  for (const [path, text] of texts) {
    if (typeof text !== 'string') continue;
    if (/\[managed by lb-plan:|\[lb-plan applied /.test(text)) out.push({ path, message: 'holds text lb-plan writes itself ("[managed by lb-plan: …]", "[lb-plan applied …]"): remove it' });
    // A text the schema already refused for its length (metadata.description: 1,024) is not refused twice.
    else if (text.length > room && ctx.sound(path)) out.push({ path, message: `is ${text.length} characters long: GCP keeps 2,048, and lb-plan appends its ownership marker, so at most ${room} here` });
  }
}

function checkFrontend(m: Manifest, ctx: RuleContext, out: RuleFinding[]): void {
  const fe = m.frontend;
  if (!ctx.sound(['frontend', 'address']) || !ctx.sound(['frontend', 'ipv6']) || !fe.address) return;
  const https = fe.https && typeof fe.https === 'object' ? fe.https : undefined;
  const serveHttp = fe.http ?? !https;
  if (!serveHttp && !https) out.push({ path: ['frontend', 'http'], message: 'the frontend serves nothing: set http: true or add https' });
  if (fe.http === true && https?.redirectHttp) {
    out.push({ path: ['frontend', 'https', 'redirectHttp'], message: 'port 80 either serves HTTP (frontend.http) or redirects it to HTTPS (redirectHttp), not both' });
  }
  if (https?.redirectHttp && fe.address.ephemeral) {
    out.push({ path: ['frontend', 'https', 'redirectHttp'], message: 'the HTTP-to-HTTPS redirect needs a reserved address (reserve, existing or ip), so that both forwarding rules share one IP' });
  }
  if (serveHttp && https && fe.address.ephemeral) {
    out.push({ path: ['frontend', 'address', 'ephemeral'], message: 'HTTP and HTTPS on an ephemeral address would get two different IPs: reserve an address' });
  }
  const checkIp = (path: YamlPath, ip: string | undefined, v6: boolean): void => {
    if (ip === undefined) return;
    if (v6 ? !nodeNet().isIPv6(ip) : !nodeNet().isIPv4(ip)) out.push({ path, message: `"${ip}" is not an ${v6 ? 'IPv6' : 'IPv4'} address` });
  };
  checkIp(['frontend', 'address', 'ip'], fe.address.ip, false);
  checkIp(['frontend', 'ipv6', 'ip'], fe.ipv6?.ip, true);
  if (fe.ipv6?.reserve && fe.ipv6.reserve === fe.address.reserve) {
    out.push({ path: ['frontend', 'ipv6', 'reserve'], message: `"${fe.ipv6.reserve}" is already the IPv4 address: each address needs its own name` });
  }
  if (!https || !Array.isArray(https.certificates)) return;
  const seenDomainSets = new Map<string, number>();
  const seenExisting = new Map<string, number>();
  https.certificates.forEach((c, i) => {
    const base: YamlPath = ['frontend', 'https', 'certificates', i];
    if (!ctx.sound(base)) return;
    for (const k of ['name', 'namePrefix'] as const) {
      if (c[k] && c.existing) out.push({ path: [...base, k], atKey: true, message: `"${k}" names certificates lb-plan creates; an existing certificate keeps its own name` });
    }
    if (c.existing) {
      const j = seenExisting.get(c.existing);
      if (j !== undefined) out.push({ path: [...base, 'existing'], message: `certificate "${c.existing}" is already listed as certificates[${j}]` });
      seenExisting.set(c.existing, i);
    }
    if (c.managed) {
      const seen = new Set<string>();
      c.managed.forEach((d, k) => {
        const path = [...base, 'managed', k];
        const domain = d.toLowerCase().replace(/\.$/, '');
        if (domain.includes('*')) out.push({ path, message: `"${d}": Google-managed certificates of the classic load balancer do not accept wildcard domains (use Certificate Manager, or list each name)` });
        else if (!isDomain(domain)) out.push({ path, message: `"${d}" is not a valid domain name` });
        if (seen.has(domain)) out.push({ path, message: `"${d}" is listed twice in this certificate` });
        seen.add(domain);
      });
      const key = [...seen].sort().join(',');
      const j = seenDomainSets.get(key);
      if (j !== undefined) out.push({ path: [...base, 'managed'], message: `certificates[${j}] already covers exactly these domains` });
      seenDomainSets.set(key, i);
    }
    if (c.selfManaged) {
      const certPath = c.selfManaged.certificate;
      const text = ctx.files.get(certPath);
      if (text === null || text === undefined) out.push({ path: [...base, 'selfManaged', 'certificate'], message: `cannot read certificate file "${certPath}"` });
      else if (!/-----BEGIN CERTIFICATE-----/.test(text)) out.push({ path: [...base, 'selfManaged', 'certificate'], message: `"${certPath}" is not a PEM certificate (no "-----BEGIN CERTIFICATE-----" line)` });
      else if ((text.match(/-----BEGIN CERTIFICATE-----/g) ?? []).length > 5) out.push({ path: [...base, 'selfManaged', 'certificate'], message: `"${certPath}" holds more than 5 certificates; GCP accepts chains of at most 5` });
      else {
        const chain = parseChain(certPath, text);
        if (Array.isArray(chain)) for (const f of validityFindings(certPath, chain[0]!, ctx.now ?? new Date())) out.push({ path: [...base, 'selfManaged', 'certificate'], ...f });
        else out.push({ path: [...base, 'selfManaged', 'certificate'], ...chain });
      }
      checkSecretFile(c.selfManaged.privateKey, [...base, 'selfManaged', 'privateKey'], ctx, out);
    }
  });
}

function checkSecretFile(ref: { file?: string; env?: string }, path: YamlPath, ctx: RuleContext, out: RuleFinding[]): void {
  if (ref.file === undefined) return;
  if (ctx.files.get(ref.file) == null) out.push({ path: [...path, 'file'], message: `cannot read secret file "${ref.file}"` });
}

function isDomain(d: string): boolean {
  return d.length <= 253 && d.includes('.') && d.split('.').every((l) => /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/.test(l));
}

function checkBackend(key: string, be: Backend, ctx: RuleContext, out: RuleFinding[]): void {
  const base: YamlPath = ['backends', key];
  const regions = new Map<string, number>();
  const platforms = be.serverless.map((n) => PLATFORMS.find((p) => n[p] !== undefined)!);
  be.serverless.forEach((neg, i) => {
    const path: YamlPath = [...base, 'serverless', i];
    const j = regions.get(neg.region);
    if (j !== undefined) {
      out.push({ path: [...path, 'region'], message: `backend "${key}" already has a serverless NEG in ${neg.region} (serverless[${j}]): a backend service can have only one serverless NEG per region` });
    }
    regions.set(neg.region, i);
    if (i > 0 && platforms[i] !== platforms[0]) {
      out.push({ path: [...path, platforms[i]!], atKey: true, message: `all serverless NEGs of a backend service must use the same platform: serverless[0] is ${platforms[0]}, this one is ${platforms[i]}` });
    }
    checkTarget(neg, platforms[i]!, path, out);
  });
  if (platforms[0] === 'appEngine' && be.serverless.length > 1) {
    out.push({ path: [...base, 'serverless', 1], message: 'App Engine runs in one region per project, so an App Engine backend takes one serverless NEG (multi-region load balancing is not supported with App Engine)' });
  }
  const cdnOn = be.cdn !== undefined && be.cdn !== false;
  if (cdnOn && be.iap) out.push({ path: [...base, 'iap'], atKey: true, message: 'IAP and Cloud CDN cannot be enabled on the same backend service: remove one of them' });
  if (typeof be.cdn === 'object' && be.cdn.cacheMode === 'USE_ORIGIN_HEADERS') {
    for (const ttl of ['defaultTtl', 'maxTtl', 'clientTtl'] as const) {
      if (be.cdn[ttl] !== undefined) out.push({ path: [...base, 'cdn', ttl], atKey: true, message: `${ttl} cannot be set with cacheMode USE_ORIGIN_HEADERS (the origin's Cache-Control headers decide); GCP refuses it: remove ${ttl}, or use CACHE_ALL_STATIC or FORCE_CACHE_ALL` });
    }
  }
  if (typeof be.cdn === 'object' && be.cdn.cacheMode === 'FORCE_CACHE_ALL' && be.cdn.maxTtl !== undefined) {
    out.push({ path: [...base, 'cdn', 'maxTtl'], atKey: true, message: 'maxTtl cannot be set with cacheMode FORCE_CACHE_ALL (defaultTtl sets the TTL of every response); GCP refuses it: remove maxTtl' });
  }
  if (be.iap) checkSecretFile(be.iap.oauth2ClientSecret, [...base, 'iap', 'oauth2ClientSecret'], ctx, out);
}

function checkTarget(neg: ServerlessNeg, platform: Platform, path: YamlPath, out: RuleFinding[]): void {
  const spec = neg[platform] as Record<string, string | undefined>;
  const target = PLATFORM_TARGET[platform];
  const p: YamlPath = [...path, platform];
  const mask = spec.urlMask;
  if (mask !== undefined) {
    const others = Object.keys(spec).filter((k) => k !== 'urlMask');
    if (others.length > 0) out.push({ path: [...p, others[0]!], atKey: true, message: `a NEG points either at one ${target} or at a URL mask: remove "${others[0]}" or "urlMask"` });
    checkMask(mask, platform, [...p, 'urlMask'], out);
    return;
  }
  if (platform === 'appEngine') return; // the default service
  if (spec[target] === undefined) out.push({ path: p, message: `needs "${target}" or "urlMask"` });
  if (platform === 'cloudRun' && spec.tag !== undefined && spec.service === undefined) out.push({ path: [...p, 'tag'], atKey: true, message: 'a tag needs a service' });
}

/** URL masks: a template of the URL schema, with the platform's placeholders (guide: "Construct a URL mask"). */
export function checkMask(mask: string, platform: Platform, path: YamlPath, out: RuleFinding[]): void {
  const rules = MASK_PLACEHOLDERS[platform];
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(mask)) {
    out.push({ path, message: `URL mask "${mask}" must not include the scheme: remove "${mask.split('//')[0]}//"` });
    return;
  }
  if (/\s/.test(mask)) out.push({ path, message: `URL mask "${mask}" must not contain spaces` });
  const found = [...mask.matchAll(/<([^<>]*)>/g)].map((x) => x[1]!);
  // Whatever is left once every innermost <…> is taken out must hold no bracket: "<<service>>" leaves "<>".
  if (/[<>]/.test(mask.replace(/<[^<>]*>/g, ''))) out.push({ path, message: `URL mask "${mask}" has an unbalanced "<" or ">"` });
  const allowed = rules.allowed.map((a) => `<${a}>`).join(', ');
  for (const f of found) {
    if (!rules.allowed.includes(f)) out.push({ path, message: `URL mask placeholder <${f}> is not valid for ${platform}: use ${allowed}${hint(f, rules.allowed)}` });
  }
  const counts = new Map<string, number>();
  for (const f of found) counts.set(f, (counts.get(f) ?? 0) + 1);
  for (const [f, n] of counts) if (n > 1) out.push({ path, message: `URL mask placeholder <${f}> appears ${n} times; it may appear once` });
  if (found.length === 0) out.push({ path, message: `URL mask "${mask}" has no placeholder: use ${allowed}` });
  const invalid = found.some((f) => !rules.allowed.includes(f));
  for (const r of rules.required) if (found.length > 0 && !invalid && !found.includes(r)) out.push({ path, message: `a ${platform} URL mask needs the <${r}> placeholder` });
}

function checkAppEngineRegions(m: Manifest, ctx: RuleContext, out: RuleFinding[]): void {
  let first: { region: string; key: string } | undefined;
  for (const [key, be] of Object.entries(m.backends)) {
    if (!ctx.sound(['backends', key])) continue;
    be.serverless.forEach((neg, i) => {
      if (!neg.appEngine) return;
      if (!first) first = { region: neg.region, key };
      else if (neg.region !== first.region) {
        out.push({ path: ['backends', key, 'serverless', i, 'region'], message: `App Engine runs in one region per project: backend "${first.key}" already uses ${first.region}` });
      }
    });
  }
}

function checkPolicyNames(m: Manifest, ctx: RuleContext, out: RuleFinding[]): void {
  const byName = new Map<string, string>();
  for (const [key, be] of Object.entries(m.backends)) {
    const rl = ctx.sound(['backends', key]) ? be.securityPolicy?.rateLimit : undefined;
    if (!rl?.name) continue;
    const other = byName.get(rl.name);
    if (other !== undefined) {
      const a = JSON.stringify({ ...m.backends[other]!.securityPolicy!.rateLimit, name: undefined });
      const b = JSON.stringify({ ...rl, name: undefined });
      if (a !== b) out.push({ path: ['backends', key, 'securityPolicy', 'rateLimit', 'name'], message: `security policy "${rl.name}" is already declared with other settings by backend "${other}"` });
    }
    byName.set(rl.name, key);
  }
}

const HOST = /^(\*|\*[.-][a-z0-9.-]*[a-z0-9]|[a-z0-9]([a-z0-9.-]*[a-z0-9])?)(:\d{1,5})?$/;

function checkRouting(m: Manifest, ctx: RuleContext, out: RuleFinding[]): void {
  const keys = Object.keys(m.backends);
  const declared = new Set(keys); // a set: a route per backend must not make this quadratic
  const routed = new Set<string>();
  let unknownRefs = 0;
  const ref = (key: string, path: YamlPath): void => {
    routed.add(key);
    if (declared.has(key)) return;
    unknownRefs++;
    out.push({ path, message: `backend "${key}" is not declared under backends${hint(key, keys)}` });
  };
  if (!m.routing) {
    if (keys.length > 1) out.push({ path: ['backends'], atKey: true, message: `with several backends, routing.default must say which one gets requests no rule matches (backends: ${keys.join(', ')})` });
    return;
  }
  ref(m.routing.default, ['routing', 'default']);
  const hostOwner = new Map<string, number>();
  if (m.routing.paths?.length) {
    const star = (m.routing.hosts ?? []).findIndex((h) => h.hosts.includes('*'));
    if (star >= 0) out.push({ path: ['routing', 'paths'], atKey: true, message: `routing.paths are the path rules for every other host, and routing.hosts[${star}] already routes "*": move its paths here, or drop one of them` });
  }
  hostEntries(m.routing).forEach((h, i) => {
    const base: YamlPath = h.source;
    if (base.length > 1) ref(h.backend, [...base, 'backend']);
    h.hosts.forEach((host, k) => {
      if (base.length === 1) return; // the "*" of routing.paths is lb-plan's own
      const norm = host.toLowerCase();
      if (!HOST.test(norm)) out.push({ path: [...base, 'hosts', k], message: `"${host}" is not a valid host: a domain name, "*", or a leading wildcard followed by "." or "-" (as "*.example.com")` });
      const j = hostOwner.get(norm);
      if (j !== undefined) out.push({ path: [...base, 'hosts', k], message: `host "${host}" is already routed by routing.hosts[${j}]` });
      hostOwner.set(norm, i);
    });
    const seen = new Set<string>();
    h.paths.forEach((p, k) => {
      ref(p.backend, [...base, 'paths', k, 'backend']);
      p.paths.forEach((path, n) => {
        const at = [...base, 'paths', k, 'paths', n];
        if (/[?#]/.test(path)) out.push({ path: at, message: `path "${path}" must not contain "?" or "#"` });
        const star = path.indexOf('*');
        if (star >= 0 && (star !== path.length - 1 || path[star - 1] !== '/')) out.push({ path: at, message: `path "${path}": "*" is only allowed at the end, after a "/" (as "/api/*")` });
        if (seen.has(path)) out.push({ path: at, message: `path "${path}" is listed twice for these hosts` });
        seen.add(path);
      });
    });
  });
  // Host rules naming one path matcher share it: GCP holds one set of rules for them.
  const matchers = new Map<string, { index: number; rules: string }>();
  hostEntries(m.routing).forEach((h, i) => {
    if (!h.pathMatcher) return;
    const rules = JSON.stringify([h.backend, h.paths]);
    const first = matchers.get(h.pathMatcher);
    if (first && first.rules !== rules) out.push({ path: [...h.source, 'pathMatcher'], message: `path matcher "${h.pathMatcher}" is already used by routing.hosts[${first.index}] with another backend or other paths: host rules sharing a path matcher share its rules` });
    if (!first) matchers.set(h.pathMatcher, { index: i, rules });
  });
  checkExplicitNames(m, ctx, out);
  // With a misspelt reference, "not used" would be noise: the error already points at it.
  for (const k of unknownRefs > 0 ? [] : keys) {
    if (!routed.has(k)) out.push({ path: ['backends', k], atKey: true, severity: 'warning', message: `backend "${k}" is not used by routing: it will be created but receive no traffic` });
  }
}

/**
 * Explicit resource names (lb-plan import writes them) must not name one resource twice. Routing can
 * be sound while a backend or the frontend failed the schema (null, a list of numbers): those are skipped.
 */
function checkExplicitNames(m: Manifest, ctx: RuleContext, out: RuleFinding[]): void {
  const seen = new Map<string, string>();
  const claim = (address: string, path: YamlPath): void => {
    const first = seen.get(address);
    if (first !== undefined) out.push({ path, message: `${address} is already named by ${first}: each resource needs its own name` });
    else seen.set(address, formatPath(path));
  };
  for (const [key, be] of Object.entries(m.backends)) {
    if (!ctx.sound(['backends', key])) continue;
    if (be.name) claim(`backendService/${be.name}`, ['backends', key, 'name']);
    be.serverless.forEach((n, i) => n.name && claim(`regionNetworkEndpointGroup/${n.region}/${n.name}`, ['backends', key, 'serverless', i, 'name']));
  }
  if (!ctx.sound(['frontend', 'https', 'certificates'])) return;
  (m.frontend.https?.certificates ?? []).forEach((c, i) => c.name && claim(`sslCertificate/${c.name}`, ['frontend', 'https', 'certificates', i, 'name']));
}

/**
 * `tests:` run as GCP runs a URL map's tests (the same matcher, over the URL map the routing
 * compiles to): each URL must reach its backend, or GCP would refuse every update of the URL map.
 */
function checkTests(m: Manifest, ctx: RuleContext, out: RuleFinding[]): void {
  const keys = Object.keys(m.backends);
  const map = manifestUrlMap(m);
  (m.tests ?? []).forEach((t, i) => {
    const at: YamlPath = ['tests', i];
    if (!ctx.sound(at)) return;
    const parsed = parseRequestUrl(t.url);
    if (!parsed.ok) {
      out.push({ path: [...at, 'url'], message: parsed.reason });
      return;
    }
    if (!keys.includes(t.backend)) {
      out.push({ path: [...at, 'backend'], message: `backend "${t.backend}" is not declared under backends${hint(t.backend, keys)}` });
      return;
    }
    const match = matchUrlMap(map, parsed.request);
    const reached = match.outcome.type === 'service' ? `backend "${match.outcome.service}"` : 'no backend';
    if (match.outcome.type !== 'service' || match.outcome.service !== t.backend) {
      out.push({ path: [...at, 'backend'], message: `test fails: ${t.url} reaches ${reached} through ${describeManifestRoute(match, m)}, not "${t.backend}"` });
    }
  });
}

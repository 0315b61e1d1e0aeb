/**
 * GCP's URL map matching, over a URL map body as Compute holds it (compiled by lb-plan or read
 * live): host rule → path matcher → path rule → what serves the request. Pure.
 *
 * The rules, from the Compute reference (UrlMap, HostRule, PathMatcher, PathRule) and the URL map
 * concepts page:
 * - Hosts: a host rule's pattern is a host name (with an optional `:port`), `*` alone, or `*`
 *   followed by `.` or `-` ("* matches any string of ([a-z0-9-.]*)"). An exact host wins over any
 *   wildcard; among wildcards the longest (most specific) suffix wins; `*` alone catches the rest.
 *   No host rule: the URL map's own default.
 * - Paths: "Matches are always done on the longest-path-first basis … irrespective of the order in
 *   which those paths appear". A path without `*` matches only itself (`/videos` is not `/videos/`);
 *   `/videos/*` matches every path that starts with `/videos/` (not `/videos`); `/*` matches all.
 *   For one request an exact path is never shorter than a matching prefix, and on a tie (`/a/` and
 *   `/a/*` for `/a/`) the exact one wins. No path rule: the path matcher's default.
 * - What serves: a backend service (`service`, `defaultService`), or a redirect (`urlRedirect`,
 *   `defaultUrlRedirect`). Route rules and weighted backend services (never on a classic load
 *   balancer's URL map) are reported, not evaluated.
 */
import type { RequestUrl } from './url.js';

type Body = Readonly<Record<string, unknown>>;

/** The host rule that matched, and how. */
export interface HostRuleMatch {
  /** Index in `hostRules`. */
  readonly index: number;
  readonly hosts: readonly string[];
  /** The pattern that matched: `shop.example.com`, `*.example.com` or `*`. */
  readonly pattern: string;
  readonly how: 'exact' | 'wildcard' | 'any';
  readonly pathMatcher: string;
}

/** The path rule that matched, and how. */
export interface PathRuleMatch {
  /** Index in the path matcher's `pathRules`. */
  readonly index: number;
  readonly paths: readonly string[];
  /** The path pattern that matched: `/api` or `/api/*`. */
  readonly path: string;
  readonly how: 'exact' | 'prefix';
}

/** What the URL map does with the request. `service` is the reference as the map writes it. */
export type RouteOutcome =
  | { readonly type: 'service'; readonly service: string }
  | { readonly type: 'redirect'; readonly location: string; readonly status: number; readonly code: string }
  | { readonly type: 'unsupported'; readonly reason: string };

export interface UrlMapMatch {
  /** Absent: no host rule matched, the URL map's default decides. */
  readonly hostRule?: HostRuleMatch;
  readonly pathMatcher?: string;
  /** Absent (with a path matcher): no path rule matched, the path matcher's default decides. */
  readonly pathRule?: PathRuleMatch;
  /** Which part of the map decided. */
  readonly decidedBy: 'urlMapDefault' | 'pathMatcherDefault' | 'pathRule';
  readonly outcome: RouteOutcome;
}

const asArray = <T = Body>(x: unknown): readonly T[] => (Array.isArray(x) ? (x as T[]) : []);
const asBody = (x: unknown): Body | undefined => (x && typeof x === 'object' && !Array.isArray(x) ? (x as Body) : undefined);
const strings = (x: unknown): readonly string[] => asArray<unknown>(x).filter((s): s is string => typeof s === 'string');

/** GCP's redirect response codes. */
const REDIRECT_STATUS: Readonly<Record<string, number>> = { MOVED_PERMANENTLY_DEFAULT: 301, FOUND: 302, SEE_OTHER: 303, TEMPORARY_REDIRECT: 307, PERMANENT_REDIRECT: 308 };

/** Matches `req` against the URL map `map`. */
export function matchUrlMap(map: Body, req: RequestUrl): UrlMapMatch {
  const hostRule = matchHost(asArray(map.hostRules), req);
  if (!hostRule) return { decidedBy: 'urlMapDefault', outcome: action(map, 'default', req) };
  const matcher = asArray(map.pathMatchers).find((pm) => pm.name === hostRule.pathMatcher);
  if (!matcher) return { hostRule, pathMatcher: hostRule.pathMatcher, decidedBy: 'pathMatcherDefault', outcome: { type: 'unsupported', reason: `the URL map has no path matcher "${hostRule.pathMatcher}"` } };
  const base = { hostRule, pathMatcher: hostRule.pathMatcher };
  if (asArray(matcher.routeRules).length > 0) {
    return { ...base, decidedBy: 'pathMatcherDefault', outcome: { type: 'unsupported', reason: `path matcher "${hostRule.pathMatcher}" uses route rules (advanced routing), which lb-plan does not evaluate` } };
  }
  const rules = asArray(matcher.pathRules);
  const pathRule = matchPath(rules, req.path);
  if (!pathRule) return { ...base, decidedBy: 'pathMatcherDefault', outcome: action(matcher, 'default', req) };
  const matched = pathRule.how === 'exact' ? req.path : pathRule.path.slice(0, -1);
  return { ...base, pathRule, decidedBy: 'pathRule', outcome: action(rules[pathRule.index]!, 'rule', req, matched) };
}

/** The host rule for a request: exact host, then the longest matching wildcard, then `*`. */
export function matchHost(hostRules: readonly Body[], req: Pick<RequestUrl, 'host' | 'hostname'>): HostRuleMatch | undefined {
  let best: { match: HostRuleMatch; rank: number } | undefined;
  hostRules.forEach((rule, index) => {
    const hosts = strings(rule.hosts);
    for (const raw of hosts) {
      const pattern = raw.toLowerCase();
      // A pattern with a port matches the Host header with that port; one without, any port.
      const candidate = /:\d+$/.test(pattern) ? req.host : req.hostname;
      let how: HostRuleMatch['how'] | undefined;
      let rank = -1;
      if (pattern === '*') {
        how = 'any';
        rank = 0;
      } else if (pattern.startsWith('*')) {
        const suffix = pattern.slice(1);
        if (candidate.endsWith(suffix) && /^[a-z0-9.-]*$/.test(candidate.slice(0, candidate.length - suffix.length))) {
          how = 'wildcard';
          rank = 1 + suffix.length;
        }
      } else if (pattern === candidate) {
        how = 'exact';
        rank = Number.MAX_SAFE_INTEGER;
      }
      if (how && (!best || rank > best.rank)) best = { rank, match: { index, hosts, pattern: raw, how, pathMatcher: String(rule.pathMatcher ?? '') } };
    }
  });
  return best?.match;
}

/** The longest-matching path rule; an exact path wins a tie with a prefix. */
export function matchPath(pathRules: readonly Body[], path: string): PathRuleMatch | undefined {
  let best: { match: PathRuleMatch; length: number } | undefined;
  pathRules.forEach((rule, index) => {
    const paths = strings(rule.paths);
    for (const p of paths) {
      const prefix = p.endsWith('/*') ? p.slice(0, -1) : undefined;
      const how = prefix === undefined ? (p === path ? 'exact' : undefined) : path.startsWith(prefix) ? 'prefix' : undefined;
      if (!how) continue;
      const length = how === 'exact' ? p.length + 0.5 : prefix!.length;
      if (!best || length > best.length) best = { length, match: { index, paths, path: p, how } };
    }
  });
  return best?.match;
}

/** What a URL map, path matcher (`default`) or path rule (`rule`) does with the request. */
function action(holder: Body, level: 'default' | 'rule', req: RequestUrl, matched?: string): RouteOutcome {
  const service = level === 'default' ? holder.defaultService : holder.service;
  const redirect = asBody(level === 'default' ? holder.defaultUrlRedirect : holder.urlRedirect);
  const routeAction = asBody(level === 'default' ? holder.defaultRouteAction : holder.routeAction);
  if (typeof service === 'string' && service !== '') return { type: 'service', service };
  if (redirect) return redirectOutcome(redirect, req, matched);
  const weighted = asArray(routeAction?.weightedBackendServices);
  if (weighted.length > 0) {
    return { type: 'unsupported', reason: `traffic is split by weight between ${weighted.map((w) => String(w.backendService)).join(', ')} (weighted backend services; not evaluated)` };
  }
  return { type: 'unsupported', reason: 'nothing serves this request: no service or redirect is set' };
}

function redirectOutcome(r: Body, req: RequestUrl, matched: string | undefined): RouteOutcome {
  const scheme = r.httpsRedirect === true ? 'https' : req.scheme;
  const host = typeof r.hostRedirect === 'string' && r.hostRedirect ? r.hostRedirect : req.host;
  let path = req.path;
  if (typeof r.pathRedirect === 'string' && r.pathRedirect) path = r.pathRedirect;
  else if (typeof r.prefixRedirect === 'string' && r.prefixRedirect && matched !== undefined) path = r.prefixRedirect + req.path.slice(matched.length);
  const code = typeof r.redirectResponseCode === 'string' ? r.redirectResponseCode : 'MOVED_PERMANENTLY_DEFAULT';
  return { type: 'redirect', location: `${scheme}://${host}${path}${r.stripQuery === true ? '' : req.query}`, status: REDIRECT_STATUS[code] ?? 301, code };
}

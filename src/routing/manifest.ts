/**
 * A manifest's routing as a URL map body whose services are backend keys: the shape compile gives
 * the real URL map (one host rule and path matcher per `routing.hosts` entry, in order; one path
 * rule per `paths` entry), so validation can run a manifest's `tests:` with the same matcher GCP's
 * URL map tests follow, before anything is compiled or sent.
 */
import { formatPath } from '../manifest/diagnostic.js';
import { hostEntries } from '../manifest/routing-entries.js';
import type { Manifest } from '../manifest/schema.js';
import type { UrlMapMatch } from './match.js';

/** `routing` and `backends` of a manifest whose routing passed the schema. */
export function manifestUrlMap(m: Pick<Manifest, 'routing' | 'backends'>): Record<string, unknown> {
  const keys = Object.keys(m.backends);
  const hosts = hostEntries(m.routing);
  return {
    defaultService: m.routing?.default ?? keys[0] ?? '',
    hostRules: hosts.map((h, i) => ({ hosts: h.hosts.map((x) => x.toLowerCase()), pathMatcher: `m${i}` })),
    pathMatchers: hosts.map((h, i) => ({ name: `m${i}`, defaultService: h.backend, pathRules: h.paths.map((p) => ({ paths: p.paths, service: p.backend })) })),
  };
}

/**
 * Which part of the manifest's routing decided a match of `manifestUrlMap`:
 * `routing.hosts[0].paths[1] (host "example.com", path "/api/*")`.
 */
export function describeManifestRoute(match: UrlMapMatch, m?: Pick<Manifest, 'routing'>): string {
  if (!match.hostRule) return 'routing.default (no host rule matched)';
  const entry = hostEntries(m?.routing)[match.hostRule.index];
  const host = entry ? formatPath(entry.source) : `routing.hosts[${match.hostRule.index}]`;
  if (!match.pathRule) return `${entry?.source.length === 1 ? 'routing.default' : `${host}.backend`} (host "${match.hostRule.pattern}", no path rule matched)`;
  return `${host}.paths[${match.pathRule.index}] (host "${match.hostRule.pattern}", path "${match.pathRule.path}")`;
}

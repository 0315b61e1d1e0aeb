/**
 * The host entries a manifest's routing compiles to, in order: one per `routing.hosts` entry, then,
 * for `routing.paths`, one for every other host (`*`) whose default is `routing.default`. Compile,
 * validation and `explain` all read routing through this, so they agree on the URL map.
 */
import type { YamlPath } from './diagnostic.js';
import type { PathRuleSpec, RoutingSpec } from './schema.js';

export interface HostEntry {
  readonly hosts: readonly string[];
  readonly backend: string;
  readonly paths: readonly PathRuleSpec[];
  /** The path matcher's name, when the manifest gives it. */
  readonly pathMatcher?: string;
  /** Where it is written: `routing.hosts[i]`, or `routing` for `routing.paths`. */
  readonly source: YamlPath;
}

export function hostEntries(routing: RoutingSpec | undefined): HostEntry[] {
  const out: HostEntry[] = (routing?.hosts ?? []).map((h, i) => ({ hosts: h.hosts, backend: h.backend, paths: h.paths ?? [], ...(h.pathMatcher ? { pathMatcher: h.pathMatcher } : {}), source: ['routing', 'hosts', i] }));
  if (routing?.paths && routing.paths.length > 0) out.push({ hosts: ['*'], backend: routing.default, paths: routing.paths, source: ['routing'] });
  return out;
}

/**
 * A URL map's routing in manifest terms: default backend, host rules with their path matchers
 * (named, so the URL map keeps its matcher names), path rules to backends, and its tests.
 */
import { matcherName } from '../compile/index.js';
import type { LiveResource } from '../gcp/read.js';
import type { HostRuleSpec, Manifest, PathRuleSpec, RoutingSpec } from '../manifest/schema.js';
import { addressOfUrl } from '../plan/steps.js';
import { shortRef } from '../plan/normalize.js';
import type { Finding } from './types.js';

type Rec = Record<string, unknown>;

/** Backend keys by backend service address. */
export type KeyOf = (url: unknown) => string | undefined;

export function keyResolver(keys: ReadonlyMap<string, string>, map: LiveResource, findings: Finding[]): KeyOf {
  return (url) => {
    if (typeof url !== 'string') return undefined;
    const key = keys.get(addressOfUrl(url) ?? '');
    if (key === undefined) findings.push({ where: map.address, what: `a route to ${shortRef(url)} cannot be expressed (a manifest routes to its serverless backend services only); it is left out` });
    return key;
  };
}

function hostRulesOf(map: LiveResource, keyOf: KeyOf, findings: Finding[]): HostRuleSpec[] {
  const matchers = new Map(((map.body.pathMatchers as Rec[] | undefined) ?? []).map((pm) => [String(pm.name), pm]));
  const out: HostRuleSpec[] = [];
  for (const hr of (map.body.hostRules as Rec[] | undefined) ?? []) {
    const pm = matchers.get(String(hr.pathMatcher));
    const backend = pm ? keyOf(pm.defaultService) : undefined;
    if (!pm || backend === undefined) {
      findings.push({ where: `${map.address} hostRules (${JSON.stringify(hr.hosts)})`, what: `host rule without a path matcher that defaults to a backend service; it is left out` });
      continue;
    }
    const paths: PathRuleSpec[] = ((pm.pathRules as Rec[] | undefined) ?? []).flatMap((pr) => {
      if (pr.service === undefined) return []; // a redirect or route action: reported by the field check
      const b = keyOf(pr.service);
      return b === undefined ? [] : [{ paths: [...((pr.paths as string[] | undefined) ?? [])], backend: b }];
    });
    out.push({ hosts: [...((hr.hosts as string[] | undefined) ?? [])], pathMatcher: String(pm.name), backend, ...(paths.length > 0 ? { paths } : {}) });
  }
  return dropGeneratedMatcherNames(out);
}

/** Leaves out matcher names compile would generate anyway (an lb-plan-made URL map imports as it was written). */
function dropGeneratedMatcherNames(rules: HostRuleSpec[]): HostRuleSpec[] {
  const used = new Set<string>();
  // As compile names them: after the first host in sorted order, lower case.
  const generated = rules.map((r) => matcherName(r.hosts.map((h) => h.toLowerCase()).sort(), used));
  if (generated.some((g, i) => g !== rules[i]!.pathMatcher)) return rules;
  return rules.map(({ pathMatcher: _m, ...r }) => r);
}

/** `routing:` and `tests:` of the manifest; routing is left out when one backend takes every request. */
export function routingOf(map: LiveResource, keyOf: KeyOf, backendCount: number, findings: Finding[]): { routing?: RoutingSpec; tests?: Manifest['tests'] } {
  const def = keyOf(map.body.defaultService);
  const hosts = hostRulesOf(map, keyOf, findings);
  const tests = ((map.body.tests as Rec[] | undefined) ?? []).flatMap((t) => {
    if (t.service === undefined) return [];
    const backend = keyOf(t.service);
    return backend === undefined ? [] : [{ url: `http://${String(t.host)}${String(t.path)}`, backend }];
  });
  const routing: RoutingSpec | undefined = def === undefined ? undefined : hosts.length > 0 || backendCount > 1 ? { default: def, ...(hosts.length > 0 ? { hosts } : {}) } : undefined;
  return { ...(routing ? { routing } : {}), ...(tests.length > 0 ? { tests } : {}) };
}

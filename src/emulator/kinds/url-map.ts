import { baseFields, fingerprintOf, mustExist, type Ctx } from '../context.js';
import { errors } from '../errors.js';
import { parseRef, selfLinkOf, type Ref } from '../refs.js';
import type { Json } from '../store.js';
import type { KindSpec } from './types.js';
import { matchUrlMap } from '../../routing/match.js';
import { parseRequestUrl } from '../../routing/url.js';

interface ServiceField {
  readonly field: string;
  readonly value: unknown;
  readonly set: (url: string) => void;
}

/** Every place a URL map names a backend service, with a setter to write the normalized link. */
function serviceFields(body: Json): ServiceField[] {
  const out: ServiceField[] = [];
  const at = (obj: Json, key: string, field: string): void => {
    if (obj[key] !== undefined) out.push({ field, value: obj[key], set: (u) => (obj[key] = u) });
  };
  const action = (a: Json | undefined, field: string): void => {
    ((a?.weightedBackendServices as Json[] | undefined) ?? []).forEach((w, i) => at(w, 'backendService', `${field}.weightedBackendServices[${i}].backendService`));
  };
  at(body, 'defaultService', 'resource.defaultService');
  action(body.defaultRouteAction as Json | undefined, 'resource.defaultRouteAction');
  ((body.pathMatchers as Json[] | undefined) ?? []).forEach((pm, i) => {
    const f = `resource.pathMatchers[${i}]`;
    at(pm, 'defaultService', `${f}.defaultService`);
    action(pm.defaultRouteAction as Json | undefined, `${f}.defaultRouteAction`);
    ((pm.pathRules as Json[] | undefined) ?? []).forEach((r, j) => {
      at(r, 'service', `${f}.pathRules[${j}].service`);
      action(r.routeAction as Json | undefined, `${f}.pathRules[${j}].routeAction`);
    });
    ((pm.routeRules as Json[] | undefined) ?? []).forEach((r, j) => {
      at(r, 'service', `${f}.routeRules[${j}].service`);
      action(r.routeAction as Json | undefined, `${f}.routeRules[${j}].routeAction`);
    });
  });
  return out;
}

function validate(ctx: Ctx, ref: Ref, input: Json): Json {
  const body = structuredClone(input);
  const defaults = [body.defaultService !== undefined, body.defaultUrlRedirect !== undefined, ((body.defaultRouteAction as Json | undefined)?.weightedBackendServices as unknown[] | undefined)?.length ? true : false];
  if (defaults.filter(Boolean).length > 1) {
    throw errors.invalidField('resource.defaultService', body.defaultService ?? '', 'Only one of defaultService, defaultUrlRedirect, or defaultRouteAction.weightedBackendService must be set.');
  }
  const matchers = (body.pathMatchers as Json[] | undefined) ?? [];
  const names = new Set<string>();
  matchers.forEach((pm, i) => {
    if (typeof pm.name !== 'string' || !/^[a-z](?:[-a-z0-9]{0,61}[a-z0-9])?$/.test(pm.name)) throw errors.invalidField(`resource.pathMatchers[${i}].name`, pm.name ?? '', "Must be a match of regex '(?:[a-z](?:[-a-z0-9]{0,61}[a-z0-9])?)'");
    if (names.has(pm.name)) throw errors.invalidField(`resource.pathMatchers[${i}].name`, pm.name, 'Duplicate path matcher name.');
    names.add(pm.name);
    if (pm.pathRules !== undefined && pm.routeRules !== undefined) throw errors.invalidField(`resource.pathMatchers[${i}]`, pm.name, 'Only one of pathRules or routeRules must be set.');
    ((pm.pathRules as Json[] | undefined) ?? []).forEach((r, j) => {
      for (const [k, p] of ((r.paths as string[] | undefined) ?? []).entries()) {
        if (!p.startsWith('/') || (p.includes('*') && !p.endsWith('/*'))) throw errors.invalidField(`resource.pathMatchers[${i}].pathRules[${j}].paths[${k}]`, p, "Path must start with '/' and may contain '*' only at the end, after a '/'.");
      }
    });
  });
  const seenHosts = new Map<string, number>();
  ((body.hostRules as Json[] | undefined) ?? []).forEach((h, i) => {
    if (!names.has(String(h.pathMatcher))) throw errors.invalidField(`resource.hostRules[${i}].pathMatcher`, h.pathMatcher ?? '', 'The path matcher does not exist in the URL map.');
    for (const host of (h.hosts as string[] | undefined) ?? []) {
      if (!/^(\*|\*[.-][a-z0-9.-]*[a-z0-9]|[a-z0-9]([a-z0-9.-]*[a-z0-9])?)(:\d+)?$/.test(host)) throw errors.invalidField(`resource.hostRules[${i}].hosts`, host, 'Invalid host.');
      const j = seenHosts.get(host);
      if (j !== undefined) throw errors.invalidField(`resource.hostRules[${i}].hosts`, host, `Duplicate host '${host}' in host rules.`);
      seenHosts.set(host, i);
    }
  });
  const schemes = new Set<string>();
  for (const f of serviceFields(body)) {
    const target = parseRef(f.value, f.field, ref.project, 'backendServices');
    const bs = mustExist(ctx, target);
    schemes.add(String(bs.loadBalancingScheme));
    f.set(selfLinkOf(target));
  }
  if (schemes.has('EXTERNAL')) {
    if (matchers.some((pm) => pm.routeRules !== undefined)) throw errors.invalid('Advanced routing rules are not supported for scheme EXTERNAL');
    if (body.headerAction !== undefined || matchers.some((pm) => pm.headerAction !== undefined)) throw errors.invalidField('resource.headerAction', '', 'headerAction is not supported for load balancers with loadBalancingScheme EXTERNAL.');
  }
  runTests(ctx, ref, body);
  return body;
}

/** GCP takes at most 100 tests per URL map (UrlMap.tests). */
const MAX_TESTS = 100;

/**
 * The URL map's `tests`, run on every insert and update as GCP runs them: "Request to update the
 * UrlMap succeeds only if all test cases pass" (UrlMap.tests). A failing test fails the request with
 * 400 invalid, in the words of Google's "Use URL maps" page, "Add tests to a URL map" [DOC]; the
 * services in the message are written as full URLs [INFERRED]. The 100-test message and the
 * required host and path are [INFERRED] (the limit is the discovery document's). Test services are
 * references like the map's own (normalized, must exist) but not uses of the backend service: a
 * test does not hold it in use.
 */
function runTests(ctx: Ctx, ref: Ref, body: Json): void {
  const tests = (body.tests as Json[] | undefined) ?? [];
  if (tests.length > MAX_TESTS) throw errors.invalidField('resource.tests', '', `At most ${MAX_TESTS} tests are allowed per URL map, found ${tests.length}.`);
  tests.forEach((t, i) => {
    if (typeof t.host !== 'string' || t.host === '') throw errors.required(`resource.tests[${i}].host`);
    if (typeof t.path !== 'string' || t.path === '') throw errors.required(`resource.tests[${i}].path`);
    if (t.service !== undefined) {
      const target = parseRef(t.service, `resource.tests[${i}].service`, ref.project, 'backendServices');
      mustExist(ctx, target);
      t.service = selfLinkOf(target);
    }
  });
  for (const t of tests) {
    if (t.service === undefined) continue; // expectedOutputUrl / redirect tests: not modelled
    const parsed = parseRequestUrl(`http://${String(t.host)}${String(t.path).startsWith('/') ? '' : '/'}${String(t.path)}`);
    const outcome = parsed.ok ? matchUrlMap(body, parsed.request).outcome : undefined;
    const actual = outcome?.type === 'service' ? selfLinkOf(parseRef(outcome.service, 'resource.tests', ref.project, 'backendServices')) : '';
    if (actual !== t.service) {
      throw errors.invalidField('urlMap.tests', '', `Test failure: Expect URL '${String(t.host)}${String(t.path)}' to map to service '${String(t.service)}', but actually mapped to '${actual}'.`);
    }
  }
}

export const urlMaps: KindSpec = {
  collection: 'urlMaps',
  schema: 'UrlMap',
  kindName: 'compute#urlMap',
  regional: false,
  word: 'url_map',
  fingerprint: 'required',
  labels: false,
  references: (ref, body) => serviceFields(body).map((f) => parseRef(f.value, f.field, ref.project, 'backendServices')),
  create(ctx, ref, body) {
    const out = { ...baseFields(ctx, ref, this.kindName), ...validate(ctx, ref, body) };
    return { ...out, fingerprint: fingerprintOf(out) };
  },
  change(ctx, ref, _prev, next) {
    const out = validate(ctx, ref, next);
    return { ...out, fingerprint: fingerprintOf(out) };
  },
};

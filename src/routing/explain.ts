/**
 * `explain`: where a URL goes, from a set of Compute resources (compiled from a manifest, or read
 * live): URL map → host rule → path matcher → path rule → backend service → per region the
 * serverless NEG and the application it calls. Pure: the caller supplies the resources.
 */
import { relativePath, type Scope } from '../model/address.js';
import type { ResourceKind } from '../model/kinds.js';
import { matchUrlMap, type UrlMapMatch } from './match.js';
import { negTarget, type NegTarget } from './target.js';
import { parseRequestUrl, type RequestUrl } from './url.js';

type Body = Readonly<Record<string, unknown>>;

/** One Compute resource explain may follow a reference to. */
export interface RoutingResource {
  readonly kind: ResourceKind;
  readonly scope: Scope;
  readonly name: string;
  readonly body: Body;
  /** For a backend service compiled from a manifest: its key under `backends`. */
  readonly backend?: string;
}

/** The resources of one project, found by the references bodies carry. */
export interface RoutingView {
  readonly project: string;
  /** By relative path: `projects/p/global/backendServices/x`, `projects/p/regions/r/networkEndpointGroups/n`. */
  readonly byPath: ReadonlyMap<string, RoutingResource>;
}

export function routingView(project: string, resources: Iterable<RoutingResource>): RoutingView {
  const byPath = new Map<string, RoutingResource>();
  for (const r of resources) byPath.set(relativePath(project, r.kind, r.scope, r.name), r);
  return { project, byPath };
}

/**
 * A reference in any form GCP accepts — `https://www.googleapis.com/compute/v1/projects/p/global/x/y`,
 * `compute/beta/projects/…`, `projects/p/global/x/y`, `global/x/y` — as `projects/p/global/x/y`.
 */
export function relPath(ref: string, project: string): string {
  const m = /(?:^|\/)(projects\/[^/]+\/.+)$/.exec(ref);
  if (m) return m[1]!;
  return `projects/${project}/${ref.replace(/^\/+/, '')}`;
}

/** One region's serverless NEG and the application it sends the request to. */
export interface RegionTarget extends NegTarget {
  readonly region: string;
  readonly neg: string;
}

/** How one URL map routes one URL, down to the serverless applications. */
export interface Explanation extends UrlMapMatch {
  readonly url: string;
  readonly urlMap: string;
  /** When the outcome is a backend service: its name, its manifest key, and whether it exists. */
  readonly backendService?: { readonly name: string; readonly backend?: string; readonly found: boolean };
  /** One entry per backend of the service (a serverless NEG per region), sorted by region. */
  readonly regions: readonly RegionTarget[];
}

const lastSegment = (path: string): string => path.split('/').pop() ?? path;

/** Explains `req` against the URL map named `urlMap`; undefined when the view has no such URL map. */
export function explainUrl(view: RoutingView, urlMap: string, req: RequestUrl): Explanation | undefined {
  const map = view.byPath.get(relativePath(view.project, 'urlMap', { type: 'global' }, urlMap));
  if (!map) return undefined;
  const match = matchUrlMap(map.body, req);
  const base = { url: req.url, urlMap, ...match };
  if (match.outcome.type !== 'service') return { ...base, regions: [] };
  const path = relPath(match.outcome.service, view.project);
  const service = view.byPath.get(path);
  const name = lastSegment(path);
  if (!service || service.kind !== 'backendService') return { ...base, backendService: { name, found: false }, regions: [] };
  const groups = Array.isArray(service.body.backends) ? (service.body.backends as Body[]) : [];
  const regions = groups
    .map((g): RegionTarget => {
      const negPath = relPath(String(g.group ?? ''), view.project);
      const region = /\/regions\/([^/]+)\//.exec(negPath)?.[1] ?? /\/zones\/([^/]+)\//.exec(negPath)?.[1] ?? 'global';
      const neg = view.byPath.get(negPath);
      if (!neg || neg.kind !== 'regionNetworkEndpointGroup') return { region, neg: lastSegment(negPath), problem: neg ? 'not a serverless NEG' : 'not found' };
      return { region, neg: neg.name, ...negTarget(neg.body, req) };
    })
    .sort((a, b) => a.region.localeCompare(b.region) || a.neg.localeCompare(b.neg));
  return { ...base, backendService: { name: service.name, ...(service.backend ? { backend: service.backend } : {}), found: true }, regions };
}

/** A URL followed through a load balancer's frontend: the proxy for its scheme, and one HTTPS redirect. */
export interface FrontendExplanation {
  readonly url: string;
  /** The URL maps in the order the request meets them (a second one after an HTTP-to-HTTPS redirect). */
  readonly steps: readonly Explanation[];
  readonly notes: readonly string[];
}

/**
 * Explains `req` as the load balancer in `view` serves it: HTTPS through the target HTTPS proxy's
 * URL map, HTTP through the target HTTP proxy's (the redirect map, with `redirectHttp`), following
 * a redirect to the same load balancer once. Without a proxy for the scheme, the other proxy's
 * URL map is explained, with a note.
 */
export function explainThroughFrontend(view: RoutingView, req: RequestUrl): FrontendExplanation {
  const notes: string[] = [];
  const steps: Explanation[] = [];
  let current: RequestUrl | undefined = req;
  for (let hop = 0; current && hop < 2; hop++) {
    const map = frontendMap(view, current.scheme);
    if (!map) {
      notes.push('the load balancer has no target proxy with a URL map');
      break;
    }
    if (!map.served) notes.push(`the load balancer serves no ${current.scheme.toUpperCase()} (no target ${current.scheme.toUpperCase()} proxy): explained with the URL map of its ${current.scheme === 'https' ? 'HTTP' : 'HTTPS'} proxy`);
    const step = explainUrl(view, map.name, current);
    if (!step) {
      notes.push(`URL map ${map.name} is not part of this load balancer`);
      break;
    }
    steps.push(step);
    if (step.outcome.type !== 'redirect' || !map.served) break;
    const from: RequestUrl = current;
    const next = parseRequestUrl(step.outcome.location);
    // Followed only to this load balancer's other scheme (the HTTP-to-HTTPS redirect).
    current = next.ok && next.request.hostname === from.hostname && next.request.scheme !== from.scheme ? next.request : undefined;
  }
  return { url: req.url, steps, notes };
}

function frontendMap(view: RoutingView, scheme: 'http' | 'https'): { name: string; served: boolean } | undefined {
  const proxies = [...view.byPath.values()].filter((r) => r.kind === 'targetHttpProxy' || r.kind === 'targetHttpsProxy');
  const wanted = scheme === 'https' ? 'targetHttpsProxy' : 'targetHttpProxy';
  const own = proxies.find((p) => p.kind === wanted && typeof p.body.urlMap === 'string');
  if (own) return { name: lastSegment(String(own.body.urlMap)), served: true };
  const other = proxies.find((p) => typeof p.body.urlMap === 'string');
  return other ? { name: lastSegment(String(other.body.urlMap)), served: false } : undefined;
}

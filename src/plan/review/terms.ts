/**
 * The manifest's words for what lb-plan manages: which backend key a backend service or NEG comes
 * from, the routes a URL map holds, what a serverless NEG points at. Pure functions over canonical
 * forms (./normalize.ts), shared by the create descriptions and the change descriptions.
 */
import { ownerOf } from '../../model/names.js';
import { isRec, list } from '../../util/data.js';

export { isRec, list };

type Rec = Record<string, unknown>;
export const str = (x: unknown): string => (typeof x === 'string' ? x : JSON.stringify(x) ?? '');

/** The last segment of a reference (`projects/p/global/urlMaps/lb` → `lb`). */
export function refName(ref: unknown): string {
  return typeof ref === 'string' ? ref.split('/').pop()! : str(ref);
}

/** The region of a regional reference, if any. */
export function refRegion(ref: unknown): string | undefined {
  return typeof ref === 'string' ? /\/regions\/([^/]+)\//.exec(ref)?.[1] : undefined;
}

/** The backend key behind a backend service name: `shop-web` → `web` for load balancer `shop`. */
export function backendKey(lb: string, serviceName: string): string {
  return serviceName.startsWith(`${lb}-`) ? serviceName.slice(lb.length + 1) : serviceName;
}

/** The name without lb-plan's content hash: `shop-cert-1a2b3c4d` → `shop-cert`. */
export function withoutHash(name: string): string {
  return /^(.*)-[0-9a-f]{8}$/.exec(name)?.[1] ?? name;
}

/** The user's part of a description lb-plan wrote (its ownership marker and record taken off). */
export function userDescription(description: unknown): string {
  if (typeof description !== 'string') return '';
  const owner = ownerOf(description);
  return owner ? description.slice(0, description.length - `[managed by lb-plan: ${owner}]`.length).trim() : description;
}

/** What a serverless NEG points at, from its canonical form: `Cloud Run service hello (tag blue)`. */
export function negTarget(c: Rec): string {
  const mask = (o: Rec): string => (o.urlMask ? ` by URL mask ${str(o.urlMask)}` : '');
  if (isRec(c.cloudRun)) return `Cloud Run ${c.cloudRun.service ? `service ${str(c.cloudRun.service)}` : 'services'}${c.cloudRun.tag ? ` (tag ${str(c.cloudRun.tag)})` : ''}${mask(c.cloudRun)}`;
  if (isRec(c.cloudFunction)) return `Cloud Functions ${c.cloudFunction.function ? `function ${str(c.cloudFunction.function)}` : 'functions'}${mask(c.cloudFunction)}`;
  if (isRec(c.appEngine)) return `App Engine service ${str(c.appEngine.service ?? 'default')}${c.appEngine.version ? ` version ${str(c.appEngine.version)}` : ''}${mask(c.appEngine)}`;
  if (isRec(c.serverlessDeployment)) return `API Gateway ${c.serverlessDeployment.resource ? `gateway ${str(c.serverlessDeployment.resource)}` : 'gateways'}${mask(c.serverlessDeployment)}`;
  return 'a serverless target';
}

/** One route of a URL map: where requests come from (host, path) and the backend they reach. */
export interface Route {
  /**
   * `anything else` (the map's default), `shop.example.com`, `shop.example.com /api/*`, `/api/*` (any
   * host). No host can read as the default (a host has no space), so no route hides another.
   */
  readonly where: string;
  readonly backend: string;
}

/**
 * Every route of a URL map, one per host and path: GCP treats hosts and paths as sets, so a route
 * is compared by where it starts, never by its position in a list. A host rule of `*` (routing.paths)
 * reads as "any host".
 */
export function routes(lb: string, c: Rec): Route[] {
  const backend = (ref: unknown): string => backendKey(lb, refName(ref));
  const out: Route[] = [];
  if (c.defaultService !== undefined) out.push({ where: 'anything else', backend: backend(c.defaultService) });
  const matchers = new Map(list(c.pathMatchers).filter(isRec).map((m) => [str(m.name), m]));
  for (const rule of list(c.hostRules).filter(isRec)) {
    const m = matchers.get(str(rule.pathMatcher));
    if (!m) continue;
    for (const host of list(rule.hosts).map(str)) {
      const prefix = host === '*' ? '' : `${host} `;
      out.push({ where: host === '*' ? 'any host' : host, backend: backend(m.defaultService) });
      for (const pr of list(m.pathRules).filter(isRec)) for (const p of list(pr.paths).map(str)) out.push({ where: `${prefix}${p}`, backend: backend(pr.service) });
    }
  }
  return out.sort((a, b) => (a.where < b.where ? -1 : a.where > b.where ? 1 : 0));
}

/** The host rules of a URL map in the manifest's shape: `shop.example.com, www.shop.example.com: → web; /api/* → api`. */
export function hostLines(lb: string, c: Rec): string[] {
  const backend = (ref: unknown): string => backendKey(lb, refName(ref));
  const matchers = new Map(list(c.pathMatchers).filter(isRec).map((m) => [str(m.name), m]));
  return list(c.hostRules)
    .filter(isRec)
    .map((rule) => {
      const m = matchers.get(str(rule.pathMatcher));
      const hosts = list(rule.hosts).map(str);
      const paths = list(m?.pathRules).filter(isRec).map((pr) => `${list(pr.paths).map(str).join(', ')} → ${backend(pr.service)}`);
      const who = hosts.length === 1 && hosts[0] === '*' ? 'any host' : `host ${hosts.join(', ')}`;
      return `${who}: ${[...paths, `anything else → ${m ? backend(m.defaultService) : '?'}`].join('; ')}`;
    });
}

/** `a=b, c=d` */
export function labelText(labels: unknown): string {
  return isRec(labels) && Object.keys(labels).length ? Object.entries(labels).map(([k, v]) => `${k}=${str(v)}`).join(', ') : 'none';
}

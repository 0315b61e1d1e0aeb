/**
 * Which Cloud Run services a compiled load balancer sends requests to: each serverless NEG that
 * names a service (or a function), and for a URL-mask NEG the services its mask extracts from the
 * manifest's `tests:` URLs (GCP's matching, src/routing). Pure.
 */
import type { CompiledLoadBalancer, DesiredResource } from '../compile/types.js';
import { explainUrl, routingView } from '../routing/explain.js';
import { parseRequestUrl } from '../routing/url.js';
import type { ServiceTarget } from './types.js';

type Body = Readonly<Record<string, unknown>>;

const obj = (x: unknown): Body | undefined => (x && typeof x === 'object' && !Array.isArray(x) ? (x as Body) : undefined);
const str = (x: unknown): string | undefined => (typeof x === 'string' && x !== '' ? x : undefined);

/** A URL-mask NEG, for the note when no test reaches it. */
export interface MaskNeg {
  readonly neg: string;
  readonly region: string;
  readonly urlMask: string;
  readonly platform: ServiceTarget['platform'];
}

export interface Targets {
  readonly targets: readonly ServiceTarget[];
  /** URL-mask NEGs of Cloud Run or Cloud Functions that no `tests:` URL reaches. */
  readonly untestedMasks: readonly MaskNeg[];
}

interface Draft {
  platform: ServiceTarget['platform'];
  region: string;
  service: string;
  tags: Set<string>;
  negs: Set<string>;
  backends: Set<string>;
  urls: Set<string>;
}

function backendKey(r: DesiredResource): string | undefined {
  return r.source[0] === 'backends' && typeof r.source[1] === 'string' ? r.source[1] : undefined;
}

/** What one NEG (for one test URL, with a mask) sends requests to. */
interface Hit {
  readonly platform: ServiceTarget['platform'];
  readonly region: string;
  readonly service: string;
  readonly tag?: string;
}

/** The services `lb` reaches, one target per platform + region + service (the tags used gathered). */
export function serviceTargets(lb: CompiledLoadBalancer): Targets {
  const drafts = new Map<string, Draft>();
  const add = (t: Hit, neg: string, backend: string | undefined, url?: string): void => {
    const key = [t.platform, t.region, t.service].join('|');
    let d = drafts.get(key);
    if (!d) drafts.set(key, (d = { platform: t.platform, region: t.region, service: t.service, tags: new Set(), negs: new Set(), backends: new Set(), urls: new Set() }));
    if (t.tag) d.tags.add(t.tag);
    d.negs.add(neg);
    if (backend) d.backends.add(backend);
    if (url) d.urls.add(url);
  };
  const masks = new Map<string, MaskNeg>();
  const negs = lb.resources.filter((r) => r.kind === 'regionNetworkEndpointGroup' && r.scope.type === 'region');
  for (const r of negs) {
    const region = r.scope.type === 'region' ? r.scope.region : '';
    const run = obj(r.body.cloudRun);
    const fn = obj(r.body.cloudFunction);
    const spec = run ?? fn;
    if (!spec) continue; // App Engine and API Gateway are not Cloud Run services
    const platform = run ? 'cloudRun' : 'cloudFunctions';
    const urlMask = str(spec.urlMask);
    if (urlMask) masks.set(`${region}/${r.name}`, { neg: r.name, region, urlMask, platform });
    else {
      const service = run ? str(run.service) : str(fn?.function);
      if (service) add({ platform, region, service, ...(run && str(run.tag) ? { tag: str(run.tag)! } : {}) }, r.name, backendKey(r));
    }
  }
  if (masks.size > 0) {
    for (const hit of maskHits(lb)) {
      masks.delete(`${hit.region}/${hit.neg}`);
      add(hit.target, hit.neg, hit.backend, hit.url);
    }
  }
  return { targets: [...drafts.values()].map(freeze).sort(byName), untestedMasks: [...masks.values()] };
}

/** Each test URL of each URL map, through the map, to the URL-mask NEGs it reaches and what their masks extract. */
interface MaskHit {
  readonly neg: string;
  readonly region: string;
  readonly backend: string | undefined;
  readonly url: string;
  readonly target: Hit;
}

function maskHits(lb: CompiledLoadBalancer): MaskHit[] {
  const view = routingView(
    lb.project,
    lb.resources.map((r) => ({ kind: r.kind, scope: r.scope, name: r.name, body: r.body, ...(r.kind === 'backendService' && backendKey(r) ? { backend: backendKey(r)! } : {}) })),
  );
  const out: MaskHit[] = [];
  for (const map of lb.resources.filter((r) => r.kind === 'urlMap')) {
    const tests = Array.isArray(map.body.tests) ? (map.body.tests as Body[]) : [];
    for (const t of tests) {
      const parsed = parseRequestUrl(`https://${String(t.host ?? '')}${String(t.path ?? '/')}`);
      if (!parsed.ok) continue;
      const step = explainUrl(view, map.name, parsed.request);
      for (const region of step?.regions ?? []) {
        if (!region.urlMask || !region.app) continue;
        const app = region.app;
        if (app.platform !== 'cloudRun' && app.platform !== 'cloudFunctions') continue;
        const service = app.platform === 'cloudRun' ? app.service : app.function;
        const tag = app.platform === 'cloudRun' ? app.tag : undefined;
        out.push({ neg: region.neg, region: region.region, backend: step?.backendService?.backend, url: parsed.request.url, target: { platform: app.platform, region: region.region, service, ...(tag ? { tag } : {}) } });
      }
    }
  }
  return out;
}

function freeze(d: Draft): ServiceTarget {
  return { platform: d.platform, region: d.region, service: d.service, tags: sorted(d.tags), negs: sorted(d.negs), backends: sorted(d.backends), urls: sorted(d.urls) };
}

/** A set's members, sorted (most hold one or none: no sort to run then). */
function sorted(s: ReadonlySet<string>): string[] {
  const out = Array.from(s);
  return out.length > 1 ? out.sort() : out;
}

// One collator for the thousands of comparisons of a large load balancer (localeCompare builds its own).
let collator: Intl.Collator | undefined;

function byName(a: ServiceTarget, b: ServiceTarget): number {
  const c = (collator ??= new Intl.Collator());
  return c.compare(a.service, b.service) || c.compare(a.region, b.region) || c.compare(a.platform, b.platform);
}

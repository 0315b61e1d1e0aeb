/**
 * The load balancer's topology as the guide draws it: forwarding rules → proxies → URL maps →
 * backend services → NEGs → serverless services, with addresses, certificates and policies
 * beside them. Built from the compiled resources; rendered as Mermaid, DOT or JSON.
 */
import type { CompiledLoadBalancer } from '../compile/index.js';
import { resourceAddress, GLOBAL, type Scope } from '../model/address.js';
import { KIND_INFO, type ResourceKind } from '../model/kinds.js';

export type NodeRole = 'owned' | 'existing' | 'serverless' | 'removed';

/** What a backend service does besides routing, shown on its node. */
export type BackendFeature = 'CDN' | 'IAP' | 'Cloud Armor';

export interface TopologyNode {
  readonly id: string;
  readonly kind: ResourceKind | 'sslPolicy' | 'cloudRun' | 'cloudFunctions' | 'appEngine' | 'apiGateway';
  readonly name: string;
  readonly region?: string;
  readonly role: NodeRole;
  readonly api?: 'v1' | 'beta';
  /** Backend services: CDN, IAP, Cloud Armor, when on. */
  readonly features?: readonly BackendFeature[];
  /** Managed certificates: the domains they cover. */
  readonly domains?: readonly string[];
}

/** An edge in the direction traffic (and references) flow: the `from` resource points at `to`. */
export interface TopologyEdge {
  readonly from: string;
  readonly to: string;
  /** URL map → backend service: the requests routed there, `host/path` (`/*` for any host), `default` for the map's default. */
  readonly routes?: readonly string[];
}

export interface Topology {
  readonly name: string;
  readonly project: string;
  readonly nodes: readonly TopologyNode[];
  readonly edges: readonly TopologyEdge[];
}

/**
 * What a plan removes, for drawing it beside what stays: the plan's resource changes (structurally,
 * so this module needs nothing from src/plan). A deleted resource is drawn as removed, linked from
 * whatever referred to it before.
 */
export interface RemovedView {
  readonly resources: readonly { readonly address: string; readonly kind: ResourceKind; readonly scope: Scope; readonly name: string; readonly action: string; readonly before?: Readonly<Record<string, unknown>> }[];
}

const PLATFORM_LABEL = { cloudRun: 'Cloud Run', cloudFunctions: 'Cloud Functions', appEngine: 'App Engine', apiGateway: 'API Gateway' } as const;

/** A compiled resource as a node: region, API, backend features, certificate domains. */
function ownedNode(r: CompiledLoadBalancer['resources'][number]): TopologyNode {
  const body = r.body;
  const features: BackendFeature[] = [];
  if (r.kind === 'backendService') {
    if (body.enableCDN === true) features.push('CDN');
    if ((body.iap as { enabled?: boolean } | undefined)?.enabled === true) features.push('IAP');
    if (r.setters.some((s) => s.field === 'securityPolicy' && s.body.securityPolicy)) features.push('Cloud Armor');
  }
  const domains = r.kind === 'sslCertificate' ? (body.managed as { domains?: string[] } | undefined)?.domains : undefined;
  return { id: r.address, kind: r.kind, name: r.name, ...(r.scope.type === 'region' ? { region: r.scope.region } : {}), role: 'owned', api: r.api, ...(features.length ? { features } : {}), ...(domains?.length ? { domains } : {}) };
}

/** The last segment of a Compute link or short reference as a backend service address. */
function serviceAddress(link: unknown): string | undefined {
  return typeof link === 'string' && link.includes('/backendServices/') ? `backendService/${link.split('/').pop()}` : undefined;
}

/**
 * Which requests a URL map body sends to each backend service: `host/path` per host rule and path
 * rule (`/api/*` when the rule is for every host), `host/*` for a host's default, `default` for the
 * map's. In the order GCP evaluates them.
 */
export function routesOf(body: Readonly<Record<string, unknown>>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const add = (link: unknown, route: string): void => {
    const to = serviceAddress(link);
    if (to) out.set(to, [...(out.get(to) ?? []), route]);
  };
  type Matcher = { name?: string; defaultService?: string; pathRules?: { paths?: string[]; service?: string }[] };
  const matchers = new Map(((body.pathMatchers as Matcher[] | undefined) ?? []).map((m) => [m.name, m]));
  for (const rule of (body.hostRules as { hosts?: string[]; pathMatcher?: string }[] | undefined) ?? []) {
    const m = matchers.get(rule.pathMatcher);
    for (const host of rule.hosts ?? []) {
      const h = host === '*' ? '' : host;
      for (const pr of m?.pathRules ?? []) for (const path of pr.paths ?? []) add(pr.service, `${h}${path}`);
      add(m?.defaultService, `${h}/*`);
    }
  }
  add(body.defaultService, 'default');
  return out;
}

/** Nodes and edges for what the plan removes: each deleted resource, linked from what referred to it before. */
function removedParts(plan: RemovedView, nodes: Map<string, TopologyNode>, edges: TopologyEdge[]): void {
  const removed = plan.resources.filter((r) => r.action === 'delete' && !nodes.has(r.address));
  for (const r of removed) nodes.set(r.address, { id: r.address, kind: r.kind, name: r.name, ...(r.scope.type === 'region' ? { region: r.scope.region } : {}), role: 'removed' });
  for (const d of removed) {
    const where = d.scope.type === 'region' ? `/regions/${d.scope.region}/` : '/global/';
    const tail = `${where}${KIND_INFO[d.kind].segment}/${d.name}`;
    for (const r of plan.resources) if (r.address !== d.address && r.before && JSON.stringify(r.before).includes(`${tail}"`)) edges.push({ from: r.address, to: d.address });
  }
}

/** The topology the compiled manifest describes; with a plan, also what the plan removes. */
export function topology(lb: CompiledLoadBalancer, plan?: RemovedView): Topology {
  const nodes = new Map<string, TopologyNode>();
  const edges: TopologyEdge[] = [];
  for (const r of lb.resources) nodes.set(r.address, ownedNode(r));
  for (const r of lb.resources) {
    const routes = r.kind === 'urlMap' ? routesOf(r.body) : undefined;
    for (const d of r.dependsOn) edges.push({ from: r.address, to: d, ...(routes?.get(d) ? { routes: routes.get(d) } : {}) });
    for (const ref of r.references) {
      const id = ref.kind === 'sslPolicy' ? `sslPolicy/${ref.name}` : resourceAddress(ref.kind, GLOBAL, ref.name);
      if (!nodes.has(id)) nodes.set(id, { id, kind: ref.kind, name: ref.name, role: 'existing' });
      edges.push({ from: r.address, to: id });
    }
  }
  for (const s of lb.serverless) {
    const id = `${s.platform}/${s.region}/${s.label}`;
    if (!nodes.has(id)) nodes.set(id, { id, kind: s.platform, name: s.label, region: s.region, role: 'serverless' });
    edges.push({ from: s.neg, to: id });
  }
  if (plan) removedParts(plan, nodes, edges);
  const order = ['globalForwardingRule', 'globalAddress', 'targetHttpProxy', 'targetHttpsProxy', 'sslCertificate', 'sslPolicy', 'urlMap', 'backendService', 'securityPolicy', 'regionNetworkEndpointGroup'];
  const rank = (n: TopologyNode): number => {
    const i = order.indexOf(n.kind);
    return i < 0 ? order.length : i;
  };
  const sorted = [...nodes.values()].sort((a, b) => rank(a) - rank(b) || a.id.localeCompare(b.id));
  const unique = [...new Map(edges.filter((e) => nodes.has(e.from) && nodes.has(e.to)).map((e) => [`${e.from}\u0000${e.to}`, e])).values()];
  return { name: lb.name, project: lb.project, nodes: sorted, edges: unique };
}

function kindLabel(n: TopologyNode): string {
  if (n.role === 'serverless') return PLATFORM_LABEL[n.kind as keyof typeof PLATFORM_LABEL];
  if (n.kind === 'sslPolicy') return 'SSL policy';
  return KIND_INFO[n.kind as ResourceKind].label;
}

function mermaidText(s: string): string {
  return s.replace(/&/g, '#amp;').replace(/"/g, '#quot;').replace(/</g, '#lt;').replace(/>/g, '#gt;');
}

/** The lines under a node's name: region, role, API, backend features, certificate domains. */
function details(n: TopologyNode): string[] {
  const extra = [n.region, n.role === 'existing' ? 'existing' : n.role === 'removed' ? 'removed' : undefined, n.api === 'beta' ? 'beta API' : undefined].filter(Boolean).join(', ');
  return [...(extra ? [`(${extra})`] : []), ...(n.features?.length ? [n.features.join(' · ')] : []), ...(n.domains?.length ? [shortList(n.domains)] : [])];
}

/** At most four items, then how many more. */
function shortList(items: readonly string[]): string {
  return items.length > 4 ? `${items.slice(0, 4).join(', ')} +${items.length - 4} more` : items.join(', ');
}

/** What the shapes, styles and edge labels mean; `removed` only when something is. */
function legendEntries(t: Topology): { id: string; text: string; role?: NodeRole }[] {
  return [
    { id: 'owned', text: 'created and owned by lb-plan' },
    { id: 'existing', text: 'existing: referenced, never changed', role: 'existing' },
    { id: 'serverless', text: 'serverless service (outside Compute)', role: 'serverless' },
    ...(t.nodes.some((n) => n.role === 'removed') ? [{ id: 'removed', text: 'removed by this plan', role: 'removed' as const }] : []),
    { id: 'routes', text: 'edge label: host/path routed to that backend (default: the URL map default)' },
    { id: 'features', text: 'CDN · IAP · Cloud Armor: on for that backend service' },
  ];
}

/** A Mermaid flowchart GitHub renders in Markdown (```mermaid), with a legend. */
export function toMermaid(t: Topology): string {
  const ids = new Map(t.nodes.map((n, i) => [n.id, `n${i}`]));
  const lines = ['flowchart LR'];
  const text = (s: string): string => mermaidText(s).replace(/#lt;br\/#gt;/g, '<br/>');
  for (const n of t.nodes) {
    const label = text([kindLabel(n), n.name, ...details(n)].join('<br/>'));
    const [open, close] = n.role === 'serverless' ? ['([', '])'] : n.kind === 'globalAddress' ? ['((', '))'] : ['[', ']'];
    lines.push(`  ${ids.get(n.id)}${open}"${label}"${close}`);
  }
  for (const e of t.edges) lines.push(e.routes?.length ? `  ${ids.get(e.from)} -->|"${text(routeLabel(e.routes, '<br/>'))}"| ${ids.get(e.to)}` : `  ${ids.get(e.from)} --> ${ids.get(e.to)}`);
  const legend = legendEntries(t);
  lines.push('  subgraph legend [Legend]', '    direction TB');
  for (const l of legend) lines.push(`    legend_${l.id}${l.role === 'serverless' ? '(["' : '["'}${text(l.text)}${l.role === 'serverless' ? '"])' : '"]'}`);
  lines.push('  end');
  lines.push('  classDef existing stroke-dasharray: 5 5');
  lines.push('  classDef serverless fill:#e8f0fe,stroke:#4285f4');
  lines.push('  classDef removed stroke:#cb2431,stroke-dasharray: 2 4,color:#6a737d');
  for (const role of ['existing', 'serverless', 'removed'] as const) {
    const members = [...t.nodes.filter((n) => n.role === role).map((n) => ids.get(n.id)), ...legend.filter((l) => l.role === role).map((l) => `legend_${l.id}`)];
    if (members.length) lines.push(`  class ${members.join(',')} ${role}`);
  }
  return lines.join('\n') + '\n';
}

/** Routes on an edge, at most six, joined by `sep`. */
function routeLabel(routes: readonly string[], sep: string): string {
  return routes.length > 6 ? [...routes.slice(0, 6), `+${routes.length - 6} more`].join(sep) : routes.join(sep);
}

function dotText(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
}

/** Graphviz DOT, with a legend. */
export function toDot(t: Topology): string {
  const lines = [`digraph "${dotText(t.name)}" {`, '  rankdir=LR;', '  node [shape=box, fontname="Helvetica"];', '  edge [fontname="Helvetica", fontsize=10];'];
  const style = (role: NodeRole | undefined): string => (role === 'existing' ? ', style=dashed' : role === 'serverless' ? ', shape=ellipse' : role === 'removed' ? ', style=dotted, color="#cb2431", fontcolor="#6a737d"' : '');
  for (const n of t.nodes) {
    const label = [kindLabel(n), n.name, ...details(n)].map(dotText).join('\\n');
    lines.push(`  "${dotText(n.id)}" [label="${label}"${style(n.role)}];`);
  }
  for (const e of t.edges) lines.push(`  "${dotText(e.from)}" -> "${dotText(e.to)}"${e.routes?.length ? ` [label="${dotText(routeLabel(e.routes, '\n')).replace(/\n/g, '\\n')}"]` : ''};`);
  lines.push('  subgraph cluster_legend {', '    label="Legend";', '    fontname="Helvetica";');
  for (const l of legendEntries(t)) lines.push(`    "legend:${l.id}" [label="${dotText(l.text)}"${style(l.role)}];`);
  lines.push('  }', '}');
  return lines.join('\n') + '\n';
}

export function toJson(t: Topology): string {
  return JSON.stringify(t, null, 2) + '\n';
}

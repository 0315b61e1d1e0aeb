/**
 * The load balancer's topology as the guide draws it: forwarding rules → proxies → URL maps →
 * backend services → NEGs → serverless services, with addresses, certificates and policies
 * beside them. Built from the compiled resources; rendered as Mermaid, DOT or JSON.
 */
import type { CompiledLoadBalancer } from '../compile/index.js';
import { resourceAddress, GLOBAL } from '../model/address.js';
import { KIND_INFO, type ResourceKind } from '../model/kinds.js';

export type NodeRole = 'owned' | 'existing' | 'serverless';

export interface TopologyNode {
  readonly id: string;
  readonly kind: ResourceKind | 'sslPolicy' | 'cloudRun' | 'cloudFunctions' | 'appEngine' | 'apiGateway';
  readonly name: string;
  readonly region?: string;
  readonly role: NodeRole;
  readonly api?: 'v1' | 'beta';
}

/** An edge in the direction traffic (and references) flow: the `from` resource points at `to`. */
export interface TopologyEdge {
  readonly from: string;
  readonly to: string;
}

export interface Topology {
  readonly name: string;
  readonly project: string;
  readonly nodes: readonly TopologyNode[];
  readonly edges: readonly TopologyEdge[];
}

const PLATFORM_LABEL = { cloudRun: 'Cloud Run', cloudFunctions: 'Cloud Functions', appEngine: 'App Engine', apiGateway: 'API Gateway' } as const;

export function topology(lb: CompiledLoadBalancer): Topology {
  const nodes = new Map<string, TopologyNode>();
  const edges: TopologyEdge[] = [];
  for (const r of lb.resources) {
    nodes.set(r.address, { id: r.address, kind: r.kind, name: r.name, ...(r.scope.type === 'region' ? { region: r.scope.region } : {}), role: 'owned', api: r.api });
  }
  for (const r of lb.resources) {
    for (const d of r.dependsOn) edges.push({ from: r.address, to: d });
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
  const order = ['globalForwardingRule', 'globalAddress', 'targetHttpProxy', 'targetHttpsProxy', 'sslCertificate', 'sslPolicy', 'urlMap', 'backendService', 'securityPolicy', 'regionNetworkEndpointGroup'];
  const rank = (n: TopologyNode): number => {
    const i = order.indexOf(n.kind);
    return i < 0 ? order.length : i;
  };
  const sorted = [...nodes.values()].sort((a, b) => rank(a) - rank(b) || a.id.localeCompare(b.id));
  const unique = [...new Map(edges.map((e) => [`${e.from}\u0000${e.to}`, e])).values()];
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

/** A Mermaid flowchart GitHub renders in Markdown (```mermaid). */
export function toMermaid(t: Topology): string {
  const ids = new Map(t.nodes.map((n, i) => [n.id, `n${i}`]));
  const lines = ['flowchart LR'];
  for (const n of t.nodes) {
    const extra = [n.region, n.role === 'existing' ? 'existing' : undefined, n.api === 'beta' ? 'beta API' : undefined].filter(Boolean).join(', ');
    const label = mermaidText(`${kindLabel(n)}<br/>${n.name}${extra ? `<br/>(${extra})` : ''}`).replace(/#lt;br\/#gt;/g, '<br/>');
    const [open, close] = n.role === 'serverless' ? ['([', '])'] : n.kind === 'globalAddress' ? ['((', '))'] : ['[', ']'];
    lines.push(`  ${ids.get(n.id)}${open}"${label}"${close}`);
  }
  for (const e of t.edges) lines.push(`  ${ids.get(e.from)} --> ${ids.get(e.to)}`);
  lines.push('  classDef existing stroke-dasharray: 5 5');
  lines.push('  classDef serverless fill:#e8f0fe,stroke:#4285f4');
  const byRole = (role: NodeRole) => t.nodes.filter((n) => n.role === role).map((n) => ids.get(n.id));
  if (byRole('existing').length) lines.push(`  class ${byRole('existing').join(',')} existing`);
  if (byRole('serverless').length) lines.push(`  class ${byRole('serverless').join(',')} serverless`);
  return lines.join('\n') + '\n';
}

function dotText(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
}

/** Graphviz DOT. */
export function toDot(t: Topology): string {
  const lines = [`digraph "${dotText(t.name)}" {`, '  rankdir=LR;', '  node [shape=box, fontname="Helvetica"];'];
  for (const n of t.nodes) {
    const label = `${kindLabel(n)}\\n${dotText(n.name)}${n.region ? `\\n(${n.region})` : ''}`;
    const style = n.role === 'existing' ? ', style=dashed' : n.role === 'serverless' ? ', shape=ellipse' : '';
    lines.push(`  "${dotText(n.id)}" [label="${label}"${style}];`);
  }
  for (const e of t.edges) lines.push(`  "${dotText(e.from)}" -> "${dotText(e.to)}";`);
  lines.push('}');
  return lines.join('\n') + '\n';
}

export function toJson(t: Topology): string {
  return JSON.stringify(t, null, 2) + '\n';
}

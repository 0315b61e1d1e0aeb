/**
 * The graph says what a reviewer asks of a diagram (issue 16, item 12): which requests go where
 * (routes on the URL map's edges), which domains a certificate covers, which backends have CDN, IAP
 * or Cloud Armor, each NEG's region — also of the NEGs a plan removes — and a legend; in Mermaid and DOT.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { topology, toDot, toMermaid, routesOf } from '../src/graph/topology.js';
import { loadManifest } from '../src/manifest/load.js';
import { cli } from './helpers/cli.js';
import { harness } from './helpers/emulator.js';
import { apply, plan, workspace } from './helpers/plan.js';

const compiled = (file: string) => {
  const loaded = loadManifest(file);
  if (!loaded.compiled) throw new Error(`${file} does not compile`);
  return loaded.compiled;
};

/** The Mermaid node id whose label starts with `label`. */
function nodeId(out: string, label: string): string {
  const m = new RegExp(`^  (n\\d+)[\\[(]+"${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'm').exec(out);
  if (!m) throw new Error(`no node ${label} in\n${out}`);
  return m[1]!;
}

describe('routes on the URL map edges', () => {
  it('host rules, path rules and the default, in the order GCP evaluates them', () => {
    const t = topology(compiled('examples/regional-routing.yaml'));
    const routes = t.edges.filter((e) => e.from === 'urlMap/regional-lb').map((e) => [e.to, e.routes]);
    expect(routes).toEqual([
      ['backendService/regional-lb-hello-eu', ['eu.example.com/*', 'example.com/eu', 'example.com/eu/*']],
      ['backendService/regional-lb-hello-us', ['example.com/*', 'default']],
    ]);
    const out = toMermaid(t);
    expect(out).toContain(`  ${nodeId(out, 'URL map<br/>regional-lb"')} -->|"eu.example.com/*<br/>example.com/eu<br/>example.com/eu/*"| ${nodeId(out, 'Backend service<br/>regional-lb-hello-eu')}\n`);
    expect(toDot(t)).toContain('"urlMap/regional-lb" -> "backendService/regional-lb-hello-us" [label="example.com/*\\ndefault"];');
  });

  it('path rules for every host read as paths; more than six routes are counted', () => {
    const link = (n: string) => `https://www.googleapis.com/compute/v1/projects/p/global/backendServices/${n}`;
    const body = {
      defaultService: link('web'),
      hostRules: [{ hosts: ['*'], pathMatcher: 'all' }],
      pathMatchers: [{ name: 'all', defaultService: link('web'), pathRules: [{ paths: ['/api/*', '/v2/*'], service: link('api') }, ...Array.from({ length: 6 }, (_, i) => ({ paths: [`/p${i}`], service: link('many') }))] }],
    };
    const routes = routesOf(body);
    expect(routes.get('backendService/api')).toEqual(['/api/*', '/v2/*']);
    expect(routes.get('backendService/web')).toEqual(['/*', 'default']);
    const t = { name: 'x', project: 'p', nodes: [{ id: 'urlMap/x', kind: 'urlMap' as const, name: 'x', role: 'owned' as const }, { id: 'backendService/many', kind: 'backendService' as const, name: 'many', role: 'owned' as const }], edges: [{ from: 'urlMap/x', to: 'backendService/many', routes: ['/a', '/b', '/c', '/d', '/e', '/f', '/g', '/h'] }] };
    expect(toMermaid(t)).toContain('-->|"/a<br/>/b<br/>/c<br/>/d<br/>/e<br/>/f<br/>+2 more"|');
  });
});

describe('what a node carries', () => {
  it('CDN, IAP and Cloud Armor on backend services; domains on managed certificates; regions on NEGs', () => {
    const cdn = toMermaid(topology(compiled('examples/cdn.yaml')));
    expect(cdn).toContain('"Backend service<br/>cdn-lb-static<br/>CDN"');
    expect(cdn).toMatch(/"SSL certificate<br\/>cdn-lb-cert-[0-9a-f]{8}<br\/>static\.example\.com"/);
    const iap = topology(compiled('examples/iap.yaml'));
    expect(iap.nodes.filter((n) => n.features).map((n) => [n.name, n.features])).toEqual([[expect.stringMatching(/-/), ['IAP']]]);
    const armor = topology(compiled('examples/cloud-armor.yaml'));
    expect(armor.nodes.filter((n) => n.kind === 'backendService').every((n) => n.features?.includes('Cloud Armor'))).toBe(true);
    const multi = topology(compiled('examples/multi-region.yaml'));
    expect(multi.nodes.filter((n) => n.kind === 'regionNetworkEndpointGroup').map((n) => n.region).sort()).toEqual(['europe-west1', 'us-central1']);
    expect(toDot(multi)).toMatch(/\[label="Serverless NEG\\nserverless-lb-hello-[0-9a-f]{8}\\n\(europe-west1\)"\];/);
  });

  it('a legend in both formats, explaining shapes, edge labels and markers', () => {
    const t = topology(compiled('examples/byoip.yaml'));
    const mermaid = toMermaid(t);
    expect(mermaid).toContain('  subgraph legend [Legend]\n');
    expect(mermaid).toContain('    legend_existing["existing: referenced, never changed"]');
    expect(mermaid).toContain('    legend_routes["edge label: host/path routed to that backend (default: the URL map default)"]');
    expect(mermaid).toMatch(/ {2}class n\d+(,n\d+)*,legend_existing existing\n/);
    expect(mermaid).not.toContain('removed by this plan');
    const dot = toDot(t);
    expect(dot).toContain('  subgraph cluster_legend {\n    label="Legend";');
    expect(dot).toContain('"legend:features" [label="CDN · IAP · Cloud Armor: on for that backend service"];');
  });
});

describe('a plan graphed: what it removes is drawn, with its region', () => {
  it('dropping a region: the plan\'s Markdown diagram shows the removed NEG in its region, linked from the backend that used it', async () => {
    const h = await harness();
    const ws = workspace();
    const text = readFileSync('examples/multi-region.yaml', 'utf8');
    const file = ws.write(text);
    await apply(h, await plan(h, file), ws.dir);
    ws.write(text.replace('      - region: europe-west1\n        cloudRun: { service: helloworld }\n', ''));
    const p = await plan(h, file);
    const removedNeg = p.resources.find((r) => r.action === 'delete' && r.kind === 'regionNetworkEndpointGroup')!;
    expect(removedNeg.scope).toEqual({ type: 'region', region: 'europe-west1' });

    const t = topology(compiled(file), p);
    expect(t.nodes.find((n) => n.id === removedNeg.address)).toEqual({ id: removedNeg.address, kind: 'regionNetworkEndpointGroup', name: removedNeg.name, region: 'europe-west1', role: 'removed' });
    expect(t.edges).toContainEqual({ from: 'backendService/serverless-lb-hello', to: removedNeg.address });

    const md = (await cli('plan', file, '--compute-endpoint', h.em.endpoint, '--format', 'markdown')).stdout;
    const id = nodeId(md, `Serverless NEG<br/>${removedNeg.name}<br/>(europe-west1, removed)`);
    expect(md).toContain(`  ${nodeId(md, 'Backend service<br/>serverless-lb-hello')} --> ${id}\n`);
    expect(md).toContain('    legend_removed["removed by this plan"]');
    expect(md).toMatch(new RegExp(`class [^\\n]*\\b${id}\\b[^\\n]* remove\\n`));
  });
});

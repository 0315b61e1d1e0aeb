import { describe, expect, it } from 'vitest';
import { cli } from './helpers/cli.js';

describe('lb-plan graph', () => {
  it('prints the multi-region topology as a Mermaid flowchart', async () => {
    const r = await cli('graph', 'examples/multi-region.yaml', '--format', 'mermaid');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const out = r.stdout;
    expect(out.startsWith('flowchart LR\n')).toBe(true);
    const id = (label: string): string => {
      const m = new RegExp(`^  (n\\d+)[\\[(]+"${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`, 'm').exec(out);
      if (!m) throw new Error(`no node ${label} in\n${out}`);
      return m[1]!;
    };
    const edge = (a: string, b: string, routes?: string): void => expect(out).toContain(`  ${id(a)} -->${routes ? `|"${routes}"|` : ''} ${id(b)}\n`);
    edge('Forwarding rule<br/>serverless-lb-https', 'Target HTTPS proxy<br/>serverless-lb-https-proxy');
    edge('Forwarding rule<br/>serverless-lb-https', 'Global address<br/>example-ip');
    edge('Forwarding rule<br/>serverless-lb-http', 'Target HTTP proxy<br/>serverless-lb-http-proxy');
    edge('Target HTTP proxy<br/>serverless-lb-http-proxy', 'URL map<br/>serverless-lb-redirect');
    edge('Target HTTPS proxy<br/>serverless-lb-https-proxy', 'URL map<br/>serverless-lb');
    edge('URL map<br/>serverless-lb', 'Backend service<br/>serverless-lb-hello', 'default');
    expect(out).toMatch(/Serverless NEG<br\/>serverless-lb-hello-[0-9a-f]{8}<br\/>\(europe-west1\)/);
    expect(out).toContain('"Cloud Run<br/>helloworld<br/>(us-central1)"');
    // Every edge names declared nodes; no raw angle brackets outside <br/> (GitHub would drop them).
    for (const m of out.matchAll(/^ {2}(n\d+) -->(?:\|"[^"\n]*"\|)? (n\d+)$/gm)) {
      expect(out).toMatch(new RegExp(`^  ${m[1]}[\\[(]`, 'm'));
      expect(out).toMatch(new RegExp(`^  ${m[2]}[\\[(]`, 'm'));
    }
    expect(out.replace(/<br\/>/g, '')).not.toMatch(/"[^"\n]*[<>][^"\n]*"/);
  });

  it('escapes URL masks and marks existing resources', async () => {
    const masks = await cli('graph', 'examples/url-mask-api-gateway.yaml');
    expect(masks.stdout).toContain('API Gateway<br/>/#lt;gateway#gt;');
    expect(masks.stdout).toContain('beta API');
    const byoip = await cli('graph', 'examples/byoip.yaml');
    expect(byoip.stdout).toMatch(/SSL certificate<br\/>www-example-com-2026<br\/>\(existing\)/);
    expect(byoip.stdout).toMatch(/class n\d+(,n\d+)*,legend_existing existing/);
  });

  it('prints DOT and JSON', async () => {
    const dot = await cli('graph', 'examples/http.yaml', '--format', 'dot');
    expect(dot.stdout).toMatch(/^digraph "serverless-lb" \{/);
    expect(dot.stdout).toContain('"globalForwardingRule/serverless-lb-http" -> "targetHttpProxy/serverless-lb-http-proxy";');
    const json = JSON.parse((await cli('graph', 'examples/http.yaml', '--format', 'json')).stdout) as { nodes: { id: string; role: string }[]; edges: { from: string; to: string }[] };
    expect(json.nodes.map((n) => n.id)).toContain('globalAddress/example-ip');
    expect(json.nodes.find((n) => n.id.startsWith('cloudRun/'))?.role).toBe('serverless');
    expect(json.edges).toContainEqual({ from: 'urlMap/serverless-lb', to: 'backendService/serverless-lb-hello', routes: ['default'] });
  });

  it('refuses an invalid manifest with its diagnostics and exit 1', async () => {
    const r = await cli('graph', 'examples/broken/routing.yaml');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('examples/broken/routing.yaml:18:12: error:');
  });

  it('refuses an unknown format with exit 2', async () => {
    const r = await cli('graph', 'examples/http.yaml', '--format', 'png');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("argument 'png' is invalid");
  });
});

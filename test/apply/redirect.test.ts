/**
 * Turning on HTTPS with the redirect (issue 11, case 1): port 80 keeps serving the backends until the
 * certificate is ACTIVE. The emulator as a process (--certificate-ms), the bundled CLI against it.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runDist } from '../chaos/tamper.js';
import { emulatorProcess } from '../helpers/emulator-process.js';
import { workspace } from '../helpers/plan.js';

const HTTP_ONLY = `apiVersion: lb-plan/v1
kind: LoadBalancer
metadata: { name: shop, project: p }
frontend:
  address: { reserve: shop-ip }
backends:
  web:
    serverless: [ { region: us-central1, cloudRun: { service: web } } ]
`;
const WITH_HTTPS = HTTP_ONLY.replace('  address: { reserve: shop-ip }', `  address: { reserve: shop-ip }
  https:
    certificates: [ { managed: [shop.example.com] } ]
    redirectHttp: true`);

interface JsonPlan {
  readonly steps: { id: string }[];
  readonly edges: { from: string; to: string; rule: string }[];
  readonly warnings: string[];
}

async function httpProxyMap(endpoint: string): Promise<string> {
  const r = await fetch(`${endpoint}compute/v1/projects/p/global/targetHttpProxies/shop-http-proxy`, { headers: { authorization: 'Bearer t' } });
  return String(((await r.json()) as { urlMap: string }).urlMap.split('/').pop());
}

describe('HTTP → HTTPS with the redirect, while the certificate provisions', () => {
  it('without --wait-for-certificates: port 80 keeps serving, the plan says why, a later apply switches once ACTIVE', async () => {
    const endpoint = await emulatorProcess('--certificate-ms', '1500');
    const ws = workspace();
    const at = ['--compute-endpoint', endpoint];
    writeFileSync(join(ws.dir, 'lb.yaml'), HTTP_ONLY);
    expect((await runDist(['apply', 'lb.yaml', ...at, '--auto-approve'], ws.dir)).code).toBe(0);
    writeFileSync(join(ws.dir, 'lb.yaml'), WITH_HTTPS);
    const planned = await runDist(['plan', 'lb.yaml', ...at, '--format', 'json'], ws.dir);
    const plan = JSON.parse(planned.stdout) as JsonPlan;
    expect(plan.steps.map((s) => s.id)).not.toContain('setUrlMap:targetHttpProxy/shop-http-proxy');
    expect(plan.steps.map((s) => s.id)).toContain('create:urlMap/shop-redirect');
    expect(plan.warnings.join('\n')).toMatch(/Port 80 keeps serving the backends for now: certificate shop-cert-[0-9a-f]{8} is not ACTIVE yet/);
    const applied = await runDist(['apply', 'lb.yaml', ...at, '--auto-approve'], ws.dir);
    expect(applied.code).toBe(0);
    expect(await httpProxyMap(endpoint)).toBe('shop');
    // Once the certificate is ACTIVE, the next apply makes the switch.
    await new Promise((r) => setTimeout(r, 1700));
    const later = await runDist(['apply', 'lb.yaml', ...at, '--auto-approve'], ws.dir);
    expect(later.stdout).toContain('setUrlMap targetHttpProxy/shop-http-proxy');
    expect(await httpProxyMap(endpoint)).toBe('shop-redirect');
    expect((await runDist(['plan', 'lb.yaml', ...at, '--detailed-exitcode'], ws.dir)).code).toBe(0);
  }, 60_000);

  it('with --wait-for-certificates: one run, the switch waits until the certificate is ACTIVE', async () => {
    const endpoint = await emulatorProcess('--certificate-ms', '800');
    const ws = workspace();
    const at = ['--compute-endpoint', endpoint];
    writeFileSync(join(ws.dir, 'lb.yaml'), HTTP_ONLY);
    expect((await runDist(['apply', 'lb.yaml', ...at, '--auto-approve'], ws.dir)).code).toBe(0);
    writeFileSync(join(ws.dir, 'lb.yaml'), WITH_HTTPS);
    const plan = JSON.parse((await runDist(['plan', 'lb.yaml', ...at, '--format', 'json', '--wait-for-certificates'], ws.dir)).stdout) as JsonPlan;
    const wait = plan.steps.find((s) => s.id.startsWith('waitActive:sslCertificate/'))!;
    expect(plan.edges).toContainEqual({ from: 'setUrlMap:targetHttpProxy/shop-http-proxy', to: wait.id, rule: 'certificateActiveBeforeRedirect' });
    const r = await runDist(['apply', 'lb.yaml', ...at, '--auto-approve', '--wait-for-certificates', '--certificate-timeout', '30s'], ws.dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    const active = lines.findIndex((l) => /sslCertificate\/shop-cert-[0-9a-f]{8}: wait until ACTIVE done/.test(l));
    const switched = lines.findIndex((l) => l.includes('targetHttpProxy/shop-http-proxy: setUrlMap…'));
    expect(active).toBeGreaterThan(-1);
    expect(switched).toBeGreaterThan(active);
    expect(await httpProxyMap(endpoint)).toBe('shop-redirect');
  }, 60_000);
});

/**
 * Renaming a load balancer and keeping its IP (issue 11, case 6): ownership is single and whole —
 * the plan sees the address still served by the old load balancer and says what to do; after
 * `destroy --keep`, the new one takes it over with a recorded hand-over, and the old one never again
 * counts it as its own.
 */
import { describe, expect, it } from 'vitest';
import { harness, P } from '../helpers/emulator.js';
import { cli } from '../helpers/cli.js';
import { workspace } from '../helpers/plan.js';

const manifest = (name: string, adopt = '') => `apiVersion: lb-plan/v1
kind: LoadBalancer
metadata: { name: ${name}, project: ${P}${adopt} }
frontend:
  address: { reserve: shop-ip }
backends:
  web:
    serverless: [ { region: us-central1, cloudRun: { service: web } } ]
`;

describe('renaming a load balancer, keeping its IP', () => {
  it('refused while the old one serves on the IP; after destroy --keep, adopted with a hand-over, and single ownership after', async () => {
    const h = await harness();
    const ws = workspace();
    const at = ['--compute-endpoint', h.em.endpoint];
    const oldFile = ws.write(manifest('old'));
    expect((await cli('apply', oldFile, ...at, '--auto-approve')).code).toBe(0);
    const ip = (await h.v1.globalAddresses.get({ project: P, address: 'shop-ip' })).data.address!;
    const { writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const newFile = join(ws.dir, 'new.yaml');
    writeFileSync(newFile, manifest('new', ', adopt: [globalAddress/shop-ip]'));

    const refused = await cli('plan', newFile, ...at);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`globalAddress/shop-ip is listed in metadata.adopt, but load balancer "old" still serves on it: old-http (ports 80-80). Hand it over first: destroy "old" keeping the address (lb-plan destroy OLD-MANIFEST --keep globalAddress/shop-ip), then apply this manifest.`);

    const destroyed = await cli('destroy', oldFile, ...at, '--auto-approve', '--keep', 'globalAddress/shop-ip');
    expect(destroyed.code).toBe(0);
    expect(destroyed.stdout).toContain('globalAddress/shop-ip is kept, as asked (--keep)');
    expect((await h.v1.globalAddresses.get({ project: P, address: 'shop-ip' })).data.address).toBe(ip);

    const adopted = await cli('apply', newFile, ...at, '--auto-approve');
    expect(adopted.stderr).toBe('');
    expect(adopted.stdout).toContain('globalAddress/shop-ip — adopt');
    const address = (await h.v1.globalAddresses.get({ project: P, address: 'shop-ip' })).data;
    // Ownership, the hand-over, and what lb-plan applied (src/plan/applied.ts: 6 managed fields, 6 hex each).
    expect(address.labels).toEqual({ 'managed-by': 'lb-plan', 'lb-plan-lb': 'new', 'lb-plan-from': 'old', 'lb-plan-applied': expect.stringMatching(/^r1-[0-9a-f]{36}$/) });
    expect((await h.v1.globalForwardingRules.get({ project: P, forwardingRule: 'new-http' })).data.IPAddress).toBe(ip);
    expect((await cli('plan', newFile, ...at, '--detailed-exitcode')).code).toBe(0);
    // The old load balancer no longer counts the address as its own: destroying it again touches nothing.
    const again = await cli('destroy', oldFile, ...at, '--auto-approve');
    expect(again.stdout).not.toContain('shop-ip');
    expect((await h.v1.globalAddresses.get({ project: P, address: 'shop-ip' })).status).toBe(200);
  });

  it('a backend service of another load balancer is never taken over, even when listed in metadata.adopt', async () => {
    const h = await harness();
    const ws = workspace();
    const at = ['--compute-endpoint', h.em.endpoint];
    // "old" with backend "web-x" and "old-web" with backend "x" both name their backend service old-web-x.
    expect((await cli('apply', ws.write(manifest('old').replace('  web:', '  web-x:')), ...at, '--auto-approve')).code).toBe(0);
    const other = manifest('old-web', ', adopt: [backendService/old-web-x]').replace('  web:', '  x:').replace('reserve: shop-ip', 'reserve: other-ip');
    const r = await cli('plan', ws.write(other), ...at);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('backendService/old-web-x is listed in metadata.adopt but belongs to load balancer "old"; lb-plan takes over only unowned resources, and addresses or forwarding rules that load balancer no longer uses.');
  });
});

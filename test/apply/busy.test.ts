/**
 * Apply where GCP is slow, partial or busy (issue 11, items 2, 3, 5): the emulator as a process with
 * faults and certificate states injected by its flags, lb-plan's bundled CLI against it.
 */
import { describe, expect, it } from 'vitest';
import { runDist } from '../chaos/tamper.js';
import { emulatorProcess as emulator } from '../helpers/emulator-process.js';

const cwd = process.cwd();
const apply = (endpoint: string, file = 'examples/multi-region.yaml', ...more: string[]) => runDist(['apply', file, '--compute-endpoint', endpoint, '--auto-approve', ...more], cwd);

describe('operation errors (the emulator injects each kind)', () => {
  it('RESOURCE_NOT_READY and INTERNAL_ERROR in operations are retried with a fresh requestId: the apply converges', async () => {
    const endpoint = await emulator('--seed', '7', '--faults', 'operationNotReady=0.3,operationInternal=0.2');
    const r = await apply(endpoint);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/retrying in \S+ \(attempt 1\): .*\(RESOURCE_NOT_READY\)/);
    expect(r.stdout).toMatch(/retrying in \S+ \(attempt 1\): Internal error\. Please try again or contact Google Support\. \(INTERNAL_ERROR\)/);
    // A retry under the failed operation's requestId would get that failed operation back (the emulator
    // dedupes by requestId, as GCP does): converging proves each retry sent a fresh one.
    expect(r.stdout).toContain('Apply complete: 14 done, 0 failed, 0 skipped');
    expect((await runDist(['plan', 'examples/multi-region.yaml', '--compute-endpoint', endpoint, '--detailed-exitcode'], cwd)).code).toBe(0);
  }, 60_000);

  it('a permanent error (QUOTA_EXCEEDED) fails at once with GCP\'s message, no retry', async () => {
    const endpoint = await emulator('--faults', 'failedOperation=1');
    const r = await apply(endpoint, 'examples/http.yaml');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("Failed to create globalAddress/example-ip: Quota 'ADDRESSES' exceeded.  Limit: 0.0 globally. (QUOTA_EXCEEDED)");
    expect(r.stdout).not.toContain('retrying');
  }, 30_000);

  it('RESOURCE_IN_USE right after a detach: a delete is tried a few times, then fails with GCP\'s message', async () => {
    const endpoint = await emulator('--faults', 'operationInUse=1');
    expect((await apply(endpoint, 'examples/http.yaml')).code).toBe(0);
    const r = await runDist(['destroy', 'examples/http.yaml', '--compute-endpoint', endpoint, '--auto-approve'], cwd);
    expect(r.code).toBe(1);
    expect((r.stdout.match(/retrying in \S+ \(attempt \d\): The \w+ resource '[^']+' is already being used by/g) ?? []).length).toBeGreaterThanOrEqual(3);
    expect(r.stdout).toMatch(/Failed to delete globalForwardingRule\/serverless-lb-http: The forwarding_rule resource .* is already being used by .* \(RESOURCE_IN_USE_BY_ANOTHER_RESOURCE\)/);
  }, 60_000);
});

describe('two runs at once', () => {
  it('two applies of the same manifest: the insert that meets 409 waits for the other and counts it as done; both succeed', async () => {
    const endpoint = await emulator('--operation-ms', '200');
    const [a, b] = await Promise.all([apply(endpoint, 'examples/http.yaml'), apply(endpoint, 'examples/http.yaml')]);
    expect([a.code, b.code, a.stderr, b.stderr]).toEqual([0, 0, '', '']);
    expect((await runDist(['plan', 'examples/http.yaml', '--compute-endpoint', endpoint, '--detailed-exitcode'], cwd)).code).toBe(0);
  }, 60_000);

  it('two destroys at once: a delete that meets 404 is done; both succeed and nothing is left', async () => {
    const endpoint = await emulator('--operation-ms', '150');
    expect((await apply(endpoint, 'examples/http.yaml')).code).toBe(0);
    const destroy = () => runDist(['destroy', 'examples/http.yaml', '--compute-endpoint', endpoint, '--auto-approve'], cwd);
    const [a, b] = await Promise.all([destroy(), destroy()]);
    expect([a.code, b.code], a.stdout + a.stderr + b.stdout + b.stderr).toEqual([0, 0]);
    const after = await runDist(['destroy', 'examples/http.yaml', '--compute-endpoint', endpoint, '--auto-approve'], cwd);
    expect(after.stdout).toContain('Nothing to destroy');
  }, 60_000);
});

describe('managed certificates that fail (--certificate-states)', () => {
  it('--wait-for-certificates ends at PROVISIONING_FAILED, naming the domain, the reason and the fix, instead of waiting out the timeout', async () => {
    const endpoint = await emulator('--certificate-ms', '300', '--certificate-states', 'www.example.com=FAILED_CAA_FORBIDDEN');
    const t0 = Date.now();
    const r = await apply(endpoint, 'examples/https-managed.yaml', '--wait-for-certificates', '--certificate-timeout', '30s');
    expect(Date.now() - t0).toBeLessThan(20_000);
    expect(r.stdout).toMatch(/Waiting for certificates: certificate serverless-lb-cert-[0-9a-f]{8} is PROVISIONING: www\.example\.com: FAILED_CAA_FORBIDDEN — a CAA record on www\.example\.com forbids Google's certificate authorities/);
    expect(r.stderr).toMatch(/Warning: provisioning of certificate serverless-lb-cert-[0-9a-f]{8} failed \(www\.example\.com: FAILED_CAA_FORBIDDEN — .*0 issue "pki\.goog".*\); Google retries for a while: fix it, then apply again/);
  }, 30_000);

  it('a domain not visible yet: the advice is the DNS record with the load balancer\'s IP', async () => {
    const endpoint = await emulator('--certificate-ms', '300', '--certificate-states', 'example.com=FAILED_NOT_VISIBLE');
    const r = await apply(endpoint, 'examples/https-managed.yaml', '--wait-for-certificates', '--certificate-timeout', '30s');
    expect(r.stderr).toMatch(/example\.com does not resolve to the load balancer yet: create the DNS record example\.com A 34\.\d+\.\d+\.\d+/);
  }, 30_000);
});

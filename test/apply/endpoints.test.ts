/**
 * Nothing hangs (issue 15, item 5): the CLI as a process against endpoints that refuse, never
 * answer, or die mid-apply. Each ends with a clear line in bounded time; retries say so as they go.
 */
import { getEventListeners } from 'node:events';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sleep } from '../../src/gcp/retry.js';
import { runDist } from '../chaos/tamper.js';

const dir = mkdtempSync(join(tmpdir(), 'lb-plan-endpoints-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(join(dir, 'lb.yaml'), `apiVersion: lb-plan/v1
kind: LoadBalancer
metadata: { name: lb, project: p }
frontend:
  address: { reserve: lb-ip }
backends:
  hello:
    serverless: [ { region: us-central1, cloudRun: { service: hello } } ]
`);

async function listen(server: Server): Promise<string> {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  return `http://127.0.0.1:${port}/`;
}

describe('endpoints that do not answer', () => {
  it('a refused first contact fails at once with one line, no retries', async () => {
    const closed = createServer();
    const endpoint = await listen(closed);
    await new Promise((r) => closed.close(r));
    const t0 = Date.now();
    const r = await runDist(['plan', 'lb.yaml', '--compute-endpoint', endpoint], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^Error: Failed to list \w+ in project p: .*ECONNREFUSED.*\n$/);
    expect(r.stderr).not.toContain('retrying');
    expect(Date.now() - t0).toBeLessThan(10_000);
  });

  it('an endpoint that accepts connections and never answers: each request times out, retries are shown, the plan ends', async () => {
    const silent = createServer(() => {});
    const endpoint = await listen(silent);
    try {
      const r = await runDist(['plan', 'lb.yaml', '--compute-endpoint', endpoint, '--request-timeout', '1s'], dir);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/retrying in \d+\.\ds \(attempt 1\): no answer in time \(the request timed out\)/);
      expect(r.stderr).toMatch(/Error: Failed to list \w+ in project p: no answer in time/);
    } finally {
      silent.closeAllConnections();
      silent.close();
    }
  }, 90_000);

  it('a few seconds of DNS trouble are ridden out: no answer is given up on only after 4 attempts and 20 s', async () => {
    const { retrying } = await import('../../src/gcp/retry.js');
    const t0 = Date.now();
    let calls = 0;
    const dnsDown = Object.assign(new Error('getaddrinfo ENOTFOUND compute.googleapis.com'), { code: 'ENOTFOUND' });
    const value = await retrying(async () => {
      calls++;
      if (Date.now() - t0 < 1500) throw dnsDown;
      return 'answered';
    }, { baseMs: 20, random: () => 1 });
    expect(value).toBe('answered');
    expect(calls).toBeGreaterThan(4);
  });

  it('waiting with an abort signal leaves no listener behind (no MaxListenersExceededWarning in long waits)', async () => {
    const stop = new AbortController();
    for (let i = 0; i < 20; i++) await sleep(1, stop.signal);
    expect(getEventListeners(stop.signal, 'abort')).toHaveLength(0);
  });
});

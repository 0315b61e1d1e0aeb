/** The apply command's conversation: the confirmation prompt, the JSON event stream, waiting for certificates. */
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { harness, P } from '../helpers/emulator.js';

async function cliWith(argv: string[], answer: string | undefined) {
  let stdout = '';
  let stderr = '';
  const asked: string[] = [];
  const code = await run(argv, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    env: {},
    isTTY: answer !== undefined,
    prompt: async (q) => (asked.push(q), answer ?? ''),
  });
  return { code, stdout, stderr, asked };
}

describe('apply on a terminal', () => {
  it("asks, and applies only on 'yes'", async () => {
    const h = await harness();
    const no = await cliWith(['apply', 'examples/http.yaml', '--compute-endpoint', h.em.endpoint], 'no');
    expect(no.asked).toEqual(["\nDo you want to perform these actions? Only 'yes' will be accepted: "]);
    expect(no.code).toBe(1);
    expect(no.stderr).toContain('Apply cancelled.');
    expect(h.em.log.filter((l) => l.method !== 'GET')).toEqual([]);
    const yes = await cliWith(['apply', 'examples/http.yaml', '--compute-endpoint', h.em.endpoint], 'yes');
    expect(yes.code).toBe(0);
    expect(yes.stdout).toContain('Apply complete: 6 done');
    const again = await cliWith(['apply', 'examples/http.yaml', '--compute-endpoint', h.em.endpoint], 'yes');
    expect(again.asked).toEqual([]); // nothing to do, nothing to ask
    expect(again.stdout).toContain('No changes.');
  });
});

describe('apply --json', () => {
  it('prints one JSON event per line, each with its time: the plan first, start, done, finished with counts per action, then the outputs', async () => {
    const h = await harness();
    const r = await cliWith(['apply', 'examples/http.yaml', '--compute-endpoint', h.em.endpoint, '--auto-approve', '--json'], undefined);
    expect(r.code).toBe(0);
    const events = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { type: string; address?: string; ms?: number; time?: string });
    expect(events[0]).toMatchObject({ type: 'plan', loadBalancer: 'serverless-lb', project: 'my-project', summary: { add: 6, change: 0, destroy: 0 }, steps: 6 });
    expect(events.filter((e) => e.type === 'start')).toHaveLength(6);
    expect(events.filter((e) => e.type === 'done')).toHaveLength(6);
    expect(events.slice(0, -1).every((e) => typeof e.time === 'string' && !Number.isNaN(Date.parse(e.time)))).toBe(true);
    expect(events.at(-2)).toMatchObject({ type: 'finished', done: 6, failed: 0, skipped: 0, actions: { create: 6 } });
    expect(events.at(-1)).toMatchObject({ type: 'outputs', urls: [expect.stringMatching(/^http:\/\/34\./)] });
  });
});

describe('--wait-for-certificates', () => {
  it('waits, with progress lines, until managed certificates are ACTIVE', async () => {
    const h = await harness({ certificateActivationMs: 300 });
    const r = await cliWith(['apply', 'examples/https-managed.yaml', '--compute-endpoint', h.em.endpoint, '--auto-approve', '--wait-for-certificates', '--certificate-timeout', '10'], undefined);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Waiting for certificates: certificate serverless-lb-cert-[0-9a-f]{8} is PROVISIONING/);
    expect(r.stdout).toMatch(/Certificate serverless-lb-cert-[0-9a-f]{8} \(example\.com, www\.example\.com\): ACTIVE/);
    expect(r.stdout).toMatch(/example\.com\s+A\s+34\./);
    expect(r.stdout).toContain('https://www.example.com');
  });

  it('gives up after the bound with a warning, and the apply still succeeds', async () => {
    const h = await harness({ certificateActivationMs: 60_000 });
    const r = await cliWith(['apply', 'examples/https-managed.yaml', '--compute-endpoint', h.em.endpoint, '--auto-approve', '--wait-for-certificates', '--certificate-timeout', '1'], undefined);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('Warning: managed certificates not ACTIVE after 1s');
    expect((await h.v1.sslCertificates.list({ project: P })).data.items?.[0]?.managed?.status).toBe('PROVISIONING');
  });
});

describe('numeric and duration flags are checked before anything runs', () => {
  it.each([
    ['--certificate-timeout', 'abc', 'takes a duration from 1s to 24h'],
    ['--certificate-timeout', '0', 'takes a duration from 1s to 24h'],
    ['--certificate-timeout', '2d', 'takes a duration from 1s to 24h'],
    ['--parallelism', '0', 'takes a whole number from 1 to 100, not 0'],
    ['--parallelism', 'lots', 'takes a whole number from 1 to 100, not "lots"'],
    ['--parallelism', '4.5', 'takes a whole number from 1 to 100'],
  ])('%s %s: usage error, exit 2, no request', async (flag, value, message) => {
    const h = await harness();
    const r = await cliWith(['apply', 'examples/http.yaml', '--compute-endpoint', h.em.endpoint, '--auto-approve', '--wait-for-certificates', flag, value], undefined);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(h.em.log).toEqual([]);
  });

  it('durations accept 90s, 20m and plain seconds', async () => {
    const { duration } = await import('../../src/cli/flags.js');
    expect([duration('90s'), duration('20m'), duration('1h'), duration('45'), duration('1500ms')]).toEqual([90_000, 1_200_000, 3_600_000, 45_000, 1500]);
  });
});

describe('the summary after apply', () => {
  it('reads two lists (forwarding rules and certificates) for the IPs and certificate states, not the whole live state again', async () => {
    const h = await harness();
    const r = await cliWith(['apply', 'examples/https-managed.yaml', '--compute-endpoint', h.em.endpoint, '--auto-approve'], undefined);
    expect(r.code).toBe(0);
    const lastWrite = h.em.log.map((l) => l.method).lastIndexOf('POST');
    expect(h.em.log.slice(lastWrite + 1).map((l) => l.route).sort()).toEqual(['globalForwardingRules.list', 'sslCertificates.list']);
    expect(r.stdout).toMatch(/IP addresses: 34\.\d+\.\d+\.\d+ \(IPv4\)/);
  });
});


/**
 * Apply on the emulator with its referential integrity on: parallel and bounded, failures isolated,
 * transient faults retried, re-runs converge, destroy leaves nothing owned behind.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyPlan, type ApplyEvent } from '../../src/apply/execute.js';
import { readLive } from '../../src/gcp/read.js';
import { compile } from '../../src/compile/index.js';
import { loadManifest } from '../../src/manifest/load.js';
import { secretResolver } from '../../src/manifest/secrets.js';
import type { ComputeClients } from '../../src/gcp/client.js';
import { NO_FAULTS, type FaultRates } from '../../src/emulator/config.js';
import { cli } from '../helpers/cli.js';
import { harness, P } from '../helpers/emulator.js';
import { apply, plan, workspace } from '../helpers/plan.js';
import { ownedByContract } from '../helpers/ownership.js';

const NONE: FaultRates = NO_FAULTS;
const TWENTY_PERCENT: FaultRates = { ...NONE, rateLimit: 0.05, tooManyRequests: 0.03, serverError: 0.04, unavailable: 0.03, dropBefore: 0.02, dropAfter: 0.03 };
const key = readFileSync('examples/certs/example.com.key', 'utf8');
const env = { TLS_PRIVATE_KEY: key, IAP_CLIENT_SECRET: 'iap' };

/** Owned live addresses must be exactly the desired ones: no orphans, no duplicates, nothing missing. */
async function expectConverged(h: ComputeClients, file: string): Promise<void> {
  const loaded = loadManifest(file);
  const desired = compile(loaded.manifest!, { files: loaded.files, secrets: new Map() });
  const live = await readLive(h, desired.project, { baseMs: 1 });
  const owned = [...live.resources.values()].filter((r) => ownedByContract(r, desired.name)).map((r) => r.address).sort();
  expect(owned).toEqual(desired.resources.map((r) => r.address).sort());
  expect((await plan(h, file, env)).steps).toEqual([]);
}

describe('apply', () => {
  it('runs independent steps in parallel, never more than --parallelism at once', async () => {
    const h = await harness({ operationMs: 40 });
    const ws = workspace();
    const { generateManifest } = await import('../../bench/generate.js');
    const file = ws.write(generateManifest(6, 4)); // 24 NEGs, all independent
    const p = await plan(h, file);
    let inFlight = 0;
    let peak = 0;
    const events: ApplyEvent[] = [];
    const result = await applyPlan(p, h, { parallelism: 5, secret: () => undefined }, (e) => {
      events.push(e);
      if (e.type === 'start') peak = Math.max(peak, ++inFlight);
      if (e.type === 'done' || e.type === 'failed') inFlight--;
    });
    expect(result.failed).toBe(0);
    expect(peak).toBe(5);
    // Each step ran exactly once, its start before its end, after everything it depends on.
    const finished = new Map<string, number>();
    const started = new Map<string, number>();
    events.forEach((e, i) => {
      if (e.type === 'start') started.set(e.step.id, i);
      if (e.type === 'done') finished.set(e.step.id, i);
    });
    expect(started.size).toBe(p.steps.length);
    for (const edge of p.edges) expect(started.get(edge.from)!).toBeGreaterThan(finished.get(edge.to)!);
    await expectConverged(h, file);
  });

  it('converges with 20% transient faults injected (403 rate limit, 429, 500, 503, dropped connections)', async () => {
    const h = await harness({ seed: 7, faults: TWENTY_PERCENT });
    for (const name of ['multi-region', 'cloud-armor', 'iap', 'https-self-managed-redirect']) {
      if (name === 'cloud-armor') {
        (h.em.emulator as { config: { faults: FaultRates } }).config.faults = NONE;
        await h.v1.securityPolicies.insert({ project: P, requestBody: { name: 'corp-waf-policy' } });
        (h.em.emulator as { config: { faults: FaultRates } }).config.faults = TWENTY_PERCENT;
      }
      const file = `examples/${name}.yaml`;
      const p = await plan(h, file, env);
      const result = await applyPlan(p, h, { secret: secretResolver('examples', env), retryBaseMs: 2 });
      expect(result.outcomes.filter((o) => o.status !== 'done').map((o) => `${o.step.id} ${o.error}`)).toEqual([]);
      await expectConverged(h, file);
    }
    const faults = h.em.log.filter((l) => l.fault);
    expect(faults.length).toBeGreaterThan(20);
    expect(new Set(faults.map((f) => f.fault))).toEqual(new Set(['rateLimitExceeded', '429', '500', '503', 'dropBefore', 'dropAfter']));
  });

  it('a failed operation fails its step, skips its dependents once, lets independent steps finish; a re-run converges', async () => {
    const h = await harness({ seed: 3, faults: { ...NONE, failedOperation: 0.25 } });
    const file = 'examples/regional-routing.yaml';
    const p = await plan(h, file, env);
    const result = await applyPlan(p, h, { secret: () => undefined });
    expect(result.failed).toBeGreaterThan(0);
    expect(result.done).toBeGreaterThan(0);
    for (const o of result.outcomes.filter((x) => x.status === 'failed')) expect(o.error).toContain('(QUOTA_EXCEEDED)');
    const skipped = result.outcomes.filter((o) => o.status === 'skipped');
    expect(new Set(skipped.map((o) => o.step.id)).size).toBe(skipped.length);
    (h.em.emulator as { config: { faults: FaultRates } }).config.faults = NONE;
    await apply(h, await plan(h, file, env), 'examples', env);
    await expectConverged(h, file);
  });

  it('a permanent error is not retried: its dependents are skipped, the rest is done', async () => {
    const h = await harness();
    const ws = workspace();
    const file = ws.write(`apiVersion: lb-plan/v1
kind: LoadBalancer
metadata: { name: lb, project: my-project }
frontend: { address: { reserve: lb-ip } }
backends:
  a: { serverless: [ { region: us-central1, cloudRun: { service: a } } ] }
  b: { serverless: [ { region: us-central1, cloudRun: { service: b } } ] }
routing: { default: a, hosts: [ { hosts: [b.example.com], backend: b } ] }
`);
    const p = await plan(h, file);
    // Between plan and apply, someone takes the name of backend service b.
    await h.v1.backendServices.insert({ project: P, requestBody: { name: 'lb-b' } });
    h.em.log.length = 0;
    const result = await applyPlan(p, h, { secret: () => undefined, retryBaseMs: 1 });
    const failed = result.outcomes.filter((o) => o.status === 'failed');
    expect(failed.map((o) => [o.step.id, o.error])).toEqual([['create:backendService/lb-b', "backendService/lb-b was created by someone else meanwhile (409 alreadyExists, and it is not this load balancer's); lb-plan will not touch it"]]);
    expect(h.em.log.filter((l) => l.route === 'backendServices.insert' && l.path.endsWith('backendServices')).length).toBe(2); // a, and b once: no retry
    const skipped = result.outcomes.filter((o) => o.status === 'skipped').map((o) => o.step.id).sort();
    expect(skipped).toEqual(['create:globalForwardingRule/lb-http', 'create:targetHttpProxy/lb-http-proxy', 'create:urlMap/lb']);
    expect(result.outcomes.find((o) => o.step.id === 'create:backendService/lb-a')!.status).toBe('done');
  });

  it('concurrent applies cannot lose an update: the second fails cleanly on the fingerprint', async () => {
    const h = await harness();
    const ws = workspace();
    const base = `apiVersion: lb-plan/v1
kind: LoadBalancer
metadata: { name: lb, project: my-project }
frontend: { address: { reserve: lb-ip } }
backends:
  a:
    serverless: [ { region: us-central1, cloudRun: { service: a } } ]
`;
    await apply(h, await plan(h, ws.write(base)), ws.dir);
    const first = await plan(h, ws.write(base + '    cdn: true\n'));
    const second = await plan(h, ws.write(base + '    logging: false\n'));
    await apply(h, first, ws.dir);
    const result = await applyPlan(second, h, { secret: () => undefined });
    expect(result.outcomes.map((o) => [o.step.id, o.status, o.error])).toEqual([['update:backendService/lb-a', 'failed', 'Invalid fingerprint. (412 conditionNotMet): someone else changed this resource since the plan was made; plan again']]);
    const bs = (await h.v1.backendServices.get({ project: P, backendService: 'lb-a' })).data;
    expect(bs.enableCDN).toBe(true); // the first apply's change was not lost
  });
});

describe('progress', () => {
  it('a step still under way says so with the time elapsed, as Terraform\'s "Still creating..."', async () => {
    const { eventLine } = await import('../../src/apply/render.js');
    const h = await harness({ operationMs: 450 });
    const lines: string[] = [];
    const result = await applyPlan(await plan(h, 'examples/http.yaml'), h, { secret: () => undefined, progressEveryMs: 200 }, (e) => {
      const line = eventLine(e);
      if (line) lines.push(line);
    });
    expect(result.failed).toBe(0);
    expect(lines).toContainEqual(expect.stringMatching(/^globalAddress\/example-ip: still creating… \[\d+s elapsed\]$/));
    const started = lines.indexOf('globalAddress/example-ip: create…');
    const still = lines.findIndex((l) => l.startsWith('globalAddress/example-ip: still creating'));
    const done = lines.findIndex((l) => l.startsWith('globalAddress/example-ip: create done'));
    expect(started).toBeLessThan(still);
    expect(still).toBeLessThan(done);
  });
});

describe('destroy', () => {
  it('removes everything owned, in reverse order, on a full and on a partial deployment', async () => {
    for (const partial of [false, true]) {
      const h = await harness({ seed: 11, faults: partial ? { ...NONE, failedOperation: 0.3 } : NONE });
      const file = 'examples/multi-region.yaml';
      const p = await plan(h, file, env);
      const applied = await applyPlan(p, h, { secret: () => undefined });
      expect(applied.failed > 0).toBe(partial);
      (h.em.emulator as { config: { faults: FaultRates } }).config.faults = NONE;
      h.em.log.length = 0;
      const r = await cli('destroy', file, '--compute-endpoint', h.em.endpoint, '--auto-approve');
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/Destroy complete: \d+ done, 0 failed, 0 skipped/);
      expect(r.stdout).not.toContain('Apply complete');
      expect(h.em.log.filter((l) => l.method === 'DELETE').every((l) => l.status === 200)).toBe(true);
      expect((await readLive(h, P)).resources.size).toBe(0);
    }
  });

  it('without a terminal, apply and destroy refuse to act unless --auto-approve, and say so', async () => {
    const h = await harness();
    for (const cmd of ['apply', 'destroy']) {
      if (cmd === 'destroy') await apply(h, await plan(h, 'examples/http.yaml'), 'examples');
      h.em.log.length = 0;
      const r = await cli(cmd, 'examples/http.yaml', '--compute-endpoint', h.em.endpoint);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`lb-plan ${cmd} needs --auto-approve when not run interactively`);
      expect(h.em.log.filter((l) => l.method !== 'GET')).toEqual([]);
    }
  });

  it('the summary names what failed with GCP\'s message and the resource, and what was skipped', async () => {
    const h = await harness({ faults: { ...NONE, failedOperation: 1 } });
    const r = await cli('apply', 'examples/http.yaml', '--compute-endpoint', h.em.endpoint, '--auto-approve');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("Failed to create globalAddress/example-ip: Quota 'ADDRESSES' exceeded.  Limit: 0.0 globally. (QUOTA_EXCEEDED)");
    expect(r.stdout).toContain('Apply failed: 0 done, 2 failed, 4 skipped'); // address and NEG fail; the chain after the NEG is skipped
    expect(r.stdout).toContain('Skipped because something they depend on failed: ');
    expect(r.stdout).toContain('Run apply again to converge');
  });
});

describe('crashes', () => {
  it('apply interrupted with SIGINT stops starting steps, says "Apply interrupted" (never "complete"), exits 1, and a re-run converges', async () => {
    const { spawn } = await import('node:child_process');
    const h = await harness({ operationMs: 80 });
    const file = 'examples/multi-region.yaml';
    const child = spawn(process.execPath, ['dist/cli.cjs', 'apply', file, '--compute-endpoint', h.em.endpoint, '--auto-approve', '--parallelism', '2'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if ((out.match(/ done \[/g) ?? []).length >= 2 && !child.killed) child.kill('SIGINT');
    });
    const code = await new Promise<number | null>((r) => child.once('exit', (c) => r(c)));
    expect(child.killed, 'the signal was sent').toBe(true);
    expect(code).toBe(1);
    expect(out).toMatch(/Apply interrupted: \d+ done, \d+ failed, \d+ skipped/);
    expect(out).toContain('Run apply again to converge');
    expect(out).not.toContain('Apply complete');
    await new Promise((r) => setTimeout(r, 200));
    await apply(h, await plan(h, file, env), 'examples', env);
    await expectConverged(h, file);
  });

  it('apply killed with SIGKILL mid-way, then run again, converges with no orphans and no duplicates', async () => {
    const { spawn } = await import('node:child_process');
    const h = await harness({ operationMs: 60 });
    const file = 'examples/multi-region.yaml';
    const child = spawn(process.execPath, ['dist/cli.cjs', 'apply', file, '--compute-endpoint', h.em.endpoint, '--auto-approve', '--parallelism', '3'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        if ((out.match(/ done \[/g) ?? []).length >= 5) {
          child.kill('SIGKILL');
          resolve();
        }
      });
      child.once('exit', () => reject(new Error(`finished before it could be killed:\n${out}`)));
    });
    await new Promise((r) => child.once('exit', r));
    expect(out).not.toContain('Apply complete');
    const before = (await readLive(h, P)).resources.size;
    expect(before).toBeGreaterThan(0);
    expect(before).toBeLessThan(14);
    // Operations in flight when it died finish on their own; the re-run picks up from what exists.
    await new Promise((r) => setTimeout(r, 150));
    const again = await plan(h, file, env);
    expect(again.resources.every((r) => r.action === 'create')).toBe(true);
    await apply(h, again, 'examples', env);
    await expectConverged(h, file);
  });

  it('a re-run that finds its own earlier insert already there treats it as done', async () => {
    const h = await harness();
    const p = await plan(h, 'examples/http.yaml');
    // An earlier run created the address, then died before it saw the answer.
    const insert = p.steps.find((s) => s.id === 'create:globalAddress/example-ip')!;
    await h.v1.globalAddresses.insert({ project: P, requestBody: (insert.operation as { body: object }).body });
    const result = await applyPlan(p, h, { secret: () => undefined });
    expect(result.failed).toBe(0);
    await expectConverged(h, 'examples/http.yaml');
  });
});

/**
 * Nothing unowned is ever touched (issue 15, items 1-4): a saved plan is made again and compared
 * before anything runs; apply re-checks each target right before changing it; secrets resolve
 * only at secret fields with their hash; labels alone never make ownership.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyPlan } from '../../src/apply/execute.js';
import { run } from '../../src/cli/main.js';
import type { Plan } from '../../src/plan/types.js';
import { harness, P } from '../helpers/emulator.js';
import { cli } from '../helpers/cli.js';
import { plan as makePlan, workspace } from '../helpers/plan.js';
import { MANIFEST_A, MANIFEST_B, runDist, tamper, tamperHolds, tamperProperty, TAMPER_PROJECT, type Edit } from '../chaos/tamper.js';

const SEED = Number(process.env.LB_PLAN_CHAOS_SEED ?? 20261128);
const each = (e: Edit) => [e.kind, e] as const;

describe('a saved plan runs only if the manifest and the live state give the same plan (dist/cli.cjs as a process)', () => {
  it.each([
    each({ kind: 'deleteStep', target: 'globalAddress/prod-ip' }),
    each({ kind: 'retarget', step: 0, name: 'prod-ip' }),
    each({ kind: 'editBody', step: 1, value: 'evil' }),
    each({ kind: 'dropObserved' }),
    each({ kind: 'project' }),
    each({ kind: 'cycle' }),
    each({ kind: 'secretInDescription', step: 2 }),
  ])('%s: refused with exit 1, no mutation, nothing unowned changed', async (_kind, edit) => {
    await tamperHolds([edit]);
  }, 60_000);

  it('the untouched plan applies, and says which steps differ when one is added', async () => {
    const h = await harness();
    const ws = workspace();
    const at = ['--compute-endpoint', h.em.endpoint];
    await h.v1.globalAddresses.insert({ project: TAMPER_PROJECT, requestBody: { name: 'prod-ip' } });
    writeFileSync(join(ws.dir, 'lb.yaml'), MANIFEST_A);
    expect((await runDist(['apply', 'lb.yaml', ...at, '--auto-approve'], ws.dir)).code).toBe(0);
    writeFileSync(join(ws.dir, 'lb.yaml'), MANIFEST_B);
    expect((await runDist(['plan', 'lb.yaml', ...at, '--out', 'plan.json'], ws.dir)).code).toBe(0);
    const saved = readFileSync(join(ws.dir, 'plan.json'), 'utf8');
    const plan = JSON.parse(saved) as Record<string, unknown>;
    tamper(plan, { kind: 'deleteStep', target: 'globalAddress/prod-ip' });
    writeFileSync(join(ws.dir, 'evil.json'), JSON.stringify(plan));
    const refused = await runDist(['apply', 'evil.json', ...at], ws.dir);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('step delete:globalAddress/prod-ip does not follow from the manifest and the live state');
    const ok = await runDist(['apply', 'plan.json', ...at], ws.dir);
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    expect((await h.v1.globalAddresses.get({ project: TAMPER_PROJECT, address: 'prod-ip' })).status).toBe(200);
  }, 60_000);

  it('a plan naming a manifest outside the current directory and its own is refused without reading it', async () => {
    const ws = workspace();
    const h = await harness();
    writeFileSync(join(ws.dir, 'lb.yaml'), MANIFEST_A);
    expect((await runDist(['plan', 'lb.yaml', '--compute-endpoint', h.em.endpoint, '--out', 'plan.json'], ws.dir)).code).toBe(0);
    const plan = JSON.parse(readFileSync(join(ws.dir, 'plan.json'), 'utf8')) as { manifest: { file: string } };
    plan.manifest.file = '/etc/passwd';
    writeFileSync(join(ws.dir, 'plan.json'), JSON.stringify(plan));
    h.em.log.length = 0;
    const r = await runDist(['apply', 'plan.json', '--compute-endpoint', h.em.endpoint], ws.dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('which is not a file inside the current directory');
    expect(r.stderr).not.toContain('root:');
    expect(h.em.log).toEqual([]);
  }, 30_000);

  it('a plan made in a subdirectory applies from the repository root; one made with --no-wait-certificates needs the flag again', async () => {
    const h = await harness();
    const ws = workspace();
    const at = ['--compute-endpoint', h.em.endpoint];
    const infra = join(ws.dir, 'infra');
    (await import('node:fs')).mkdirSync(infra);
    writeFileSync(join(infra, 'lb.yaml'), MANIFEST_A);
    expect((await runDist(['plan', 'lb.yaml', ...at, '--out', 'plan.json', '--no-wait-certificates'], infra)).code).toBe(0);
    const without = await runDist(['apply', 'infra/plan.json', ...at], ws.dir);
    expect(without.code).toBe(1);
    expect(without.stderr).toBe('Error: the saved plan was made with --no-wait-certificates; give apply the same flag, or plan again.\n');
    const ok = await runDist(['apply', 'infra/plan.json', ...at, '--no-wait-certificates'], ws.dir);
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
  }, 60_000);

  it('random edits to plan.json never touch an unowned resource (bounded; npm run chaos runs it long)', async () => {
    await fc.assert(tamperProperty, { numRuns: 4, seed: SEED, endOnFailure: false });
  }, 120_000);
});

const LB = `apiVersion: lb-plan/v1
kind: LoadBalancer
metadata: { name: lb, project: ${P} }
frontend:
  address: { reserve: lb-ip }
backends:
  hello:
    serverless: [ { region: us-central1, cloudRun: { service: hello } } ]
`;

describe('apply re-checks each target right before changing it', () => {
  it('an owned policy swapped for an unowned one of the same name while the prompt waits is not deleted', async () => {
    const h = await harness();
    const ws = workspace();
    const at = ['--compute-endpoint', h.em.endpoint];
    expect((await cli('apply', ws.write(LB + '    securityPolicy: { rateLimit: { requestCount: 100 } }\n'), ...at, '--auto-approve')).code).toBe(0);
    const file = ws.write(LB);
    let stdout = '';
    let stderr = '';
    const code = await run(['apply', file, ...at], {
      stdout: (t) => (stdout += t),
      stderr: (t) => (stderr += t),
      env: {},
      isTTY: true,
      prompt: async () => {
        // Someone else takes the name: the owned policy goes, an unowned one of the same name comes.
        const bs = (await h.v1.backendServices.get({ project: P, backendService: 'lb-hello' })).data;
        await h.v1.backendServices.setSecurityPolicy({ project: P, backendService: bs.name!, requestBody: { securityPolicy: null } as never });
        await h.v1.securityPolicies.delete({ project: P, securityPolicy: 'lb-hello-armor' });
        await h.v1.securityPolicies.insert({ project: P, requestBody: { name: 'lb-hello-armor', description: 'the payments team' } });
        return 'yes';
      },
    });
    expect(stdout).toContain('securityPolicy/lb-hello-armor');
    expect(code).toBe(1);
    expect(stderr + stdout).toContain('securityPolicy/lb-hello-armor was deleted and created again by someone else since the plan was made');
    expect((await h.v1.securityPolicies.get({ project: P, securityPolicy: 'lb-hello-armor' })).data.description).toBe('the payments team');
  });

  it('labels alone never make ownership: another load balancer\'s marker vetoes destroy', async () => {
    const h = await harness();
    const ws = workspace();
    const file = ws.write(LB);
    expect((await cli('apply', file, '--compute-endpoint', h.em.endpoint, '--auto-approve')).code).toBe(0);
    await h.v1.globalAddresses.insert({ project: P, requestBody: { name: 'other-ip', description: 'x [managed by lb-plan: other]', labels: { 'managed-by': 'lb-plan', 'lb-plan-lb': 'lb' } } });
    const r = await cli('destroy', file, '--compute-endpoint', h.em.endpoint, '--auto-approve');
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('other-ip');
    expect((await h.v1.globalAddresses.get({ project: P, address: 'other-ip' })).status).toBe(200);
  });
});

describe('secrets resolve only at secret fields, always against their hash (applyPlan on a crafted plan)', () => {
  async function crafted(edit: (p: Plan) => void): Promise<{ failures: string[]; bodies: string }> {
    const h = await harness();
    const ws = workspace();
    const p = JSON.parse(JSON.stringify(await makePlan(h, ws.write(LB)))) as Plan;
    edit(p);
    const result = await applyPlan(p, h, { secret: (ref) => (ref === 'env:TOKEN' ? 'ghp_SECRET_token_value' : undefined), retryBaseMs: 1 });
    return { failures: result.outcomes.filter((o) => o.status === 'failed').map((o) => `${o.step.id}: ${o.error}`), bodies: JSON.stringify(await h.v1.urlMaps.list({ project: P })) };
  }

  it('a $secret in a readable field (a URL map description) is refused; the value is never sent', async () => {
    const { failures, bodies } = await crafted((p) => {
      const s = p.steps.find((x) => x.kind === 'urlMap')!;
      ((s.operation as { body: Record<string, unknown> }).body).description = { $secret: 'env:TOKEN', sha256: 'a'.repeat(64) };
    });
    expect(failures).toEqual(['create:urlMap/lb: the plan holds a secret reference at description, which is not a secret field of urlMap; refused']);
    expect(bodies).not.toContain('ghp_SECRET');
  });

  it('a $secret without its hash is refused even at a secret field', async () => {
    const { failures } = await crafted((p) => {
      const s = p.steps.find((x) => x.kind === 'backendService')!;
      ((s.operation as { body: Record<string, unknown> }).body).iap = { enabled: true, oauth2ClientId: 'c', oauth2ClientSecret: { $secret: 'env:TOKEN' } };
    });
    expect(failures).toEqual(['create:backendService/lb-hello: the secret reference env:TOKEN has no SHA-256 to check it against; refused']);
  });
});

/**
 * Secrets in a plan are references with the SHA-256 of their value (src/apply/runner.ts,
 * resolveSecrets): apply resolves one only at a secret field of its kind, only when its value is
 * available, and only when that value still has the planned hash; anything else fails the step and
 * sends nothing. Checked on a crafted plan (applyPlan) against the emulator, which keeps only the
 * SHA-256 of an IAP client secret (gcp-behaviour.md §2.5): the oracle is node:crypto's hash of the
 * value the test chose, and the emulator's request log.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { applyPlan } from '../../src/apply/execute.js';
import type { Plan } from '../../src/plan/types.js';
import { harness, P } from '../helpers/emulator.js';
import { ONE_BACKEND, plan, workspace } from '../helpers/plan.js';

const LB = ONE_BACKEND;
const VALUE = 'iap-client-secret-value';
const sha = (s: string) => createHash('sha256').update(s).digest('hex');

/** A plan for LB whose backend service insert carries IAP with `secret` as its client secret; applied with `available` as env:IAP. */
async function run(secret: unknown, available: string | undefined, place: (body: Record<string, unknown>, secret: unknown) => void = (b, s) => (b.iap = { enabled: true, oauth2ClientId: 'client', oauth2ClientSecret: s })) {
  const h = await harness();
  const p = JSON.parse(JSON.stringify(await plan(h, workspace().write(LB)))) as Plan;
  const step = p.steps.find((s) => s.id === 'create:backendService/lb-hello')!;
  place((step.operation as { body: Record<string, unknown> }).body, secret);
  h.em.log.length = 0;
  const result = await applyPlan(p, h, { secret: (ref) => (ref === 'env:IAP' ? available : undefined), retryBaseMs: 1 });
  const outcome = result.outcomes.find((o) => o.step.id === step.id)!;
  const sent = h.em.log.filter((l) => l.route === 'backendServices.insert');
  return { h, outcome, sent };
}

describe('secret references in a plan', () => {
  it('at the IAP client secret, available, with its hash: the value is sent, GCP keeps its SHA-256', async () => {
    const { h, outcome, sent } = await run({ $secret: 'env:IAP', sha256: sha(VALUE) }, VALUE);
    expect(outcome.status).toBe('done');
    expect(sent).toHaveLength(1);
    expect((await h.v1.backendServices.get({ project: P, backendService: 'lb-hello' })).data.iap).toEqual({ enabled: true, oauth2ClientId: 'client', oauth2ClientSecretSha256: sha(VALUE) });
  });

  it('not available where apply runs: the step fails naming the reference, nothing sent', async () => {
    const { outcome, sent } = await run({ $secret: 'env:IAP', sha256: sha(VALUE) }, undefined);
    expect(outcome).toMatchObject({ status: 'failed', error: 'the secret env:IAP is not available' });
    expect(sent).toEqual([]);
  });

  it('changed since the plan was made: the step fails, saying to plan again; the new value is not sent', async () => {
    const { outcome, sent } = await run({ $secret: 'env:IAP', sha256: sha(VALUE) }, 'another-value');
    expect(outcome).toMatchObject({ status: 'failed', error: 'the secret env:IAP changed since the plan was made; plan again' });
    expect(sent).toEqual([]);
  });

  it('a hash that is not 64 hex digits, or not a string (a list holding the right digits): refused as having none', async () => {
    for (const sha256 of ['Z'.repeat(64), sha(VALUE).slice(1), `${sha(VALUE)}0`, 42, [sha(VALUE)]]) {
      const { outcome, sent } = await run({ $secret: 'env:IAP', sha256 }, VALUE);
      expect(outcome).toMatchObject({ status: 'failed', error: 'the secret reference env:IAP has no SHA-256 to check it against; refused' });
      expect(sent).toEqual([]);
    }
  });

  it('a reference that is not a string: refused even at a secret field', async () => {
    const { outcome, sent } = await run({ $secret: 42, sha256: sha(VALUE) }, VALUE);
    expect(outcome).toMatchObject({ status: 'failed', error: 'the plan holds a secret reference at iap.oauth2ClientSecret, which is not a secret field of backendService; refused' });
    expect(sent).toEqual([]);
  });

  it('inside a list, or as the whole body: refused, the place named by its path', async () => {
    const ref = { $secret: 'env:IAP', sha256: sha(VALUE) };
    const inList = await run(ref, VALUE, (b, s) => ((b.backends as Record<string, unknown>[])[0]!.description = s));
    expect(inList.outcome).toMatchObject({ status: 'failed', error: 'the plan holds a secret reference at backends.0.description, which is not a secret field of backendService; refused' });
    const h = await harness();
    const p = JSON.parse(JSON.stringify(await plan(h, workspace().write(LB)))) as Plan;
    const step = p.steps.find((s) => s.id === 'create:backendService/lb-hello')!;
    (step.operation as { body: unknown }).body = ref;
    const whole = await applyPlan(p, h, { secret: () => VALUE, retryBaseMs: 1 });
    expect(whole.outcomes.find((o) => o.step.id === step.id)).toMatchObject({ status: 'failed', error: 'the plan holds a secret reference at (root), which is not a secret field of backendService; refused' });
    expect(h.em.log.filter((l) => l.route === 'backendServices.insert')).toEqual([]);
  });
});

/**
 * The example workflow (examples/workflows/lb-plan.yml) as data: its lb-plan steps, and a step as the
 * runner would run it — `with` as inputs, `env`, with `${{ secrets.X }}` and `${{ inputs.X }}`
 * evaluated — so the process tests run the Action exactly as the example configures it.
 */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { parse } from 'yaml';
import { P } from '../helpers/emulator.js';

export const EXAMPLE = 'examples/workflows/lb-plan.yml';

interface Step {
  id?: string;
  uses?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
}
interface Workflow {
  jobs: Record<string, { steps: Step[] }>;
}

/** The lb-plan steps of a workflow, by job. */
export function lbPlanSteps(text: string): { job: string; step: Step }[] {
  const wf = parse(text) as Workflow;
  return Object.entries(wf.jobs ?? {}).flatMap(([job, j]) => (j.steps ?? []).filter((s) => /^[^/\s]+\/lb-plan@/.test(s.uses ?? '')).map((step) => ({ job, step })));
}

export const SECRETS: Record<string, string> = {
  IAP_CLIENT_SECRET: 'iap-client-secret-from-github-secrets-0123',
  TLS_PRIVATE_KEY: readFileSync('examples/certs/example.com.key', 'utf8'),
};

/** A manifest with an IAP backend and a self-managed certificate whose secrets come from the environment. */
export const WITH_SECRETS = `apiVersion: lb-plan/v1
kind: LoadBalancer
metadata: { name: web, project: ${P} }
frontend:
  address: { reserve: web-ip }
  https:
    certificates:
      - selfManaged: { certificate: certs/example.com.pem, privateKey: { env: TLS_PRIVATE_KEY } }
backends:
  web:
    serverless:
      - { region: us-central1, cloudRun: { service: web } }
  private:
    iap: { oauth2ClientId: 1234-abc.apps.googleusercontent.com, oauth2ClientSecret: { env: IAP_CLIENT_SECRET } }
    serverless:
      - { region: us-central1, cloudRun: { service: private } }
routing: { default: web }
`;

/**
 * The example's lb-plan step of `job` as the runner would run it: its `with` as inputs and its `env`,
 * with `${{ secrets.X }}` and `${{ inputs.X }}` evaluated; any other expression fails the test.
 */
export function exampleStep(job: string, inputs: Record<string, string> = {}): { inputs: Record<string, string>; env: Record<string, string> } {
  const found = lbPlanSteps(readFileSync(EXAMPLE, 'utf8')).find((s) => s.job === job);
  if (!found) throw new Error(`no lb-plan step in job ${job}`);
  const evaluate = (v: unknown): string =>
    String(v).replace(/\$\{\{\s*(secrets|inputs)\.([\w-]+)\s*\}\}/g, (_, kind: string, name: string) => {
      const value = kind === 'secrets' ? SECRETS[name] : inputs[name];
      if (value === undefined) throw new Error(`the example needs ${kind}.${name}`);
      return value;
    });
  const map = (o: Record<string, unknown> = {}) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, evaluate(v)]));
  const out = { inputs: map(found.step.with), env: map(found.step.env) };
  for (const v of [...Object.values(out.inputs), ...Object.values(out.env)]) expect(v).not.toContain('${{');
  return out;
}


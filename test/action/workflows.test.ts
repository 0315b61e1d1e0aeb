/**
 * Issue 12.5: every workflow lb-plan ships — examples/workflows/*.yml and the README's snippets —
 * parses with GitHub's own parser, uses only the inputs and outputs action.yml declares, and, run as
 * written (secrets from GitHub secrets), plans, approves and applies a manifest with secrets.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { rig } from '../helpers/action.js';
import { P } from '../helpers/emulator.js';
import { EXAMPLE, exampleStep, lbPlanSteps, SECRETS, WITH_SECRETS } from './example-workflow.js';
import { parseActionText, parseWorkflowText } from './workflow-parser.js';

const EXAMPLES = 'examples/workflows';
const examples = readdirSync(EXAMPLES).filter((f) => /\.ya?ml$/.test(f)).map((f) => join(EXAMPLES, f));

/** The ```yaml blocks of README's "GitHub Action" section (up to the next `## ` heading). */
function readmeSnippets(): string[] {
  const readme = readFileSync('README.md', 'utf8');
  const start = readme.indexOf('\n## The GitHub Action');
  const end = readme.indexOf('\n## ', start + 1);
  const section = readme.slice(start, end < 0 ? undefined : end);
  return [...section.matchAll(/^```ya?ml\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);
}

const declared = parse(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, unknown>; outputs: Record<string, unknown> };

describe('issue 12.5: the shipped workflows parse with GitHub’s parser', () => {
  it('finds the example workflows and the README snippets', () => {
    expect(examples).toContain('examples/workflows/lb-plan.yml');
    expect(readmeSnippets().length).toBeGreaterThanOrEqual(1);
  });

  it.each(examples)('%s is a valid workflow', async (file) => {
    expect((await parseWorkflowText(file, readFileSync(file, 'utf8'))).errors).toEqual([]);
  });

  it('every README workflow snippet is a valid workflow', async () => {
    for (const [i, snippet] of readmeSnippets().entries()) expect((await parseWorkflowText(`README snippet ${i + 1}`, snippet)).errors).toEqual([]);
  });

  it('action.yml is a valid action', async () => {
    expect((await parseActionText('action.yml', readFileSync('action.yml', 'utf8'))).errors).toEqual([]);
  });

  it('the parser has teeth: an unquoted ${{ }} after "key: " in a run: line is refused, as it was in the example', async () => {
    const broken = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "IPs: ${{ steps.lb.outputs.ip-addresses }}"\n';
    expect((await parseWorkflowText('broken.yml', broken)).errors.join('\n')).toMatch(/mapping/i);
  });

  it('every lb-plan step uses only declared inputs, and only declared outputs are read', () => {
    const texts = [...examples.map((f) => readFileSync(f, 'utf8')), ...readmeSnippets()];
    for (const text of texts) {
      for (const { step } of lbPlanSteps(text)) for (const key of Object.keys(step.with ?? {})) expect(Object.keys(declared.inputs)).toContain(key);
      const ids = lbPlanSteps(text).flatMap(({ step }) => (step.id ? [step.id] : []));
      for (const id of ids) for (const m of text.matchAll(new RegExp(`steps\\.${id}\\.outputs\\.([\\w-]+)`, 'g'))) expect(Object.keys(declared.outputs)).toContain(m[1]);
    }
  });

  it('every lb-plan step of the example gets the same secrets: the plan jobs as well as the apply job', () => {
    const steps = lbPlanSteps(readFileSync(EXAMPLE, 'utf8'));
    expect(steps.map((s) => s.job).sort()).toEqual(['apply', 'plan', 'plan-pull-request']);
    for (const { step } of steps) expect(step.env).toEqual({ IAP_CLIENT_SECRET: '${{ secrets.IAP_CLIENT_SECRET }}', TLS_PRIVATE_KEY: '${{ secrets.TLS_PRIVATE_KEY }}' });
  });
});

describe('issue 12.5: the example workflow, run as written, approves and applies a manifest with secrets', () => {
  it('the plan job approves a manifest whose IAP secret and TLS key come from GitHub secrets; the apply job applies it', async () => {
    const r = await rig({ 'lb/web.yaml': WITH_SECRETS });
    const plan = exampleStep('plan');
    const planned = await r.pr(90, 'opened', plan);
    expect(planned.stderr).toBe('');
    expect(planned.code).toBe(0);
    const body = r.ours(90)[0]!.body;
    expect(JSON.parse(/^<!-- lb-plan:approval (\{.*\}) -->$/m.exec(body)![1]!).plans).toHaveProperty(['lb/web.yaml']);
    for (const secret of [SECRETS.IAP_CLIENT_SECRET!, ...SECRETS.TLS_PRIVATE_KEY!.split('\n').filter((l) => l.length > 20 && !l.startsWith('-----'))]) {
      expect(planned.stdout).toContain(`::add-mask::${secret}`);
      expect(body).not.toContain(secret);
    }
    const applied = await r.merge(90, exampleStep('apply'));
    expect(applied.stderr).toBe('');
    expect(applied.code).toBe(0);
    expect(r.ours(90)[0]!.body).toContain('applied at');
    expect((await r.h.v1.backendServices.get({ project: P, backendService: 'web-private' })).data.iap?.enabled).toBe(true);
  });

  it('without the secrets in the plan job (the old example) the manifest is not valid, so nothing could ever be approved', async () => {
    const r = await rig({ 'lb/web.yaml': WITH_SECRETS });
    const run = await r.pr(91, 'opened', { inputs: exampleStep('plan').inputs });
    expect(run.code).toBe(1);
    expect(run.outputs['failure-reason']).toBe('validation');
    expect(r.ours(91)[0]!.body).not.toMatch(/^<!-- lb-plan:approval/m);
  });
});

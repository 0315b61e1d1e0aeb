/**
 * Issue 12.9: GitHub's limits. Error sections fit the 65,536-character comment (3,000 errors give no
 * 422); the 1 MiB job summary limit holds for the whole summary, not per manifest; a comment that
 * cannot be written (a read-only token, as Dependabot's) loses neither the summary nor the outputs,
 * and the log says why. The built dist/index.js against the fake GitHub and the emulator, then the
 * budgets themselves on src/.
 */
import { Buffer } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { diagnosticsSection, errorSection } from '../../src/action/sections.js';
import { describeGitHubError } from '../../src/action/github.js';
import { fitSummary, summaryShare, SUMMARY_CUT_NOTE, SUMMARY_LIMIT_BYTES } from '../../src/action/summary.js';
import type { Diagnostic } from '../../src/manifest/diagnostic.js';
import { lb, rig } from '../helpers/action.js';
import { P } from '../helpers/emulator.js';
import { TOKENS } from '../helpers/github.js';


/** A manifest with 1,500 backends that each misspell `cloudRun`: 3,000 errors and more. */
function manyErrors(): string {
  const lines = ['apiVersion: lb-plan/v1', 'kind: LoadBalancer', `metadata: { name: web, project: ${P} }`, 'frontend:', '  address: { reserve: web-ip }', 'backends:'];
  for (let i = 0; i < 1500; i++) lines.push(`  b${i}:`, '    serverless:', `      - { region: us-central1, cloudrun: { service: s${i} } }`);
  return lines.join('\n') + '\n';
}

describe('issue 12.9: GitHub’s limits', () => {
  it('3,000 errors: the comment fits 65,536 characters (no 422), says how many were left out; the job summary lists them all', async () => {
    const r = await rig({ 'lb/web.yaml': manyErrors(), 'lb/ok.yaml': lb('ok') });
    // Reading, checking and rendering 3,000 errors takes the Action ~10 s on CI's 2 cores: kill it only at 60 s.
    const run = await r.pr(130, 'opened', { timeoutMs: 60_000 });
    expect(run.code).toBe(1);
    expect(run.outputs['failure-reason']).toBe('validation');
    expect(run.stdout).toMatch(/::error::lb\/web\.yaml: validation — 3,?\d{3} errors/);
    const body = r.ours(130)[0]!.body;
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body).toMatch(/… and [\d,]+ more errors \([\d,]+ in all\), left out to fit/);
    expect(body).toContain('### `lb/ok.yaml` → `ok`'); // the other manifest keeps its plan
    expect(run.summary).toContain('`lb/web.yaml:4506:32`'); // the last backend's error (line 6 + 3 × 1,500)
    expect(run.summary).not.toContain('left out to fit');
  }, 90_000);

  it('the job summary limit holds for the total: four large plans stay within 1 MiB together, each shown', async () => {
    const { generateManifest } = await import('../../bench/generate.js');
    const files: Record<string, string> = {};
    for (let i = 0; i < 4; i++) files[`lb/big-${i}.yaml`] = generateManifest(80, 8).replace('name: bench,', `name: bench${i},`).replace('bench-ip', `bench${i}-ip`);
    const r = await rig(files);
    const run = await r.pr(131);
    expect(run.code).toBe(0);
    expect(Buffer.byteLength(run.summary, 'utf8')).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES);
    expect(run.summary.length).toBeGreaterThan(4 * 65_536); // still far more than the comment shows
    for (let i = 0; i < 4; i++) expect(run.summary).toContain(`### \`lb/big-${i}.yaml\` → \`bench${i}\``);
  }, 60_000);

  it('a read-only token (Dependabot’s): the summary and outputs are written first, then the log says why the comment failed', async () => {
    const r = await rig({ 'lb/web.yaml': lb('web') });
    const run = await r.pr(132, 'opened', { inputs: { 'github-token': TOKENS.readOnly } });
    expect(run.code).toBe(1);
    expect(run.summary).toContain('**Plan: 6 to add, 0 to change, 0 to destroy.**');
    expect(run.summary).toContain('Could not write the pull request comment');
    expect(run.outputs).toMatchObject({ changes: 'true', 'to-add': '6', 'failure-reason': 'api-error' });
    expect(run.outputs['comment-id']).toBeUndefined();
    expect(run.stdout).toContain(
      '::error::api-error: Could not write the pull request comment: GitHub API POST /repos/acme/infra/issues/132/comments answered 403: Resource not accessible by integration — this token cannot write pull request comments',
    );
    expect(run.stdout).toMatch(/No plan was approved/);
    expect(r.gh.comments.get(132) ?? []).toEqual([]);
  });

  it('on merge, a comment that cannot be written after a successful apply is a warning: the apply stands, the outputs are given', async () => {
    const r = await rig({ 'lb/web.yaml': lb('web') });
    await r.pr(133);
    const run = await r.merge(133, { inputs: { 'github-token': TOKENS.readOnly } });
    expect(run.code).toBe(0);
    expect(run.outputs['ip-addresses']).toMatch(/^34\./);
    expect(run.summary).toContain('applied at');
    expect(run.stdout).toMatch(/::warning::Could not write the pull request comment: GitHub API PATCH \/repos\/acme\/infra\/issues\/comments\/\d+ answered 403/);
  });
});

const diag = (i: number): Diagnostic => ({ severity: 'error', file: 'lb/web.yaml', line: i, column: 1, path: ['backends', `b${i}`], message: `problem number ${i}` });

describe('budgets (src)', () => {
  it('diagnosticsSection keeps within its budget and counts what it left out', () => {
    const all = Array.from({ length: 3000 }, (_, i) => diag(i + 1));
    const s = diagnosticsSection('lb/web.yaml', all, 'the manifest is not valid', 10_000);
    expect(s.body.length).toBeLessThanOrEqual(10_000);
    const shown = s.body.split('\n').filter((l) => l.startsWith('- ')).length;
    expect(shown).toBeGreaterThan(50);
    expect(s.body).toContain(`… and ${(3000 - shown).toLocaleString('en-US')} more errors (3,000 in all)`);
    expect(diagnosticsSection('lb/web.yaml', all.slice(0, 3), 't').body).not.toContain('more error');
    expect(diagnosticsSection('lb/web.yaml', all.slice(0, 3), 't', 1_000_000).body.split('\n').filter((l) => l.startsWith('- '))).toHaveLength(3);
  });

  it('errorSection holds a long message to its budget, escaped', () => {
    const s = errorSection('f', 'could not plan', '<'.repeat(50_000), 3_000);
    expect(s.body.length).toBeLessThanOrEqual(3_000);
    expect(s.body).not.toContain('<<');
  });

  it('summaryShare divides the sections’ room by the manifests', () => {
    expect(summaryShare(1)).toBe(900_000);
    expect(summaryShare(4)).toBe(225_000);
    expect(summaryShare(0)).toBe(900_000);
  });

  it('fitSummary: unchanged when it fits; else cut at a line within the limit in bytes, a fence it cut closed, with the note', () => {
    expect(fitSummary('short\n', 100)).toBe('short\n');
    const text = ['## lb-plan', '```mermaid', ...Array.from({ length: 100 }, (_, i) => `line ${i} ✅`)].join('\n');
    const cut = fitSummary(text, 400);
    expect(Buffer.byteLength(cut, 'utf8')).toBeLessThanOrEqual(400);
    expect(cut).toContain(SUMMARY_CUT_NOTE);
    expect(cut).toMatch(/line \d+ ✅\n```\n\n_The job summary was cut/);
  });

  it('describeGitHubError says the method, path, status and GitHub’s messages', () => {
    const e = Object.assign(new Error('x'), { status: 422, request: { method: 'PATCH', url: 'https://api.github.com/repos/a/b/issues/comments/1' }, response: { data: { message: 'Validation Failed', errors: [{ message: 'body is too long (maximum is 65536 characters)' }] } } });
    expect(describeGitHubError(e)).toBe('GitHub API PATCH /repos/a/b/issues/comments/1 answered 422: Validation Failed: body is too long (maximum is 65536 characters)');
    expect(describeGitHubError(new Error('plain'))).toBe('plain');
  });
});

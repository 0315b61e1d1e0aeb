/**
 * Issue 12, "must not happen": the Action tried as an attacker would, with the built dist/index.js
 * run as a process against the fake GitHub server (real webhook payload shapes) and the emulator.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { HEAD_SHA, rig, type ActionRun } from '../helpers/action.js';
import { apiError, P } from '../helpers/emulator.js';

const TOKEN = 'ghs_SECRETtoken0123456789abcdefABCDEF';
const IAP_SECRET = 'iap-SECRET-value-0123456789-zyxwvu';
const CERT = readFileSync('examples/certs/example.com.pem', 'utf8');
const KEY = readFileSync('examples/certs/example.com.key', 'utf8');
/** The lines of the private key that are secret (not the armour). */
const KEY_LINES = KEY.split('\n').filter((l) => l.length >= 16 && !l.startsWith('-----'));

/** A small load balancer named `name`; `metadata` adds fields to its metadata, `more` adds backends. */
function lb(name: string, metadata = '', more = ''): string {
  return `apiVersion: lb-plan/v1
kind: LoadBalancer
metadata: { name: ${name}, project: my-project${metadata} }
frontend:
  address: { reserve: ${name}-ip }
backends:
  web:
    serverless:
      - { region: us-central1, cloudRun: { service: ${name} } }
${more}`;
}

const HTTPS_SELF_MANAGED = (cert: string, key: string) => `apiVersion: lb-plan/v1
kind: LoadBalancer
metadata: { name: web, project: my-project }
frontend:
  address: { reserve: web-ip }
  https:
    certificates:
      - selfManaged: { certificate: ${cert}, privateKey: ${key} }
backends:
  web:
    serverless:
      - { region: us-central1, cloudRun: { service: web } }
`;

const temps: string[] = [];
afterEach(() => {
  for (const t of temps.splice(0)) rmSync(t, { recursive: true, force: true });
});

/** A folder outside every workspace, holding `files`. */
function outside(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'lb-plan-outside-'));
  temps.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

/** What a run shows anyone: the log (less the masking commands themselves), the job summary, and the PR comments. */
function shown(run: ActionRun, comments: readonly { body: string }[]): string {
  const log = (run.stdout + run.stderr)
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');
  return [log, run.summary, ...comments.map((c) => c.body)].join('\n');
}

/** Compute calls that change something. */
const writes = (log: readonly { method: string }[]) => log.filter((l) => l.method !== 'GET');

/** The digest the bot approved for `file` in a comment, in whichever format that comment uses. */
function approvedDigest(body: string, file: string): string | undefined {
  const legacy = new RegExp(`<!-- lb-plan:plan file=${encodeURIComponent(file).replace(/\./g, '\\.')} hash=([0-9a-f]{64}) -->`).exec(body);
  if (legacy) return legacy[1];
  const line = body.split('\n')[1] ?? '';
  const json = /^<!-- lb-plan:approval (\{.*\}) -->$/.exec(line);
  return json ? (JSON.parse(json[1]!) as { plans: Record<string, string> }).plans[file] : undefined;
}

describe('issue 12.1: files outside the workspace, and secrets', () => {
  it('a manifest symlinked to /proc/self/environ or /etc/passwd is refused by its path, unread: nothing of either reaches the log, the summary or the comment', async () => {
    const r = await rig({});
    symlinkSync('/proc/self/environ', join(r.dir, 'lb', 'env.yaml'));
    symlinkSync('/etc/passwd', join(r.dir, 'lb', 'passwd.yaml'));
    const run = await r.pr(50, 'opened', { inputs: { 'github-token': TOKEN }, env: { IAP_CLIENT_SECRET: IAP_SECRET } });
    expect(run.code).toBe(1);
    expect(run.outputs['failure-reason']).toBe('validation');
    const text = shown(run, r.ours(50));
    for (const leak of [TOKEN, IAP_SECRET, 'GITHUB_EVENT_PATH', 'INPUT_GITHUB-TOKEN', 'root:x:0:0', '/bin/']) expect(text).not.toContain(leak);
    const body = r.ours(50)[0]!.body;
    expect(body).toMatch(/`lb\/env\.yaml`.*\n[\s\S]*resolves outside the workspace/);
    expect(body).toContain('`lb/passwd.yaml`');
    expect(run.stdout).toMatch(/::error title=lb-plan.*file=lb\/env\.yaml.*::.*resolves outside the workspace/);
    expect(r.h.em.log).toEqual([]);
  });

  it('a certificate, a key file or a secret file that resolves outside the workspace is refused by its path; nothing is planned', async () => {
    const away = outside({ 'cert.pem': CERT, 'key.pem': KEY, 'iap.txt': IAP_SECRET });
    const r = await rig({});
    symlinkSync(join(away, 'cert.pem'), join(r.dir, 'lb', 'certs', 'linked.pem'));
    symlinkSync(join(away, 'key.pem'), join(r.dir, 'lb', 'certs', 'linked.key'));
    const iapFile = relative(join(r.dir, 'lb'), join(away, 'iap.txt'));
    const iap = `  private:\n    iap: { oauth2ClientId: 1234-abc.apps.googleusercontent.com, oauth2ClientSecret: { file: ${iapFile} } }\n    serverless:\n      - { region: us-central1, cloudRun: { service: private } }\nrouting: { default: web }\n`;
    writeFileSync(join(r.dir, 'lb', 'web.yaml'), HTTPS_SELF_MANAGED('certs/linked.pem', '{ file: certs/linked.key }') + iap);
    const run = await r.pr(51);
    expect(run.code).toBe(1);
    expect(run.outputs['failure-reason']).toBe('validation');
    const body = r.ours(51)[0]!.body;
    expect(body).toContain('certs/linked.pem');
    expect(body).toContain('certs/linked.key');
    expect(body).toContain(iapFile);
    expect(body.match(/outside the manifest's folder and the workspace/g)).toHaveLength(3);
    expect(shown(run, r.ours(51))).not.toContain(IAP_SECRET);
    expect(r.h.em.log).toEqual([]);
  });

  it('only regular files of a bounded size are read: a FIFO is "not a regular file", a 2 MiB manifest is "too large"', async () => {
    const r = await rig({ 'lb/big.yaml': `# ${'x'.repeat(2 * 1024 * 1024)}\n` + lb('big') });
    execFileSync('mkfifo', [join(r.dir, 'lb', 'fifo.yaml')]);
    const run = await r.pr(52, 'opened', { timeoutMs: 15_000 });
    expect(run.code).toBe(1);
    expect(run.outputs['failure-reason']).toBe('validation');
    const body = r.ours(52)[0]!.body;
    expect(body).toMatch(/`lb\/fifo\.yaml`[\s\S]*not a regular file/);
    expect(body).toMatch(/`lb\/big\.yaml`[\s\S]*too large/);
  });

  it('a certificate file that also holds the private key is refused: the key reaches neither Compute nor plan.json', async () => {
    const r = await rig({ 'lb/certs/bundle.pem': CERT + KEY, 'lb/web.yaml': HTTPS_SELF_MANAGED('certs/bundle.pem', '{ env: TLS_KEY }') });
    const run = await r.pr(53, 'opened', { env: { TLS_KEY: KEY } });
    expect(run.code).toBe(1);
    expect(run.outputs['failure-reason']).toBe('validation');
    expect(r.ours(53)[0]!.body).toContain('certs/bundle.pem" holds a private key');
    const everything = shown(run, r.ours(53)) + Object.values(run.runnerFiles).join('\n');
    for (const line of KEY_LINES) expect(everything).not.toContain(line);
    expect(r.h.em.log).toEqual([]);
  });

  it('known secret values are registered with the runner\'s masking: the github-token, the IAP client secret, each line of the TLS key', async () => {
    const iap = `  private:\n    iap: { oauth2ClientId: 1234-abc.apps.googleusercontent.com, oauth2ClientSecret: { env: IAP_CLIENT_SECRET } }\n    serverless:\n      - { region: us-central1, cloudRun: { service: private } }\nrouting: { default: web }\n`;
    const r = await rig({ 'lb/web.yaml': HTTPS_SELF_MANAGED('certs/example.com.pem', '{ env: TLS_KEY }') + iap });
    const run = await r.pr(54, 'opened', { inputs: { 'github-token': TOKEN }, env: { TLS_KEY: KEY, IAP_CLIENT_SECRET: IAP_SECRET } });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const masks = run.stdout.split('\n').filter((l) => l.startsWith('::add-mask::'));
    expect(masks).toContain(`::add-mask::${TOKEN}`);
    expect(masks).toContain(`::add-mask::${IAP_SECRET}`);
    for (const line of KEY_LINES) expect(masks).toContain(`::add-mask::${line}`);
    expect(shown(run, r.ours(54))).not.toContain(IAP_SECRET);
  });

  it('an error quotes at most a short excerpt of a value', async () => {
    const long = Array.from({ length: 40 }, (_, i) => `part${i}`).join('-');
    const r = await rig({ 'lb/web.yaml': lb('web').replace('kind: LoadBalancer', `kind: "${long}"`) });
    const run = await r.pr(55);
    expect(run.code).toBe(1);
    const text = shown(run, r.ours(55));
    expect(text).toContain(`${long.slice(0, 60)}…`);
    expect(text).not.toContain(long.slice(0, 61));
  });
});

describe('issue 12.2: the approval cannot be forged', () => {
  it('a marker planted in a description cannot approve a plan nobody saw', async () => {
    const drift = { name: 'other-ip', description: '[managed by lb-plan: other]' };
    // The attacker learns the approval the bot would write for the plan after the drift (the same
    // pull request, the same manifest, the same live state), here from a copy of the set-up.
    const oracle = await rig({ 'lb/other.yaml': lb('other') });
    await oracle.h.v1.globalAddresses.insert({ project: P, requestBody: drift });
    expect((await oracle.pr(31)).code).toBe(0);
    const oracleBody = oracle.ours(31)[0]!.body;
    const forged = approvedDigest(oracleBody, 'lb/other.yaml')!;
    expect(forged).toMatch(/^[0-9a-f]{64}$/);
    const planted = [`<!-- lb-plan:plan file=lb%2Fother.yaml hash=${forged} -->`, oracleBody.split('\n')[1]!].join(' ').replace(/'/g, "''");
    const r = await rig({ 'lb/other.yaml': lb('other'), 'lb/web.yaml': lb('web', `, description: '${planted}'`) });
    expect((await r.pr(31)).code).toBe(0);
    expect(r.ours(31)[0]!.body).toContain('Plan: 6 to add'); // what the reviewers saw for lb/other.yaml
    await r.h.v1.globalAddresses.insert({ project: P, requestBody: drift });
    const run = await r.merge(31);
    expect(run.code).toBe(1);
    expect(run.outputs['failure-reason']).toBe('plan-changed');
    expect((await apiError(r.h.v1.urlMaps.get({ project: P, urlMap: 'other' }))).code).toBe(404);
    expect((await apiError(r.h.v1.backendServices.get({ project: P, backendService: 'other-web' }))).code).toBe(404);
    expect(r.ours(31)[0]!.body).toContain('`lb/other.yaml`: not applied');
  });

  it('user text cannot open an HTML comment, a marker or a fence in the comment', async () => {
    const text = '<!-- hidden --> <!-- lb-plan:comment --> ``` </details> <details> -->';
    const r = await rig({ 'lb/web.yaml': lb('web', `, description: '${text}'`) });
    expect((await r.pr(33)).code).toBe(0);
    const body = r.ours(33)[0]!.body;
    const commentLines = body.split('\n').filter((l) => l.includes('<!--'));
    for (const l of commentLines) expect(l).toMatch(/^<!-- lb-plan:[a-z]+( .*)? -->$/);
    expect(commentLines.join('\n')).not.toContain('hidden');
    expect(body).toContain('hidden');
  });

  it('a commit pushed after the last plan means no approval: nothing is applied', async () => {
    const r = await rig({ 'lb/web.yaml': lb('web') });
    expect((await r.pr(32)).code).toBe(0);
    r.gh.pulls.get(32)!.head.sha = 'd'.repeat(40); // pushed, but the merge came before any plan of it
    const run = await r.merge(32);
    expect(run.code).toBe(1);
    expect(run.outputs['failure-reason']).toBe('no-approved-plan');
    expect(writes(r.h.em.log)).toEqual([]);
    expect(r.ours(32)[0]!.body).toContain(`\`${'d'.repeat(7)}\``);
  });
});

describe('issue 12.3: on-direct-push: fail cannot be bypassed', () => {
  it("pushing an open pull request's commit straight to main applies nothing, also with require-approved-plan: false", async () => {
    const r = await rig({ 'lb/web.yaml': lb('web') });
    expect((await r.pr(40)).code).toBe(0);
    const direct = await r.push(HEAD_SHA);
    expect(direct.code).toBe(1);
    expect(direct.outputs['failure-reason']).toBe('no-approved-plan');
    const unrequired = await r.push(HEAD_SHA, { inputs: { 'require-approved-plan': 'false' } });
    expect(unrequired.code).toBe(1);
    expect(unrequired.outputs['failure-reason']).toBe('no-approved-plan');
    expect(writes(r.h.em.log)).toEqual([]);
  });

  it('require-approved-plan: false does not skip on-direct-push: fail for a push no pull request made', async () => {
    const r = await rig({ 'lb/web.yaml': lb('web') });
    const run = await r.push('c'.repeat(40), { inputs: { 'require-approved-plan': 'false' } });
    expect(run.code).toBe(1);
    expect(run.outputs['failure-reason']).toBe('no-approved-plan');
    expect(writes(r.h.em.log)).toEqual([]);
  });
});

describe('issue 12.4: only opened, synchronize, reopened and ready_for_review plan', () => {
  it('closed without merging: the comment says so, with no plan and no approval, and Compute is not called; reopening plans again', async () => {
    const r = await rig({ 'lb/web.yaml': lb('web') });
    expect((await r.pr(60)).code).toBe(0);
    r.h.em.log.length = 0;
    const closed = await r.pr(60, 'closed');
    expect(closed.code).toBe(0);
    expect(r.h.em.log).toEqual([]);
    const body = r.ours(60)[0]!.body;
    expect(body).toContain('closed without merging');
    expect(body).not.toContain('Plan:');
    expect(approvedDigest(body, 'lb/web.yaml')).toBeUndefined();
    expect((await r.pr(60, 'reopened')).code).toBe(0);
    expect(approvedDigest(r.ours(60)[0]!.body, 'lb/web.yaml')).toMatch(/^[0-9a-f]{64}$/);
  });

  it('closed after merging changes nothing: the apply result stays, nothing is planned or approved again', async () => {
    const r = await rig({ 'lb/web.yaml': lb('web') });
    await r.pr(61);
    expect((await r.merge(61)).code).toBe(0);
    const applied = r.ours(61)[0]!.body;
    expect(applied).toContain('applied at');
    const requests = r.gh.requests.length;
    r.h.em.log.length = 0;
    const closed = await r.pr(61, 'closed');
    expect(closed.code).toBe(0);
    expect(r.ours(61)[0]!.body).toBe(applied);
    expect(r.gh.requests.slice(requests).filter((q) => q.method !== 'GET')).toEqual([]);
    expect(r.h.em.log).toEqual([]);
  });

  it('another action (labeled) neither plans nor comments; ready_for_review plans', async () => {
    const r = await rig({ 'lb/web.yaml': lb('web') });
    const labeled = await r.pr(62, 'labeled');
    expect(labeled.code).toBe(0);
    expect(r.gh.requests).toEqual([]);
    expect(r.h.em.log).toEqual([]);
    expect((await r.pr(62, 'ready_for_review')).code).toBe(0);
    expect(r.ours(62)[0]!.body).toContain('Plan: 6 to add');
  });
});

/**
 * The checks of the Cloud Run services behind the NEGs (issue 13 §3), end to end: the CLI's plan and
 * apply over real HTTP against the emulator, whose Cloud Run Admin API v2 is set up the way a user
 * would (services.create, serviceusage enable, --run-services) and answers with GCP's errors.
 */
import { describe, expect, it } from 'vitest';
import type { ServiceChecks } from '../../src/checks/types.js';
import { harness, P, type Harness } from '../helpers/emulator.js';
import { cli } from '../helpers/cli.js';
import { workspace } from '../helpers/plan.js';

const IMAGE = 'us-docker.pkg.dev/cloudrun/container/hello';

/** A manifest with one backend of these serverless NEGs. */
function manifest(negs: string, extra = ''): string {
  return `apiVersion: lb-plan/v1
kind: LoadBalancer
metadata:
  name: shop
  project: ${P}
frontend:
  address: { reserve: shop-ip }
  http: true
backends:
  web:
    serverless:
${negs}
${extra}`;
}

const runNeg = (region: string, service: string, tag?: string): string => `      - region: ${region}\n        cloudRun: { service: ${service}${tag ? `, tag: ${tag}` : ''} }`;

/** POST to the emulator's Run v2 / Service Usage paths, as gcloud would. */
async function post(h: Harness, path: string, body: unknown = {}): Promise<{ status: number; body: Record<string, unknown> }> {
  const r = await fetch(new URL(path, h.em.endpoint), { method: 'POST', headers: { authorization: 'Bearer x', 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: r.status, body: (await r.json()) as Record<string, unknown> };
}

const enableRun = async (h: Harness, project = P): Promise<void> => {
  expect((await post(h, `/v1/projects/${project}/services/run.googleapis.com:enable`)).status).toBe(200);
};

/** `gcloud run deploy NAME --region R --ingress …` through services.create. */
async function deploy(h: Harness, name: string, region: string, ingress?: string, tags: string[] = []): Promise<void> {
  const traffic = [{ type: 'TRAFFIC_TARGET_ALLOCATION_TYPE_LATEST', percent: 100 }, ...tags.map((tag) => ({ type: 'TRAFFIC_TARGET_ALLOCATION_TYPE_LATEST', tag }))];
  const r = await post(h, `/v2/projects/${P}/locations/${region}/services?serviceId=${name}`, { ...(ingress ? { ingress } : {}), traffic, template: { containers: [{ image: IMAGE }] } });
  expect(r.status, JSON.stringify(r.body)).toBe(200);
}

/** `lb-plan plan FILE --format json` against the emulator: the exit code, the checks and the plan's warnings and notes. */
async function planJson(h: Harness, file: string, ...flags: string[]): Promise<{ code: number; services: ServiceChecks; warnings: string[]; notes: string[]; stderr: string }> {
  const r = await cli('plan', file, '--compute-endpoint', h.em.endpoint, '--format', 'json', ...flags);
  const plan = JSON.parse(r.stdout) as { services: ServiceChecks; warnings: string[]; notes?: string[] };
  return { code: r.code, services: plan.services, warnings: plan.warnings, notes: plan.notes ?? [], stderr: r.stderr };
}

const codes = (c: ServiceChecks): string[] => c.findings.map((f) => `${f.severity} ${f.code} ${f.service} ${f.region}`).sort();

describe('Cloud Run service checks in plan', () => {
  it('passes a service in its region with ingress INTERNAL_LOAD_BALANCER: checked, no finding', async () => {
    const h = await harness();
    await enableRun(h);
    await deploy(h, 'hello', 'us-central1', 'INGRESS_TRAFFIC_INTERNAL_LOAD_BALANCER');
    const r = await planJson(h, workspace().write(manifest(runNeg('us-central1', 'hello'))));
    expect(r.code).toBe(0);
    expect(r.services).toEqual({ status: 'checked', checked: 1, findings: [] });
    expect(r.warnings).toEqual([]);
    expect(r.notes).toEqual([]);
  });

  it('warns on a missing service, and --strict fails the plan', async () => {
    const h = await harness();
    await enableRun(h);
    const file = workspace().write(manifest(runNeg('us-central1', 'nowhere')));
    const r = await planJson(h, file);
    expect(r.code).toBe(0);
    expect(codes(r.services)).toEqual(['warning missing nowhere us-central1']);
    expect(r.warnings).toEqual([expect.stringContaining('Cloud Run service nowhere in us-central1, used by NEG shop-web-')]);
    expect(r.warnings[0]).toContain('not found in us-central1 (nor in any other Cloud Run region of the project)');
    const strict = await planJson(h, file, '--strict');
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('Error: --strict: a service check failed, so nothing was changed:\n  - Cloud Run service nowhere in us-central1');
  });

  it('says where a service of that name is when it is in another region than its NEG', async () => {
    const h = await harness();
    await enableRun(h);
    await deploy(h, 'hello', 'europe-west1', 'INGRESS_TRAFFIC_INTERNAL_LOAD_BALANCER');
    await deploy(h, 'hello', 'asia-east1', 'INGRESS_TRAFFIC_INTERNAL_LOAD_BALANCER');
    const r = await planJson(h, workspace().write(manifest(runNeg('us-central1', 'hello'))));
    expect(codes(r.services)).toEqual(['warning other-region hello us-central1']);
    expect(r.services.findings[0]!.message).toContain('A service of that name exists in asia-east1, europe-west1, but a serverless NEG reaches only services in its own region');
  });

  it('warns on ingress ALL (the load balancer can be bypassed) and INTERNAL_ONLY (it cannot reach the service); a new service is ALL', async () => {
    const h = await harness();
    await enableRun(h);
    await deploy(h, 'open', 'us-central1', 'INGRESS_TRAFFIC_ALL');
    await deploy(h, 'closed', 'us-central1', 'INGRESS_TRAFFIC_INTERNAL_ONLY');
    await deploy(h, 'fresh', 'us-central1');
    await deploy(h, 'shut', 'us-central1', 'INGRESS_TRAFFIC_NONE');
    const more = ['closed', 'fresh', 'shut'].map((n) => `  ${n}:\n    serverless:\n${runNeg('us-central1', n)}\n`).join('');
    const file = workspace().write(manifest(runNeg('us-central1', 'open'), `${more}routing: { default: web }\n`));
    const r = await planJson(h, file);
    expect(codes(r.services)).toEqual(['warning ingress-all fresh us-central1', 'warning ingress-all open us-central1', 'warning ingress-internal-only closed us-central1', 'warning ingress-none shut us-central1']);
    const open = r.services.findings.find((f) => f.service === 'open')!.message;
    expect(open).toContain('users can reach it at its own run.app URL and bypass the load balancer, its Cloud Armor policy and IAP');
    expect(open).toContain('gcloud run services update open --region us-central1 --ingress internal-and-cloud-load-balancing');
    expect(r.services.findings.find((f) => f.service === 'closed')!.message).toContain('the load balancer cannot reach it');
  });

  it('warns when the tag a NEG names is not one of the service traffic tags', async () => {
    const h = await harness();
    await enableRun(h);
    await deploy(h, 'hello', 'us-central1', 'INGRESS_TRAFFIC_INTERNAL_LOAD_BALANCER', ['green']);
    const missing = await planJson(h, workspace().write(manifest(runNeg('us-central1', 'hello', 'blue'))));
    expect(codes(missing.services)).toEqual(['warning missing-tag hello us-central1']);
    expect(missing.services.findings[0]!.message).toContain('requests for tag blue fail, since its traffic tags are green');
    const present = await planJson(h, workspace().write(manifest(runNeg('us-central1', 'hello', 'green'))));
    expect(present.services).toEqual({ status: 'checked', checked: 1, findings: [] });
  });

  it('skips the checks with one note when the Cloud Run Admin API is not enabled; --strict fails', async () => {
    const h = await harness();
    const file = workspace().write(manifest(`${runNeg('us-central1', 'a')}\n${runNeg('europe-west1', 'b')}`));
    const r = await planJson(h, file);
    expect(r.code).toBe(0);
    expect(r.services.status).toBe('skipped');
    expect(r.warnings).toEqual([]);
    expect(r.notes).toEqual([`Cloud Run services were not checked: the Cloud Run Admin API (run.googleapis.com) is not enabled in project ${P} (on the Compute endpoint given); to have them checked, on lb-plan's emulator, start it with --run-services FILE.`]);
    const text = await cli('plan', file, '--compute-endpoint', h.em.endpoint);
    expect(text.stdout.match(/^Note: /gm)).toHaveLength(1);
    expect(text.stdout).not.toContain('Warning:');
    const strict = await planJson(h, file, '--strict');
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('the Cloud Run services were not checked: the Cloud Run Admin API (run.googleapis.com) is not enabled');
  });

  it('skips the checks with one note when the credentials may not read Cloud Run services', async () => {
    const h = await harness({ runDenied: [P] });
    const r = await planJson(h, workspace().write(manifest(runNeg('us-central1', 'a'))));
    expect(r.code).toBe(0);
    expect(r.services).toMatchObject({ status: 'skipped', findings: [] });
    expect(r.notes).toEqual([`Cloud Run services were not checked: the credentials may not read Cloud Run services in project ${P} (they lack run.services.get; roles/run.viewer has it).`]);
  });

  it('checks the services URL-mask NEGs reach through the manifest tests: (the guide URL-mask table)', async () => {
    const h = await harness();
    await enableRun(h);
    await deploy(h, 'login', 'us-central1', 'INGRESS_TRAFFIC_INTERNAL_LOAD_BALANCER', ['test']);
    const r = await planJson(h, 'examples/url-mask-cloud-run.yaml');
    // by-path has a NEG in europe-west1 too: https://example.com/login/web reaches "login" there, which does not exist.
    expect(codes(r.services)).toEqual(['warning other-region login europe-west1']);
    expect(r.services.findings[0]!.message).toContain('reached through the URL mask by https://example.com/login/web');
    expect(r.services.checked).toBe(2);
  });

  it('notes a URL-mask NEG no tests: URL reaches, and finds tags extracted by the mask', async () => {
    const h = await harness();
    await enableRun(h);
    await deploy(h, 'login', 'us-central1', 'INGRESS_TRAFFIC_INTERNAL_LOAD_BALANCER');
    const masked = `      - region: us-central1\n        cloudRun: { urlMask: "<tag>.example.com/<service>" }`;
    const tests = 'tests:\n  - { url: "https://beta.example.com/login/x", backend: web }\n';
    const r = await planJson(h, workspace().write(manifest(masked, `  other:\n    serverless:\n      - region: us-central1\n        cloudRun: { urlMask: "/api/<service>" }\nrouting:\n  default: web\n  hosts:\n    - hosts: [api.example.com]\n      backend: other\n${tests}`)));
    expect(codes(r.services)).toEqual(['note mask-untested /api/<service> us-central1', 'warning missing-tag login us-central1']);
    expect(r.notes).toEqual([expect.stringContaining('takes its service from the URL mask "/api/<service>", and no `tests:` URL reaches it')]);
  });

  it('checks Cloud Run functions (2nd gen) as Cloud Run services, and notes a 1st gen name', async () => {
    const h = await harness();
    await enableRun(h);
    await deploy(h, 'resize', 'us-central1', 'INGRESS_TRAFFIC_ALL');
    const fns = `      - region: us-central1\n        cloudFunctions: { function: resize }\n`;
    const r = await planJson(h, workspace().write(manifest(fns, `  legacy:\n    serverless:\n      - region: europe-west1\n        cloudFunctions: { function: Legacy_Fn }\n  gone:\n    serverless:\n      - region: asia-east1\n        cloudFunctions: { function: gone }\nrouting: { default: web }\n`)));
    expect(codes(r.services)).toEqual(['note function-not-run Legacy_Fn europe-west1', 'note function-not-run gone asia-east1', 'warning ingress-all resize us-central1']);
    const resize = r.services.findings.find((f) => f.service === 'resize')!.message;
    expect(resize).toMatch(/^Cloud Run function resize in us-central1/);
    expect(resize).toContain('gcloud functions deploy resize --region us-central1 --ingress-settings internal-and-gclb');
  });

  it('sends no Cloud Run request for a load balancer without Cloud Run or Cloud Functions backends', async () => {
    const h = await harness();
    const r = await planJson(h, 'examples/url-mask-app-engine.yaml');
    expect(r.services).toEqual({ status: 'checked', checked: 0, findings: [] });
    expect(h.em.log.filter((e) => e.path.startsWith('/v2/'))).toEqual([]);
  });

  it('apply --strict refuses before any change', async () => {
    const h = await harness();
    await enableRun(h);
    const file = workspace().write(manifest(runNeg('us-central1', 'nowhere')));
    const r = await cli('apply', file, '--compute-endpoint', h.em.endpoint, '--auto-approve', '--strict');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Error: --strict: a service check failed, so nothing was changed');
    expect(h.em.emulator.store.all()).toEqual([]);
    const loose = await cli('apply', file, '--compute-endpoint', h.em.endpoint, '--auto-approve');
    expect(loose.code).toBe(0);
    expect(loose.stdout).toContain('Warning: Cloud Run service nowhere in us-central1');
  });

  it('apply of a saved plan checks again: --strict refuses it when the service went missing since', async () => {
    const h = await harness();
    await enableRun(h);
    const ws = workspace();
    const file = ws.write(manifest(runNeg('us-central1', 'nowhere')));
    const out = `${ws.dir}/plan.json`;
    expect((await cli('plan', file, '--compute-endpoint', h.em.endpoint, '--out', out)).code).toBe(0);
    const r = await cli('apply', out, '--compute-endpoint', h.em.endpoint, '--strict');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Error: --strict: a service check failed, so nothing was changed');
    expect(h.em.emulator.store.all()).toEqual([]);
  });

  it('shows the findings in the Markdown the Action comments with', async () => {
    const h = await harness();
    await enableRun(h);
    await deploy(h, 'hello', 'us-central1', 'INGRESS_TRAFFIC_ALL');
    const r = await cli('plan', workspace().write(manifest(runNeg('us-central1', 'hello'))), '--compute-endpoint', h.em.endpoint, '--format', 'markdown');
    expect(r.stdout).toContain('> [!WARNING]\n> - Cloud Run service hello in us-central1, used by NEG shop-web-');
    expect(r.stdout).toContain('--ingress internal-and-cloud-load-balancing');
  });
});

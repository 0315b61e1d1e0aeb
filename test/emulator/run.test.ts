/**
 * The emulator's Cloud Run Admin API v2 over real HTTP: GCP's bodies for a missing service, an API
 * that is not enabled and a caller without permission; services.create and list; the state file; and
 * `--run-services FILE` with every problem in the file at once.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRunServices } from '../../src/emulator/run-seed.js';
import { startEmulator } from '../../src/emulator/server.js';
import { runReader, RunUnavailable } from '../../src/gcp/run.js';
import { computeClients } from '../../src/gcp/client.js';
import { cli } from '../helpers/cli.js';
import { harness, P } from '../helpers/emulator.js';
import { run } from '../../src/cli/main.js';

const auth = { authorization: 'Bearer x', 'content-type': 'application/json' };

async function call(endpoint: string, method: string, path: string, body?: unknown): Promise<{ status: number; body: Record<string, unknown> }> {
  const r = await fetch(new URL(path, endpoint), { method, headers: auth, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  return { status: r.status, body: (await r.json()) as Record<string, unknown> };
}

const container = { template: { containers: [{ image: 'us-docker.pkg.dev/cloudrun/container/hello' }] } };

describe('the emulated Cloud Run Admin API v2', () => {
  it('answers 403 SERVICE_DISABLED until the API is enabled, in GCP googleapis error format', async () => {
    const h = await harness();
    const r = await call(h.em.endpoint, 'GET', `/v2/projects/${P}/locations/us-central1/services/hello`);
    expect(r.status).toBe(403);
    const error = r.body.error as { code: number; status: string; message: string; details: { '@type': string; reason?: string; metadata?: Record<string, string> }[] };
    expect(error.code).toBe(403);
    expect(error.status).toBe('PERMISSION_DENIED');
    expect(error.message).toMatch(/^Cloud Run Admin API has not been used in project my-project before or it is disabled\. Enable it by visiting https:\/\/console\.developers\.google\.com\/apis\/api\/run\.googleapis\.com\/overview\?project=my-project then retry\./);
    expect(error.details[0]).toMatchObject({ '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: 'SERVICE_DISABLED', domain: 'googleapis.com', metadata: { service: 'run.googleapis.com', consumer: `projects/${P}` } });
    // A create is refused the same way: the API must be enabled first.
    expect((await call(h.em.endpoint, 'POST', `/v2/projects/${P}/locations/us-central1/services?serviceId=hello`, container)).status).toBe(403);
  });

  it('serves create, get (404 NOT_FOUND for a missing one), list ({} when empty) once enabled; only in that project', async () => {
    const h = await harness();
    expect((await call(h.em.endpoint, 'POST', `/v1/projects/${P}/services/run.googleapis.com:enable`)).status).toBe(200);
    expect(await call(h.em.endpoint, 'GET', `/v2/projects/${P}/locations/us-central1/services`)).toEqual({ status: 200, body: {} });
    const missing = await call(h.em.endpoint, 'GET', `/v2/projects/${P}/locations/us-central1/services/hello`);
    expect(missing).toEqual({ status: 404, body: { error: { code: 404, message: `Resource 'hello' of kind 'SERVICE' in region 'us-central1' in project '${P}' does not exist.`, status: 'NOT_FOUND' } } });
    const created = await call(h.em.endpoint, 'POST', `/v2/projects/${P}/locations/us-central1/services?serviceId=hello`, { ...container, traffic: [{ type: 'TRAFFIC_TARGET_ALLOCATION_TYPE_LATEST', percent: 100, tag: 'blue' }] });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({ done: true, response: { name: `projects/${P}/locations/us-central1/services/hello`, ingress: 'INGRESS_TRAFFIC_ALL' } });
    const got = await call(h.em.endpoint, 'GET', `/v2/projects/${P}/locations/us-central1/services/hello`);
    expect(got.body).toMatchObject({ name: `projects/${P}/locations/us-central1/services/hello`, ingress: 'INGRESS_TRAFFIC_ALL', generation: '1', trafficStatuses: [{ tag: 'blue', percent: 100 }] });
    expect(String(got.body.uri)).toMatch(/^https:\/\/hello-[0-9a-f]{10}-uc\.a\.run\.app$/);
    expect(((await call(h.em.endpoint, 'GET', `/v2/projects/${P}/locations/us-central1/services`)).body.services as unknown[]).length).toBe(1);
    expect((await call(h.em.endpoint, 'POST', `/v2/projects/${P}/locations/us-central1/services?serviceId=hello`, container)).status).toBe(409);
    expect((await call(h.em.endpoint, 'POST', `/v2/projects/${P}/locations/us-central1/services?serviceId=Bad_Name`, container)).status).toBe(400);
    expect((await call(h.em.endpoint, 'POST', `/v2/projects/${P}/locations/us-central1/services?serviceId=noimage`, {})).status).toBe(400);
    expect((await call(h.em.endpoint, 'GET', `/v2/projects/other-project/locations/us-central1/services/hello`)).status).toBe(403);
  });

  it('answers 403 PERMISSION_DENIED "(or resource may not exist)" where the caller lacks run.services.get', async () => {
    const h = await harness({ runDenied: [P] });
    const r = await call(h.em.endpoint, 'GET', `/v2/projects/${P}/locations/us-central1/services/hello`);
    expect(r.status).toBe(403);
    expect(r.body.error).toMatchObject({ code: 403, status: 'PERMISSION_DENIED', message: `Permission 'run.services.get' denied on resource 'projects/${P}/locations/us-central1/services/hello' (or resource may not exist).`, details: [{ reason: 'IAM_PERMISSION_DENIED' }] });
  });

  it('is what the Run client reads: a service, undefined for 404, RunUnavailable for the 403s', async () => {
    const em = await startEmulator({ runServices: [{ name: 'hello', region: 'us-central1', ingress: 'INGRESS_TRAFFIC_INTERNAL_LOAD_BALANCER', tags: ['b', 'a'] }] });
    try {
      const reader = await runReader(computeClients({ endpoint: em.endpoint }));
      expect(await reader.get('any-project', 'us-central1', 'hello')).toEqual({ name: 'hello', region: 'us-central1', ingress: 'INGRESS_TRAFFIC_INTERNAL_LOAD_BALANCER', tags: ['a', 'b'] });
      expect(await reader.get('any-project', 'europe-west1', 'hello')).toBeUndefined();
      expect((await reader.list('any-project', 'us-central1')).map((s) => s.name)).toEqual(['hello']);
    } finally {
      await em.close();
    }
    const off = await startEmulator({ config: { runDenied: ['denied-project'] } });
    try {
      const reader = await runReader(computeClients({ endpoint: off.endpoint }));
      await expect(reader.get('my-project', 'us-central1', 'x')).rejects.toMatchObject({ why: 'disabled' });
      const denied = await reader.get('denied-project', 'us-central1', 'x').catch((e: unknown) => e);
      expect(denied).toBeInstanceOf(RunUnavailable);
      expect(denied).toMatchObject({ why: 'denied' });
    } finally {
      await off.close();
    }
  });

  it('keeps Cloud Run services in the state file', async () => {
    const stateFile = join(mkdtempSync(join(tmpdir(), 'lb-plan-run-')), 'state.json');
    const first = await startEmulator({ stateFile, runServices: [{ name: 'kept', region: 'us-east1', project: P }] });
    await first.close();
    const second = await startEmulator({ stateFile });
    try {
      const r = await call(second.endpoint, 'GET', `/v2/projects/${P}/locations/us-east1/services/kept`);
      expect(r).toMatchObject({ status: 200, body: { name: `projects/${P}/locations/us-east1/services/kept` } });
    } finally {
      await second.close();
    }
  });
});

describe('--run-services FILE', () => {
  it('reads a YAML list, with gcloud ingress spellings', () => {
    const r = parseRunServices('s.yaml', '- { name: a, region: us-central1, ingress: internal-and-cloud-load-balancing, tags: [t1] }\n- { name: b, region: europe-west1, project: my-project }\n');
    expect(r).toEqual({ ok: true, services: [{ name: 'a', region: 'us-central1', ingress: 'INGRESS_TRAFFIC_INTERNAL_LOAD_BALANCER', tags: ['t1'] }, { name: 'b', region: 'europe-west1', project: 'my-project', tags: [] }] });
    expect(parseRunServices('s.json', '[{"name":"a","region":"us-central1","ingress":"INGRESS_TRAFFIC_ALL"}]')).toMatchObject({ ok: true });
  });

  it('reports every problem at once, as FILE:LINE:COLUMN with the path', () => {
    const r = parseRunServices('s.yaml', '- name: Bad\n  region: nowhere\n  ingress: open\n  tag: [x]\n- name: ok\n  region: us-central1\n  tags: [Not_A_Tag]\n');
    expect(r).toEqual({
      ok: false,
      errors: [
        's.yaml:4:3: [0].tag: unknown key (allowed: name, region, ingress, tags, project)',
        's.yaml:1:9: [0].name: must be a Cloud Run service name (lower-case letters, digits and hyphens, 1-63 characters, starting with a letter)',
        's.yaml:2:11: [0].region: must be a region such as us-central1',
        's.yaml:3:12: [0].ingress: must be one of INGRESS_TRAFFIC_ALL, INGRESS_TRAFFIC_INTERNAL_ONLY, INGRESS_TRAFFIC_INTERNAL_LOAD_BALANCER, INGRESS_TRAFFIC_NONE, all, internal, internal-and-cloud-load-balancing',
        's.yaml:7:9: [1].tags: must be a list of tags (lower-case letters, digits and hyphens)',
      ],
    });
    expect(parseRunServices('s.yaml', 'name: a\n')).toEqual({ ok: false, errors: ['s.yaml:1:1: must be a list of services (name, region, and optionally ingress, tags, project)'] });
  });

  it('lb-plan emulator refuses a bad file with exit 2 and starts with a good one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lb-plan-run-'));
    writeFileSync(join(dir, 'bad.yaml'), '- name: a\n');
    const bad = await cli('emulator', '--port', '0', '--run-services', join(dir, 'bad.yaml'));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(`lb-plan: --run-services: ${join(dir, 'bad.yaml')} is not a list of Cloud Run services:\n  ${join(dir, 'bad.yaml')}:1:3: [0].region: must be a region such as us-central1`);
    writeFileSync(join(dir, 'good.yaml'), '- { name: a, region: us-central1 }\n');
    const stop = new AbortController();
    let out = '';
    const running = run(['emulator', '--port', '0', '--run-services', join(dir, 'good.yaml')], { stdout: (t) => (out += t), stderr: () => {}, env: {} }, stop.signal);
    await expect.poll(() => out).toContain('Cloud Run Admin API: 1 service (1 from');
    stop.abort();
    expect(await running).toBe(0);
  });
});

describe('the emulated services.list paging', () => {
  it('pages with tokens it issued, and answers 400 INVALID_ARGUMENT for a token it did not issue or one from another parent (AIP-158)', async () => {
    const h = await harness();
    expect((await call(h.em.endpoint, 'POST', `/v1/projects/${P}/services/run.googleapis.com:enable`)).status).toBe(200);
    for (const name of ['a', 'b', 'c']) expect((await call(h.em.endpoint, 'POST', `/v2/projects/${P}/locations/us-central1/services?serviceId=${name}`, container)).status).toBe(200);
    const list = `/v2/projects/${P}/locations/us-central1/services?pageSize=2`;
    const first = await call(h.em.endpoint, 'GET', list);
    const names = (b: Record<string, unknown>): string[] => ((b.services ?? []) as { name: string }[]).map((s) => s.name.replace(/^.*\//, ''));
    expect(names(first.body)).toEqual(['a', 'b']);
    const token = String(first.body.nextPageToken);
    const second = await call(h.em.endpoint, 'GET', `${list}&pageToken=${encodeURIComponent(token)}`);
    expect({ status: second.status, names: names(second.body), next: second.body.nextPageToken }).toEqual({ status: 200, names: ['c'], next: undefined });
    for (const bad of ['again', '2', '0']) {
      const r = await call(h.em.endpoint, 'GET', `${list}&pageToken=${bad}`);
      expect(r.status, bad).toBe(400);
      expect(r.body.error).toMatchObject({ code: 400, status: 'INVALID_ARGUMENT' });
    }
    const elsewhere = await call(h.em.endpoint, 'GET', `/v2/projects/${P}/locations/europe-west1/services?pageSize=2&pageToken=${encodeURIComponent(token)}`);
    expect(elsewhere.status).toBe(400);
  });
});

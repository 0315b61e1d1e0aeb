/**
 * The state file costs what changed, not what exists: each change is one journal line, written before
 * the request is answered; a killed emulator keeps every acknowledged change; a new snapshot is written
 * when the journal outgrows the last one, and at a clean stop.
 */
import { spawn } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmulator } from '../../src/emulator/server.js';
import { harness, P } from '../helpers/emulator.js';

const tmp = mkdtempSync(join(tmpdir(), 'lb-plan-journal-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const size = (f: string): number => (existsSync(f) ? statSync(f).size : 0);

describe('the state journal', () => {
  it('appends each change as a few hundred bytes however much exists, and leaves one snapshot at a clean stop', async () => {
    const stateFile = join(tmp, 'grow.json');
    const journal = `${stateFile}.journal`;
    const h = await harness({}, { stateFile });
    const snapshot = size(stateFile);
    const appended: number[] = [];
    for (let i = 0; i < 300; i++) {
      const before = size(journal);
      await h.v1.globalAddresses.insert({ project: P, requestBody: { name: `ip-${i}` } });
      appended.push(size(journal) - before);
    }
    // The snapshot was not rewritten (the journal is still smaller than 1 MiB) …
    expect(size(stateFile)).toBe(snapshot);
    // … and the 300th change cost what the 1st did (same record shapes, names one digit longer at most).
    expect(appended[299]!).toBeGreaterThan(0);
    expect(Math.abs(appended[299]! - appended[0]!)).toBeLessThan(50);
    expect(appended[299]!).toBeLessThan(3000);
    await h.em.close();
    expect(existsSync(journal)).toBe(false);
    const saved = JSON.parse(readFileSync(stateFile, 'utf8')) as { resources: [string, unknown][] };
    expect(saved.resources).toHaveLength(300);
    const again = await harness({}, { stateFile });
    expect((await again.v1.globalAddresses.list({ project: P, maxResults: 500 })).data.items).toHaveLength(300);
  });

  it('writes a new snapshot once the journal outgrows it, and the state reads back the same', async () => {
    const stateFile = join(tmp, 'compact.json');
    const journal = `${stateFile}.journal`;
    const em = await startEmulator({ stateFile });
    const body = JSON.stringify({ name: 'x', description: 'd'.repeat(2000) });
    let compacted = false;
    let made = 0;
    for (let i = 0; i < 700 && !compacted; i++) {
      const before = size(journal);
      const res = await fetch(`${em.endpoint}compute/v1/projects/${P}/global/addresses`, { method: 'POST', headers: { authorization: 'Bearer x' }, body: body.replace('"x"', `"ip-${i}"`) });
      expect(res.status).toBe(200);
      compacted = size(journal) < before;
      made = i + 1;
    }
    // About 3 KB a change: the journal passed 1 MiB after some 330 changes, and the snapshot then held them all.
    expect(compacted).toBe(true);
    expect(size(journal)).toBe(0);
    expect((JSON.parse(readFileSync(stateFile, 'utf8')) as { resources: [string, unknown][] }).resources).toHaveLength(made);
    const res = await fetch(`${em.endpoint}compute/v1/projects/${P}/global/addresses`, { method: 'POST', headers: { authorization: 'Bearer x' }, body: body.replace('"x"', '"after"') });
    expect(res.status).toBe(200);
    expect(size(journal)).toBeGreaterThan(0);
    await em.close();
    const again = await startEmulator({ stateFile });
    const list = await fetch(`${again.endpoint}compute/v1/projects/${P}/global/addresses?maxResults=500`, { headers: { authorization: 'Bearer x' } });
    expect(((await list.json()) as { items: unknown[] }).items).toHaveLength(made + 1);
    await again.close();
  });

  it('drops a last record cut short by a crash, and refuses a damaged one in the middle', async () => {
    const stateFile = join(tmp, 'torn.json');
    const journal = `${stateFile}.journal`;
    const first = await startEmulator({ stateFile });
    const post = (endpoint: string, name: string) => fetch(`${endpoint}compute/v1/projects/${P}/global/addresses`, { method: 'POST', headers: { authorization: 'Bearer x' }, body: JSON.stringify({ name }) });
    expect((await post(first.endpoint, 'kept')).status).toBe(200);
    const kept = readFileSync(journal, 'utf8');
    // A crash: the process is gone without its clean stop (the lock of a dead pid is taken over).
    writeFileSync(`${stateFile}.lock`, '999999999');
    appendFileSync(journal, '{"r":"my-project|addresses|global|torn","b":{"na');
    const second = await startEmulator({ stateFile });
    const got = await fetch(`${second.endpoint}compute/v1/projects/${P}/global/addresses`, { headers: { authorization: 'Bearer x' } });
    expect(((await got.json()) as { items: { name: string }[] }).items.map((i) => i.name)).toEqual(['kept']);
    await second.close();
    first.emulator.close();
    writeFileSync(journal, `${kept}not json\n${kept}`);
    await expect(startEmulator({ stateFile })).rejects.toThrow(`the state journal ${journal} is damaged at line ${kept.split('\n').length}`);
  });

  it('journals the Cloud Run Admin API state too (services created, the API enabled)', async () => {
    const stateFile = join(tmp, 'run.json');
    const first = await startEmulator({ stateFile });
    const call = (endpoint: string, method: string, path: string, body?: unknown) => fetch(`${endpoint}${path.slice(1)}`, { method, headers: { authorization: 'Bearer x' }, ...(body ? { body: JSON.stringify(body) } : {}) });
    expect((await call(first.endpoint, 'POST', `/v1/projects/${P}/services/run.googleapis.com:enable`)).status).toBe(200);
    const container = { template: { containers: [{ image: 'us-docker.pkg.dev/cloudrun/container/hello' }] } };
    expect((await call(first.endpoint, 'POST', `/v2/projects/${P}/locations/us-central1/services?serviceId=hello`, container)).status).toBe(200);
    expect(readFileSync(`${stateFile}.journal`, 'utf8')).toContain('"run":');
    // A crash: no clean stop, so only the journal holds the service.
    first.emulator.close();
    writeFileSync(`${stateFile}.lock`, '999999999');
    const second = await startEmulator({ stateFile });
    expect((await call(second.endpoint, 'GET', `/v2/projects/${P}/locations/us-central1/services/hello`)).status).toBe(200);
    await second.close();
  });

  it('keeps every acknowledged change when the emulator is killed with SIGKILL', async () => {
    const stateFile = join(tmp, 'killed.json');
    const start = (): Promise<{ endpoint: string; kill: () => Promise<void> }> => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/source-entry.ts', 'emulator', '--port', '0', '--state', stateFile], { stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      return new Promise((resolve, reject) => {
        child.stdout.on('data', (d: Buffer) => {
          out += d.toString();
          const m = /listening on (http:\/\/\S+)/.exec(out);
          if (m) resolve({ endpoint: m[1]!, kill: () => new Promise((done) => (child.once('exit', () => done()), child.kill('SIGKILL'))) });
        });
        child.once('exit', (code) => reject(new Error(`emulator exited ${code}: ${out}`)));
      });
    };
    const acknowledged: string[] = [];
    for (let round = 0; round < 3; round++) {
      const em = await start();
      for (let i = 0; i < 5; i++) {
        const name = `ip-${round}-${i}`;
        const res = await fetch(`${em.endpoint}compute/v1/projects/${P}/global/addresses`, { method: 'POST', headers: { authorization: 'Bearer x' }, body: JSON.stringify({ name }) });
        expect(res.status).toBe(200);
        acknowledged.push(name);
      }
      await em.kill();
    }
    const em = await start();
    const res = await fetch(`${em.endpoint}compute/v1/projects/${P}/global/addresses`, { headers: { authorization: 'Bearer x' } });
    expect(((await res.json()) as { items: { name: string }[] }).items.map((i) => i.name).sort()).toEqual(acknowledged.sort());
    await em.kill();
  }, 60_000);
});

/**
 * Nothing hangs (issue 15, item 5), continued: the emulator dies in the middle of an apply. Its own file
 * so that its ~25 s of retries run beside the other endpoint tests, not after them.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sleep } from '../../src/gcp/retry.js';
import { startEmulator } from '../../src/emulator/server.js';
import { runDist } from '../chaos/tamper.js';
import { ONE_BACKEND } from '../helpers/plan.js';

const dir = mkdtempSync(join(tmpdir(), 'lb-plan-endpoint-dies-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(join(dir, 'lb.yaml'), ONE_BACKEND);

describe('an endpoint that dies mid-apply', () => {
  it('an emulator that dies mid-apply: the apply fails within 45 s (4 attempts over 20 s, at most 5 s apart), and says why', async () => {
    const em = await startEmulator({ config: { operationMs: 300 } });
    const run = runDist(['apply', 'lb.yaml', '--compute-endpoint', em.endpoint, '--auto-approve'], dir);
    for (let i = 0; i < 1500 && !em.log.some((l) => l.method === 'POST'); i++) await sleep(20);
    expect(em.log.some((l) => l.method === 'POST')).toBe(true);
    await em.close();
    const t0 = Date.now();
    const r = await run;
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/Apply failed: \d+ done, [1-9]\d* failed/);
    expect(r.stdout).toContain('ECONNREFUSED');
    expect(r.stderr).not.toContain('MaxListenersExceededWarning');
    expect(Date.now() - t0).toBeLessThan(45_000);
  }, 90_000);
});

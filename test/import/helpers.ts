import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import type { LiveState } from '../../src/gcp/read.js';
import { MANAGED, projectObject } from '../../src/plan/managed.js';
import { cliWith } from '../helpers/cli.js';
import { P, type Harness } from '../helpers/emulator.js';

export const root = mkdtempSync(join(tmpdir(), 'lb-plan-import-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;

/** Every managed field of every resource but ownership (description, labels): what carries traffic. */
export function traffic(live: LiveState): Record<string, unknown> {
  return Object.fromEntries(
    [...live.resources.values()].map((r) => {
      const { description: _d, labels: _l, ...fields } = projectObject(MANAGED[r.kind], r.body, { addressIps: new Map() });
      return [r.address, fields];
    }),
  );
}

/** Imports with the CLI into a fresh file; returns the file, its text ('' when none was written) and the CLI result. */
export async function importLb(h: Harness, flags: readonly string[], env: Record<string, string> = {}) {
  const file = join(root, `lb${n++}.yaml`);
  const r = await cliWith(env, 'import', '--project', P, '--compute-endpoint', h.em.endpoint, '--out', file, ...flags);
  return { ...r, file, text: existsSync(file) ? readFileSync(file, 'utf8') : '' };
}

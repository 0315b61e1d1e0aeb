import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { afterAll } from 'vitest';
import { join } from 'node:path';
import { loadManifest, type LoadedManifest } from '../../src/manifest/load.js';
import { formatDiagnostic } from '../../src/manifest/diagnostic.js';
import type { CompiledLoadBalancer } from '../../src/compile/index.js';

/** A minimal valid manifest; tests append or replace sections. */
export const BASE = `apiVersion: lb-plan/v1
kind: LoadBalancer
metadata:
  name: serverless-lb
  project: my-project
frontend:
  address: { reserve: example-ip }
`;

const root = mkdtempSync(join(tmpdir(), 'lb-plan-test-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let count = 0;

/** Loads manifest text from a real file in a fresh temp dir (so relative paths resolve). */
export function load(text: string, extraFiles: Record<string, string> = {}): LoadedManifest {
  const dir = mkdtempSync(join(root, `m${count++}-`));
  for (const [name, content] of Object.entries(extraFiles)) writeFileSync(join(dir, name), content);
  const file = join(dir, 'lb.yaml');
  writeFileSync(file, text);
  return loadManifest(file);
}

/** Diagnostics as `LINE:COLUMN: severity: message (at path)` without the temp file name. */
export function lines(loaded: LoadedManifest): string[] {
  return loaded.diagnostics.map((d) => formatDiagnostic(d).slice(d.file.length + 1));
}

/** The compiled load balancer of a manifest text that must be valid (read without a file; no relative paths). */
export function compiledOf(text: string): CompiledLoadBalancer {
  const l = loadManifest('/tmp/lb-plan-test.yaml', { text });
  if (!l.compiled) throw new Error(JSON.stringify(l.diagnostics));
  return l.compiled;
}

/**
 * Hostile files (issue 15): a manifest — or a certificate, key or secret file it names — that is a
 * symlink to /etc/passwd or /proc/self/environ, /dev/zero, a FIFO, huge, binary, UTF-16, deeply
 * nested or a mapping of tens of thousands of keys. `validate` and `plan` end in bounded time with
 * clean errors, quote nothing of what they must not read, and never print a stack trace.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { run } from '../../src/cli/main.js';

const GOOD = `apiVersion: lb-plan/v1
kind: LoadBalancer
metadata: { name: hostile, project: p }
frontend:
  address: { reserve: hostile-ip }
  https:
    certificates:
      - selfManaged: { certificate: cert.pem, privateKey: { file: key.pem } }
backends:
  web:
    serverless: [ { region: us-central1, cloudRun: { service: web } } ]
`;

export type Hostile = 'passwd' | 'environ' | 'devzero' | 'fifo' | 'huge' | 'binary' | 'utf16' | 'nested' | 'manyKeys' | 'outside';
export const hostileArb = fc.record({
  target: fc.constantFrom('manifest' as const, 'cert.pem' as const, 'key.pem' as const),
  kind: fc.constantFrom<Hostile>('passwd', 'environ', 'devzero', 'fifo', 'huge', 'binary', 'utf16', 'nested', 'manyKeys', 'outside'),
  command: fc.constantFrom('validate', 'plan'),
});

function plant(dir: string, name: string, kind: Hostile): void {
  const path = join(dir, name);
  switch (kind) {
    case 'passwd':
      return symlinkSync('/etc/passwd', path);
    case 'environ':
      return symlinkSync('/proc/self/environ', path);
    case 'devzero':
      return symlinkSync('/dev/zero', path);
    case 'fifo':
      execFileSync('mkfifo', [path]);
      return;
    case 'huge':
      return writeFileSync(path, 'a: ' + 'x'.repeat(3 * 1024 * 1024) + '\n');
    case 'binary':
      return writeFileSync(path, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37) % 256)));
    case 'utf16':
      return writeFileSync(path, Buffer.from('\ufeff' + GOOD, 'utf16le'));
    case 'nested':
      return writeFileSync(path, 'a: ' + '['.repeat(5000) + ']'.repeat(5000) + '\n');
    case 'manyKeys':
      return writeFileSync(path, 'metadata:\n  labels:\n' + Array.from({ length: 60_000 }, (_, i) => `    k${i}: v\n`).join(''));
    case 'outside': {
      const elsewhere = mkdtempSync(join(tmpdir(), 'lb-plan-elsewhere-'));
      writeFileSync(join(elsewhere, 'f'), 'SECRET-OUTSIDE-THE-WORKSPACE');
      return symlinkSync(join(elsewhere, 'f'), path);
    }
  }
}

/** Runs the CLI in-process on a planted file; throws when it hangs, crashes, leaks or rambles. */
export async function hostileHolds(h: { target: 'manifest' | 'cert.pem' | 'key.pem'; kind: Hostile; command: string }): Promise<void> {
  // Inside the workspace (the current directory, as a CI checkout is), under the git-ignored .lb-plan/.
  mkdirSync('.lb-plan', { recursive: true });
  const dir = mkdtempSync(join(process.cwd(), '.lb-plan', 'hostile-'));
  try {
    mkdirSync(join(dir, 'ws'));
    const ws = join(dir, 'ws');
    if (h.target === 'manifest') plant(ws, 'lb.yaml', h.kind);
    else {
      writeFileSync(join(ws, 'lb.yaml'), GOOD);
      plant(ws, h.target, h.kind);
      if (h.target === 'cert.pem') writeFileSync(join(ws, 'key.pem'), '-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n');
      else writeFileSync(join(ws, 'cert.pem'), '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n');
    }
    let out = '';
    const io = { stdout: (t: string) => (out += t), stderr: (t: string) => (out += t), env: { SECRET_ENV_MARKER: 'ENV-MARKER-42' } };
    // plan against a closed port: it must stop at validation, or fail fast on the first contact.
    const args = h.command === 'plan' ? ['plan', join(ws, 'lb.yaml'), '--compute-endpoint', 'http://127.0.0.1:9/'] : ['validate', join(ws, 'lb.yaml')];
    const code = await Promise.race([run(args, io), new Promise<number>((_, reject) => setTimeout(() => reject(new Error(`${h.command} hung on ${h.kind} ${h.target}`)), 15_000))]);
    if (code === 0) throw new Error(`${h.command} accepted a hostile ${h.kind} ${h.target}`);
    if (/\n\s+at /.test(out) || out.includes('internal error')) throw new Error(`a stack trace or internal error for ${h.kind} ${h.target}:\n${out.slice(0, 2000)}`);
    if (out.length > 20_000) throw new Error(`${out.length} characters of output for ${h.kind} ${h.target}`);
    for (const leak of ['root:x:0:0', 'ENV-MARKER-42', 'SECRET-OUTSIDE-THE-WORKSPACE', 'PATH=']) if (out.includes(leak)) throw new Error(`"${leak}" reached the output for ${h.kind} ${h.target}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const hostileProperty = fc.asyncProperty(hostileArb, hostileHolds);

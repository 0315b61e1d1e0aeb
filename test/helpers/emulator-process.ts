import { spawn, type ChildProcess } from 'node:child_process';
import { afterEach } from 'vitest';

const children: ChildProcess[] = [];
afterEach(() => {
  for (const c of children.splice(0)) c.kill('SIGKILL');
});

/** `lb-plan emulator --port 0 …` from dist/ as a process; resolves with its endpoint once it listens. Stopped after each test. */
export function emulatorProcess(...args: string[]): Promise<string> {
  const child = spawn(process.execPath, ['dist/cli.cjs', 'emulator', '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let out = '';
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.once('exit', (code) => reject(new Error(`emulator exited ${code}`)));
  });
}

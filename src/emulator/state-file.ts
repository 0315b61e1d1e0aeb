/**
 * The emulator's state file (`--state FILE`, `--emulator FILE`): loaded at start, written after
 * every completed change, and locked for the life of the process, so two emulators can never share
 * one file and silently lose each other's load balancers. Problems are one clear line each.
 */
import { closeSync, existsSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';
import type { Store } from './store.js';

/** A reason the emulator cannot start, worded for the person who started it. */
export class EmulatorStartError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EmulatorStartError';
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes `FILE.lock` (O_EXCL) with this pid; a lock left by a process that is gone is taken over. */
function lock(file: string): string {
  const lockFile = `${file}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockFile, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return lockFile;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw new EmulatorStartError(`cannot lock the state file ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
      const pid = Number(readFileSync(lockFile, 'utf8').trim());
      if (Number.isInteger(pid) && pid > 0 && alive(pid)) throw new EmulatorStartError(`the state file ${file} is in use by another lb-plan emulator (pid ${pid}); stop that one, or use another state file`);
      unlinkSync(lockFile); // left by a process that is gone
    }
  }
  throw new EmulatorStartError(`cannot lock the state file ${file}`);
}

function load(store: Store, file: string): void {
  if (!existsSync(file)) return;
  if (!statSync(file).isFile()) throw new EmulatorStartError(`the state file ${file} is not a regular file`);
  if (statSync(file).size === 0) throw new EmulatorStartError(`the state file ${file} is empty; delete it to start with no resources`);
  try {
    store.load(file);
  } catch (e) {
    throw new EmulatorStartError(`the state file ${file} is not an lb-plan emulator state file (${(e as Error).message.slice(0, 120)}); delete it to start with no resources`);
  }
}

export interface StateFile {
  /** Writes the state; a failure is reported once on stderr and the emulator keeps serving. */
  save(): void;
  release(): void;
}

export function openStateFile(store: Store, file: string): StateFile {
  const lockFile = lock(file);
  try {
    load(store, file);
    store.save(file); // proves the file can be written before anything is served
  } catch (e) {
    unlinkSync(lockFile);
    if (e instanceof EmulatorStartError) throw e;
    throw new EmulatorStartError(`cannot write the state file ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  let reported = '';
  return {
    save: () => {
      try {
        store.save(file);
        reported = '';
      } catch (e) {
        const message = `lb-plan emulator: cannot write the state file ${file} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); changes are kept in memory only\n`;
        if (message !== reported) process.stderr.write(message);
        reported = message;
      }
    },
    release: () => {
      if (existsSync(lockFile)) unlinkSync(lockFile);
    },
  };
}

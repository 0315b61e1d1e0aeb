/**
 * The emulator's state file (`--state FILE`, `--emulator FILE`): loaded at start, kept up to date
 * after every completed change, and locked for the life of the process, so two emulators can never
 * share one file and silently lose each other's load balancers. Problems are one clear line each.
 *
 * Persisting costs what changed, not what exists: FILE is a snapshot, and each change is appended to
 * FILE.journal as one JSON line (the new value of what changed) before the request that made it is
 * answered, so a killed emulator loses no acknowledged change. When the journal outgrows the snapshot,
 * a new snapshot is written (temporary file + rename) and the journal emptied; replaying a record the
 * snapshot already holds changes nothing, so a kill between the two loses nothing either.
 */
import { closeSync, existsSync, ftruncateSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';
import type { JournalRecord, Store } from './store.js';

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
  if (existsSync(file)) {
    if (!statSync(file).isFile()) throw new EmulatorStartError(`the state file ${file} is not a regular file`);
    if (statSync(file).size === 0) throw new EmulatorStartError(`the state file ${file} is empty; delete it to start with no resources`);
    try {
      store.load(file);
    } catch (e) {
      throw new EmulatorStartError(`the state file ${file} is not an lb-plan emulator state file (${(e as Error).message.slice(0, 120)}); delete it to start with no resources`);
    }
  }
  replayJournal(store, `${file}${JOURNAL}`);
}

/** The journal beside the snapshot: FILE.journal. */
const JOURNAL = '.journal';

/**
 * Applies the journal's records in order. A last line without its newline is a write cut short by a
 * crash: it was never acknowledged, so it is dropped. Any other bad line makes the file unusable.
 */
function replayJournal(store: Store, journal: string): void {
  if (!existsSync(journal)) return;
  if (!statSync(journal).isFile()) throw new EmulatorStartError(`the state journal ${journal} is not a regular file`);
  const lines = readFileSync(journal, 'utf8').split('\n');
  lines.pop(); // after the last newline: empty, or a record cut short
  lines.forEach((line, i) => {
    try {
      store.replay(JSON.parse(line) as JournalRecord);
    } catch (e) {
      throw new EmulatorStartError(`the state journal ${journal} is damaged at line ${i + 1} (${(e as Error).message.slice(0, 120)}); delete it and the state file to start with no resources`);
    }
  });
}

export interface StateFile {
  /** Records the changes since the last call; a failure is reported once on stderr and the emulator keeps serving. */
  save(): void;
  /** Writes a last snapshot (leaving no journal) and unlocks the file. */
  release(): void;
}

/** Writes all of `text` at the end of the journal (a write may take part of it); returns the bytes written. */
function writeAll(fd: number, text: string): number {
  const buf = Buffer.from(text);
  for (let done = 0; done < buf.length; ) done += writeSync(fd, buf, done, buf.length - done);
  return buf.length;
}

/** The journal may grow to this many bytes, or the snapshot's size if larger, before a new snapshot is written. */
const MIN_JOURNAL_BYTES = 1 << 20;

export function openStateFile(store: Store, file: string): StateFile {
  const lockFile = lock(file);
  const journal = `${file}${JOURNAL}`;
  let snapshotBytes: number;
  let fd: number;
  try {
    load(store, file);
    // Opening the journal proves files can be written beside the state file before anything is served
    // (a snapshot is written the same way: a new file in that folder, renamed).
    fd = openSync(journal, 'a');
    snapshotBytes = existsSync(file) ? statSync(file).size : 0;
    if (!existsSync(file) || statSync(journal).size > 0) {
      snapshotBytes = store.save(file); // the snapshot now holds everything the journal held
      ftruncateSync(fd, 0);
    }
  } catch (e) {
    unlinkSync(lockFile);
    if (e instanceof EmulatorStartError) throw e;
    throw new EmulatorStartError(`cannot write the state file ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  let journalBytes = 0;
  let released = false;
  let reported = '';
  const report = (e: unknown): void => {
    const message = `lb-plan emulator: cannot write the state file ${file} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); changes are kept in memory only\n`;
    if (message !== reported) process.stderr.write(message);
    reported = message;
  };
  const compact = (): void => {
    snapshotBytes = store.save(file);
    ftruncateSync(fd, 0);
    journalBytes = 0;
  };
  return {
    save: () => {
      try {
        if (reported) {
          compact(); // after a failed write the journal may lack records: start again from a snapshot
        } else {
          const records = store.takeChanges();
          if (records.length === 0) return;
          journalBytes += writeAll(fd, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
          if (journalBytes > Math.max(snapshotBytes, MIN_JOURNAL_BYTES)) compact();
        }
        reported = '';
      } catch (e) {
        report(e);
      }
    },
    release: () => {
      if (released) return;
      released = true;
      try {
        compact();
        closeSync(fd);
        unlinkSync(journal);
      } catch (e) {
        report(e);
      }
      if (existsSync(lockFile)) unlinkSync(lockFile);
    },
  };
}

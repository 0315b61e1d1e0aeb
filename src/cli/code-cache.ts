/**
 * Loads a CommonJS bundle with a V8 code cache, as Node 22's module.enableCompileCache() does (lb-plan
 * supports Node 20, which has none): the first run compiles and saves the bytecode of every function it
 * ran; later runs skip parsing and compiling. It saves most of `lb-plan validate`'s start-up.
 *
 * The cache lives in a folder of the user's own (XDG_CACHE_HOME or ~/.cache, else the temp folder),
 * created private (0700) and used only while it is the user's and private: bytecode from a folder
 * someone else can write would be code they chose. A cache file is named by the bundle's content hash,
 * Node's flags, the Node version and the architecture, so it is only ever used with the exact source
 * it was made from. The build writes that hash on the bundle's first line (BUNDLE_HASH, checked by a test
 * of dist/): hashing the 6 MB of the CLI proper on every run cost ~10 ms; other files are hashed here.
 * Any failure to read or write it just means no cache. LB_PLAN_NO_CODE_CACHE=1 turns it off.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { sha256Hex } from '../model/hash.js';

/** The first line the build writes on a bundle: the sha256 of everything after it (scripts/build.mjs). */
export const BUNDLE_HASH = /^\/\/ lb-plan bundle sha256:([0-9a-f]{64})\n/;

/** A folder only this user can write, or undefined. */
function privateDir(): string | undefined {
  const uid = process.getuid?.();
  const base = process.env.XDG_CACHE_HOME || (homedir() ? join(homedir(), '.cache') : join(tmpdir(), `lb-plan-${uid ?? 'user'}`));
  const dir = join(base, 'lb-plan', 'code-cache');
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const st = statSync(dir);
    if (!st.isDirectory() || (uid !== undefined && st.uid !== uid) || (st.mode & 0o022) !== 0) return undefined;
    return dir;
  } catch {
    return undefined;
  }
}

/** Cache files kept: the newest by when they were written (a validate and a CLI proper for four versions). */
export const KEEP_CACHE_FILES = 8;

/**
 * Deletes all but the newest KEEP_CACHE_FILES cache files of `dir`, and temporary files an interrupted save
 * left over an hour ago: each lb-plan version (and each set of Node flags) writes its own 0.5–2 MB, and a
 * cache of an older version is never read again. Best effort: a file that cannot be read or deleted stays.
 */
function pruneCache(dir: string): void {
  const entries: { file: string; mtimeMs: number }[] = [];
  for (const name of readdirSync(dir)) {
    if (!/\.bin(\.\d+\.tmp)?$/.test(name)) continue;
    try {
      const file = join(dir, name);
      const { mtimeMs } = statSync(file);
      if (name.endsWith('.tmp')) {
        if (Date.now() - mtimeMs > 3600_000) unlinkSync(file);
      } else entries.push({ file, mtimeMs });
    } catch {
      // gone meanwhile, or not ours to delete
    }
  }
  for (const { file } of entries.sort((a, b) => b.mtimeMs - a.mtimeMs).slice(KEEP_CACHE_FILES)) {
    try {
      unlinkSync(file);
    } catch {
      // another process pruned it first
    }
  }
}

/** What a load did with the cache: compiled from it, compiled and saving one at exit, or none (off or refused). */
export type CacheUse = 'used' | 'saving' | 'none';

/** Runs the CommonJS file `file` and returns its exports, compiled from the code cache when there is one. */
export function loadCommonJs(file: string): { exports: Record<string, unknown>; cache: CacheUse } {
  const source = readFileSync(file, 'utf8');
  const dir = process.env.LB_PLAN_NO_CODE_CACHE ? undefined : privateDir();
  // V8 refuses a cache made under other flags: they are part of the key, so each set of flags keeps its own.
  const flags = JSON.stringify([process.execArgv, process.env.NODE_OPTIONS ?? '']);
  const content = BUNDLE_HASH.exec(source.slice(0, 120))?.[1] ?? sha256Hex(source);
  const cacheFile = dir && join(dir, `${sha256Hex(content + flags).slice(0, 32)}-${process.version}-${process.arch}.bin`);
  let cachedData: Buffer | undefined;
  try {
    if (cacheFile) cachedData = readFileSync(cacheFile);
  } catch {
    // no cache yet
  }
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: file, ...(cachedData ? { cachedData } : {}) });
  const module = { exports: {} as Record<string, unknown> };
  (script.runInThisContext() as (...a: unknown[]) => void)(module.exports, createRequire(file), module, file, dirname(file));
  if (!cacheFile) return { exports: module.exports, cache: 'none' };
  if (cachedData && !script.cachedDataRejected) return { exports: module.exports, cache: 'used' };
  // Saved when the process ends, so the cache holds every function the command ran.
  process.once('exit', () => {
    try {
      const tmp = `${cacheFile}.${process.pid}.tmp`;
      writeFileSync(tmp, script.createCachedData(), { mode: 0o600 });
      renameSync(tmp, cacheFile);
      pruneCache(dir);
    } catch {
      // a cache that cannot be written is no cache
    }
  });
  return { exports: module.exports, cache: 'saving' };
}

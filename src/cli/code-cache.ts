/**
 * Loads a CommonJS bundle with a V8 code cache, as Node 22's module.enableCompileCache() does (lb-plan
 * supports Node 20, which has none): the first run compiles and saves the bytecode of every function it
 * ran; later runs skip parsing and compiling. It saves most of `lb-plan validate`'s start-up.
 *
 * The cache lives in a folder of the user's own (XDG_CACHE_HOME or ~/.cache, else the temp folder),
 * created private (0700) and used only while it is the user's and private: bytecode from a folder
 * someone else can write would be code they chose. A cache file is named by the bundle's content hash,
 * its size and time, Node's flags, the Node version and the architecture, so it is only ever used with the
 * source it was made from. The build writes that hash on the bundle's first line (BUNDLE_HASH, checked by a
 * test of dist/): hashing the 6 MB of the CLI proper on every run cost ~10 ms; other files are hashed here.
 * Any failure to read or write it just means no cache. LB_PLAN_NO_CODE_CACHE=1 turns it off.
 */
import { closeSync, fstatSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { nodeCrypto, nodeV8 } from '../util/builtin.js';

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

const DAY_MS = 24 * 3600 * 1000;
/** A cache file not used for this long is deleted when another is saved. */
export const UNUSED_CACHE_MS = 30 * DAY_MS;

/**
 * Deletes the cache files of `dir` no run has used for UNUSED_CACHE_MS (a used file's time is renewed at
 * most once a day, see touchUsed), and temporary files an interrupted save left over an hour ago: each
 * lb-plan version (and each set of Node flags) writes its own 0.5–2 MB, and an older version's is seldom
 * read again. By age, not by count: a count would throw out a cache in daily use whenever more versions
 * than it ran side by side. Best effort: a file that cannot be read or deleted stays.
 */
function pruneCache(dir: string): void {
  for (const name of readdirSync(dir)) {
    const tmp = /\.bin\.\d+\.tmp$/.test(name);
    if (!tmp && !name.endsWith('.bin')) continue;
    try {
      const file = join(dir, name);
      if (Date.now() - statSync(file).mtimeMs > (tmp ? 3600_000 : UNUSED_CACHE_MS)) unlinkSync(file);
    } catch {
      // gone meanwhile, or not ours to delete
    }
  }
}

/** Marks a cache file used now, when it was last marked over a day ago (one write a day, not one a run). */
function touchUsed(file: string): void {
  try {
    if (Date.now() - statSync(file).mtimeMs > DAY_MS) utimesSync(file, new Date(), new Date());
  } catch {
    // it stays as old as it was
  }
}

/** The flags setV8Flags set: part of a cache's name, as Node's own flags are. */
let v8Flags = '';

/**
 * Sets V8 flags for the rest of the process. V8 stamps a code cache with the flags in force when it is
 * made and refuses it under others: scripts loaded after this keep their caches apart from those made
 * without these flags, and the cache of a script loaded before is not saved at exit (every run under the
 * flags it was loaded with would refuse it).
 */
export function setV8Flags(flags: string): void {
  v8Flags += ` ${flags}`;
  nodeV8().setFlagsFromString(flags);
}

/**
 * A 32-bit FNV-1a hash, in hex: it keeps the caches of different flags (and file stamps) apart in their names.
 * It need not be cryptographic: the content part of the name is a sha256, and if two sets of flags ever met
 * with one name, V8 would refuse the other's cache (it checks its flags) and the next save would replace it.
 * It saves loading a SHA-256 (node:crypto, or the JavaScript one with its tables) on every start.
 */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** What a load did with the cache: compiled from it, compiled and saving one at exit, or none (off or refused). */
export type CacheUse = 'used' | 'saving' | 'none';

/** The bundles loadCommonJs loaded, by path: a bundle that requires another (`./yaml.cjs`) gets the one copy. */
const loaded = new Map<string, Record<string, unknown>>();

/**
 * The `require` a bundle gets: Node's, except for a sibling bundle (`./yaml.cjs`, which dist/validate.cjs loads
 * when it needs the yaml package), loaded through the code cache as its parent was.
 */
function bundleRequire(file: string): NodeJS.Require {
  const node = createRequire(file);
  const sibling = (id: string): unknown => (/^\.\/[\w-]+\.cjs$/.test(id) ? (loaded.get(join(dirname(file), id)) ?? loadCommonJs(join(dirname(file), id)).exports) : node(id));
  return Object.assign(sibling, { resolve: node.resolve, cache: node.cache, main: node.main, extensions: node.extensions });
}

/** Runs the CommonJS file `file` and returns its exports, compiled from the code cache when there is one. */
export function loadCommonJs(file: string): { exports: Record<string, unknown>; cache: CacheUse } {
  const fd = openSync(file, 'r');
  let source: string;
  let stamp: string;
  try {
    const st = fstatSync(fd);
    source = readFileSync(fd, 'utf8');
    // The file's size and time are part of the name too: V8 checks only a source's length, and the hash on a
    // bundle's first line is what the build wrote, not what the file now holds (an edit in place keeps it).
    stamp = `${st.size}:${st.mtimeMs}`;
  } finally {
    closeSync(fd);
  }
  const dir = process.env.LB_PLAN_NO_CODE_CACHE ? undefined : privateDir();
  // V8 refuses a cache made under other flags: they are part of the key, so each set of flags keeps its own.
  const flags = JSON.stringify([process.execArgv, process.env.NODE_OPTIONS ?? '', v8Flags, stamp]);
  const content = BUNDLE_HASH.exec(source.slice(0, 120))?.[1] ?? nodeCrypto().createHash('sha256').update(source).digest('hex');
  const cacheFile = dir && join(dir, `${content.slice(0, 32)}-${fnv1a(flags)}-${process.version}-${process.arch}.bin`);
  let cachedData: Buffer | undefined;
  try {
    if (cacheFile) cachedData = readFileSync(cacheFile);
  } catch {
    // no cache yet
  }
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: file, ...(cachedData ? { cachedData } : {}) });
  const module = { exports: {} as Record<string, unknown> };
  (script.runInThisContext() as (...a: unknown[]) => void)(module.exports, bundleRequire(file), module, file, dirname(file));
  loaded.set(file, module.exports);
  if (!cacheFile) return { exports: module.exports, cache: 'none' };
  if (cachedData && !script.cachedDataRejected) {
    touchUsed(cacheFile);
    return { exports: module.exports, cache: 'used' };
  }
  // Saved when the process ends, so the cache holds every function the command ran.
  const loadedUnder = v8Flags;
  process.once('exit', () => {
    if (v8Flags !== loadedUnder) return; // flags set since: the cache would carry them, not the name's
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

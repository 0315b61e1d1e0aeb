/**
 * Reading the files lb-plan is pointed at, without being turned against its runner. In CI a manifest
 * comes from a pull request, and so do the paths it names (certificate chains, secret files) — and any
 * of them can be a symlink to /proc/self/environ or /etc/passwd, a FIFO, or a huge file. So:
 *
 * - a path is resolved with realpath (symlinks included) and refused by that path, unread, when it lies
 *   outside the folders allowed for it;
 * - a file is opened without blocking and read only when it is a regular file, up to a size cap, read
 *   in bounded chunks (files under /proc say they are empty).
 *
 * Reasons are short and never quote a file's contents; callers name the path.
 */
import { accessSync, closeSync, constants, fstatSync, openSync, readSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';

/** The largest manifest lb-plan reads. */
export const MANIFEST_MAX_BYTES = 1024 * 1024;
/** The largest certificate chain, private key or other secret file lb-plan reads. */
export const PEM_MAX_BYTES = 64 * 1024;

export type FileCheck = { readonly ok: true; readonly real: string } | { readonly ok: false; readonly reason: string };
export type FileText = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: string };

/** The workspace: GITHUB_WORKSPACE in the Action (and any GitHub job), otherwise the current directory. */
export function workspaceDir(env: Readonly<Record<string, string | undefined>> = process.env): string {
  return resolve(env.GITHUB_WORKSPACE || process.cwd());
}

/** The folders a file named by a manifest in `manifestDir` may resolve into: that folder's tree, and the workspace. */
export function namedFileRoots(manifestDir: string, env: Readonly<Record<string, string | undefined>> = process.env): string[] {
  return [resolve(manifestDir), workspaceDir(env)];
}

/** True when the resolved path `real` is the resolved folder `root` or lies under it. */
export function isInside(real: string, root: string): boolean {
  const rel = relative(root, real);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/** The reason given for a path that does not exist. */
export const NO_FILE = 'no such file';

function errnoReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return NO_FILE;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ELOOP') return 'too many symbolic links';
  if (code === 'EISDIR' || code === 'ENXIO' || code === 'ENOTDIR') return 'not a regular file';
  return code ?? 'cannot be read';
}

function size(bytes: number): string {
  return bytes % 1024 === 0 && bytes >= 1024 * 1024 ? `${bytes / 1024 / 1024} MiB` : `${Math.round(bytes / 1024)} KiB`;
}

function tooLarge(maxBytes: number, found?: number): string {
  return `too large (${found === undefined ? 'more than' : `${found.toLocaleString('en-US')} bytes; at most`} ${size(maxBytes)})`;
}

/**
 * Resolves `path` (symlinks included) and checks that it lies inside one of `roots` (resolved too).
 * Nothing is opened; `where` names the allowed folders in the reason ("the workspace").
 */
export function resolveWithin(path: string, roots: readonly string[], where: string): FileCheck {
  let real: string;
  try {
    real = realpathSync(path);
  } catch (e) {
    return { ok: false, reason: errnoReason(e) };
  }
  const realRoots = roots.flatMap((r) => {
    try {
      return [realpathSync(r)];
    } catch {
      return [];
    }
  });
  return realRoots.some((r) => isInside(real, r)) ? { ok: true, real } : { ok: false, reason: `it resolves outside ${where}` };
}

/** Reads `path` when it is a regular file of at most `maxBytes`. Never blocks on a FIFO, never reads a device. */
export function readRegularFile(path: string, maxBytes: number): FileText {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    return { ok: false, reason: errnoReason(e) };
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return { ok: false, reason: 'not a regular file' };
    if (st.size > maxBytes) return { ok: false, reason: tooLarge(maxBytes, st.size) };
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.alloc(Math.min(64 * 1024, maxBytes + 1 - total));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      total += n;
      if (total > maxBytes) return { ok: false, reason: tooLarge(maxBytes) };
    }
    return { ok: true, text: Buffer.concat(chunks).toString('utf8') };
  } catch (e) {
    return { ok: false, reason: errnoReason(e) };
  } finally {
    closeSync(fd);
  }
}

/** Checks, without reading it, that `path` is a readable regular file of at most `maxBytes`. */
export function checkRegularFile(path: string, maxBytes: number): { readonly ok: true } | { readonly ok: false; readonly reason: string } {
  try {
    const st = statSync(path);
    if (!st.isFile()) return { ok: false, reason: 'not a regular file' };
    if (st.size > maxBytes) return { ok: false, reason: tooLarge(maxBytes, st.size) };
    accessSync(path, constants.R_OK);
    return { ok: true };
  } catch (e) {
    return { ok: false, reason: errnoReason(e) };
  }
}

const NAMED_WHERE = "the manifest's folder and the workspace";

/**
 * A file a manifest names (`path` as written, relative to the manifest's folder `dir`): refused by
 * path outside `roots`, then read when it is a regular file within `maxBytes`.
 */
export function readNamedFile(dir: string, path: string, roots: readonly string[], maxBytes: number): FileText {
  const where = resolveWithin(resolve(dir, path), roots, NAMED_WHERE);
  return where.ok ? readRegularFile(where.real, maxBytes) : where;
}

/** As readNamedFile, but only checks the file (a secret file is not read at validation). */
export function checkNamedFile(dir: string, path: string, roots: readonly string[], maxBytes: number): { readonly ok: true } | { readonly ok: false; readonly reason: string } {
  const where = resolveWithin(resolve(dir, path), roots, NAMED_WHERE);
  return where.ok ? checkRegularFile(where.real, maxBytes) : where;
}

/** A PEM private key block of any kind (PKCS#8, RSA, EC, encrypted, OpenSSH). */
export function holdsPrivateKey(text: string): boolean {
  return /-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----/.test(text);
}

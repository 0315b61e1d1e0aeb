/**
 * Node built-in modules loaded on first use, for the code `lb-plan validate` runs. Its whole own cost is
 * ~25 ms over Node's start, and loading node:crypto (with the streams it pulls in) took ~6–8 ms of it and
 * node:net ~3 ms, though a validate needs neither unless the manifest names a certificate file or an IP
 * address. A static import loads a module when the bundle starts; this loads it when it is first called.
 * `process.getBuiltinModule` is Node's own way to do that from either kind of module (Node 20.16 and later);
 * before it, every bundle has a `require` (dist/ ES modules get one from their banner, scripts/build.mjs).
 */
import type * as Crypto from 'node:crypto';
import type * as Net from 'node:net';
import type * as V8 from 'node:v8';

function builtin<T>(id: string): T {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a built-in, by name, where Node has no getBuiltinModule
  return (typeof process.getBuiltinModule === 'function' ? process.getBuiltinModule(id) : require(id)) as T;
}

export const nodeCrypto = (): typeof Crypto => builtin('node:crypto');
export const nodeNet = (): typeof Net => builtin('node:net');
export const nodeV8 = (): typeof V8 => builtin('node:v8');

/**
 * Secret values, by reference: `env:NAME` from the environment, `file:PATH` relative to the
 * manifest. Read only when planning or applying, never at validation, never printed. A secret file
 * must resolve (symlinks included) inside the manifest's folder tree or the workspace, and be a
 * regular file of at most 64 KiB (see files.ts).
 */
import { namedFileRoots, PEM_MAX_BYTES, readNamedFile } from './files.js';
import { secretKey } from '../compile/secrets.js';
import type { Diagnostic, YamlPath } from './diagnostic.js';
import type { LoadedManifest } from './load.js';
import type { SecretRefSpec } from './schema.js';

export type SecretResolver = (ref: string) => string | undefined;

export function secretResolver(dir: string, env: Readonly<Record<string, string | undefined>>): SecretResolver {
  return (ref) => {
    if (ref.startsWith('env:')) {
      const v = env[ref.slice(4)];
      return v === undefined || v === '' ? undefined : v;
    }
    if (ref.startsWith('file:')) {
      const read = readNamedFile(dir, ref.slice(5), namedFileRoots(dir, env), PEM_MAX_BYTES);
      return read.ok ? read.text : undefined;
    }
    return undefined;
  };
}

/** Every secret the manifest references, with where it is referenced. */
export function secretRefs(loaded: LoadedManifest): { ref: string; path: YamlPath }[] {
  const m = loaded.manifest;
  if (!m) return [];
  const out: { ref: string; path: YamlPath }[] = [];
  const add = (spec: SecretRefSpec, path: YamlPath): void => void out.push({ ref: secretKey(spec), path: [...path, spec.env !== undefined ? 'env' : 'file'] });
  (m.frontend.https?.certificates ?? []).forEach((c, i) => c.selfManaged && add(c.selfManaged.privateKey, ['frontend', 'https', 'certificates', i, 'selfManaged', 'privateKey']));
  for (const [k, be] of Object.entries(m.backends)) if (be.iap) add(be.iap.oauth2ClientSecret, ['backends', k, 'iap', 'oauth2ClientSecret']);
  return out;
}

/** Resolves every secret; a missing one is a diagnostic at the place that references it. */
export function resolveSecrets(loaded: LoadedManifest, resolver: SecretResolver): { secrets: Map<string, string>; diagnostics: Diagnostic[] } {
  const secrets = new Map<string, string>();
  const diagnostics: Diagnostic[] = [];
  for (const { ref, path } of secretRefs(loaded)) {
    const v = resolver(ref);
    if (v !== undefined) secrets.set(ref, v);
    else {
      const where = loaded.locate(path);
      diagnostics.push({
        severity: 'error',
        file: loaded.file,
        ...where,
        path,
        message: ref.startsWith('env:') ? `the environment variable ${ref.slice(4)} is not set (it holds a secret this manifest needs)` : `cannot read the secret file ${ref.slice(5)}`,
      });
    }
  }
  return { secrets, diagnostics };
}

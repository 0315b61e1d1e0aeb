/**
 * Reading a manifest: YAML with positions → schema → GCP rules → compile check of derived names.
 * Every problem becomes a Diagnostic with FILE:LINE:COLUMN; nothing here throws for user mistakes.
 */
import { accessSync, constants, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { compile } from '../compile/index.js';
import { KIND_INFO } from '../model/kinds.js';
import { sha256Hex } from '../model/hash.js';
import { MAX_NAME_LENGTH, NAME_REGEX } from '../model/names.js';
import { formatPath, hasErrors, sortDiagnostics, type Diagnostic, type YamlPath } from './diagnostic.js';
import { checkRules, type RuleFinding } from './rules.js';
import { checkSchema } from './schema-check.js';
import type { Backend, CertificateSpec, Manifest } from './schema.js';
import { locate, parseYaml } from './yaml.js';

export interface LoadedManifest {
  /** The path as given (used in diagnostics). */
  readonly file: string;
  /** Directory that relative paths in the manifest are resolved against. */
  readonly dir: string;
  /** Present only when there are no errors. */
  readonly manifest: Manifest | undefined;
  readonly diagnostics: readonly Diagnostic[];
  /** Non-secret files the manifest names (certificate chains), by path as written. */
  readonly files: ReadonlyMap<string, string>;
  /** sha256 of the manifest text and the non-secret files it names: what a plan was made from. */
  readonly digest: string;
  /** Position lookup for later stages (plan-time errors such as a missing secret). */
  readonly locate: (path: YamlPath) => { line: number; column: number };
}

export interface LoadOptions {
  /** Use this text instead of reading `file` (editors, tests, the Action). */
  readonly text?: string;
}

export function loadManifest(file: string, options: LoadOptions = {}): LoadedManifest {
  const dir = dirname(resolve(file));
  let text: string;
  try {
    text = options.text ?? readFileSync(file, 'utf8');
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message;
    return failed(file, dir, [{ severity: 'error', file, line: 1, column: 1, path: [], message: `cannot read manifest: ${reason}` }]);
  }
  const parsed = parseYaml(text);
  const at = (path: YamlPath, key = false) => locate(parsed, path, key);
  const diag = (f: { path: YamlPath; message: string; atKey?: boolean; severity?: 'error' | 'warning' }): Diagnostic => ({
    severity: f.severity ?? 'error',
    file,
    ...at(f.path, f.atKey ?? false),
    path: f.path,
    message: f.message,
  });
  if (parsed.syntaxErrors.length > 0) {
    return failed(
      file,
      dir,
      parsed.syntaxErrors.map((e) => ({ severity: 'error', file, line: e.line, column: e.column, path: [], message: `YAML: ${e.message}` })),
    );
  }
  if (parsed.data === null || parsed.data === undefined) {
    return failed(file, dir, [{ severity: 'error', file, line: 1, column: 1, path: [], message: 'the manifest is empty' }]);
  }
  const schemaFindings = checkSchema(parsed.data);
  const diagnostics: Diagnostic[] = schemaFindings.map(diag);
  const broken = schemaFindings.map((f) => formatPath(f.path));
  const sound = (path: YamlPath): boolean => {
    const p = formatPath(path);
    // Unsound when a finding lies inside this part, or this part lies inside a finding.
    const within = (inner: string, outer: string): boolean => inner === outer || inner.startsWith(outer + '.') || inner.startsWith(outer + '[');
    return !broken.some((b) => b === '(root)' || p === '(root)' || within(b, p) || within(p, b));
  };
  const data = parsed.data as Manifest;
  const topSound = typeof data === 'object' && !Array.isArray(data) && !schemaFindings.some((f) => f.path.length === 0);
  const files = readNamedFiles(topSound ? data : undefined, dir);
  if (topSound) {
    diagnostics.push(...checkRules(data, { files, sound }).map(diag));
    if (schemaFindings.length === 0) diagnostics.push(...checkDerivedNames(data, files).map(diag));
  }
  const sorted = sortDiagnostics(diagnostics);
  const texts = new Map([...files].filter((e): e is [string, string] => e[1] !== null && !secretPaths(data).has(e[0])));
  const digest = sha256Hex(JSON.stringify([text, [...texts].sort(([a], [b]) => a.localeCompare(b))]));
  return { file, dir, manifest: hasErrors(sorted) ? undefined : data, diagnostics: sorted, files: texts, digest, locate: (p) => at(p) };
}

function failed(file: string, dir: string, diagnostics: Diagnostic[]): LoadedManifest {
  return { file, dir, manifest: undefined, diagnostics, files: new Map(), digest: '', locate: () => ({ line: 1, column: 1 }) };
}

/** Files named as secret references. Called on data that may not match the schema: every step is guarded. */
function secretPaths(m: Manifest | undefined): Set<string> {
  const out = new Set<string>();
  if (!m || typeof m !== 'object') return out;
  const certs: unknown = m.frontend?.https?.certificates;
  for (const c of Array.isArray(certs) ? (certs as CertificateSpec[]) : []) {
    const f: unknown = c?.selfManaged?.privateKey?.file;
    if (typeof f === 'string') out.add(f);
  }
  const backends: unknown = m.backends;
  if (backends && typeof backends === 'object' && !Array.isArray(backends)) {
    for (const be of Object.values(backends as Record<string, Backend | undefined>)) {
      const f: unknown = be?.iap?.oauth2ClientSecret?.file;
      if (typeof f === 'string') out.add(f);
    }
  }
  return out;
}

/**
 * Reads the certificate files the manifest names; for secret files only checks they are readable
 * (their value is read at plan/apply time, never at validation, and never kept here).
 */
function readNamedFiles(m: Manifest | undefined, dir: string): Map<string, string | null> {
  const files = new Map<string, string | null>();
  if (!m) return files;
  const certs = m.frontend?.https?.certificates;
  for (const c of Array.isArray(certs) ? certs : []) {
    const p = c?.selfManaged?.certificate;
    if (typeof p === 'string' && !files.has(p)) {
      try {
        files.set(p, readFileSync(resolve(dir, p), 'utf8'));
      } catch {
        files.set(p, null);
      }
    }
  }
  for (const p of secretPaths(m)) {
    try {
      accessSync(resolve(dir, p), constants.R_OK);
      files.set(p, '');
    } catch {
      files.set(p, null);
    }
  }
  return files;
}

/** Compiles the manifest and checks every name lb-plan would give a resource against GCP's rules. */
function checkDerivedNames(m: Manifest, files: ReadonlyMap<string, string | null>): RuleFinding[] {
  const texts = new Map([...files].filter((e): e is [string, string] => e[1] !== null));
  const compiled = compile(m, { files: texts, secrets: new Map() });
  const byPlace = new Map<string, { finding: RuleFinding; length: number }>();
  for (const r of compiled.resources) {
    if (r.name.length <= MAX_NAME_LENGTH && NAME_REGEX.test(r.name)) continue;
    const fromBackend = r.source[0] === 'backends' && r.source.length >= 2;
    const place: YamlPath = fromBackend ? ['backends', r.source[1]!] : r.kind === 'sslCertificate' || r.kind === 'globalAddress' ? r.source : ['metadata', 'name'];
    const what = fromBackend ? 'metadata.name and this backend key' : r.kind === 'sslCertificate' ? 'the certificate name prefix' : 'metadata.name';
    const key = formatPath(place);
    const prev = byPlace.get(key);
    if (prev && prev.length >= r.name.length) continue;
    byPlace.set(key, {
      length: r.name.length,
      finding: {
        path: place,
        atKey: fromBackend,
        message:
        r.name.length > MAX_NAME_LENGTH
          ? `the name of the ${KIND_INFO[r.kind].label} "${r.name}" would be ${r.name.length} characters; GCP allows ${MAX_NAME_LENGTH}: shorten ${what}`
          : `the name of the ${KIND_INFO[r.kind].label} "${r.name}" is not a valid GCP name`,
      },
    });
  }
  return [...byPlace.values()].map((v) => v.finding);
}

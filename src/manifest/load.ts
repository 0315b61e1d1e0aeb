/**
 * Reading a manifest: YAML with positions → schema → GCP rules → compile check of derived names.
 * Every problem becomes a Diagnostic with FILE:LINE:COLUMN; nothing here throws for user mistakes.
 */
import { dirname, resolve } from 'node:path';
import { compile, type CompiledLoadBalancer } from '../compile/index.js';
import { KIND_INFO } from '../model/kinds.js';
import { expectManyHashes, sha256Hex } from '../model/hash.js';
import { MAX_NAME_LENGTH, NAME_REGEX } from '../model/names.js';
import { EXCERPT_CHARS, excerpt, excerptValues, formatPath, hasErrors, sortDiagnostics, type Diagnostic, type YamlPath } from './diagnostic.js';
import { checkNamedFile, holdsPrivateKey, isInside, MANIFEST_MAX_BYTES, namedFileRoots, NO_FILE, PEM_MAX_BYTES, readNamedFile, readRegularFile, resolveWithin, workspaceDir } from './files.js';
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
  /** The manifest compiled without secret values (present with `manifest`): compiled once, here. */
  readonly compiled?: CompiledLoadBalancer;
  /** The manifest's text, when it could be read (to show a diagnostic's line). */
  readonly text?: string;
}

export interface LoadOptions {
  /** Use this text instead of reading `file` (editors, tests, the Action). */
  readonly text?: string;
  /**
   * The folders besides the manifest's own folder tree that files it names (certificates, secret
   * files) may resolve into. Default: the workspace (GITHUB_WORKSPACE, else the current directory).
   */
  readonly roots?: readonly string[];
}

/** From this many characters on, a manifest names resources by the thousand (see expectManyHashes). */
const MANY_HASHES_CHARS = 32 * 1024;

/**
 * Loads `file`: a regular file of at most 1 MiB (the path itself is the caller's choice: the CLI
 * reads what the user names; the Action first checks it lies in the workspace). Files the manifest
 * names must resolve, symlinks included, inside the manifest's folder tree or the workspace.
 */
export function loadManifest(file: string, options: LoadOptions = {}): LoadedManifest {
  const dir = dirname(resolve(file));
  const read = options.text !== undefined ? { ok: true as const, text: options.text } : linkEscape(file) ?? readRegularFile(file, MANIFEST_MAX_BYTES);
  if (!read.ok) return failed(file, dir, [{ severity: 'error', file, line: 1, column: 1, path: [], message: `cannot read manifest: ${read.reason}` }]);
  const text = read.text;
  if (text.length >= MANY_HASHES_CHARS) expectManyHashes();
  const parsed = parseYaml(text);
  const at = (path: YamlPath, key = false) => locate(parsed, path, key);
  // Only values long enough to be cut matter; found once, at the first finding (a valid manifest needs none).
  let long: string[] | undefined;
  const values = (): string[] => (long ??= [...stringsOf(parsed.data)].filter((v) => Array.from(v).length > EXCERPT_CHARS));
  // Findings quote at most an excerpt of any of the user's values (see excerptValues).
  const diag = (f: { path: YamlPath; message: string; atKey?: boolean; severity?: 'error' | 'warning' }): Diagnostic => ({
    severity: f.severity ?? 'error',
    file,
    ...at(f.path, f.atKey ?? false),
    path: f.path,
    message: excerptValues(f.message, values()),
  });
  if (parsed.syntaxErrors.length > 0) {
    return failed(
      file,
      dir,
      parsed.syntaxErrors.map((e) => ({ severity: 'error', file, line: e.line, column: e.column, path: [], message: excerpt(`YAML: ${e.message}`, 300) })),
    );
  }
  if (parsed.data === null || parsed.data === undefined) {
    return failed(file, dir, [{ severity: 'error', file, line: 1, column: 1, path: [], message: 'the manifest is empty' }]);
  }
  const schemaFindings = checkSchema(parsed.data);
  // Each finding is located in the YAML (in constant time, see yaml.ts); past 5,000 they are counted.
  const shown = schemaFindings.slice(0, MAX_SCHEMA_FINDINGS);
  const diagnostics: Diagnostic[] = shown.map(diag);
  if (schemaFindings.length > shown.length) diagnostics.push({ severity: 'error', file, line: 1, column: 1, path: [], message: `…and ${schemaFindings.length - shown.length} more errors like these, not shown` });
  // An unknown key leaves the rest of its object sound: the rules still check what is there.
  const broken = schemaFindings.filter((f) => !f.unknownKey).map((f) => formatPath(f.path));
  const sound = (path: YamlPath): boolean => {
    if (broken.length === 0) return true; // the common case: no path to write
    const p = formatPath(path);
    // Unsound when a finding lies inside this part, or this part lies inside a finding.
    const within = (inner: string, outer: string): boolean => inner === outer || inner.startsWith(outer + '.') || inner.startsWith(outer + '[');
    return !broken.some((b) => b === '(root)' || p === '(root)' || within(b, p) || within(p, b));
  };
  const data = parsed.data as Manifest;
  const topSound = typeof data === 'object' && !Array.isArray(data) && !schemaFindings.some((f) => f.path.length === 0 && !f.unknownKey);
  const { files, problems } = readNamedFiles(topSound ? data : undefined, dir, [...namedFileRoots(dir), ...(options.roots ?? [])]);
  let compiled: CompiledLoadBalancer | undefined;
  if (topSound) {
    diagnostics.push(...checkRules(data, { files, sound }).map((f) => diag(explainUnreadable(f, problems))));
    // Derived names are lb-plan's own, of bounded length: quoted whole.
    if (schemaFindings.length === 0) {
      compiled = compile(data, { files: new Map([...files].filter((e): e is [string, string] => e[1] !== null)), secrets: new Map() });
      diagnostics.push(...checkDerivedNames(compiled).map((f) => ({ ...diag(f), message: f.message })));
    }
  }
  const sorted = sortDiagnostics(diagnostics);
  const texts = new Map([...files].filter((e): e is [string, string] => e[1] !== null && !secretPaths(data).has(e[0])));
  const digest = sha256Hex(JSON.stringify([text, [...texts].sort(([a], [b]) => a.localeCompare(b))]));
  const ok = !hasErrors(sorted);
  return { file, dir, manifest: ok ? data : undefined, diagnostics: sorted, files: texts, digest, locate: (p) => at(p), text, ...(ok && compiled ? { compiled } : {}) };
}

/**
 * A manifest inside the workspace that is a link leading out of it (a pull request can add one to
 * /proc/self/environ or /etc/passwd) is refused by its path, unread. A path the user names outside
 * the workspace is the user's choice, and read.
 */
function linkEscape(file: string): { ok: false; reason: string } | undefined {
  const workspace = workspaceDir();
  if (!isInside(resolve(file), workspace)) return undefined;
  const within = resolveWithin(file, [workspace], 'the workspace');
  return within.ok || within.reason !== 'it resolves outside the workspace' ? undefined : { ok: false, reason: 'it is a link that resolves outside the workspace (refused unread)' };
}

/** How many schema findings are shown (the rest are counted): a bound on output, not on work. */
export const MAX_SCHEMA_FINDINGS = 5000;

/** Every string in parsed YAML data, keys included: the values a diagnostic may quote. */
function stringsOf(data: unknown, out = new Set<string>()): Set<string> {
  if (typeof data === 'string') out.add(data);
  else if (Array.isArray(data)) for (const v of data) stringsOf(v, out);
  else if (data && typeof data === 'object') {
    for (const [k, v] of Object.entries(data)) {
      out.add(k);
      stringsOf(v, out);
    }
  }
  return out;
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

/** Why a file the manifest names was not read, by path as written: the whole message to show. */
type FileProblems = Map<string, string>;

/**
 * Reads the certificate files the manifest names; for secret files only checks they are readable
 * (their value is read at plan/apply time, never at validation, and never kept here). Every file must
 * resolve inside `roots` and be a regular file of at most 64 KiB; a certificate file holding a
 * private key is refused (its text would be sent to Compute as the certificate, and saved in plans).
 * A refused or unreadable file maps to null, with the reason in `problems` (a missing file needs none).
 */
function readNamedFiles(m: Manifest | undefined, dir: string, roots: readonly string[]): { files: Map<string, string | null>; problems: FileProblems } {
  const files = new Map<string, string | null>();
  const problems: FileProblems = new Map();
  if (!m) return { files, problems };
  const certs = m.frontend?.https?.certificates;
  for (const c of Array.isArray(certs) ? certs : []) {
    const p = c?.selfManaged?.certificate;
    if (typeof p !== 'string' || files.has(p)) continue;
    const read = readNamedFile(dir, p, roots, PEM_MAX_BYTES);
    if (!read.ok) {
      if (read.reason !== NO_FILE) problems.set(p, `cannot read certificate file "${p}": ${read.reason}`);
      files.set(p, null);
    } else if (holdsPrivateKey(read.text)) {
      problems.set(p, `"${p}" holds a private key: a certificate file must hold only the certificate chain; give the key as privateKey ({ env: NAME } or { file: PATH })`);
      files.set(p, null);
    } else files.set(p, read.text);
  }
  for (const p of secretPaths(m)) {
    const check = checkNamedFile(dir, p, roots, PEM_MAX_BYTES);
    if (!check.ok && check.reason !== NO_FILE) problems.set(p, `cannot read secret file "${p}": ${check.reason}`);
    files.set(p, check.ok ? '' : null);
  }
  return { files, problems };
}

/** The rules say only "cannot read … file"; say why, when lb-plan refused or failed to read it here. */
function explainUnreadable(f: RuleFinding, problems: FileProblems): RuleFinding {
  for (const [p, message] of problems) {
    if (f.message === `cannot read certificate file "${p}"` || f.message === `cannot read secret file "${p}"`) return { ...f, message };
  }
  return f;
}

/** Checks every name lb-plan would give a resource against GCP's rules. */
function checkDerivedNames(compiled: CompiledLoadBalancer): RuleFinding[] {
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

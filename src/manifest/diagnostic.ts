/** A path into the manifest: keys and list indexes, from the document root. */
export type YamlPath = readonly (string | number)[];

/** A problem found in a manifest, pointing at the place in the file that causes it. */
export interface Diagnostic {
  readonly severity: 'error' | 'warning';
  readonly file: string;
  /** 1-based. */
  readonly line: number;
  /** 1-based. */
  readonly column: number;
  readonly path: YamlPath;
  readonly message: string;
}

/** `backends.hello.serverless[1].region`; `(root)` for the document itself. */
export function formatPath(path: YamlPath): string {
  if (path.length === 0) return '(root)';
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += (out ? '.' : '') + (/^[A-Za-z_][\w-]*$/.test(seg) ? seg : JSON.stringify(seg));
  }
  return out;
}

/** `FILE:LINE:COLUMN: error: message (at yaml.path)`: the form editors and CI annotations understand. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column}: ${d.severity}: ${d.message} (at ${formatPath(d.path)})`;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** Stable order: by file, line, column, then message. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.message.localeCompare(b.message));
}

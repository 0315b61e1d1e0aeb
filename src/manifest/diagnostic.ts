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
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]!;
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

/** The longest part of a value a message quotes: enough to find it, too little to leak a file or a secret. */
export const EXCERPT_CHARS = 60;

/** `value` cut to `max` characters (whole code points) with "…" after, when longer. */
export function excerpt(value: string, max = EXCERPT_CHARS): string {
  const chars = Array.from(value);
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : value;
}

/**
 * `message` with every long value of the user's (`values`: the strings of the manifest longer than
 * `max`) cut to an excerpt, whether quoted as JSON or written as is. A diagnostic then never carries
 * a whole value — a file read by mistake, a pasted secret — into a log, an annotation or a PR comment,
 * while lb-plan's own words (GCP's reasons, derived names) stay whole.
 */
export function excerptValues(message: string, values: Iterable<string>, max = EXCERPT_CHARS): string {
  let out = message;
  const long = [...values].filter((v) => Array.from(v).length > max).sort((a, b) => b.length - a.length);
  for (const v of long) {
    const cut = excerpt(v, max);
    out = out.split(JSON.stringify(v)).join(JSON.stringify(cut)).split(v).join(cut);
  }
  return out;
}

/**
 * A diagnostic with the line it points at and a caret under its column, for people at a terminal
 * (the one-line form stays what editors and CI read). Long lines are cut around the column.
 */
export function formatWithSource(d: Diagnostic, text: string | undefined): string {
  const first = formatDiagnostic(d);
  const line = text?.split('\n')[d.line - 1]?.replace(/\r$/, '');
  if (line === undefined || line.trim() === '') return first;
  const from = Math.max(0, d.column - 60);
  const shown = (from > 0 ? '…' : '') + line.slice(from, from + 120) + (line.length > from + 120 ? '…' : '');
  const gutter = String(d.line).length;
  const caret = ' '.repeat(d.column - 1 - from + (from > 0 ? 1 : 0)) + '^';
  return `${first}\n  ${d.line} | ${shown}\n  ${' '.repeat(gutter)} | ${caret}`;
}

import { formatDiagnostic, formatWithSource, hasErrors } from '../../manifest/diagnostic.js';
import { loadManifest } from '../../manifest/load.js';
import type { CliIo } from '../io.js';

export interface ValidateOptions {
  readonly format: 'text' | 'json';
}

/** `lb-plan validate FILE...`: every problem of every file at once; exit 1 if any has an error. */
export function validateCommand(files: readonly string[], options: ValidateOptions, io: CliIo): number {
  const results = files.map((file) => {
    const loaded = loadManifest(file);
    const resources = loaded.compiled?.resources.length;
    return { file, diagnostics: loaded.diagnostics, ok: !hasErrors(loaded.diagnostics), name: loaded.manifest?.metadata.name, project: loaded.manifest?.metadata.project, resources, text: loaded.text };
  });
  if (options.format === 'json') {
    io.stdout(JSON.stringify({ valid: results.every((r) => r.ok), files: results.map(({ text: _text, ...r }) => r) }, null, 2) + '\n');
  } else {
    for (const r of results) {
      // At a terminal, each line is shown with a caret under the column; in CI and editors, one line each.
      const show = (d: (typeof r.diagnostics)[number]): string => (io.isTTY ? formatWithSource(d, r.text) : formatDiagnostic(d));
      if (r.diagnostics.length) io.stderr(r.diagnostics.map(show).join('\n') + '\n');
      if (r.ok) io.stdout(`${r.file}: OK (${r.name}: ${r.resources} resources${r.project ? '' : '; no metadata.project: plan, apply and destroy need --project'})\n`);
    }
    const bad = results.filter((r) => !r.ok).length;
    if (bad > 0) {
      const errors = results.reduce((n, r) => n + r.diagnostics.filter((d) => d.severity === 'error').length, 0);
      io.stderr(`${errors} error${errors === 1 ? '' : 's'} in ${bad} of ${results.length} file${results.length === 1 ? '' : 's'}\n`);
    }
  }
  return results.every((r) => r.ok) ? 0 : 1;
}

/**
 * `lb-plan validate` without the command parser: the fast path of dist/validate.js. It reads only the
 * plain forms (`validate [--format text|json] FILE...`, the flag anywhere, `--format=json` too) and answers
 * them exactly as the full CLI does (`--json` too); anything else is left to the full CLI (undefined).
 */
import { internalError, type CliIo } from './io.js';
import { validateCommand, type ValidateOptions } from './commands/validate.js';

/** The files and format of a plain validate command line, or undefined when the full CLI must read it. */
export function plainValidate(argv: readonly string[]): { files: string[]; options: ValidateOptions } | undefined {
  if (argv[0] !== 'validate') return undefined;
  const files: string[] = [];
  let format: string | undefined;
  let json = false;
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json' && !json) json = true;
    else if (a === '--format' || a.startsWith('--format=')) {
      if (format !== undefined) return undefined; // repeated: the full CLI decides
      format = a === '--format' ? argv[++i] : a.slice('--format='.length);
      if (format !== 'text' && format !== 'json') return undefined;
    } else if (a.startsWith('-') || a === '') return undefined;
    else files.push(a);
  }
  if (files.length === 0) return undefined;
  if (json && format !== undefined && format !== 'json') return undefined; // they disagree: the full CLI says so
  return { files, options: { format: json ? 'json' : ((format ?? 'text') as ValidateOptions['format']) } };
}

/** Runs a plain validate command line and returns its exit code; undefined when it is not one. */
export function validateFast(argv: readonly string[], io: CliIo): number | undefined {
  const plain = plainValidate(argv);
  if (!plain) return undefined;
  try {
    return validateCommand(plain.files, plain.options, io);
  } catch (e) {
    io.stderr(internalError(e, io.env));
    return 1;
  }
}

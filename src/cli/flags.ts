/**
 * Numeric and duration flags, checked before anything runs: a bad value is a usage error (exit 2),
 * never NaN reaching a loop (`--certificate-timeout abc` once sent 39,076 requests in 15 s).
 */
import { readFileSync, statSync } from 'node:fs';
import { InvalidArgumentError, type Command } from 'commander';
import { UsageError } from './io.js';

/** A whole number from `min` to `max`. */
export function wholeNumber(min: number, max: number): (value: string) => number {
  return (value) => {
    if (!/^\d+$/.test(value.trim())) throw new InvalidArgumentError(`takes a whole number from ${min} to ${max}, not "${value.slice(0, 40)}".`);
    const n = Number(value);
    if (n < min || n > max) throw new InvalidArgumentError(`takes a whole number from ${min} to ${max}, not ${n}.`);
    return n;
  };
}

const UNITS: Readonly<Record<string, number>> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** A duration in milliseconds: `90` (seconds), `90s`, `20m`, `1h`, `500ms`; from 1 s to 24 h. */
export function duration(value: string): number {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(value.trim());
  const ms = m ? Number(m[1]) * UNITS[m[2] ?? 's']! : NaN;
  if (!Number.isFinite(ms) || ms < 1000 || ms > 24 * 3_600_000) throw new InvalidArgumentError(`takes a duration from 1s to 24h such as 90s, 20m or 1h (a plain number is seconds), not "${value.slice(0, 40)}".`);
  return ms;
}

/** `1m30s`-free, human: `20m`, `90s`, `1h`. */
export function formatDuration(ms: number): string {
  if (ms % 3_600_000 === 0) return `${ms / 3_600_000}h`;
  if (ms % 60_000 === 0) return `${ms / 60_000}m`;
  return `${Math.round(ms / 1000)}s`;
}

/** The manifest or saved plan a JSON file holds, by its top-level keys; undefined for anything else. */
function jsonKind(file: string): 'manifest' | 'saved plan' | undefined {
  try {
    if (!statSync(file).isFile() || statSync(file).size > 1_048_576) return undefined;
    const data = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    if (!data || typeof data !== 'object' || Array.isArray(data)) return undefined;
    if ('apiVersion' in data || 'kind' in data) return 'manifest';
    return 'formatVersion' in data && 'steps' in data ? 'saved plan' : undefined;
  } catch {
    return undefined; // not there, or not JSON: the emulator says what is wrong with it
  }
}

/**
 * `--emulator [state-file]`: its value is optional, so in `--emulator a.yaml b.yaml` it takes the
 * first manifest. A manifest or saved plan is never a state file: a usage error that says where to
 * put the flag, before anything runs (the emulator would otherwise refuse it as a broken state file).
 */
export function emulatorStateFile(value: string): string {
  const kind = /\.ya?ml$/i.test(value) ? 'manifest' : jsonKind(value);
  if (kind) throw new InvalidArgumentError(`"${value.slice(0, 120)}" is a ${kind}, not an emulator state file: put --emulator after the manifests, or give a state file as --emulator=FILE.json.`);
  return value;
}

/** `--latency MS` or `MIN-MAX` milliseconds, each up to a minute. */
export function latencyRange(value: string): readonly [number, number] {
  const m = /^(\d{1,5})(?:-(\d{1,5}))?$/.exec(value.trim());
  const range = m ? ([Number(m[1]), Number(m[2] ?? m[1])] as const) : undefined;
  if (!range || range[0] > range[1] || range[1] > 60_000) throw new InvalidArgumentError(`takes MS or MIN-MAX milliseconds up to 60000 (MIN not above MAX), not "${value.slice(0, 40)}".`);
  return range;
}

/**
 * `--json`, kept as an alias of `--format json` on every command that writes JSON (one spelling
 * across commands). Both given and disagreeing is a usage error.
 */
export function jsonAlias(c: Command): Command {
  return c.option('--json', 'the same as --format json');
}

/** The format asked for, `--json` counting as `--format json`. */
export function formatOf<F extends string>(c: Command, o: { format: F; json?: boolean }): F {
  if (o.json && c.getOptionValueSource('format') === 'cli' && o.format !== 'json') throw new UsageError(`--json and --format ${o.format} disagree: give one of them`);
  return o.json ? ('json' as F) : o.format;
}

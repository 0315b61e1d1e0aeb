/**
 * Numeric and duration flags, checked before anything runs: a bad value is a usage error (exit 2),
 * never NaN reaching a loop (`--certificate-timeout abc` once sent 39,076 requests in 15 s).
 */
import { InvalidArgumentError } from 'commander';

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

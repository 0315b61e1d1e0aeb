/**
 * Registering the secret values a run knows with the runner's log masking (`::add-mask::`), so a
 * value that reaches the log by any path is shown as `***`: the secrets a manifest references (an IAP
 * client secret, a TLS private key) once resolved, and the github-token input.
 */
import { loadManifest } from '../manifest/load.js';
import { resolveSecrets, secretResolver } from '../manifest/secrets.js';

/** A PEM armour line (`-----BEGIN PRIVATE KEY-----`): public, and masking it would only hide structure. */
const ARMOUR = /^-----(BEGIN|END) [A-Z0-9 ]+-----$/;
/** Lines shorter than this are not masked on their own (they would hide ordinary log text). */
const MIN_LINE = 8;

/**
 * The strings to register for one secret value. The runner masks a registered value within one log
 * line, so a multi-line value (a PEM key) is registered line by line; a one-line value whole.
 */
export function maskable(value: string): string[] {
  const trimmed = value.trim();
  if (trimmed === '') return [];
  if (!/[\r\n]/.test(trimmed)) return [trimmed];
  const lines = trimmed.split(/\r?\n/).map((l) => l.trim());
  return [...new Set(lines.filter((l) => l.length >= MIN_LINE && !ARMOUR.test(l)))];
}

/**
 * The secret values the manifest `file` references, resolved as planning resolves them (from `env`
 * and secret files). None for a manifest that does not load; never throws.
 */
export function manifestSecrets(file: string, env: Readonly<Record<string, string | undefined>>): string[] {
  const loaded = loadManifest(file);
  if (!loaded.manifest) return [];
  return [...resolveSecrets(loaded, secretResolver(loaded.dir, env)).secrets.values()];
}

/**
 * Keeping google-auth-library's metadata-server warning out of lb-plan's output.
 *
 * With no credentials file, the library asks whether it runs on Google Cloud by probing the metadata
 * server (gcp-metadata's `isAvailable`: 169.254.169.254 and metadata.google.internal raced, 3 s timeout
 * off Google Cloud). When the probe fails in a way it did not expect — off Google Cloud the usual case:
 * both probes rejected, "received unexpected error = All promises were rejected code = UNKNOWN" — it
 * calls `process.emitWarning(message, 'MetadataLookupWarning')`, and Node prints a stray
 * "(node:PID) MetadataLookupWarning: …" line. lb-plan says itself, in one line, that no credentials were
 * found, so that warning — and only that type — is dropped.
 */

const INSTALLED = Symbol.for('lb-plan.dropMetadataLookupWarnings');

type EmitWarning = NodeJS.Process['emitWarning'];

/** Whether an `emitWarning(warning, typeOrOptions, …)` call is gcp-metadata's MetadataLookupWarning. */
export function isMetadataLookupWarning(warning: unknown, typeOrOptions: unknown): boolean {
  if (warning instanceof Error && warning.name === 'MetadataLookupWarning') return true;
  if (typeOrOptions === 'MetadataLookupWarning') return true;
  return typeof typeOrOptions === 'object' && typeOrOptions !== null && (typeOrOptions as { type?: unknown }).type === 'MetadataLookupWarning';
}

/** Makes `proc.emitWarning` drop MetadataLookupWarning and pass every other warning on. Idempotent. */
export function dropMetadataLookupWarnings(proc: NodeJS.Process = process): void {
  const original = proc.emitWarning as EmitWarning & { [INSTALLED]?: true };
  if (original[INSTALLED]) return;
  const filtered = (warning: unknown, ...rest: unknown[]): void => {
    if (isMetadataLookupWarning(warning, rest[0])) return;
    Reflect.apply(original, proc, [warning, ...rest]);
  };
  Object.defineProperty(filtered, INSTALLED, { value: true });
  proc.emitWarning = filtered as EmitWarning;
}

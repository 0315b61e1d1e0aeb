/**
 * The apply record: what the apply run for a merge commit did to each manifest, kept as one hidden
 * line in the bot's own comment (right after the approval; comment.ts places and finds it). A re-run
 * of the same job reads it: a manifest applied at this commit is not applied again (a no-op success
 * that leaves the comment as it is), and one whose apply failed may be finished — but only with the
 * plan the failed attempt itself computed right after failing (`rest`), so a re-run applies nothing
 * that neither the reviewers nor that attempt saw. The record never approves anything on its own:
 * it is read only where the approval (approval.ts) still counts.
 */

/** One manifest's outcome at the recorded commit. */
export type ManifestRecord =
  | { readonly status: 'applied' }
  /** `rest`: digest of the plan made right after the failure (what was left to do), when it stayed within the approved plan. */
  | { readonly status: 'failed'; readonly rest?: string };

export interface ApplyRecord {
  /** The pushed commit (the merge commit) the apply ran for. */
  readonly commit: string;
  readonly manifests: Readonly<Record<string, ManifestRecord>>;
}

const PREFIX = '<!-- lb-plan:applied ';
const SUFFIX = ' -->';
const SHA = /^[0-9a-f]{40}$/;
const DIGEST = /^[0-9a-f]{64}$/;

/** The hidden line: JSON with `<`, `>` and `&` escaped, so no file name can end the HTML comment early. */
export function recordLine(r: ApplyRecord): string {
  const json = JSON.stringify({ v: 1, commit: r.commit, manifests: r.manifests }).replace(/[<>&]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `${PREFIX}${json}${SUFFIX}`;
}

function isManifestRecord(v: unknown): v is ManifestRecord {
  const o = v as { status?: unknown; rest?: unknown } | null;
  if (!o || typeof o !== 'object') return false;
  if (o.status === 'applied') return o.rest === undefined;
  return o.status === 'failed' && (o.rest === undefined || (typeof o.rest === 'string' && DIGEST.test(o.rest)));
}

/** The record a line written by recordLine holds; undefined for any other line. */
export function parseRecordLine(line: string): ApplyRecord | undefined {
  if (!line.startsWith(PREFIX) || !line.endsWith(SUFFIX)) return undefined;
  try {
    const o = JSON.parse(line.slice(PREFIX.length, -SUFFIX.length)) as { v?: unknown; commit?: unknown; manifests?: unknown };
    if (o.v !== 1 || typeof o.commit !== 'string' || !SHA.test(o.commit)) return undefined;
    const m = o.manifests;
    if (!m || typeof m !== 'object' || Array.isArray(m) || !Object.values(m).every(isManifestRecord)) return undefined;
    return { commit: o.commit, manifests: Object.fromEntries(Object.entries(m as Record<string, ManifestRecord>)) };
  } catch {
    return undefined;
  }
}

/** What the record says about `file` at `commit`; nothing for a record of another commit. */
export function recordFor(record: ApplyRecord | undefined, commit: string, file: string): ManifestRecord | undefined {
  if (!record || record.commit !== commit) return undefined;
  return Object.prototype.hasOwnProperty.call(record.manifests, file) ? record.manifests[file] : undefined;
}

/**
 * The record after this run at `commit`: the earlier one's entries for the same commit, updated with
 * this run's outcomes (a manifest this run did not touch keeps its entry). Undefined when empty.
 */
export function nextRecord(previous: ApplyRecord | undefined, commit: string, outcomes: ReadonlyMap<string, ManifestRecord>): ApplyRecord | undefined {
  const kept = previous?.commit === commit ? previous.manifests : {};
  const manifests = { ...kept, ...Object.fromEntries(outcomes) };
  return Object.keys(manifests).length ? { commit, manifests } : undefined;
}

/**
 * The pull-request comment: one per pull request and label, a section per manifest. It is found
 * again by a hidden marker on its first line (which names the label, if any) and its author
 * (github.ts). Right after the marker come the hidden lines only lb-plan writes and the only places it
 * reads them from: the approval (approval.ts), when there is one, then the apply record (record.ts),
 * when there is one. All are written here and nowhere else: the sections, which carry text from the
 * manifests, can never hold an HTML comment.
 */
import { mdText } from '../plan/render/common.js';
import { approvalLine, parseApprovalLine, type Approval } from './approval.js';
import { parseRecordLine, recordLine, type ApplyRecord } from './record.js';

/** The marker of the unnamed comment (no `label` input). */
export const COMMENT_MARKER = '<!-- lb-plan:comment -->';
/** GitHub refuses comments longer than this. */
export const GITHUB_COMMENT_LIMIT = 65_536;

/** The first line of the comment for `label` ('' = the unnamed one): each label has its own comment, approval and record. */
export function commentMarker(label: string): string {
  return label ? `<!-- lb-plan:comment label=${encodeURIComponent(label)} -->` : COMMENT_MARKER;
}

export interface Section {
  readonly file: string;
  /** Markdown of the section (plan, or what went wrong), its user text already escaped. */
  readonly body: string;
}

const SECTION_PREFIX = '<!-- lb-plan:plan file=';

/** Where a manifest's section starts (navigation only: approvals are never read from here). */
export function sectionMarker(file: string): string {
  return `${SECTION_PREFIX}${encodeURIComponent(file)} -->`;
}

/**
 * A section's Markdown with any `<!` made text: renderers escape the user's text themselves, and
 * this guarantees that nothing in a section can open an HTML comment (hiding what follows, or
 * passing for a marker) whatever a renderer misses.
 */
export function inertSection(body: string): string {
  return body.replace(/<!/g, '&lt;!');
}

export interface CommentParts {
  /** Which comment ('' = the unnamed one). */
  readonly label?: string;
  /** The approval to record; none when nothing is approved (a closed pull request, a direct push). */
  readonly approval?: Approval;
  /** What apply runs did at the merge commit (record.ts); only on merge. */
  readonly record?: ApplyRecord;
  /** The status line at the top: planned / applied / failed, with counts (status.ts). */
  readonly status?: string;
  /** Paragraphs before the sections. */
  readonly lead?: readonly string[];
  readonly sections: readonly Section[];
  readonly footer: string;
}

/** The heading, naming the label when there is one. */
export function commentHeading(label = ''): string {
  return label ? `## lb-plan · ${mdText(label)}` : '## lb-plan';
}

/** The whole comment: marker, approval and record (when any), heading, status, lead, sections, footer. */
export function commentBody(parts: CommentParts): string {
  const hidden = [...(parts.approval ? [approvalLine(parts.approval)] : []), ...(parts.record ? [recordLine(parts.record)] : [])];
  const lines = [commentMarker(parts.label ?? ''), ...hidden, commentHeading(parts.label), ''];
  if (parts.status) lines.push(inertSection(parts.status), '');
  for (const p of parts.lead ?? []) lines.push(inertSection(p), '');
  for (const s of parts.sections) lines.push(sectionMarker(s.file), inertSection(s.body.trimEnd()), '');
  lines.push(parts.footer);
  return lines.join('\n') + '\n';
}

/** The hidden lines of a comment of the bot's for `label`: the lines after its marker; none when the first line is not that marker. */
function hiddenLines(body: string, label: string): string[] | undefined {
  const [first, second = '', third = ''] = body.split(/\r?\n/, 3);
  return first === commentMarker(label) ? [second, third] : undefined;
}

/**
 * The approval in a comment of the bot's: only its second line, right after the marker on the first,
 * is read; undefined when that line is not a well-formed approval. Nothing else in the body counts.
 */
export function readApproval(body: string, label = ''): Approval | undefined {
  const lines = hiddenLines(body, label);
  return lines ? parseApprovalLine(lines[0]!) : undefined;
}

/** The apply record: the line right after the approval (or after the marker, when there is no approval). */
export function readRecord(body: string, label = ''): ApplyRecord | undefined {
  const lines = hiddenLines(body, label);
  if (!lines) return undefined;
  return parseApprovalLine(lines[0]!) ? parseRecordLine(lines[1]!) : parseRecordLine(lines[0]!);
}

/**
 * Each manifest's section as a comment of the bot's shows it, by file (split at the section markers;
 * a section can hold no `<!`, so no text in one can pass for the next marker). For keeping what an
 * earlier run reported when a re-run has nothing new to say about a manifest.
 */
export function previousSections(body: string): Map<string, string> {
  const found = new Map<string, string>();
  const parts = body.split(SECTION_PREFIX).slice(1);
  parts.forEach((part, i) => {
    const end = part.indexOf(' -->\n');
    const file = end < 0 ? undefined : decodeURIComponentSafe(part.slice(0, end));
    if (file === undefined) return;
    let text = part.slice(end + ' -->\n'.length);
    // The last section is followed by the footer.
    if (i === parts.length - 1 && text.lastIndexOf('\n<sub>') >= 0) text = text.slice(0, text.lastIndexOf('\n<sub>'));
    found.set(file, text.trimEnd() + '\n');
  });
  return found;
}

function decodeURIComponentSafe(s: string): string | undefined {
  try {
    return decodeURIComponent(s);
  } catch {
    return undefined;
  }
}

/**
 * Each section's share of the comment limit, keeping room for the heading, status line and footer
 * (2,000) and, per manifest, its section marker, its entry in the approval line and in the record
 * line (its name three times, a digest twice).
 */
export function sectionBudget(files: readonly string[]): number {
  const overhead = files.reduce((n, f) => n + 3 * encodeURIComponent(f).length + 280, 0);
  return Math.floor((GITHUB_COMMENT_LIMIT - 2_000 - overhead) / Math.max(1, files.length));
}

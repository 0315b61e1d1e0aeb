/**
 * The pull-request comment: one per pull request, a section per manifest. It is found again by a
 * hidden marker on its first line and its author (github.ts); its second line is the approval
 * (approval.ts) when there is one. Both are written here and nowhere else: the sections, which carry
 * text from the manifests, can never hold an HTML comment.
 */
import { approvalLine, parseApprovalLine, type Approval } from './approval.js';

export const COMMENT_MARKER = '<!-- lb-plan:comment -->';
/** GitHub refuses comments longer than this. */
export const GITHUB_COMMENT_LIMIT = 65_536;

export interface Section {
  readonly file: string;
  /** Markdown of the section (plan, or what went wrong), its user text already escaped. */
  readonly body: string;
}

/** Where a manifest's section starts (navigation only: approvals are never read from here). */
export function sectionMarker(file: string): string {
  return `<!-- lb-plan:plan file=${encodeURIComponent(file)} -->`;
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
  /** The approval to record; none when nothing is approved (a closed pull request, a direct push). */
  readonly approval?: Approval;
  /** Paragraphs before the sections. */
  readonly lead?: readonly string[];
  readonly sections: readonly Section[];
  readonly footer: string;
}

/** The whole comment: marker, approval (line 2, when any), heading, lead, sections, footer. */
export function commentBody(parts: CommentParts): string {
  const lines = [COMMENT_MARKER, ...(parts.approval ? [approvalLine(parts.approval)] : []), '## lb-plan', ''];
  for (const p of parts.lead ?? []) lines.push(inertSection(p), '');
  for (const s of parts.sections) lines.push(sectionMarker(s.file), inertSection(s.body.trimEnd()), '');
  lines.push(parts.footer);
  return lines.join('\n') + '\n';
}

/**
 * The approval in a comment of the bot's: only its second line, right after the marker on the first,
 * is read; undefined when that line is not a well-formed approval. Nothing else in the body counts.
 */
export function readApproval(body: string): Approval | undefined {
  const [first, second = ''] = body.split(/\r?\n/, 2);
  return first === COMMENT_MARKER ? parseApprovalLine(second) : undefined;
}

/**
 * Each section's share of the comment limit, keeping room for the heading and footer (2,000) and,
 * per manifest, its section marker and its entry in the approval line.
 */
export function sectionBudget(files: readonly string[]): number {
  const overhead = files.reduce((n, f) => n + 2 * encodeURIComponent(f).length + 120, 0);
  return Math.floor((GITHUB_COMMENT_LIMIT - 2_000 - overhead) / Math.max(1, files.length));
}

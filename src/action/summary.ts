/**
 * The job summary's limit. GitHub takes at most 1 MiB of summary per step (a larger one is not
 * shown, and the step gets an error instead), so the limit holds for the whole summary: each
 * manifest gets its share, and whatever still passes it is cut at a line, with a note.
 */
import { Buffer } from 'node:buffer';

/** GitHub's limit on one step's job summary, in bytes. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024;
/** What the sections may take in all: the rest is for the heading, status line and notes, and for characters of more than one byte. */
const SECTIONS_CHARS = 900_000;

/** Each manifest's share of the summary, in characters. */
export function summaryShare(manifests: number): number {
  return Math.floor(SECTIONS_CHARS / Math.max(1, manifests));
}

export const SUMMARY_CUT_NOTE = '_The job summary was cut here at GitHub’s 1 MiB limit; the saved plans (the `plan-json` output) hold everything._';

/**
 * `markdown` as it fits in `limit` bytes: unchanged when it does; else cut at the last whole line
 * that fits with the note, closing a code fence the cut left open.
 */
export function fitSummary(markdown: string, limit = SUMMARY_LIMIT_BYTES): string {
  if (Buffer.byteLength(markdown, 'utf8') <= limit) return markdown;
  const room = limit - Buffer.byteLength(`\n\`\`\`\n\n${SUMMARY_CUT_NOTE}\n`, 'utf8');
  let cut = Buffer.from(markdown, 'utf8').subarray(0, Math.max(0, room)).toString('utf8');
  // A cut inside a character leaves U+FFFD at the end; a cut inside a line leaves half a line.
  cut = cut.slice(0, Math.max(0, cut.lastIndexOf('\n')));
  const fences = cut.split('\n').filter((l) => l.trimStart().startsWith('```')).length;
  return `${cut}\n${fences % 2 === 1 ? '```\n' : ''}\n${SUMMARY_CUT_NOTE}\n`;
}

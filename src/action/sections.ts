/**
 * The comment's sections that are not plans: what is wrong with a manifest, what went wrong while
 * planning, a closed pull request. Every piece of text from a manifest or an error is escaped
 * (mdText, mdCode; `<pre>` with entities for multi-line messages).
 */
import { excerpt, formatPath, type Diagnostic } from '../manifest/diagnostic.js';
import { mdCode, mdText } from '../plan/render/common.js';
import type { LbOutputs } from '../apply/outputs.js';
import type { Section } from './comment.js';

/** The longest error message a section quotes: errors from GCP can be long, and may echo a value. */
const MESSAGE_CHARS = 4_000;

/**
 * An error message from GCP or the network with every echoed value held to an excerpt: GCP echoes a
 * field's value as `…: 'value'` ("Invalid value for field 'x': 'value'"), JSON as "value". Names of
 * resources ("The resource 'projects/…' already exists") stay whole.
 */
export function excerptQuoted(message: string): string {
  return message.replace(/: '([^'\n]{61,})'/g, (_, v: string) => `: '${excerpt(v)}'`).replace(/"((?:[^"\\\n]|\\.){61,})"/g, (_, v: string) => `"${excerpt(v)}"`);
}

/** `### ❌ <file>: heading` */
function heading(file: string, text: string, icon = '❌'): string {
  return `### ${icon} ${mdCode(file)}: ${text}`;
}

/** Room a section keeps for its heading and a closing note, within its budget. */
const SECTION_FRAME = 400;

/** The lines that fit in `room` characters (a line and its newline), in order. */
function linesWithin(lines: readonly string[], room: number): string[] {
  const shown: string[] = [];
  let used = 0;
  for (const line of lines) {
    if (used + line.length + 1 > room) break;
    shown.push(line);
    used += line.length + 1;
  }
  return shown;
}

/**
 * The errors in a manifest, each at its file, line and column, and its YAML path — as many as fit in
 * `budget` characters, then how many more there are (every one is annotated on its line).
 */
export function diagnosticsSection(file: string, diagnostics: readonly Diagnostic[], title: string, budget = Number.POSITIVE_INFINITY): Section {
  const lines = diagnostics.filter((d) => d.severity === 'error').map((d) => `- ${mdCode(`${d.file}:${d.line}:${d.column}`)} ${mdText(d.message)} (at ${mdCode(formatPath(d.path))})`);
  const shown = linesWithin(lines, budget - SECTION_FRAME);
  const more = lines.length - shown.length;
  const note = more ? `\n\n… and ${more.toLocaleString('en-US')} more ${more === 1 ? 'error' : 'errors'} (${lines.length.toLocaleString('en-US')} in all), left out to fit; each is in the run's log at its file and line, and \`lb-plan validate\` lists them all.` : '';
  return { file, body: `${heading(file, title)}\n\n${shown.join('\n')}${note}\n` };
}

/** A failure with a free-form message (GCP's error, a plan problem), shown preformatted and escaped, within `budget` characters. */
export function errorSection(file: string, title: string, message: string, budget = Number.POSITIVE_INFINITY): Section {
  const quoted = excerptQuoted(message);
  // Escaping can make the message longer (`&lt;` for `<`): keep room for that.
  const limit = Math.max(200, Math.min(MESSAGE_CHARS, Math.floor((budget - SECTION_FRAME) / 5)));
  const shown = quoted.length > limit ? `${quoted.slice(0, limit)}…` : quoted;
  const escaped = shown.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
  return { file, body: `${heading(file, title)}\n\n<pre>\n${escaped}\n</pre>\n` };
}

/** A manifest that was not applied, and why; then the plan as it is now. */
export function notAppliedSection(file: string, why: string, planNow: string): Section {
  return { file, body: `${heading(file, `not applied — ${why}`, '⛔')}\n\nThe plan now:\n\n${planNow}` };
}

/** A manifest whose plan was as approved, not applied because another manifest's was not (all or nothing); then its plan. */
export function heldSection(file: string, blockers: readonly string[], planNow: string): Section {
  const names = blockers.map((b) => mdCode(b)).join(', ');
  return { file, body: `${heading(file, 'not applied — held back', '⏸️')}\n\nIts plan is as approved, but nothing is applied while another manifest's is not (${names}): the manifests of a pull request are applied together or not at all.\n\nThe plan:\n\n${planNow}` };
}

/** A manifest a re-run did not apply again (`why`: applied before at this commit, or nothing to do). */
export function unchangedSection(file: string, why: string): Section {
  return { file, body: `${heading(file, mdText(why), '✅')}\n` };
}

/** A manifest whose fresh plan on merge has nothing to do. */
export function noChangesSection(file: string): Section {
  return { file, body: `${heading(file, 'no changes to apply', '✅')}\n` };
}

/** What an apply did: counts, each failed step with GCP's message, the IP addresses and DNS records. */
export interface ApplyReport {
  readonly done: number;
  readonly skipped: number;
  readonly failed: readonly { readonly summary: string; readonly address: string; readonly error: string }[];
}

/**
 * The outcome of applying a manifest at commit `sha`, within `budget` characters; `note` says more
 * (that it finished what an earlier attempt left, how a re-run continues).
 */
export function appliedSection(file: string, sha: string, report: ApplyReport, outputs: LbOutputs | undefined, note = '', budget = Number.POSITIVE_INFINITY): Section {
  const ok = report.failed.length === 0 && report.skipped === 0;
  const failures = report.failed.map((f) => `- Failed to ${mdText(f.summary)} ${mdCode(f.address)}: ${mdText(excerptQuoted(f.error).slice(0, MESSAGE_CHARS))}`);
  const dnsRoom = outputs ? 200 * (outputs.dns.length + outputs.addresses.length + 2) : 0;
  const shown = linesWithin(failures, budget - SECTION_FRAME - note.length - dnsRoom);
  const lines = [
    `${heading(file, `${ok ? 'applied' : 'apply failed'} at \`${sha.slice(0, 7)}\``, ok ? '✅' : '❌')}`,
    '',
    `${report.done} done, ${report.failed.length} failed, ${report.skipped} skipped.`,
    ...shown,
    ...(shown.length < failures.length ? [`- … and ${failures.length - shown.length} more failed steps (see the log).`] : []),
    ...(note ? ['', note] : []),
  ];
  if (outputs) {
    lines.push('', `**IP addresses:** ${outputs.addresses.map((a) => mdCode(a.ip)).join(', ') || 'none'}`);
    if (outputs.dns.length) lines.push('', '| Name | Type | Value |', '| --- | --- | --- |', ...outputs.dns.map((d) => `| ${mdCode(d.name)} | ${mdText(d.type)} | ${mdCode(d.value)} |`));
  }
  return { file, body: lines.join('\n') + '\n' };
}

/** The heading of a plan section: the file, the load balancer and its project. */
export function planTitle(file: string, name: string, project: string): string {
  return `### ${mdCode(file)} → ${mdCode(name)} in ${mdCode(project)}`;
}

/** The lead of the comment of a pull request closed without merging. */
export const CLOSED_UNMERGED =
  '🚫 **This pull request was closed without merging.** Its plans were withdrawn: nothing is approved, and nothing will be applied from it. Reopening it plans again.';

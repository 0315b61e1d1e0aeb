import { PARTS, type Action, type FieldChange, type Part, type Plan, type ResourceChange } from '../types.js';

export const SYMBOL: Readonly<Record<Action, string>> = { create: '+', update: '~', replace: '-/+', delete: '-', adopt: '~', 'no-op': ' ' };

/** Terraform's JSON habit: a replacement is ["create","delete"], so any reader can scan for "delete". */
export function actionList(a: Action): string[] {
  if (a === 'replace') return ['create', 'delete'];
  if (a === 'adopt') return ['update'];
  return [a];
}

/**
 * `Plan: 2 to add, 1 to change, 1 to replace, 0 to destroy.` A replacement is one resource: the
 * plan's summary counts it as an add and a destroy (Terraform's totals, the Action's outputs), the
 * line as one replacement.
 */
export function summaryLine(plan: Plan): string {
  if (plan.steps.length === 0) return 'No changes. The load balancer matches the manifest.';
  return `Plan: ${countsText([plan])}${plan.summary.adopt ? ` (${plan.summary.adopt} adopted)` : ''}.`;
}

/** `2 to add, 1 to change, 1 to replace, 0 to destroy` over plans, a replacement counted once ("to replace" only when there is one). */
export function countsText(plans: readonly Pick<Plan, 'summary'>[]): string {
  const sum = (f: (s: Plan['summary']) => number): number => plans.reduce((n, p) => n + Math.max(0, f(p.summary)), 0);
  const replace = sum((s) => s.replace);
  return `${sum((s) => s.add - s.replace)} to add, ${sum((s) => s.change)} to change, ${replace ? `${replace} to replace, ` : ''}${sum((s) => s.destroy - s.replace)} to destroy`;
}

/** A value as JSON, whole: values are never shortened (a cut value hides what a reviewer approves). */
export function value(v: unknown): string {
  return JSON.stringify(v) ?? 'null';
}

/** The changes a reader sees, by part in PARTS order: the old half of a replacement is shown with the new one. */
export function byPart(plan: Plan): { part: Part; changes: ResourceChange[] }[] {
  // Each change's part and subject read once, not at every comparison (10,000 changes at the largest).
  const shown = plan.resources.filter((r) => !r.replacedBy).map((r) => ({ r, part: r.review?.part ?? 'frontend', subject: r.review?.subject ?? r.address }));
  return PARTS.map((part) => ({
    part,
    changes: shown
      .filter((x) => x.part === part)
      .sort((a, b) => (a.subject < b.subject ? -1 : a.subject > b.subject ? 1 : a.r.address < b.r.address ? -1 : 1))
      .map((x) => x.r),
  })).filter((g) => g.changes.length > 0);
}

export const PART_TITLE: Readonly<Record<Part, string>> = { frontend: 'Frontend', certificates: 'Certificates', backends: 'Backends', routing: 'Routing' };

/** The heading words of a change: `update`, `replace (replaced; …)`. */
export function actionWords(r: ResourceChange): string {
  return r.action === 'adopt' ? 'adopt' : r.action;
}

/** The waves of steps, as `summary address` lines per wave (the plan's order; older plans without waves: one wave per step). */
export function waveLines(plan: Plan): string[][] {
  const byId = new Map(plan.steps.map((s) => [s.id, s]));
  const waves = plan.waves ?? plan.steps.map((s) => [s.id]);
  return waves.map((w) => w.flatMap((id) => (byId.has(id) ? [`${byId.get(id)!.summary} ${byId.get(id)!.address}`] : [])));
}

/** The heading of the drift lines. */
export const DRIFT_HEADING = 'changed outside lb-plan since the last apply, will be restored:';

export function changeLine(c: FieldChange): string {
  if (c.kind === 'added') return `+ ${c.path} = ${value(c.after)}`;
  if (c.kind === 'removed') return `- ${c.path} = ${value(c.before)}`;
  return `~ ${c.path}: ${value(c.before)} → ${value(c.after)}`;
}

/**
 * Escaping the user's text (names, descriptions, domains, file names, messages) for Markdown that
 * GitHub renders as HTML. The text must never open an HTML comment (which hides what follows, and
 * could pass for one of the Action's hidden markers), a tag, or a code span or fence; it must not
 * split a table cell or a line.
 */
const ENTITY: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '`': '&#96;',
  '|': '&#124;',
  '\\': '&#92;',
  '*': '&#42;',
  _: '&#95;',
  '[': '&#91;',
  ']': '&#93;',
  '~': '&#126;',
};

/** A line ending as CommonMark (and GitHub) reads one: LF, CR LF, or a lone CR. */
const LINE_END = /\r\n?|\n/g;

/**
 * Text in a Markdown text context (a table cell, a list item, a heading): no tag, comment, code span,
 * cell break or line break, and no link, image, emphasis or strikethrough (`[`, `]`, `*`, `_`, `~`,
 * `\` as entities: `![t](url)` and `[x](url)` need the brackets). Text from an API answer lands here
 * (a Cloud Run service's region or tags in a warning), so a URL is not made live either: `://` and
 * `www.`, which GitHub autolinks, are broken with an entity. Entities render as the characters they stand for.
 */
export function mdText(s: string): string {
  return s
    .replace(/[&<>`|\\*_[\]~]/g, (c) => ENTITY[c]!)
    .replace(/:\/\//g, '&#58;//')
    .replace(/\bwww\./gi, (w) => `${w.slice(0, 3)}&#46;`)
    .replace(LINE_END, ' ');
}

/** Text inside an HTML element GitHub renders Markdown in (`<code>`, `<summary>`): every character Markdown or HTML reads is an entity. */
export function htmlText(s: string): string {
  return s.replace(/[&<>`|\\*_[\]~]/g, (c) => ENTITY[c]!).replace(LINE_END, ' ');
}

/** A value shown as code: a plain code span when it holds nothing Markdown or HTML reads, else `<code>` with entities. */
export function mdCode(s: string): string {
  return s !== '' && /^[^`<>&|\\\r\n]*$/.test(s) && s.trim() === s ? `\`${s}\`` : `<code>${htmlText(s)}</code>`;
}

/** A line inside a fenced code block of JSON values: `<!` written as JSON's `\u003c!`, so no HTML comment can be spelled. */
export function fenceLine(s: string): string {
  return s.replace(/<!/g, '\\u003c!');
}

/** `n` and the noun, singular for one: "1 wave", "9 requests". */
export const counted = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

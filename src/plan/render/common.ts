import type { Action, FieldChange, Plan } from '../types.js';

export const SYMBOL: Readonly<Record<Action, string>> = { create: '+', update: '~', replace: '-/+', delete: '-', adopt: '~', 'no-op': ' ' };

/** Terraform's JSON habit: a replacement is ["create","delete"], so any reader can scan for "delete". */
export function actionList(a: Action): string[] {
  if (a === 'replace') return ['create', 'delete'];
  if (a === 'adopt') return ['update'];
  return [a];
}

export function summaryLine(plan: Plan): string {
  const s = plan.summary;
  if (plan.steps.length === 0) return 'No changes. The load balancer matches the manifest.';
  const extra = [s.replace ? `${s.replace} replaced` : '', s.adopt ? `${s.adopt} adopted` : ''].filter(Boolean).join(', ');
  return `Plan: ${s.add} to add, ${s.change} to change, ${s.destroy} to destroy${extra ? ` (${extra})` : ''}.`;
}

export function value(v: unknown, max = 120): string {
  const text = typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v) ?? 'null';
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

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

/** Text in a Markdown text context (a table cell, a list item, a heading): no tag, comment, code span, cell break or line break. */
export function mdText(s: string): string {
  return s.replace(/[&<>`|]/g, (c) => ENTITY[c]!).replace(/\r?\n/g, ' ');
}

/** Text inside an HTML element GitHub renders Markdown in (`<code>`, `<summary>`): every character Markdown or HTML reads is an entity. */
export function htmlText(s: string): string {
  return s.replace(/[&<>`|\\*_[\]~]/g, (c) => ENTITY[c]!).replace(/\r?\n/g, ' ');
}

/** A value shown as code: a plain code span when it holds nothing Markdown or HTML reads, else `<code>` with entities. */
export function mdCode(s: string): string {
  return s !== '' && /^[^`<>&|\\\r\n]*$/.test(s) && s.trim() === s ? `\`${s}\`` : `<code>${htmlText(s)}</code>`;
}

/** A line inside a fenced code block of JSON values: `<!` written as JSON's `\u003c!`, so no HTML comment can be spelled. */
export function fenceLine(s: string): string {
  return s.replace(/<!/g, '\\u003c!');
}

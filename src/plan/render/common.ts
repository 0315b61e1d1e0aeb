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

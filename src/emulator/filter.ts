/**
 * Compute's list `filter`: `name = "x"`, `name != x`, `labels.env = prod`, `name eq 'regex'`,
 * `name ne regex`, `name:prefix*`, several joined by AND (or juxtaposed, in parentheses).
 * Unsupported syntax is a 400, as GCP answers an invalid filter.
 */
import { errors } from './errors.js';
import type { Json } from './store.js';

type Test = (item: Json) => boolean;

function fieldValue(item: Json, path: string): unknown {
  let v: unknown = item;
  for (const seg of path.split('.')) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Json)[seg];
  }
  return v;
}

function unquote(s: string): string {
  const t = s.trim();
  return /^(["']).*\1$/.test(t) ? t.slice(1, -1) : t;
}

function glob(pattern: string): RegExp {
  return new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
}

const TERM = /^\s*\(?\s*([A-Za-z][\w.]*)\s*(=|!=|:|\beq\b|\bne\b)\s*("[^"]*"|'[^']*'|[^\s()]+)\s*\)?\s*/;

export function parseFilter(filter: string | undefined): Test {
  if (!filter || !filter.trim()) return () => true;
  const tests: Test[] = [];
  let rest = filter;
  while (rest.trim()) {
    rest = rest.replace(/^\s*AND\s+/i, '');
    const m = TERM.exec(rest);
    if (!m) throw errors.invalid(`Invalid value for field 'filter': '${filter}'. Invalid list filter expression.`);
    const [, field, op, raw] = m as unknown as [string, string, string, string];
    const value = unquote(raw);
    switch (op) {
      case '=':
        tests.push((i) => glob(value).test(String(fieldValue(i, field) ?? '')));
        break;
      case '!=':
        tests.push((i) => !glob(value).test(String(fieldValue(i, field) ?? '')));
        break;
      case ':':
        tests.push((i) => fieldValue(i, field) !== undefined && (value === '*' || glob(value).test(String(fieldValue(i, field)))));
        break;
      case 'eq':
      case 'ne': {
        let re: RegExp;
        try {
          re = new RegExp(`^(?:${value})$`);
        } catch {
          throw errors.invalid(`Invalid value for field 'filter': '${filter}'. Invalid regular expression.`);
        }
        tests.push(op === 'eq' ? (i) => re.test(String(fieldValue(i, field) ?? '')) : (i) => !re.test(String(fieldValue(i, field) ?? '')));
        break;
      }
    }
    rest = rest.slice(m[0].length);
  }
  return (item) => tests.every((t) => t(item));
}

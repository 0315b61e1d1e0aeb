/**
 * A fast reader for the YAML manifests people write: block mappings and sequences, one-line flow
 * collections, plain and quoted scalars, comments. It builds plain data directly, without the `yaml`
 * package's token stream, syntax tree and document (at 10,000 resources that package took most of a
 * plan's CPU). It does not locate anything: positions are needed only when there is a finding, and then
 * the `yaml` package reads the text again (yaml.ts).
 *
 * It gives up (undefined) on everything else — anchors, aliases, tags, block scalars, multi-line
 * scalars or flow collections, complex or duplicate keys, directives, document markers, tabs, CRs,
 * numbers in any but the plainest spelling — and the `yaml` package reads the text instead, so it is
 * never wrong, only sometimes not used. Where it answers, its data equals the `yaml` package's (YAML
 * 1.2 core schema); test/manifest/fast-yaml.test.ts checks that on examples and generated texts.
 */

/** Thrown inside the reader to give up; never escapes it. */
class GiveUp extends Error {}
const giveUp = (): never => {
  throw new GiveUp();
};

/** Deeper nesting than any manifest has (about 8 levels) is left to the yaml package and its own limits. */
const MAX_DEPTH = 64;

interface Line {
  /** Columns of leading spaces. */
  indent: number;
  /** The line after its indentation, comment and trailing spaces removed. */
  text: string;
}

/** The plain data of `text`, or undefined when the `yaml` package must read it. */
export function fastYaml(text: string): unknown {
  if (/[\t\r\uFEFF]/.test(text)) return undefined;
  try {
    const lines: Line[] = [];
    for (const raw of text.split('\n')) {
      const body = raw.trimStart();
      const content = stripComment(body);
      if (content === '') continue;
      if (/^(---|\.\.\.)(\s|$)/.test(content) || content.startsWith('%')) return undefined;
      lines.push({ indent: raw.length - body.length, text: content });
    }
    if (lines.length === 0 || lines[0]!.indent !== 0) return undefined;
    const reader = new Reader(lines);
    const data = reader.block(0);
    if (reader.at < lines.length) return undefined;
    return data;
  } catch (e) {
    if (e instanceof GiveUp) return undefined;
    throw e;
  }
}

/** `text` without a comment (a `#` at its start or after a space, outside quotes) and trailing spaces. */
function stripComment(text: string): string {
  if (!text.includes('#')) return text.trimEnd();
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = '';
    } else if (c === '#' && (i === 0 || text[i - 1] === ' ')) return text.slice(0, i).trimEnd();
    else if ((c === '"' || c === "'") && (i === 0 || /[\s[{,:]/.test(text[i - 1]!))) quote = c;
  }
  return text.trimEnd();
}

/** Where a block mapping key ends: the `:` followed by a space or the end of the line; -1 if none. */
function keyEnd(text: string): number {
  if (text[0] === '"' || text[0] === "'") {
    const close = quotedEnd(text, 0);
    return text[close] === ':' && (close + 1 === text.length || text[close + 1] === ' ') ? close : -1;
  }
  // A search by regular expression: a loop over characters costs far more without V8's optimizing compiler,
  // which large inputs run without (src/cli/bin.ts).
  return text.search(KEY_END);
}
const KEY_END = /:(?: |$)/;

/** The index just after the quoted scalar starting at `start` (gives up when it does not close on this line). */
function quotedEnd(text: string, start: number): number {
  const q = text[start]!;
  for (let i = start + 1; i < text.length; i++) {
    const c = text[i]!;
    if (q === '"' && c === '\\') i++;
    else if (c === q) {
      if (q === "'" && text[i + 1] === "'") i++;
      else return i + 1;
    }
  }
  return giveUp();
}

class Reader {
  at = 0;
  constructor(private readonly lines: Line[]) {}

  /** The block (mapping or sequence) whose lines are indented by `indent`. */
  private depth = 0;

  block(indent: number): unknown {
    const line = this.lines[this.at]!;
    if (line.indent !== indent || ++this.depth > MAX_DEPTH) giveUp();
    const value = isItem(line.text) ? this.sequence(indent) : this.mapping(indent);
    this.depth--;
    return value;
  }

  private mapping(indent: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    while (this.at < this.lines.length) {
      const line = this.lines[this.at]!;
      if (line.indent < indent) break;
      if (line.indent > indent || isItem(line.text)) giveUp();
      const end = keyEnd(line.text);
      if (end <= 0) giveUp();
      const key = keyOf(line.text.slice(0, end));
      if (Object.hasOwn(out, key)) giveUp(); // a duplicate: the yaml package reports it, with its place
      const rest = line.text.slice(end + 1).trimStart();
      this.at++;
      out[key] = rest === '' ? this.nested(indent, true) : this.inline(rest);
    }
    return out;
  }

  private sequence(indent: number): unknown[] {
    const out: unknown[] = [];
    while (this.at < this.lines.length) {
      const line = this.lines[this.at]!;
      if (line.indent < indent) break;
      if (line.indent > indent || !isItem(line.text)) giveUp();
      const rest = line.text.slice(1).trimStart();
      if (rest === '') {
        this.at++;
        out.push(this.nested(indent, false));
      } else if (isItem(rest) || (rest[0] !== '{' && rest[0] !== '[' && keyEnd(rest) > 0)) {
        // `- key: value` or `- - x`: a block that starts on the item's line, at the column of its text.
        const column = line.indent + (line.text.length - rest.length);
        this.lines[this.at] = { indent: column, text: rest };
        out.push(this.block(column));
      } else {
        this.at++;
        out.push(this.inline(rest));
      }
    }
    return out;
  }

  /** The value after `key:` or `-` with nothing on the line: a more indented block, a sequence at the key's indent, or null. */
  private nested(indent: number, inMapping: boolean): unknown {
    const next = this.lines[this.at];
    if (!next || next.indent < indent) return null;
    if (next.indent > indent) return this.block(next.indent);
    return inMapping && isItem(next.text) ? this.sequence(indent) : null;
  }

  /** A value written on its line: a scalar or a flow collection, which must end the line. */
  private inline(text: string): unknown {
    const next = this.lines[this.at];
    // A more indented line after a value would continue a multi-line scalar: left to the yaml package.
    if (next && next.indent > (this.lines[this.at - 1]?.indent ?? 0)) giveUp();
    if (text[0] === '[' || text[0] === '{') {
      const flow = new Flow(text);
      const value = flow.value();
      flow.space();
      if (flow.i !== text.length) giveUp();
      return value;
    }
    if (text[0] === '"' || text[0] === "'") {
      if (quotedEnd(text, 0) !== text.length) giveUp();
      return unquote(text);
    }
    if (/^[|>&*!%@`,\]}#?:]/.test(text) || isItem(text) || /: | #/.test(text) || text.endsWith(':')) giveUp();
    return plain(text);
  }
}

function isItem(text: string): boolean {
  return text[0] === '-' && (text.length === 1 || text[1] === ' ');
}

/** A mapping key: a quoted scalar, or a plain one that reads as a string. */
function keyOf(text: string): string {
  const key = text[0] === '"' || text[0] === "'" ? unquote(text) : plain(text.trimEnd());
  if (typeof key !== 'string' || key === '__proto__' || (text[0] !== '"' && text[0] !== "'" && /^[[{&*!|>%@`?,\]}-]/.test(text))) giveUp();
  return key as string;
}

/** A quoted scalar (the whole of `text`), with the escapes JSON knows; any other escape gives up. */
function unquote(text: string): string {
  if (text[0] === "'") return text.slice(1, -1).replaceAll("''", "'");
  const inner = text.slice(1, -1);
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(inner)) giveUp();
  if (!inner.includes('\\')) return inner;
  if (/\\[^"\\/bfnrtu]|\\u(?![0-9a-fA-F]{4})/.test(inner)) giveUp();
  try {
    return JSON.parse(`"${inner}"`) as string;
  } catch {
    return giveUp();
  }
}

const CORE_NUMBERS = [/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/, /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/, /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/, /^0o[0-7]+$/, /^[-+]?[0-9]+$/, /^0x[0-9a-fA-F]+$/];

/** A plain scalar as the YAML 1.2 core schema reads it; numbers only in their plainest spelling. */
function plain(text: string): unknown {
  switch (text) {
    case '~':
    case 'null':
    case 'Null':
    case 'NULL':
      return null;
    case 'true':
    case 'True':
    case 'TRUE':
      return true;
    case 'false':
    case 'False':
    case 'FALSE':
      return false;
  }
  if (/^[-+.0-9]/.test(text)) {
    if (/^-?[0-9]{1,15}$/.test(text) || /^-?[0-9]{1,15}\.[0-9]{1,15}$/.test(text)) return Number(text);
    // Other spellings of numbers (1e3, .5, 0x1F, +1, .inf): the yaml package decides. These are its core
    // schema's tests (yaml/dist/schema/core/{int,float}.js); a scalar none of them matches is a string.
    if (CORE_NUMBERS.some((re) => re.test(text))) giveUp();
  }
  return text;
}

/** The end of a plain scalar in a flow collection (see Flow.scalar). */
const PLAIN_END = /[,[\]{}]|:(?=[ ,[\]{}]|$)| #/g;

/** A flow collection on one line: `{ a: b, c: [d, e] }`. */
class Flow {
  i = 0;
  constructor(private readonly text: string) {}

  space(): void {
    while (this.text[this.i] === ' ') this.i++;
  }

  private depth = 0;

  value(): unknown {
    this.space();
    const c = this.text[this.i];
    if (c !== '{' && c !== '[') return this.scalar();
    if (++this.depth > MAX_DEPTH) giveUp();
    const value = c === '{' ? this.mapping() : this.sequence();
    this.depth--;
    return value;
  }

  private scalar(): unknown {
    const start = this.i;
    const c = this.text[start];
    if (c === '"' || c === "'") {
      this.i = quotedEnd(this.text, start);
      return unquote(this.text.slice(start, this.i));
    }
    if (c === undefined || /[|>&*!%@`,[\]{}#?:-]/.test(c)) {
      // A plain scalar may start with `-` when a digit or letter follows (-1, -x); anything else gives up.
      if (!(c === '-' && /[0-9a-zA-Z]/.test(this.text[start + 1] ?? ''))) giveUp();
    }
    // It ends before a flow indicator or a `:` followed by a space, an indicator or the end; ` #` (a
    // comment) gives up.
    PLAIN_END.lastIndex = start;
    const end = PLAIN_END.exec(this.text);
    if (end?.[0] === ' #') giveUp();
    this.i = end ? end.index : this.text.length;
    return plain(this.text.slice(start, this.i).trimEnd());
  }

  private mapping(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    this.i++;
    this.space();
    if (this.text[this.i] === '}') {
      this.i++;
      return out;
    }
    for (;;) {
      this.space();
      const c = this.text[this.i];
      if (c === '{' || c === '[') giveUp();
      const start = this.i;
      const key = this.scalar();
  if (typeof key !== 'string' || key === '__proto__' || Object.hasOwn(out, key)) giveUp();
      if (this.text[start] !== '"' && this.text[start] !== "'" && /^[-]/.test(this.text[start]!)) giveUp();
      this.space();
      if (this.text[this.i] !== ':') giveUp();
      this.i++;
      this.space();
      const next = this.text[this.i];
      out[key as string] = next === ',' || next === '}' ? null : this.value();
      this.space();
      if (this.text[this.i] === ',') {
        this.i++;
        this.space();
        if (this.text[this.i] === '}') giveUp(); // a trailing comma: the yaml package decides
      } else if (this.text[this.i] === '}') {
        this.i++;
        return out;
      } else giveUp();
    }
  }

  private sequence(): unknown[] {
    const out: unknown[] = [];
    this.i++;
    this.space();
    if (this.text[this.i] === ']') {
      this.i++;
      return out;
    }
    for (;;) {
      out.push(this.value());
      this.space();
      if (this.text[this.i] === ',') {
        this.i++;
        this.space();
        if (this.text[this.i] === ']') giveUp();
      } else if (this.text[this.i] === ']') {
        this.i++;
        return out;
      } else giveUp(); // `[a: b]` (a pair in a sequence) and anything else
    }
  }
}

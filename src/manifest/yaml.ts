/**
 * YAML with positions. lb-plan uses the `yaml` package rather than js-yaml because every
 * diagnostic must point at FILE:LINE:COLUMN of the offending key or value, and js-yaml does not
 * expose node positions (see README, "Stack changes").
 */
import { type Pair, type YAMLError, type YAMLMap, isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseAllDocuments, visit, type Document, type Node } from 'yaml';
import type { YamlPath } from './diagnostic.js';
import { fastYaml } from './fast-yaml.js';

export interface ParsedYaml {
  readonly doc: Document.Parsed | undefined;
  readonly lineCounter: LineCounter;
  /** The plain data, or undefined when the text has syntax errors. */
  readonly data: unknown;
  readonly syntaxErrors: readonly { line: number; column: number; message: string }[];
}

/**
 * YAML errors as people need them. A line indented more than the key above it makes the parser read
 * both lines as one multi-line key: it reports two errors at the key above ("Nested mappings are not
 * allowed in compact mappings", "Implicit keys need to be on a single line"). That is one mistake,
 * reported once, at the line that is wrong.
 */
function explainIndentation(text: string, errors: readonly YAMLError[], lines: LineCounter): { line: number; column: number; message: string }[] {
  const multiline = errors.filter((e) => e.code === 'MULTILINE_IMPLICIT_KEY');
  const out: { line: number; column: number; message: string }[] = [];
  for (const e of errors) {
    const start = lines.linePos(e.pos[0]);
    if (e.code === 'BLOCK_AS_IMPLICIT_KEY' && multiline.some((m) => m.pos[0] === e.pos[0])) continue;
    if (e.code === 'MULTILINE_IMPLICIT_KEY') {
      const wrong = lines.linePos(Math.max(e.pos[0], e.pos[1] - 1));
      const lineText = (text.split('\n')[wrong.line - 1] ?? '').replace(/\r$/, '');
      const above = (text.split('\n')[start.line - 1] ?? '').trim().split(':')[0]!;
      const column = lineText.length - lineText.trimStart().length + 1;
      out.push({ line: wrong.line, column, message: `wrong indentation: this line is indented differently from "${above.slice(0, 40)}:" on line ${start.line}, so YAML reads both as one key; align it with the keys it belongs with` });
      continue;
    }
    out.push({ line: start.line, column: start.col, message: cleanYamlMessage(e.message) });
  }
  return out;
}

/**
 * Reads a manifest. The fast reader (fast-yaml.ts) answers for the YAML people write, without positions;
 * the `yaml` package reads the text when it cannot, and, on first use, when a finding needs a position.
 */
export function parseYaml(text: string): ParsedYaml {
  const data = fastYaml(text);
  if (data === undefined) return parseYamlFully(text);
  let full: ParsedYaml | undefined;
  const fully = (): ParsedYaml => (full ??= parseYamlFully(text));
  return {
    data,
    syntaxErrors: [],
    get doc() {
      return fully().doc;
    },
    get lineCounter() {
      return fully().lineCounter;
    },
  };
}

/** Reads a manifest with the `yaml` package: its data, syntax errors worded for people, and positions. */
export function parseYamlFully(text: string): ParsedYaml {
  const lineCounter = new LineCounter();
  // uniqueKeys is checked below, in linear time: the package's own check is quadratic (40,000 keys in
  // one mapping took 9 s, and a pull request could tie up the runner with more).
  const docs = parseAllDocuments(text, { lineCounter, prettyErrors: false, uniqueKeys: false, strict: true, logLevel: 'error' });
  const syntaxErrors: { line: number; column: number; message: string }[] = [];
  // A trailing `---` with nothing after it is no second document.
  const empty = (d: Document.Parsed): boolean => d.errors.length === 0 && (d.contents === null || (isScalar(d.contents) && d.contents.value === null));
  const list = (Array.isArray(docs) ? docs : []).filter((d, i) => i === 0 || !empty(d));
  for (const doc of list) {
    syntaxErrors.push(...explainIndentation(text, doc.errors, lineCounter));
    // An unknown tag (`!foo`) would be read as a plain value: say so instead.
    for (const w of doc.warnings) if (w.code === 'TAG_RESOLVE_FAILED') {
      const pos = lineCounter.linePos(w.pos[0]);
      const tag = /Unresolved tag: (\S+)/.exec(w.message)?.[1] ?? 'tag';
      syntaxErrors.push({ line: pos.line, column: pos.col, message: `unknown YAML tag ${tag}: a manifest uses no tags (write the plain value)` });
    }
  }
  if (list.length > 1) {
    const second = list[1]!;
    const start = second.contents?.range?.[0] ?? 0;
    const pos = lineCounter.linePos(start);
    syntaxErrors.push({ line: pos.line, column: pos.col, message: 'a manifest holds one load balancer: found a second YAML document (split it into its own file)' });
  }
  const doc = list[0];
  const aliases = doc && syntaxErrors.length === 0 ? checkNodes(doc, lineCounter, syntaxErrors) : undefined;
  if (syntaxErrors.length > 0 || !doc) return { doc, lineCounter, data: undefined, syntaxErrors };
  try {
    return { doc, lineCounter, data: doc.toJS({ maxAliasCount: MAX_ALIASES }) as unknown, syntaxErrors };
  } catch (e) {
    // toJS throws for aliases it cannot resolve and for alias bombs (a few aliases that expand to
    // millions of values): point at the first alias that names no anchor, else at the first alias.
    const pos = lineCounter.linePos(aliases?.unresolved ?? aliases?.first ?? 0);
    return { doc, lineCounter, data: undefined, syntaxErrors: [{ line: pos.line, column: pos.col, message: cleanYamlMessage((e as Error).message) }] };
  }
}

/** More aliases than any manifest needs: past this many, the text is refused, at the first one too many. */
const MAX_ALIASES = 1000;

/**
 * One pass over the document, in document order, for what YAML allows and a manifest does not:
 * - a key that is a mapping or a list (`? {a: 1}: x`, `[a]: x`), and a key twice in one mapping;
 * - an alias inside the value it names (`a: &x { b: *x }`): valid YAML for an endless value, which every
 *   stage after this one would walk for ever;
 * - more than MAX_ALIASES aliases.
 * An alias names the last anchor of its name before it, as the yaml package resolves it; the anchors are
 * kept in a map as the pass meets them, so each alias costs its depth, not a walk of the document (asking
 * the package to resolve each alias walked the whole document each time: 1,500 aliases took 7 s).
 * Returns where the first alias and the first alias naming no anchor are (offsets in the text).
 */
function checkNodes(doc: Document.Parsed, lineCounter: LineCounter, errors: { line: number; column: number; message: string }[]): { first?: number; unresolved?: number } {
  const at = (node: Node | null | undefined): { line: number; column: number } => {
    const pos = lineCounter.linePos(node?.range?.[0] ?? 0);
    return { line: pos.line, column: pos.col };
  };
  const anchors = new Map<string, Node>();
  const found: { first?: number; unresolved?: number } = {};
  let count = 0;
  visit(doc, (_key, node, path) => {
    if (isAlias(node)) {
      found.first ??= node.range?.[0];
      if (++count > MAX_ALIASES) {
        errors.push({ ...at(node), message: `more than ${MAX_ALIASES.toLocaleString('en-US')} aliases: a manifest needs few; write the values out` });
        return visit.BREAK;
      }
      const target = anchors.get(node.source);
      if (target === undefined) found.unresolved ??= node.range?.[0];
      else if (path.includes(target)) errors.push({ ...at(node), message: `the alias *${node.source} is inside the value it refers to (&${node.source}), which makes that value endless: write the value out` });
      return undefined;
    }
    if ((isScalar(node) || isMap(node) || isSeq(node)) && node.anchor) anchors.set(node.anchor, node);
    if (!isMap(node)) return undefined;
    const seen = new Set<string>();
    for (const pair of node.items) {
      if (pair.key !== null && !isScalar(pair.key)) {
        errors.push({ ...at(pair.key as Node), message: 'a key must be a plain name, not a mapping or a list' });
        continue;
      }
      const name = String((pair.key as { value?: unknown } | null)?.value ?? '');
      if (seen.has(name)) errors.push({ ...at(pair.key as Node), message: 'Map keys must be unique' });
      seen.add(name);
    }
    return undefined;
  });
  return found;
}

function cleanYamlMessage(message: string): string {
  // The yaml package appends a code frame after a colon and newline; keep the sentence.
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '').trim();
}

/**
 * The 1-based position of the node at `path`. With `key`, the position of the mapping key
 * (where an unknown key is written) rather than its value. A path that does not exist resolves
 * to its deepest existing ancestor (where a missing key should be added).
 */
/** Each mapping's pairs by key, built once: locating thousands of findings stays linear. */
const pairIndex = new WeakMap<object, Map<string, Pair>>();
function pairsOf(map: YAMLMap): Map<string, Pair> {
  let index = pairIndex.get(map);
  if (!index) {
    index = new Map();
    for (const p of map.items) if (isPair(p) && isScalar(p.key) && !index.has(String(p.key.value))) index.set(String(p.key.value), p);
    pairIndex.set(map, index);
  }
  return index;
}

export function locate(parsed: ParsedYaml, path: YamlPath, key = false): { line: number; column: number } {
  let node: unknown = parsed.doc?.contents;
  let offset = (node as Node | null)?.range?.[0] ?? 0;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]!;
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = pairsOf(node).get(String(seg));
      if (!pair) break;
      const keyNode = pair.key as Node;
      if (last && key) {
        offset = keyNode.range?.[0] ?? offset;
        break;
      }
      const value = pair.value as Node | null;
      offset = value?.range?.[0] ?? keyNode.range?.[0] ?? offset;
      node = value;
    } else if (isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg] as Node | undefined;
      if (!item) break;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else break;
  }
  const pos = parsed.lineCounter.linePos(offset);
  return { line: pos.line, column: pos.col };
}

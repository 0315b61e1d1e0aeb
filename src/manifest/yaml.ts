/**
 * YAML with positions. lb-plan uses the `yaml` package rather than js-yaml because every
 * diagnostic must point at FILE:LINE:COLUMN of the offending key or value, and js-yaml does not
 * expose node positions (see README, "Stack changes").
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseAllDocuments, visit, type Document, type Node } from 'yaml';
import type { YamlPath } from './diagnostic.js';

export interface ParsedYaml {
  readonly doc: Document.Parsed | undefined;
  readonly lineCounter: LineCounter;
  /** The plain data, or undefined when the text has syntax errors. */
  readonly data: unknown;
  readonly syntaxErrors: readonly { line: number; column: number; message: string }[];
}

export function parseYaml(text: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true, logLevel: 'error' });
  const syntaxErrors: { line: number; column: number; message: string }[] = [];
  const list = Array.isArray(docs) ? docs : [];
  for (const doc of list) {
    for (const e of doc.errors) {
      const pos = lineCounter.linePos(e.pos[0]);
      syntaxErrors.push({ line: pos.line, column: pos.col, message: cleanYamlMessage(e.message) });
    }
  }
  if (list.length > 1) {
    const second = list[1]!;
    const start = second.contents?.range?.[0] ?? 0;
    const pos = lineCounter.linePos(start);
    syntaxErrors.push({ line: pos.line, column: pos.col, message: 'a manifest holds one load balancer: found a second YAML document (split it into its own file)' });
  }
  const doc = list[0];
  if (doc && syntaxErrors.length === 0) {
    // `? {a: 1}: x` and `[a]: x` are valid YAML, but a manifest's keys are names.
    visit(doc, {
      Pair(_key, pair) {
        if (pair.key !== null && !isScalar(pair.key)) {
          const pos = lineCounter.linePos((pair.key as Node).range?.[0] ?? 0);
          syntaxErrors.push({ line: pos.line, column: pos.col, message: 'a key must be a plain name, not a mapping or a list' });
        }
      },
    });
  }
  if (syntaxErrors.length > 0 || !doc) return { doc, lineCounter, data: undefined, syntaxErrors };
  try {
    return { doc, lineCounter, data: doc.toJS({ maxAliasCount: 1000 }) as unknown, syntaxErrors };
  } catch (e) {
    // toJS throws for aliases it cannot resolve (and alias bombs); point at the first bad alias.
    let offset = 0;
    visit(doc, {
      Alias(_key, node) {
        if (node.resolve(doc) === undefined) {
          offset = node.range?.[0] ?? 0;
          return visit.BREAK;
        }
        return undefined;
      },
    });
    const pos = lineCounter.linePos(offset);
    return { doc, lineCounter, data: undefined, syntaxErrors: [{ line: pos.line, column: pos.col, message: cleanYamlMessage((e as Error).message) }] };
  }
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
export function locate(parsed: ParsedYaml, path: YamlPath, key = false): { line: number; column: number } {
  let node: unknown = parsed.doc?.contents;
  let offset = (node as Node | null)?.range?.[0] ?? 0;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]!;
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
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

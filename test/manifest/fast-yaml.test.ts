/**
 * The fast YAML reader answers only where it reads exactly what the `yaml` package reads: the same
 * data, and never for a text the package finds a mistake in. It answers for every example and every
 * generated manifest (else it would not make anything faster).
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateManifest } from '../../bench/generate.js';
import { fastYaml } from '../../src/manifest/fast-yaml.js';
import { parseYamlFully } from '../../src/manifest/yaml.js';

const texts = ['examples', 'examples/broken'].flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => readFileSync(`${dir}/${f}`, 'utf8')),
);

/** The reader's answer agrees with the package's: the same data, or no answer. Returns whether it answered. */
function agrees(text: string): boolean {
  const fast = fastYaml(text);
  if (fast === undefined) return false;
  const full = parseYamlFully(text);
  expect(full.syntaxErrors, `the fast reader answered for a text the yaml package rejects:\n${text}`).toEqual([]);
  expect(fast, text).toEqual(full.data);
  return true;
}

const SCALARS = ['x', 'us-central1', 'hello world', 'null', 'Null', '~', 'true', 'False', 'TRUE', 'yes', 'on', '1', '-1', '-0', '007', '1.5', '1.50', '1.0', '.5', '1e3', '0x1F', '0o17', '+1', '.inf', '-.inf', '.nan', '12345678901234567890', '1.2.3', "'it''s'", "'a # b'", '"a\\tb"', '"q\\"q"', '"\\x41"', '"\\u00e9"', '"a # b"', 'a#b', 'a #b', 'a: b', 'a:b', 'http://x', '[a, b]', '[a, [b, c]]', '[]', '{}', '{a: 1}', '{a: }', '{a: 1,}', '[a, ]', '{a:1}', '{"a":1}', '{ a: [x, y], b: { c: d } }', '[a: b]', '- x', '-', '-x', '|', '>', '&a x', '*a', '!tag x', '!!str 1', '@x', '`x', '%x', '? x', ': x', ',x', 'x,y', 'x]', "'unclosed", '"unclosed', "it's", 'a "b" c', '__proto__', ''];
const KEYS = ['a', 'b', 'name', 'a b', '"q"', "'s'", '1', 'true', 'null', '-k', '? k', '[k]', '{k: v}', '__proto__', 'a#b', 'k:'];

/** YAML-like text built from lines with random keys, values, items and indentation. */
const lineArb = fc.record({
  indent: fc.constantFrom(0, 0, 2, 2, 4, 6, 1, 3),
  kind: fc.constantFrom('key', 'key', 'keyvalue', 'keyvalue', 'item', 'itemvalue', 'itemkey', 'comment', 'blank', 'doc'),
  key: fc.constantFrom(...KEYS),
  value: fc.constantFrom(...SCALARS),
  comment: fc.boolean(),
});
const textArb = fc.array(lineArb, { minLength: 1, maxLength: 14 }).map((lines) =>
  lines
    .map((l) => {
      const pad = ' '.repeat(l.indent);
      const c = l.comment ? ' # note' : '';
      switch (l.kind) {
        case 'key':
          return `${pad}${l.key}:${c}`;
        case 'keyvalue':
          return `${pad}${l.key}: ${l.value}${c}`;
        case 'item':
          return `${pad}-${c}`;
        case 'itemvalue':
          return `${pad}- ${l.value}${c}`;
        case 'itemkey':
          return `${pad}- ${l.key}: ${l.value}${c}`;
        case 'comment':
          return `${pad}# ${l.value}`;
        case 'blank':
          return '';
        default:
          return '---';
      }
    })
    .join('\n'),
);

/** Well-formed block YAML of random shape: mappings and sequences nested, flow values, the tricky scalars. */
const { node: blockArb } = fc.letrec<{ node: string[] }>((tie) => ({
  node: fc.oneof(
    { maxDepth: 4, withCrossShrink: true },
    fc.constantFrom(...SCALARS).map((v) => [v]),
    fc.array(fc.tuple(fc.constantFrom(...KEYS.slice(0, 7)), tie('node')), { minLength: 1, maxLength: 4 }).map((pairs) =>
      pairs.flatMap(([k, child]) => (child.length === 1 && !child[0]!.startsWith('- ') && !/^[^ ]+:( |$)/.test(child[0]!) ? [`${k}: ${child[0]}`] : [`${k}:`, ...child.map((l) => `  ${l}`)])),
    ),
    fc.array(tie('node'), { minLength: 1, maxLength: 3 }).map((items) => items.flatMap((child) => [`- ${child[0]}`, ...child.slice(1).map((l) => `  ${l}`)])),
  ),
}));

describe('the fast YAML reader', () => {
  it('reads every example and broken example as the yaml package does (all but those with YAML mistakes)', () => {
    const sound = texts.filter((t) => parseYamlFully(t).syntaxErrors.length === 0);
    expect(sound.length).toBeGreaterThanOrEqual(texts.length - 1);
    expect(sound.filter(agrees)).toHaveLength(sound.length);
  });

  it('reads generated manifests of every shape as the yaml package does', () => {
    for (const [backends, regions, cdn] of [[1, 1, 0], [23, 3, 2], [124, 7, 12], [300, 1, 30]] as const) {
      expect(agrees(generateManifest(backends, regions, cdn))).toBe(true);
    }
  });

  it('answers for a quoted key that ends its line (a block follows) or is followed by ": "; gives up after one followed by anything else', () => {
    const answered: [string, unknown][] = [
      ['"a":\n  b: 1\n', { a: { b: 1 } }],
      ["'a':\n  - x\n", { a: ['x'] }],
      ['"a": 1\n"b":\n', { a: 1, b: null }],
      ["- 'k':\n    v: 2\n", [{ k: { v: 2 } }]],
    ];
    for (const [text, data] of answered) {
      expect(agrees(text), text).toBe(true);
      expect(fastYaml(text), text).toEqual(data);
    }
    // The yaml package finds a mistake in each: the fast reader must not answer.
    for (const text of ['"a"x\n', '"a"  x\n', '"a":x\n', "'a' b: 1\n"]) {
      expect(parseYamlFully(text).syntaxErrors.length, text).toBeGreaterThan(0);
      expect(fastYaml(text), text).toBeUndefined();
    }
  });

  it('answers for flow scalars that start with a minus before a digit or a letter', () => {
    for (const [text, data] of [
      ['k: [-1, -x, a-b]\n', { k: [-1, '-x', 'a-b'] }],
      ['k: {a: -b, c: -2}\n', { k: { a: '-b', c: -2 } }],
    ] as const) {
      expect(agrees(text), text).toBe(true);
      expect(fastYaml(text), text).toEqual(data);
    }
  });

  it('answers for flow collections nested 64 deep, and for any number of collections side by side', () => {
    const deep = (n: number): string => `k: ${'['.repeat(n)}${']'.repeat(n)}\n`;
    expect(agrees(deep(64))).toBe(true);
    expect(fastYaml(deep(65))).toBeUndefined();
    const wide = `k: [${Array.from({ length: 100 }, (_, i) => `[${i}]`).join(', ')}]\n`;
    expect(agrees(wide)).toBe(true);
    expect(fastYaml(wide)).toEqual({ k: Array.from({ length: 100 }, (_, i) => [i]) });
  });

  it('leaves nesting deeper than any manifest to the yaml package, without overflowing', () => {
    const deepBlock = Array.from({ length: 5000 }, (_, i) => `${' '.repeat(i)}k:`).join('\n');
    const deepFlow = `k: ${'['.repeat(5000)}${']'.repeat(5000)}`;
    expect(fastYaml(deepBlock)).toBeUndefined();
    expect(fastYaml(deepFlow)).toBeUndefined();
    expect(agrees(Array.from({ length: 40 }, (_, i) => `${' '.repeat(i)}k:`).join('\n'))).toBe(true);
  });

  it('answers only where it agrees with the yaml package, on random YAML-like texts', () => {
    let answered = 0;
    fc.assert(
      fc.property(textArb, (text) => {
        if (agrees(text)) answered++;
      }),
      { numRuns: 4000, seed: Number(process.env.FAST_YAML_SEED ?? 1414) },
    );
    expect(answered).toBeGreaterThan(40);
  });

  it('answers only where it agrees with the yaml package, on random well-formed block YAML', () => {
    let answered = 0;
    fc.assert(
      fc.property(blockArb, (lines) => {
        if (agrees(`root:\n${lines.map((l) => `  ${l}`).join('\n')}\n`)) answered++;
      }),
      { numRuns: 3000, seed: Number(process.env.FAST_YAML_SEED ?? 1416) },
    );
    expect(answered).toBeGreaterThan(300);
  });

  it('answers only where it agrees with the yaml package, on damaged examples', () => {
    const damage = fc.record({
      text: fc.constantFrom(...texts),
      at: fc.nat(),
      del: fc.nat(3),
      insert: fc.constantFrom('', ' ', '  ', '\n', '\n  ', '-', '- ', ':', ': ', '#', ' #', '"', "'", '[', ']', '{', '}', ',', '&a ', '*a', '!', '|', '>', '?', '\t', '\r', '0', '.5', 'null', '\\'),
    });
    fc.assert(
      fc.property(damage, ({ text, at, del, insert }) => {
        const i = at % (text.length + 1);
        agrees(text.slice(0, i) + insert + text.slice(i + del));
      }),
      { numRuns: 4000, seed: Number(process.env.FAST_YAML_SEED ?? 1415) },
    );
  });
});

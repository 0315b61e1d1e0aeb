/**
 * The precompiled manifest validator (src/manifest/manifest-validator.js) is what Ajv compiles from the
 * TypeBox schema today, and says exactly what that runtime compile says: the same raw errors and the
 * same findings, on every example, every broken example and thousands of damaged manifests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runtimeValidator, validatorSource } from '../../scripts/validator-source.js';
import { validate as precompiled } from '../../src/manifest/manifest-validator.js';
import { checkSchema, type SchemaValidator } from '../../src/manifest/schema-check.js';
import { parseYaml } from '../../src/manifest/yaml.js';

const runtime = runtimeValidator().validate as SchemaValidator;

function manifestsIn(dir: string): [string, unknown][] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => [`${dir}/${f}`, parseYaml(readFileSync(`${dir}/${f}`, 'utf8')).data]);
}
const examples = manifestsIn('examples');
const broken = manifestsIn('examples/broken');

/** Raw Ajv errors, with each error's schema objects compared by value. */
function rawErrors(validate: SchemaValidator, data: unknown): unknown {
  validate(data);
  return JSON.parse(JSON.stringify(validate.errors ?? null)) as unknown;
}

function sameAnswers(data: unknown): void {
  expect(rawErrors(precompiled, data)).toEqual(rawErrors(runtime, data));
  expect(checkSchema(data)).toEqual(checkSchema(data, runtime));
}

/** A manifest damaged at one place: a value replaced, a key removed, or an unknown key added. */
function damaged(base: unknown, path: number[], action: 'replace' | 'remove' | 'add', value: unknown, key: string): unknown {
  const copy = structuredClone(base) as Record<string, unknown>;
  let node: unknown = copy;
  for (const step of path) {
    if (!node || typeof node !== 'object') break;
    const keys = Object.keys(node);
    if (keys.length === 0) break;
    const k = keys[step % keys.length]!;
    const child = (node as Record<string, unknown>)[k];
    if (child && typeof child === 'object' && step % 3 !== 0) {
      node = child;
      continue;
    }
    if (action === 'replace') (node as Record<string, unknown>)[k] = value;
    else if (action === 'remove') delete (node as Record<string, unknown>)[k];
    else if (!Array.isArray(node)) (node as Record<string, unknown>)[key] = value;
    return copy;
  }
  return copy;
}

describe('the precompiled manifest validator', () => {
  it('is what npm run validator generates from the schema today (run it when this fails)', () => {
    expect(readFileSync('src/manifest/manifest-validator.js', 'utf8')).toBe(validatorSource());
  });

  it('accepts every example and answers the broken ones as the runtime compile does', () => {
    expect(examples.length).toBeGreaterThanOrEqual(10);
    for (const [, data] of examples) expect(precompiled(data)).toBe(true);
    for (const [file, data] of [...examples, ...broken]) {
      expect(file).toBeTruthy();
      sameAnswers(data);
    }
    expect(broken.some(([, data]) => !precompiled(data))).toBe(true);
  });

  it('gives the same errors as the runtime compile on damaged manifests', () => {
    const value = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom('', 'UPPER', 'x'.repeat(70), -1, 0, 1.5, 65536, true, null, [], {}));
    fc.assert(
      fc.property(
        fc.constantFrom(...examples.map(([, d]) => d)),
        fc.array(fc.nat(50), { minLength: 1, maxLength: 8 }),
        fc.constantFrom('replace' as const, 'remove' as const, 'add' as const),
        value,
        fc.constantFrom('enableCdn', 'timeoutSec', 'zzz', 'redirectHttp', 'name'),
        (base, path, action, v, key) => sameAnswers(damaged(base, path, action, v, key)),
      ),
      { numRuns: 600, seed: 14 },
    );
  });
});

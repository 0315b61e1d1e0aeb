/** Generated files stay in step with their sources. */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Ajv } from 'ajv';
import { manifestJsonSchema } from '../src/manifest/schema.js';
import { VERSION } from '../src/version.js';
import { contract } from '../src/contract/index.js';

const reference = '../shared/reference/compute-lb-subset.json';

describe('generated files', () => {
  it('schema/manifest.schema.json is generated from src/manifest/schema.ts (npm run schema)', () => {
    expect(readFileSync('schema/manifest.schema.json', 'utf8')).toBe(JSON.stringify(manifestJsonSchema(), null, 2) + '\n');
  });

  it('the JSON Schema is a valid draft-07 schema that editors can use as is', () => {
    const ajv = new Ajv({ strict: false });
    expect(() => ajv.compile(JSON.parse(readFileSync('schema/manifest.schema.json', 'utf8')) as object)).not.toThrow();
  });

  it.skipIf(!existsSync(reference))('src/contract/compute-v1.json is derived from the shared reference (npm run contract)', async () => {
    // @ts-expect-error: a plain .mjs script without types
    const { derive } = (await import('../scripts/sync-contract.mjs')) as { derive: (d: unknown) => unknown };
    expect(JSON.stringify(derive(JSON.parse(readFileSync(reference, 'utf8'))), null, 1) + '\n').toBe(readFileSync('src/contract/compute-v1.json', 'utf8'));
  });

  it('the contract covers every collection lb-plan manages', () => {
    for (const c of ['globalAddresses', 'sslCertificates', 'regionNetworkEndpointGroups', 'backendServices', 'urlMaps', 'targetHttpProxies', 'targetHttpsProxies', 'globalForwardingRules', 'securityPolicies']) {
      expect(contract.resources[c]?.insert?.httpMethod, c).toBe('POST');
    }
  });

  it('src/version.ts matches package.json', () => {
    expect(VERSION).toBe((JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version);
  });
});

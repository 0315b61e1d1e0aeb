#!/usr/bin/env node
// Derives src/contract/compute-v1.json from the official discovery subset
// (../shared/reference/compute-lb-subset.json): methods and schemas without prose,
// each property marked `outputOnly` when Google's description says "[Output Only]".
// `--check` exits 1 when the committed copy differs from what the reference gives.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = join(root, '..', 'shared', 'reference', 'compute-lb-subset.json');
const target = join(root, 'src', 'contract', 'compute-v1.json');

export function derive(discovery) {
  const prop = (p) => {
    const out = {};
    for (const k of ['type', '$ref', 'format', 'enum', 'pattern', 'default']) if (p[k] !== undefined) out[k] = p[k];
    if (p.items) out.items = prop(p.items);
    if (p.additionalProperties) out.additionalProperties = prop(p.additionalProperties);
    if (p.properties) out.properties = Object.fromEntries(Object.entries(p.properties).map(([k, v]) => [k, prop(v)]));
    if (/\[Output Only\]|\[Output only\]|^Output only\./.test(p.description ?? '')) out.outputOnly = true;
    return out;
  };
  const schemas = Object.fromEntries(Object.entries(discovery.schemas).map(([name, s]) => [name, prop(s)]));
  const resources = {};
  for (const [rname, r] of Object.entries(discovery.resources)) {
    resources[rname] = {};
    for (const [mname, m] of Object.entries(r.methods)) {
      resources[rname][mname] = {
        id: m.id,
        httpMethod: m.httpMethod,
        path: m.path,
        parameterOrder: m.parameterOrder ?? [],
        parameters: Object.fromEntries(
          Object.entries(m.parameters ?? {}).map(([k, v]) => [k, { ...prop(v), location: v.location, ...(v.required ? { required: true } : {}) }]),
        ),
        ...(m.request ? { request: m.request.$ref ?? m.request } : {}),
        ...(m.response ? { response: m.response.$ref ?? m.response } : {}),
      };
    }
  }
  const beta = discovery._newerThanSource?.betaOnly?.['NetworkEndpointGroup.serverlessDeployment']?.NetworkEndpointGroupServerlessDeployment ?? {};
  const betaSchemas = {
    NetworkEndpointGroupServerlessDeployment: {
      type: 'object',
      properties: Object.fromEntries(Object.keys(beta).map((k) => [k, { type: 'string' }])),
    },
  };
  return { revision: discovery.source.revision, baseUrl: discovery.source.baseUrl, resources, schemas, beta: { schemas: betaSchemas, addedProperties: { NetworkEndpointGroup: { serverlessDeployment: { $ref: 'NetworkEndpointGroupServerlessDeployment' } } } } };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (!existsSync(source)) {
    console.error(`reference not found: ${source}`);
    process.exit(2);
  }
  const text = JSON.stringify(derive(JSON.parse(readFileSync(source, 'utf8'))), null, 1) + '\n';
  if (process.argv.includes('--check')) {
    const same = existsSync(target) && readFileSync(target, 'utf8') === text;
    if (!same) console.error(`${target} is out of date: run npm run contract`);
    process.exit(same ? 0 : 1);
  }
  writeFileSync(target, text);
  console.log(`wrote ${target} (${text.length} bytes)`);
}

import { schemaFor, type ApiVersion, type ContractProperty } from './index.js';

/** One way a body breaks the contract, worded the way Compute words it. */
export interface ContractIssue {
  /** Dotted field path from the resource root, e.g. `resource.backends[0].group`. */
  readonly field: string;
  readonly reason: 'unknownField' | 'invalidType' | 'invalidEnum' | 'outputOnly';
  readonly message: string;
}

/**
 * `request`: a body a client sends (output-only fields are reported: the server would drop them,
 * and a planner that sends them is comparing against something it cannot set).
 * `response`: a body a server returns (output-only fields are expected).
 */
export type CheckMode = 'request' | 'response';

const INT_FORMATS = new Set(['int32', 'uint32']);
const STRING_INT_FORMATS = new Set(['int64', 'uint64']);

/** Checks `body` against the contract schema `schemaName`: unknown fields, wrong types, bad enum values. */
export function checkBody(schemaName: string, body: unknown, api: ApiVersion, mode: CheckMode, root = 'resource'): ContractIssue[] {
  const issues: ContractIssue[] = [];
  const schema = schemaFor(schemaName, api);
  if (!schema) throw new Error(`no schema ${schemaName} in the contract`);
  walk(schema, body, root, api, mode, issues);
  return issues;
}

function resolve(p: ContractProperty, api: ApiVersion): ContractProperty {
  if (!p.$ref) return p;
  const s = schemaFor(p.$ref, api);
  if (!s) throw new Error(`dangling $ref ${p.$ref}`);
  return s;
}

function typeName(p: ContractProperty): string {
  if (p.format) return `TYPE_${p.format.toUpperCase()}`;
  return `TYPE_${(p.type ?? 'message').toUpperCase()}`;
}

function walk(p0: ContractProperty, value: unknown, field: string, api: ApiVersion, mode: CheckMode, out: ContractIssue[]): void {
  const p = resolve(p0, api);
  const bad = (): void => {
    out.push({ field, reason: 'invalidType', message: `Invalid value at '${field}' (${typeName(p)}), ${JSON.stringify(value)}` });
  };
  if (value === null || value === undefined) return;
  switch (p.type) {
    case 'string': {
      if (typeof value !== 'string') return bad();
      if (p.format && STRING_INT_FORMATS.has(p.format) && !/^-?\d+$/.test(value)) return bad();
      if (p.enum && !p.enum.includes(value)) {
        out.push({ field, reason: 'invalidEnum', message: `Invalid value at '${field}' (enum), "${value}"` });
      }
      return;
    }
    case 'integer':
      if (typeof value === 'number' ? !Number.isInteger(value) : !(typeof value === 'string' && /^-?\d+$/.test(value))) return bad();
      if (p.format && INT_FORMATS.has(p.format) && Number(value) < 0 && p.format.startsWith('u')) return bad();
      return;
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return bad();
      return;
    case 'boolean':
      if (typeof value !== 'boolean') return bad();
      return;
    case 'array':
      if (!Array.isArray(value)) return bad();
      value.forEach((v, i) => walk(p.items ?? {}, v, `${field}[${i}]`, api, mode, out));
      return;
    case 'object':
    default: {
      if (typeof value !== 'object' || Array.isArray(value)) return bad();
      const record = value as Record<string, unknown>;
      if (p.properties) {
        for (const [k, v] of Object.entries(record)) {
          const child = p.properties[k];
          const path = `${field}.${k}`;
          if (!child) {
            out.push({ field: path, reason: 'unknownField', message: `Invalid JSON payload received. Unknown name "${k}" at '${field}': Cannot find field.` });
            continue;
          }
          if (mode === 'request' && child.outputOnly && v !== undefined) {
            out.push({ field: path, reason: 'outputOnly', message: `Field '${path}' is output only and cannot be set in a request.` });
          }
          walk(child, v, path, api, mode, out);
        }
      } else if (p.additionalProperties) {
        for (const [k, v] of Object.entries(record)) walk(p.additionalProperties, v, `${field}.${k}`, api, mode, out);
      }
    }
  }
}

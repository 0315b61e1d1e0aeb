/**
 * Runs the manifest JSON Schema and turns Ajv's errors into one clear sentence per mistake,
 * each with the YAML path it is about.
 */
import type { ErrorObject } from 'ajv';
// The schema compiled ahead of time (npm run validator): validate loads neither TypeBox nor Ajv, compiles nothing.
import { validate as precompiled } from './manifest-validator.js';
import type { YamlPath } from './diagnostic.js';
import { hint } from '../util/suggest.js';
import { KEY_ALIASES, placesOf } from './key-index.js';

/** A schema finding: where, what, and whether it is about the key itself (unknown key) or its value. */
export interface SchemaFinding {
  readonly path: YamlPath;
  readonly message: string;
  readonly atKey: boolean;
  /** An unknown key: the rest of its object is still sound, so the rules still check it. */
  readonly unknownKey?: boolean;
}

/** The sentence for an unknown key: where it belongs, what it is called here, or what is allowed. */
function unknownKeyMessage(key: string, path: YamlPath, known: readonly string[]): string {
  const here = formatPlace(path);
  const places = placesOf(key).filter((p) => p !== here);
  if (places.length > 0) return `"${key}" does not belong here: it belongs under ${places.map((p) => (p === '(top level)' ? 'the top level' : p)).join(' or ')}`;
  const alias = KEY_ALIASES[key];
  if (alias && known.includes(alias)) return `unknown key "${key}": lb-plan calls it "${alias}"`;
  const typo = hint(key, known);
  return typo ? `unknown key "${key}"${typo}` : `unknown key "${key}" (allowed here: ${known.join(', ')})`;
}

/** `backends.web.serverless[0]` → `backends.<name>.serverless[]`, as placesOf names places. */
function formatPlace(path: YamlPath): string {
  return path.reduce<string>((acc, seg, i) => {
    if (typeof seg === 'number') return `${acc}[]`;
    const name = i === 1 && path[0] === 'backends' ? '<name>' : seg;
    return acc ? `${acc}.${name}` : name;
  }, '');
}

/**
 * Fields GCP rejects on a backend service with serverless NEGs. Users coming from other load
 * balancers write them; they get the reason, not just "unknown key".
 */
export const SERVERLESS_FORBIDDEN: Readonly<Record<string, string>> = {
  healthChecks: 'a backend service with serverless NEG backends cannot have health checks (GCP: "A backend service cannot have a healthcheck with Serverless network endpoint group backends")',
  healthCheck: 'a backend service with serverless NEG backends cannot have health checks (GCP: "A backend service cannot have a healthcheck with Serverless network endpoint group backends")',
  timeoutSec: 'GCP rejects timeoutSec for serverless NEG backends ("Timeout sec is not supported for a backend service with Serverless network endpoint groups"); the timeout is fixed at 60 minutes',
  timeout: 'GCP rejects timeoutSec for serverless NEG backends ("Timeout sec is not supported for a backend service with Serverless network endpoint groups"); the timeout is fixed at 60 minutes',
  portName: 'GCP rejects portName for serverless NEG backends ("Port name is not supported for a backend service with Serverless network endpoint groups")',
  port: 'serverless NEGs have no ports; GCP rejects portName for serverless NEG backends',
  balancingMode: 'GCP rejects a balancing mode for serverless NEGs ("Balancing mode is not supported for Serverless network endpoint groups")',
  capacityScaler: 'capacityScaler is not available with serverless NEGs (they take no balancing mode)',
  maxRatePerEndpoint: 'rate limits per endpoint need a balancing mode, which serverless NEGs do not take',
  sessionAffinity: 'session affinity is not supported with serverless NEG backends',
  affinityCookieTtlSec: 'session affinity is not supported with serverless NEG backends',
  localityLbPolicy: 'locality load-balancing policies are not supported with serverless NEG backends',
  outlierDetection: 'outlier detection is not supported on a classic load balancer ("Outlier detection is not supported.")',
  connectionDraining: 'connection draining does not apply to serverless NEG backends',
  protocol: 'the protocol of a backend service with serverless NEGs is ignored by GCP; lb-plan sets it',
};

/** An Ajv validate function of the manifest schema (allErrors, verbose: errors carry data and parentSchema). */
export type SchemaValidator = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };

function toPath(instancePath: string): (string | number)[] {
  if (instancePath === '') return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function jsonType(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (Number.isInteger(v)) return 'integer';
  return typeof v;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'a string',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
  object: 'a mapping (key: value)',
  array: 'a list',
  null: 'empty',
};

function typeWord(t: unknown): string {
  const list = Array.isArray(t) ? (t as string[]) : [String(t)];
  return list.map((x) => TYPE_WORDS[x] ?? x).join(' or ');
}

function describeValue(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v);
  if (v === null || v === undefined) return 'nothing';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  return String(v);
}

interface Parent {
  readonly properties?: Record<string, unknown>;
  readonly 'x-message'?: string;
  readonly enum?: unknown[];
  readonly anyOf?: { type?: string; required?: string[] }[];
  readonly oneOf?: { type?: string; required?: string[] }[];
}

const SECRET_FIELDS = new Set(['oauth2ClientSecret', 'privateKey']);

/**
 * Validates `data` against the manifest schema; an empty list means it conforms. `validate` is the
 * precompiled validator; the staleness test passes Ajv's runtime compile to show both say the same.
 */
export function checkSchema(data: unknown, validate: SchemaValidator = precompiled): SchemaFinding[] {
  if (validate(data)) return [];
  const errors = [...(validate.errors ?? [])];
  // A union's branch errors are noise, except those of the branch whose type matches the value
  // (`cdn: { cacheMode: X }` is about the mapping branch); the union error then says nothing new.
  const drop = new Set<ErrorObject>();
  for (const u of errors.filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf')) {
    const branches = (u.parentSchema as Parent)[u.keyword === 'anyOf' ? 'anyOf' : 'oneOf'] ?? [];
    const keep = u.keyword === 'anyOf' ? branches.findIndex((b) => 'type' in b && typeMatches(String(b.type), u.data)) : -1;
    for (const e of errors) {
      if (e === u || !e.schemaPath.startsWith(u.schemaPath + '/')) continue;
      if (keep >= 0 && e.schemaPath.startsWith(`${u.schemaPath}/${keep}/`)) continue;
      drop.add(e);
    }
    if (keep >= 0) drop.add(u);
  }
  const findings: SchemaFinding[] = [];
  for (const e of errors) {
    if (!drop.has(e)) findings.push(...translate(e));
  }
  // One sentence per place and message.
  const seen = new Set<string>();
  return findings.filter((f) => {
    const k = JSON.stringify([f.path, f.message]);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function translate(e: ErrorObject): SchemaFinding[] {
  const path = toPath(e.instancePath);
  const parent = (e.parentSchema ?? {}) as Parent;
  const custom = parent['x-message'];
  const last = path[path.length - 1];
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String((e.params as { additionalProperty: string }).additionalProperty);
      const known = Object.keys(parent.properties ?? {});
      const inBackend = path.length === 2 && path[0] === 'backends';
      const reason = inBackend || path.includes('serverless') ? SERVERLESS_FORBIDDEN[key] : undefined;
      const message = reason ? `"${key}" is not allowed: ${reason}` : unknownKeyMessage(key, path, known);
      return [{ path: [...path, key], message, atKey: true, unknownKey: true }];
    }
    case 'required': {
      const key = String((e.params as { missingProperty: string }).missingProperty);
      return [{ path, message: `missing required key "${key}"`, atKey: path.length > 0 }];
    }
    case 'type': {
      if (typeof last === 'string' && SECRET_FIELDS.has(last) && typeof e.data === 'string') {
        return [{ path, message: `secrets are never written in the manifest: give "${last}" as { env: VARIABLE } or { file: PATH }`, atKey: false }];
      }
      return [{ path, message: `must be ${typeWord((e.params as { type: unknown }).type)}, not ${describeValue(e.data)}`, atKey: false }];
    }
    case 'enum': {
      const allowed = (e.params as { allowedValues: unknown[] }).allowedValues;
      return [{ path, message: `${describeValue(e.data)} is not allowed: use one of ${allowed.map((v) => JSON.stringify(v)).join(', ')}${hint(String(e.data), allowed.map(String))}`, atKey: false }];
    }
    case 'const': {
      const allowed = (e.params as { allowedValue: unknown }).allowedValue;
      return [{ path, message: `must be ${JSON.stringify(allowed)}, not ${describeValue(e.data)}`, atKey: false }];
    }
    case 'pattern':
      return [{ path, message: `${describeValue(e.data)} ${custom ?? `must match ${(e.params as { pattern: string }).pattern}`}`, atKey: false }];
    case 'minLength':
      return [{ path, message: custom ? `${describeValue(e.data)} ${custom}` : 'must not be empty', atKey: false }];
    case 'maxLength': {
      // The length is the fault: say so, whatever else the value must be.
      const limit = (e.params as { limit: number }).limit;
      return [{ path, message: `${describeValue(e.data)} is ${String(e.data).length} characters long: the limit is ${limit}`, atKey: false }];
    }
    case 'minItems':
    case 'maxItems': {
      const n = (e.data as unknown[]).length;
      const limit = (e.params as { limit: number }).limit;
      return [{ path, message: custom ? `${custom} (found ${n})` : e.keyword === 'minItems' ? `must have at least ${limit} item${limit === 1 ? '' : 's'}` : `must have at most ${limit} items (found ${n})`, atKey: false }];
    }
    case 'minimum':
    case 'maximum':
      return [{ path, message: custom ? `${describeValue(e.data)}: ${custom}` : `${describeValue(e.data)} is too ${e.keyword === 'minimum' ? 'small' : 'large'}: the ${e.keyword} is ${(e.params as { limit: number }).limit}`, atKey: false }];
    case 'minProperties':
      return [{ path, message: 'must not be empty', atKey: false }];
    case 'oneOf': {
      const keys = (parent.oneOf ?? []).flatMap((b) => b.required ?? []);
      if (jsonType(e.data) !== 'object') return []; // the type error says it
      const data = e.data as Record<string, unknown>;
      const present = keys.filter((k) => k in data);
      const list = keys.map((k) => `"${k}"`).join(', ');
      if (present.length === 0) return [{ path, message: `needs one of ${list}`, atKey: path.length > 0 }];
      return [{ path: [...path, present[1]!], message: `takes only one of ${list}: found both "${present[0]}" and "${present[1]}"`, atKey: true }];
    }
    case 'anyOf': {
      const types = (parent.anyOf ?? []).map((b) => b.type).filter((t): t is string => !!t);
      return [{ path, message: `must be ${typeWord(types)}, not ${describeValue(e.data)}`, atKey: false }];
    }
    default:
      return [{ path, message: e.message ?? 'is not valid', atKey: false }];
  }
}

function typeMatches(schemaType: string, value: unknown): boolean {
  const t = jsonType(value);
  return schemaType === t || (schemaType === 'number' && t === 'integer');
}

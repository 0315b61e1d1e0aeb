/**
 * Where each key of the manifest language belongs, read from its own JSON Schema, to tell someone
 * who put a key in the wrong place where it goes ("redirectHttp" → frontend.https), and the keys
 * people bring from the console or Terraform that lb-plan spells differently.
 */
import { manifestJsonSchema } from './schema.js';

type Schema = { properties?: Record<string, Schema>; patternProperties?: Record<string, Schema>; items?: Schema; anyOf?: Schema[]; oneOf?: Schema[] };

/** Names from other tools for lb-plan's keys. */
export const KEY_ALIASES: Readonly<Record<string, string>> = {
  enableCdn: 'cdn',
  enableCDN: 'cdn',
  cdnPolicy: 'cdn',
  logConfig: 'logging',
  enableLogging: 'logging',
  iapConfig: 'iap',
  securityPolicyName: 'securityPolicy',
  negs: 'serverless',
  networkEndpointGroups: 'serverless',
  sslCertificates: 'certificates',
  sslPolicyName: 'sslPolicy',
  httpsRedirect: 'redirectHttp',
  hostRules: 'hosts',
  pathRules: 'paths',
  defaultService: 'default',
  ipAddress: 'address',
  IPAddress: 'address',
};

let index: Map<string, string[]> | undefined;

function walk(schema: Schema | undefined, path: string, out: Map<string, string[]>): void {
  if (!schema) return;
  for (const [k, child] of Object.entries(schema.properties ?? {})) {
    out.set(k, [...(out.get(k) ?? []), path || '(top level)']);
    walk(child, path ? `${path}.${k}` : k, out);
  }
  for (const child of Object.values(schema.patternProperties ?? {})) walk(child, `${path}.<name>`, out);
  if (schema.items) walk(schema.items, `${path}[]`, out);
  for (const alt of [...(schema.anyOf ?? []), ...(schema.oneOf ?? [])]) walk(alt, path, out);
}

/** The places (`frontend.https`, `backends.<name>`) where `key` is a key of the manifest language. */
export function placesOf(key: string): string[] {
  if (!index) {
    index = new Map();
    walk(manifestJsonSchema() as Schema, '', index);
  }
  return [...new Set(index.get(key) ?? [])];
}

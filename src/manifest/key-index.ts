/**
 * Where each key of the manifest language belongs, read from its own JSON Schema, to tell someone
 * who put a key in the wrong place where it goes ("redirectHttp" → frontend.https), and the keys
 * people bring from the console or Terraform that lb-plan spells differently.
 */
// Read from the manifest's JSON Schema when the precompiled validator was generated (scripts/validator-source.ts).
import { keyPlaces } from './manifest-validator.js';

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

/** The places (`frontend.https`, `backends.<name>`) where `key` is a key of the manifest language. */
export function placesOf(key: string): string[] {
  return Object.hasOwn(keyPlaces, key) ? [...keyPlaces[key]!] : [];
}

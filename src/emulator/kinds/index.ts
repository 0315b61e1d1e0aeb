import { globalAddresses } from './address.js';
import { backendServices } from './backend-service.js';
import { sslCertificates } from './certificate.js';
import { globalForwardingRules } from './forwarding-rule.js';
import { regionNetworkEndpointGroups } from './neg.js';
import { targetHttpProxies, targetHttpsProxies } from './proxies.js';
import { securityPolicies } from './security-policy.js';
import type { KindSpec } from './types.js';
import { urlMaps } from './url-map.js';

export type { KindSpec } from './types.js';

/** Discovery resource name → behaviour. */
export const KIND_SPECS: Readonly<Record<string, KindSpec>> = {
  globalAddresses,
  sslCertificates,
  regionNetworkEndpointGroups,
  backendServices,
  urlMaps,
  targetHttpProxies,
  targetHttpsProxies,
  globalForwardingRules,
  securityPolicies,
};

/** URL collection segment (+ regional) → behaviour, to resolve references and users. */
export function specForCollection(collection: string): KindSpec | undefined {
  return Object.values(KIND_SPECS).find((k) => k.collection === collection);
}

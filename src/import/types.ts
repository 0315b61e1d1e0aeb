/** What the import stage passes between its steps: the live load balancer found, and what it could not express. */
import type { LiveResource } from '../gcp/read.js';

/** Where import starts: the URL map, a forwarding rule, or the reserved address of a load balancer. */
export type ImportStart = { readonly kind: 'urlMap' | 'forwardingRule' | 'address'; readonly name: string };

/** Something of the live load balancer the manifest cannot express: named, with where, never dropped silently. */
export interface Finding {
  /** The resource address and field: `urlMap/web pathMatchers[0].routeRules`. */
  readonly where: string;
  readonly what: string;
  /** A field the Compute contract lb-plan knows does not have (GCP newer than the contract). */
  readonly unknownField?: true;
}

export interface FoundRule {
  readonly rule: LiveResource;
  readonly protocol: 'http' | 'https';
  readonly ipv6: boolean;
}

/** The live resources of one load balancer, reached from its URL map. */
export interface Found {
  readonly urlMap: LiveResource;
  readonly httpsProxy?: LiveResource;
  /** The HTTP proxy on the main URL map (plain HTTP), or on the redirect map. */
  readonly httpProxy?: LiveResource;
  readonly redirectMap?: LiveResource;
  readonly rules: readonly FoundRule[];
  readonly findings: readonly Finding[];
}

export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}

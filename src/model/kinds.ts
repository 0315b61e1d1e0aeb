/**
 * The resource kinds lb-plan manages, named after their Compute API collections, with what the
 * planner and the renderers need to know about each.
 */
export const KINDS = [
  'globalAddress',
  'sslCertificate',
  'securityPolicy',
  'regionNetworkEndpointGroup',
  'backendService',
  'urlMap',
  'targetHttpProxy',
  'targetHttpsProxy',
  'globalForwardingRule',
] as const;

export type ResourceKind = (typeof KINDS)[number];

export interface KindInfo {
  /** The discovery `resources` key of the collection. */
  readonly collection: string;
  /** The discovery schema name of one resource. */
  readonly schema: string;
  /** The path segment in URLs: `projects/P/global/<segment>/NAME`. */
  readonly segment: string;
  readonly regional: boolean;
  /** Every field is immutable: a change means a new resource under a new (hashed) name. */
  readonly immutable: boolean;
  /** The snake_case word GCP uses in "The X resource '…' is already being used by '…'". */
  readonly gcpWord: string;
  /** Human label for diagrams and plans. */
  readonly label: string;
}

export const KIND_INFO: Readonly<Record<ResourceKind, KindInfo>> = {
  globalAddress: { collection: 'globalAddresses', schema: 'Address', segment: 'addresses', regional: false, immutable: true, gcpWord: 'address', label: 'Global address' },
  sslCertificate: { collection: 'sslCertificates', schema: 'SslCertificate', segment: 'sslCertificates', regional: false, immutable: true, gcpWord: 'ssl_certificate', label: 'SSL certificate' },
  securityPolicy: { collection: 'securityPolicies', schema: 'SecurityPolicy', segment: 'securityPolicies', regional: false, immutable: false, gcpWord: 'security_policy', label: 'Cloud Armor policy' },
  regionNetworkEndpointGroup: { collection: 'regionNetworkEndpointGroups', schema: 'NetworkEndpointGroup', segment: 'networkEndpointGroups', regional: true, immutable: true, gcpWord: 'network_endpoint_group', label: 'Serverless NEG' },
  backendService: { collection: 'backendServices', schema: 'BackendService', segment: 'backendServices', regional: false, immutable: false, gcpWord: 'backend_service', label: 'Backend service' },
  urlMap: { collection: 'urlMaps', schema: 'UrlMap', segment: 'urlMaps', regional: false, immutable: false, gcpWord: 'url_map', label: 'URL map' },
  targetHttpProxy: { collection: 'targetHttpProxies', schema: 'TargetHttpProxy', segment: 'targetHttpProxies', regional: false, immutable: false, gcpWord: 'target_http_proxy', label: 'Target HTTP proxy' },
  targetHttpsProxy: { collection: 'targetHttpsProxies', schema: 'TargetHttpsProxy', segment: 'targetHttpsProxies', regional: false, immutable: false, gcpWord: 'target_https_proxy', label: 'Target HTTPS proxy' },
  globalForwardingRule: { collection: 'globalForwardingRules', schema: 'ForwardingRule', segment: 'forwardingRules', regional: false, immutable: false, gcpWord: 'forwarding_rule', label: 'Forwarding rule' },
};

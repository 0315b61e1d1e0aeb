/**
 * The guide's gcloud commands as the REST calls gcloud makes, against the emulator: inserts with
 * the bodies gcloud sends, and `update`/`add-backend`/`add-path-matcher` as gcloud does them (a GET,
 * then a PUT of the changed resource with its fingerprint). Direct REST, not lb-plan's own code.
 */
import { expect } from 'vitest';

type Rec = Record<string, unknown>;

export class Gcloud {
  constructor(
    readonly endpoint: string,
    readonly project: string,
  ) {}

  get base(): string {
    return `https://www.googleapis.com/compute/v1/projects/${this.project}/`;
  }

  global(collection: string, name: string): string {
    return `${this.base}global/${collection}/${name}`;
  }

  regional(region: string, collection: string, name: string): string {
    return `${this.base}regions/${region}/${collection}/${name}`;
  }

  async call(method: string, path: string, body?: unknown, api = 'v1'): Promise<Rec> {
    const res = await fetch(`${this.endpoint}compute/${api}/projects/${this.project}/${path}`, {
      method,
      headers: { authorization: 'Bearer gcloud', 'content-type': 'application/json' },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const json = (await res.json()) as Rec;
    expect(res.status, `${method} ${path}: ${JSON.stringify(json)}`).toBe(200);
    return json;
  }

  /** `gcloud compute network-endpoint-groups create NAME --region=R --network-endpoint-type=serverless --cloud-run-service=S` (and the other platforms). */
  negCreate(name: string, region: string, target: Rec, api = 'v1'): Promise<Rec> {
    return this.call('POST', `regions/${region}/networkEndpointGroups`, { name, networkEndpointType: 'SERVERLESS', ...target }, api);
  }

  /** `gcloud compute backend-services create NAME --load-balancing-scheme=EXTERNAL --global`. */
  backendServiceCreate(name: string): Promise<Rec> {
    return this.call('POST', 'global/backendServices', { name, loadBalancingScheme: 'EXTERNAL', protocol: 'HTTP' });
  }

  /** GET + change + PUT with the fingerprint: how gcloud updates a backend service or URL map. */
  async update(collection: 'backendServices' | 'urlMaps', name: string, change: (r: Rec) => void): Promise<void> {
    const r = await this.call('GET', `global/${collection}/${name}`);
    // gcloud's message classes are generated from the discovery document, which lacks `usedBy`.
    delete r.usedBy;
    change(r);
    await this.call('PUT', `global/${collection}/${name}`, r);
  }

  /** `gcloud compute backend-services add-backend NAME --global --network-endpoint-group=NEG --network-endpoint-group-region=R`. */
  addBackend(service: string, neg: string, region: string): Promise<void> {
    return this.update('backendServices', service, (r) => {
      r.backends = [...((r.backends as Rec[] | undefined) ?? []), { group: this.regional(region, 'networkEndpointGroups', neg) }];
    });
  }

  /** `gcloud compute url-maps create NAME --default-service=SERVICE`. */
  urlMapCreate(name: string, defaultService: string): Promise<Rec> {
    return this.call('POST', 'global/urlMaps', { name, defaultService: this.global('backendServices', defaultService) });
  }

  /** `gcloud compute url-maps import NAME` of a YAML body (the redirect map of the guide). */
  urlMapImport(body: Rec): Promise<Rec> {
    return this.call('POST', 'global/urlMaps', body);
  }

  /** `gcloud compute url-maps add-path-matcher MAP --path-matcher-name=M --default-service=S --path-rules=/a/*=x --new-hosts=h`. */
  addPathMatcher(map: string, matcher: string, defaultService: string, hosts: string[], pathRules: Record<string, string> = {}): Promise<void> {
    return this.update('urlMaps', map, (r) => {
      r.hostRules = [...((r.hostRules as Rec[] | undefined) ?? []), { hosts, pathMatcher: matcher }];
      const rules = Object.entries(pathRules).map(([path, service]) => ({ paths: [path], service: this.global('backendServices', service) }));
      r.pathMatchers = [...((r.pathMatchers as Rec[] | undefined) ?? []), { name: matcher, defaultService: this.global('backendServices', defaultService), ...(rules.length ? { pathRules: rules } : {}) }];
    });
  }

  /** `gcloud compute addresses create NAME --network-tier=PREMIUM --ip-version=IPV4|IPV6 --global`. */
  addressCreate(name: string, ipVersion: 'IPV4' | 'IPV6' = 'IPV4'): Promise<Rec> {
    return this.call('POST', 'global/addresses', { name, networkTier: 'PREMIUM', ipVersion });
  }

  /** `gcloud compute ssl-certificates create NAME --domains=D --global`. */
  managedCertificate(name: string, domains: string[]): Promise<Rec> {
    return this.call('POST', 'global/sslCertificates', { name, type: 'MANAGED', managed: { domains } });
  }

  /** `gcloud compute ssl-certificates create NAME --certificate=CRT --private-key=KEY --global`. */
  selfManagedCertificate(name: string, certificate: string, privateKey: string): Promise<Rec> {
    return this.call('POST', 'global/sslCertificates', { name, certificate, privateKey });
  }

  /** `gcloud compute target-https-proxies create NAME --ssl-certificates=C --url-map=M`. */
  httpsProxyCreate(name: string, urlMap: string, certificates: string[]): Promise<Rec> {
    return this.call('POST', 'global/targetHttpsProxies', { name, urlMap: this.global('urlMaps', urlMap), sslCertificates: certificates.map((c) => this.global('sslCertificates', c)) });
  }

  /** `gcloud compute target-http-proxies create NAME --url-map=M`. */
  httpProxyCreate(name: string, urlMap: string): Promise<Rec> {
    return this.call('POST', 'global/targetHttpProxies', { name, urlMap: this.global('urlMaps', urlMap) });
  }

  /** `gcloud compute forwarding-rules create NAME --load-balancing-scheme=EXTERNAL --network-tier=PREMIUM [--address=A] --target-http(s)-proxy=P --global --ports=N`. */
  forwardingRuleCreate(name: string, proxy: { http?: string; https?: string }, port: number, address?: string, ipVersion?: 'IPV6'): Promise<Rec> {
    const target = proxy.https ? this.global('targetHttpsProxies', proxy.https) : this.global('targetHttpProxies', proxy.http!);
    return this.call('POST', 'global/forwardingRules', {
      name,
      loadBalancingScheme: 'EXTERNAL',
      networkTier: 'PREMIUM',
      IPProtocol: 'TCP',
      portRange: String(port),
      target,
      ...(address ? { IPAddress: this.global('addresses', address) } : {}),
      ...(ipVersion ? { ipVersion } : {}),
    });
  }

  /** `gcloud compute security-policies create NAME` and `rules create PRIORITY --action=deny-403 --src-ip-ranges=…`. */
  async securityPolicy(name: string, deny: string[]): Promise<void> {
    await this.call('POST', 'global/securityPolicies', { name });
    await this.call('POST', `global/securityPolicies/${name}/addRule`, { priority: 1000, action: 'deny(403)', match: { versionedExpr: 'SRC_IPS_V1', config: { srcIpRanges: deny } } });
  }

  /** `gcloud compute backend-services update NAME --security-policy=POLICY --global`. */
  setSecurityPolicy(service: string, policy: string): Promise<Rec> {
    return this.call('POST', `global/backendServices/${service}/setSecurityPolicy`, { securityPolicy: this.global('securityPolicies', policy) });
  }
}

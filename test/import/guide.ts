/**
 * The guide's load balancers (../shared/reference/classic-alb-serverless-backends.md), built the way
 * the guide builds them — its resource names, gcloud's bodies — for import to take over.
 */
import { readFileSync } from 'node:fs';
import type { Gcloud } from './gcloud.js';

export const IAP_SECRET = 'guide-iap-client-secret';

export interface GuideLb {
  /** The flag import starts from. */
  readonly start: readonly string[];
  /** Environment the imported manifest's secrets need. */
  readonly env?: Record<string, string>;
  /** Extra import flags. */
  readonly flags?: readonly string[];
}

/** NEG + backend service with it, logging on as the console does. */
async function backend(g: Gcloud, service: string, negs: { name: string; region: string; target: Record<string, unknown> }[], logging = true): Promise<void> {
  for (const n of negs) await g.negCreate(n.name, n.region, n.target);
  await g.backendServiceCreate(service);
  for (const n of negs) await g.addBackend(service, n.name, n.region);
  if (logging) await g.update('backendServices', service, (r) => void (r.logConfig = { enable: true, sampleRate: 1 }));
}

/** HTTPS with a managed certificate on example-ip, and the console's HTTP-to-HTTPS redirect on the same IP. */
async function httpsFrontend(g: Gcloud, map: string, cert = 'www-ssl-cert', domains = ['www.example.com']): Promise<void> {
  await g.addressCreate('example-ip');
  await g.managedCertificate(cert, domains);
  await g.httpsProxyCreate(`${map}-target-proxy`, map, [cert]);
  await g.forwardingRuleCreate(`${map}-forwarding-rule`, { https: `${map}-target-proxy` }, 443, 'example-ip');
  await g.urlMapImport({ name: `${map}-redirect`, defaultUrlRedirect: { redirectResponseCode: 'MOVED_PERMANENTLY_DEFAULT', httpsRedirect: true } });
  await g.httpProxyCreate(`${map}-redirect-proxy`, `${map}-redirect`);
  await g.forwardingRuleCreate(`${map}-redirect-forwarding-rule`, { http: `${map}-redirect-proxy` }, 80, 'example-ip');
}

const run = (service: string) => ({ cloudRun: { service } });

export const GUIDE: Record<string, (g: Gcloud) => Promise<GuideLb>> = {
  /** The guide's main example: Cloud Run helloworld, HTTPS with a Google-managed certificate, redirect. */
  'https-managed': async (g) => {
    await backend(g, 'helloworld-backend-service', [{ name: 'helloworld-serverless-neg', region: 'us-central1', target: run('helloworld') }]);
    await g.urlMapCreate('serverless-lb', 'helloworld-backend-service');
    await httpsFrontend(g, 'serverless-lb');
    return { start: ['--url-map', 'serverless-lb'] };
  },
  /** Multi-region: one NEG per region in one backend service; found from the HTTPS forwarding rule. */
  'multi-region': async (g) => {
    await backend(g, 'helloworld-backend-service', [
      { name: 'helloworld-neg-us', region: 'us-central1', target: run('helloworld') },
      { name: 'helloworld-neg-eu', region: 'europe-west1', target: run('helloworld') },
      { name: 'helloworld-neg-asia', region: 'asia-northeast1', target: run('helloworld') },
    ]);
    await g.urlMapCreate('global-lb', 'helloworld-backend-service');
    await httpsFrontend(g, 'global-lb', 'global-cert', ['example.com', 'www.example.com']);
    return { start: ['--forwarding-rule', 'global-lb-forwarding-rule'] };
  },
  /** Cloud CDN enabled with `backend-services update --enable-cdn --cache-mode=CACHE_ALL_STATIC`. */
  cdn: async (g) => {
    await backend(g, 'helloworld-backend-service', [{ name: 'helloworld-serverless-neg', region: 'us-central1', target: run('helloworld') }]);
    await g.update('backendServices', 'helloworld-backend-service', (r) => {
      r.enableCDN = true;
      r.cdnPolicy = { cacheMode: 'USE_ORIGIN_HEADERS' };
    });
    await g.urlMapCreate('cdn-lb', 'helloworld-backend-service');
    await httpsFrontend(g, 'cdn-lb');
    return { start: ['--address', 'example-ip'] };
  },
  /** IAP on the backend service (`--iap=enabled,oauth2-client-id=…,oauth2-client-secret=…`): the secret comes back only as its hash. */
  iap: async (g) => {
    await backend(g, 'tools-backend-service', [{ name: 'tools-serverless-neg', region: 'us-central1', target: run('tools') }]);
    await g.update('backendServices', 'tools-backend-service', (r) => void (r.iap = { enabled: true, oauth2ClientId: '123-abc.apps.googleusercontent.com', oauth2ClientSecret: IAP_SECRET }));
    await g.urlMapCreate('internal-tools', 'tools-backend-service');
    await httpsFrontend(g, 'internal-tools', 'tools-cert', ['tools.example.com']);
    return { start: ['--url-map', 'internal-tools'], env: { IAP_CLIENT_SECRET: IAP_SECRET } };
  },
  /** URL masks: one NEG for many Cloud Run services, the service taken from the host. */
  'url-mask': async (g) => {
    await backend(g, 'mask-backend-service', [{ name: 'mask-neg', region: 'us-central1', target: { cloudRun: { urlMask: '<service>.example.com' } } }]);
    await g.urlMapCreate('mask-lb', 'mask-backend-service');
    await httpsFrontend(g, 'mask-lb', 'mask-cert', ['foo.example.com', 'bar.example.com']);
    return { start: ['--url-map', 'mask-lb'] };
  },
  /** Host and path rules: `url-maps add-path-matcher` with `--path-rules=/api/*=api-backend-service`, and Cloud Functions. */
  'path-rules': async (g) => {
    await backend(g, 'web-backend-service', [{ name: 'web-neg', region: 'us-central1', target: run('web') }]);
    await backend(g, 'api-backend-service', [{ name: 'api-neg', region: 'us-central1', target: { cloudFunction: { function: 'apiHandler' } } }], false);
    await g.urlMapCreate('shop-lb', 'web-backend-service');
    await g.addPathMatcher('shop-lb', 'shop-paths', 'web-backend-service', ['shop.example.com', 'www.shop.example.com'], { '/api/*': 'api-backend-service' });
    await httpsFrontend(g, 'shop-lb', 'shop-cert', ['shop.example.com', 'www.shop.example.com']);
    return { start: ['--url-map', 'shop-lb'] };
  },
  /** Cloud Armor: a policy built by hand (`security-policies create`, `rules create 1000 --action=deny-403`), attached with `backend-services update --security-policy`. */
  'cloud-armor': async (g) => {
    await backend(g, 'helloworld-backend-service', [{ name: 'helloworld-serverless-neg', region: 'us-central1', target: run('helloworld') }]);
    await g.securityPolicy('corp-policy', ['203.0.113.0/24']);
    await g.setSecurityPolicy('helloworld-backend-service', 'corp-policy');
    await g.urlMapCreate('armored-lb', 'helloworld-backend-service');
    await httpsFrontend(g, 'armored-lb');
    return { start: ['--url-map', 'armored-lb'] };
  },
  /** HTTP only, for testing without a domain: an ephemeral IPv4 rule and a reserved IPv6 one on port 80. */
  'http-only': async (g) => {
    await backend(g, 'helloworld-backend-service', [{ name: 'helloworld-serverless-neg', region: 'us-central1', target: run('helloworld') }], false);
    await g.urlMapCreate('http-lb', 'helloworld-backend-service');
    await g.httpProxyCreate('http-lb-target-proxy', 'http-lb');
    await g.forwardingRuleCreate('http-lb-forwarding-rule', { http: 'http-lb-target-proxy' }, 80);
    await g.addressCreate('http-lb-ipv6', 'IPV6');
    await g.forwardingRuleCreate('http-lb-forwarding-rule-ipv6', { http: 'http-lb-target-proxy' }, 80, 'http-lb-ipv6', 'IPV6');
    return { start: ['--url-map', 'http-lb'] };
  },
  /** A self-managed certificate (`ssl-certificates create --certificate --private-key`): its chain passed to import. */
  'self-managed': async (g) => {
    await backend(g, 'helloworld-backend-service', [{ name: 'helloworld-serverless-neg', region: 'us-central1', target: run('helloworld') }]);
    await g.urlMapCreate('tls-lb', 'helloworld-backend-service');
    await g.addressCreate('example-ip');
    await g.selfManagedCertificate('www-example-com', readFileSync('examples/certs/example.com.pem', 'utf8'), readFileSync('examples/certs/example.com.key', 'utf8'));
    await g.httpsProxyCreate('tls-lb-target-proxy', 'tls-lb', ['www-example-com']);
    await g.forwardingRuleCreate('tls-lb-forwarding-rule', { https: 'tls-lb-target-proxy' }, 443, 'example-ip');
    return {
      start: ['--url-map', 'tls-lb'],
      flags: ['--certificate', 'www-example-com=examples/certs/example.com.pem'],
      env: { WWW_EXAMPLE_COM_PRIVATE_KEY: readFileSync('examples/certs/example.com.key', 'utf8') },
    };
  },
};

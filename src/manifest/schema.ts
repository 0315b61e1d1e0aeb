/**
 * The manifest language, written once: TypeBox builds both the TypeScript types and the JSON
 * Schema that the validator runs and editors read (schema/manifest.schema.json is generated
 * from this file by `npm run schema`; a test fails when it is stale).
 *
 * `x-message` is lb-plan's annotation: the sentence shown when a value breaks the schema's
 * pattern or bounds. Editors ignore it.
 */
import { Type as T, type Static, type TSchema, type TObject, type TProperties, type ObjectOptions } from '@sinclair/typebox';

import { NAME_PATTERN } from './language.js';

export { NAME_PATTERN, PLATFORMS, type Platform } from './language.js';
const NAME_MESSAGE = 'must be a GCP resource name: lowercase letters, digits and dashes, starting with a letter and not ending with a dash';
/** The project id pattern of the Compute discovery document (`project` path parameter). */
const PROJECT_PATTERN = '^(?:(?:[-a-z0-9]{1,63}\\.)*(?:[a-z](?:[-a-z0-9]{0,61}[a-z0-9])?):)?(?:[0-9]{1,19}|(?:[a-z0-9](?:[-a-z0-9]{0,61}[a-z0-9])?))$';
const REGION_PATTERN = '^[a-z]+(-[a-z]+)+[0-9]+$';
const RFC1035 = '^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$';

function strict<P extends TProperties>(properties: P, options: ObjectOptions = {}): TObject<P> {
  return T.Object(properties, { additionalProperties: false, ...options });
}

/** The object must set exactly one of `keys` (checked as `oneOf` of `required`, which editors understand). */
function exactlyOne(keys: readonly string[]): ObjectOptions {
  return { oneOf: keys.map((k) => ({ required: [k] })) };
}

function stringEnum<const V extends readonly string[]>(values: V, description: string): TSchema & { static: V[number] } {
  return T.Unsafe<V[number]>({ type: 'string', enum: [...values], description });
}

const gcpName = (description: string) => T.String({ pattern: NAME_PATTERN, minLength: 1, maxLength: 63, description, 'x-message': NAME_MESSAGE });

const SecretRef = strict(
  {
    env: T.Optional(T.String({ pattern: '^[A-Za-z_][A-Za-z0-9_]*$', description: 'Read the secret from this environment variable.', 'x-message': 'must be an environment variable name' })),
    file: T.Optional(T.String({ minLength: 1, description: 'Read the secret from this file (relative to the manifest).' })),
  },
  { ...exactlyOne(['env', 'file']), description: 'A secret, by reference only: never written in the manifest. Compared with GCP by hash, never printed.' },
);

const AddressSource = strict(
  {
    reserve: T.Optional(gcpName('Reserve a new global static external address with this name (Premium tier); lb-plan owns it.')),
    existing: T.Optional(gcpName('Use an existing reserved global address by name; lb-plan never changes or deletes it.')),
    ip: T.Optional(T.String({ minLength: 1, description: 'A literal IP address, such as a BYOIP address.' })),
    ephemeral: T.Optional(T.Literal(true, { description: 'Let GCP pick an ephemeral address (HTTP-only tests; the IP changes if the forwarding rule is recreated).' })),
  },
  { ...exactlyOne(['reserve', 'existing', 'ip', 'ephemeral']), description: 'Where the frontend IP address comes from.' },
);

const Certificate = strict(
  {
    managed: T.Optional(
      T.Array(T.String({ minLength: 1, description: 'A domain name, without a wildcard.' }), {
        minItems: 1,
        maxItems: 100,
        description: 'A Google-managed certificate for these domains.',
        'x-message': 'a Google-managed certificate takes 1 to 100 domains',
      }),
    ),
    selfManaged: T.Optional(
      strict(
        {
          certificate: T.String({ minLength: 1, description: 'Path of the PEM certificate chain, relative to the manifest.' }),
          privateKey: SecretRef,
        },
        { description: 'A self-managed certificate: PEM chain from a file, private key from a file or an environment variable.' },
      ),
    ),
    existing: T.Optional(gcpName('An existing SSL certificate resource, by name; lb-plan never changes or deletes it.')),
    namePrefix: T.Optional(gcpName('Prefix of the certificate resource name (lb-plan appends a content hash). Defaults to <lb>-cert.')),
    name: T.Optional(
      gcpName(
        'The full name of the certificate resource, for one lb-plan took over (lb-plan import). A certificate cannot change: a later change creates its successor under the generated name (namePrefix plus a content hash), without downtime.',
      ),
    ),
  },
  exactlyOne(['managed', 'selfManaged', 'existing']),
);

const Https = strict({
  certificates: T.Array(Certificate, {
    minItems: 1,
    maxItems: 15,
    description: 'The certificates of the target HTTPS proxy (1 to 15).',
    'x-message': 'a target HTTPS proxy takes 1 to 15 SSL certificates',
  }),
  redirectHttp: T.Optional(T.Boolean({ description: 'Also answer HTTP on port 80 with a redirect to HTTPS, on the same IP address.' })),
  quicOverride: T.Optional(stringEnum(['NONE', 'ENABLE', 'DISABLE'] as const, 'QUIC negotiation: NONE lets Google decide.')),
  sslPolicy: T.Optional(gcpName('An existing SSL policy, by name.')),
});

const Frontend = strict({
  address: AddressSource,
  ipv6: T.Optional(AddressSource),
  http: T.Optional(T.Boolean({ description: 'Serve HTTP on port 80. Defaults to true without https, false with it.' })),
  https: T.Optional(Https),
});

const urlMask = T.Optional(T.String({ minLength: 1, description: 'A URL mask: a template of your URL schema, with placeholders.' }));

const ServerlessNeg = strict(
  {
    name: T.Optional(
      gcpName('The NEG resource name, for one lb-plan took over (lb-plan import). A NEG cannot change: a later change creates its successor under the generated name (<lb>-<backend>-<hash>), without downtime.'),
    ),
    region: T.String({ pattern: REGION_PATTERN, description: 'Region of the serverless service and of its NEG.', 'x-message': 'must be a region such as us-central1' }),
    cloudRun: T.Optional(
      strict({
        service: T.Optional(T.String({ pattern: RFC1035, description: 'Cloud Run service name.', 'x-message': 'must be a Cloud Run service name (RFC 1035, 1-63 characters)' })),
        tag: T.Optional(T.String({ pattern: RFC1035, description: 'Cloud Run tag (named revision).', 'x-message': 'must be a Cloud Run tag (RFC 1035, 1-63 characters)' })),
        urlMask,
      }),
    ),
    cloudFunctions: T.Optional(
      strict({
        function: T.Optional(T.String({ minLength: 1, maxLength: 63, description: 'Cloud Functions function name (case-sensitive).' })),
        urlMask,
      }),
    ),
    appEngine: T.Optional(
      strict({
        service: T.Optional(T.String({ minLength: 1, maxLength: 63, description: 'App Engine service (default service when omitted).' })),
        version: T.Optional(T.String({ minLength: 1, maxLength: 100, description: 'App Engine version.' })),
        urlMask,
      }),
    ),
    apiGateway: T.Optional(
      strict({
        gateway: T.Optional(T.String({ minLength: 1, maxLength: 63, description: 'API Gateway gateway id (Compute beta API).' })),
        urlMask,
      }),
    ),
  },
  exactlyOne(['cloudRun', 'cloudFunctions', 'appEngine', 'apiGateway']),
);

const Cdn = strict({
  cacheMode: T.Optional(stringEnum(['CACHE_ALL_STATIC', 'USE_ORIGIN_HEADERS', 'FORCE_CACHE_ALL'] as const, 'Cloud CDN cache mode (default CACHE_ALL_STATIC).')),
  defaultTtl: T.Optional(T.Integer({ minimum: 0, maximum: 31_536_000, description: 'Seconds.' })),
  maxTtl: T.Optional(T.Integer({ minimum: 0, maximum: 31_536_000, description: 'Seconds.' })),
  clientTtl: T.Optional(T.Integer({ minimum: 0, maximum: 31_536_000, description: 'Seconds.' })),
  negativeCaching: T.Optional(T.Boolean()),
  serveWhileStale: T.Optional(T.Integer({ minimum: 0, maximum: 31_536_000, description: 'Seconds.' })),
  requestCoalescing: T.Optional(T.Boolean()),
});

const Iap = strict({
  oauth2ClientId: T.String({ minLength: 1, description: 'OAuth 2.0 client id.' }),
  oauth2ClientSecret: SecretRef,
});

export const RATE_LIMIT_INTERVALS = [10, 30, 60, 120, 180, 240, 300, 600, 900, 1200, 1800, 2700, 3600] as const;

const RateLimit = strict({
  name: T.Optional(gcpName('Name of the security policy. Defaults to <lb>-<backend>-armor.')),
  requestCount: T.Optional(T.Integer({ minimum: 1, maximum: 10_000, description: 'Requests allowed per interval and key (default 500).', 'x-message': 'must be a whole number from 1 to 10,000' })),
  intervalSec: T.Optional(T.Unsafe<(typeof RATE_LIMIT_INTERVALS)[number]>({ type: 'integer', enum: [...RATE_LIMIT_INTERVALS], description: 'Interval in seconds (default 60).' })),
  enforceOnKey: T.Optional(stringEnum(['ALL', 'IP', 'XFF_IP'] as const, 'How clients are told apart (default IP).')),
});

const SecurityPolicy = strict(
  {
    existing: T.Optional(gcpName('Attach an existing Cloud Armor security policy by name.')),
    rateLimit: T.Optional(RateLimit),
  },
  { ...exactlyOne(['existing', 'rateLimit']), description: 'Cloud Armor: attach an existing policy, or let lb-plan own the default rate-limit policy.' },
);

const Logging = T.Union([T.Boolean(), strict({ sampleRate: T.Number({ minimum: 0, maximum: 1, description: 'Fraction of requests logged, 0 to 1.' }) })], {
  description: 'Request logging: on with sample rate 1.0 by default, as the console does.',
});

const Backend = strict({
  name: T.Optional(gcpName('The backend service resource name. Defaults to <lb>-<backend key>.')),
  description: T.Optional(T.String({ maxLength: 2048 })),
  serverless: T.Array(ServerlessNeg, { minItems: 1, description: 'Serverless NEGs: one per region, all on one platform.' }),
  cdn: T.Optional(T.Union([T.Boolean(), Cdn], { description: 'Cloud CDN.' })),
  iap: T.Optional(Iap),
  securityPolicy: T.Optional(SecurityPolicy),
  logging: T.Optional(Logging),
});

const BackendRef = T.String({ minLength: 1, description: 'The key of a backend under `backends`.' });

const PathRule = strict({
  paths: T.Array(T.String({ pattern: '^/', 'x-message': 'must start with /' }), { minItems: 1 }),
  backend: BackendRef,
});

const HostRule = strict({
  hosts: T.Array(T.String({ minLength: 1 }), { minItems: 1, description: 'Host names; `*` alone or as a leading wildcard.' }),
  pathMatcher: T.Optional(
    gcpName('Name of the URL map path matcher for these hosts (defaults to one made from the first host). Host rules that name the same path matcher share it, and must then agree on backend and paths.'),
  ),
  backend: BackendRef,
  paths: T.Optional(T.Array(PathRule)),
});

const Routing = strict({
  default: BackendRef,
  hosts: T.Optional(T.Array(HostRule)),
  paths: T.Optional(T.Array(PathRule, { description: 'Path rules for every host no `hosts` entry names (the guide\'s most common routing): /api/* → api on any host. Requests matching none go to `default`.' })),
});

/** GCP runs a URL map's tests on every insert and update, and takes at most 100 (UrlMap.tests). */
export const MAX_URL_MAP_TESTS = 100;

const UrlTest = strict(
  {
    url: T.String({ pattern: '^https?://[^/?#\\s]+', description: 'A request URL: https://HOST/PATH.', 'x-message': 'must be an http or https URL such as https://shop.example.com/api/x' }),
    backend: BackendRef,
  },
  { description: 'The URL must reach this backend. Checked by validate; compiled into the URL map, where GCP checks it on every update.' },
);

/** The kinds whose resource name lb-plan otherwise derives from metadata.name alone. */
const Names = strict(
  {
    urlMap: T.Optional(gcpName('The URL map. Defaults to <lb>.')),
    redirectUrlMap: T.Optional(gcpName('The HTTP-to-HTTPS redirect URL map. Defaults to <lb>-redirect.')),
    httpProxy: T.Optional(gcpName('The target HTTP proxy. Defaults to <lb>-http-proxy.')),
    httpsProxy: T.Optional(gcpName('The target HTTPS proxy. Defaults to <lb>-https-proxy.')),
    httpForwardingRule: T.Optional(gcpName('The IPv4 HTTP forwarding rule. Defaults to <lb>-http.')),
    httpsForwardingRule: T.Optional(gcpName('The IPv4 HTTPS forwarding rule. Defaults to <lb>-https.')),
    httpForwardingRuleIpv6: T.Optional(gcpName('The IPv6 HTTP forwarding rule. Defaults to <lb>-http-ipv6.')),
    httpsForwardingRuleIpv6: T.Optional(gcpName('The IPv6 HTTPS forwarding rule. Defaults to <lb>-https-ipv6.')),
  },
  { description: 'Explicit resource names, for a load balancer built outside lb-plan (lb-plan import writes them). Unset names are derived from metadata.name.' },
);

const Metadata = strict({
  name: gcpName('Name of the load balancer: the URL map, and the prefix of every resource lb-plan creates.'),
  project: T.Optional(
    T.String({
      pattern: PROJECT_PATTERN,
      description: 'GCP project id. May be left out when the project is given where the manifest is used: --project on the command line, the project input of the Action (one manifest for several environments).',
      'x-message': 'must be a GCP project id',
    }),
  ),
  description: T.Optional(T.String({ maxLength: 1024 })),
  labels: T.Optional(T.Record(T.String(), T.String(), { description: 'Labels for the resources that take them (addresses, forwarding rules, security policies).' })),
  names: T.Optional(Names),
  adopt: T.Optional(
    T.Array(
      T.String({
        pattern:
          '^((globalAddress|securityPolicy|backendService|urlMap|targetHttpProxy|targetHttpsProxy|globalForwardingRule|sslCertificate)/|regionNetworkEndpointGroup/[a-z]+(-[a-z]+)+[0-9]+/)[a-z]([-a-z0-9]*[a-z0-9])?$',
        'x-message': 'must be a resource address such as backendService/my-lb-hello or regionNetworkEndpointGroup/us-central1/hello-neg',
      }),
      {
        description:
          'Existing resources, by address, that lb-plan may take over (it then owns and manages them). Without this, a resource with a wanted name that lb-plan does not own is an error. NEGs and certificates cannot carry an ownership marker: this list is their ownership record, accepted only while nothing outside this load balancer uses them.',
      },
    ),
  ),
});

export const ManifestSchema = strict(
  {
    apiVersion: T.Literal('lb-plan/v1'),
    kind: T.Literal('LoadBalancer'),
    metadata: Metadata,
    frontend: Frontend,
    backends: T.Record(T.String(), Backend, { minProperties: 1, description: 'Backend services, by key.' }),
    routing: T.Optional(Routing),
    tests: T.Optional(
      T.Array(UrlTest, {
        maxItems: MAX_URL_MAP_TESTS,
        description: 'URL map tests: each URL and the backend it must reach.',
        'x-message': `a URL map takes at most ${MAX_URL_MAP_TESTS} tests`,
      }),
    ),
  },
  { $id: 'https://lb-plan.dev/schema/manifest.schema.json', title: 'lb-plan load balancer manifest' },
);

export type Manifest = Static<typeof ManifestSchema>;
export type Backend = Static<typeof Backend>;
export type ServerlessNeg = Static<typeof ServerlessNeg>;
export type CertificateSpec = Static<typeof Certificate>;
export type AddressSpec = Static<typeof AddressSource>;
export type SecretRefSpec = Static<typeof SecretRef>;
export type HostRuleSpec = Static<typeof HostRule>;
export type PathRuleSpec = Static<typeof PathRule>;
export type RoutingSpec = Static<typeof Routing>;
export type NamesSpec = Static<typeof Names>;


/** The JSON Schema document written to schema/manifest.schema.json. */
export function manifestJsonSchema(): Record<string, unknown> {
  return { $schema: 'http://json-schema.org/draft-07/schema#', ...(JSON.parse(JSON.stringify(ManifestSchema)) as Record<string, unknown>) };
}

import type { ApiVersion } from '../contract/index.js';
import type { YamlPath } from '../manifest/diagnostic.js';
import type { Scope } from '../model/address.js';
import type { ResourceKind } from '../model/kinds.js';

/** A secret inside a body: where, which reference it came from, and its hash when resolved. */
export interface SecretField {
  /** Field path inside `body`, e.g. `['iap', 'oauth2ClientSecret']`. */
  readonly field: readonly string[];
  /** `env:NAME` or `file:PATH`: how the user referenced it (safe to print). */
  readonly ref: string;
  /** sha256 hex of the value; GCP reports the IAP secret as `oauth2ClientSecretSha256`. Undefined when unresolved. */
  readonly sha256: string | undefined;
}

/**
 * A field GCP does not take on insert/update but through a method of its own
 * (e.g. BackendService.securityPolicy through `setSecurityPolicy`).
 */
export interface Setter {
  readonly field: string;
  readonly method: string;
  readonly body: Readonly<Record<string, unknown>>;
}

/** One resource the manifest wants to exist, in the exact shape of its Compute insert request. */
export interface DesiredResource {
  /** `kind/name` or `kind/region/name`; unique. */
  readonly address: string;
  readonly kind: ResourceKind;
  readonly scope: Scope;
  readonly name: string;
  /** The Compute API version the resource needs (API Gateway NEGs exist only in beta). */
  readonly api: ApiVersion;
  /** The insert request body. Holds secret values only when they were resolved; see `secrets`. */
  readonly body: Readonly<Record<string, unknown>>;
  readonly secrets: readonly SecretField[];
  readonly setters: readonly Setter[];
  /** Addresses of resources that must exist before this one (it references them). */
  readonly dependsOn: readonly string[];
  /** References to resources lb-plan does not own (existing address, certificate, policy). */
  readonly references: readonly ExternalRef[];
  /** The manifest element this resource comes from. */
  readonly source: YamlPath;
  /**
   * A NEG or certificate the manifest names explicitly (a taken-over one keeps its name): the address
   * under that name and the one under lb-plan's generated name. Immutable, so a change creates the
   * successor under the generated name (src/plan/pinned.ts decides which one is wanted).
   */
  readonly pinned?: { readonly declared: string; readonly generated: string };
}

/** A resource the manifest names but lb-plan must never change or delete. */
export interface ExternalRef {
  readonly kind: ResourceKind | 'sslPolicy';
  readonly name: string;
  readonly source: YamlPath;
}

/** A serverless application a NEG points at: the end of the topology, outside Compute. */
export interface ServerlessTarget {
  readonly neg: string;
  readonly platform: 'cloudRun' | 'cloudFunctions' | 'appEngine' | 'apiGateway';
  readonly region: string;
  /** `helloworld`, `helloworld (tag test)`, or the URL mask. */
  readonly label: string;
}

/** What a manifest compiles to: the desired resources, sorted by address, and what they point at. */
export interface CompiledLoadBalancer {
  readonly name: string;
  readonly project: string;
  readonly resources: readonly DesiredResource[];
  readonly serverless: readonly ServerlessTarget[];
}

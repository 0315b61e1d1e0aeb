/**
 * The plan: inert, versioned data. Apply reads only this. It records what lb-plan observed (so a
 * stale plan is refused), what it will do to each resource and why, and the ordered steps.
 * Secret values never appear: a step body holds `{ "$secret": "env:NAME", "sha256": "…" }` instead,
 * resolved at apply time and checked against the hash.
 */
import type { ServiceChecks } from '../checks/types.js';
import type { ApiVersion } from '../contract/index.js';
import type { Scope } from '../model/address.js';
import type { ResourceKind } from '../model/kinds.js';

export const PLAN_FORMAT_VERSION = 1;

/** One action per resource. JSON renders a replacement as ["create","delete"] (Terraform's habit). */
export type Action = 'create' | 'update' | 'replace' | 'delete' | 'adopt' | 'no-op';

export interface FieldChange {
  /** `backends[0].group`, `iap.oauth2ClientSecretSha256`. */
  readonly path: string;
  readonly kind: 'added' | 'removed' | 'changed';
  readonly before?: unknown;
  readonly after?: unknown;
}

export interface ResourceChange {
  readonly address: string;
  readonly kind: ResourceKind;
  readonly scope: Scope;
  readonly name: string;
  readonly action: Action;
  /** Why, for people. Never used to decide anything. */
  readonly reason: string;
  /** For `replace`: the fields that force it (immutable resources). */
  readonly forcesReplacement: readonly string[];
  /** For a replacement through a new hashed name: the address of the resource it replaces. */
  readonly replaces?: string;
  /** Canonical before/after (secrets appear only as hashes). */
  readonly before?: Readonly<Record<string, unknown>>;
  readonly after?: Readonly<Record<string, unknown>>;
  readonly changes: readonly FieldChange[];
  /** Serving stops for a while (a forwarding rule or address recreated). */
  readonly downtime: boolean;
  /**
   * Field paths that changed outside lb-plan since its last apply (drift), which this plan restores;
   * told apart from the manifest's edits by the applied record lb-plan writes (./applied.ts).
   */
  readonly drift?: readonly string[];
  /** For the old resource of a replacement through a new name: the replacement's address (one resource to a reader). */
  readonly replacedBy?: string;
  /** For people (./review/): the load balancer part, the manifest's name for it, and the change in the manifest's words. */
  readonly review?: Review;
  /** A NEG or certificate owned by listing in metadata.adopt (it cannot carry the marker): apply checks it still carries none. */
  readonly listed?: true;
}

/** The part of the load balancer a resource belongs to, in the order a plan shows them. */
export const PARTS = ['frontend', 'certificates', 'backends', 'routing'] as const;
export type Part = (typeof PARTS)[number];

/**
 * A resource change in the manifest's words: computed by the planner (./review/), only printed by
 * the renderers. `lines` is what a created resource will be (in full), what an update or replacement
 * changes, or what a delete removes; `drift` what changed outside lb-plan and will be restored.
 */
export interface Review {
  readonly part: Part;
  /** `backends.web`, `routing`, `certificate shop-cert`, `frontend: HTTPS forwarding rule`. */
  readonly subject: string;
  readonly lines: readonly string[];
  readonly drift: readonly string[];
  /** How it is done, when that matters to a reviewer: "replaced; the old one is kept until the new one is ACTIVE". */
  readonly how?: string;
}

export type StepOperation =
  | { readonly type: 'insert'; readonly body: Readonly<Record<string, unknown>> }
  | { readonly type: 'delete' }
  /**
   * PUT (update) or PATCH with the fingerprint observed at plan time; `currentFingerprint`: with the one
   * GCP answers right before (a proxy's description patch after set* calls of the same apply changed it).
   */
  | { readonly type: 'update' | 'patch'; readonly body: Readonly<Record<string, unknown>>; readonly fingerprint?: string; readonly currentFingerprint?: boolean }
  /** A method of its own: setUrlMap, setSslCertificates, setTarget, setLabels, setSecurityPolicy, setQuicOverride, addRule… */
  | { readonly type: 'call'; readonly method: string; readonly body: Readonly<Record<string, unknown>>; readonly query?: Readonly<Record<string, string | number>> }
  /** Waits until a managed certificate is ACTIVE (bounded). */
  | { readonly type: 'waitCertificateActive' };

export interface Step {
  /** `create:backendService/lb-hello`, `setUrlMap:targetHttpsProxy/lb-https-proxy`. */
  readonly id: string;
  readonly address: string;
  readonly kind: ResourceKind;
  readonly scope: Scope;
  readonly name: string;
  readonly api: ApiVersion;
  readonly operation: StepOperation;
  /** For people: "create", "update (PUT)", "setSslCertificates". */
  readonly summary: string;
}

/** `from` runs after `to`; `rule` names the ordering rule that put it there. */
export interface Edge {
  readonly from: string;
  readonly to: string;
  readonly rule: string;
}

export interface Observed {
  readonly address: string;
  readonly id?: string;
  readonly fingerprint?: string;
  readonly labelFingerprint?: string;
  /** sha256 of the live canonical body: any out-of-band change alters it. */
  readonly digest: string;
}

export interface DnsRecord {
  readonly name: string;
  readonly type: 'A' | 'AAAA';
  /** The IP, or `(address NAME, allocated on apply)`. */
  readonly value: string;
}

export interface CertificateStatus {
  readonly name: string;
  readonly domains: readonly string[];
  readonly status: string;
}

export interface Plan {
  readonly formatVersion: typeof PLAN_FORMAT_VERSION;
  readonly lbPlanVersion: string;
  readonly createdAt: string;
  readonly manifest: { readonly file: string; readonly digest: string; readonly name: string; readonly project: string };
  /** Every live resource the plan looked at and depends on: the staleness check compares these. */
  readonly observed: readonly Observed[];
  readonly resources: readonly ResourceChange[];
  readonly steps: readonly Step[];
  readonly edges: readonly Edge[];
  readonly summary: { readonly add: number; readonly change: number; readonly destroy: number; readonly replace: number; readonly adopt: number };
  readonly warnings: readonly string[];
  /** Worth knowing, not a problem (e.g. why the Cloud Run services were not checked). */
  readonly notes?: readonly string[];
  /** What the checks of the Cloud Run services behind the NEGs found (their warnings are in `warnings` too). */
  readonly services?: ServiceChecks;
  readonly dns: readonly DnsRecord[];
  readonly certificates: readonly CertificateStatus[];
  /** The steps in waves (step ids): the steps of one wave run in parallel, after the waves before. */
  readonly waves?: readonly (readonly string[])[];
  /** Why the DNS records matter to this plan (a new IP, new domains, a certificate not ACTIVE yet); absent: nothing about them changes. */
  readonly dnsWhy?: string;
  /** Requests the live read took (one list per kind). */
  readonly readRequests: number;
  /** How the plan was made, so applying a saved plan can make it again and compare. */
  readonly settings?: { readonly waitForCertificates: boolean; readonly redirectWaits?: boolean };
}

export function hasChanges(plan: Plan): boolean {
  return plan.steps.length > 0;
}

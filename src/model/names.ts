/**
 * How lb-plan names what it creates. Names are derived from the load balancer name and the
 * manifest keys only, so any checkout computes the same names. Immutable resources (NEGs,
 * certificates) carry a content hash, so a changed one can be created beside the old one.
 */
export const MAX_NAME_LENGTH = 63;
export const NAME_REGEX = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;

export const names = {
  /** The console names the URL map after the load balancer; so do we. */
  urlMap: (lb: string) => lb,
  redirectUrlMap: (lb: string) => `${lb}-redirect`,
  httpProxy: (lb: string) => `${lb}-http-proxy`,
  httpsProxy: (lb: string) => `${lb}-https-proxy`,
  forwardingRule: (lb: string, protocol: 'http' | 'https', ipv6: boolean) => `${lb}-${protocol}${ipv6 ? '-ipv6' : ''}`,
  backendService: (lb: string, backend: string) => `${lb}-${backend}`,
  /** The region is the NEG's scope, so it is not repeated in the name; the hash covers it. */
  neg: (lb: string, backend: string, hash: string) => `${lb}-${backend}-${hash}`,
  certificate: (prefix: string, hash: string) => `${prefix}-${hash}`,
  defaultCertificatePrefix: (lb: string) => `${lb}-cert`,
  securityPolicy: (lb: string, backend: string) => `${lb}-${backend}-armor`,
} as const;

/** Explicit names a manifest may give the resources otherwise named after the load balancer (metadata.names). */
export interface ExplicitNames {
  readonly urlMap?: string;
  readonly redirectUrlMap?: string;
  readonly httpProxy?: string;
  readonly httpsProxy?: string;
  readonly httpForwardingRule?: string;
  readonly httpsForwardingRule?: string;
  readonly httpForwardingRuleIpv6?: string;
  readonly httpsForwardingRuleIpv6?: string;
}

/** The names of a load balancer's frontend resources: explicit where given, generated otherwise. */
export function frontendNames(lb: string, explicit: ExplicitNames = {}) {
  const rule = (protocol: 'http' | 'https', ipv6: boolean): string => {
    const key = `${protocol}ForwardingRule${ipv6 ? 'Ipv6' : ''}` as const;
    return explicit[key] ?? names.forwardingRule(lb, protocol, ipv6);
  };
  return {
    urlMap: explicit.urlMap ?? names.urlMap(lb),
    redirectUrlMap: explicit.redirectUrlMap ?? names.redirectUrlMap(lb),
    httpProxy: explicit.httpProxy ?? names.httpProxy(lb),
    httpsProxy: explicit.httpsProxy ?? names.httpsProxy(lb),
    forwardingRule: rule,
  } as const;
}

export type FrontendNames = ReturnType<typeof frontendNames>;

/** A name lb-plan generated for an immutable resource: `<slot>-<8 hex>`, the slot being what stays when its content changes. */
export function generatedSlot(name: string): string | undefined {
  return /^(.*)-[0-9a-f]{8}$/.exec(name)?.[1];
}

/** The description marker that says lb-plan owns a resource, and for which load balancer. */
export function ownershipMarker(lb: string): string {
  return `[managed by lb-plan: ${lb}]`;
}

const MARKER = /\[managed by lb-plan: ([a-z]([-a-z0-9]*[a-z0-9])?)\]$/;

/** Whether `name` can be a load balancer's name (metadata.name): only such a name owns anything. */
function isLbName(name: string | undefined): name is string {
  return name !== undefined && name.length <= MAX_NAME_LENGTH && NAME_REGEX.test(name);
}

/** The load balancer that owns a resource with this description, if lb-plan created it. */
export function ownerOf(description: string | undefined): string | undefined {
  const name = description ? MARKER.exec(description)?.[1] : undefined;
  return isLbName(name) ? name : undefined;
}

export function describe(lb: string, text: string | undefined): string {
  return text ? `${text} ${ownershipMarker(lb)}` : ownershipMarker(lb);
}

/** Labels lb-plan puts on resources that take labels. */
export const OWNER_LABELS = { managedBy: 'managed-by', lb: 'lb-plan-lb' } as const;

/**
 * Kinds whose description cannot change after creation (no patch of it in the API): an address or a
 * forwarding rule lb-plan adopted keeps the description it was created with, so its ownership record
 * is the labels lb-plan sets with setLabels.
 */
export const FIXED_DESCRIPTION: ReadonlySet<string> = new Set(['globalAddress', 'globalForwardingRule']);

/**
 * On a fixed-description resource handed over from one load balancer to another (a rename that keeps
 * the IP), the load balancer its marker names: the labels then count over that marker.
 */
export const HANDOVER_LABEL = 'lb-plan-from';

/** The label that carries lb-plan's applied record on kinds with labels (src/plan/applied.ts). */
export const RECORD_LABEL = 'lb-plan-applied';

/**
 * The load balancer that owns a resource, if any: its description marker; on the kinds whose
 * description cannot change, the ownership labels count where the description carries no marker,
 * or where they record a hand-over from the load balancer it names. Labels never override another
 * load balancer's marker on their own.
 */
export function ownerOfBody(kind: string, body: Readonly<Record<string, unknown>>): string | undefined {
  const marker = ownerOf(body.description as string | undefined);
  if (!FIXED_DESCRIPTION.has(kind)) return marker;
  const labels = body.labels as Record<string, string> | undefined;
  // GCP lets a label value be what no load balancer can be named (`9_x`): such a label owns nothing.
  const labelled = labels?.[OWNER_LABELS.managedBy] === 'lb-plan' ? labels[OWNER_LABELS.lb] : undefined;
  if (!isLbName(labelled)) return marker;
  return marker === undefined || marker === labelled || labels?.[HANDOVER_LABEL] === marker ? labelled : marker;
}

/** Whether a resource body says lb-plan owns it for `lb` (see `ownerOfBody`). */
export function ownsBody(kind: string, body: Readonly<Record<string, unknown>>, lb: string): boolean {
  return ownerOfBody(kind, body) === lb;
}

export function ownerLabels(lb: string): Record<string, string> {
  return { [OWNER_LABELS.managedBy]: 'lb-plan', [OWNER_LABELS.lb]: lb };
}

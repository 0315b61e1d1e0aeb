/**
 * Which load balancer owns a live resource, decided in the test from the documented contract, with
 * the marker and the label keys written out literally — never with src/'s ownedBy / ownsBody, so a
 * mistake there cannot hide itself (an oracle must not be the code under test):
 * - the description ends with `[managed by lb-plan: NAME]`;
 * - a global address or global forwarding rule (whose description cannot change after creation) is
 *   also owned through the labels `managed-by: lb-plan` and `lb-plan-lb: NAME`, where its description
 *   carries no marker, the same one, or the one named by its hand-over label `lb-plan-from`; the
 *   labels never override another load balancer's marker on their own.
 */
const MARKER_AT_END = /\[managed by lb-plan: ([a-z]([-a-z0-9]*[a-z0-9])?)\]$/;

export interface OwnedCandidate {
  readonly kind: string;
  readonly body: Readonly<Record<string, unknown>>;
}

/** The load balancer owning `r` by the contract above, or undefined. */
export function ownerByContract(r: OwnedCandidate): string | undefined {
  const description = typeof r.body.description === 'string' ? r.body.description : '';
  const marker = MARKER_AT_END.exec(description)?.[1];
  if (r.kind !== 'globalAddress' && r.kind !== 'globalForwardingRule') return marker;
  const labels = (r.body.labels ?? {}) as Record<string, string>;
  const labelled = labels['managed-by'] === 'lb-plan' ? labels['lb-plan-lb'] : undefined;
  if (labelled === undefined) return marker;
  if (marker === undefined || marker === labelled || labels['lb-plan-from'] === marker) return labelled;
  return marker;
}

export function ownedByContract(r: OwnedCandidate, lb: string): boolean {
  return ownerByContract(r) === lb;
}

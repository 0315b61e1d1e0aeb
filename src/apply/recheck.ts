/**
 * What apply re-establishes at execution time that the plan could only assume (issue 15): right
 * before a step changes or deletes an existing resource, it is still the resource the plan
 * observed (same id) and still this load balancer's (or, for an adoption, nobody else's); secret
 * references resolve only at the fields that hold secrets, and always against their hash.
 */
import { FIXED_DESCRIPTION, ownerOfBody, ownsBody } from '../model/names.js';
import type { Plan, Step } from '../plan/types.js';

/** Why `current` (the resource as GCP answers it now) must not be touched by `step`, or undefined. */
export function targetProblem(plan: Plan, step: Step, current: Readonly<Record<string, unknown>> | undefined): string | undefined {
  if (!current) return `${step.address} no longer exists; plan again`;
  const observed = plan.observed.find((o) => o.address === step.address);
  if (observed?.id !== undefined && String(current.id) !== observed.id) return `${step.address} was deleted and created again by someone else since the plan was made (id ${String(current.id)}, the plan saw ${observed.id}); plan again`;
  const lb = plan.manifest.name;
  if (ownsBody(step.kind, current, lb)) return undefined;
  const other = ownerOfBody(step.kind, current);
  const adopting = plan.resources.some((r) => r.address === step.address && (r.action === 'adopt' || r.listed === true));
  // A hand-over (an address or forwarding rule another load balancer no longer uses) was checked by the plan.
  if (adopting && (other === undefined || FIXED_DESCRIPTION.has(step.kind))) return undefined;
  if (other !== undefined) return `${step.address} belongs to load balancer "${other}"; lb-plan will not touch it`;
  return `${step.address} is not owned by lb-plan for "${lb}"; lb-plan will not change or delete it`;
}

/** Where a step body may hold a secret: a self-managed certificate's key, a backend service's IAP secret. */
const SECRET_FIELDS: Readonly<Record<string, readonly string[]>> = {
  sslCertificate: ['privateKey'],
  backendService: ['iap.oauth2ClientSecret'],
};

export function secretAllowedAt(step: Step, path: readonly string[]): boolean {
  return (SECRET_FIELDS[step.kind] ?? []).includes(path.join('.'));
}

export const SHA256_HEX = /^[0-9a-f]{64}$/;

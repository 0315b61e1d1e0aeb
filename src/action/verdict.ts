/**
 * What the apply run on a merge may do with each manifest's fresh plan, and with all of them: pure
 * decisions over the approval (approval.ts), the apply record of earlier attempts at the same commit
 * (record.ts) and the plans' digests. merge.ts does the I/O.
 */
import { approvedDigest, type Approval } from './approval.js';
import type { FailureReason } from './context.js';
import type { ManifestRecord } from './record.js';
import type { Plan } from '../plan/types.js';

/** How a merge-time plan is judged: not required, or against the merged pull request's approval (`problem` when there is none that counts). */
export type Gate = { readonly required: false } | { readonly required: true; readonly approval?: Approval; readonly problem?: string };

export type Verdict =
  /** Apply the fresh plan: it is the approved one, or (`rest`) what a failed attempt at this commit left of it. */
  | { readonly kind: 'apply'; readonly rest: boolean }
  /** Apply nothing, and that is a success: applied by an earlier attempt at this commit, or nothing left to do. */
  | { readonly kind: 'done'; readonly why: string }
  | { readonly kind: 'refuse'; readonly failure: Extract<FailureReason, 'no-approved-plan' | 'plan-changed'>; readonly why: string };

/** What judge() looks at for one manifest. */
export interface Judged {
  readonly gate: Gate;
  readonly file: string;
  /** planDigest of the fresh plan. */
  readonly digest: string;
  /** The fresh plan has no steps. */
  readonly empty: boolean;
  /** What an earlier attempt at this commit did to this manifest, if any. */
  readonly record?: ManifestRecord;
}

const APPLIED_BEFORE = 'applied by an earlier attempt of this job at this commit; a re-run applies nothing again';

/**
 * The verdict on one manifest's fresh plan. In order: an approval that does not count refuses
 * (no-approved-plan); a manifest already applied at this commit is done; the approved plan is
 * applied; so is the rest a failed attempt left (the digest it recorded); a plan with nothing to do
 * is done (nothing unreviewed can be applied); anything else is a plan that changed.
 */
export function judge(j: Judged): Verdict {
  if (j.gate.required) {
    if (j.gate.problem || !j.gate.approval) return { kind: 'refuse', failure: 'no-approved-plan', why: j.gate.problem ?? 'no approved plan' };
    if (!approvedDigest(j.gate.approval, j.file)) return { kind: 'refuse', failure: 'no-approved-plan', why: 'the pull request has no approved plan for this manifest' };
  }
  if (j.record?.status === 'applied') return { kind: 'done', why: APPLIED_BEFORE };
  if (!j.gate.required || approvedDigest(j.gate.approval!, j.file) === j.digest) return { kind: 'apply', rest: false };
  if (j.record?.status === 'failed' && j.record.rest === j.digest) return { kind: 'apply', rest: true };
  if (j.empty) return { kind: 'done', why: 'nothing to apply: the live state already matches the manifest' };
  if (j.record?.status === 'failed') {
    return { kind: 'refuse', failure: 'plan-changed', why: 'the plan differs from what the failed apply at this commit left to do (the live state changed since, or the rest was not within the approved plan)' };
  }
  return { kind: 'refuse', failure: 'plan-changed', why: 'the plan differs from the one approved in the pull request (the live state or the manifest changed since)' };
}

/**
 * The manifests that stop every apply of the run: one refused, or one that could not be planned.
 * All or nothing: reviewers approved the manifests together, so when one plan is not as approved,
 * none is applied.
 */
export function blockers(outcomes: readonly { readonly file: string; readonly verdict?: Verdict; readonly failure?: FailureReason }[]): string[] {
  return outcomes.filter((o) => o.failure !== undefined || o.verdict?.kind === 'refuse').map((o) => o.file);
}

/**
 * Whether `rest` (planned right after a failed apply) changes only what `approved` changed: every
 * resource it would touch was one the approved plan touched. A failed step can leave a resource
 * half made (an update instead of a create), but never a new resource to change.
 */
export function restWithinApproved(approved: Plan, rest: Plan): boolean {
  const touched = new Set(approved.resources.filter((r) => r.action !== 'no-op').map((r) => r.address));
  return rest.resources.every((r) => r.action === 'no-op' || touched.has(r.address));
}

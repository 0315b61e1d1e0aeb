/**
 * The approval: which plans a reviewer saw, for which pull request, at which head commit.
 *
 * The bot writes it as one hidden line at a fixed place in its own comment — the line right after
 * the comment marker — and reads it only from there (comment.ts places and finds it). Everything else in the comment (plans, names,
 * descriptions, messages) is rendered below it and escaped so that it cannot spell an HTML comment,
 * so no text a pull request brings can make, move or change an approval. Only the bot's own comment
 * is read (found by marker and author, see github.ts).
 *
 * On merge an approval counts only for the merged pull request (number and URL), only if that pull
 * request's head is the commit the plans were made for (a commit pushed after the last plan means no
 * approval), and per manifest only if a fresh plan has the same digest.
 */
import { createHash } from 'node:crypto';
import { sortKeys } from '../plan/normalize.js';
import type { Plan } from '../plan/types.js';

export interface Approval {
  /** The pull request's number. */
  readonly pr: number;
  /** The pull request's html_url. */
  readonly url: string;
  /** The head commit (pull_request.head.sha) the plans were made for. */
  readonly head: string;
  /** Plan digest by manifest file, for each manifest that had a plan. */
  readonly plans: Readonly<Record<string, string>>;
}

/** A merged pull request as GitHub's API reports it. */
export interface MergedPull {
  readonly number: number;
  readonly url: string;
  /** Its head commit when it was merged. */
  readonly headSha: string;
}

const PREFIX = '<!-- lb-plan:approval ';
const SUFFIX = ' -->';
const SHA = /^[0-9a-f]{40}$/;
const DIGEST = /^[0-9a-f]{64}$/;

/** The reviewed essence of a plan: what changes and how; not timestamps, statuses or fingerprints. */
export function planDigest(plan: Plan): string {
  const essence = {
    manifest: plan.manifest.digest,
    project: plan.manifest.project,
    resources: plan.resources.map((r) => ({ address: r.address, action: r.action, changes: r.changes })),
    steps: plan.steps.map((s) => {
      const op = s.operation as { fingerprint?: string };
      const { fingerprint: _f, ...rest } = op;
      return { id: s.id, operation: rest };
    }),
  };
  return createHash('sha256').update(JSON.stringify(sortKeys(essence))).digest('hex');
}

/** The hidden line: JSON with `<`, `>` and `&` escaped, so no value (a file name) can end the comment early. */
export function approvalLine(a: Approval): string {
  const json = JSON.stringify({ v: 1, pr: a.pr, url: a.url, head: a.head, plans: a.plans }).replace(/[<>&]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `${PREFIX}${json}${SUFFIX}`;
}

function isApproval(v: unknown): v is Approval & { v: 1 } {
  const o = v as (Partial<Approval> & { v?: unknown }) | null;
  if (!o || typeof o !== 'object' || o.v !== 1) return false;
  if (typeof o.pr !== 'number' || typeof o.url !== 'string' || typeof o.head !== 'string' || !SHA.test(o.head)) return false;
  const plans = o.plans as unknown;
  if (!plans || typeof plans !== 'object' || Array.isArray(plans)) return false;
  return Object.values(plans as Record<string, unknown>).every((d) => typeof d === 'string' && DIGEST.test(d));
}

/** The approval a line written by approvalLine holds; undefined for any other line. */
export function parseApprovalLine(line: string): Approval | undefined {
  if (!line.startsWith(PREFIX) || !line.endsWith(SUFFIX)) return undefined;
  try {
    const parsed: unknown = JSON.parse(line.slice(PREFIX.length, -SUFFIX.length));
    if (!isApproval(parsed)) return undefined;
    return { pr: parsed.pr, url: parsed.url, head: parsed.head, plans: Object.fromEntries(Object.entries(parsed.plans)) };
  } catch {
    return undefined;
  }
}

/** Why `approval` does not approve anything for the merged pull request `pr`; undefined when it does. */
export function approvalMismatch(approval: Approval | undefined, pr: MergedPull): string | undefined {
  if (!approval) return `pull request #${pr.number} has no approved plan (no plan was made for it, or it was closed since)`;
  if (approval.pr !== pr.number || approval.url !== pr.url) return `the approval in pull request #${pr.number}'s comment was made for another pull request`;
  if (approval.head !== pr.headSha) {
    return `pull request #${pr.number} was merged at \`${pr.headSha.slice(0, 7)}\`, but its last plan was made for \`${approval.head.slice(0, 7)}\`: a commit was pushed after the last plan, so no plan of what was merged was reviewed`;
  }
  return undefined;
}

/** The approved digest of `file`'s plan, if any. */
export function approvedDigest(approval: Approval, file: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(approval.plans, file) ? approval.plans[file] : undefined;
}

/**
 * The pull-request comment: one per pull request, a section per manifest. It is found again by a
 * hidden marker and its author, and carries, per manifest, the hash of the plan a reviewer saw
 * (salted with the PR's URL), which apply-on-merge compares with a fresh plan.
 */
import { createHash } from 'node:crypto';
import type { Plan } from '../plan/types.js';
import { sortKeys } from '../plan/normalize.js';

export const COMMENT_MARKER = '<!-- lb-plan:comment -->';
/** GitHub refuses comments longer than this. */
export const GITHUB_COMMENT_LIMIT = 65_536;

/** The reviewed essence of a plan: what changes and how; not timestamps, statuses or fingerprints. */
export function planHash(plan: Plan, prUrl: string): string {
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
  return createHash('sha256').update(prUrl).update('\n').update(JSON.stringify(sortKeys(essence))).digest('hex');
}

export interface Section {
  readonly file: string;
  /** Markdown of the section (plan, or what went wrong). */
  readonly body: string;
  /** The approved-plan hash, when the section shows a plan. */
  readonly hash?: string;
}

export function sectionMarker(file: string, hash: string | undefined): string {
  return `<!-- lb-plan:plan file=${encodeURIComponent(file)}${hash ? ` hash=${hash}` : ''} -->`;
}

export function commentBody(sections: readonly Section[], footer: string): string {
  const parts = [COMMENT_MARKER, '## lb-plan', ''];
  for (const s of sections) parts.push(sectionMarker(s.file, s.hash), s.body.trimEnd(), '');
  parts.push(footer);
  return parts.join('\n') + '\n';
}

/** The plan hashes a comment approved, by manifest file. */
export function approvedHashes(body: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of body.matchAll(/<!-- lb-plan:plan file=(\S+) hash=([0-9a-f]{64}) -->/g)) out.set(decodeURIComponent(m[1]!), m[2]!);
  return out;
}

/** Each section's share of the comment limit, keeping room for markers and the footer. */
export function sectionBudget(count: number): number {
  return Math.floor((GITHUB_COMMENT_LIMIT - 2_000) / Math.max(1, count));
}

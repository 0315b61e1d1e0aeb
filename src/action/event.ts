/**
 * What the triggering event says, read from the webhook payload into plain data (GitHub's shapes:
 * `pull_request` and `push` events), and what the Action does about it.
 */

/** A pull_request (or pull_request_target) event. */
export interface PullRequestEvent {
  /** opened, synchronize, closed, labeled, … */
  readonly action: string | undefined;
  readonly number: number;
  readonly url: string;
  /** pull_request.head.sha: the commit the plans are made for. */
  readonly headSha: string | undefined;
  readonly merged: boolean;
  /** The head lives in another repository: no credentials in this run. */
  readonly fork: boolean;
}

/** The pull_request actions that plan (and so record an approval). */
export const PLANNING_ACTIONS: ReadonlySet<string> = new Set(['opened', 'synchronize', 'reopened', 'ready_for_review']);

interface PayloadPull {
  number?: unknown;
  html_url?: unknown;
  merged?: unknown;
  head?: { sha?: unknown; repo?: { full_name?: unknown } | null };
  base?: { repo?: { full_name?: unknown } };
}

const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** The pull request the payload is about, if any (any event whose payload carries `pull_request`). */
export function pullRequestEvent(payload: Readonly<Record<string, unknown>>): PullRequestEvent | undefined {
  const pr = payload.pull_request as PayloadPull | undefined;
  if (!pr || typeof pr !== 'object' || typeof pr.number !== 'number' || typeof pr.html_url !== 'string') return undefined;
  const head = text(pr.head?.repo?.full_name);
  const base = text(pr.base?.repo?.full_name) ?? text((payload.repository as { full_name?: unknown } | undefined)?.full_name);
  return {
    action: text(payload.action),
    number: pr.number,
    url: pr.html_url,
    headSha: text(pr.head?.sha),
    merged: pr.merged === true,
    fork: Boolean(head && base && head !== base),
  };
}

/** What to do on a pull_request event: plan it, mark it closed, or nothing. */
export type PullRequestStep = 'plan' | 'closed-unmerged' | 'none';

/**
 * Only opened, synchronize, reopened and ready_for_review plan. A pull request closed without
 * merging loses its plans and approval; one closed by its merge is left alone (the push of the
 * merge commit applies, and nothing may plan or approve again after that). A payload without an
 * action (a hand-made one) plans.
 */
export function pullRequestStep(e: PullRequestEvent): PullRequestStep {
  if (e.action === undefined || PLANNING_ACTIONS.has(e.action)) return 'plan';
  if (e.action === 'closed' && !e.merged) return 'closed-unmerged';
  return 'none';
}

/** True for a push to the repository's default branch. */
export function isDefaultBranchPush(eventName: string, ref: string, payload: Readonly<Record<string, unknown>>): boolean {
  const branch = text((payload.repository as { default_branch?: unknown } | undefined)?.default_branch) ?? 'main';
  return eventName === 'push' && ref === `refs/heads/${branch}`;
}

/** The Action's inputs, read once into plain settings. */
export type Mode = 'plan' | 'apply' | 'auto';
export type DirectPushRule = 'fail' | 'apply' | 'skip';

/** A maintainer's plan of a pull request from a workflow_dispatch run: its number and the head commit they reviewed. */
export interface DispatchedPull {
  readonly number: number;
  readonly headSha: string;
}

export interface Settings {
  readonly manifests: string;
  readonly mode: Mode;
  readonly githubToken: string;
  readonly project?: string;
  readonly computeEndpoint?: string;
  readonly parallelism: number;
  readonly requireApprovedPlan: boolean;
  readonly onDirectPush: DirectPushRule;
  /** Names the comment (and so its approval): two workflows on one pull request each keep their own. '' = the unnamed one. */
  readonly label: string;
  /** The login the token comments as (`my-app[bot]`), when known: then no API call asks who it is. */
  readonly commentAuthor?: string;
  /** Plan this pull request (workflow_dispatch only). */
  readonly pullRequest?: DispatchedPull;
  /** A service check that warns or cannot run fails the manifest: not approvable, never applied (the CLI's --strict). */
  readonly strict?: boolean;
  /**
   * List what lb-plan owns for load balancers no manifest of the run declares (default true). Off
   * where other repositories manage load balancers in the same project: theirs are not leftovers here.
   */
  readonly reportOrphans: boolean;
}

export class InputError extends Error {}

/** A label: letters, digits, `.`, `_`, `/`, `-` and spaces, at most 64, starting with a letter or digit. */
const LABEL = /^[A-Za-z0-9][A-Za-z0-9._/ -]{0,63}$/;
/** A GitHub login, or an app's bot login (`slug[bot]`). */
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/;
const SHA = /^[0-9a-f]{40}$/;

/** The pull-request and head-sha inputs: both or neither. */
function dispatchedPull(get: (name: string) => string): DispatchedPull | undefined {
  const number = get('pull-request').trim();
  const headSha = get('head-sha').trim().toLowerCase();
  if (!number && !headSha) return undefined;
  if (!/^[1-9][0-9]{0,9}$/.test(number)) throw new InputError(`input pull-request must be a pull request number, not "${number}"`);
  if (!SHA.test(headSha)) throw new InputError('input head-sha must be the full 40-character SHA of the pull request head commit that was reviewed (it goes with pull-request)');
  return { number: Number(number), headSha };
}

export function readSettings(get: (name: string) => string): Settings {
  const oneOf = <T extends string>(name: string, value: string, allowed: readonly T[]): T => {
    if (!(allowed as readonly string[]).includes(value)) throw new InputError(`input ${name} must be one of ${allowed.join(', ')}, not "${value}"`);
    return value as T;
  };
  // The same bounds as the CLI's --parallelism (src/cli/main.ts): a whole number from 1 to 100.
  const rawParallelism = (get('parallelism') || '10').trim();
  const parallelism = /^\d+$/.test(rawParallelism) ? Number(rawParallelism) : NaN;
  if (!(parallelism >= 1 && parallelism <= 100)) throw new InputError(`input parallelism must be a whole number from 1 to 100, not "${rawParallelism.slice(0, 40)}"`);
  const bool = (name: string, dflt: boolean): boolean => {
    const v = get(name).trim().toLowerCase();
    if (v === '') return dflt;
    if (['true', 'yes', '1'].includes(v)) return true;
    if (['false', 'no', '0'].includes(v)) return false;
    throw new InputError(`input ${name} must be true or false, not "${v}"`);
  };
  const label = get('label').trim();
  if (label && !LABEL.test(label)) throw new InputError('input label must be 1 to 64 letters, digits, spaces or . _ / - (starting with a letter or digit)');
  const commentAuthor = get('comment-author').trim();
  if (commentAuthor && !LOGIN.test(commentAuthor)) throw new InputError(`input comment-author must be a GitHub login such as my-app[bot], not "${commentAuthor}"`);
  const mode = oneOf('mode', get('mode') || 'auto', ['plan', 'apply', 'auto'] as const);
  const pullRequest = dispatchedPull(get);
  if (pullRequest && mode === 'apply') throw new InputError('input pull-request plans a pull request: use it with mode plan or auto, not apply');
  return {
    manifests: get('manifests'),
    mode,
    githubToken: get('github-token'),
    project: get('project') || undefined,
    computeEndpoint: get('compute-endpoint') || undefined,
    parallelism,
    requireApprovedPlan: bool('require-approved-plan', true),
    onDirectPush: oneOf('on-direct-push', get('on-direct-push') || 'fail', ['fail', 'apply', 'skip'] as const),
    label,
    commentAuthor: commentAuthor || undefined,
    pullRequest,
    strict: bool('strict', false),
    reportOrphans: bool('report-orphans', true),
  };
}

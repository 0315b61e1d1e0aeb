/**
 * A maintainer's plan of a pull request: the way a pull request from a fork (whose own runs have no
 * credentials, so never plan) gets a plan and an approval, and so is applied when merged.
 *
 * A workflow_dispatch run of the default branch's workflow — only people with write access can start
 * one — names the pull request (`pull-request`) and the head commit the maintainer reviewed
 * (`head-sha`), and checks that commit out. lb-plan plans it only while the pull request is open and
 * its head is still that commit, and records the approval for that head in the pull request's comment,
 * exactly as a pull_request run does; the merge is then applied by the push of its merge commit like
 * any other. A commit pushed after the maintainer's plan means no approval.
 */
import type { ActionContext, ActionIo } from './context.js';
import type { PullRequestEvent } from './event.js';
import { describeGitHubError, type GitHub, type PullState } from './github.js';
import type { DispatchedPull } from './settings.js';

/** Why pull request `want` may not be planned in this run; undefined when it may. */
export function dispatchRefusal(eventName: string, pull: PullState | undefined, want: DispatchedPull): string | undefined {
  if (eventName !== 'workflow_dispatch') return `the pull-request input is for workflow_dispatch runs (a maintainer's plan of a pull request), not for ${eventName} events`;
  if (!pull) return `there is no pull request #${want.number} in this repository`;
  if (pull.state !== 'open') return `pull request #${want.number} is ${pull.merged ? 'merged' : 'closed'}: only an open pull request can be planned and approved`;
  if (pull.headSha !== want.headSha) {
    return `pull request #${want.number}'s head is now \`${pull.headSha.slice(0, 7)}\`, not the head-sha \`${want.headSha.slice(0, 7)}\` that was reviewed: review the new head and run again with its SHA`;
  }
  return undefined;
}

/** The pull request as GitHub reports it; undefined when there is none (404). */
async function currentPull(gh: GitHub, number: number): Promise<PullState | undefined> {
  try {
    return await gh.pull(number);
  } catch (e) {
    if ((e as { status?: unknown }).status === 404) return undefined;
    throw new Error(describeGitHubError(e));
  }
}

/**
 * The dispatched pull request as a pull request event to plan (action `dispatch`, at the reviewed
 * head), or undefined after saying why it may not be planned (failure-reason validation).
 */
export async function dispatchedPullEvent(want: DispatchedPull, ctx: ActionContext, gh: GitHub | undefined, io: ActionIo): Promise<PullRequestEvent | undefined> {
  const refuse = (why: string): undefined => {
    io.setOutput('changes', 'false');
    io.setOutput('failure-reason', 'validation');
    io.fail(`Not planning pull request #${want.number}: ${why}`);
    return undefined;
  };
  if (ctx.eventName !== 'workflow_dispatch') return refuse(dispatchRefusal(ctx.eventName, undefined, want)!);
  if (!gh) return refuse('the pull-request input needs the github-token input, to read the pull request and write its comment');
  const pull = await currentPull(gh, want.number);
  const why = dispatchRefusal(ctx.eventName, pull, want);
  if (why || !pull) return refuse(why ?? 'no pull request');
  io.info(`Planning pull request #${pull.number} at its head ${want.headSha.slice(0, 7)}${ctx.actor ? `, at the request of @${ctx.actor}` : ''}${pull.fork ? ' (from a fork)' : ''}.`);
  return { action: 'dispatch', number: pull.number, url: pull.url, headSha: want.headSha, merged: false, fork: pull.fork };
}

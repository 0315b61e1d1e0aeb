/** The GitHub REST calls the Action makes, through @actions/github's Octokit (GITHUB_API_URL aware). */
import * as github from '@actions/github';
import type { MergedPull } from './approval.js';
import { COMMENT_MARKER } from './comment.js';

type Octokit = ReturnType<typeof github.getOctokit>;

export interface Comment {
  readonly id: number;
  readonly body: string;
}

export class GitHub {
  private readonly octokit: Octokit;
  constructor(
    token: string,
    readonly owner: string,
    readonly repo: string,
  ) {
    this.octokit = github.getOctokit(token);
  }

  /** Who comments with this token: GET /user for a user token; GITHUB_TOKEN cannot call it and comments as github-actions[bot]. */
  async self(): Promise<string> {
    try {
      return (await this.octokit.rest.users.getAuthenticated()).data.login;
    } catch {
      return 'github-actions[bot]';
    }
  }

  /** lb-plan's comment on a pull request: the marker and the token's own author, across every page. */
  async findComment(issue: number): Promise<Comment | undefined> {
    const me = await this.self();
    const comments = await this.octokit.paginate(this.octokit.rest.issues.listComments, { owner: this.owner, repo: this.repo, issue_number: issue, per_page: 100 });
    const mine = comments.filter((c) => c.user?.login === me && (c.body ?? '').startsWith(COMMENT_MARKER));
    const last = mine.at(-1);
    return last ? { id: last.id, body: last.body ?? '' } : undefined;
  }

  /** Edits lb-plan's comment in place, or creates it: never a new comment per push. */
  async upsertComment(issue: number, body: string): Promise<{ id: number; created: boolean }> {
    const existing = await this.findComment(issue);
    if (existing) {
      await this.updateComment(existing.id, body);
      return { id: existing.id, created: false };
    }
    const created = await this.octokit.rest.issues.createComment({ owner: this.owner, repo: this.repo, issue_number: issue, body });
    return { id: created.data.id, created: true };
  }

  /** Replaces the body of comment `id`. */
  async updateComment(id: number, body: string): Promise<void> {
    await this.octokit.rest.issues.updateComment({ owner: this.owner, repo: this.repo, comment_id: id, body });
  }

  /**
   * The pull request whose merge produced commit `sha`: listed for the commit
   * (GET /repos/{owner}/{repo}/commits/{sha}/pulls), then confirmed with GET /repos/{owner}/{repo}/pulls/{number}:
   * merged, with `merge_commit_sha` equal to `sha`. An open pull request that merely contains the
   * commit, or a merged one whose merge made another commit, does not count.
   */
  async mergedPullForCommit(sha: string): Promise<MergedPull | undefined> {
    const listed = (await this.octokit.rest.repos.listPullRequestsAssociatedWithCommit({ owner: this.owner, repo: this.repo, commit_sha: sha })).data;
    for (const candidate of listed) {
      if (!candidate.merged_at || candidate.merge_commit_sha !== sha) continue;
      const pr = (await this.octokit.rest.pulls.get({ owner: this.owner, repo: this.repo, pull_number: candidate.number })).data;
      if (pr.merged && pr.merged_at && pr.merge_commit_sha === sha) return { number: pr.number, url: pr.html_url, headSha: pr.head.sha };
    }
    return undefined;
  }
}

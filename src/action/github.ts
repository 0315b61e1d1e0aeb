/** The GitHub REST calls the Action makes, through @actions/github's Octokit (GITHUB_API_URL aware). */
import * as github from '@actions/github';
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
      await this.octokit.rest.issues.updateComment({ owner: this.owner, repo: this.repo, comment_id: existing.id, body });
      return { id: existing.id, created: false };
    }
    const created = await this.octokit.rest.issues.createComment({ owner: this.owner, repo: this.repo, issue_number: issue, body });
    return { id: created.data.id, created: true };
  }

  /** The merged pull request a commit came from, if any. */
  async pullForCommit(sha: string): Promise<{ number: number; url: string } | undefined> {
    const pulls = (await this.octokit.rest.repos.listPullRequestsAssociatedWithCommit({ owner: this.owner, repo: this.repo, commit_sha: sha })).data;
    const pr = pulls.find((p) => p.merged_at) ?? pulls[0];
    return pr ? { number: pr.number, url: pr.html_url } : undefined;
  }
}

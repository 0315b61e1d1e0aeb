/** The GitHub REST calls the Action makes, through @actions/github's Octokit (GITHUB_API_URL aware). */
import * as github from '@actions/github';
import type { MergedPull } from './approval.js';
import { commentMarker } from './comment.js';

type Octokit = ReturnType<typeof github.getOctokit>;

export interface Comment {
  readonly id: number;
  readonly body: string;
  /** The comment's address on github.com (the `comment-url` output). */
  readonly url: string;
}

/** A pull request as GET /repos/{owner}/{repo}/pulls/{number} reports it (the fields the Action reads). */
export interface PullState {
  readonly number: number;
  readonly url: string;
  readonly state: string;
  readonly merged: boolean;
  readonly headSha: string;
  /** Its head lives in another repository. */
  readonly fork: boolean;
}

/**
 * A failed GitHub call in one line: the method, the path, GitHub's status and message (and, for a
 * 422, what it found invalid), so a log line says why. Anything else: its message.
 */
export function describeGitHubError(e: unknown): string {
  const err = e as { status?: unknown; message?: unknown; request?: { method?: string; url?: string }; response?: { data?: unknown } } | null;
  if (!err || typeof err.status !== 'number') return e instanceof Error ? e.message : String(e);
  const data = (err.response?.data ?? {}) as { message?: unknown; errors?: { message?: unknown }[] };
  const details = Array.isArray(data.errors) ? data.errors.flatMap((x) => (typeof x?.message === 'string' ? [x.message] : [])) : [];
  const message = [typeof data.message === 'string' ? data.message : String(err.message ?? ''), ...details].filter(Boolean).join(': ');
  const path = err.request?.url ? new URL(err.request.url, 'http://x').pathname : '';
  return `GitHub API ${err.request?.method ?? ''} ${path} answered ${err.status}: ${message}`.replace(/\s+/g, ' ').trim();
}

/** What to add to a GitHub error when its status says why: a token that may not write. */
export function githubErrorHint(e: unknown): string {
  const status = (e as { status?: unknown } | null)?.status;
  if (status === 403 || status === 404) return ' — this token cannot write pull request comments: give the job `permissions: pull-requests: write`; the tokens of Dependabot and of pull requests from forks are read-only';
  if (status === 401) return ' — the github-token input is not a valid token';
  return '';
}

export class GitHub {
  private readonly octokit: Octokit;
  /** The login this token comments as, once known (the comment-author input, a lookup, or a comment it created). */
  private me: string | undefined;
  constructor(
    token: string,
    readonly owner: string,
    readonly repo: string,
    /** Which comment ('' = the unnamed one). */
    readonly label = '',
    author?: string,
  ) {
    this.octokit = github.getOctokit(token);
    this.me = author;
  }

  /**
   * Who comments with this token, asked at most once per run and not at all when the comment-author
   * input says: GraphQL's `viewer`, which answers for every kind of token — `github-actions[bot]`
   * for GITHUB_TOKEN, `<app-slug>[bot]` for a GitHub App installation token, the user for a personal
   * token (REST's GET /user refuses installation tokens, and GET /app wants the app's JWT); then
   * GET /user. When neither answers, it says so rather than guess.
   */
  async self(): Promise<string> {
    if (this.me) return this.me;
    const errors: string[] = [];
    try {
      const r = await this.octokit.graphql<{ viewer?: { login?: unknown } }>('query { viewer { login } }');
      if (typeof r.viewer?.login === 'string' && r.viewer.login) return (this.me = r.viewer.login);
      errors.push('GraphQL viewer: no login');
    } catch (e) {
      errors.push(`GraphQL viewer: ${describeGitHubError(e)}`);
    }
    try {
      return (this.me = (await this.octokit.rest.users.getAuthenticated()).data.login);
    } catch (e) {
      errors.push(describeGitHubError(e));
    }
    throw new Error(`cannot tell which account this token comments as (${errors.join('; ')}); set the comment-author input to it, e.g. my-app[bot]`);
  }

  /**
   * lb-plan's comment (for this label) on a pull request: the marker on its first line and the
   * token's own author, across every page. Who the token is is asked only when some comment
   * carries the marker.
   */
  async findComment(issue: number): Promise<Comment | undefined> {
    const marker = commentMarker(this.label);
    const comments = await this.octokit.paginate(this.octokit.rest.issues.listComments, { owner: this.owner, repo: this.repo, issue_number: issue, per_page: 100 });
    const marked = comments.filter((c) => (c.body ?? '').split(/\r?\n/, 1)[0] === marker);
    if (marked.length === 0) return undefined;
    const me = await this.self();
    const last = marked.filter((c) => c.user?.login === me).at(-1);
    return last ? { id: last.id, body: last.body ?? '', url: last.html_url } : undefined;
  }

  /** Edits `existing` in place, or creates the comment: never a new comment per push. */
  async writeComment(issue: number, body: string, existing: Comment | undefined): Promise<{ id: number; url: string; created: boolean }> {
    if (existing) {
      const updated = await this.octokit.rest.issues.updateComment({ owner: this.owner, repo: this.repo, comment_id: existing.id, body });
      return { id: existing.id, url: updated.data.html_url, created: false };
    }
    const created = await this.octokit.rest.issues.createComment({ owner: this.owner, repo: this.repo, issue_number: issue, body });
    // The author of the comment this run created is who the token is: no need to ask again.
    if (created.data.user?.login) this.me ??= created.data.user.login;
    return { id: created.data.id, url: created.data.html_url, created: true };
  }

  /** Finds lb-plan's comment and edits it, or creates it. */
  async upsertComment(issue: number, body: string): Promise<{ id: number; url: string; created: boolean }> {
    return this.writeComment(issue, body, await this.findComment(issue));
  }

  /** A pull request as GitHub reports it now (GET /repos/{owner}/{repo}/pulls/{number}). */
  async pull(number: number): Promise<PullState> {
    const pr = (await this.octokit.rest.pulls.get({ owner: this.owner, repo: this.repo, pull_number: number })).data;
    const head = pr.head.repo?.full_name;
    return { number: pr.number, url: pr.html_url, state: pr.state, merged: pr.merged, headSha: pr.head.sha, fork: head !== `${this.owner}/${this.repo}` };
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

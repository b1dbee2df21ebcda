// A pull request's conversation as a CommentThread: issue comments, every page, posted as the token's identity.
import { CommentPermissionError, type CommentThread } from "../../core/comment/applyComment.js";
import type { Identity, ThreadComment } from "../../core/comment/commentPlan.js";
import type { Octokit } from "./githubClient.js";

/** GitHub rejects comment bodies longer than this. */
export const GITHUB_COMMENT_LIMIT = 65_536;

/** GITHUB_TOKEN (an installation token) cannot read GET /user; its comments are by this bot. */
export const ACTIONS_BOT = "github-actions[bot]";

interface HttpError {
  status?: number;
  message?: string;
}

const status = (e: unknown) => (e as HttpError).status;

/** A 401 (a bad, expired or revoked token) or a 403 that is not a rate limit (those are waited out): not posted. */
function denied(e: unknown, what: string): unknown {
  if (status(e) === 401)
    return new CommentPermissionError(
      `GitHub refused the token (${(e as HttpError).message ?? "401"}): give the action a valid \`github-token\`, or set GITHUB_TOKEN`,
    );
  if (status(e) === 403 && !/rate limit/i.test((e as HttpError).message ?? ""))
    return new CommentPermissionError(
      `the token may not ${what} (${(e as HttpError).message ?? "403"}); a pull request from a fork gets a read-only token (the README shows the workflow_run pattern that posts it safely)`,
    );
  return e;
}

export class GithubThread implements CommentThread {
  readonly maxBodyChars = GITHUB_COMMENT_LIMIT;
  readonly label: string;

  constructor(
    private readonly octokit: Octokit,
    private readonly repo: { owner: string; repo: string },
    private readonly number: number,
    /** The login to match when GET /user is closed to the token (a GitHub App's `<slug>[bot]`). */
    private readonly author: string = ACTIONS_BOT,
  ) {
    this.label = `${repo.owner}/${repo.repo}#${number}`;
  }

  async identity(): Promise<Identity> {
    try {
      const { data } = await this.octokit.rest.users.getAuthenticated();
      return { id: data.login, name: data.login };
    } catch (e) {
      // An installation token (GITHUB_TOKEN, a GitHub App's) may not read GET /user: 403. A 401 is a bad token.
      if (status(e) === 403) return { id: this.author, name: this.author };
      throw denied(e, "read this pull request");
    }
  }

  async list(): Promise<ThreadComment[]> {
    const all = await this.octokit
      .paginate(this.octokit.rest.issues.listComments, { ...this.repo, issue_number: this.number, per_page: 100 })
      .catch((e: unknown) => Promise.reject(denied(e, "read the comments of this pull request")));
    return all.map((c) => ({ id: String(c.id), body: c.body ?? "", authorId: c.user?.login ?? "" }));
  }

  async headSha(): Promise<string> {
    const { data } = await this.octokit.rest.pulls
      .get({ ...this.repo, pull_number: this.number })
      .catch((e: unknown) => Promise.reject(denied(e, "read this pull request")));
    return data.head.sha;
  }

  async create(body: string): Promise<{ id: string; url: string | null }> {
    try {
      // A POST is not repeated by the client after a 5xx or a lost answer: applyComment looks for it first.
      const { data } = await this.octokit.rest.issues.createComment({ ...this.repo, issue_number: this.number, body });
      return { id: String(data.id), url: data.html_url };
    } catch (e) {
      throw denied(e, "comment on this pull request");
    }
  }

  async update(id: string, body: string): Promise<{ id: string; url: string | null }> {
    try {
      const { data } = await this.octokit.rest.issues.updateComment({ ...this.repo, comment_id: Number(id), body });
      return { id: String(data.id), url: data.html_url };
    } catch (e) {
      throw denied(e, "edit comments on this pull request");
    }
  }

  async remove(id: string): Promise<void> {
    try {
      await this.octokit.rest.issues.deleteComment({ ...this.repo, comment_id: Number(id) });
    } catch (e) {
      if (status(e) === 404) return;
      throw denied(e, "delete comments on this pull request");
    }
  }
}

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

/** A 403 that is not a rate limit (the plugins wait those out): the token may not write here. */
function denied(e: unknown, what: string): unknown {
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
      if (status(e) === 403 || status(e) === 401) return { id: this.author, name: this.author };
      throw e;
    }
  }

  async list(): Promise<ThreadComment[]> {
    const all = await this.octokit.paginate(this.octokit.rest.issues.listComments, {
      ...this.repo,
      issue_number: this.number,
      per_page: 100,
    });
    return all.map((c) => ({ id: String(c.id), body: c.body ?? "", authorId: c.user?.login ?? "" }));
  }

  async create(body: string): Promise<{ id: string; url: string | null }> {
    try {
      // Not retried by the plugin: a lost answer may hide a comment already made (applyComment looks first).
      const { data } = await this.octokit.rest.issues.createComment({
        ...this.repo,
        issue_number: this.number,
        body,
        request: { retries: 0 },
      });
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

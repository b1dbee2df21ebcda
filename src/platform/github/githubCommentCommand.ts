// The GitHub side of a comment command: the issue_comment event that carried it, the commenter's permission, the
// pull request's head and origin, and reactions on the comment. issue_comment runs the workflow file of the default
// branch, so what runs here is never the pull request's code; the pull request is only read through the API.
import { readFileSync } from "node:fs";

import { InputError } from "../../core/errors.js";
import type { CommentEvent, CommentSource, Permission } from "../../core/registry/commentCommand.js";
import { githubApiOf } from "../detect.js";
import type { Octokit } from "./githubClient.js";

interface IssueCommentPayload {
  action?: unknown;
  comment?: { id?: unknown; body?: unknown; user?: { login?: unknown } | null };
  issue?: { number?: unknown; pull_request?: unknown };
  repository?: { full_name?: unknown };
}

/** The event of an issue_comment run, with the ids the API calls need; one line when the file is not one. */
export function readCommentEvent(env: NodeJS.ProcessEnv): CommentEvent & { commentId: number; repository: string } {
  const file = env.GITHUB_EVENT_PATH;
  if (env.GITHUB_EVENT_NAME && env.GITHUB_EVENT_NAME !== "issue_comment")
    throw new InputError(
      undefined,
      undefined,
      `comment-command runs on the issue_comment event, not on ${env.GITHUB_EVENT_NAME} (docs/comment-commands.md shows the workflow)`,
    );
  if (!file) throw new InputError(undefined, undefined, "GITHUB_EVENT_PATH is not set: no comment to read");
  let p: IssueCommentPayload;
  try {
    p = JSON.parse(readFileSync(file, "utf8")) as IssueCommentPayload;
  } catch (e) {
    throw new InputError(file, undefined, `the event payload cannot be read (${(e as Error).message})`);
  }
  const { comment, issue, repository } = p;
  const login = comment?.user?.login;
  if (
    typeof comment?.id !== "number" ||
    typeof comment.body !== "string" ||
    typeof login !== "string" ||
    typeof issue?.number !== "number" ||
    typeof repository?.full_name !== "string"
  )
    throw new InputError(
      file,
      undefined,
      "not an issue_comment payload (comment.id, comment.body, comment.user.login, issue.number and repository.full_name are required)",
    );
  return {
    action: typeof p.action === "string" ? p.action : "",
    body: comment.body,
    commenter: login,
    number: issue.number,
    // GitHub sets issue.pull_request (an object of links) when the "issue" is a pull request.
    pullRequest: issue.pull_request !== undefined && issue.pull_request !== null,
    commentId: comment.id,
    repository: repository.full_name,
  };
}

const status = (e: unknown) => (e as { status?: number }).status;

/** The calls of one comment command, on the repository the event names. */
export class GithubCommentSource implements CommentSource {
  private readonly repo: { owner: string; repo: string };

  constructor(
    private readonly octokit: Octokit,
    readonly event: CommentEvent & { commentId: number; repository: string },
  ) {
    const [owner = "", repo = ""] = event.repository.split("/");
    this.repo = { owner, repo };
  }

  async permission(user: string): Promise<Permission> {
    try {
      const { data } = await this.octokit.rest.repos.getCollaboratorPermissionLevel({ ...this.repo, username: user });
      // `permission` is the base role (maintain reads as write, triage as read, a custom role as its base).
      const p = data.permission;
      return p === "admin" || p === "write" || p === "read" ? p : "none";
    } catch (e) {
      // GitHub answers 404 for a login that is no collaborator it can tell about.
      if (status(e) === 404) return "none";
      throw e;
    }
  }

  async pullRequest(number: number): Promise<{ headSha: string; fork: boolean }> {
    const { data } = await this.octokit.rest.pulls.get({ ...this.repo, pull_number: number });
    // A deleted fork leaves head.repo null: it is no branch of this repository either.
    const head = data.head.repo?.full_name ?? null;
    return { headSha: data.head.sha, fork: head === null || head !== data.base.repo.full_name };
  }

  async react(content: "eyes" | "+1" | "-1"): Promise<void> {
    await this.octokit.rest.reactions.createForIssueComment({
      ...this.repo,
      comment_id: this.event.commentId,
      content,
    });
  }
}

/** The comment command of this run: the event GitHub wrote, and the job's token at GITHUB_API_URL. */
export async function githubCommentSourceOf(
  env: NodeJS.ProcessEnv,
  say: (line: string) => void,
): Promise<GithubCommentSource> {
  const event = readCommentEvent(env);
  const api = await githubApiOf(env);
  if (!api)
    throw new InputError(undefined, undefined, "no GitHub token (give the action `github-token`, or set GITHUB_TOKEN)");
  return new GithubCommentSource(api.octokit(say), event);
}

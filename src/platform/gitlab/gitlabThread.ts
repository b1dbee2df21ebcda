// A merge request's notes as a CommentThread, through @gitbeaker/rest: every page, as the token's own user.
import { CommentPermissionError, type CommentThread } from "../../core/comment/applyComment.js";
import type { Identity, ThreadComment } from "../../core/comment/commentPlan.js";
import type { GitlabApi } from "./gitlabClient.js";

/** GitLab rejects notes longer than this. */
export const GITLAB_NOTE_LIMIT = 1_000_000;

type Api = GitlabApi;

/** The HTTP status of a gitbeaker error, when it carries a response. */
export function gitlabStatus(e: unknown): number | undefined {
  return (e as { cause?: { response?: { status?: number } } }).cause?.response?.status;
}

function denied(e: unknown, what: string): unknown {
  const s = gitlabStatus(e);
  if (s === 401 || s === 403)
    return new CommentPermissionError(
      `the token may not ${what} (HTTP ${s}); MODELGATE_GITLAB_TOKEN needs a project access token with the api scope and at least the Reporter role`,
    );
  return e;
}

export class GitlabThread implements CommentThread {
  readonly maxBodyChars = GITLAB_NOTE_LIMIT;
  readonly label: string;

  constructor(
    private readonly api: Api,
    private readonly project: string | number,
    private readonly iid: number,
    projectPath: string,
  ) {
    this.label = `${projectPath}!${iid}`;
  }

  async identity(): Promise<Identity> {
    try {
      const me = await this.api.Users.showCurrentUser();
      return { id: String(me.id), name: me.username };
    } catch (e) {
      // A job token, an expired or a revoked token: GitLab answers 401 before any write is tried.
      throw denied(e, "read this merge request");
    }
  }

  async list(): Promise<ThreadComment[]> {
    const notes = await this.api.MergeRequestNotes.all(this.project, this.iid, {
      perPage: 100,
      sort: "asc",
      orderBy: "created_at",
    }).catch((e: unknown) => Promise.reject(denied(e, "read the notes of this merge request")));
    return notes
      .filter((n) => !n.system)
      .map((n) => ({ id: String(n.id), body: n.body, authorId: String(n.author.id) }));
  }

  async headSha(): Promise<string> {
    const mr = await this.api.MergeRequests.show(this.project, this.iid).catch((e: unknown) =>
      Promise.reject(denied(e, "read this merge request")),
    );
    return mr.sha;
  }

  async create(body: string): Promise<{ id: string; url: string | null }> {
    try {
      const note = await this.api.MergeRequestNotes.create(this.project, this.iid, body);
      return { id: String(note.id), url: null };
    } catch (e) {
      throw denied(e, "comment on this merge request");
    }
  }

  async update(id: string, body: string): Promise<{ id: string; url: string | null }> {
    try {
      const note = await this.api.MergeRequestNotes.edit(this.project, this.iid, Number(id), { body });
      return { id: String(note.id), url: null };
    } catch (e) {
      throw denied(e, "edit notes on this merge request");
    }
  }

  async remove(id: string): Promise<void> {
    try {
      await this.api.MergeRequestNotes.remove(this.project, this.iid, Number(id));
    } catch (e) {
      if (gitlabStatus(e) === 404) return;
      throw denied(e, "delete notes on this merge request");
    }
  }
}

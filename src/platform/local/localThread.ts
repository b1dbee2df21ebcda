// Outside CI the "pull request" is a file: comments posted locally land in .modelgate/comments.json (and each
// body beside it as Markdown), so a run shows exactly what it would post and re-runs update in place.
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";

import type { CommentThread } from "../../core/comment/applyComment.js";
import type { Identity, ThreadComment } from "../../core/comment/commentPlan.js";
import { GITHUB_COMMENT_LIMIT } from "../github/githubThread.js";

const ME: Identity = { id: "local", name: "local" };

export class LocalThread implements CommentThread {
  /** As strict as GitHub, so a local run shows the cut a pull request would get. */
  readonly maxBodyChars = GITHUB_COMMENT_LIMIT;
  readonly label: string;

  constructor(
    private readonly file: string,
    /** The file as the user reads it (relative to the working directory). */
    label = file,
  ) {
    this.label = label;
  }

  async identity(): Promise<Identity> {
    return ME;
  }

  async list(): Promise<ThreadComment[]> {
    try {
      return (JSON.parse(await readFile(this.file, "utf8")) as { comments: ThreadComment[] }).comments;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "ENOENT") return [];
      throw e;
    }
  }

  private async save(comments: ThreadComment[]): Promise<void> {
    await mkdir(dirname(this.file), { recursive: true });
    // Write then rename: an interrupted run never leaves half a file.
    await writeFile(`${this.file}.tmp`, `${JSON.stringify({ comments }, null, 2)}\n`);
    await rename(`${this.file}.tmp`, this.file);
  }

  private bodyFile(id: string): string {
    return join(dirname(this.file), `comment-${id}.md`);
  }

  async create(body: string): Promise<{ id: string; url: string | null }> {
    const comments = await this.list();
    const id = String(Math.max(0, ...comments.map((c) => Number(c.id))) + 1);
    await this.save([...comments, { id, body, authorId: ME.id }]);
    await writeFile(this.bodyFile(id), body);
    return { id, url: this.bodyFile(id) };
  }

  async update(id: string, body: string): Promise<{ id: string; url: string | null }> {
    const comments = await this.list();
    await this.save(comments.map((c) => (c.id === id ? { ...c, body } : c)));
    await writeFile(this.bodyFile(id), body);
    return { id, url: this.bodyFile(id) };
  }

  async remove(id: string): Promise<void> {
    await this.save((await this.list()).filter((c) => c.id !== id));
  }
}

// Outside CI the "pull request" is a file: comments posted locally land in .modelgate/comments.json (and each
// body beside it as Markdown), so a run shows exactly what it would post and re-runs update in place.
import { mkdir, readFile } from "node:fs/promises";
import { dirname, join } from "node:path";

import { z } from "zod";

import type { CommentThread } from "../../core/comment/applyComment.js";
import type { Identity, ThreadComment } from "../../core/comment/commentPlan.js";
import { InputError, jsonSyntaxProblem, unreadable } from "../../core/errors.js";
import { writeOutput } from "../../core/outputFile.js";
import { assertRegularFile } from "../../core/regularFile.js";
import { GITHUB_COMMENT_LIMIT } from "../github/githubThread.js";

const ME: Identity = { id: "local", name: "local" };

/** A comment id as this file numbers them: it names a file (`comment-<id>.md`), so only plain digits. */
const ID = /^[1-9]\d{0,14}$/;

// The file may have been edited by hand, or crafted: an id like "../../x" would write outside .modelgate.
const commentsFile = z.object({
  comments: z.array(
    z.object({
      id: z.string().regex(ID, "a comment id must be a plain number (1-15 digits)"),
      body: z.string(),
      authorId: z.string(),
    }),
  ),
});

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
      await assertRegularFile(this.file);
    } catch (e) {
      // No file yet: no comments yet.
      const cause = e instanceof InputError ? (e.cause as NodeJS.ErrnoException | undefined) : undefined;
      if (cause?.code === "ENOENT") return [];
      throw e;
    }
    const text = await readFile(this.file, "utf8").catch((e: unknown) => Promise.reject(unreadable(this.label, e)));
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (e) {
      throw new InputError(this.label, undefined, jsonSyntaxProblem(text, e));
    }
    const parsed = commentsFile.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const path = issue.path.join(".");
      throw new InputError(this.label, path ? { path } : undefined, issue.message);
    }
    return parsed.data.comments;
  }

  private async save(comments: ThreadComment[]): Promise<void> {
    await mkdir(dirname(this.file), { recursive: true });
    // Through a fresh temporary file and one rename: an interrupted run never leaves half a file, and a link planted
    // in the repository (at the file or at a fixed temporary name) is replaced, never written through.
    await writeOutput(this.file, `${JSON.stringify({ comments }, null, 2)}\n`);
  }

  private bodyFile(id: string): string {
    // Every id passed here came through the schema above or from create(); checked again since it names a file.
    if (!ID.test(id)) throw new InputError(this.label, undefined, `refused comment id ${JSON.stringify(id)}`);
    return join(dirname(this.file), `comment-${id}.md`);
  }

  async create(body: string): Promise<{ id: string; url: string | null }> {
    const comments = await this.list();
    const id = String(Math.max(0, ...comments.map((c) => Number(c.id))) + 1);
    await this.save([...comments, { id, body, authorId: ME.id }]);
    await writeOutput(this.bodyFile(id), body);
    return { id, url: this.bodyFile(id) };
  }

  async update(id: string, body: string): Promise<{ id: string; url: string | null }> {
    const file = this.bodyFile(id);
    const comments = await this.list();
    await this.save(comments.map((c) => (c.id === id ? { ...c, body } : c)));
    await writeOutput(file, body);
    return { id, url: file };
  }

  async remove(id: string): Promise<void> {
    await this.save((await this.list()).filter((c) => c.id !== id));
  }
}

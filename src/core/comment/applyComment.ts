// Carry out a comment plan on a thread so that re-running, retries and dropped connections never leave two
// comments: a create whose answer was lost is looked for before it is tried again.
import {
  type CommentMode,
  type CommentPlan,
  type Identity,
  ownComments,
  planComment,
  type ThreadComment,
} from "./commentPlan.js";

/** A pull/merge request's comments as the platform exposes them (GitHub issue comments, GitLab MR notes). */
export interface CommentThread {
  /** How the thread is named in messages, e.g. `octo/repo#12` or `group/project!7`. */
  readonly label: string;
  /** The longest body the platform accepts, in characters. */
  readonly maxBodyChars: number;
  identity(): Promise<Identity>;
  /** Every comment, across all pages. */
  list(): Promise<ThreadComment[]>;
  create(body: string): Promise<{ id: string; url: string | null }>;
  update(id: string, body: string): Promise<{ id: string; url: string | null }>;
  /** Resolves when the comment is gone, also when it already was. */
  remove(id: string): Promise<void>;
}

/** The token may read the thread but not write it (a pull request from a fork, a CI job token). */
export class CommentPermissionError extends Error {
  override readonly name = "CommentPermissionError";
}

export interface CommentOutcome {
  action: "created" | "updated" | "unchanged" | "deleted" | "none";
  /** The comment that now carries the body (none after delete). */
  id: string | null;
  url: string | null;
  /** Comments of this key removed (duplicates, or all of them in delete and recreate modes). */
  deleted: number;
  plan: CommentPlan;
}

const ATTEMPTS = 3;

async function again<T>(attempts: number, step: () => Promise<T>): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await step();
    } catch (e) {
      if (e instanceof CommentPermissionError || i >= attempts) throw e;
    }
  }
}

/** Create, or find the comment an earlier attempt created before its answer was lost. */
async function createOnce(
  thread: CommentThread,
  me: Identity,
  key: string,
  body: string,
  before: Set<string>,
): Promise<{ id: string; url: string | null }> {
  for (let i = 1; ; i++) {
    try {
      return await thread.create(body);
    } catch (e) {
      if (e instanceof CommentPermissionError || i >= ATTEMPTS) throw e;
      const made = ownComments(await again(ATTEMPTS, () => thread.list()), me, key).find((c) => !before.has(c.id));
      if (made) return made.body === body ? { id: made.id, url: null } : thread.update(made.id, body);
    }
  }
}

/** List, plan and apply: one comment for this key with this body afterwards (none in delete mode). */
export async function upsertComment(
  thread: CommentThread,
  o: { key: string; body: string; mode: CommentMode },
): Promise<CommentOutcome> {
  const me = await again(ATTEMPTS, () => thread.identity());
  const comments = await again(ATTEMPTS, () => thread.list());
  const plan = planComment({ comments, me, key: o.key, body: o.body, mode: o.mode });
  const before = new Set(comments.map((c) => c.id));
  let kept: { id: string; url: string | null } | null = plan.unchanged ? { id: plan.unchanged, url: null } : null;
  let action: CommentOutcome["action"] = plan.unchanged ? "unchanged" : "none";
  let deleted = 0;
  for (const step of plan.actions) {
    if (step.kind === "create") {
      kept = await createOnce(thread, me, o.key, step.body, before);
      action = "created";
    } else if (step.kind === "update") {
      kept = await again(ATTEMPTS, () => thread.update(step.id, step.body));
      action = "updated";
    } else {
      await again(ATTEMPTS, () => thread.remove(step.id));
      deleted++;
      if (o.mode === "delete") action = "deleted";
    }
  }
  return { action, id: kept?.id ?? null, url: kept?.url ?? null, deleted, plan };
}

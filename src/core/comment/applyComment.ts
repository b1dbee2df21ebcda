// Carry out a comment plan on a thread so that re-running, retries, dropped connections and two runs at once never
// leave two comments: a create whose answer was lost is looked for before it is tried again, and after a create the
// thread is read again so that a comment another run created meanwhile is folded into one.
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
  /** The commit the pull/merge request's head is at now, where the platform has one (not the local file). */
  headSha?(): Promise<string>;
}

/** The token may read the thread but not write it (a pull request from a fork, a CI job token), or was refused. */
export class CommentPermissionError extends Error {
  override readonly name = "CommentPermissionError";
}

/**
 * A call the platform adapter already retried as long as its budget allows (a server down, no connection, a rate
 * limit longer than it waits): not tried again here.
 */
export class CommentCallError extends Error {
  override readonly name = "CommentCallError";
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

/** Attempts of a create whose answer was lost or refused by a 5xx (the adapters do not repeat a create). */
const CREATE_ATTEMPTS = 3;

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
      if (e instanceof CommentPermissionError || e instanceof CommentCallError || i >= CREATE_ATTEMPTS) throw e;
      const made = ownComments(await thread.list(), me, key).find((c) => !before.has(c.id));
      if (made) return made.body === body ? { id: made.id, url: null } : thread.update(made.id, body);
    }
  }
}

/**
 * After a create: another run on the same pull request may have created one too between its listing and ours.
 * Every run keeps the oldest and deletes the younger ones (each run sees the same ages, so they agree), and the
 * kept comment is given this run's body.
 */
async function settle(
  thread: CommentThread,
  me: Identity,
  key: string,
  body: string,
  created: { id: string; url: string | null },
): Promise<{ kept: { id: string; url: string | null }; removed: number; replaced: "updated" | "unchanged" | null }> {
  const [oldest, ...younger] = ownComments(await thread.list(), me, key);
  for (const c of younger) await thread.remove(c.id);
  if (!oldest || oldest.id === created.id) return { kept: created, removed: younger.length, replaced: null };
  // Ours was the younger one and is gone: the older comment carries the body now.
  if (oldest.body === body)
    return { kept: { id: oldest.id, url: null }, removed: younger.length, replaced: "unchanged" };
  return { kept: await thread.update(oldest.id, body), removed: younger.length, replaced: "updated" };
}

/**
 * List, plan and apply: one comment for this key with this body afterwards (none in delete mode). Transient
 * failures are retried by the adapters (they know which calls may repeat); a create is never repeated blindly.
 */
export async function upsertComment(
  thread: CommentThread,
  o: { key: string; body: string; mode: CommentMode },
): Promise<CommentOutcome> {
  const me = await thread.identity();
  const comments = await thread.list();
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
      kept = await thread.update(step.id, step.body);
      action = "updated";
    } else {
      await thread.remove(step.id);
      deleted++;
      if (o.mode === "delete") action = "deleted";
    }
  }
  const createStep = plan.actions.find((a) => a.kind === "create");
  if (createStep && kept) {
    const s = await settle(thread, me, o.key, createStep.body, kept);
    kept = s.kept;
    deleted += s.removed;
    if (s.replaced) action = s.replaced;
  }
  return { action, id: kept?.id ?? null, url: kept?.url ?? null, deleted, plan };
}

// Which comment to create, update or delete so that a pull/merge request carries exactly one modelgate comment per
// key: computed as data from what the thread holds, then carried out by applyCommentPlan.
import { InputError } from "../errors.js";

export const COMMENT_MODES = ["update", "recreate", "delete"] as const;
export type CommentMode = (typeof COMMENT_MODES)[number];

/** A comment already on the thread, as any platform lists it. */
export interface ThreadComment {
  id: string;
  body: string;
  /** The author's stable id (GitHub user id, GitLab user id), as text. */
  authorId: string;
}

/** Who the token posts as: only this author's comments are ever touched. */
export interface Identity {
  id: string;
  name: string;
}

export type CommentAction =
  { kind: "create"; body: string } | { kind: "update"; id: string; body: string } | { kind: "delete"; id: string };

export interface CommentPlan {
  key: string;
  marker: string;
  /** In order: a new comment is created before old ones go, so a failure never leaves the thread without one. */
  actions: CommentAction[];
  /** The comment kept as it is (update mode, same body). */
  unchanged: string | null;
}

const KEY = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/** The key, checked: it is written into an HTML comment, so only a plain word may go there. */
export function checkKey(key: string): string {
  if (!KEY.test(key))
    throw new InputError(
      undefined,
      undefined,
      `--key must be 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit, not ${JSON.stringify(key)}`,
    );
  return key;
}

/** The hidden marker that names a comment's key; invisible in rendered Markdown. */
export function markerOf(key: string): string {
  return `<!-- modelgate:comment key=${checkKey(key)} -->`;
}

/** The body as posted: the marker first, so a cut body still carries it. */
export function markedBody(key: string, body: string): string {
  return `${markerOf(key)}\n${body}`;
}

/**
 * Oldest first. GitHub, GitLab and the local file number comments upwards, so ids order them even where the listing
 * does not (equal creation times): two runs settling a duplicate must agree on which one is the oldest.
 */
export function byAge(comments: ThreadComment[]): ThreadComment[] {
  if (!comments.every((c) => /^\d+$/.test(c.id))) return comments;
  return [...comments].sort((a, b) => {
    const d = BigInt(a.id) - BigInt(b.id);
    return d < 0n ? -1 : d > 0n ? 1 : 0;
  });
}

/** Ours, oldest first: written by this identity and carrying this key's marker (a user quoting it does not count). */
export function ownComments(comments: ThreadComment[], me: Identity, key: string): ThreadComment[] {
  const marker = markerOf(key);
  return byAge(comments.filter((c) => c.authorId === me.id && c.body.startsWith(marker)));
}

/**
 * The actions that leave one comment with this body (update, recreate) or none (delete). Duplicates left by an
 * earlier run or another tool are deleted; the oldest comment is the one kept, so the thread position stays.
 */
export function planComment(o: {
  comments: ThreadComment[];
  me: Identity;
  key: string;
  body: string;
  mode: CommentMode;
}): CommentPlan {
  const marker = markerOf(o.key);
  const ours = ownComments(o.comments, o.me, o.key);
  const body = markedBody(o.key, o.body);
  const deleteAll = (list: ThreadComment[]): CommentAction[] => list.map((c) => ({ kind: "delete", id: c.id }));
  if (o.mode === "delete") return { key: o.key, marker, actions: deleteAll(ours), unchanged: null };
  if (o.mode === "recreate")
    return { key: o.key, marker, actions: [{ kind: "create", body }, ...deleteAll(ours)], unchanged: null };
  const [first, ...rest] = ours;
  if (!first) return { key: o.key, marker, actions: [{ kind: "create", body }], unchanged: null };
  const keep: CommentAction[] = first.body === body ? [] : [{ kind: "update", id: first.id, body }];
  return {
    key: o.key,
    marker,
    actions: [...keep, ...deleteAll(rest)],
    unchanged: first.body === body ? first.id : null,
  };
}

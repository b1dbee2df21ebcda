// What a comment command calls in the fake GitHub beyond comments and pull requests: a user's permission on a
// repository (GitHub's legacy `permission` maps maintain to write and triage to read; a user who exists but holds no
// role reads as "read", as on a public repository; an unknown login is 404), and reactions on an issue comment (201
// for a new one, 200 when that user already reacted so, 403 for a read-only token), counted in the comment's rollup.
import type { Reply } from "./githubRoutes.js";
import type { FakeComment, FakeState, FakeToken, FakeUser } from "./githubServer.js";

export type FakeRole = "admin" | "maintain" | "write" | "triage" | "read" | "none";
export interface FakeReaction {
  id: number;
  repo: string;
  commentId: number;
  content: string;
  user: FakeUser;
  createdAt: string;
}

export interface CommentCommandContext {
  state: FakeState;
  now(): string;
  userJson(u: FakeUser): Record<string, unknown>;
}

const DOCS = "https://docs.github.com/rest";
const BASE: Record<FakeRole, string> = {
  admin: "admin",
  maintain: "write",
  write: "write",
  triage: "read",
  read: "read",
  none: "none",
};
const RANK: FakeRole[] = ["none", "read", "triage", "write", "maintain", "admin"];

/** The key of a user's role on a repository in FakeState.permissions. */
export const permissionKey = (repo: string, login: string) => `${repo}:${login}`;

export function createCommentCommandRoutes(ctx: CommentCommandContext) {
  const { state } = ctx;
  let nextReaction = 5_000_000_001;

  function commentOf(repo: string, id: number): FakeComment | undefined {
    for (const [key, list] of state.comments)
      if (key.startsWith(`${repo}#`)) {
        const found = list.find((c) => c.id === id);
        if (found) return found;
      }
    return undefined;
  }

  function reactionJson(r: FakeReaction): Record<string, unknown> {
    return {
      id: r.id,
      node_id: `REA_lADO${Buffer.from(String(r.id)).toString("base64url")}`,
      user: ctx.userJson(r.user),
      content: r.content,
      created_at: r.createdAt,
    };
  }

  return (
    method: string,
    template: string,
    params: Record<string, string>,
    body: unknown,
    who: FakeToken,
  ): Reply | undefined => {
    const repo = `${params.owner}/${params.repo}`;
    switch (`${method} ${template}`) {
      case "GET /repos/{owner}/{repo}/collaborators/{username}/permission": {
        const user = state.users.get(params.username ?? "");
        if (!user)
          return {
            status: 404,
            body: { message: "Not Found", documentation_url: `${DOCS}/collaborators/collaborators`, status: "404" },
          };
        const role = state.permissions.get(permissionKey(repo, user.login)) ?? "read";
        const at = (r: FakeRole) => RANK.indexOf(role) >= RANK.indexOf(r);
        const permissions = {
          pull: at("read"),
          triage: at("triage"),
          push: at("write"),
          maintain: at("maintain"),
          admin: at("admin"),
        };
        return {
          status: 200,
          body: {
            permission: BASE[role],
            role_name: role,
            user: { ...ctx.userJson(user), permissions, role_name: role },
          },
        };
      }
      case "POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions": {
        const doc = `${DOCS}/reactions/reactions#create-reaction-for-an-issue-comment`;
        const comment = commentOf(repo, Number(params.comment_id));
        if (!comment) return { status: 404, body: { message: "Not Found", documentation_url: doc, status: "404" } };
        if (!who.canWrite)
          return {
            status: 403,
            body: { message: "Resource not accessible by integration", documentation_url: doc, status: "403" },
          };
        const content = (body as { content: string }).content;
        const same = state.reactions.find(
          (r) => r.repo === repo && r.commentId === comment.id && r.content === content && r.user === who.user,
        );
        if (same) return { status: 200, body: reactionJson(same) };
        const made: FakeReaction = {
          id: nextReaction++,
          repo,
          commentId: comment.id,
          content,
          user: who.user,
          createdAt: ctx.now(),
        };
        state.reactions.push(made);
        const rollup = comment.reactions as Record<string, number>;
        rollup[content] = (rollup[content] ?? 0) + 1;
        rollup.total_count = (rollup.total_count ?? 0) + 1;
        return { status: 201, body: reactionJson(made) };
      }
      default:
        return undefined;
    }
  };
}

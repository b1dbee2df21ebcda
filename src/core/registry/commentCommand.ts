// Pull request comment commands: `/modelgate promote <stage>` and `/modelgate rollback <stage>`. Anyone who can
// comment can write one, so nothing in it is trusted: who wrote it, where the pull request comes from and which
// artifact the sticky comment showed are checked here, as data, before a stage moves. The platform adapter gathers
// the facts, this module decides, the command carries the decision out and answers in the thread.
import { escapeMarkdown } from "../render/escape.js";
import { safeLink } from "../render/reportRender.js";
import { parseStageName } from "./names.js";
import type { ShipMarker } from "./shipMarker.js";
import type { StageOutcome } from "./stages.js";

export type CommentAction = "promote" | "rollback";

export interface CommentCommand {
  action: CommentAction;
  stage: string;
}

/** Not a command (null), a command, or a /modelgate line that is not one: `usage` says what is wrong with it. */
export type ParsedComment = { command: CommentCommand } | { usage: string } | null;

export const COMMENT_USAGE =
  "`/modelgate promote <stage>` or `/modelgate rollback <stage>` as the comment's first line";

/** The command on a comment's first line; any other comment is none of ours. */
export function parseCommentCommand(body: string): ParsedComment {
  const words = (body.split(/\r?\n/, 1)[0] ?? "").trim().split(/\s+/);
  if (words[0] !== "/modelgate") return null;
  const [, action, stage, ...extra] = words;
  const shown = (w: string) => JSON.stringify(w.length > 40 ? `${w.slice(0, 40)}…` : w);
  if (action !== "promote" && action !== "rollback")
    return { usage: action ? `unknown command ${shown(action)}` : "no command given" };
  if (stage === undefined) return { usage: `/modelgate ${action} names no stage` };
  if (extra.length > 0) return { usage: `/modelgate ${action} takes one stage, not also ${shown(extra.join(" "))}` };
  try {
    return { command: { action, stage: parseStageName(stage, `/modelgate ${action}`) } };
  } catch (e) {
    return { usage: (e as Error).message };
  }
}

/** The commenter's base role on the repository (GitHub's `permission`: maintain counts as write, triage as read). */
export type Permission = "admin" | "write" | "read" | "none";

/** What the platform says about the comment and its pull request. */
export interface CommentRequest {
  command: CommentCommand;
  commenter: string;
  permission: Permission;
  /** modelgate.yml's registry.comment_commands.allow: absent or empty, everyone with write permission. */
  allow?: readonly string[];
  /** The comment is on a pull request (not on an issue). */
  pullRequest: boolean;
  /** The pull request's head is in another repository (or one since deleted). */
  fork: boolean;
  /** The pull request's head commit now, as the API reports it. */
  headSha: string;
  /** The ship line of modelgate's sticky comment on the pull request, if there is one. */
  marker: ShipMarker | null;
}

/** A comment as the platform delivered it (GitHub: the issue_comment event). */
export interface CommentEvent {
  /** created, edited, deleted: only a new comment is a command (an edit could re-run an old one). */
  action: string;
  body: string;
  commenter: string;
  /** The pull request (or issue) the comment is on. */
  number: number;
  pullRequest: boolean;
}

/** Where a comment command's facts come from and its reactions go: the platform's side of the command. */
export interface CommentSource {
  readonly event: CommentEvent;
  permission(user: string): Promise<Permission>;
  /** The pull request's head commit now, and whether it comes from another repository. */
  pullRequest(number: number): Promise<{ headSha: string; fork: boolean }>;
  /** A reaction on the command's comment: eyes when taken up, +1 when done, -1 when refused. */
  react(content: "eyes" | "+1" | "-1"): Promise<void>;
}

/** What the registry says about the marker's model, read once the request has passed. */
export interface StageFacts {
  /** Stages modelgate.yml declares (registry.stages) and those the model's history holds. */
  known: readonly string[];
  /** The versions the stage has stood at that a rollback returns through, oldest first (core's stageStack). */
  stack: readonly string[];
  /** The marker's version as published: its manifest's model sha256, or why it cannot be read; null if unpublished. */
  published: { modelSha256: string } | { problem: string } | null;
  /** Every published version of the model, for the line that says the marker's is not one. */
  versions: readonly string[];
}

export type CommentCheck =
  "pull-request" | "permission" | "allow" | "fork" | "marker" | "head" | "stage" | "published" | "digest" | "history";

export type CommentPlan =
  | { kind: "refuse"; check: CommentCheck; reason: string }
  | { kind: "promote"; name: string; version: string; stage: string }
  | { kind: "rollback"; name: string; stage: string; from: string; to: string };

type Refusal = Extract<CommentPlan, { kind: "refuse" }>;
const refuse = (check: CommentCheck, reason: string): Refusal => ({ kind: "refuse", check, reason });
const short = (sha: string) => sha.slice(0, 12);

/** The checks that need no registry: who asks, from where, and for the artifact the pull request shows now. */
export function checkRequest(r: CommentRequest): Refusal | { kind: "pass"; marker: ShipMarker } {
  if (!r.pullRequest) return refuse("pull-request", "comment commands act on pull requests only, not on issues");
  if (r.permission !== "write" && r.permission !== "admin")
    return refuse(
      "permission",
      `${r.commenter} has ${r.permission === "none" ? "no" : r.permission} permission on this repository; comment commands need write or admin`,
    );
  if (r.allow?.length && !r.allow.includes(r.commenter))
    return refuse(
      "allow",
      `${r.commenter} is not among the users modelgate.yml allows to run comment commands (registry.comment_commands.allow: ${r.allow.join(", ")})`,
    );
  if (r.fork)
    return refuse(
      "fork",
      "this pull request comes from a fork; comment commands act only on branches of this repository",
    );
  const m = r.marker;
  if (!m)
    return refuse(
      "marker",
      "this pull request has no modelgate comment showing what would ship (its hidden ship line); let the pull request's modelgate workflow report first",
    );
  if (m.commit !== r.headSha)
    return refuse(
      "head",
      `the modelgate comment shows commit ${short(m.commit)}, but the pull request's head is now ${short(r.headSha)}; comment again once the report for the new head is posted`,
    );
  return { kind: "pass", marker: m };
}

/** Whether to move a stage, and which, or the one line that refuses. Rollback is bound like promote: it undoes
 * only this pull request's version, and only while the stage holds it. */
export function planCommentCommand(r: CommentRequest, f: StageFacts): CommentPlan {
  const pass = checkRequest(r);
  if (pass.kind === "refuse") return pass;
  const { name, version, modelSha256 } = pass.marker;
  const { action, stage } = r.command;
  // A comment never creates a stage: a typo (`prodution`) would otherwise become a new alias of the model.
  if (!f.known.includes(stage))
    return refuse(
      "stage",
      `unknown stage ${stage}: ${f.known.length ? `${name} has ${[...f.known].sort().join(", ")}` : `${name} has no stages yet`} (declare new ones under registry.stages in modelgate.yml)`,
    );
  if (f.published === null)
    return refuse(
      "published",
      `${name} ${version} (shown in the modelgate comment) is not published yet; published: ${f.versions.join(", ") || "none"}`,
    );
  if ("problem" in f.published)
    return refuse("published", `${name} ${version}'s manifest cannot be read: ${f.published.problem}`);
  if (f.published.modelSha256 !== modelSha256)
    return refuse(
      "digest",
      `${name} ${version} as published holds the model ${short(f.published.modelSha256)}…, not the model ${short(modelSha256)}… the modelgate comment shows`,
    );
  if (action === "promote") return { kind: "promote", name, version, stage };
  const current = f.stack.at(-1);
  const before = f.stack.at(-2);
  if (current !== version)
    return refuse(
      "history",
      current === undefined
        ? `${name}@${stage} has never pointed at a version`
        : `${name}@${stage} holds ${current}, not this pull request's ${version}; a comment rolls back only its own version`,
    );
  if (before === undefined)
    return refuse("history", `nothing to roll ${name}@${stage} back to: no version held it before ${version}`);
  return { kind: "rollback", name, stage, from: version, to: before };
}

/** What the thread is told: a usage line, a refusal, the stage's move, or a failure to carry the command out. */
export type CommentAnswer =
  | { kind: "usage"; problem: string }
  | { kind: "refused"; reason: string }
  | { kind: "outcome"; name: string; outcome: Exclude<StageOutcome, { status: "refused" }> }
  | { kind: "failed"; problem: string };

/** The answer posted in the thread, in Markdown; every line from data is made inert. */
export function commentAnswer(a: CommentAnswer, run: string | undefined): string {
  const runLink = safeLink("run", run);
  const link = runLink ? ` (${runLink})` : "";
  switch (a.kind) {
    case "usage":
      return `❓ ${escapeMarkdown(a.problem)}. Usage: ${COMMENT_USAGE}.${link}\n`;
    case "refused":
      return `❌ Refused: ${escapeMarkdown(a.reason)}.${link}\n`;
    case "failed":
      return `⚠️ modelgate could not carry out this command: ${escapeMarkdown(a.problem)}.${link}\n`;
    default: {
      const o = a.outcome;
      if (o.status === "unchanged")
        return `✅ ${escapeMarkdown(`${a.name}@${o.stage}`)} already points at ${escapeMarkdown(o.version)}: nothing changed.${link}\n`;
      const e = o.event;
      const verb = e.action === "rollback" ? "Rolled back" : "Promoted";
      const from = e.previous ? ` from ${escapeMarkdown(e.previous)}` : "";
      return [
        `✅ ${verb} ${escapeMarkdown(`${a.name}@${e.stage}`)}${from} to ${escapeMarkdown(e.version)}${e.by ? ` for ${escapeMarkdown(e.by)}` : ""}.${link}`,
        ...(o.checks.length ? ["", ...o.checks.map((c) => `- ${escapeMarkdown(c)}`)] : []),
        "",
      ].join("\n");
    }
  }
}

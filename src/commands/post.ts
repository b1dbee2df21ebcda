// Posting a body as the pull/merge request comment, shared by `comment` and `report --post`. Without a thread or
// with a read-only token (a fork's pull request) nothing fails: the body goes to the job summary and a file.
import { writeFile } from "node:fs/promises";
import { join } from "node:path";

import { CommentPermissionError, upsertComment } from "../core/comment/applyComment.js";
import { COMMENT_MODES, type CommentMode, markerOf, planComment } from "../core/comment/commentPlan.js";
import { fitBody } from "../core/comment/fitBody.js";
import { InputError } from "../core/errors.js";
import type { CommandIO, Inputs } from "./io.js";
import { numberOption, shown } from "./io.js";

export interface PostRequest {
  key: string;
  body: string;
  mode: CommentMode;
  pr?: number;
  fullReport?: { label: string; url: string | null };
  dryRun?: boolean;
  /** The caller writes the job summary itself (report does, always). */
  summaryWritten?: boolean;
}

export interface PostResult {
  posted: boolean;
  action: string;
  id: string | null;
  url: string | null;
}

/** The key, mode and pull request number flags, checked. */
export function postFlags(inputs: Inputs): Pick<PostRequest, "key" | "mode" | "pr"> {
  const mode = (inputs.mode as string | undefined) ?? "update";
  if (!(COMMENT_MODES as readonly string[]).includes(mode))
    throw new InputError(
      undefined,
      undefined,
      `--mode must be one of ${COMMENT_MODES.join(", ")}, not ${JSON.stringify(mode)}`,
    );
  const key = (inputs.key as string | undefined) ?? "modelgate";
  markerOf(key); // checks the key
  const pr = numberOption("pr", inputs.pr, { min: 1, max: 2 ** 31, integer: true });
  return { key, mode: mode as CommentMode, ...(pr ? { pr } : {}) };
}

/** Not posted: say why, once, and keep the body where a person can read it (summary, log, file artifact). */
async function keepElsewhere(io: CommandIO, r: PostRequest, why: string): Promise<PostResult> {
  const file = join(io.cwd, `modelgate-comment-${r.key}.md`);
  if (r.mode !== "delete") {
    await writeFile(file, r.body);
    if (!r.summaryWritten) await io.platform.writeSummary(r.body);
  }
  io.platform.warning(
    `comment not posted: ${why}.${r.mode !== "delete" ? ` The report is in the job summary and ${shown(file, io.cwd)}.` : ""}`,
  );
  return { posted: false, action: "none", id: null, url: null };
}

/** Create, update or delete the key's comment; the body is cut to the platform's limit at a section boundary. */
export async function postComment(io: CommandIO, r: PostRequest): Promise<PostResult> {
  const thread = await io.platform.commentThread(r.pr ? { number: r.pr } : {});
  if ("unavailable" in thread) return keepElsewhere(io, r, thread.unavailable);
  // The marker goes first on its own line: the room left for the body is the limit less that line.
  const room = thread.maxBodyChars - markerOf(r.key).length - 1;
  const fitted = fitBody(r.body, { limit: room, ...(r.fullReport ? { fullReport: r.fullReport } : {}) });
  if (fitted.cut)
    io.platform.warning(
      `the comment is cut to ${thread.maxBodyChars} characters (${fitted.omitted} sections left out)`,
    );
  if (r.dryRun) {
    const plan = planComment({
      comments: await thread.list(),
      me: await thread.identity(),
      key: r.key,
      body: fitted.body,
      mode: r.mode,
    });
    const steps = plan.actions.map((a) => (a.kind === "create" ? "create" : `${a.kind} ${a.id}`));
    io.stdout(`dry run on ${thread.label}: ${steps.length ? steps.join(", ") : "nothing to change"}\n`);
    return { posted: false, action: "none", id: plan.unchanged, url: null };
  }
  try {
    const outcome = await upsertComment(thread, { key: r.key, body: fitted.body, mode: r.mode });
    const extra = outcome.deleted > 0 && r.mode !== "delete" ? ` (${outcome.deleted} old removed)` : "";
    io.platform.info(`comment ${outcome.action} on ${thread.label}${outcome.url ? `: ${outcome.url}` : ""}${extra}`);
    return { posted: outcome.action !== "none", action: outcome.action, id: outcome.id, url: outcome.url };
  } catch (e) {
    // The adapter's message says what the token lacks on its platform and how to give it.
    if (e instanceof CommentPermissionError) return keepElsewhere(io, r, e.message);
    throw e;
  }
}

/** The outputs both commands set for a posted comment. */
export function postOutputs(p: PostResult): Record<string, string | boolean> {
  return { posted: p.posted, "comment-id": p.id ?? "", "comment-url": p.url ?? "", "comment-action": p.action };
}

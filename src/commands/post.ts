// Posting a body as the pull/merge request comment, shared by `comment` and `report --post`. Without a thread, with
// a read-only or refused token (a fork's pull request) or with the platform down, nothing fails unless
// --fail-on-post-error asks: the body goes to the job summary and a file, with one warning naming the cause.
import { join } from "node:path";

import { type CommentThread, upsertComment } from "../core/comment/applyComment.js";
import { type CommentMode, markerOf, planComment } from "../core/comment/commentPlan.js";
import { fitBody } from "../core/comment/fitBody.js";
import { errorMessage, InputError } from "../core/errors.js";
import { writeOutput } from "../core/outputFile.js";
import type { CommandIO } from "./io.js";
import { humanStream, shown } from "./io.js";

export interface PostRequest {
  key: string;
  body: string;
  mode: CommentMode;
  pr?: number;
  fullReport?: { label: string; url: string | null };
  dryRun?: boolean;
  /** The caller writes the job summary itself (report does, always). */
  summaryWritten?: boolean;
  /** A refused or failed post fails the step (exit 2) after the body is kept; else it is a warning. */
  failOnPostError?: boolean;
  /** Post only if the pull/merge request's head is this commit (a number handed over by another run). */
  expectHeadSha?: string;
}

export interface PostResult {
  posted: boolean;
  action: string;
  id: string | null;
  url: string | null;
}

/** The key, mode, pull request number and safety flags of a typed input. */
export function postFlags(input: {
  key: string;
  mode: CommentMode;
  pr?: number | undefined;
  expectHeadSha?: string | undefined;
  failOnPostError: boolean;
}): Pick<PostRequest, "key" | "mode" | "pr" | "failOnPostError" | "expectHeadSha"> {
  markerOf(input.key); // checks the key
  return {
    key: input.key,
    mode: input.mode,
    ...(input.pr !== undefined ? { pr: input.pr } : {}),
    ...(input.failOnPostError ? { failOnPostError: true } : {}),
    ...(input.expectHeadSha !== undefined ? { expectHeadSha: input.expectHeadSha } : {}),
  };
}

/** Not posted: say why, once, and keep the body where a person can read it (summary, log, file artifact). */
async function keepElsewhere(io: CommandIO, r: PostRequest, why: string): Promise<PostResult> {
  const file = join(io.cwd, `modelgate-comment-${r.key}.md`);
  if (r.mode !== "delete") {
    await writeOutput(file, r.body);
    if (!r.summaryWritten) await io.platform.writeSummary(r.body);
  }
  io.platform.warning(
    `comment not posted: ${why}.${r.mode !== "delete" ? ` The report is in the job summary and ${shown(file, io.cwd)}.` : ""}`,
  );
  return { posted: false, action: "none", id: null, url: null };
}

/**
 * Why the body may not go to this thread: the pull/merge request moved on from the commit the report is for, or
 * the number came from elsewhere (a fork's run hands it over in the workflow_run pattern) and names another one.
 */
async function headMismatch(thread: CommentThread, expected: string): Promise<string | null> {
  if (!thread.headSha) return `--expect-head-sha cannot be checked on ${thread.label}`;
  const head = await thread.headSha();
  if (head === expected) return null;
  return `${thread.label}'s head is ${head.slice(0, 12)}, not ${expected.slice(0, 12)} as --expect-head-sha says (a newer push, or a number that is not this run's pull request): refused`;
}

/** Create, update or delete the key's comment; the body is cut to the platform's limit at a section boundary. */
export async function postComment(io: CommandIO, r: PostRequest): Promise<PostResult> {
  try {
    return await post(io, r);
  } catch (e) {
    // Unusable input or config (a crafted comments.json, a bad flag) is exit 2 whatever the flag says.
    if (e instanceof InputError) throw e;
    // The adapter's message says what the token lacks or which call failed, and how long it was tried.
    return refused(io, r, errorMessage(e));
  }
}

/** Not posted because the platform refused or failed: kept and warned about, or (opted in) the step fails. */
async function refused(io: CommandIO, r: PostRequest, why: string): Promise<PostResult> {
  const kept = await keepElsewhere(io, r, why);
  if (r.failOnPostError)
    throw new InputError(undefined, undefined, `comment not posted (--fail-on-post-error): ${why}`);
  return kept;
}

async function post(io: CommandIO, r: PostRequest): Promise<PostResult> {
  const thread = await io.platform.commentThread(r.pr ? { number: r.pr } : {});
  if ("unavailable" in thread) return keepElsewhere(io, r, thread.unavailable);
  if (r.expectHeadSha) {
    const mismatch = await headMismatch(thread, r.expectHeadSha);
    if (mismatch) return refused(io, r, mismatch);
  }
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
    humanStream(io)(`dry run on ${thread.label}: ${steps.length ? steps.join(", ") : "nothing to change"}\n`);
    return { posted: false, action: "none", id: plan.unchanged, url: null };
  }
  const outcome = await upsertComment(thread, { key: r.key, body: fitted.body, mode: r.mode });
  const extra = outcome.deleted > 0 && r.mode !== "delete" ? ` (${outcome.deleted} old removed)` : "";
  io.platform.info(`comment ${outcome.action} on ${thread.label}${outcome.url ? `: ${outcome.url}` : ""}${extra}`);
  return { posted: outcome.action !== "none", action: outcome.action, id: outcome.id, url: outcome.url };
}

/** The outputs both commands set for a posted comment. */
export function postOutputs(p: PostResult): Record<string, string | boolean> {
  return { posted: p.posted, "comment-id": p.id ?? "", "comment-url": p.url ?? "", "comment-action": p.action };
}

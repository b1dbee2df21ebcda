// `modelgate comment-command`: the pull request comment that started this run, checked and carried out. The facts
// come from the platform (who commented, with which permission, on which head) and from modelgate's own sticky
// comment (which model, version, commit and digest it showed); core decides; the stage moves through core's
// promote/rollback under modelgate.yml's stage rules; the answer goes back into the thread.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

import type { CommentThread } from "../../core/comment/applyComment.js";
import { ownComments } from "../../core/comment/commentPlan.js";
import { errorMessage, InputError } from "../../core/errors.js";
import {
  checkRequest,
  type CommentAnswer,
  commentAnswer,
  type CommentCommand,
  type CommentRequest,
  type CommentSource,
  parseCommentCommand,
  planCommentCommand,
  type StageFacts,
} from "../../core/registry/commentCommand.js";
import { compareVersions } from "../../core/registry/names.js";
import { identityOf, readStoredManifest } from "../../core/registry/releaseFiles.js";
import { parseShipMarker, type ShipMarker } from "../../core/registry/shipMarker.js";
import { promote, rollback, stageStack } from "../../core/registry/stages.js";
import type { RegistryStore, ReleaseRecord } from "../../core/registry/store.js";
import { stageMarkdown, stageText } from "../../core/render/registryRender.js";
import type { RunContext } from "../command.js";
import { type CommandIO, printResult } from "../io.js";
import { openRegistry } from "../registryOf.js";
import type { CommentCommandInput } from "./command.js";

/** The platform's side of the command, from the environment: GitHub's issue_comment event and token. */
export async function commentSourceOf(env: NodeJS.ProcessEnv, io: CommandIO): Promise<CommentSource> {
  if (io.platform.context.platform !== "github")
    throw new InputError(
      undefined,
      undefined,
      "comment-command reads GitHub's issue_comment event; on GitLab a relay or a manual job runs promote/rollback instead (docs/comment-commands.md)",
    );
  const { githubCommentSourceOf } = await import("../../platform/github/githubCommentCommand.js");
  return githubCommentSourceOf(env, (line) => io.platform.info(line));
}

/** The command as the CLI and the action run it. */
export async function runCommentCommandHere(
  input: CommentCommandInput,
  io: CommandIO,
  context: RunContext,
): Promise<number> {
  return runCommentCommand(input, io, context, await commentSourceOf(process.env, io));
}

/** What the command came to: for the log (and --json), the job summary, the thread, and the step's outputs. */
interface Result {
  status: "refused" | "moved" | "unchanged";
  stage: string;
  version: string;
  text: string;
  document: unknown;
  summary?: string;
  answer: CommentAnswer;
}

const refusal = (stage: string, text: string, answer: CommentAnswer): Result => ({
  status: "refused",
  stage,
  version: "",
  text: `${text}\n`,
  document: { status: "refused", reason: text },
  answer,
});

/** 0 done or not a command; 1 refused (answered in the thread); 2 unusable input. */
export async function runCommentCommand(
  input: CommentCommandInput,
  io: CommandIO,
  context: RunContext,
  source: CommentSource,
): Promise<number> {
  const { event } = source;
  // Only a new comment: an edit would run an old command again, under the edited text.
  const parsed = event.action === "created" ? parseCommentCommand(event.body) : null;
  if (!parsed) {
    printResult(io, "the comment is not a modelgate command: nothing to do\n", { status: "ignored" });
    await io.platform.setOutputs({ status: "ignored", stage: "", version: "" });
    return 0;
  }
  const thread = await io.platform.commentThread({ number: event.number });
  if ("unavailable" in thread)
    throw new InputError(undefined, undefined, `no thread to answer in: ${thread.unavailable}`);
  // Taken up, where the commenter sees it; and the token has shown it may write before anything moves.
  await source.react("eyes").catch((e: unknown) => {
    throw new InputError(
      undefined,
      undefined,
      `cannot react to the comment (${errorMessage(e)}): the job's token needs \`pull-requests: write\``,
      { cause: e },
    );
  });
  const run = io.platform.context.runUrl;
  let result: Result;
  try {
    result =
      "usage" in parsed
        ? refusal("", `usage: ${parsed.usage}`, { kind: "usage", problem: parsed.usage })
        : await carryOut(parsed.command, input, io, context, source, thread);
  } catch (e) {
    await bestEffort(io, "answer the failure", async () => {
      const problem = e instanceof InputError ? e.message : "an error, shown in the run's log";
      await thread.create(commentAnswer({ kind: "failed", problem }, run));
      await source.react("-1");
    });
    throw e;
  }
  printResult(io, result.text, result.document);
  if (result.summary) await io.platform.writeSummary(result.summary);
  await thread.create(commentAnswer(result.answer, run));
  await bestEffort(io, "react to the comment", () => source.react(result.status === "refused" ? "-1" : "+1"));
  await io.platform.setOutputs({ status: result.status, stage: result.stage, version: result.version });
  return result.status === "refused" ? 1 : 0;
}

/** Gather the facts, decide, and move the stage when the decision is to. */
async function carryOut(
  command: CommentCommand,
  input: CommentCommandInput,
  io: CommandIO,
  context: RunContext,
  source: CommentSource,
  thread: CommentThread,
): Promise<Result> {
  const { event } = source;
  const refused = (reason: string) => refusal(command.stage, `refused: ${reason}`, { kind: "refused", reason });
  // modelgate's own sticky comment: by this token's identity and carrying the key's marker, as `comment` finds it.
  const me = await thread.identity();
  const sticky = ownComments(await thread.list(), me, input.key)[0];
  const pr = event.pullRequest ? await source.pullRequest(event.number) : { headSha: "", fork: false };
  const request: CommentRequest = {
    command,
    commenter: event.commenter,
    permission: await source.permission(event.commenter),
    ...(input.allow ? { allow: input.allow } : {}),
    pullRequest: event.pullRequest,
    fork: pr.fork,
    headSha: pr.headSha,
    marker: sticky ? parseShipMarker(sticky.body) : null,
  };
  const pass = checkRequest(request);
  if (pass.kind === "refuse") return refused(pass.reason);
  const { store, approvals } = await openRegistry(input.registry, io);
  const plan = planCommentCommand(request, await stageFacts(store, pass.marker, command.stage, context));
  if (plan.kind === "refuse") return refused(plan.reason);
  const move = {
    name: plan.name,
    stage: plan.stage,
    by: event.commenter,
    approvals: await approvals(),
    commit: pr.headSha,
    run: io.platform.context.runUrl ?? null,
    rules: context.config.registry?.stages,
  };
  const outcome =
    plan.kind === "promote" ? await promote(store, { ...move, version: plan.version }) : await rollback(store, move);
  if (outcome.status === "refused") return refused(`(${outcome.rule}) ${outcome.reason}`);
  return {
    status: outcome.status === "unchanged" ? "unchanged" : "moved",
    stage: command.stage,
    version: "event" in outcome ? outcome.event.version : outcome.version,
    text: stageText(outcome, plan.name),
    document: outcome,
    ...(outcome.status === "moved" ? { summary: stageMarkdown(outcome, plan.name) } : {}),
    answer: { kind: "outcome", name: plan.name, outcome },
  };
}

/** The registry's side: the model's stages and history, and the digest of the version the sticky comment shows. */
async function stageFacts(
  store: RegistryStore,
  m: ShipMarker,
  stage: string,
  context: RunContext,
): Promise<StageFacts> {
  const releases = (await store.releases(m.name)).filter((r) => !r.draft);
  const history = await store.stageHistory(m.name);
  const release = releases.find((r) => r.version === m.version);
  return {
    known: [...new Set([...Object.keys(context.config.registry?.stages ?? {}), ...history.map((e) => e.stage)])],
    stack: stageStack(history, stage),
    published: release ? await modelDigest(store, release) : null,
    versions: releases.map((r) => r.version).sort(compareVersions),
  };
}

/** The model sha256 a published version's manifest records (the manifest checked against the store's record). */
async function modelDigest(
  store: RegistryStore,
  release: ReleaseRecord,
): Promise<{ modelSha256: string } | { problem: string }> {
  const dir = await mkdtemp(join(tmpdir(), "modelgate-comment-"));
  try {
    const read = await readStoredManifest(store, release, dir);
    return "problem" in read ? read : { modelSha256: identityOf(read.manifest).model_sha256 };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** A courtesy the result does not depend on (a reaction, the answer to a failure): a warning when it fails. */
async function bestEffort(io: CommandIO, what: string, call: () => Promise<void>): Promise<void> {
  try {
    await call();
  } catch (e) {
    io.platform.warning(`could not ${what}: ${errorMessage(e)}`);
  }
}

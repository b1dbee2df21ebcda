// Comment commands as data: which comment is a command, and for each refusal the one line that names what differs
// (permission, allowlist, fork, head commit, digest, publication, stage, history), in the order the checks run.
import { describe, expect, it } from "vitest";

import {
  checkRequest,
  commentAnswer,
  type CommentRequest,
  parseCommentCommand,
  planCommentCommand,
  type StageFacts,
} from "../../../src/core/registry/commentCommand.js";

const HEAD = "a".repeat(40);
const DIGEST = "d".repeat(64);

const request = (o: Partial<CommentRequest> = {}): CommentRequest => ({
  command: { action: "promote", stage: "staging" },
  commenter: "alice",
  permission: "write",
  pullRequest: true,
  fork: false,
  headSha: HEAD,
  marker: { name: "churn", version: "1.3.0", commit: HEAD, modelSha256: DIGEST },
  ...o,
});

const facts = (o: Partial<StageFacts> = {}): StageFacts => ({
  known: ["staging", "production"],
  stack: ["1.2.0"],
  published: { modelSha256: DIGEST },
  versions: ["1.2.0", "1.3.0"],
  ...o,
});

describe("parseCommentCommand", () => {
  it.each([
    ["/modelgate promote staging", { action: "promote", stage: "staging" }],
    ["/modelgate rollback production", { action: "rollback", stage: "production" }],
    ["  /modelgate   promote  champion-2  \r\nthanks!", { action: "promote", stage: "champion-2" }],
  ])("%j is a command", (body, command) => {
    expect(parseCommentCommand(body)).toEqual({ command });
  });

  it.each([
    "LGTM",
    "",
    "/modelgateway promote staging",
    "/Modelgate promote staging",
    "please run\n/modelgate promote staging",
    "> /modelgate promote staging",
  ])("%j is not a command", (body) => {
    expect(parseCommentCommand(body)).toBeNull();
  });

  it.each([
    ["/modelgate", "no command given"],
    ["/modelgate deploy staging", 'unknown command "deploy"'],
    ["/modelgate promote", "/modelgate promote names no stage"],
    ["/modelgate rollback staging now", '/modelgate rollback takes one stage, not also "now"'],
    [
      "/modelgate promote Prod!",
      '/modelgate promote: the stage name "Prod!" must be 1-32 characters of a-z, 0-9, "_" and "-", starting with a letter',
    ],
    ["/modelgate promote ../x", expect.stringContaining('the stage name "../x" must be')],
  ])("%j is a usage answer", (body, usage) => {
    expect(parseCommentCommand(body)).toEqual({ usage });
  });

  it("cuts a long word it quotes", () => {
    expect(parseCommentCommand(`/modelgate ${"x".repeat(500)}`)).toEqual({
      usage: `unknown command "${"x".repeat(40)}…"`,
    });
  });
});

describe("planCommentCommand", () => {
  it("promotes the version the sticky comment shows when every check holds", () => {
    expect(checkRequest(request())).toEqual({ kind: "pass", marker: request().marker });
    expect(planCommentCommand(request(), facts())).toEqual({
      kind: "promote",
      name: "churn",
      version: "1.3.0",
      stage: "staging",
    });
    expect(planCommentCommand(request({ permission: "admin", allow: ["bob", "alice"] }), facts()).kind).toBe("promote");
  });

  it("rolls back only the pull request's own version, to the one the stage held before", () => {
    const rollback = request({ command: { action: "rollback", stage: "production" } });
    expect(planCommentCommand(rollback, facts({ stack: ["1.1.0", "1.2.0", "1.3.0"] }))).toEqual({
      kind: "rollback",
      name: "churn",
      stage: "production",
      from: "1.3.0",
      to: "1.2.0",
    });
    expect(planCommentCommand(rollback, facts({ stack: ["1.3.0", "1.2.0"] }))).toEqual({
      kind: "refuse",
      check: "history",
      reason: "churn@production holds 1.2.0, not this pull request's 1.3.0; a comment rolls back only its own version",
    });
    expect(planCommentCommand(rollback, facts({ stack: ["1.3.0"] }))).toEqual({
      kind: "refuse",
      check: "history",
      reason: "nothing to roll churn@production back to: no version held it before 1.3.0",
    });
    expect(planCommentCommand(rollback, facts({ stack: [] }))).toMatchObject({
      check: "history",
      reason: "churn@production has never pointed at a version",
    });
  });

  const refusals: Array<[string, Partial<CommentRequest>, Partial<StageFacts>, string, string]> = [
    [
      "an issue, not a pull request",
      { pullRequest: false },
      {},
      "pull-request",
      "comment commands act on pull requests only, not on issues",
    ],
    [
      "read permission",
      { permission: "read" },
      {},
      "permission",
      "alice has read permission on this repository; comment commands need write or admin",
    ],
    [
      "no permission",
      { permission: "none" },
      {},
      "permission",
      "alice has no permission on this repository; comment commands need write or admin",
    ],
    [
      "a writer not in the allowlist",
      { allow: ["bob", "carol"] },
      {},
      "allow",
      "alice is not among the users modelgate.yml allows to run comment commands (registry.comment_commands.allow: bob, carol)",
    ],
    [
      "a fork",
      { fork: true },
      {},
      "fork",
      "this pull request comes from a fork; comment commands act only on branches of this repository",
    ],
    [
      "no sticky comment",
      { marker: null },
      {},
      "marker",
      "this pull request has no modelgate comment showing what would ship (its hidden ship line); let the pull request's modelgate workflow report first",
    ],
    [
      "a stale head",
      { headSha: "b".repeat(40) },
      {},
      "head",
      "the modelgate comment shows commit aaaaaaaaaaaa, but the pull request's head is now bbbbbbbbbbbb; comment again once the report for the new head is posted",
    ],
    [
      "an unknown stage",
      { command: { action: "promote", stage: "prodution" } },
      {},
      "stage",
      "unknown stage prodution: churn has production, staging (declare new ones under registry.stages in modelgate.yml)",
    ],
    [
      "a stage of a model without stages",
      {},
      { known: [] },
      "stage",
      "unknown stage staging: churn has no stages yet (declare new ones under registry.stages in modelgate.yml)",
    ],
    [
      "a version not yet published",
      {},
      { published: null, versions: ["1.2.0"] },
      "published",
      "churn 1.3.0 (shown in the modelgate comment) is not published yet; published: 1.2.0",
    ],
    [
      "no published version at all",
      {},
      { published: null, versions: [] },
      "published",
      "churn 1.3.0 (shown in the modelgate comment) is not published yet; published: none",
    ],
    [
      "an unreadable manifest",
      {},
      { published: { problem: "model/churn/v1.3.0 has no manifest.json" } },
      "published",
      "churn 1.3.0's manifest cannot be read: model/churn/v1.3.0 has no manifest.json",
    ],
    [
      "a digest mismatch",
      {},
      { published: { modelSha256: "e".repeat(64) } },
      "digest",
      "churn 1.3.0 as published holds the model eeeeeeeeeeee…, not the model dddddddddddd… the modelgate comment shows",
    ],
  ];

  it.each(refusals)("refuses %s", (_what, r, f, check, reason) => {
    expect(planCommentCommand(request(r), facts(f))).toEqual({ kind: "refuse", check, reason });
  });

  it("checks the person before the pull request, and the pull request before the artifact", () => {
    const everything = request({ permission: "read", fork: true, headSha: "b".repeat(40) });
    expect(planCommentCommand(everything, facts({ published: null }))).toMatchObject({ check: "permission" });
    expect(checkRequest(request({ fork: true, headSha: "b".repeat(40) }))).toMatchObject({ check: "fork" });
    expect(checkRequest(request({ marker: null, headSha: "b".repeat(40) }))).toMatchObject({ check: "marker" });
  });
});

describe("commentAnswer", () => {
  const run = "https://github.com/octo/models/actions/runs/7";

  it("makes what came from users inert and links the run", () => {
    expect(commentAnswer({ kind: "refused", reason: "@team <img src=x> [x](http://evil)" }, run)).toBe(
      "❌ Refused: @\u200Dteam &lt;img src=x\\> \\[x\\]\\(http\\://evil\\). ([run](https://github.com/octo/models/actions/runs/7))\n",
    );
    expect(commentAnswer({ kind: "usage", problem: "no command given" }, undefined)).toBe(
      "❓ no command given. Usage: `/modelgate promote <stage>` or `/modelgate rollback <stage>` as the comment's first line.\n",
    );
  });

  it("says what moved, from where, for whom, with the checks that held", () => {
    const event = {
      name: "churn",
      stage: "staging",
      version: "1.3.0",
      previous: "1.2.0",
      action: "promote" as const,
      by: "alice",
      at: "2026-01-01T00:00:00.000Z",
      approvals: [],
      commit: HEAD,
      run,
    };
    const moved = { status: "moved" as const, event, checks: ["gate: passed for the model dddddddddddd…"] };
    expect(commentAnswer({ kind: "outcome", name: "churn", outcome: moved }, undefined)).toBe(
      "✅ Promoted churn@\u200Dstaging from 1.2.0 to 1.3.0 for alice.\n\n- gate: passed for the model dddddddddddd…\n",
    );
    const same = { status: "unchanged" as const, stage: "staging", version: "1.3.0" };
    expect(commentAnswer({ kind: "outcome", name: "churn", outcome: same }, undefined)).toBe(
      "✅ churn@\u200Dstaging already points at 1.3.0: nothing changed.\n",
    );
  });
});

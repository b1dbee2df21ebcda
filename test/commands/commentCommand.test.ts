// `modelgate comment-command` end to end: the GitHub platform and the command's GitHub calls through the real octokit
// against the fake GitHub (every request checked against GitHub's OpenAPI description), an issue_comment payload on
// disk, modelgate's sticky comment with its ship line in the thread, and a local registry holding the gated model.
// Each test asserts what the registry's stage history, the thread and the command's reactions hold at the end.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";

import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

import { rootActionInputs } from "../../scripts/docs.js";
import { commentCommand } from "../../src/commands/commentCommand/command.js";
import { runCommentCommand } from "../../src/commands/commentCommand/run.js";
import { COMMANDS } from "../../src/commands/registry.js";
import { resolveInput } from "../../src/commands/resolve.js";
import { markedBody } from "../../src/core/comment/commentPlan.js";
import type { Config } from "../../src/core/config/config.js";
import { InputError } from "../../src/core/errors.js";
import { publish } from "../../src/core/registry/publish.js";
import { planPublish } from "../../src/core/registry/publishPlan.js";
import { type ShipMarker, shipMarkerLine } from "../../src/core/registry/shipMarker.js";
import { promote } from "../../src/core/registry/stages.js";
import { GithubCommentSource, readCommentEvent } from "../../src/platform/github/githubCommentCommand.js";
import { GithubPlatform } from "../../src/platform/github/githubPlatform.js";
import type { LocalRegistry } from "../../src/platform/local/localRegistry.js";
import { type Gated, gatedModel, localStore, request } from "../core/registry/registryFixture.js";
import type { FakeRole } from "../fakes/githubCommentCommand.js";
import { type FakeGithub, startFakeGithub } from "../fakes/githubServer.js";
import { loadGithubOpenApi } from "../fakes/openapiValidator.js";
import { MemoryPlatform } from "../memoryPlatform.js";
import { githubApiAt } from "../platform/platformHarness.js";
import { Sink } from "../support.js";

const REPO = "octo/models";
const PR = 12;
const HEAD = "a".repeat(40);
const TOKEN = "ghs_installation";
const BOT = "github-actions[bot]";

let g: Gated;
let gh: FakeGithub;
let digest: string;
let n = 0;

beforeAll(async () => {
  g = await gatedModel("cmd-comment-command");
  digest = createHash("sha256").update(readFileSync(g.model)).digest("hex");
});
afterAll(() => g.tmp.remove());
beforeEach(async () => {
  gh = await startFakeGithub();
  gh.addToken(TOKEN, { kind: "installation" });
});
afterEach(async () => {
  vi.unstubAllEnvs();
  expect(gh.violations).toEqual([]);
  await gh.close();
});

/** A registry folder with 1.2.0 and 1.3.0 of the gated model published (each from its own commit). */
async function registry(): Promise<{ store: LocalRegistry; dir: string }> {
  const dir = `reg-${++n}`;
  const { store } = await localStore(g, dir);
  for (const [version, c] of [
    ["1.2.0", "b"],
    ["1.3.0", "a"],
  ] as const) {
    const p = await planPublish(store, request(g, { version, git: { commit: c.repeat(40), branch: "main" } }));
    if (p.status !== "ready") throw new Error(p.reason);
    await publish(store, p.plan);
  }
  return { store, dir };
}

const CONFIG: Config = { version: 1, registry: { stages: { staging: {}, production: { requires: ["staging"] } } } };

interface Scenario {
  body?: string;
  action?: string;
  commenter?: string;
  role?: FakeRole;
  headRepo?: string | null;
  /** The pull request's head now (default HEAD, the commit the sticky comment shows). */
  head?: string;
  marker?: Partial<ShipMarker> | null;
  raw?: Record<string, unknown>;
}

/** The thread, the event file and the environment of an issue_comment run; the command's comment id. */
async function setUp(s: Scenario): Promise<{ env: NodeJS.ProcessEnv; commentId: number }> {
  gh.addPull(REPO, PR, s.head ?? HEAD, s.headRepo === undefined ? {} : { headRepo: s.headRepo });
  const marker =
    s.marker === null
      ? ""
      : `\n${shipMarkerLine({ name: "cancer", version: "1.3.0", commit: HEAD, modelSha256: digest, ...s.marker })}`;
  const commenter = s.commenter ?? "alice";
  gh.setPermission(REPO, commenter, s.role ?? "write");
  const [, command] = gh.seedComments(REPO, PR, [
    { login: BOT, body: markedBody("modelgate", `## ✅ modelgate: all checks pass${marker}`) },
    { login: commenter, body: s.body ?? "/modelgate promote staging" },
  ]);
  const payload = {
    action: s.action ?? "created",
    comment: { id: command!.id, body: command!.body, user: { login: commenter } },
    issue: { number: PR, pull_request: { url: `${gh.url}/repos/${REPO}/pulls/${PR}` } },
    repository: { full_name: REPO },
  };
  const file = g.tmp.file(`event-${++n}.json`);
  await writeFile(file, JSON.stringify(payload));
  const env = {
    GITHUB_ACTIONS: "true",
    GITHUB_REPOSITORY: REPO,
    GITHUB_RUN_ID: "77",
    GITHUB_SHA: "f".repeat(40),
    GITHUB_EVENT_NAME: "issue_comment",
    GITHUB_EVENT_PATH: file,
    GITHUB_ACTOR: commenter,
  };
  return { env, commentId: command!.id };
}

/** Run the command as the action would, its GitHub calls through a client tuned for tests. */
async function run(s: Scenario = {}, before?: (store: LocalRegistry) => Promise<unknown>) {
  const config = CONFIG;
  const { dir, store } = await registry();
  await before?.(store);
  const { env, commentId } = await setUp(s);
  const log = new Sink();
  const platform = new GithubPlatform(env, githubApiAt(gh.url, TOKEN), { out: log.write, err: log.write });
  const io = { cwd: g.tmp.path, json: false, stdout: log.write, stderr: log.write, platform };
  const input = resolveInput(commentCommand, { registry: `local:${dir}`, ...s.raw }, config, null, g.tmp.path);
  const source = new GithubCommentSource(
    githubApiAt(gh.url, TOKEN).octokit(() => {}),
    readCommentEvent(env),
  );
  const code = await runCommentCommand(input, io, { configFile: undefined, config }, source).catch((e: unknown) => e);
  const answers = gh
    .comments(REPO, PR)
    .slice(2)
    .map((c) => c.body);
  return { code, log: log.text, store, answers, reactions: gh.reactions(REPO, commentId) };
}

const stages = async (store: LocalRegistry) =>
  (await store.stageHistory("cancer")).map(
    (e) => `${e.stage}=${e.version} by ${e.by} at ${e.commit?.slice(0, 4) ?? "-"}`,
  );

describe("a command that is carried out", () => {
  it("promotes the version the sticky comment shows, answers in the thread and reacts", async () => {
    const r = await run();
    expect(r.code).toBe(0);
    expect(await stages(r.store)).toEqual(["staging=1.3.0 by alice at aaaa"]);
    expect(r.answers).toEqual([
      "✅ Promoted cancer@\u200Dstaging to 1.3.0 for alice. ([run](https://github.com/octo/models/actions/runs/77))\n\n" +
        `- gate: passed for the model ${digest.slice(0, 12)}…\n`,
    ]);
    expect(r.reactions).toEqual([`eyes by ${BOT}`, `+1 by ${BOT}`]);
    expect(r.log).toContain("moved cancer@staging to 1.3.0 (promote by alice)");
    expect(r.log).toContain("::set-output name=status::moved");
    // What the command read: the permission, the pull request, the thread; nothing of the pull request's code.
    const calls = gh.requests.map((q) => `${q.method} ${q.operation}`);
    expect(calls).toContain("GET /repos/{owner}/{repo}/collaborators/{username}/permission");
    expect(calls).toContain("GET /repos/{owner}/{repo}/pulls/{pull_number}");
  });

  it("rolls back this pull request's version to the one the stage held before", async () => {
    const r = await run({ body: "/modelgate rollback staging" }, async (store) => {
      const move = { name: "cancer", stage: "staging", by: "bob", approvals: [], commit: null, run: null };
      for (const version of ["1.2.0", "1.3.0"]) await promote(store, { ...move, version });
    });
    expect(r.code).toBe(0);
    expect(await stages(r.store)).toEqual([
      "staging=1.2.0 by bob at -",
      "staging=1.3.0 by bob at -",
      "staging=1.2.0 by alice at aaaa",
    ]);
    expect(r.answers).toEqual([
      "✅ Rolled back cancer@\u200Dstaging from 1.3.0 to 1.2.0 for alice. ([run](https://github.com/octo/models/actions/runs/77))\n",
    ]);
    expect(r.reactions).toEqual([`eyes by ${BOT}`, `+1 by ${BOT}`]);
  });

  it("ignores a comment that is no command, and an edited one: no answer, no reaction, exit 0", async () => {
    for (const s of [{ body: "LGTM, ship it" }, { action: "edited" }]) {
      const r = await run(s);
      expect(r.code).toBe(0);
      expect(r.answers).toEqual([]);
      expect(r.reactions).toEqual([]);
      expect(r.log).toContain("the comment is not a modelgate command: nothing to do");
      gh.state.comments.clear();
    }
  });
});

describe("a command that is refused: answered in the thread, exit 1, nothing moved", () => {
  const refusals: Array<[string, Scenario, string]> = [
    [
      "read permission",
      { role: "read" },
      "alice has read permission on this repository; comment commands need write or admin",
    ],
    ["triage (a read role)", { role: "triage" }, "alice has read permission on this repository"],
    [
      "a writer the allowlist leaves out",
      { raw: { allow: "bob,carol" } },
      "alice is not among the users modelgate.yml allows to run comment commands \\(registry.comment\\_commands.allow: bob, carol\\)",
    ],
    ["a fork", { headRepo: "mallory/models" }, "this pull request comes from a fork"],
    ["a deleted fork", { headRepo: null }, "this pull request comes from a fork"],
    [
      "a head pushed since the report",
      { head: "c".repeat(40) },
      "the modelgate comment shows commit aaaaaaaaaaaa, but the pull request's head is now cccccccccccc",
    ],
    [
      "a digest the published version does not hold",
      { marker: { modelSha256: "e".repeat(64) } },
      `cancer 1.3.0 as published holds the model ${"x".repeat(12)}…, not the model eeeeeeeeeeee… the modelgate comment shows`,
    ],
    [
      "a version not yet published",
      { marker: { version: "1.4.0" } },
      "cancer 1.4.0 \\(shown in the modelgate comment\\) is not published yet; published: 1.2.0, 1.3.0",
    ],
    ["no sticky comment", { marker: null }, "this pull request has no modelgate comment showing what would ship"],
    [
      "an unknown stage",
      { body: "/modelgate promote prodution" },
      "unknown stage prodution: cancer has production, staging",
    ],
    [
      "a stage rule (production requires staging first)",
      { body: "/modelgate promote production" },
      "\\(requires\\) production takes only versions that were in staging first; 1.3.0 never was",
    ],
  ];

  it.each(refusals)("refuses %s", async (_what, s, reason) => {
    const r = await run(s);
    expect(r.code).toBe(1);
    expect(await stages(r.store)).toEqual([]);
    expect(r.answers).toHaveLength(1);
    expect(r.answers[0]).toContain(`❌ Refused: ${reason.replace("x".repeat(12), digest.slice(0, 12))}`);
    expect(r.reactions).toEqual([`eyes by ${BOT}`, `-1 by ${BOT}`]);
    expect(r.log).toContain("::set-output name=status::refused");
  });

  it("answers a malformed /modelgate line with the usage", async () => {
    const r = await run({ body: "/modelgate promote Prod!" });
    expect(r.code).toBe(1);
    expect(r.answers).toEqual([
      '❓ /modelgate promote: the stage name "Prod\\!" must be 1-32 characters of a-z, 0-9, "\\_" and "-", starting with a letter. ' +
        "Usage: `/modelgate promote <stage>` or `/modelgate rollback <stage>` as the comment's first line. " +
        "([run](https://github.com/octo/models/actions/runs/77))\n",
    ]);
    expect(r.reactions).toEqual([`eyes by ${BOT}`, `-1 by ${BOT}`]);
  });
});

describe("unusable input: exit 2 (an InputError), answered when the command was taken up", () => {
  it("a registry this run cannot open is answered as a failure and thrown", async () => {
    const r = await run({ raw: { registry: "gitlab" } });
    expect(r.code).toBeInstanceOf(InputError);
    expect(r.answers).toEqual([
      "⚠️ modelgate could not carry out this command: --registry gitlab: this run is on github; the gitlab registry is used from a gitlab CI job \\(or MODELGATE\\_PLATFORM=gitlab with its variables and token\\). ([run](https://github.com/octo/models/actions/runs/77))\n",
    ]);
    expect(r.reactions).toEqual([`eyes by ${BOT}`, `-1 by ${BOT}`]);
  });

  it("a read-only token is found out by the first reaction, before anything is read or moved", async () => {
    gh.addToken(TOKEN, { kind: "installation", canWrite: false });
    const r = await run();
    expect(r.code).toBeInstanceOf(InputError);
    expect(String(r.code)).toMatch(
      /cannot react to the comment \(Resource not accessible by integration.*\): the job's token needs `pull-requests: write`/,
    );
    expect(r.answers).toEqual([]);
    expect(await stages(r.store)).toEqual([]);
  });

  it("an event file that is not an issue_comment payload names the file", async () => {
    const file = g.tmp.file("push.json");
    await writeFile(file, JSON.stringify({ ref: "refs/heads/main" }));
    expect(() => readCommentEvent({ GITHUB_EVENT_PATH: file })).toThrow(
      `${file}: not an issue_comment payload (comment.id, comment.body, comment.user.login, issue.number and repository.full_name are required)`,
    );
    expect(() => readCommentEvent({ GITHUB_EVENT_NAME: "push", GITHUB_EVENT_PATH: file })).toThrow(
      "comment-command runs on the issue_comment event, not on push",
    );
  });
});

describe("the command as declared", () => {
  it("runs from the environment: the event file, the token and the API URL GitHub gives the job", async () => {
    const { dir, store } = await registry();
    const { env, commentId } = await setUp({});
    for (const [k, v] of Object.entries({ ...env, GITHUB_TOKEN: TOKEN, GITHUB_API_URL: gh.url })) vi.stubEnv(k, v);
    const log = new Sink();
    const platform = new GithubPlatform(env, githubApiAt(gh.url, TOKEN), { out: log.write, err: log.write });
    const io = { cwd: g.tmp.path, json: true, stdout: log.write, stderr: log.write, platform };
    const input = resolveInput(commentCommand, { registry: `local:${dir}` }, CONFIG, null, g.tmp.path);
    expect(await commentCommand.run(input, io, { configFile: undefined, config: CONFIG })).toBe(0);
    expect(await stages(store)).toEqual(["staging=1.3.0 by alice at aaaa"]);
    expect(gh.reactions(REPO, commentId)).toEqual([`eyes by ${BOT}`, `+1 by ${BOT}`]);
  });

  it("refuses to run off GitHub, naming where the GitLab way is described", async () => {
    const io = {
      cwd: g.tmp.path,
      json: false,
      stdout: () => {},
      stderr: () => {},
      platform: new MemoryPlatform(g.tmp.path),
    };
    const input = resolveInput(commentCommand, {}, { version: 1 }, null, g.tmp.path);
    await expect(commentCommand.run(input, io, { configFile: undefined, config: { version: 1 } })).rejects.toThrow(
      "comment-command reads GitHub's issue_comment event; on GitLab a relay or a manual job runs promote/rollback instead (docs/comment-commands.md)",
    );
  });

  it("takes the allowlist from modelgate.yml, and its inputs mean what they mean for the other commands", () => {
    const config: Config = { version: 1, registry: { comment_commands: { allow: ["bob"] } } };
    expect(resolveInput(commentCommand, {}, config, null, g.tmp.path)).toEqual({ allow: ["bob"], key: "modelgate" });
    expect(() => rootActionInputs([...COMMANDS, commentCommand])).not.toThrow();
  });

  it("the fake's answers to the command's calls are GitHub's shapes", async () => {
    const openapi = await loadGithubOpenApi();
    await setUp({ role: "maintain" });
    const octokit = githubApiAt(gh.url, TOKEN).octokit(() => {});
    const perm = await octokit.rest.repos.getCollaboratorPermissionLevel({
      owner: "octo",
      repo: "models",
      username: "alice",
    });
    expect(perm.data).toMatchObject({ permission: "write", role_name: "maintain" });
    const template = "/repos/{owner}/{repo}/collaborators/{username}/permission";
    expect(openapi.validateResponse("GET", template, 200, perm.data)).toEqual([]);
    const [, command] = gh.comments(REPO, PR);
    const made = await octokit.rest.reactions.createForIssueComment({
      owner: "octo",
      repo: "models",
      comment_id: command!.id,
      content: "eyes",
    });
    const again = await octokit.rest.reactions.createForIssueComment({
      owner: "octo",
      repo: "models",
      comment_id: command!.id,
      content: "eyes",
    });
    expect([made.status, again.status, again.data.id]).toEqual([201, 200, made.data.id]);
    const reactions = "/repos/{owner}/{repo}/issues/comments/{comment_id}/reactions";
    expect(openapi.validateResponse("POST", reactions, 201, made.data)).toEqual([]);
    expect(gh.comments(REPO, PR)[1]!.reactions).toMatchObject({ eyes: 1, total_count: 1 });
  });
});

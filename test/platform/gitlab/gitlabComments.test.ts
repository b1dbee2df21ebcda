// The merge request note through the real @gitbeaker/rest client (its own 429/502 retry loop included) against a
// fake GitLab that checks every request against GitLab's documented parameters: one note per key, whatever the faults.
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { postComment } from "../../../src/commands/post.js";
import { markerOf } from "../../../src/core/comment/commentPlan.js";
import { createPlatform } from "../../../src/platform/detect.js";
import { GitlabPlatform } from "../../../src/platform/gitlab/gitlabPlatform.js";
import { type FakeGitlab, type Fault, startFakeGitlab } from "../../fakes/gitlabServer.js";
import { gitlabClientsAt, harness, longBody } from "../platformHarness.js";

const PROJECT = "group/project";
const MR = 7;
const BOT = "project_42_bot";
const JOB_TOKEN = "glcbt-job-secret-1234";
let fake: FakeGitlab;
let dir: string;

/** A merge request pipeline's variables; `undefined` removes one. */
function env(over: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const base: Record<string, string | undefined> = {
    GITLAB_CI: "true",
    CI_PROJECT_ID: "42",
    CI_PROJECT_PATH: PROJECT,
    CI_PROJECT_DIR: dir,
    CI_MERGE_REQUEST_IID: String(MR),
    CI_COMMIT_SHA: "a".repeat(40),
    CI_JOB_URL: `${fake.url}/${PROJECT}/-/jobs/99`,
    ...over,
  };
  return Object.fromEntries(Object.entries(base).filter(([, v]) => v !== undefined));
}

/**
 * Posts through a GitLab adapter whose log is collected, its client with `token` (default the bot's) at the fake;
 * `fromEnvironment`: the adapter and its clients as the CLI makes them from the variables alone.
 */
async function post(
  body: string,
  o: {
    key?: string;
    mode?: "update" | "recreate" | "delete";
    env?: Record<string, string | undefined>;
    token?: string;
    fromEnvironment?: boolean;
  } = {},
) {
  let log = "";
  const write = (t: string) => void (log += t);
  const platform = o.fromEnvironment
    ? await createPlatform(env(o.env), { cwd: dir, out: write, err: write })
    : new GitlabPlatform(env(o.env), gitlabClientsAt(fake.url, { notes: o.token ?? "glpat-bot" }), write);
  const h = harness(platform, dir);
  const result = await postComment(h.io, { key: o.key ?? "modelgate", body, mode: o.mode ?? "update" });
  return { result, log: log + h.out() };
}

const ours = (key = "modelgate", iid = MR) =>
  fake.notes(PROJECT, iid).filter((n) => !n.system && n.body.startsWith(markerOf(key)) && n.author.username === BOT);
const writes = () => fake.requests.filter((r) => r.method !== "GET").map((r) => r.method);

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "mg-gl-"));
  fake = await startFakeGitlab();
  fake.addProject(PROJECT, 42);
  fake.addMergeRequest(PROJECT, { iid: MR, sourceBranch: "feature" });
  fake.addToken("glpat-bot", { username: BOT, kind: "project" });
  fake.addToken("glpat-reader", { username: "reader", canWriteNotes: false });
  fake.addToken(JOB_TOKEN, { username: BOT, kind: "job" });
});
afterEach(async () => {
  expect(fake.violations).toEqual([]);
  await fake.close();
});

describe("GitLab merge request note upsert", () => {
  it("creates once, then updates in place; an unchanged body is not written again", async () => {
    const first = await post("## report v1");
    expect(first.result).toMatchObject({ posted: true, action: "created" });
    expect(first.log).toContain(`comment created on ${PROJECT}!${MR}`);
    const second = await post("## report v2");
    expect(second.result).toMatchObject({ posted: true, action: "updated", id: first.result.id });
    const third = await post("## report v2");
    expect(third.result).toMatchObject({ action: "unchanged", id: first.result.id });
    expect(ours().map((n) => n.body)).toEqual([`${markerOf("modelgate")}\n## report v2`]);
    expect(String(ours()[0]!.id)).toBe(first.result.id);
    expect(writes()).toEqual(["POST", "PUT"]);
  });

  it("finds its note on the last of three pages among 250 and updates it, not a duplicate", async () => {
    const others = Array.from({ length: 249 }, (_, i) => ({ body: `note ${i}`, username: i % 3 ? "alice" : "bob" }));
    fake.seedNotes(PROJECT, MR, others);
    const [old] = fake.seedNotes(PROJECT, MR, [{ body: `${markerOf("modelgate")}\nold`, username: BOT }]);
    const { result } = await post("new");
    expect(result).toMatchObject({ action: "updated", id: String(old!.id) });
    expect(fake.notes(PROJECT, MR)).toHaveLength(250);
    expect(ours().map((n) => n.body)).toEqual([`${markerOf("modelgate")}\nnew`]);
    const pages = fake.requests
      .filter((r) => r.method === "GET" && r.path.endsWith("/notes"))
      .map((r) => r.query.page ?? "1");
    expect(pages).toEqual(["1", "2", "3"]);
    expect(writes()).toEqual(["PUT"]);
  });

  it("ignores a marker quoted by someone else, keeps keys apart, and removes duplicates of its own", async () => {
    fake.seedNotes(PROJECT, MR, [
      { body: `${markerOf("modelgate")}\nquoted by alice`, username: "alice" },
      { body: `${markerOf("modelgate")}\ndup 1`, username: BOT },
      { body: `${markerOf("modelgate")}\ndup 2`, username: BOT },
      { body: `${markerOf("modelgate")}\nsystem`, username: BOT, system: true },
    ]);
    const main = await post("main report");
    expect(main.result.action).toBe("updated");
    expect(main.log).toContain("(1 old removed)");
    await post("drift only", { key: "drift" });
    expect(ours().map((n) => n.body)).toEqual([`${markerOf("modelgate")}\nmain report`]);
    expect(ours("drift").map((n) => n.body)).toEqual([`${markerOf("drift")}\ndrift only`]);
    const alice = fake.notes(PROJECT, MR).filter((n) => n.author.username === "alice");
    expect(alice.map((n) => n.body)).toEqual([`${markerOf("modelgate")}\nquoted by alice`]);
    expect(fake.notes(PROJECT, MR).filter((n) => n.system)).toHaveLength(1); // a system note is never touched
    expect(writes()).toEqual(["PUT", "DELETE", "POST"]);
  });

  it("recreate posts the new note before deleting the old; delete removes it", async () => {
    const first = await post("v1");
    const again = await post("v2", { mode: "recreate" });
    expect(again.result.action).toBe("created");
    expect(again.result.id).not.toBe(first.result.id);
    expect(ours().map((n) => n.body)).toEqual([`${markerOf("modelgate")}\nv2`]);
    expect(writes()).toEqual(["POST", "POST", "DELETE"]);
    const del = fake.requests.find((r) => r.method === "DELETE")!;
    expect(del.path).toBe(`/projects/42/merge_requests/${MR}/notes/${first.result.id}`);
    const gone = await post("", { mode: "delete" });
    expect(gone.result.action).toBe("deleted");
    expect(ours()).toHaveLength(0);
    expect(writes()).toEqual(["POST", "POST", "DELETE", "DELETE"]);
  });

  it.each<[string, Fault]>([
    ["500", { status: 500 }],
    ["502", { status: 502 }],
    ["429 with Retry-After", { status: 429, retryAfter: 30 }],
    ["a dropped connection before the write", { drop: "before" }],
    ["a dropped connection after the write", { drop: "after" }],
  ])("ends with exactly one correct note after %s on create and on update", async (_name, fault) => {
    fake.fault({ method: "POST" }, fault);
    expect((await post("v1")).result).toMatchObject({ posted: true, action: "created" });
    expect(ours().map((n) => n.body)).toEqual([`${markerOf("modelgate")}\nv1`]);
    fake.fault({ method: "PUT" }, fault);
    fake.fault({ method: "GET", path: /\/notes$/ }, fault);
    expect((await post("v2")).result).toMatchObject({ posted: true, action: "updated" });
    expect(ours().map((n) => n.body)).toEqual([`${markerOf("modelgate")}\nv2`]);
    expect(fake.notes(PROJECT, MR)).toHaveLength(1);
    expect(fake.requests.filter((r) => r.fault).length).toBe(3); // every fault was hit
  });
});

describe("GitLab without a token that may write", () => {
  it("only CI_JOB_TOKEN: not posted, names MODELGATE_GITLAB_TOKEN, body in the log and a file, no token leaked", async () => {
    const { result, log } = await post("## mr report", {
      fromEnvironment: true,
      env: { CI_SERVER_URL: fake.url, CI_JOB_TOKEN: JOB_TOKEN },
    });
    expect(result).toEqual({ posted: false, action: "none", id: null, url: null });
    expect(fake.requests).toHaveLength(0);
    expect(log).toMatch(/warning: comment not posted: .*MODELGATE_GITLAB_TOKEN/);
    // GitLab's summary is a collapsed log section.
    expect(log).toMatch(/section_start:\d+:modelgate_\d+\[collapsed=true\]\r/);
    expect(log).toContain("\u001b[0Kmodelgate summary\n## mr report\n");
    expect(await readFile(join(dir, "modelgate-comment-modelgate.md"), "utf8")).toBe("## mr report");
    expect(log).not.toContain(JOB_TOKEN);
  });

  it("a read_api token (403 insufficient_scope) is not posted and does not throw", async () => {
    const { result, log } = await post("## read only", { token: "glpat-reader" });
    expect(result.posted).toBe(false);
    expect(fake.notes(PROJECT, MR)).toHaveLength(0);
    expect(writes()).toEqual(["POST"]); // a 403 is not retried
    expect(log).toMatch(
      /warning: comment not posted: the token may not comment on this merge request \(HTTP 403\); MODELGATE_GITLAB_TOKEN needs a project access token with the api scope and at least the Reporter role/,
    );
    expect(await readFile(join(dir, "modelgate-comment-modelgate.md"), "utf8")).toBe("## read only");
  });

  it("a job token given as MODELGATE_GITLAB_TOKEN (401 on /user) is not posted and does not throw", async () => {
    const { result, log } = await post("## job", { token: JOB_TOKEN });
    expect(result.posted).toBe(false);
    expect(fake.notes(PROJECT, MR)).toHaveLength(0);
    expect(log).toMatch(/warning: comment not posted: .*HTTP 401/);
    expect(log).not.toContain(JOB_TOKEN);
    expect(fake.requests.filter((r) => r.path === "/user")).toHaveLength(1); // a 401 is not retried
  });
});

describe("GitLab pipelines and limits", () => {
  it("a branch pipeline finds the open merge request of its branch through the API", async () => {
    fake.addMergeRequest(PROJECT, { iid: 3, sourceBranch: "feature", state: "merged" });
    fake.addMergeRequest(PROJECT, { iid: 12, sourceBranch: "feature" });
    fake.addMergeRequest(PROJECT, { iid: 11, sourceBranch: "other" });
    const branch = { CI_MERGE_REQUEST_IID: undefined, CI_COMMIT_BRANCH: "feature" };
    const { result } = await post("push", { env: branch });
    expect(result.posted).toBe(true);
    expect(fake.notes(PROJECT, MR)).toHaveLength(1); // iid 7 is lower than 12; 3 is merged
    expect(fake.notes(PROJECT, 12)).toHaveLength(0);
    const lookup = fake.requests.find((r) => r.path === "/projects/42/merge_requests");
    expect(lookup?.query).toMatchObject({ source_branch: "feature", state: "opened" });
    const none = await post("push", { env: { ...branch, CI_COMMIT_BRANCH: "lonely" } });
    expect(none.result.posted).toBe(false);
    expect(none.log).toMatch(/warning: comment not posted: this pipeline belongs to no open merge request/);
  });

  it("uses CI_OPEN_MERGE_REQUESTS without an API lookup", async () => {
    fake.addMergeRequest(PROJECT, { iid: 5, sourceBranch: "feature" });
    const { result } = await post("open", {
      env: { CI_MERGE_REQUEST_IID: undefined, CI_COMMIT_BRANCH: "feature", CI_OPEN_MERGE_REQUESTS: `${PROJECT}!5` },
    });
    expect(result.posted).toBe(true);
    expect(ours("modelgate", 5)).toHaveLength(1);
    expect(fake.notes(PROJECT, MR)).toHaveLength(0);
    expect(fake.requests.some((r) => r.path.endsWith("/merge_requests"))).toBe(false);
  });

  it("cuts a body over 1,000,000 characters at a section boundary, marker kept", async () => {
    const body = longBody(30, 40_000);
    expect(body.length).toBeGreaterThan(1_000_000);
    const { result, log } = await post(body);
    expect(result.action).toBe("created");
    const [n] = ours();
    expect(n!.body.length).toBeLessThanOrEqual(1_000_000);
    expect(n!.body.length).toBeGreaterThan(900_000);
    expect(n!.body.startsWith(`${markerOf("modelgate")}\n## ✅ modelgate`)).toBe(true);
    // The kept text is a whole-section prefix of the body (a regex like /x{40000}\n/ would backtrack for minutes).
    const kept = n!.body.slice(markerOf("modelgate").length + 1, n!.body.indexOf("\n> [!NOTE]")).trimEnd();
    expect(kept.endsWith("x".repeat(40_000))).toBe(true);
    expect(body.startsWith(kept)).toBe(true);
    expect(body.slice(kept.length)).toMatch(/^\n\n### Section \d+\n/);
    expect(log).toMatch(/warning: the comment is cut to 1000000 characters \(\d+ sections left out\)/);
  });
});

describe("self-managed GitLab", () => {
  it("talks to the API under the server's path prefix", async () => {
    await fake.close();
    fake = await startFakeGitlab({ prefix: "/gitlab" });
    fake.addProject(PROJECT, 42);
    fake.addMergeRequest(PROJECT, { iid: MR, sourceBranch: "feature" });
    fake.addToken("glpat-bot", { username: BOT, kind: "project" });
    expect(fake.url).toMatch(/\/gitlab$/);
    const { result } = await post("self-managed");
    expect(result).toMatchObject({ posted: true, action: "created" });
    // Requests outside the prefix would be unknown routes, i.e. violations (checked after each test).
    expect(fake.requests.map((r) => r.path)).toContain(`/projects/42/merge_requests/${MR}/notes`);
    expect(ours()).toHaveLength(1);
  });
});

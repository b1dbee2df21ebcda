// The PR comment through the real octokit (retry and throttling plugins loaded) against a fake GitHub that checks
// every request against GitHub's OpenAPI description: one comment per key, whatever the faults.
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { postComment } from "../../../src/commands/post.js";
import { markerOf } from "../../../src/core/comment/commentPlan.js";
import { GithubPlatform } from "../../../src/platform/github/githubPlatform.js";
import { type FakeGithub, startFakeGithub } from "../../fakes/githubServer.js";
import { githubApiAt, harness, longBody } from "../platformHarness.js";

const REPO = "octo/models";
const PR = 7;
let gh: FakeGithub;
let dir: string;

async function platform(
  env: Record<string, string> = {},
  event: object = { pull_request: { number: PR } },
  token = "ghs_installation",
) {
  const eventPath = join(dir, "event.json");
  await writeFile(eventPath, JSON.stringify(event));
  const summary = join(dir, "summary.md");
  await writeFile(summary, "");
  // @actions/core reads the summary file's name from the process environment, as on a runner.
  process.env.GITHUB_STEP_SUMMARY = summary;
  return new GithubPlatform(
    {
      GITHUB_ACTIONS: "true",
      GITHUB_REPOSITORY: REPO,
      GITHUB_SERVER_URL: "https://github.example",
      GITHUB_RUN_ID: "99",
      GITHUB_SHA: "a".repeat(40),
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_STEP_SUMMARY: summary,
      ...env,
    },
    githubApiAt(gh.url, token),
  );
}

async function post(
  body: string,
  o: { key?: string; mode?: "update" | "recreate" | "delete"; env?: Record<string, string>; token?: string } = {},
) {
  const h = harness(await platform(o.env, undefined, o.token), dir);
  const result = await postComment(h.io, { key: o.key ?? "modelgate", body, mode: o.mode ?? "update" });
  return { result, out: h.out() };
}

const ours = (key = "modelgate") =>
  gh
    .comments(REPO, PR)
    .filter((c) => c.body.startsWith(markerOf(key)) && (c.user as { login: string }).login === "github-actions[bot]");

beforeEach(async () => {
  gh = await startFakeGithub();
  gh.addToken("ghs_installation", { kind: "installation" });
  gh.addToken("ghp_reader", { login: "reader", id: 5, kind: "installation", canWrite: false });
  gh.addToken("ghp_alice", { login: "alice", id: 11, kind: "user" });
  dir = await mkdtemp(join(tmpdir(), "mg-gh-"));
});
afterEach(async () => {
  delete process.env.GITHUB_STEP_SUMMARY;
  expect(gh.violations).toEqual([]);
  await gh.close();
});

describe("GitHub comment upsert", () => {
  it("creates once, then updates in place; an unchanged body is not written again", async () => {
    const first = await post("## report v1");
    expect(first.result).toMatchObject({ posted: true, action: "created" });
    const second = await post("## report v2");
    expect(second.result).toMatchObject({ posted: true, action: "updated", id: first.result.id });
    const third = await post("## report v2");
    expect(third.result.action).toBe("unchanged");
    expect(ours()).toHaveLength(1);
    expect(ours()[0]!.body).toBe(`${markerOf("modelgate")}\n## report v2`);
    const writes = gh.requests.filter((r) => r.method !== "GET");
    expect(writes.map((r) => r.method)).toEqual(["POST", "PATCH"]);
  });

  it("a GitHub App's token comments as <slug>[bot]: MODELGATE_COMMENT_AUTHOR names it, so its comment is updated", async () => {
    gh.addToken("ghs_app", { login: "modelgate-app[bot]", id: 777, kind: "installation", type: "Bot" });
    gh.seedComments(REPO, PR, [{ body: `${markerOf("modelgate")}\nby the app`, login: "modelgate-app[bot]" }]);
    const { result } = await post("new", { token: "ghs_app", env: { MODELGATE_COMMENT_AUTHOR: "modelgate-app[bot]" } });
    expect(result.action).toBe("updated");
    const mine = gh.comments(REPO, PR).filter((c) => (c.user as { login: string }).login === "modelgate-app[bot]");
    expect(mine.map((c) => c.body)).toEqual([`${markerOf("modelgate")}\nnew`]);
    // github-actions[bot]'s comments are not the app's: none was written or touched.
    expect(ours()).toHaveLength(0);
  });

  it("finds its comment on the last of three pages among 250 and updates it, not a duplicate", async () => {
    const others = Array.from({ length: 249 }, (_, i) => ({ body: `comment ${i}`, login: i % 3 ? "alice" : "bob" }));
    gh.seedComments(REPO, PR, others);
    gh.seedComments(REPO, PR, [{ body: `${markerOf("modelgate")}\nold`, login: "github-actions[bot]" }]);
    const { result } = await post("new");
    expect(result.action).toBe("updated");
    expect(gh.comments(REPO, PR)).toHaveLength(250);
    expect(ours()).toHaveLength(1);
    const pages = gh.requests
      .filter((r) => r.method === "GET" && r.path.endsWith("/comments"))
      .map((r) => r.query.page ?? "1");
    expect(pages).toEqual(["1", "2", "3"]);
  });

  it("ignores a marker quoted by someone else, keeps keys apart, and removes duplicates an earlier tool left", async () => {
    gh.seedComments(REPO, PR, [
      { body: `${markerOf("modelgate")}\nquoted by alice`, login: "alice" },
      { body: `${markerOf("modelgate")}\ndup 1`, login: "github-actions[bot]" },
      { body: `${markerOf("modelgate")}\ndup 2`, login: "github-actions[bot]" },
    ]);
    await post("main report");
    await post("drift only", { key: "drift" });
    expect(ours()).toHaveLength(1);
    expect(ours()[0]!.body).toContain("main report");
    expect(ours("drift")).toHaveLength(1);
    expect(gh.comments(REPO, PR).some((c) => c.body.includes("quoted by alice"))).toBe(true);
  });

  it("recreate posts the new comment before deleting the old; delete removes it", async () => {
    const first = await post("v1");
    const again = await post("v2", { mode: "recreate" });
    expect(again.result.action).toBe("created");
    expect(again.result.id).not.toBe(first.result.id);
    expect(ours().map((c) => c.body)).toEqual([`${markerOf("modelgate")}\nv2`]);
    const methods = gh.requests.filter((r) => r.method !== "GET").map((r) => r.method);
    expect(methods).toEqual(["POST", "POST", "DELETE"]);
    const gone = await post("", { mode: "delete" });
    expect(gone.result.action).toBe("deleted");
    expect(ours()).toHaveLength(0);
  });

  it.each([
    ["500", { status: 500 } as const],
    ["502", { status: 502 } as const],
    ["429 with Retry-After", { status: 429, retryAfter: 1 } as const],
    ["403 secondary rate limit", { secondaryRateLimit: 1 } as const],
    ["a dropped connection before the write", { drop: "before" } as const],
    ["a dropped connection after the write", { drop: "after" } as const],
  ])("ends with exactly one correct comment after %s on create and on update", async (_name, fault) => {
    gh.fault({ method: "POST" }, fault);
    await post("v1");
    gh.fault({ method: "PATCH" }, fault);
    gh.fault({ method: "GET", path: /\/comments$/ }, fault);
    await post("v2");
    expect(ours()).toHaveLength(1);
    expect(ours()[0]!.body).toBe(`${markerOf("modelgate")}\nv2`);
  });

  it("a read-only token (a fork's pull request) does not fail: summary and notice instead", async () => {
    const printed: string[] = [];
    // Both streams: the runner reads workflow commands from either, and the mask goes to stderr (never a payload).
    const spies = [process.stdout, process.stderr].map((s) =>
      vi.spyOn(s, "write").mockImplementation((t) => (printed.push(String(t)), true)),
    );
    const { result } = await post("## fork report", { token: "ghp_reader" }).finally(() =>
      spies.forEach((s) => s.mockRestore()),
    );
    expect(result.posted).toBe(false);
    expect(gh.comments(REPO, PR)).toHaveLength(0);
    expect(printed.join("")).toMatch(
      /^::warning::comment not posted: the token may not comment.*a pull request from a fork gets a read-only token \(the README shows the workflow_run pattern/m,
    );
    // The token is registered as a secret (the runner masks it from then on) and printed nowhere else.
    const lines = printed.join("").split("\n");
    expect(lines).toContain("::add-mask::ghp_reader");
    expect(lines.filter((l) => l.includes("ghp_reader"))).toEqual(["::add-mask::ghp_reader"]);
    expect(await readFile(join(dir, "summary.md"), "utf8")).toContain("## fork report");
    expect(await readFile(join(dir, "modelgate-comment-modelgate.md"), "utf8")).toBe("## fork report");
  });

  it("a personal token posts as its own user, found through GET /user", async () => {
    await post("by alice", { token: "ghp_alice" });
    await post("by alice v2", { token: "ghp_alice" });
    const mine = gh.comments(REPO, PR).filter((c) => (c.user as { login: string }).login === "alice");
    expect(mine.map((c) => c.body)).toEqual([`${markerOf("modelgate")}\nby alice v2`]);
  });

  it("cuts a body over 65,536 characters at a section boundary, marker kept, with a link to the full report", async () => {
    const body = longBody(40, 2000);
    const h = harness(await platform(), dir);
    await postComment(h.io, {
      key: "modelgate",
      body,
      mode: "update",
      fullReport: { label: "the job summary", url: "https://github.example/octo/models/actions/runs/99" },
    });
    const [c] = ours();
    expect(c!.body.length).toBeLessThanOrEqual(65_536);
    expect(c!.body.startsWith(`${markerOf("modelgate")}\n## ✅ modelgate`)).toBe(true);
    expect(c!.body).toContain("[the job summary](https://github.example/octo/models/actions/runs/99)");
    expect(c!.body).toMatch(/x{2000}\n+> \[!NOTE\]/);
  });

  it("a push run finds its pull request from the commit; no pull request at all is a notice", async () => {
    gh.state.pullsBySha.set("b".repeat(40), [12]);
    const h = harness(await platform({ GITHUB_SHA: "b".repeat(40) }, { ref: "refs/heads/x" }), dir);
    const r = await postComment(h.io, { key: "modelgate", body: "push", mode: "update" });
    expect(r.posted).toBe(true);
    expect(gh.comments(REPO, 12)).toHaveLength(1);
    const none = harness(await platform({ GITHUB_SHA: "c".repeat(40) }, { ref: "refs/heads/y" }), dir);
    expect((await postComment(none.io, { key: "modelgate", body: "push", mode: "update" })).posted).toBe(false);
  });
});

describe("GitHub Enterprise Server", () => {
  it("talks to the API under /api/v3 of the server", async () => {
    await gh.close();
    gh = await startFakeGithub({ prefix: "/api/v3" });
    gh.addToken("ghs_installation", { kind: "installation" });
    expect(gh.url).toMatch(/\/api\/v3$/);
    const { result } = await post("ghes");
    expect(result.posted).toBe(true);
    // The fake records paths below its prefix and counts any request outside it as a violation (checked after each test).
    expect(gh.requests.map((r) => r.path)).toContain("/repos/octo/models/issues/7/comments");
  });
});

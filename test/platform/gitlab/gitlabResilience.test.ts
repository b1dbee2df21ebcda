// When posting goes wrong on GitLab, through the real @gitbeaker/rest client (with modelgate's request handler)
// against the fake GitLab: two pipelines at once, a rate limit, a refused token, a server that keeps failing, no
// server at all, and a merge request whose head is not the commit the report is for.
import { mkdtemp, readFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { postComment, type PostRequest } from "../../../src/commands/post.js";
import { markerOf } from "../../../src/core/comment/commentPlan.js";
import { InputError } from "../../../src/core/errors.js";
import { GitlabPlatform } from "../../../src/platform/gitlab/gitlabPlatform.js";
import { type FakeGitlab, startFakeGitlab } from "../../fakes/gitlabServer.js";
import { gitlabClientsAt, harness } from "../platformHarness.js";

const PROJECT = "group/project";
const MR = 7;
const BOT = "project_42_bot";
const HEAD = "c".repeat(40);
let fake: FakeGitlab;
let dir: string;

async function post(
  body: string,
  o: {
    env?: Record<string, string>;
    /** The notes token (default the bot's), and the server's URL (default the fake GitLab's). */
    token?: string;
    host?: string;
    secondMs?: number;
    attemptTimeoutMs?: number;
    request?: Partial<PostRequest>;
  } = {},
) {
  let log = "";
  const env = {
    GITLAB_CI: "true",
    CI_PROJECT_ID: "42",
    CI_PROJECT_PATH: PROJECT,
    CI_PROJECT_DIR: dir,
    CI_MERGE_REQUEST_IID: String(MR),
    CI_COMMIT_SHA: HEAD,
    ...o.env,
  };
  const clients = gitlabClientsAt(o.host ?? fake.url, {
    notes: o.token ?? "glpat-bot",
    ...(o.secondMs ? { secondMs: o.secondMs } : {}),
    ...(o.attemptTimeoutMs ? { attemptTimeoutMs: o.attemptTimeoutMs } : {}),
  });
  const platform = new GitlabPlatform(env, clients, (t) => (log += t));
  const h = harness(platform, dir);
  const started = Date.now();
  const result = await postComment(h.io, { key: "modelgate", body, mode: "update", ...o.request });
  return { result, log: log + h.out(), ms: Date.now() - started };
}

const ours = () =>
  fake.notes(PROJECT, MR).filter((n) => n.body.startsWith(markerOf("modelgate")) && n.author.username === BOT);
const kept = () => readFile(join(dir, "modelgate-comment-modelgate.md"), "utf8");
const calls = () => fake.requests.map((r) => `${r.method} ${r.path}`);
/** GitLab's summary is a collapsed section of the job log. */
const summaryOf = (log: string) => {
  const start = log.indexOf("\u001b[0Kmodelgate summary\n") + "\u001b[0Kmodelgate summary\n".length;
  return log.slice(start, log.indexOf("\n\u001b[0Ksection_end", start));
};

async function closedPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((resolve) => s.listen(0, "127.0.0.1", resolve));
  const { port } = s.address() as AddressInfo;
  await new Promise<void>((resolve) => s.close(() => resolve()));
  return port;
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "mg-gl-"));
  fake = await startFakeGitlab();
  fake.addProject(PROJECT, 42);
  fake.addMergeRequest(PROJECT, { iid: MR, sourceBranch: "feature", sha: HEAD });
  fake.addToken("glpat-bot", { username: BOT, kind: "project" });
});
afterEach(async () => {
  expect(fake.violations).toEqual([]);
  await fake.close();
});

describe("two pipelines posting to one merge request at once", () => {
  it("both read the notes before either creates: one note is left, the oldest, with one of their bodies", async () => {
    fake.hold({ method: "GET", path: /\/merge_requests\/7\/notes$/ }, 2);
    const [a, b] = await Promise.all([post("## pipeline A"), post("## pipeline B")]);
    expect(a.result.posted && b.result.posted).toBe(true);
    expect(fake.requests.filter((r) => r.method === "POST")).toHaveLength(2); // both created: the race happened
    expect(ours()).toHaveLength(1);
    expect([`${markerOf("modelgate")}\n## pipeline A`, `${markerOf("modelgate")}\n## pipeline B`]).toContain(
      ours()[0]!.body,
    );
    expect(String(ours()[0]!.id)).toBe([a.result.id, b.result.id].sort()[0]);
  });
});

describe("rate limits", () => {
  it("a 429 with Retry-After: 2 is retried after 2 s, not before, with a line saying so", async () => {
    fake.fault({ method: "GET", path: /\/notes$/ }, { status: 429, retryAfter: 2 });
    const { result, log } = await post("## limited", { secondMs: 1000 });
    expect(result.posted).toBe(true);
    const lists = fake.requests.filter((r) => r.method === "GET" && r.path.endsWith("/notes"));
    // The retry (gitbeaker's own loop would have sent it a quarter of a millisecond later), then the re-read after the create.
    expect(lists).toHaveLength(3);
    expect(lists[1]!.at - lists[0]!.at).toBeGreaterThanOrEqual(2000);
    expect(log).toContain(
      "GitLab GET /projects/42/merge_requests/7/notes: HTTP 429 (too many requests, Retry-After: 2); retry 1 of 3 in 2 s",
    );
  });

  it("a Retry-After over 60 s is not waited out: one attempt, one warning, the body kept", async () => {
    fake.fault({ method: "GET", path: /\/notes$/ }, { status: 429, retryAfter: 600 });
    const { result, log, ms } = await post("## long wait");
    expect(result.posted).toBe(false);
    expect(fake.requests.filter((r) => r.path.endsWith("/notes"))).toHaveLength(1);
    expect(ms).toBeLessThan(5000);
    expect(log).toMatch(
      /warning: comment not posted: GitLab GET \/projects\/42\/merge_requests\/7\/notes: HTTP 429 \(too many requests, Retry-After: 600\), and asks to wait 600 s, more than the 60 s modelgate waits: gave up\./,
    );
    expect(await kept()).toBe("## long wait");
  });
});

describe("a post that fails is a warning with the body kept, or (opted in) a failed step", () => {
  it("a bad token (401): one warning, the body in the log's summary and a file; an error with --fail-on-post-error", async () => {
    const { result, log } = await post("## report", { token: "glpat-revoked" });
    expect(result.posted).toBe(false);
    expect(log).toMatch(/warning: comment not posted: the token may not read this merge request \(HTTP 401\)/);
    expect(summaryOf(log)).toBe("## report");
    expect(await kept()).toBe("## report");
    expect(calls()).toEqual(["GET /user"]); // a 401 is not retried
    const strict = await post("## report", {
      token: "glpat-revoked",
      request: { failOnPostError: true },
    }).catch((e: unknown) => e);
    expect(strict).toBeInstanceOf(InputError);
    expect((strict as Error).message).toMatch(/^comment not posted \(--fail-on-post-error\): the token may not read/);
    expect(await kept()).toBe("## report");
  });

  it("a server that keeps answering 500: 4 attempts with a line per retry, then one warning naming the call", async () => {
    fake.fault({}, { status: 500 }, 100);
    const { result, log } = await post("## down");
    expect(result.posted).toBe(false);
    expect(calls()).toEqual(Array(4).fill("GET /user"));
    const retries = log.split("\n").filter((l) => l.startsWith("GitLab GET /user: HTTP 500"));
    expect(retries).toEqual(
      [1, 2, 4].map((s, i) => `GitLab GET /user: HTTP 500 (500 Internal Server Error); retry ${i + 1} of 3 in ${s} s`),
    );
    expect(log).toMatch(
      /warning: comment not posted: GitLab GET \/user: HTTP 500 \(500 Internal Server Error\), 4 times in a row \(7 s of waiting between them\): gave up\. The report is in the job summary and modelgate-comment-modelgate\.md\./,
    );
    expect(summaryOf(log)).toBe("## down");
    expect(await kept()).toBe("## down");
    const strict = await post("## down", { request: { failOnPostError: true } }).catch((e: unknown) => e);
    expect(strict).toBeInstanceOf(InputError);
    expect((strict as Error).message).toMatch(
      /^comment not posted \(--fail-on-post-error\): GitLab GET \/user: HTTP 500/,
    );
  });

  it("an answer that never comes ends at the attempt's deadline (30 s, shortened here) and is retried", async () => {
    fake.fault({ method: "GET", path: "/user" }, { hang: true });
    const { result, log } = await post("## slow", { attemptTimeoutMs: 300 });
    expect(result).toMatchObject({ posted: true, action: "created" });
    expect(log).toContain("GitLab GET /user: no answer in 30 s; retry 1 of 3 in 1 s");
  });

  it("no server at all (connection refused): retried with a line each, then one warning naming the call", async () => {
    const { result, log } = await post("## offline", { host: `http://127.0.0.1:${await closedPort()}` });
    expect(result.posted).toBe(false);
    const retries = log.split("\n").filter((l) => l.includes("no connection (ECONNREFUSED)") && l.includes("retry"));
    expect(retries).toEqual(
      [1, 2, 4].map((s, i) => `GitLab GET /user: no connection (ECONNREFUSED); retry ${i + 1} of 3 in ${s} s`),
    );
    expect(log).toMatch(
      /warning: comment not posted: GitLab GET \/user: no connection \(ECONNREFUSED\), 4 times in a row/,
    );
    expect(await kept()).toBe("## offline");
  });
});

describe("--expect-head-sha on GitLab", () => {
  it("posts when the merge request's head is the commit, refuses and posts nothing when it is not", async () => {
    const refused = await post("## report", { request: { expectHeadSha: "d".repeat(40) } });
    expect(refused.result.posted).toBe(false);
    expect(refused.log).toMatch(
      /warning: comment not posted: group\/project!7's head is cccccccccccc, not dddddddddddd/,
    );
    expect(fake.requests.filter((r) => r.method !== "GET")).toHaveLength(0);
    expect(calls()).toContain("GET /projects/42/merge_requests/7");
    const right = await post("## report", { request: { expectHeadSha: HEAD } });
    expect(right.result).toMatchObject({ posted: true, action: "created" });
    expect(ours()).toHaveLength(1);
  });
});

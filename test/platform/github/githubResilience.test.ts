// When posting goes wrong on GitHub, through the real octokit against the fake GitHub (every request checked against
// GitHub's OpenAPI description): two runs at once, a rate limit, a refused token, a server that keeps failing, no
// server at all, and a pull request number handed over by a fork's run.
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";

import { main } from "../../../src/cli/main.js";
import { postComment, type PostRequest } from "../../../src/commands/post.js";
import { markerOf } from "../../../src/core/comment/commentPlan.js";
import { InputError } from "../../../src/core/errors.js";
import { GithubPlatform } from "../../../src/platform/github/githubPlatform.js";
import { type FakeGithub, startFakeGithub } from "../../fakes/githubServer.js";
import { Sink } from "../../support.js";
import { githubApiAt, harness } from "../platformHarness.js";

const REPO = "octo/models";
const PR = 7;
const HEAD = "a".repeat(40);
let gh: FakeGithub;
let dir: string;
// @actions/core's summary keeps the first file name it reads from the environment for the whole process (a step
// is one process): every test of this file writes the same file, emptied before each.
let summaryFile: string;

/** The step's environment on a runner (the summary file's name is read by @actions/core from process.env). */
async function runnerEnv(env: Record<string, string> = {}): Promise<Record<string, string>> {
  const eventPath = join(dir, "event.json");
  await writeFile(eventPath, JSON.stringify({ pull_request: { number: PR } }));
  process.env.GITHUB_STEP_SUMMARY = summaryFile;
  return {
    GITHUB_ACTIONS: "true",
    GITHUB_REPOSITORY: REPO,
    GITHUB_RUN_ID: "99",
    GITHUB_SHA: HEAD,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_STEP_SUMMARY: summaryFile,
    ...env,
  };
}

/** Posts through a GitHub adapter whose log is collected; `secondMs` 1000 keeps the real waits. */
async function post(
  body: string,
  o: {
    env?: Record<string, string>;
    /** The API's URL (default: the fake GitHub's). */
    apiUrl?: string;
    secondMs?: number;
    attemptTimeoutMs?: number;
    request?: Partial<PostRequest>;
  } = {},
) {
  const log = new Sink();
  const api = githubApiAt(o.apiUrl ?? gh.url, "ghs_installation", {
    ...(o.secondMs ? { secondMs: o.secondMs } : {}),
    ...(o.attemptTimeoutMs ? { attemptTimeoutMs: o.attemptTimeoutMs } : {}),
  });
  const platform = new GithubPlatform(await runnerEnv(o.env), api, { out: log.write, err: log.write });
  const h = harness(platform, dir);
  const started = Date.now();
  const result = await postComment(h.io, { key: "modelgate", body, mode: "update", ...o.request });
  return { result, log: log.text + h.out(), ms: Date.now() - started };
}

const ours = () =>
  gh
    .comments(REPO, PR)
    .filter(
      (c) => c.body.startsWith(markerOf("modelgate")) && (c.user as { login: string }).login === "github-actions[bot]",
    );
const kept = () => readFile(join(dir, "modelgate-comment-modelgate.md"), "utf8");
const summary = () => readFile(summaryFile, "utf8");

/** A local port nothing listens on. */
async function closedPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((resolve) => s.listen(0, "127.0.0.1", resolve));
  const { port } = s.address() as AddressInfo;
  await new Promise<void>((resolve) => s.close(() => resolve()));
  return port;
}

beforeAll(async () => {
  summaryFile = join(await mkdtemp(join(tmpdir(), "mg-gh-summary-")), "summary.md");
});
beforeEach(async () => {
  await writeFile(summaryFile, "");
  gh = await startFakeGithub();
  gh.addToken("ghs_installation", { kind: "installation" });
  dir = await mkdtemp(join(tmpdir(), "mg-gh-"));
});
afterEach(async () => {
  delete process.env.GITHUB_STEP_SUMMARY;
  expect(gh.violations).toEqual([]);
  await gh.close();
});

describe("two runs posting to one pull request at once", () => {
  it("both read the thread before either creates: one comment is left, the oldest, with one of their bodies", async () => {
    gh.hold({ method: "GET", path: `/repos/${REPO}/issues/${PR}/comments` }, 2);
    const [a, b] = await Promise.all([post("## run A"), post("## run B")]);
    expect(a.result.posted && b.result.posted).toBe(true);
    const posts = gh.requests.filter((r) => r.method === "POST");
    expect(posts).toHaveLength(2); // both created: the race happened
    expect(ours()).toHaveLength(1);
    expect([`${markerOf("modelgate")}\n## run A`, `${markerOf("modelgate")}\n## run B`]).toContain(ours()[0]!.body);
    expect(String(ours()[0]!.id)).toBe([a.result.id, b.result.id].sort()[0]);
  });
});

describe("rate limits", () => {
  it("a 429 with Retry-After: 2 is retried after 2 s, not before, with a line saying so", async () => {
    gh.fault({ method: "GET", path: /\/comments$/ }, { status: 429, retryAfter: 2 });
    const { result, log } = await post("## limited", { secondMs: 1000 });
    expect(result.posted).toBe(true);
    const lists = gh.requests.filter((r) => r.method === "GET" && r.path.endsWith("/comments"));
    expect(lists[1]!.at - lists[0]!.at).toBeGreaterThanOrEqual(2000);
    expect(log).toContain(
      `GitHub GET /repos/${REPO}/issues/${PR}/comments?per_page=100: HTTP 429 (rate limit, Retry-After: 2); retry 1 of 3 in 2 s`,
    );
  });

  it("a Retry-After over 60 s is not waited out: one attempt, one warning, the body kept", async () => {
    gh.fault({ method: "GET", path: /\/comments$/ }, { status: 429, retryAfter: 600 });
    const { result, log, ms } = await post("## long wait");
    expect(result.posted).toBe(false);
    expect(gh.requests.filter((r) => r.path.endsWith("/comments"))).toHaveLength(1);
    expect(ms).toBeLessThan(5000);
    expect(log).toMatch(
      /^::warning::comment not posted: GitHub GET \/repos\/octo\/models\/issues\/7\/comments\?per_page=100: HTTP 429 \(rate limit, Retry-After: 600\), and asks to wait 600 s, more than the 60 s modelgate waits: gave up\./m,
    );
    expect(await kept()).toBe("## long wait");
  });
});

describe("a post that fails is a warning with the body kept, or (opted in) a failed step", () => {
  it("a bad token (401): exit 0, one warning, the body in the summary and a file; exit 2 with --fail-on-post-error", async () => {
    await writeFile(join(dir, "body.md"), "## report");
    // Through the CLI: the platform, its token and the API's URL come from the environment.
    const env = {
      ...(await runnerEnv({ GITHUB_TOKEN: "ghp_revoked" })),
      GITHUB_API_URL: gh.url,
      MODELGATE_PLATFORM: "github",
    };
    const run = async (...flags: string[]) => {
      const out = new Sink();
      const err = new Sink();
      const code = await main(["comment", "--body-file", "body.md", ...flags], {
        env,
        cwd: dir,
        stdout: out.write,
        stderr: err.write,
        version: "0.0.0",
      });
      return { code, text: out.text + err.text, err: err.text };
    };
    const quiet = await run();
    expect(quiet.code).toBe(0);
    expect(quiet.text).toMatch(
      /^::warning::comment not posted: GitHub refused the token \(Bad credentials.*\): give the action a valid `github-token`, or set GITHUB_TOKEN\. The report is in the job summary and modelgate-comment-modelgate\.md\.$/m,
    );
    // The token is printed nowhere but in the line that masks it.
    expect(quiet.text.split("\n").filter((l) => l.includes("ghp_revoked"))).toEqual(["::add-mask::ghp_revoked"]);
    expect(await kept()).toBe("## report");
    expect(await summary()).toContain("## report");
    expect(gh.requests.map((r) => `${r.method} ${r.path}`)).toEqual(["GET /user"]); // a 401 is not retried

    await writeFile(summaryFile, "");
    const strict = await run("--fail-on-post-error");
    expect(strict.code).toBe(2);
    expect(strict.err).toMatch(/^modelgate: comment not posted \(--fail-on-post-error\): GitHub refused the token/m);
    expect(await kept()).toBe("## report");
    expect(await summary()).toContain("## report");
    expect(ours()).toHaveLength(0);
  });

  it("a server that keeps answering 500: 4 attempts with a line per retry, then one warning naming the call", async () => {
    gh.fault({}, { status: 500 }, 100);
    const { result, log } = await post("## down");
    expect(result.posted).toBe(false);
    expect(gh.requests.map((r) => `${r.method} ${r.path}`)).toEqual(Array(4).fill("GET /user"));
    const retries = log.split("\n").filter((l) => l.startsWith("GitHub GET /user: HTTP 500"));
    expect(retries).toEqual(
      [1, 2, 4].map((s, i) => `GitHub GET /user: HTTP 500 (Server Error); retry ${i + 1} of 3 in ${s} s`),
    );
    expect(log).toMatch(
      /^::warning::comment not posted: GitHub GET \/user: HTTP 500 \(Server Error\), 4 times in a row \(7 s of waiting between them\): gave up\. The report is in the job summary and modelgate-comment-modelgate\.md\.$/m,
    );
    expect(await kept()).toBe("## down");
    expect(await summary()).toContain("## down");
    const strict = await post("## down", { request: { failOnPostError: true } }).catch((e: unknown) => e);
    expect(strict).toBeInstanceOf(InputError);
    expect((strict as Error).message).toMatch(
      /^comment not posted \(--fail-on-post-error\): GitHub GET \/user: HTTP 500/,
    );
  });

  it("an answer that never comes ends at the attempt's deadline (30 s, shortened here) and is retried", async () => {
    gh.fault({ method: "GET", path: "/user" }, { hang: true });
    const { result, log } = await post("## slow", { attemptTimeoutMs: 300 });
    expect(result).toMatchObject({ posted: true, action: "created" });
    expect(log).toContain("GitHub GET /user: no answer in 30 s; retry 1 of 3 in 1 s");
  });

  it("no server at all (connection refused): retried with a line each, then one warning naming the call", async () => {
    const url = `http://127.0.0.1:${await closedPort()}`;
    const { result, log } = await post("## offline", { apiUrl: url });
    expect(result.posted).toBe(false);
    const retries = log.split("\n").filter((l) => l.includes("no connection (ECONNREFUSED)") && l.includes("retry"));
    expect(retries).toEqual(
      [1, 2, 4].map((s, i) => `GitHub GET /user: no connection (ECONNREFUSED); retry ${i + 1} of 3 in ${s} s`),
    );
    expect(log).toMatch(
      /^::warning::comment not posted: GitHub GET \/user: no connection \(ECONNREFUSED\), 4 times in a row/m,
    );
    expect(await kept()).toBe("## offline");
    expect(gh.requests).toHaveLength(0);
  });

  it("a 500 on the create itself is not repeated blindly: looked for, then created once", async () => {
    gh.fault({ method: "POST" }, { status: 500 });
    const { result } = await post("## once");
    expect(result).toMatchObject({ posted: true, action: "created" });
    expect(gh.requests.filter((r) => r.method === "POST")).toHaveLength(2);
    expect(ours()).toHaveLength(1);
  });
});

describe("--expect-head-sha (the workflow_run job posts a fork's report to the number the fork gave)", () => {
  it("posts when the pull request's head is the run's commit, refuses and posts nothing when it is not", async () => {
    gh.addPull(REPO, PR, HEAD);
    const other = "b".repeat(40);
    const refused = await post("## from the fork", { request: { pr: PR, expectHeadSha: other } });
    expect(refused.result.posted).toBe(false);
    expect(refused.log).toMatch(
      /^::warning::comment not posted: octo\/models#7's head is aaaaaaaaaaaa, not bbbbbbbbbbbb as --expect-head-sha says \(a newer push, or a number that is not this run's pull request\): refused\./m,
    );
    expect(gh.requests.filter((r) => r.method !== "GET")).toHaveLength(0);
    expect(gh.requests.some((r) => r.path === `/repos/${REPO}/pulls/${PR}`)).toBe(true);
    expect(gh.comments(REPO, PR)).toHaveLength(0);
    const strict = await post("## from the fork", {
      request: { pr: PR, expectHeadSha: other, failOnPostError: true },
    }).catch((e: unknown) => e);
    expect(strict).toBeInstanceOf(InputError);
    expect(gh.comments(REPO, PR)).toHaveLength(0);
    const right = await post("## from the fork", { request: { pr: PR, expectHeadSha: HEAD } });
    expect(right.result).toMatchObject({ posted: true, action: "created" });
    expect(ours().map((c) => c.body)).toEqual([`${markerOf("modelgate")}\n## from the fork`]);
  });

  it("a pull request the token cannot see (a made-up number) is refused too, and a malformed sha is exit 2", async () => {
    const { result, log } = await post("## nowhere", { request: { pr: 4242, expectHeadSha: HEAD } });
    expect(result.posted).toBe(false);
    expect(log).toMatch(/^::warning::comment not posted: /m);
    expect(gh.requests.filter((r) => r.method !== "GET")).toHaveLength(0);
    const { comment } = await import("../../../src/commands/comment/command.js");
    const { resolveInput } = await import("../../../src/commands/resolve.js");
    const { configSchema } = await import("../../../src/core/config/config.js");
    expect(() => resolveInput(comment, { expectHeadSha: "main" }, configSchema.parse({}), null, "/work")).toThrow(
      /^--expect-head-sha must be a full commit sha \(40 or 64 lowercase hex digits\), not "main"$/,
    );
  });
});

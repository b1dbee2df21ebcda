// Tests the fake GitHub through the real octokit client (with the retry and throttling plugins), so the
// fake is proven to speak the protocol octokit expects, and against GitHub's OpenAPI response schemas.
import { getOctokit } from "@actions/github";
import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { type FakeGithub, fastOctokitOptions, startFakeGithub } from "./githubServer.js";
import { loadGithubOpenApi } from "./openapiValidator.js";

const owner = "acme";
const repo = "models";
const where = { owner, repo, issue_number: 7 };
let gh: FakeGithub;

function client(token = "user-token", options: Record<string, unknown> = {}) {
  return getOctokit(token, { ...fastOctokitOptions(gh.url), ...options }, retry, throttling);
}

async function status(promise: Promise<unknown>): Promise<number | undefined> {
  return promise.then(
    () => 200,
    (error: { status?: number }) => error.status,
  );
}

async function responseViolations(method: string, template: string, statusCode: number, body: unknown) {
  return (await loadGithubOpenApi()).validateResponse(method, template, statusCode, body);
}

beforeEach(async () => {
  gh = await startFakeGithub({
    tokens: {
      "user-token": { login: "octocat", id: 583231 },
      "read-only": { login: "reader", canWrite: false },
      "gh-token": { kind: "installation" },
    },
  });
});
afterEach(() => gh.close());

describe("fake GitHub: comments", () => {
  it("paginates 250 comments as 3 pages of 100 with a Link header octokit follows", async () => {
    gh.seedComments(
      `${owner}/${repo}`,
      7,
      Array.from({ length: 250 }, (_, i) => ({ body: `c${i}`, login: "alice" })),
    );
    const octokit = client();
    const all = await octokit.paginate(octokit.rest.issues.listComments, { ...where, per_page: 100 });
    expect(all.map((c) => c.body)).toEqual(Array.from({ length: 250 }, (_, i) => `c${i}`));
    expect(gh.requests.map((r) => r.query.page ?? "1")).toEqual(["1", "2", "3"]);

    const page2 = await octokit.rest.issues.listComments({ ...where, per_page: 100, page: 2 });
    expect(page2.headers.link).toMatch(
      /page=1>; rel="prev", .*page=3>; rel="next", .*page=3>; rel="last", .*page=1>; rel="first"/,
    );
    const defaults = await octokit.rest.issues.listComments(where);
    expect(defaults.data).toHaveLength(30);
    expect(
      await responseViolations("GET", "/repos/{owner}/{repo}/issues/{issue_number}/comments", 200, page2.data),
    ).toEqual([]);
    expect(gh.violations).toEqual([]);
  });

  it("creates, reads, updates and deletes a comment with GitHub's shapes and status codes", async () => {
    const octokit = client();
    const created = await octokit.rest.issues.createComment({ ...where, body: "hello" });
    expect(created.status).toBe(201);
    expect(created.data).toMatchObject({ body: "hello", user: { login: "octocat", id: 583231, type: "User" } });
    expect(created.headers["content-type"]).toBe("application/json; charset=utf-8");
    expect(created.headers["x-github-request-id"]).toMatch(/^[0-9A-F:]+$/);
    expect(created.headers["x-ratelimit-remaining"]).toMatch(/^\d+$/);
    const template = "/repos/{owner}/{repo}/issues/{issue_number}/comments";
    expect(await responseViolations("POST", template, 201, created.data)).toEqual([]);

    const comment_id = created.data.id;
    const updated = await octokit.rest.issues.updateComment({ owner, repo, comment_id, body: "edited" });
    expect(updated.data).toMatchObject({ id: comment_id, body: "edited" });
    expect(updated.data.updated_at > created.data.updated_at).toBe(true);
    expect((await octokit.rest.issues.getComment({ owner, repo, comment_id })).data.body).toBe("edited");
    expect(gh.comments(`${owner}/${repo}`, 7).map((c) => c.body)).toEqual(["edited"]);

    expect((await octokit.rest.issues.deleteComment({ owner, repo, comment_id })).status).toBe(204);
    expect(gh.comments(`${owner}/${repo}`, 7)).toEqual([]);
    expect(await status(octokit.rest.issues.getComment({ owner, repo, comment_id }))).toBe(404);
    expect(await status(octokit.rest.issues.updateComment({ owner, repo, comment_id, body: "x" }))).toBe(404);
    expect(gh.violations).toEqual([]);
  });

  it("accepts 65,536 characters and answers 422 Validation Failed beyond", async () => {
    const octokit = client();
    const ok = await octokit.rest.issues.createComment({ ...where, body: "x".repeat(65536) });
    const error = await octokit.rest.issues
      .createComment({ ...where, body: "x".repeat(65537) })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      status: 422,
      response: {
        data: {
          message: "Validation Failed",
          errors: [{ field: "body", code: "custom", message: "body is too long (maximum is 65536 characters)" }],
        },
      },
    });
    const patch = octokit.rest.issues.updateComment({ owner, repo, comment_id: ok.data.id, body: "y".repeat(70000) });
    expect(await status(patch)).toBe(422);
    expect(gh.comments(`${owner}/${repo}`, 7)).toHaveLength(1);
  });

  it("lists the open pull requests of a commit", async () => {
    gh.state.pullsBySha.set("abc123", [7, 9]);
    const { data } = await client().rest.repos.listPullRequestsAssociatedWithCommit({
      owner,
      repo,
      commit_sha: "abc123",
    });
    expect(data.map((p) => [p.number, p.state, p.head.ref, p.base.ref])).toEqual([
      [7, "open", "feature-7", "main"],
      [9, "open", "feature-9", "main"],
    ]);
    expect((await client().rest.issues.createComment({ ...where, body: "x" })).data.html_url).toMatch(
      /\/pull\/7#issuecomment-/,
    );
  });
});

describe("fake GitHub: identities", () => {
  it("answers 403 to GET /user for an installation token, which posts as github-actions[bot]", async () => {
    const octokit = client("gh-token");
    const error = await octokit.rest.users.getAuthenticated().catch((e: unknown) => e);
    expect(error).toMatchObject({
      status: 403,
      response: { data: { message: "Resource not accessible by integration" } },
    });
    const { data } = await octokit.rest.issues.createComment({ ...where, body: "bot" });
    expect(data.user).toMatchObject({ login: "github-actions[bot]", id: 41898282, type: "Bot" });
  });

  it("serves GET /user, rejects unknown tokens and write attempts from read-only tokens", async () => {
    const me = await client().rest.users.getAuthenticated();
    expect(me.data).toMatchObject({ login: "octocat", id: 583231, type: "User" });
    expect(await responseViolations("GET", "/user", 200, me.data)).toEqual([]);
    expect(await status(client("nope").rest.users.getAuthenticated())).toBe(401);
    expect(await status(client("read-only").rest.issues.createComment({ ...where, body: "x" }))).toBe(403);
    expect(gh.requests[0]?.headers.authorization).toBe("token [redacted]");
  });

  it("serves under /api/v3 like GitHub Enterprise Server", async () => {
    await gh.close();
    gh = await startFakeGithub({ prefix: "/api/v3", tokens: { t: { login: "octocat" } } });
    expect(gh.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/v3$/);
    gh.seedComments(`${owner}/${repo}`, 7, [{ body: "a", login: "bob" }]);
    const octokit = client("t");
    expect((await octokit.paginate(octokit.rest.issues.listComments, where)).map((c) => c.body)).toEqual(["a"]);
    expect(gh.requests[0]?.path).toBe(`/repos/${owner}/${repo}/issues/7/comments`);
    expect(gh.violations).toEqual([]);
  });
});

describe("fake GitHub: OpenAPI violations", () => {
  it("records and answers 400 to requests the real API would not accept", async () => {
    const octokit = client();
    // Typed as plain strings so octokit's route types let the deliberately wrong parameters through.
    const post: string = "POST /repos/{owner}/{repo}/issues/{issue_number}/comments";
    expect(await status(octokit.request(post, { ...where, bodyy: "x" }))).toBe(400);
    expect(await status(octokit.request(post, { ...where, body: 42 }))).toBe(400);
    expect(await status(octokit.request(post, { ...where, issue_number: "seven", body: "x" }))).toBe(400);
    expect(
      await status(
        octokit.request("GET /repos/{owner}/{repo}/issues/{issue_number}/comments", { ...where, sort: "x" }),
      ),
    ).toBe(400);
    expect(await status(octokit.request("GET /repos/{owner}/{repo}/nonsense", { owner, repo }))).toBe(400);
    expect(
      await status(
        octokit.request("PUT /repos/{owner}/{repo}/issues/comments/{comment_id}", { owner, repo, comment_id: 1 }),
      ),
    ).toBe(400);
    const attach = "POST /enterprises/{enterprise}/code-security/configurations/{configuration_id}/attach";
    expect(
      await status(octokit.request(attach, { enterprise: "e", configuration_id: 1, scope: "all", extra: 1 })),
    ).toBe(400);
    expect(gh.violations).toEqual([
      expect.stringMatching(/body must have required property 'body'/),
      expect.stringMatching(/body\/body must be string/),
      expect.stringMatching(/path parameter "issue_number" must be integer/),
      expect.stringMatching(/unknown query parameter "sort"/),
      expect.stringMatching(/GET \/repos\/acme\/models\/nonsense: no such path/),
      expect.stringMatching(/PUT .*: method not allowed/),
      expect.stringMatching(/must NOT have additional properties \("extra"\)/),
    ]);
    expect(gh.comments(`${owner}/${repo}`, 7)).toEqual([]);
  });
});

describe("fake GitHub: faults", () => {
  const create = { method: "POST", path: "/repos/{owner}/{repo}/issues/{issue_number}/comments" };

  it.each([
    ["500", { status: 500 } as const],
    ["502", { status: 502 } as const],
    ["429 with Retry-After", { status: 429, retryAfter: 1 } as const],
    ["secondary rate limit", { secondaryRateLimit: 1 } as const],
    ["drop before", { drop: "before" } as const],
  ])("a %s is retried by the plugins and the comment is created once", async (_name, kind) => {
    gh.fault(create, kind);
    const { data } = await client().rest.issues.createComment({ ...where, body: "once" });
    expect(data.body).toBe("once");
    expect(gh.comments(`${owner}/${repo}`, 7)).toHaveLength(1);
    expect(gh.requests.filter((r) => r.method === "POST").length).toBeGreaterThanOrEqual(2);
  });

  it("drop after applies the change, so a retried create duplicates the comment", async () => {
    gh.fault(create, { drop: "after" });
    await client().rest.issues.createComment({ ...where, body: "twice" });
    expect(gh.comments(`${owner}/${repo}`, 7).map((c) => c.body)).toEqual(["twice", "twice"]);
  });

  it("a drop surfaces as an error without retries; faults are consumed in order and by count", async () => {
    gh.fault({ path: /\/comments$/ }, { drop: "before" });
    gh.fault({ method: "GET" }, { status: 502 }, 2);
    const octokit = client("user-token", { retry: { enabled: false } });
    expect(await status(octokit.rest.issues.createComment({ ...where, body: "x" }))).toBe(500);
    expect(await status(octokit.rest.issues.listComments(where))).toBe(502);
    expect(await status(octokit.rest.issues.listComments(where))).toBe(502);
    expect((await octokit.rest.issues.listComments(where)).data).toEqual([]);
    expect(gh.comments(`${owner}/${repo}`, 7)).toEqual([]);
  });
});

// Drives the fake GitLab with the real @gitbeaker/rest client, so the fake is checked against what gitbeaker
// actually sends (encoded project paths, JSON bodies, Link-header pagination, its own 429/502 retry loop).
import { GitbeakerRequestError, GitbeakerRetryError, Gitlab } from "@gitbeaker/rest";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { type FakeGitlab, startFakeGitlab } from "./gitlabServer.js";

const PROJECT = "group/sub/project";
let fake: FakeGitlab;
const AUTH = { headers: { "PRIVATE-TOKEN": "glpat-alice" } };
const client = (token: string) => new Gitlab({ host: fake.url, token });

function status(error: unknown): number | undefined {
  return error instanceof GitbeakerRequestError ? (error.cause?.response as Response | undefined)?.status : undefined;
}
async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.fail("expected the request to fail"),
    (e: unknown) => e,
  );
}

beforeEach(async () => {
  fake = await startFakeGitlab();
  fake.addProject(PROJECT, 42);
  fake.addMergeRequest(PROJECT, { iid: 7, sourceBranch: "feature" });
  fake.addToken("glpat-alice", { username: "alice", name: "Alice" });
  fake.addToken("glpat-bob", { username: "bob" });
  fake.addToken("glpat-readonly", { username: "carol", canWriteNotes: false });
  fake.addToken("job-123", { username: "alice", kind: "job" });
});
afterEach(() => fake.close());

describe("fake GitLab through @gitbeaker/rest", () => {
  it("answers /user for personal and OAuth tokens, 401 for job tokens and no token", async () => {
    const me = await client("glpat-alice").Users.showCurrentUser();
    expect(me).toMatchObject({ username: "alice", name: "Alice", bot: false, state: "active" });
    const oauth = await new Gitlab({ host: fake.url, oauthToken: "glpat-bob" }).Users.showCurrentUser();
    expect(oauth.username).toBe("bob");
    const job = await failure(new Gitlab({ host: fake.url, jobToken: "job-123" }).Users.showCurrentUser());
    expect(status(job)).toBe(401);
    const anonymous = await fetch(`${fake.url}/api/v4/user`);
    expect([anonymous.status, await anonymous.json()]).toEqual([401, { message: "401 Unauthorized" }]);
    expect(fake.requests[0]?.headers["private-token"]).toBe("[redacted]");
    expect(fake.requests[1]?.headers.authorization).toBe("[redacted]");
    expect(fake.violations).toEqual([]);
  });

  it("walks 250 seeded notes across pages, newest first by default", async () => {
    fake.seedNotes(
      PROJECT,
      7,
      Array.from({ length: 250 }, (_, i) => ({ body: `note ${i}`, username: "bob" })),
    );
    const api = client("glpat-alice");
    const all = await api.MergeRequestNotes.all(PROJECT, 7);
    expect(all).toHaveLength(250);
    expect(all[0]?.body).toBe("note 249");
    expect(fake.requests).toHaveLength(13); // default per_page 20
    expect(fake.requests[0]?.path).toBe("/projects/group%2Fsub%2Fproject/merge_requests/7/notes");

    fake.requests.length = 0;
    const asc = await api.MergeRequestNotes.all(42, 7, { perPage: 100, sort: "asc" });
    expect(asc.map((n) => n.body).slice(0, 2)).toEqual(["note 0", "note 1"]);
    expect(fake.requests.map((r) => r.query)).toEqual([
      { per_page: "100", sort: "asc" },
      { page: "2", per_page: "100", sort: "asc" },
      { page: "3", per_page: "100", sort: "asc" },
    ]);
    expect(await api.MergeRequestNotes.all(PROJECT, 7, { perPage: 100, maxPages: 2 })).toHaveLength(200);

    const one = { page: 2, perPage: 100, showExpanded: true } as const;
    const { data, paginationInfo } = await api.MergeRequestNotes.all(PROJECT, 7, one);
    expect(data).toHaveLength(100);
    expect(paginationInfo).toEqual({ total: 250, next: 3, current: 2, previous: 1, perPage: 100, totalPages: 3 });
    const raw = await fetch(`${fake.url}/api/v4/projects/42/merge_requests/7/notes?per_page=500&page=3`, AUTH);
    expect(raw.headers.get("x-per-page")).toBe("100"); // GitLab caps per_page at 100
    expect(raw.headers.get("link")).toContain('per_page=100&page=2>; rel="prev"');
    expect(fake.violations).toEqual([]);
  });

  it("creates, edits and removes a note, with GitLab's note shape and author rules", async () => {
    const api = client("glpat-alice");
    const note = await api.MergeRequestNotes.create(PROJECT, 7, "hello");
    expect(note).toMatchObject({ body: "hello", system: false, noteable_type: "MergeRequest", noteable_iid: 7 });
    expect(note.project_id).toBe(42);
    expect(note.author).toMatchObject({ username: "alice", name: "Alice" });
    const edited = await api.MergeRequestNotes.edit(PROJECT, 7, note.id, { body: "bye" });
    expect(edited.body).toBe("bye");
    expect(edited.updated_at > edited.created_at).toBe(true);
    const bob = client("glpat-bob").MergeRequestNotes;
    expect(status(await failure(bob.edit(PROJECT, 7, note.id, { body: "x" })))).toBe(403);
    expect(status(await failure(bob.remove(PROJECT, 7, note.id)))).toBe(403);
    expect(fake.notes(PROJECT, 7).map((n) => n.body)).toEqual(["bye"]);
    await api.MergeRequestNotes.remove(PROJECT, 7, note.id);
    expect(fake.notes(PROJECT, 7)).toEqual([]);
    expect(status(await failure(api.MergeRequestNotes.show(PROJECT, 7, note.id)))).toBe(404);
    expect(fake.requests.find((r) => r.method === "DELETE")?.body).toEqual({}); // gitbeaker sends "{}" on DELETE
    expect(fake.violations).toEqual([]);
  });

  it("accepts 1,000,000 characters and refuses one more with GitLab's message", async () => {
    const api = client("glpat-alice");
    const max = await api.MergeRequestNotes.create(PROJECT, 7, "😀".repeat(1_000_000)); // code points, not UTF-16
    expect(max.body).toHaveLength(2_000_000);
    const error = await failure(api.MergeRequestNotes.create(PROJECT, 7, "x".repeat(1_000_001)));
    expect(status(error)).toBe(400);
    expect((error as Error).message).toBe(
      '400 Bad request - Note {:note=>["is too long (maximum is 1000000 characters)"]}',
    );
    expect(fake.violations).toEqual([
      "POST /projects/group%2Fsub%2Fproject/merge_requests/7/notes: body is longer than 1000000 characters",
    ]);
  });

  it("lets a job token read notes but not write them; a read_api token gets 403", async () => {
    fake.seedNotes(PROJECT, 7, [{ body: "seeded", username: "bot", system: true }]);
    const job = new Gitlab({ host: fake.url, jobToken: "job-123" });
    expect(await job.MergeRequestNotes.all(PROJECT, 7)).toHaveLength(1);
    expect(fake.requests[0]?.headers["job-token"]).toBe("[redacted]");
    expect(status(await failure(job.MergeRequestNotes.create(PROJECT, 7, "x")))).toBe(401);
    const readOnly = await failure(client("glpat-readonly").MergeRequestNotes.create(PROJECT, 7, "x"));
    expect([status(readOnly), (readOnly as Error).message]).toEqual([403, "insufficient_scope"]);
    expect(status(await failure(client("job-123").MergeRequestNotes.all(PROJECT, 7)))).toBe(401);
    expect(fake.notes(PROJECT, 7)).toHaveLength(1);
  });

  it("lists open merge requests for a source branch", async () => {
    fake.addMergeRequest(PROJECT, { iid: 8, sourceBranch: "feature", state: "merged" });
    fake.addMergeRequest(PROJECT, { iid: 9, sourceBranch: "other" });
    const query = { projectId: PROJECT, sourceBranch: "feature", state: "opened" } as const;
    const mrs = await client("glpat-alice").MergeRequests.all(query);
    expect(mrs.map((m) => [m.iid, m.state, m.web_url])).toEqual([
      [7, "opened", `${fake.url}/${PROJECT}/-/merge_requests/7`],
    ]);
    expect(fake.violations).toEqual([]);
  });

  it("records violations: undocumented parameter, wrong type, missing body, unknown route, unencoded path", async () => {
    const headers = { "PRIVATE-TOKEN": "glpat-alice", "content-type": "application/json" };
    const notes = `${fake.url}/api/v4/projects/42/merge_requests/7/notes`;
    const undocumented = await fetch(`${notes}?activity=all`, { headers });
    const answer = { error: "activity is not a documented parameter" };
    expect([undocumented.status, await undocumented.json()]).toEqual([400, answer]);
    expect((await fetch(`${notes}?per_page=ten&sort=up`, { headers })).status).toBe(400);
    expect((await fetch(notes, { method: "POST", headers, body: JSON.stringify({ note: "x" }) })).status).toBe(400);
    const form = await fetch(notes, { ...AUTH, method: "POST", body: new URLSearchParams({ body: "form" }) });
    expect([form.status, fake.notes(PROJECT, 7)[0]?.body]).toEqual([201, "form"]); // GitLab takes forms too
    expect((await fetch(`${fake.url}/api/v4/projects/42/issues`, { headers })).status).toBe(404);
    const unencoded = `${fake.url}/api/v4/projects/group/sub/project/merge_requests`;
    expect((await fetch(unencoded, { headers })).status).toBe(404);
    expect((await fetch(`${notes}/1`, { method: "PATCH", headers })).status).toBe(405);
    expect(fake.violations).toEqual([
      "GET /projects/42/merge_requests/7/notes: activity is not a documented parameter",
      "GET /projects/42/merge_requests/7/notes: per_page is invalid, sort does not have a valid value",
      "POST /projects/42/merge_requests/7/notes: note is not a documented parameter, body is missing",
      "GET /projects/42/issues: unknown route",
      "GET /projects/group/sub/project/merge_requests: unknown route",
      "PATCH /projects/42/merge_requests/7/notes/1: method not allowed",
    ]);
  });

  it("serves under a path prefix (self-managed GitLab at /gitlab)", async () => {
    const prefixed = await startFakeGitlab({ prefix: "/gitlab" });
    try {
      prefixed.addToken("t", { username: "dora", kind: "project" });
      expect(prefixed.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/gitlab$/);
      const me = await new Gitlab({ host: prefixed.url, token: "t" }).Users.showCurrentUser();
      expect(me).toMatchObject({ username: "dora", bot: true });
    } finally {
      await prefixed.close();
    }
  });
});

describe("faults and gitbeaker's retry behaviour", () => {
  const create = () => client("glpat-alice").MergeRequestNotes.create(PROJECT, 7, "hi");
  const posts = () => fake.requests.filter((r) => r.method === "POST").length;

  it("retries 502 and 429 itself, quickly, ignoring Retry-After", async () => {
    fake.fault({ method: "POST", path: /\/notes$/ }, { status: 502 }, 2);
    fake.fault({ method: "POST" }, { status: 429, retryAfter: 30 });
    const started = performance.now();
    await create();
    expect(performance.now() - started).toBeLessThan(1000); // it waited 0.25 ms·2^i, not 30 s
    expect(posts()).toBe(4);
    expect(fake.notes(PROJECT, 7)).toHaveLength(1);
  });

  it("gives up after 10 attempts with GitbeakerRetryError", async () => {
    fake.fault({ path: "/notes" }, { status: 502 }, 10);
    expect(await failure(create())).toBeInstanceOf(GitbeakerRetryError);
    expect(posts()).toBe(10);
  });

  it("does not retry 500", async () => {
    fake.fault({}, { status: 500 });
    expect(status(await failure(create()))).toBe(500);
    expect([posts(), fake.notes(PROJECT, 7).length]).toEqual([1, 0]);
  });

  it("surfaces dropped connections as fetch errors, without retrying", async () => {
    fake.fault({ method: "POST" }, { drop: "before" });
    expect(await failure(create())).toMatchObject({ name: "TypeError", message: "fetch failed" });
    expect(fake.notes(PROJECT, 7)).toHaveLength(0);
    fake.fault({ method: "POST" }, { drop: "after" });
    expect(await failure(create())).toMatchObject({ name: "TypeError" });
    expect(fake.notes(PROJECT, 7)).toHaveLength(1); // applied although the client saw an error
    expect(posts()).toBe(2);
  });
});

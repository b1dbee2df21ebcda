// A pull_request run checks out GitHub's test merge commit (GITHUB_SHA); the pull request's head is in the event.
// The sticky comment binds comment commands to the head, so the context must carry it.
import { writeFileSync } from "node:fs";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { GithubPlatform } from "../../../src/platform/github/githubPlatform.js";
import { GitlabPlatform } from "../../../src/platform/gitlab/gitlabPlatform.js";
import { makeTemp, type TempDir } from "../../support.js";

let tmp: TempDir;
beforeAll(async () => {
  tmp = await makeTemp("head-sha");
});
afterAll(() => tmp.remove());

const MERGE = "1".repeat(40);
const HEAD = "a".repeat(40);

describe("the pull request's head commit", () => {
  it("GitHub: from the pull_request event, beside GITHUB_SHA's merge commit", () => {
    const event = tmp.file("event.json");
    writeFileSync(event, JSON.stringify({ pull_request: { number: 7, head: { sha: HEAD } } }));
    const env = { GITHUB_SHA: MERGE, GITHUB_EVENT_PATH: event, GITHUB_REPOSITORY: "o/r" };
    const ctx = new GithubPlatform(env, null, { out: () => {}, err: () => {} }).context;
    expect(ctx.sha).toBe(MERGE);
    expect(ctx.headSha).toBe(HEAD);
    expect(ctx.changeRequest).toBe(7);
  });

  it("GitHub: none on a push, and none when the event's head is no commit id", () => {
    const event = tmp.file("push.json");
    writeFileSync(event, JSON.stringify({ pull_request: { head: { sha: "main; rm -rf /" } } }));
    const ctx = new GithubPlatform({ GITHUB_SHA: MERGE, GITHUB_EVENT_PATH: event }, null, {
      out: () => {},
      err: () => {},
    }).context;
    expect(ctx.headSha).toBeUndefined();
  });

  it("GitLab: a merged-results pipeline's source branch commit", () => {
    const ctx = new GitlabPlatform(
      { CI_COMMIT_SHA: MERGE, CI_MERGE_REQUEST_SOURCE_BRANCH_SHA: HEAD },
      { notes: null, artifacts: null },
      () => {},
    ).context;
    expect(ctx.headSha).toBe(HEAD);
    const plain = new GitlabPlatform({ CI_COMMIT_SHA: HEAD }, { notes: null, artifacts: null }, () => {}).context;
    expect(plain.headSha).toBeUndefined();
  });
});

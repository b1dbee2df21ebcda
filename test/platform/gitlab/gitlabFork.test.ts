// A merge request from a fork: its pipeline runs in the fork (CI_PROJECT_ID is the fork's), but the merge request and
// its notes belong to the target project (CI_MERGE_REQUEST_PROJECT_ID). The note must land on the target's merge
// request, and the outputs a later job reads must be paths relative to the project.
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { postComment } from "../../../src/commands/post.js";
import { GitlabPlatform } from "../../../src/platform/gitlab/gitlabPlatform.js";
import { type FakeGitlab, startFakeGitlab } from "../../fakes/gitlabServer.js";
import { gitlabClientsAt, harness } from "../platformHarness.js";

const TARGET = "acme/models";
const FORK = "contributor/models";
let fake: FakeGitlab;
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "mg-gl-fork-"));
  fake = await startFakeGitlab();
  fake.addProject(TARGET, 42);
  fake.addProject(FORK, 77);
  fake.addMergeRequest(TARGET, { iid: 5, sourceBranch: "fix" });
  fake.addToken("glpat-bot", { username: "project_42_bot", kind: "project" });
});
afterEach(async () => {
  await fake.close();
});

const forkEnv = () => ({
  GITLAB_CI: "true",
  CI_PROJECT_ID: "77",
  CI_PROJECT_PATH: FORK,
  CI_PROJECT_DIR: dir,
  CI_MERGE_REQUEST_IID: "5",
  CI_MERGE_REQUEST_PROJECT_ID: "42",
  CI_MERGE_REQUEST_PROJECT_PATH: TARGET,
  CI_COMMIT_SHA: "b".repeat(40),
  MODELGATE_DOTENV: join(dir, "out.env"),
});

describe("a merge request from a fork", () => {
  it("posts the note on the target project's merge request, not the fork's", async () => {
    const platform = new GitlabPlatform(forkEnv(), gitlabClientsAt(fake.url, { notes: "glpat-bot" }), () => {});
    const h = harness(platform, dir);
    const result = await postComment(h.io, { key: "modelgate", body: "verdict", mode: "update" });
    expect(result).toMatchObject({ posted: true });
    expect(fake.notes(TARGET, 5).filter((n) => !n.system)).toHaveLength(1);
    const paths = fake.requests.map((r) => r.path);
    expect(paths.some((p) => p.includes("/projects/42/merge_requests/5/notes"))).toBe(true);
    expect(paths.some((p) => p.includes("/projects/77/"))).toBe(false);
  });

  it("writes outputs inside the project as relative paths (a later job's checkout is elsewhere)", async () => {
    const platform = new GitlabPlatform(forkEnv(), { notes: null, artifacts: null }, () => {});
    await platform.setOutputs({ "gate-path": join(dir, "out", "gate.json"), passed: true, other: "/etc/x.json" });
    expect(await readFile(join(dir, "out.env"), "utf8")).toBe(
      "MODELGATE_GATE_PATH=out/gate.json\nMODELGATE_PASSED=true\nMODELGATE_OTHER=/etc/x.json\n",
    );
  });
});

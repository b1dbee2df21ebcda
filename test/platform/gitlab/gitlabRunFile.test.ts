// The baseline from the target branch's pipeline, through the real @gitbeaker/rest client against the fake GitLab
// (documented parameters checked): a file of a job's artifacts from the branch's newest successful pipeline, read
// with CI_JOB_TOKEN.
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { runCommand } from "../../../src/commands/run.js";
import type { GateResult } from "../../../src/core/gate/gate.js";
import { GitlabPlatform } from "../../../src/platform/gitlab/gitlabPlatform.js";
import { type FakeGitlab, startFakeGitlab } from "../../fakes/gitlabServer.js";
import { gitlabClientsAt, harness } from "../platformHarness.js";

const PROJECT = "group/project";
const JOB_TOKEN = "glcbt-job-secret-1234";
let fake: FakeGitlab;
let dir: string;

const json = (v: unknown) => new TextEncoder().encode(JSON.stringify(v));

/** The adapter reading artifacts with the job token (`jobToken: false`: with no client that may). */
function platform(o: { jobToken?: boolean } = {}) {
  const env: Record<string, string> = {
    GITLAB_CI: "true",
    // The server's web address: the pipelines page the baseline is said to come from.
    CI_SERVER_URL: fake.url,
    CI_PROJECT_ID: "42",
    CI_PROJECT_PATH: PROJECT,
    CI_MERGE_REQUEST_IID: "7",
    CI_MERGE_REQUEST_TARGET_BRANCH_NAME: "main",
    MODELGATE_DOTENV: join(dir, "modelgate.env"),
  };
  const clients = gitlabClientsAt(fake.url, o.jobToken === false ? {} : { artifacts: { jobToken: JOB_TOKEN } });
  return new GitlabPlatform(env, clients, () => {});
}

beforeEach(async () => {
  fake = await startFakeGitlab();
  dir = await mkdtemp(join(tmpdir(), "modelgate-gl-runfile-"));
  const p = fake.addProject(PROJECT, 42);
  fake.addToken(JOB_TOKEN, { username: "project_42_bot", kind: "job" });
  p.jobArtifacts.push(
    { ref: "main", job: "evaluate", path: "out/evaluation.json", bytes: json({ accuracy: 0.9 }), succeeded: true },
    { ref: "main", job: "evaluate", path: "out/evaluation.json", bytes: json({ accuracy: 0.95 }), succeeded: true },
    // Newer, but failed: GitLab takes the newest successful pipeline.
    { ref: "main", job: "evaluate", path: "out/evaluation.json", bytes: json({ accuracy: 0.1 }), succeeded: false },
    { ref: "feature", job: "evaluate", path: "out/evaluation.json", bytes: json({ accuracy: 0.2 }), succeeded: true },
  );
});
afterEach(async () => {
  expect(fake.violations).toEqual([]);
  await fake.close();
  await rm(dir, { recursive: true, force: true });
});

describe("the target branch's pipeline as the baseline (GitLab)", () => {
  it("reads the file from the job's artifacts of the newest successful pipeline, with the job token", async () => {
    const to = join(dir, "e.json");
    const got = await platform().runFile({ branch: "main", artifact: "out/evaluation.json", job: "evaluate", to });
    expect(got).toEqual({ file: to, run: `${fake.url}/${PROJECT}/-/pipelines?ref=main` });
    expect(JSON.parse(await readFile(to, "utf8"))).toEqual({ accuracy: 0.95 });
    const r = fake.requests.at(-1)!;
    // gitbeaker encodes the path as one segment (out%2Fevaluation.json), which GitLab decodes.
    expect(decodeURIComponent(r.path)).toBe("/projects/42/jobs/artifacts/main/raw/out/evaluation.json");
    expect(r.query).toEqual({ job: "evaluate" });
    expect(r.headers["job-token"]).toBe("[redacted]");
  });

  it("says which job and file it did not find", async () => {
    const to = join(dir, "e.json");
    const wrongJob = await platform().runFile({ branch: "main", artifact: "out/evaluation.json", job: "train", to });
    expect(wrongJob).toEqual({
      unavailable: 'no successful pipeline on main has a job "train" whose artifacts hold out/evaluation.json',
    });
    const noToken = await platform({ jobToken: false }).runFile({
      branch: "main",
      artifact: "x",
      job: "evaluate",
      to,
    });
    expect(noToken).toEqual({ unavailable: "no CI_JOB_TOKEN or MODELGATE_GITLAB_TOKEN" });
  });

  it("gates against it: --baseline-run base is the merge request's target branch", async () => {
    await writeFile(join(dir, "cand.json"), JSON.stringify({ accuracy: 0.96 }));
    const h = harness(platform(), dir);
    const inputs = {
      evaluation: join(dir, "cand.json"),
      baselineRun: "base",
      baselineArtifact: "out/evaluation.json",
      rule: ["accuracy >= baseline - 0.01"],
      out: join(dir, "gate.json"),
    };
    expect(await runCommand("gate", inputs, h.io)).toBe(0);
    const g = JSON.parse(await readFile(join(dir, "gate.json"), "utf8")) as GateResult;
    expect(g.rules[0]).toMatchObject({ baseline: 0.95, actual: 0.96, passed: true });
    expect(g.baseline!.label).toBe(`main (${fake.url}/${PROJECT}/-/pipelines?ref=main)`);
  });
});

// The baseline from the base branch's run, through the real octokit against the fake GitHub (every request checked
// against GitHub's OpenAPI description) and its blob store: the newest successful run of this workflow that kept
// the artifact, kept as it is (modelgate) or zipped (actions/upload-artifact).
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { zipSync } from "fflate";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { runCommand } from "../../../src/commands/run.js";
import type { GateResult } from "../../../src/core/gate/gate.js";
import { GithubPlatform } from "../../../src/platform/github/githubPlatform.js";
import { type FakeGithub, startFakeGithub } from "../../fakes/githubServer.js";
import { githubApiAt, harness } from "../platformHarness.js";

const REPO = "octo/models";
const WORKFLOW = 161;
const THIS_RUN = 99;
let gh: FakeGithub;
let dir: string;

const json = (v: unknown) => new TextEncoder().encode(JSON.stringify(v));

function platform(env: Record<string, string> = {}) {
  return new GithubPlatform(
    {
      GITHUB_ACTIONS: "true",
      GITHUB_REPOSITORY: REPO,
      GITHUB_RUN_ID: String(THIS_RUN),
      GITHUB_BASE_REF: "main",
      ...env,
    },
    githubApiAt(gh.url, "ghs_installation"),
  );
}

beforeEach(async () => {
  gh = await startFakeGithub({ tokens: { ghs_installation: { kind: "installation", canWrite: false } } });
  dir = await mkdtemp(join(tmpdir(), "modelgate-runfile-"));
  // This run (a pull request's), so the adapter can learn its workflow.
  gh.addRun(REPO, { id: THIS_RUN, workflowId: WORKFLOW, branch: "feature" });
});
afterEach(async () => {
  expect(gh.violations).toEqual([]);
  await gh.close();
  await rm(dir, { recursive: true, force: true });
});

describe("the base branch's run as the baseline (GitHub)", () => {
  it("takes the newest successful run of this workflow that kept the artifact, unzipped or zipped", async () => {
    gh.addRun(REPO, {
      workflowId: WORKFLOW,
      branch: "main",
      artifacts: [{ name: "evaluation.json", bytes: json({ accuracy: 0.91 }) }],
    });
    // Newer, zipped by actions/upload-artifact.
    const zipped = zipSync({ "evaluation.json": json({ accuracy: 0.93 }) });
    const newest = gh.addRun(REPO, {
      workflowId: WORKFLOW,
      branch: "main",
      artifacts: [{ name: "evaluation.json", bytes: zipped, contentType: "application/zip" }],
    });
    // Not to be taken: a failed run, another workflow's run, another branch's run, all newer still.
    gh.addRun(REPO, {
      workflowId: WORKFLOW,
      branch: "main",
      conclusion: "failure",
      artifacts: [{ name: "evaluation.json", bytes: json({ accuracy: 0.1 }) }],
    });
    gh.addRun(REPO, {
      workflowId: 7,
      branch: "main",
      artifacts: [{ name: "evaluation.json", bytes: json({ accuracy: 0.2 }) }],
    });
    gh.addRun(REPO, {
      workflowId: WORKFLOW,
      branch: "other",
      artifacts: [{ name: "evaluation.json", bytes: json({ accuracy: 0.3 }) }],
    });
    const got = await platform().runFile({
      branch: "main",
      artifact: "evaluation.json",
      job: "evaluate",
      to: join(dir, "e.json"),
    });
    expect(got).toEqual({
      file: join(dir, "e.json"),
      run: `https://github.com/${REPO}/actions/runs/${newest.id}`,
      sha: newest.headSha,
    });
    expect(JSON.parse(await readFile(join(dir, "e.json"), "utf8"))).toEqual({ accuracy: 0.93 });
    // The blob is fetched without the token (a signed URL): the fake's store refuses one that carries it.
    expect(gh.blobRequests).toEqual([`GET /blobs/${newest.artifacts[0]!.id}?sig=fake`]);
    const listed = gh.requests.filter(
      (r) => r.operation === "/repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs",
    );
    expect(listed.map((r) => r.query)).toEqual([{ branch: "main", status: "success", per_page: "10" }]);
  });

  it("passes over a run whose artifact expired, and says so when no run kept one", async () => {
    const older = gh.addRun(REPO, {
      workflowId: WORKFLOW,
      branch: "main",
      artifacts: [{ name: "evaluation.json", bytes: json({ accuracy: 0.9 }) }],
    });
    gh.addRun(REPO, {
      workflowId: WORKFLOW,
      branch: "main",
      artifacts: [{ name: "evaluation.json", bytes: json({ accuracy: 0.5 }), expired: true }],
    });
    gh.addRun(REPO, { workflowId: WORKFLOW, branch: "main", artifacts: [{ name: "report.html", bytes: json("x") }] });
    const got = await platform().runFile({
      branch: "main",
      artifact: "evaluation.json",
      job: "evaluate",
      to: join(dir, "e.json"),
    });
    expect(got).toMatchObject({ run: `https://github.com/${REPO}/actions/runs/${older.id}` });
    const none = await platform().runFile({
      branch: "main",
      artifact: "metrics.json",
      job: "evaluate",
      to: join(dir, "m.json"),
    });
    expect(none).toEqual({
      unavailable: 'no successful run on main in the last 10 kept an artifact named "metrics.json"',
    });
  });

  it("gates against it: --baseline-run base names the pull request's target branch", async () => {
    gh.addRun(REPO, {
      workflowId: WORKFLOW,
      branch: "main",
      artifacts: [{ name: "evaluation.json", bytes: json({ accuracy: 0.95, log_loss: 0.12 }) }],
    });
    await writeFile(join(dir, "cand.json"), JSON.stringify({ accuracy: 0.9, log_loss: 0.2 }));
    const h = harness(platform(), dir);
    const code = await runCommand(
      "gate",
      {
        evaluation: join(dir, "cand.json"),
        baselineRun: "base",
        rule: ["accuracy >= baseline - 0.01"],
        out: join(dir, "gate.json"),
      },
      h.io,
    );
    expect(code).toBe(1);
    const g = JSON.parse(await readFile(join(dir, "gate.json"), "utf8")) as GateResult;
    expect(g.rules[0]).toMatchObject({ baseline: 0.95, actual: 0.9, passed: false });
    expect(g.baseline!.label).toMatch(new RegExp(`^main \\(https://github\\.com/${REPO}/actions/runs/\\d+\\)$`));
    // Outside a pull request there is no target branch: one line.
    const outside = harness(platform({ GITHUB_BASE_REF: "" }), dir);
    await expect(
      runCommand(
        "gate",
        { evaluation: join(dir, "cand.json"), baselineRun: "base", rule: ["accuracy >= baseline"] },
        outside.io,
      ),
    ).rejects.toThrow(/^--baseline-run base: this run belongs to no pull\/merge request/);
  });
});

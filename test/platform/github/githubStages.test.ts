// Stage history on GitHub as deployments of the version tags, and a run's approvals from its review history, through
// the real octokit against the fake GitHub (requests checked against GitHub's OpenAPI description). Each test
// asserts the deployments and their statuses the fake holds at the end.
import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { type StageEvent, StageMoved } from "../../../src/core/registry/store.js";
import { currentRun, runApprovals } from "../../../src/platform/github/githubApprovals.js";
import { GithubRegistry } from "../../../src/platform/github/githubRegistry.js";
import { type FakeGithub, startFakeGithub } from "../../fakes/githubServer.js";
import { loadGithubOpenApi } from "../../fakes/openapiValidator.js";
import { githubApiAt } from "../platformHarness.js";

const OWNER = "octo";
const REPO = "models";
const FULL = `${OWNER}/${REPO}`;
let gh: FakeGithub;

const octokit = () => githubApiAt(gh.url, "ghs_installation").octokit(() => {});
const registry = () => new GithubRegistry(octokit(), { owner: OWNER, repo: REPO, commit: "c".repeat(40) });

async function published(store: GithubRegistry, name: string, ...versions: string[]): Promise<void> {
  for (const version of versions)
    await store.publish(await store.createDraft({ name, version, tag: `model/${name}/v${version}`, notes: "" }));
}

function event(o: Partial<StageEvent> & Pick<StageEvent, "stage" | "version" | "previous">): StageEvent {
  return {
    name: "churn",
    action: "promote",
    by: "alice",
    at: "2026-01-02T03:04:05.000Z",
    approvals: [],
    commit: "c".repeat(40),
    run: "https://github.com/octo/models/actions/runs/99",
    ...o,
  };
}

/** Each deployment as the fake holds it: environment, ref, and its statuses oldest first. */
const deployments = () => gh.deployments(FULL).map((d) => [d.environment, d.ref, d.statuses.map((s) => s.state)]);

beforeEach(async () => {
  gh = await startFakeGithub();
  gh.addToken("ghs_installation", { kind: "installation" });
});
afterEach(async () => {
  expect(gh.violations).toEqual([]);
  await gh.close();
});

describe("stage history as deployments", () => {
  it("records promotions and a rollback; the history reads back oldest first; superseded ones are inactive", async () => {
    const store = registry();
    await published(store, "churn", "1.0.0", "1.1.0");
    const events = [
      event({ stage: "staging", version: "1.0.0", previous: null }),
      event({
        stage: "production",
        version: "1.0.0",
        previous: null,
        approvals: [
          { user: "bob", at: "2026-01-02T03:00:00.000Z", source: "github-environment", environment: "production" },
        ],
      }),
      event({ stage: "production", version: "1.1.0", previous: "1.0.0" }),
      event({ stage: "production", version: "1.0.0", previous: "1.1.0", action: "rollback", run: null }),
    ];
    for (const e of events) await store.recordStage(e);

    expect(await store.stageHistory("churn")).toEqual(events);
    expect(deployments()).toEqual([
      ["staging", "model/churn/v1.0.0", ["success"]],
      ["production", "model/churn/v1.0.0", ["success", "inactive"]],
      ["production", "model/churn/v1.1.0", ["success", "inactive"]],
      ["production", "model/churn/v1.0.0", ["success"]],
    ]);
    const first = gh.deployments(FULL)[1]!;
    expect(first).toMatchObject({
      task: "modelgate:churn",
      autoMerge: false,
      requiredContexts: [],
      payload: { modelgate: events[1] },
      description: "promote churn to v1.0.0",
    });
    expect(first.statuses.map((s) => [s.description, s.logUrl])).toEqual([
      ["promote churn to v1.0.0", "https://github.com/octo/models/actions/runs/99"],
      ["superseded by v1.1.0", ""],
    ]);
    // GitHub's own auto-inactive rule is off: it would reach other models' deployments of the environment.
    const statuses = gh.requests.filter((r) => r.method === "POST" && r.path.endsWith("/statuses"));
    expect(statuses.every((r) => (r.body as { auto_inactive?: boolean }).auto_inactive === false)).toBe(true);

    const openapi = await loadGithubOpenApi();
    const listed = await octokit().rest.repos.listDeployments({ owner: OWNER, repo: REPO });
    expect(openapi.validateResponse("GET", "/repos/{owner}/{repo}/deployments", 200, listed.data)).toEqual([]);
    const template = "/repos/{owner}/{repo}/deployments/{deployment_id}/statuses";
    const listedStatuses = await octokit().rest.repos.listDeploymentStatuses({
      owner: OWNER,
      repo: REPO,
      deployment_id: first.id,
    });
    expect(openapi.validateResponse("GET", template, 200, listedStatuses.data)).toEqual([]);
  });

  it("another model's deployments of the same environment are neither listed nor marked inactive", async () => {
    const store = registry();
    await published(store, "churn", "1.0.0", "2.0.0");
    await published(store, "fraud", "0.1.0");
    await store.recordStage(event({ stage: "production", version: "1.0.0", previous: null }));
    await store.recordStage(event({ name: "fraud", stage: "production", version: "0.1.0", previous: null }));
    await store.recordStage(event({ stage: "production", version: "2.0.0", previous: "1.0.0" }));
    expect((await store.stageHistory("fraud")).map((e) => e.version)).toEqual(["0.1.0"]);
    expect((await store.stageHistory("churn")).map((e) => e.version)).toEqual(["1.0.0", "2.0.0"]);
    expect(deployments()).toEqual([
      ["production", "model/churn/v1.0.0", ["success", "inactive"]],
      ["production", "model/fraud/v0.1.0", ["success"]],
      ["production", "model/churn/v2.0.0", ["success"]],
    ]);
  });

  it("pages through more than 100 deployments", async () => {
    const store = registry();
    await published(store, "churn", "1.0.0", "1.0.1");
    let previous: string | null = null;
    for (let i = 0; i < 105; i++) {
      const version = i % 2 ? "1.0.1" : "1.0.0";
      await store.recordStage(
        event({ stage: "staging", version, previous, at: `2026-01-01T00:00:${String(i % 60).padStart(2, "0")}.000Z` }),
      );
      previous = version;
    }
    gh.requests.length = 0;
    const history = await store.stageHistory("churn");
    expect(history).toHaveLength(105);
    expect(history.map((e) => e.version)).toEqual(Array.from({ length: 105 }, (_, i) => (i % 2 ? "1.0.1" : "1.0.0")));
    expect(gh.requests.map((r) => r.query.page ?? "1")).toEqual(["1", "2"]);
    expect(gh.deployments(FULL).filter((d) => d.statuses.at(-1)!.state === "success")).toHaveLength(1);
  });

  it("a stage that moved meanwhile refuses the event in one line and records nothing", async () => {
    const store = registry();
    await published(store, "churn", "1.0.0", "1.1.0");
    await store.recordStage(event({ stage: "production", version: "1.0.0", previous: null }));
    const err = await store
      .recordStage(event({ stage: "production", version: "1.1.0", previous: null }))
      .catch((e: unknown) => e);
    // A result of racing movers (the command answers it as refused, exit 1), not unusable input.
    expect(err).toBeInstanceOf(StageMoved);
    expect((err as Error).message).toBe(
      "churn: production moved to 1.0.0 meanwhile (this promote was from nothing): run it again",
    );
    expect(deployments()).toEqual([["production", "model/churn/v1.0.0", ["success"]]]);
  });

  it("a version that was never published has no tag: GitHub refuses the deployment", async () => {
    const store = registry();
    await store.createDraft({ name: "churn", version: "3.0.0", tag: "model/churn/v3.0.0", notes: "" });
    await expect(store.recordStage(event({ stage: "production", version: "3.0.0", previous: null }))).rejects.toThrow(
      /No ref found for: model\/churn\/v3\.0\.0/,
    );
    expect(deployments()).toEqual([]);
  });

  it("a deployment under the model's task that is no stage event stops the history, naming it", async () => {
    const store = registry();
    await published(store, "churn", "1.0.0");
    await store.recordStage(event({ stage: "production", version: "1.0.0", previous: null }));
    const { data } = await octokit().rest.repos.createDeployment({
      owner: OWNER,
      repo: REPO,
      ref: "model/churn/v1.0.0",
      task: "modelgate:churn",
      environment: "production",
      payload: { modelgate: { name: "churn", stage: "production" } },
      auto_merge: false,
      required_contexts: [],
    });
    const id = (data as { id: number }).id;
    await expect(store.stageHistory("churn")).rejects.toThrow(
      `GitHub Releases of octo/models: deployment ${id} (production): its payload is not a modelgate stage event (version: `,
    );
  });
});

describe("approvals of the run", () => {
  it("reads the run's approved reviews, one per environment, with the reviewer and comment", async () => {
    gh.addApproval(FULL, 99, { login: "bob", environments: ["production"], state: "approved", comment: "Ship it!" });
    gh.addApproval(FULL, 99, { login: "eve", environments: ["production"], state: "rejected", comment: "no" });
    gh.addApproval(FULL, 99, {
      login: "carol",
      environments: ["staging", "production"],
      state: "approved",
      comment: "",
    });
    gh.addApproval(FULL, 98, { login: "mallory", environments: ["production"], state: "approved", comment: "" });
    const at = "2026-01-02T03:04:05.000Z";
    const run = currentRun({ GITHUB_REPOSITORY: FULL, GITHUB_RUN_ID: "99" })!;
    expect(run).toEqual({ owner: OWNER, repo: REPO, runId: 99 });
    expect(await runApprovals(octokit(), run, () => new Date(at))).toEqual([
      { user: "bob", at, source: "github-environment", environment: "production", comment: "Ship it!" },
      { user: "carol", at, source: "github-environment", environment: "staging" },
      { user: "carol", at, source: "github-environment", environment: "production" },
    ]);
    expect(gh.requests.map((r) => `${r.method} ${r.path}`)).toEqual([`GET /repos/${FULL}/actions/runs/99/approvals`]);
    const listed = await octokit().rest.actions.getReviewsForRun({ owner: OWNER, repo: REPO, run_id: 99 });
    const openapi = await loadGithubOpenApi();
    expect(
      openapi.validateResponse("GET", "/repos/{owner}/{repo}/actions/runs/{run_id}/approvals", 200, listed.data),
    ).toEqual([]);
  });

  it("a run nobody reviewed has no approvals; outside a workflow run there is no run to ask about", async () => {
    expect(await runApprovals(octokit(), { owner: OWNER, repo: REPO, runId: 7 })).toEqual([]);
    expect(currentRun({ GITHUB_REPOSITORY: FULL })).toBeNull();
    expect(currentRun({ GITHUB_REPOSITORY: "octo", GITHUB_RUN_ID: "5" })).toBeNull();
    expect(currentRun({ GITHUB_REPOSITORY: FULL, GITHUB_RUN_ID: "x" })).toBeNull();
  });
});

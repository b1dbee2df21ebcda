// Stage history and approvals on GitLab, through the real @gitbeaker/rest client against the fake GitLab: each
// promotion or rollback (the real core promote/rollback) is a deployment of the version's tag to the environment
// of the stage, and an event file in the generic package modelgate-stages; approvals come from the job's deployment
// and from the user who played the manual job.
import { writeFile } from "node:fs/promises";

import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";

import { InputError } from "../../../src/core/errors.js";
import { publish } from "../../../src/core/registry/publish.js";
import { promote, rollback, type StageMove } from "../../../src/core/registry/stages.js";
import { approvalQueryOfEnv, gitlabApprovals } from "../../../src/platform/gitlab/gitlabApprovals.js";
import { type Gated, gatedModel } from "../../core/registry/registryFixture.js";
import { type FakeGitlab, startFakeGitlab } from "../../fakes/gitlabServer.js";
import {
  apiAt,
  commit,
  HEAD,
  JOB_ID,
  packagesOf,
  planOn,
  PROJECT,
  PROJECT_ID,
  seed,
  storeAt,
} from "./gitlabRegistryHarness.js";

let g: Gated;
let fake: FakeGitlab;
const registry = () => fake.projects.get(PROJECT)!.registry;
const move = (stage: string, at: string): StageMove => ({
  name: "cancer",
  stage,
  by: "alice",
  approvals: [{ user: "dave", at: "2026-01-02T09:00:00.000Z", source: "gitlab-deployment", environment: stage }],
  commit: HEAD,
  run: `https://gitlab.example/${PROJECT}/-/jobs/${JOB_ID}`,
  now: () => new Date(at),
});

beforeAll(async () => {
  g = await gatedModel("gitlab-stages");
});
afterAll(() => g.tmp.remove());
beforeEach(async () => {
  fake = await startFakeGitlab();
  seed(fake);
});
afterEach(async () => {
  expect(fake.violations).toEqual([]);
  await fake.close();
});

async function publishTwoVersions(): Promise<void> {
  for (const [version, c] of [
    ["1.0.0", "a"],
    ["1.1.0", "b"],
  ] as const) {
    const store = storeAt(fake);
    const out = await publish(store, await planOn(store, g, { ...commit(c), version }));
    expect(out.status).toBe("published");
  }
}

describe("stage history on GitLab", () => {
  it("promote, promote, rollback: deployments of the tags, and the events read back oldest first", async () => {
    await publishTwoVersions();
    const moves = [
      await promote(storeAt(fake), { ...move("production", "2026-01-03T00:00:00.000Z"), version: "1.0.0" }),
      await promote(storeAt(fake), { ...move("production", "2026-01-04T00:00:00.000Z"), version: "1.1.0" }),
      await rollback(storeAt(fake), move("production", "2026-01-05T00:00:00.000Z")),
    ];
    expect(moves.map((m) => m.status)).toEqual(["moved", "moved", "moved"]);
    const events = moves.map((m) => (m.status === "moved" ? m.event : null));
    expect(events.map((e) => [e!.action, e!.version, e!.previous])).toEqual([
      ["promote", "1.0.0", null],
      ["promote", "1.1.0", "1.0.0"],
      ["rollback", "1.0.0", "1.1.0"],
    ]);
    expect(await storeAt(fake).stageHistory("cancer")).toEqual(events);
    expect(
      registry().deployments.map((d) => [d.environment.name, d.ref, d.sha, d.tag, d.status, d.user.username]),
    ).toEqual([
      ["production", "model/cancer/v1.0.0", HEAD, true, "success", "alice"],
      ["production", "model/cancer/v1.1.0", HEAD, true, "success", "alice"],
      ["production", "model/cancer/v1.0.0", HEAD, true, "success", "alice"],
    ]);
    const stages = packagesOf(fake).filter((p) => p.name === "modelgate-stages");
    expect(stages.map((p) => p.version)).toEqual(["cancer"]);
    expect(stages[0]!.files.map(([f]) => f)).toEqual([
      expect.stringMatching(/^000001-production-[0-9a-f]{6}\.json$/),
      expect.stringMatching(/^000002-production-[0-9a-f]{6}\.json$/),
      expect.stringMatching(/^000003-production-[0-9a-f]{6}\.json$/),
    ]);
    expect(await storeAt(fake).stageHistory("other")).toEqual([]);
    // The stage package's versions are model names: a model named like it would list them as its drafts.
    await expect(storeAt(fake).releases("modelgate-stages")).rejects.toThrow(
      new InputError(
        undefined,
        undefined,
        "the model name modelgate-stages is reserved on GitLab: its package holds the stage history",
      ),
    );
  });

  it("a protected environment that refuses the token's user: no deployment, no event, one line why", async () => {
    await publishTwoVersions();
    registry().deployers.set("production", new Set(["bob"]));
    const e = await promote(storeAt(fake), {
      ...move("production", "2026-01-03T00:00:00.000Z"),
      version: "1.0.0",
    }).catch((x: unknown) => x);
    expect((e as Error).message).toBe(
      "GitLab refused the deployment of model/cancer/v1.0.0 to the environment production (HTTP 403: 403 Forbidden): the token's user may not deploy there (a protected environment allows only its deployers)",
    );
    expect(registry().deployments).toEqual([]);
    expect(packagesOf(fake).filter((p) => p.name === "modelgate-stages")).toEqual([]);
    expect(await storeAt(fake).stageHistory("cancer")).toEqual([]);
  });

  it("an event file edited by hand is refused in one line naming it", async () => {
    await publishTwoVersions();
    await promote(storeAt(fake), { ...move("staging", "2026-01-03T00:00:00.000Z"), version: "1.0.0" });
    const stored = registry().packages.find((p) => p.name === "modelgate-stages")!.files[0]!;
    const edited = JSON.stringify({ name: "cancer", stage: "staging", version: 1 });
    await writeFile(stored.path, edited);
    stored.size = Buffer.byteLength(edited);
    const e = await storeAt(fake)
      .stageHistory("cancer")
      .catch((x: unknown) => x);
    expect(e).toBeInstanceOf(InputError);
    expect((e as Error).message).toMatch(
      new RegExp(`^GitLab package modelgate-stages/cancer/${stored.fileName.replace(/\./g, "\\.")}: at version: .+`),
    );
  });
});

describe("approvals on GitLab", () => {
  it("the deployment's approvers and the user who played the manual job, read with the job token", async () => {
    const p = fake.projects.get(PROJECT)!;
    const carol = fake.users.get("alice")!;
    const dave = fake.addToken("glpat-dave", { username: "dave" });
    const erin = fake.addToken("glpat-erin", { username: "erin" });
    fake.registry.addJob(p, { id: JOB_ID - 1, name: "earlier", user: dave, environment: "production" });
    const { job, deployment } = fake.registry.addJob(p, {
      id: JOB_ID,
      name: "promote",
      user: carol,
      startedAt: "2026-01-02T10:00:00.000Z",
      environment: "production",
    });
    fake.registry.approve(deployment!, dave, { comment: "metrics look right" });
    fake.registry.approve(deployment!, erin, { status: "rejected", comment: "not yet" });
    const query = approvalQueryOfEnv({
      CI_JOB_ID: String(JOB_ID),
      CI_PROJECT_ID: String(PROJECT_ID),
      CI_JOB_MANUAL: "true",
      CI_ENVIRONMENT_NAME: "production",
    });
    expect(query).toEqual({ project: String(PROJECT_ID), jobId: JOB_ID, manual: true, environment: "production" });
    const approvals = await gitlabApprovals(
      apiAt(fake, () => {}),
      query!,
    );
    expect(approvals).toEqual([
      {
        user: "dave",
        at: deployment!.approvals[0]!.createdAt,
        source: "gitlab-deployment",
        environment: "production",
        comment: "metrics look right",
      },
      { user: "alice", at: job.startedAt, source: "gitlab-manual-job", environment: "production" },
    ]);
    // The job token may not read /projects/:id/jobs/:job_id; it reads its own job at /job.
    expect(fake.requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
      "GET /projects/42/deployments 200",
      `GET /projects/42/deployments/${deployment!.id} 200`,
      `GET /projects/42/jobs/${JOB_ID} 401`,
      "GET /job 200",
    ]);
    expect(fake.requests[0]!.query).toMatchObject({ environment: "production", order_by: "id", sort: "desc" });
  });

  it("with a personal token the job is read by id; a job nobody played and no environment has no approvals", async () => {
    const p = fake.projects.get(PROJECT)!;
    const { job } = fake.registry.addJob(p, { id: 77, name: "promote", user: fake.users.get("maria")! });
    const api = apiAt(fake, () => {}, "glpat-maintainer");
    expect(await gitlabApprovals(api, { project: PROJECT_ID, jobId: 77, manual: true })).toEqual([
      { user: "maria", at: job.startedAt, source: "gitlab-manual-job" },
    ]);
    expect(await gitlabApprovals(api, { project: PROJECT_ID, jobId: 77, manual: false })).toEqual([]);
    expect(fake.requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual(["GET /projects/42/jobs/77 200"]);
    expect(approvalQueryOfEnv({ CI_PROJECT_ID: "42" })).toBeNull();
  });
});

// The fake GitLab's registry routes driven by the real @gitbeaker/rest client (gitbeaker's own calls, not
// modelgate's), so the fake is checked against what a client sends and against GitLab's documented answers.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";

import { GitbeakerRequestError, Gitlab } from "@gitbeaker/rest";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { type FakeGitlab, startFakeGitlab } from "./gitlabServer.js";

const PROJECT = "group/models";
let fake: FakeGitlab;
const client = (auth: { token: string } | { jobToken: string }) => new Gitlab({ host: fake.url, ...auth });
const status = (e: unknown) =>
  e instanceof GitbeakerRequestError ? (e.cause?.response as Response | undefined)?.status : undefined;
const failure = (p: Promise<unknown>) =>
  p.then(
    () => expect.fail("expected the request to fail"),
    (e: unknown) => e,
  );
const create = (api: Gitlab, body: Record<string, unknown>) =>
  api.ProjectReleases.create(PROJECT, body as unknown as Parameters<Gitlab["ProjectReleases"]["create"]>[1]);

beforeEach(async () => {
  fake = await startFakeGitlab();
  fake.addProject(PROJECT, 42);
  fake.addToken("glpat-maria", { username: "maria" });
  fake.addToken("glpat-read", { username: "rita", canWriteNotes: false });
  fake.addToken("job-1", { username: "alice", kind: "job", jobId: 1 });
});
afterEach(() => fake.close());

describe("generic packages", () => {
  it("gitbeaker's own publish sends a multipart form, which GitLab stores as the file: a violation", async () => {
    const api = client({ token: "glpat-maria" });
    await api.PackageRegistry.publish(PROJECT, "m", "1.0.0", { filename: "a.txt", content: new Blob(["hello"]) });
    const [file] = fake.projects.get(PROJECT)!.registry.packages[0]!.files;
    expect(file!.sha256).not.toBe(createHash("sha256").update("hello").digest("hex"));
    expect(readFileSync(file!.path, "utf8")).toContain("hello");
    expect(fake.violations).toEqual([
      "PUT /projects/group%2Fmodels/packages/generic/m/1.0.0/a.txt: a multipart body; GitLab stores the raw request body as the file, form and all",
    ]);
  });

  it("lists packages by a fuzzy name, their files in pages; refuses a version GitLab refuses", async () => {
    const api = client({ jobToken: "job-1" });
    for (const [name, version] of [
      ["churn", "1.0.0"],
      ["churn-v2", "1.0.0"],
      ["other", "2.0.0"],
    ])
      await fetch(`${fake.url}/api/v4/projects/42/packages/generic/${name}/${version}/f.bin`, {
        method: "PUT",
        headers: { "job-token": "job-1" },
        body: "x",
      });
    const pkgs = (await api.Packages.all({ projectId: PROJECT, packageName: "churn" })) as unknown as {
      name: string;
    }[];
    expect(pkgs.map((p) => p.name)).toEqual(["churn", "churn-v2"]);
    const badVersion = await fetch(`${fake.url}/api/v4/projects/42/packages/generic/m/1..0/f.bin`, {
      method: "PUT",
      headers: { "private-token": "glpat-maria" },
      body: "x",
    });
    expect([badVersion.status, await badVersion.json()]).toEqual([400, { error: "package_version is invalid" }]);
    fake.violations.length = 0;
    const pkg = fake.projects.get(PROJECT)!.registry.packages[0]!;
    for (let i = 0; i < 25; i++) pkg.files.push({ ...pkg.files[0]!, id: 1000 + i });
    const files = await api.Packages.allFiles(PROJECT, pkg.id);
    expect(files).toHaveLength(26);
    expect(fake.requests.filter((r) => r.path.endsWith("/package_files"))).toHaveLength(2);
  });
});

describe("releases", () => {
  it("creates with links (job token), 409 for a second, 422 without a ref for a new tag, 400 for a bad link", async () => {
    const api = client({ jobToken: "job-1" });
    const link = { name: "model.onnx", url: "https://x.example/model.onnx", direct_asset_path: "/model.onnx" };
    const made = (await create(api, {
      tag_name: "model/m/v1.0.0",
      ref: "main",
      assets: { links: [{ ...link, link_type: "package" }] },
    })) as unknown as { tag_name: string; assets: { links: { direct_asset_url: string; link_type: string }[] } };
    expect(made.tag_name).toBe("model/m/v1.0.0");
    expect(made.assets.links[0]).toMatchObject({
      link_type: "package",
      direct_asset_url: `${fake.url}/${PROJECT}/-/releases/model%2Fm%2Fv1.0.0/downloads/model.onnx`,
    });
    expect(fake.projects.get(PROJECT)!.registry.tags.get("model/m/v1.0.0")).toBe("a".repeat(40));
    const again = await failure(create(api, { tag_name: "model/m/v1.0.0", ref: "main" }));
    expect([status(again), (again as Error).message]).toEqual([409, "Release already exists"]);
    expect(status(await failure(create(api, { tag_name: "model/m/v2.0.0" })))).toBe(422);
    const badPath = await failure(
      create(api, {
        tag_name: "model/m/v3.0.0",
        ref: "main",
        assets: { links: [{ ...link, direct_asset_path: "x" }] },
      }),
    );
    expect(status(badPath)).toBe(400);
    expect(fake.violations).toEqual([
      "POST /projects/group%2Fmodels/releases: Validation failed: Links filepath is invalid",
    ]);
    fake.violations.length = 0;
    expect(status(await failure(create(client({ token: "glpat-read" }), { tag_name: "t", ref: "main" })))).toBe(403);
    expect((await api.ProjectReleases.all(PROJECT)).map((r) => r.tag_name)).toEqual(["model/m/v1.0.0"]);
    expect(fake.violations).toEqual([]);
  });
});

describe("jobs and deployments", () => {
  it("GET /job answers a job token only; /projects/:id/jobs/:job_id a personal token only", async () => {
    const p = fake.projects.get(PROJECT)!;
    fake.registry.addJob(p, { id: 1, name: "promote", user: fake.users.get("alice")! });
    const byJob = client({ jobToken: "job-1" });
    const byUser = client({ token: "glpat-maria" });
    expect(status(await failure(byJob.Jobs.show(PROJECT, 1)))).toBe(401);
    expect(((await byUser.Jobs.show(PROJECT, 1)) as unknown as { user: { username: string } }).user.username).toBe(
      "alice",
    );
    const own = await fetch(`${fake.url}/api/v4/job`, { headers: { "job-token": "job-1" } });
    expect(((await own.json()) as { id: number }).id).toBe(1);
    expect((await fetch(`${fake.url}/api/v4/job`, { headers: { "private-token": "glpat-maria" } })).status).toBe(401);
    const refused = await failure(byUser.Deployments.create(PROJECT, "production", "b".repeat(40), "nope", true));
    expect(status(refused)).toBe(400);
    expect(fake.violations).toEqual(["POST /projects/group%2Fmodels/deployments: status is missing"]);
  });
});

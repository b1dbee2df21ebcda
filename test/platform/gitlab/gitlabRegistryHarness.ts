// For the GitLab registry's tests: the fake GitLab with a project and a CI job token, the store on the real
// @gitbeaker/rest client (modelgate's request handler, waits shortened), and the registry's state as plain data.
import { createHash } from "node:crypto";

import type { Manifest } from "../../../src/core/registry/manifest.js";
import { manifestText } from "../../../src/core/registry/manifest.js";
import { planPublish, type PublishPlan } from "../../../src/core/registry/publishPlan.js";
import { type GitlabApi, gitlabApi } from "../../../src/platform/gitlab/gitlabClient.js";
import { GitlabRegistry } from "../../../src/platform/gitlab/gitlabRegistry.js";
import { type Gated, request } from "../../core/registry/registryFixture.js";
import type { FakeGitlab } from "../../fakes/gitlabServer.js";
import { TEST_SECOND_MS } from "../platformHarness.js";

export const PROJECT = "group/models";
export const PROJECT_ID = 42;
/** CI_JOB_TOKEN of the publishing job (job 900, run by alice). */
export const JOB_TOKEN = "glcbt-64_publish-job";
export const JOB_ID = 900;
/** CI_COMMIT_SHA: where a new release's tag is created. */
export const HEAD = "c".repeat(40);

/** The project, alice's job token and a maintainer's personal token. */
export function seed(fake: FakeGitlab): void {
  fake.addProject(PROJECT, PROJECT_ID);
  fake.addToken(JOB_TOKEN, { username: "alice", kind: "job", jobId: JOB_ID });
  fake.addToken("glpat-maintainer", { username: "maria" });
}

/** The real client as a job authenticates (CI_JOB_TOKEN), or with a personal token. */
export function apiAt(fake: FakeGitlab, say: (line: string) => void, token?: string): GitlabApi {
  const auth = token ? { token } : { jobToken: JOB_TOKEN };
  return gitlabApi({ host: fake.url, auth, say, secondMs: TEST_SECOND_MS });
}

/** One publisher's store (a process of its own: each keeps its own view of a shared draft). */
export function storeAt(fake: FakeGitlab, say: (line: string) => void = () => {}): GitlabRegistry {
  return new GitlabRegistry({ api: apiAt(fake, say), project: PROJECT_ID, ref: HEAD, say, secondMs: TEST_SECOND_MS });
}

export async function planOn(
  store: GitlabRegistry,
  g: Gated,
  o: Parameters<typeof request>[1] = {},
): Promise<PublishPlan> {
  const planned = await planPublish(store, request(g, o));
  if (planned.status !== "ready") throw new Error(planned.reason);
  return planned.plan;
}

export const commit = (c: string) => ({ git: { commit: c.repeat(40), branch: "main" } });

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/** The files a published version holds: its manifest and every asset the manifest lists, by name. */
export function filesOf(m: Manifest): [string, string][] {
  const files: [string, string][] = [
    ["manifest.json", sha256(manifestText(m))],
    ...m.assets.map((a) => [a.name, a.sha256] as [string, string]),
  ];
  return files.sort(([a], [b]) => a.localeCompare(b));
}

/** The project's packages as data: name, version and each file's name and sha256 (in upload order). */
export function packagesOf(fake: FakeGitlab) {
  return fake.projects.get(PROJECT)!.registry.packages.map((p) => ({
    name: p.name,
    version: p.version,
    files: p.files.map((f) => [f.fileName, f.sha256] as [string, string | null]),
  }));
}

/** The project's releases as data: tag, commit, name and links (sorted by name). */
export function releasesOf(fake: FakeGitlab) {
  return fake.projects.get(PROJECT)!.registry.releases.map((r) => ({
    tag: r.tagName,
    sha: r.sha,
    name: r.name,
    author: r.author.username,
    links: r.links
      .map((l) => ({ name: l.name, url: l.url, filepath: l.filepath, type: l.linkType }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  }));
}

/** The links a release of `name` `version` holding these files has. */
export function linksFor(fake: FakeGitlab, name: string, version: string, files: [string, string][]) {
  return files.map(([file, sha]) => ({
    name: file,
    url: `${fake.url}/api/v4/projects/${PROJECT_ID}/packages/generic/${name}/${version}/${file}#sha256=${sha}`,
    filepath: `/${file}`,
    type: "package",
  }));
}

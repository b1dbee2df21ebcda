// The platform and its API clients as the CLI and the actions make them from the environment alone: which CI, which
// token (and in which order the variables count), which server, and the token masked at once. The adapters' own
// tests inject their clients; these are the ones that read the variables.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { userInfo } from "node:os";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { afterEach, beforeEach, describe, expect, it } from "vitest";

import type { CommentThread } from "../../src/core/comment/applyComment.js";
import { createPlatform, detectPlatformName } from "../../src/platform/detect.js";
import type { NoThread, Platform } from "../../src/platform/port.js";
import { type FakeGithub, startFakeGithub } from "../fakes/githubServer.js";
import { type FakeGitlab, startFakeGitlab } from "../fakes/gitlabServer.js";
import { Sink } from "../support.js";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "mg-detect-"));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

function make(env: NodeJS.ProcessEnv): Promise<{ platform: Platform; out: Sink; err: Sink }> {
  const out = new Sink();
  const err = new Sink();
  return createPlatform(env, { cwd: dir, out: out.write, err: err.write }).then((platform) => ({ platform, out, err }));
}

function thread(t: CommentThread | NoThread): CommentThread {
  if ("unavailable" in t) throw new Error(`no thread: ${t.unavailable}`);
  return t;
}

describe("which platform", () => {
  it("MODELGATE_PLATFORM first, then the CI's own variable, else local", async () => {
    expect(detectPlatformName({ MODELGATE_PLATFORM: "gitlab", GITHUB_ACTIONS: "true" })).toBe("gitlab");
    expect(detectPlatformName({ GITHUB_ACTIONS: "true", GITLAB_CI: "true" })).toBe("github");
    expect(detectPlatformName({ GITLAB_CI: "true" })).toBe("gitlab");
    expect(detectPlatformName({ GITHUB_ACTIONS: "false" })).toBe("local");
    const { platform } = await make({});
    // Outside CI the person at the terminal is the actor (the registry records who published or moved a stage).
    expect(platform.context).toEqual({ platform: "local", workspace: dir, actor: userInfo().username });
  });
});

describe("GitHub from the environment", () => {
  let gh: FakeGithub;
  beforeEach(async () => {
    // Under /api/v3, as GitHub Enterprise Server serves it: GITHUB_API_URL is taken as it is.
    gh = await startFakeGithub({ prefix: "/api/v3" });
    gh.addToken("ghp_input", { login: "from-input", id: 2, kind: "user" });
    gh.addToken("ghp_modelgate", { login: "from-modelgate", id: 3, kind: "user" });
    gh.addToken("ghs_installation", { kind: "installation" });
  });
  afterEach(async () => {
    expect(gh.violations).toEqual([]);
    await gh.close();
  });

  const env = (tokens: NodeJS.ProcessEnv): NodeJS.ProcessEnv => ({
    GITHUB_ACTIONS: "true",
    GITHUB_REPOSITORY: "octo/models",
    GITHUB_API_URL: gh.url,
    ...tokens,
  });
  const all = {
    "INPUT_GITHUB-TOKEN": "ghp_input",
    MODELGATE_GITHUB_TOKEN: "ghp_modelgate",
    GITHUB_TOKEN: "ghs_installation",
  };

  it("the action's github-token, else MODELGATE_GITHUB_TOKEN, else GITHUB_TOKEN, at GITHUB_API_URL, masked at once", async () => {
    const cases: Array<[NodeJS.ProcessEnv, string, string]> = [
      [all, "ghp_input", "from-input"],
      [{ ...all, "INPUT_GITHUB-TOKEN": "" }, "ghp_modelgate", "from-modelgate"],
      [{ GITHUB_TOKEN: "ghs_installation" }, "ghs_installation", "github-actions[bot]"],
    ];
    for (const [tokens, token, login] of cases) {
      const { platform, out, err } = await make(env(tokens));
      expect(err.text).toBe(`::add-mask::${token}\n`);
      expect(out.text).toBe("");
      expect((await thread(await platform.commentThread({ number: 7 })).identity()).name).toBe(login);
    }
    expect(gh.requests.map((r) => `${r.method} ${r.path}`)).toEqual(Array(3).fill("GET /user"));
  });

  it("no token: no client, nothing masked, and the reason names the input and the variable", async () => {
    const { platform, err } = await make(env({}));
    expect(err.text).toBe("");
    expect(await platform.commentThread({ number: 7 })).toEqual({
      unavailable: "no GitHub token (give the action `github-token`, or set GITHUB_TOKEN)",
    });
    expect(gh.requests).toHaveLength(0);
  });
});

describe("GitLab from the environment", () => {
  let fake: FakeGitlab;
  const JOB_TOKEN = "glcbt-job-secret-1234";
  beforeEach(async () => {
    // Under a path, as a self-managed server may be: CI_SERVER_URL is taken as it is.
    fake = await startFakeGitlab({ prefix: "/gitlab" });
    const p = fake.addProject("group/project", 42);
    p.jobArtifacts.push({ ref: "main", job: "evaluate", path: "e.json", bytes: Buffer.from("{}"), succeeded: true });
    fake.addToken("glpat-modelgate", { username: "from-modelgate", kind: "project" });
    fake.addToken("glpat-gitlab", { username: "from-gitlab", kind: "project" });
    fake.addToken(JOB_TOKEN, { username: "project_42_bot", kind: "job" });
  });
  afterEach(async () => {
    expect(fake.violations).toEqual([]);
    await fake.close();
  });

  const env = (tokens: NodeJS.ProcessEnv): NodeJS.ProcessEnv => ({
    GITLAB_CI: "true",
    CI_SERVER_URL: fake.url,
    CI_PROJECT_ID: "42",
    CI_PROJECT_PATH: "group/project",
    ...tokens,
  });
  const runFile = (p: Platform) =>
    p.runFile({ branch: "main", artifact: "e.json", job: "evaluate", to: join(dir, "e.json") });
  /** The token header the last request carried (the fake redacts the value). */
  const lastAuth = () => Object.keys(fake.requests.at(-1)!.headers).filter((h) => /token/.test(h));

  it("notes with MODELGATE_GITLAB_TOKEN, else GITLAB_TOKEN; artifacts read with that token, else CI_JOB_TOKEN", async () => {
    const both = await make(
      env({ MODELGATE_GITLAB_TOKEN: "glpat-modelgate", GITLAB_TOKEN: "glpat-gitlab", CI_JOB_TOKEN: JOB_TOKEN }),
    );
    expect((await thread(await both.platform.commentThread({ number: 7 })).identity()).name).toBe("from-modelgate");
    expect(await runFile(both.platform)).toMatchObject({ file: join(dir, "e.json") });
    expect(lastAuth()).toEqual(["private-token"]);

    const gitlab = await make(env({ GITLAB_TOKEN: "glpat-gitlab" }));
    expect((await thread(await gitlab.platform.commentThread({ number: 7 })).identity()).name).toBe("from-gitlab");

    const job = await make(env({ CI_JOB_TOKEN: JOB_TOKEN }));
    expect(await job.platform.commentThread({ number: 7 })).toEqual({
      unavailable:
        "no token that may write merge request notes (CI_JOB_TOKEN cannot): set MODELGATE_GITLAB_TOKEN to a project access token with the api scope",
    });
    await rm(join(dir, "e.json"));
    expect(await runFile(job.platform)).toMatchObject({ file: join(dir, "e.json") });
    expect(await readFile(join(dir, "e.json"), "utf8")).toBe("{}");
    expect(lastAuth()).toEqual(["job-token"]);
    expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      "GET /user",
      "GET /projects/42/jobs/artifacts/main/raw/e.json",
      "GET /user",
      "GET /projects/42/jobs/artifacts/main/raw/e.json",
    ]);
  });

  it("no token at all: neither client, and each reason names the variables", async () => {
    const { platform } = await make(env({}));
    expect(await runFile(platform)).toEqual({ unavailable: "no CI_JOB_TOKEN or MODELGATE_GITLAB_TOKEN" });
    expect(await platform.commentThread({ number: 7 })).toMatchObject({
      unavailable: expect.stringMatching(/^no token/),
    });
    expect(fake.requests).toHaveLength(0);
  });
});

// The GitLab components run, not only parsed: gitlab-ci-local (with its shell executor, under Node 24) runs a
// pipeline that includes templates/drift.yml and templates/report.yml with `spec: inputs`, using the committed
// bundle as the CLI. The drift job passes with its dotenv verdict and artifacts; the report job, on a merge
// request pipeline, posts one note to the fake GitLab (gitbeaker, real HTTP) and updates it on a second run.
// Needs gitlab-ci-local (MODELGATE_GITLAB_CI_LOCAL, or .tmp/gcl as .ci/run installs it), rsync and Node 24.
import { execFile, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { promisify } from "node:util";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { markerOf } from "../src/core/comment/commentPlan.js";
import { type FakeGitlab, startFakeGitlab } from "./fakes/gitlabServer.js";
import { findNode24, fixture, makeTemp, ROOT, type TempDir } from "./support.js";

const gcl = [process.env.MODELGATE_GITLAB_CI_LOCAL, join(ROOT, ".tmp/gcl/node_modules/.bin/gitlab-ci-local")].find(
  (p): p is string => !!p && existsSync(p),
);
const node24 = findNode24();
const rsync = spawnSync("rsync", ["--version"]).status === 0;
const missing = [!gcl && "gitlab-ci-local", !node24 && "Node 24", !rsync && "rsync"].filter(Boolean).join(", ");

const PROJECT = "acme/loans";
const BOT = "project_42_bot_modelgate";

let tmp: TempDir;
let fake: FakeGitlab;
beforeAll(async () => {
  if (missing) return;
  tmp = await makeTemp("gitlab-ci-local");
  fake = await startFakeGitlab();
  fake.addProject(PROJECT, 42);
  fake.addMergeRequest(PROJECT, { iid: 7, sourceBranch: "feature" });
  fake.addToken("glpat-modelgate", { username: BOT, kind: "project" });
  // A project as a user has it: the components vendored under templates/, modelgate as a vendored bundle.
  const repo = tmp.path;
  for (const f of ["bin", "dist", "package.json"])
    cpSync(join(ROOT, f), join(repo, "vendor/modelgate", f), { recursive: true });
  for (const t of ["drift.yml", "report.yml"]) cpSync(join(ROOT, "templates", t), join(repo, "templates", t));
  mkdirSync(join(repo, "data"));
  for (const f of ["loans_reference.csv", "loans_current_control.csv"]) cpSync(fixture(f), join(repo, "data", f));
  writeFileSync(
    join(repo, ".gitlab-ci.yml"),
    `stages: [test, report]
include:
  - local: templates/drift.yml
    inputs:
      reference: data/loans_reference.csv
      current: data/loans_current_control.csv
      cli: node vendor/modelgate/bin/modelgate.js
  - local: templates/report.yml
    inputs:
      stage: report
      drift: drift.json
      cli: node vendor/modelgate/bin/modelgate.js
`,
  );
  const git = (...args: string[]) =>
    spawnSync("git", ["-c", "user.email=ci@example.com", "-c", "user.name=ci", ...args], { cwd: repo });
  git("init", "-q", "-b", "feature");
  git("remote", "add", "origin", `${fake.url}/${PROJECT}.git`);
  git("add", "-A");
  git("commit", "-qm", "loans pipeline");
});
afterAll(async () => {
  if (missing) return;
  expect(fake.violations).toEqual([]);
  await fake.close();
  await tmp.remove();
});

/** One pipeline run, as a merge request pipeline of MR !7 against the fake GitLab. */
async function pipeline(cwd = tmp.path) {
  const vars = {
    GITLAB_CI: "true",
    CI_PIPELINE_SOURCE: "merge_request_event",
    CI_MERGE_REQUEST_IID: "7",
    CI_PROJECT_ID: "42",
    CI_PROJECT_PATH: PROJECT,
    CI_SERVER_URL: fake.url,
    MODELGATE_GITLAB_TOKEN: "glpat-modelgate",
  };
  const args = [
    "--force-shell-executor",
    "--no-color",
    ...Object.entries(vars).flatMap(([k, v]) => ["--variable", `${k}=${v}`]),
  ];
  return promisify(execFile)(gcl!, args, {
    cwd,
    encoding: "utf8",
    timeout: 240_000,
    env: { ...process.env, PATH: `${dirname(node24!)}:${process.env.PATH}` },
  }).then(
    (r) => ({ code: 0, log: r.stdout + r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, log: e.stdout + e.stderr }),
  );
}

describe.skipIf(missing !== "")(
  `GitLab components under gitlab-ci-local${missing ? ` (skipped: no ${missing})` : ""}`,
  () => {
    it("runs drift.yml and report.yml: the verdict as dotenv, artifacts kept, one MR note, updated in place", async () => {
      const first = await pipeline();
      expect(first.code, first.log).toBe(0);
      expect(first.log).toMatch(/PASS\s+modelgate-drift/);
      expect(first.log).toMatch(/PASS\s+modelgate-report/);
      const dotenv = readFileSync(
        join(tmp.path, ".gitlab-ci-local/artifacts/modelgate-drift/.gitlab-ci-reports/dotenv/modelgate-drift.env"),
        "utf8",
      );
      expect(dotenv).toMatch(/^MODELGATE_DRIFTED=false$/m);
      for (const f of ["drift.html", "drift.json", "drift.md"])
        expect(existsSync(join(tmp.path, ".gitlab-ci-local/artifacts/modelgate-drift", f)), f).toBe(true);
      const notes = () => fake.notes(PROJECT, 7).filter((n) => n.body.startsWith(markerOf("modelgate")));
      expect(notes()).toHaveLength(1);
      expect(notes()[0]!.author.username).toBe(BOT);
      expect(notes()[0]!.body).toContain("No dataset drift");

      const second = await pipeline();
      expect(second.code, second.log).toBe(0);
      expect(notes()).toHaveLength(1);
    }, 300_000);

    it("runs drift-sharded.yml: parallel:matrix profiles each shard, one job merges them and runs drift", async () => {
      const repo = join(tmp.path, "sharded");
      for (const f of ["bin", "dist", "package.json"])
        cpSync(join(ROOT, f), join(repo, "vendor/modelgate", f), { recursive: true });
      cpSync(join(ROOT, "templates/drift-sharded.yml"), join(repo, "templates/drift-sharded.yml"));
      // Three shards of the control batch; the reference as a profile only (no raw reference data in the repo).
      const [header, ...rows] = readFileSync(fixture("loans_current_control.csv"), "utf8").trim().split("\n");
      mkdirSync(join(repo, "data"));
      const third = Math.ceil(rows.length / 3);
      for (let k = 0; k < 3; k++)
        writeFileSync(
          join(repo, `data/shard-${k}.csv`),
          `${[header, ...rows.slice(k * third, (k + 1) * third)].join("\n")}\n`,
        );
      const cli = (...args: string[]) =>
        spawnSync(process.execPath, [join(ROOT, "bin/modelgate.js"), ...args], { cwd: repo, encoding: "utf8" });
      expect(cli("profile", "--data", fixture("loans_reference.csv"), "--out", "data/ref0.profile.json").status).toBe(
        0,
      );
      const edges = ["--edges-from", "data/ref0.profile.json"];
      expect(
        cli("profile", "--data", fixture("loans_reference.csv"), ...edges, "--out", "data/reference.profile.json")
          .status,
      ).toBe(0);
      writeFileSync(
        join(repo, ".gitlab-ci.yml"),
        `include:
  - local: templates/drift-sharded.yml
    inputs:
      reference_profile: data/reference.profile.json
      shards: [data/shard-0.csv, data/shard-1.csv, data/shard-2.csv]
      cli: node vendor/modelgate/bin/modelgate.js
`,
      );
      const git = (...args: string[]) =>
        spawnSync("git", ["-c", "user.email=ci@example.com", "-c", "user.name=ci", ...args], { cwd: repo });
      git("init", "-q", "-b", "main");
      git("remote", "add", "origin", `${fake.url}/${PROJECT}.git`);
      git("add", "-A");
      git("commit", "-qm", "sharded drift");
      const r = await pipeline(repo);
      expect(r.code, r.log).toBe(0);
      expect(r.log.match(/PASS\s+modelgate-profile-shard/g)).toHaveLength(3);
      expect(r.log).toMatch(/PASS\s+modelgate-drift-merged/);
      const out = join(repo, ".gitlab-ci-local/artifacts/modelgate-drift-merged");
      const merged = JSON.parse(readFileSync(join(out, "current.profile.json"), "utf8")) as { rows: number };
      expect(merged.rows).toBe(rows.length);
      const drift = JSON.parse(readFileSync(join(out, "drift.json"), "utf8")) as { from?: string; drifted: boolean };
      expect(drift).toMatchObject({ from: "profiles", drifted: false });
    }, 300_000);
  },
);

// The stage components run, not only parsed: gitlab-ci-local (its shell executor, under Node 24) runs a merge
// request pipeline that includes templates/evaluate.yml once and templates/gate.yml twice, with two job prefixes
// (a quality gate that holds, a stretch gate that does not and may fail), then templates/report.yml, on the
// breast-cancer fixtures with the committed bundle as the CLI. Each job's outputs land in its own dotenv file, with
// paths relative to the project; each gate's rules are a JUnit report; the report names the card the pipeline never
// made as missing and is allowed to fail for it (exit 1), never exit 2.
// GITLAB_CI=true is passed as a variable: gitlab-ci-local sets it to "false", and modelgate picks its GitLab adapter
// (dotenv outputs, the MR note) by it. Needs gitlab-ci-local (MODELGATE_GITLAB_CI_LOCAL, or .tmp/gcl as .ci/run
// installs it), rsync and Node 24.
import { execFile, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { promisify } from "node:util";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { findNode24, fixture, makeTemp, ROOT, type TempDir } from "./support.js";

const gcl = [process.env.MODELGATE_GITLAB_CI_LOCAL, join(ROOT, ".tmp/gcl/node_modules/.bin/gitlab-ci-local")].find(
  (p): p is string => !!p && existsSync(p),
);
const node24 = findNode24();
const rsync = spawnSync("rsync", ["--version"]).status === 0;
const missing = [!gcl && "gitlab-ci-local", !node24 && "Node 24", !rsync && "rsync"].filter(Boolean).join(", ");

const CLI = "node vendor/modelgate/bin/modelgate.js";
const PIPELINE = `include:
  - local: templates/evaluate.yml
    inputs:
      model: models/breast_cancer_logreg.onnx
      data: data/breast_cancer_holdout.csv
      target: target
      cli: ${CLI}
  - local: templates/gate.yml
    inputs:
      job_prefix: quality-
      evaluation: evaluation.json
      rule: accuracy >= 0.95
      out: quality-gate.json
      junit: quality-junit.xml
      cli: ${CLI}
  - local: templates/gate.yml
    inputs:
      job_prefix: stretch-
      evaluation: evaluation.json
      rule: roc_auc >= 0.999
      out: stretch-gate.json
      junit: stretch-junit.xml
      allow_failure: true
      cli: ${CLI}
  - local: templates/report.yml
    inputs:
      evaluation: evaluation.json
      gate: quality-gate.json
      card: MODEL_CARD.md
      cli: ${CLI}
`;

/** gitlab-ci-local in the project, with these variables (the pipeline runs unless `args` says otherwise). */
function gitlabCiLocal(args: string[], vars: Record<string, string>) {
  const argv = [
    "--force-shell-executor",
    "--no-color",
    ...args,
    ...Object.entries(vars).flatMap(([k, v]) => ["--variable", `${k}=${v}`]),
  ];
  return promisify(execFile)(gcl!, argv, {
    cwd: tmp.path,
    encoding: "utf8",
    timeout: 120_000,
    env: { ...process.env, PATH: `${dirname(node24!)}:${process.env.PATH}` },
  }).then(
    (r) => ({ code: 0, log: r.stdout + r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, log: e.stdout + e.stderr }),
  );
}

let tmp: TempDir;
let run: { code: number; log: string };
beforeAll(async () => {
  if (missing) return;
  tmp = await makeTemp("gitlab-stages");
  const repo = tmp.path;
  // A project as a user has it: modelgate vendored as its committed bundle, the components under templates/.
  for (const f of ["bin", "dist", "package.json"])
    cpSync(join(ROOT, f), join(repo, "vendor/modelgate", f), { recursive: true });
  for (const t of ["evaluate.yml", "gate.yml", "report.yml"])
    cpSync(join(ROOT, "templates", t), join(repo, "templates", t));
  mkdirSync(join(repo, "data"));
  mkdirSync(join(repo, "models"));
  cpSync(fixture("breast_cancer_holdout.csv"), join(repo, "data/breast_cancer_holdout.csv"));
  cpSync(fixture("breast_cancer_logreg.onnx"), join(repo, "models/breast_cancer_logreg.onnx"));
  writeFileSync(join(repo, ".gitlab-ci.yml"), PIPELINE);
  // gitlab-ci-local runs what is committed.
  const git = (...args: string[]) =>
    spawnSync("git", ["-c", "user.email=ci@example.com", "-c", "user.name=ci", ...args], { cwd: repo });
  git("init", "-q", "-b", "feature");
  git("remote", "add", "origin", "https://gitlab.example.com/acme/cancer.git");
  git("add", "-A");
  git("commit", "-qm", "breast-cancer pipeline");
  // A merge request pipeline with no token: the report is written to the log and its artifact, not posted.
  run = await gitlabCiLocal([], {
    GITLAB_CI: "true",
    CI_PIPELINE_SOURCE: "merge_request_event",
    CI_MERGE_REQUEST_IID: "3",
  });
}, 150_000);

afterAll(async () => {
  if (!missing) await tmp.remove();
});

/** What a job kept: its artifacts, and the dotenv report as gitlab-ci-local hands it to later jobs. */
const artifact = (job: string, file: string) =>
  readFileSync(join(tmp.path, ".gitlab-ci-local/artifacts", job, file), "utf8");
const dotenv = (job: string) =>
  Object.fromEntries(
    artifact(job, `.gitlab-ci-reports/dotenv/${job}.env`)
      .trim()
      .split("\n")
      .map((line) => [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1)]),
  );

describe.skipIf(missing !== "")(
  `GitLab stage components under gitlab-ci-local${missing ? ` (skipped: no ${missing})` : ""}`,
  () => {
    it("runs evaluate, both gates (one job each, by prefix) and the report; only the stretch gate fails, as allowed", () => {
      expect(run.code, run.log).toBe(0);
      // The summary: one line per job; WARN is a failure the job allows (its log ends "WARN <exit code>").
      expect(run.log).toMatch(/^ PASS {2}modelgate-evaluate\b/m);
      expect(run.log).toMatch(/^ PASS {2}quality-gate\b/m);
      expect(run.log).toMatch(/^ WARN {2}stretch-gate\b/m);
      expect(run.log).toMatch(/^stretch-gate +finished in .* WARN 1 $/m);
      expect(run.log).not.toMatch(/\bmodelgate-gate\b/);
    });

    it("evaluate keeps evaluation.json and the predictions, its outputs in modelgate-evaluate.env with relative paths", () => {
      const out = dotenv("modelgate-evaluate");
      expect(out).toMatchObject({
        MODELGATE_EVALUATION_PATH: "evaluation.json",
        MODELGATE_PREDICTIONS_PATH: "predictions.arrow",
        MODELGATE_MODEL_SHA256: "b6034fde874704f5e0cbdddce862a485070c1ae997866bffb3fa7bbf1f811a7f",
        MODELGATE_TASK: "classification",
      });
      expect(JSON.parse(out.MODELGATE_METRICS!)).toMatchObject({ accuracy: expect.closeTo(0.986, 3), count: 143 });
      const evaluation = JSON.parse(artifact("modelgate-evaluate", "evaluation.json")) as { data: { rows: number } };
      expect(evaluation.data.rows).toBe(143);
      expect(existsSync(join(tmp.path, ".gitlab-ci-local/artifacts/modelgate-evaluate/predictions.arrow"))).toBe(true);
    });

    it("each gate writes its verdict to its own dotenv file and its rules as a JUnit report", () => {
      expect(dotenv("quality-gate")).toEqual({
        MODELGATE_PASSED: "true",
        MODELGATE_GATE_PATH: "quality-gate.json",
        MODELGATE_FAILED_RULES: "0",
      });
      expect(dotenv("stretch-gate")).toEqual({
        MODELGATE_PASSED: "false",
        MODELGATE_GATE_PATH: "stretch-gate.json",
        MODELGATE_FAILED_RULES: "1",
      });
      const quality = artifact("quality-gate", "quality-junit.xml");
      expect(quality).toContain('<testsuites name="modelgate gate" tests="1" failures="0">');
      expect(quality).toContain('<testcase classname="modelgate.gate" name="accuracy &gt;= 0.95">');
      expect(quality).not.toContain("<failure");
      const stretch = artifact("stretch-gate", "stretch-junit.xml");
      expect(stretch).toContain('<testsuites name="modelgate gate" tests="1" failures="1">');
      expect(stretch).toMatch(/<testcase classname="modelgate.gate" name="roc_auc &gt;= 0.999">\s*<failure /);
    });

    it("the report reports what ran and names the card no job made as missing: exit 1, allowed, never exit 2", () => {
      expect(run.log).toMatch(/^ WARN {2}modelgate-report\b/m);
      expect(run.log).toMatch(/^modelgate-report +finished in .* WARN 1 $/m);
      const report = artifact("modelgate-report", "modelgate-report.md");
      expect(report).toMatch(/^## ❌ modelgate: card output missing$/m);
      expect(report).toMatch(/\| card \| <code>MODEL&#95;CARD\.md<\/code> \| card \|/);
      expect(report).toMatch(/\| Gate \| ✅ 1 of 1 rules hold \|/);
      expect(dotenv("modelgate-report")).toMatchObject({ MODELGATE_PASSED: "false", MODELGATE_POSTED: "false" });
    });

    it("a branch pipeline runs the jobs only while the branch has no open merge request (its MR pipeline runs them)", async () => {
      const jobs = ["modelgate-evaluate", "quality-gate", "stretch-gate", "modelgate-report"];
      const listed = (log: string) => jobs.filter((j) => new RegExp(`^${j} `, "m").test(log));
      const alone = await gitlabCiLocal(["--list"], {});
      expect(alone.code, alone.log).toBe(0);
      expect(listed(alone.log)).toEqual(jobs);
      const withMergeRequest = await gitlabCiLocal(["--list"], { CI_OPEN_MERGE_REQUESTS: "acme/cancer!3" });
      expect(withMergeRequest.code, withMergeRequest.log).toBe(0);
      expect(withMergeRequest.log).toMatch(/^name +description +stage/m);
      expect(listed(withMergeRequest.log)).toEqual([]);
    });
  },
);

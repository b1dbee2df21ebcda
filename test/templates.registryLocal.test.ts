// The release components run, not only parsed: gitlab-ci-local (shell executor, under Node 24) runs a pipeline that
// evaluates and gates the breast-cancer model with the committed bundle, then includes templates/publish.yml and
// templates/promote.yml with their registry input set to a local folder (no GitLab server: the local registry has
// the same semantics). What it shows: the publish job is manual and runs only when played, only on the default
// branch; by default it refuses a run with no approval on record; played with require_approval off it publishes the
// gated files, hands the version to the promote job through its dotenv report, and a second pipeline of the same
// commit finds the version already published and the stage unchanged.
// Needs gitlab-ci-local (MODELGATE_GITLAB_CI_LOCAL, or .tmp/gcl as .ci/run installs it), rsync, Node 24, and a
// bundle (dist/) built with the publish and promote commands.
import { execFile, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { promisify } from "node:util";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { manifestSchema } from "../src/core/registry/manifest.js";
import { stageEventSchema } from "../src/core/registry/stages.js";
import { findNode24, fixture, makeTemp, ROOT, type TempDir } from "./support.js";

const gcl = [process.env.MODELGATE_GITLAB_CI_LOCAL, join(ROOT, ".tmp/gcl/node_modules/.bin/gitlab-ci-local")].find(
  (p): p is string => !!p && existsSync(p),
);
const node24 = findNode24();
const rsync = spawnSync("rsync", ["--version"]).status === 0;
const missing = [!gcl && "gitlab-ci-local", !node24 && "Node 24", !rsync && "rsync"].filter(Boolean).join(", ");

const CLI = "node vendor/modelgate/bin/modelgate.js";
const PUBLISH = "modelgate-publish-cancer";
const PROMOTE = "modelgate-promote-cancer-production";

let tmp: TempDir;
let repo: string;
let registry: string;

const git = (...args: string[]) =>
  spawnSync("git", ["-c", "user.email=ci@example.com", "-c", "user.name=ci", ...args], { cwd: repo, encoding: "utf8" });

/**
 * The user's pipeline: evaluate and gate jobs of their own, named as the evaluate and gate components name theirs (the
 * publish job needs them by those names, and a train job only when there is one), then the two components on the
 * local registry.
 */
function pipelineFile(publishInputs: string): string {
  return `stages: [test, deploy]
modelgate-evaluate:
  stage: test
  script:
    - ${CLI} evaluate --model model.onnx --data data/holdout.csv --target target --out evaluation.json
  artifacts:
    paths: [evaluation.json]
modelgate-gate:
  stage: test
  needs: [modelgate-evaluate]
  script:
    - ${CLI} gate --evaluation evaluation.json --out gate.json
  artifacts:
    paths: [gate.json]
include:
  - local: templates/publish.yml
    inputs:
      name: cancer
      holdout: data/holdout.csv
      registry: local:${registry}
      cli: ${CLI}
${publishInputs}  - local: templates/promote.yml
    inputs:
      name: cancer
      stage: production
      registry: local:${registry}
      cli: ${CLI}
`;
}

function commit(pipeline: string, message: string): string {
  writeFileSync(join(repo, ".gitlab-ci.yml"), pipeline);
  git("add", "-A");
  git("commit", "-qm", message);
  return git("rev-parse", "HEAD").stdout.trim();
}

/** One pipeline run; `manual` are the manual jobs played in it. */
async function pipeline(manual: string[] = []) {
  const args = [
    "--force-shell-executor",
    "--no-color",
    "--variable",
    "GITLAB_CI=true",
    ...manual.flatMap((job) => ["--manual", job]),
  ];
  return promisify(execFile)(gcl!, args, {
    cwd: repo,
    encoding: "utf8",
    timeout: 240_000,
    env: { ...process.env, PATH: `${dirname(node24!)}:${process.env.PATH}` },
  }).then(
    (r) => ({ code: 0, log: r.stdout + r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, log: e.stdout + e.stderr }),
  );
}

/** A job's dotenv report (the components name it after the job) as gitlab-ci-local kept it. */
function dotenv(job: string): Record<string, string> {
  const text = readFileSync(
    join(repo, ".gitlab-ci-local/artifacts", job, ".gitlab-ci-reports/dotenv", `${job}.env`),
    "utf8",
  );
  return Object.fromEntries(
    text
      .trim()
      .split("\n")
      .map((l) => [l.slice(0, l.indexOf("=")), l.slice(l.indexOf("=") + 1)]),
  );
}

const versions = () =>
  existsSync(join(registry, "cancer")) ? readdirSync(join(registry, "cancer")).filter((f) => /^\d/.test(f)) : [];

beforeAll(async () => {
  if (missing) return;
  tmp = await makeTemp("gitlab-ci-local-registry");
  repo = join(tmp.path, "repo");
  registry = join(tmp.path, "registry");
  for (const f of ["bin", "dist", "package.json"])
    cpSync(join(ROOT, f), join(repo, "vendor/modelgate", f), { recursive: true });
  for (const t of ["publish.yml", "promote.yml"]) cpSync(join(ROOT, "templates", t), join(repo, "templates", t));
  mkdirSync(join(repo, "data"));
  cpSync(fixture("breast_cancer_logreg.onnx"), join(repo, "model.onnx"));
  cpSync(fixture("breast_cancer_holdout.csv"), join(repo, "data/holdout.csv"));
  // The rules in one place: the gate judges under them, and publish checks gate.json was judged under them.
  writeFileSync(join(repo, "modelgate.yml"), 'version: 1\ngate:\n  rules: ["accuracy >= 0.9", "roc_auc >= 0.95"]\n');
  spawnSync("git", ["init", "-q", "-b", "main"], { cwd: repo });
});
afterAll(async () => {
  if (missing) return;
  await tmp.remove();
});

describe.skipIf(missing !== "")(
  `GitLab release components under gitlab-ci-local${missing ? ` (skipped: no ${missing})` : ""}`,
  () => {
    it("publish.yml is manual, and by default refuses a run with no approval on record", async () => {
      commit(pipelineFile(""), "release pipeline");
      const unplayed = await pipeline();
      expect(unplayed.code, unplayed.log).toBe(0);
      expect(unplayed.log).toMatch(/PASS\s+modelgate-gate/);
      expect(unplayed.log).not.toContain(PUBLISH);
      expect(versions()).toEqual([]);

      const played = await pipeline([PUBLISH]);
      expect(played.code, played.log).not.toBe(0);
      expect(played.log).toMatch(new RegExp(`FAIL\\s+${PUBLISH}`));
      expect(played.log).toContain("refused: no approval of this run is on record");
      expect(played.log).toContain("--require-approval");
      expect(dotenv(PUBLISH)).toEqual({ MODELGATE_STATUS: "refused" });
      expect(versions()).toEqual([]);
    }, 300_000);

    it("played with require_approval off: publishes the gated files, and promote takes the version from its dotenv", async () => {
      const sha = commit(pipelineFile("      require_approval: false\n"), "no approval required");
      const r = await pipeline([PUBLISH, PROMOTE]);
      expect(r.code, r.log).toBe(0);
      expect(r.log).toMatch(new RegExp(`PASS\\s+${PUBLISH}`));
      expect(r.log).toMatch(new RegExp(`PASS\\s+${PROMOTE}`));
      expect(r.log).toContain("is the one the rules at hand give");

      const model = createHash("sha256")
        .update(readFileSync(fixture("breast_cancer_logreg.onnx")))
        .digest("hex");
      expect(dotenv(PUBLISH)).toEqual({
        MODELGATE_STATUS: "published",
        MODELGATE_VERSION: "0.0.1",
        MODELGATE_TAG: "model/cancer/v0.0.1",
        MODELGATE_RELEASE_URL: join(registry, "cancer/0.0.1"),
        MODELGATE_MODEL_SHA256: model,
      });
      expect(versions()).toEqual(["0.0.1"]);
      expect(readdirSync(join(registry, "cancer/0.0.1")).sort()).toEqual([
        ".release.json",
        "evaluation.json",
        "gate.json",
        "manifest.json",
        "model.onnx",
      ]);
      const manifest = manifestSchema.parse(
        JSON.parse(readFileSync(join(registry, "cancer/0.0.1/manifest.json"), "utf8")),
      );
      expect(manifest.assets.find((a) => a.name === "model.onnx")!.sha256).toBe(model);
      expect(manifest.gate.passed).toBe(true);
      expect(manifest.git).toEqual({ commit: sha, branch: "main" });
      expect(manifest.approvals).toEqual([]);

      expect(dotenv(PROMOTE)).toEqual({
        MODELGATE_STATUS: "moved",
        MODELGATE_VERSION: "0.0.1",
        MODELGATE_PREVIOUS: "",
      });
      const events = readFileSync(join(registry, "cancer/stages.jsonl"), "utf8")
        .trim()
        .split("\n")
        .map((l) => stageEventSchema.parse(JSON.parse(l)));
      expect(events.map((e) => [e.stage, e.version, e.previous, e.action, e.commit])).toEqual([
        ["production", "0.0.1", null, "promote", sha],
      ]);

      // The same commit again: the version is there already, the stage points at it already.
      const again = await pipeline([PUBLISH, PROMOTE]);
      expect(again.code, again.log).toBe(0);
      expect(dotenv(PUBLISH)).toMatchObject({
        MODELGATE_STATUS: "already-published",
        MODELGATE_VERSION: "0.0.1",
      });
      expect(dotenv(PROMOTE)).toMatchObject({
        MODELGATE_STATUS: "unchanged",
        MODELGATE_VERSION: "0.0.1",
      });
      expect(versions()).toEqual(["0.0.1"]);
      expect(readFileSync(join(registry, "cancer/stages.jsonl"), "utf8").trim().split("\n")).toHaveLength(1);
    }, 300_000);

    it("a pipeline of another branch has no publish or promote job, even when asked to play them", async () => {
      git("checkout", "-qb", "feature");
      try {
        const r = await pipeline([PUBLISH, PROMOTE]);
        expect(r.log).toMatch(/PASS\s+modelgate-gate/);
        expect(r.log).not.toMatch(new RegExp(`(PASS|FAIL)\\s+(${PUBLISH}|${PROMOTE})`));
        expect(versions()).toEqual(["0.0.1"]);
      } finally {
        git("checkout", "-q", "main");
      }
    }, 300_000);
  },
);

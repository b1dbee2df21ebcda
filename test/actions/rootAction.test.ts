// The root action as the runner runs it: the committed dist/main.js, inputs as INPUT_* variables. Its command is
// `modelgate-command`, so train's own `command` input is the training command (it once ran `/bin/sh train`), and
// without a command it runs the pipeline modelgate.yml configures.
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { copyFile, writeFile } from "node:fs/promises";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { fixture, makeTemp, ROOT, type TempDir } from "../support.js";

let tmp: TempDir;
beforeAll(async () => {
  tmp = await makeTemp("root-action");
  await copyFile(fixture("breast_cancer_logreg.onnx"), tmp.file("model.onnx"));
  await copyFile(fixture("breast_cancer_holdout.csv"), tmp.file("holdout.csv"));
});
afterAll(() => tmp.remove());

function runRoot(inputs: Record<string, string>) {
  writeFileSync(tmp.file("out.txt"), "");
  writeFileSync(tmp.file("summary.md"), "");
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    GITHUB_ACTIONS: "true",
    GITHUB_OUTPUT: tmp.file("out.txt"),
    GITHUB_STEP_SUMMARY: tmp.file("summary.md"),
    GITHUB_WORKSPACE: tmp.path,
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  const r = spawnSync(process.execPath, [`${ROOT}/dist/main.js`], { cwd: tmp.path, encoding: "utf8", env });
  return { ...r, summary: readFileSync(tmp.file("summary.md"), "utf8") };
}

describe("dist/main.js (the root action)", () => {
  it("modelgate-command: train runs train's `command` input as the training command", () => {
    const r = runRoot({
      "modelgate-command": "train",
      command: `node -e "require('fs').writeFileSync('metrics.json', JSON.stringify({accuracy: 0.9}))"`,
      metrics: "metrics.json",
    });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    const run = JSON.parse(readFileSync(tmp.file("run.json"), "utf8")) as { metrics: Record<string, number> };
    expect(run.metrics).toEqual({ accuracy: 0.9 });
  });

  it("without a command runs every stage modelgate.yml configures, with one table in the summary", async () => {
    await writeFile(
      tmp.file("modelgate.yml"),
      'evaluation: { model: model.onnx, data: holdout.csv, target: target }\ngate: { rules: ["accuracy >= 0.9"] }\n',
    );
    const r = runRoot({});
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.summary).toMatch(/modelgate pipeline: all 2 stages passed/);
    expect(r.summary).toMatch(/\| gate \| ✅ passed \|/);
    expect(r.summary).toMatch(/\| validate \| – not configured \| needs data\.path and schema \|/);
  });

  it("refuses a per-command input in pipeline mode, and an input the named command does not take", () => {
    const pipeline = runRoot({ rule: "accuracy >= 0.5" });
    expect(pipeline.status).not.toBe(0);
    expect(pipeline.stdout).toMatch(
      /::error::modelgate: the pipeline reads its settings from modelgate\.yml; input rule applies only with modelgate-command/,
    );
    const stray = runRoot({ "modelgate-command": "validate", rule: "accuracy >= 0.5" });
    expect(stray.stdout).toMatch(/::error::modelgate: modelgate validate takes no input rule/);
  });
});

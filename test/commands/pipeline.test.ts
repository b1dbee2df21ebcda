// `modelgate pipeline`: every stage modelgate.yml configures, in order, on the real breast-cancer data and ONNX
// model; a stage whose input stage did not pass is skipped, the report gets only this run's records.
import { copyFile, readFile, stat, writeFile } from "node:fs/promises";

import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { fixture, makeTemp, runCli, type TempDir } from "../support.js";

let dir: TempDir;

beforeEach(async () => {
  dir = await makeTemp("pipeline");
  await copyFile(fixture("breast_cancer_holdout.csv"), dir.file("holdout.csv"));
  await copyFile(fixture("breast_cancer_logreg.onnx"), dir.file("model.onnx"));
  expect((await runCli(dir.path, ["schema", "infer", "--data", "holdout.csv", "--out", "schema.yml"])).code).toBe(0);
});
afterEach(() => dir.remove());

const config = (rules: string[], model = "model.onnx") => `
version: 1
data: { path: holdout.csv }
schema: schema.yml
evaluation: { model: ${model}, data: holdout.csv, target: target }
gate:
  rules: [${rules.map((r) => JSON.stringify(r)).join(", ")}]
card: { out: CARD.md }
report: { out: report.md }
`;

interface Stages {
  stages: { stage: string; outcome: string; detail?: string }[];
}
const outcomes = (stdout: string) =>
  Object.fromEntries((JSON.parse(stdout) as Stages).stages.map((s) => [s.stage, s.outcome]));

describe("modelgate pipeline", () => {
  it("runs every configured stage in order and passes when each passes", async () => {
    await dir.write("modelgate.yml", config(["accuracy >= 0.9"]));
    const r = await runCli(dir.path, ["pipeline", "--json"]);
    expect(r.code, r.stderr).toBe(0);
    expect(outcomes(r.stdout)).toEqual({
      validate: "passed",
      train: "not configured",
      evaluate: "passed",
      gate: "passed",
      drift: "not configured",
      card: "passed",
      report: "passed",
    });
    const report = await readFile(dir.file("report.md"), "utf8");
    expect(report).toMatch(/Gate passed/);
    expect(report).toMatch(/accuracy/);
    expect((await stat(dir.file("CARD.md"))).size).toBeGreaterThan(500);
    expect(r.stderr).toMatch(/^gate +passed$/m);
  });

  it("a failed gate fails the pipeline (exit 1) but the card and the report still run", async () => {
    await dir.write("modelgate.yml", config(["accuracy >= 0.999"]));
    const r = await runCli(dir.path, ["pipeline", "--json"]);
    expect(r.code).toBe(1);
    expect(outcomes(r.stdout)).toMatchObject({ evaluate: "passed", gate: "failed", card: "passed", report: "passed" });
    expect(await readFile(dir.file("report.md"), "utf8")).toMatch(/Gate failed/);
  });

  it("an unusable model is exit 2: gate and card are skipped, and a stale evaluation.json is not reported", async () => {
    await dir.write("modelgate.yml", config(["accuracy >= 0.9"], "missing.onnx"));
    // A record left by an earlier run must not stand in for this run's evaluation.
    await writeFile(dir.file("evaluation.json"), "{}\n");
    const r = await runCli(dir.path, ["pipeline", "--json"]);
    expect(r.code).toBe(2);
    const stages = (JSON.parse(r.stdout) as Stages).stages;
    expect(stages.find((s) => s.stage === "evaluate")).toMatchObject({ outcome: "error" });
    expect(stages.find((s) => s.stage === "evaluate")!.detail).toMatch(/missing\.onnx: no such file/);
    expect(outcomes(r.stdout)).toMatchObject({ gate: "skipped", card: "skipped" });
    expect(r.stderr).toMatch(/^modelgate evaluate: missing\.onnx: no such file$/m);
    // The report is still written, and names the records this run did not produce.
    const report = await readFile(dir.file("report.md"), "utf8");
    expect(report).not.toMatch(/all checks pass/);
    expect(report).toMatch(/Missing step outputs/);
    expect(report).toMatch(/evaluation\.json/);
    expect(report).toMatch(/gate\.json/);
  });

  it("invalid data skips the model stages; a config that configures nothing is exit 2", async () => {
    await dir.write("modelgate.yml", config(["accuracy >= 0.9"]));
    const text = await readFile(dir.file("holdout.csv"), "utf8");
    const lines = text.split("\n");
    lines[3] = lines[3]!.replace(/^[^,]+/, "not-a-number");
    await writeFile(dir.file("holdout.csv"), lines.join("\n"));
    const r = await runCli(dir.path, ["pipeline", "--json"]);
    expect(r.code, r.stderr).toBe(1);
    expect(outcomes(r.stdout)).toMatchObject({
      validate: "failed",
      evaluate: "skipped",
      gate: "skipped",
      card: "skipped",
      report: "failed",
    });
    expect(await readFile(dir.file("report.md"), "utf8")).toMatch(/Missing step outputs/);

    await dir.write("modelgate.yml", "version: 1\n");
    const none = await runCli(dir.path, ["pipeline"]);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/configures no stage/);
  });

  it("with --json, stdout is the JSON alone: the training command's output and the report's body go to stderr", async () => {
    await dir.write(
      "modelgate.yml",
      `${config(["accuracy >= 0.9"]).replace("report: { out: report.md }", "report: {}")}training: { command: "echo trained-line" }\n`,
    );
    const r = await runCli(dir.path, ["pipeline", "--json"]);
    expect(r.code, r.stderr).toBe(0);
    expect(outcomes(r.stdout)).toMatchObject({ train: "passed", report: "passed" });
    expect(r.stderr).toMatch(/^trained-line$/m);
    expect(r.stderr).toMatch(/^## ✅ modelgate: all checks pass$/m);
  });

  it("a record that is one of its stage's inputs is refused before anything is removed: the holdout stays", async () => {
    const holdout = await readFile(dir.file("holdout.csv"), "utf8");
    await dir.write(
      "modelgate.yml",
      'version: 1\nevaluation: { model: model.onnx, data: holdout.csv, target: target, out: holdout.csv }\ngate: { rules: ["accuracy >= 0.9"] }\nreport: { out: report.md }\n',
    );
    const r = await runCli(dir.path, ["pipeline", "--json"]);
    expect(r.code).toBe(2);
    expect(outcomes(r.stdout)).toMatchObject({ evaluate: "error", gate: "skipped" });
    expect(r.stderr).toMatch(
      /^modelgate evaluate: holdout\.csv: --out would overwrite --data, the same file: name another file for --out$/m,
    );
    expect(await readFile(dir.file("holdout.csv"), "utf8")).toBe(holdout);
  });
});

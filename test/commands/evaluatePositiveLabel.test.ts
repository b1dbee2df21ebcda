// What evaluate and gate do with the class metrics are "of": `evaluate --positive-label` naming no class (a typo,
// or "yes" for a model of 0 and 1) is refused in one line, exit 2, as precision, recall and F1 of a class that never
// occurs would be 0 and a gate would judge those; a --threshold the model's outputs cannot apply (labels alone,
// three classes, a regressor) is refused rather than recorded as applied; a gate refuses to compare evaluations or predictions
// scored for different positive classes, and predictions of another holdout than their evaluation. Real ONNX files
// and onnxruntime-node: the breast-cancer logistic regression, a model giving labels alone, a three-class softmax,
// a regressor.
import { readFileSync } from "node:fs";
import { copyFile, readFile, writeFile } from "node:fs/promises";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { attr, DataType, node, valueInfo } from "../../examples/breast-cancer/onnx.mjs";
import type { Evaluation } from "../../src/core/evaluate/evaluate.js";
import { readRowPredictions, writeRowPredictions } from "../../src/core/evaluate/rowPredictions.js";
import { columnStats, linearModel, softmaxHead } from "../linearModels.js";
import { fixture, makeTemp, runCli, type TempDir } from "../support.js";

let tmp: TempDir;
beforeAll(async () => {
  tmp = await makeTemp("evaluate-positive");
  await copyFile(fixture("breast_cancer_holdout.csv"), tmp.file("holdout.csv"));
  await copyFile(fixture("breast_cancer_logreg.onnx"), tmp.file("proba.onnx"));
  const lines = readFileSync(fixture("breast_cancer_holdout.csv"), "utf8").trim().split("\n");
  const X = lines.slice(1).map((l) => l.split(",").slice(0, 30).map(Number));
  const { mean, sd } = columnStats(X);
  // Two scores → the index of the larger: an int64 label [N] and no probabilities.
  const labels = linearModel({
    mean,
    sd,
    w: mean.flatMap(() => [1 / 30, -1 / 30]),
    b: [0, 0.4],
    head: [
      node({
        name: "argmax",
        opType: "ArgMax",
        inputs: ["score"],
        outputs: ["label"],
        attributes: [attr.int("axis", 1), attr.int("keepdims", 0)],
      }),
    ],
    outputs: [valueInfo("label", DataType.INT64, ["N"])],
  });
  await writeFile(tmp.file("labels.onnx"), labels);
  // Three scores → softmax: probabilities [N, 3] and no label.
  const three = linearModel({
    mean,
    sd,
    w: mean.flatMap(() => [1 / 30, -1 / 30, 0]),
    b: [0, 0.4, 0],
    head: softmaxHead(),
    outputs: [valueInfo("probabilities", DataType.FLOAT, ["N", 3])],
  });
  await writeFile(tmp.file("three.onnx"), three);
  // One score, no head: a regressor.
  const value = linearModel({
    mean,
    sd,
    w: mean.map(() => 1 / 30),
    b: [0.5],
    outputs: [valueInfo("score", DataType.FLOAT, ["N", 1])],
  });
  await writeFile(tmp.file("value.onnx"), value);
  // The holdout with a sensitive column, for fairness.
  await writeFile(
    tmp.file("sensitive.csv"),
    `${lines[0]},sex\n${lines
      .slice(1)
      .map((l, i) => `${l},${i % 3 ? "F" : "M"}`)
      .join("\n")}\n`,
  );
});
afterAll(() => tmp.remove());

const evaluate = (model: string, extra: string[], data = "holdout.csv") =>
  runCli(tmp.path, ["evaluate", "--model", model, "--data", data, "--target", "target", "--out", "e.json", ...extra]);

describe("evaluate --positive-label", () => {
  it.each([
    ["without a threshold", [], "holdout.csv"],
    ["with a threshold", ["--threshold", "0.5"], "holdout.csv"],
    ["with a sensitive column", ["--sensitive", "sex"], "sensitive.csv"],
  ])("a label none of the model's classes is one line, exit 2, nothing written (%s)", async (_name, extra, data) => {
    const r = await evaluate("proba.onnx", ["--positive-label", "yes", ...extra], data);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(
      'modelgate: proba.onnx: --positive-label "yes" is none of the model\'s classes (0, 1): precision, recall and F1 of a class that never occurs would all be 0\n',
    );
    await expect(readFile(tmp.file("e.json"))).rejects.toThrow(/ENOENT/);
  });

  it("a model of labels alone: the label must be one the target or the model has", async () => {
    const r = await evaluate("labels.onnx", ["--positive-label", "malignant"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'modelgate: holdout.csv: column "target": --positive-label "malignant" is none of the labels of the target and the model (0, 1): precision, recall and F1 of a class that never occurs would all be 0\n',
    );
  });

  it("a label that is a class is scored as that class", async () => {
    for (const model of ["proba.onnx", "labels.onnx"]) {
      const r = await evaluate(model, ["--positive-label", "0", "--out", `${model}.json`]);
      expect(r.code, r.stderr).toBe(0);
      const e = JSON.parse(await readFile(tmp.file(`${model}.json`), "utf8")) as Evaluation;
      expect(e.positive_label).toBe("0");
      expect(e.metrics.recall).toBeGreaterThan(0.5);
    }
  });
});

describe("evaluate --threshold", () => {
  it.each([
    ["labels.onnx", "gives labels alone"],
    ["three.onnx", "has 3 classes (its label is the most probable one)"],
  ])("is refused for %s, which %s", async (model, why) => {
    const r = await evaluate(model, ["--threshold", "0.9", "--out", "t.json"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `modelgate: ${model}: --threshold applies to a binary classifier's probabilities, and this model ${why}: leave the threshold out\n`,
    );
    await expect(readFile(tmp.file("t.json"))).rejects.toThrow(/ENOENT/);
  });

  it("and --positive-label are refused for a regressor", async () => {
    const t = await evaluate("value.onnx", ["--threshold", "0.5"]);
    expect(t.code).toBe(2);
    expect(t.stderr).toBe(
      "modelgate: value.onnx: --threshold applies to a binary classifier's probabilities, and this model is a regressor: leave the threshold out\n",
    );
    const p = await evaluate("value.onnx", ["--positive-label", "1"]);
    expect(p.code).toBe(2);
    expect(p.stderr).toBe(
      "modelgate: value.onnx: --positive-label applies to a classifier, and this model is a regressor: leave the positive label out\n",
    );
    expect((await evaluate("value.onnx", [])).code).toBe(0);
  });

  it("applies to a binary classifier's probabilities", async () => {
    const r = await evaluate("proba.onnx", ["--threshold", "0.9", "--out", "t9.json"]);
    expect(r.code, r.stderr).toBe(0);
    expect((JSON.parse(await readFile(tmp.file("t9.json"), "utf8")) as Evaluation).threshold).toBe(0.9);
  });
});

describe("gate across positive classes", () => {
  beforeAll(async () => {
    for (const positive of ["0", "1"]) {
      const r = await evaluate("proba.onnx", [
        "--positive-label",
        positive,
        "--out",
        `p${positive}.json`,
        "--predictions",
        `p${positive}.arrow`,
      ]);
      expect(r.code, r.stderr).toBe(0);
    }
  });
  const gate = (extra: string[]) => runCli(tmp.path, ["gate", "--evaluation", "p0.json", "--out", "g.json", ...extra]);

  it("refuses a baseline scored for another positive class, in one line", async () => {
    const r = await gate(["--baseline", "p1.json", "--rule", "f1 >= baseline - 0.01"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(
      'modelgate: the baseline (p1.json) was scored for the positive class "1", the candidate (p0.json) for "0": evaluate both with the same --positive-label\n',
    );
    // The same class on both sides is compared as before.
    expect((await gate(["--baseline", "p0.json", "--rule", "f1 >= baseline - 0.01"])).code).toBe(0);
  });

  it("refuses paired predictions scored for another positive class", async () => {
    const r = await gate([
      "--baseline",
      "p0.json",
      "--predictions",
      "p0.arrow",
      "--baseline-predictions",
      "p1.arrow",
      "--rule",
      "f1 >= baseline - 0.01 with 95% confidence",
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'modelgate: p1.arrow: scored for the positive class "1", p0.arrow for "0": evaluate both with the same --positive-label\n',
    );
  });

  it("refuses a predictions file whose positive class is none of its classes", async () => {
    const rows = await readRowPredictions(tmp.file("p1.arrow"));
    await writeRowPredictions(tmp.file("typo.arrow"), { ...rows, positive: "yes" });
    const r = await gate([
      "--baseline",
      "p0.json",
      "--predictions",
      "p0.arrow",
      "--baseline-predictions",
      "typo.arrow",
      "--rule",
      "f1 >= baseline - 0.01 with 95% confidence",
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('modelgate: typo.arrow: the positive class "yes" is none of the classes (0, 1)\n');
  });
});

describe("gate's paired predictions", () => {
  it("are refused when they are of another holdout than the evaluation (the interval would be of other rows)", async () => {
    const lines = readFileSync(tmp.file("holdout.csv"), "utf8").trim().split("\n");
    await writeFile(tmp.file("part.csv"), `${lines.slice(0, 101).join("\n")}\n`);
    const part = await evaluate("proba.onnx", ["--out", "part.json", "--predictions", "part.arrow"], "part.csv");
    expect(part.code, part.stderr).toBe(0);
    expect((await evaluate("proba.onnx", ["--out", "full.json"])).code).toBe(0);
    const r = await runCli(tmp.path, [
      "gate",
      "--evaluation",
      "full.json",
      "--baseline",
      "full.json",
      "--predictions",
      "part.arrow",
      "--baseline-predictions",
      "part.arrow",
      "--rule",
      "f1 >= baseline - 0.01 with 95% confidence",
      "--out",
      "g.json",
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      "modelgate: part.arrow: these predictions are of another holdout than the candidate evaluation (full.json)\n",
    );
  });
});

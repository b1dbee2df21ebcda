// `modelgate evaluate` end to end on a regression model and a three-class model (real ONNX bytes, real
// onnxruntime-node, the breast-cancer holdout): the metrics equal those computed here from a plain session.run's
// outputs with the textbook formulas.
import { readFileSync } from "node:fs";
import { copyFile, writeFile } from "node:fs/promises";

import * as ort from "onnxruntime-node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { DataType, valueInfo } from "../../examples/breast-cancer/onnx.mjs";
import type { Evaluation } from "../../src/core/evaluate/evaluate.js";
import { columnStats, linearModel, softmaxHead } from "../linearModels.js";
import { fixture, makeTemp, runCli, type TempDir } from "../support.js";

const F = DataType.FLOAT;
const lines = readFileSync(fixture("breast_cancer_holdout.csv"), "utf8").trim().split("\n");
const header = lines[0]!.split(",");
const table = lines.slice(1).map((l) => l.split(",").map(Number));

async function direct(file: string, X: number[][], output: string) {
  const session = await ort.InferenceSession.create(file);
  const input = new ort.Tensor("float32", Float32Array.from(X.flat()), [X.length, X[0]!.length]);
  const r = await session.run({ input });
  await session.release();
  return r[output]!.data as Float32Array | BigInt64Array;
}

let tmp: TempDir;
beforeAll(async () => {
  tmp = await makeTemp("evaluate-tasks");
  await copyFile(fixture("breast_cancer_holdout.csv"), tmp.file("holdout.csv"));
});
afterAll(() => tmp.remove());

const evaluate = async (args: string[], out: string) => {
  const r = await runCli(tmp.path, ["evaluate", "--out", out, ...args]);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(readFileSync(tmp.file(out), "utf8")) as Evaluation;
};

describe("evaluate other tasks end to end", () => {
  it("scores a regression model: RMSE, MAE, R² and MAPE of its own predictions", async () => {
    // Predict "mean area" from the other 30 columns (the label included), in file order.
    const t = header.indexOf("mean area");
    const X = table.map((r) => r.filter((_v, j) => j !== t));
    const y = table.map((r) => r[t]!);
    const { mean, sd } = columnStats(X);
    const w = X[0]!.map((_v, j) => (header.filter((_h, i) => i !== t)[j]!.includes("radius") ? 120 : 8));
    await writeFile(
      tmp.file("reg.onnx"),
      linearModel({ mean, sd, w, b: [650], outputs: [valueInfo("score", F, ["N", 1])] }),
    );
    const e = await evaluate(["--model", "reg.onnx", "--data", "holdout.csv", "--target", "mean area"], "reg.json");
    expect(e.task).toBe("regression");
    const yhat = Array.from((await direct(tmp.file("reg.onnx"), X, "score")) as Float32Array);
    const n = y.length;
    const err = y.map((v, i) => v - yhat[i]!);
    const ybar = y.reduce((a, v) => a + v, 0) / n;
    const rmse = Math.sqrt(err.reduce((a, v) => a + v * v, 0) / n);
    const mae = err.reduce((a, v) => a + Math.abs(v), 0) / n;
    const r2 = 1 - err.reduce((a, v) => a + v * v, 0) / y.reduce((a, v) => a + (v - ybar) ** 2, 0);
    const mape = err.reduce((a, v, i) => a + Math.abs(v) / Math.abs(y[i]!), 0) / n;
    expect(e.metrics.rmse).toBeCloseTo(rmse, 9);
    expect(e.metrics.mae).toBeCloseTo(mae, 9);
    expect(e.metrics.r2).toBeCloseTo(r2, 9);
    expect(e.metrics.mape).toBeCloseTo(mape, 9);
    // A model that says something: well above the mean's R² of 0.
    expect(e.metrics.r2).toBeGreaterThan(0.5);
  });

  it("scores a three-class softmax model: accuracy, macro scores and the one-vs-rest AUC", async () => {
    // Three classes from "mean radius" tertiles, predicted from the 30 other columns.
    const t = header.indexOf("mean radius");
    const sorted = table.map((r) => r[t]!).sort((a, b) => a - b);
    const cut = [sorted[Math.floor(sorted.length / 3)]!, sorted[Math.floor((2 * sorted.length) / 3)]!];
    const klass = (v: number) => (v < cut[0]! ? "small" : v < cut[1]! ? "medium" : "large");
    const rows = [
      [...header.filter((_h, j) => j !== t), "size"].join(","),
      ...table.map((r) => [...r.filter((_v, j) => j !== t), klass(r[t]!)].join(",")),
    ];
    await writeFile(tmp.file("sizes.csv"), `${rows.join("\n")}\n`);
    const X = table.map((r) => r.filter((_v, j) => j !== t));
    const { mean, sd } = columnStats(X);
    // Scores for classes 0, 1, 2 = large, medium, small (the label output names them by index, mapped below).
    const names = header.filter((_h, j) => j !== t);
    const w = names.flatMap((h) => (h.includes("perimeter") || h.includes("area") ? [2, 0, -2] : [0, 0, 0]));
    const tail = softmaxHead();
    await writeFile(
      tmp.file("multi.onnx"),
      linearModel({ mean, sd, w, b: [0, 1, 0], head: tail, outputs: [valueInfo("probabilities", F, ["N", 3])] }),
    );
    // The data's classes are text; the model's columns are 0..2: map them through a relabelled target.
    const index = { large: "0", medium: "1", small: "2" } as Record<string, string>;
    const relabelled = rows.map((l, i) =>
      i === 0 ? l : l.replace(/,(small|medium|large)$/, (_m, c: string) => `,${index[c]}`),
    );
    await writeFile(tmp.file("sizes-coded.csv"), `${relabelled.join("\n")}\n`);
    const named = await runCli(tmp.path, [
      "evaluate",
      "--model",
      "multi.onnx",
      "--data",
      "sizes.csv",
      "--target",
      "size",
      "--out",
      "multi.json",
    ]);
    // Text classes against a model whose probability columns are classes 0..2: one line, exit 2.
    expect(named.code).toBe(2);
    expect(named.stderr).toMatch(
      /^modelgate: sizes\.csv: column "size": the target holds "(small|medium|large)", which is none of the model's classes \(0, 1, 2: its probability columns, by position\); code the target as the model was trained\n$/,
    );
    const coded = await evaluate(
      ["--model", "multi.onnx", "--target", "size", "--data", "sizes-coded.csv"],
      "multi-coded.json",
    );
    const proba = Array.from((await direct(tmp.file("multi.onnx"), X, "probabilities")) as Float32Array);
    const yTrue = table.map((r) => index[klass(r[t]!)]!);
    const yPred = yTrue.map((_y, i) => {
      const p = proba.slice(i * 3, i * 3 + 3);
      return String(p.indexOf(Math.max(...p)));
    });
    const n = yTrue.length;
    const accuracy = yTrue.filter((y, i) => y === yPred[i]).length / n;
    expect(coded.metrics.accuracy).toBeCloseTo(accuracy, 12);
    const f1 = ["0", "1", "2"].map((c) => {
      const tp = yTrue.filter((y, i) => y === c && yPred[i] === c).length;
      const fp = yTrue.filter((y, i) => y !== c && yPred[i] === c).length;
      const fn = yTrue.filter((y, i) => y === c && yPred[i] !== c).length;
      return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
    });
    expect(coded.metrics.f1_macro).toBeCloseTo(f1.reduce((a, v) => a + v, 0) / 3, 12);
    // One-vs-rest AUC per class as the share of (positive, negative) pairs ranked right, ties counted half.
    const auc = (c: number) => {
      const pos = yTrue.flatMap((y, i) => (y === String(c) ? [proba[i * 3 + c]!] : []));
      const neg = yTrue.flatMap((y, i) => (y !== String(c) ? [proba[i * 3 + c]!] : []));
      let s = 0;
      for (const p of pos) for (const q of neg) s += p > q ? 1 : p === q ? 0.5 : 0;
      return s / (pos.length * neg.length);
    };
    expect(coded.metrics.roc_auc_ovr_macro).toBeCloseTo((auc(0) + auc(1) + auc(2)) / 3, 12);
    expect(coded.metrics.roc_auc_ovr_macro).toBeGreaterThan(0.8);
    expect(coded.confusion_matrix).not.toBeNull();
  });
});

// evaluate → gate → card → report with slices and fairness, for a binary, a three-class and a regression model
// (real ONNX files, real onnxruntime-node, the breast-cancer holdout with a sensitive column added): every output
// of evaluate --sensitive is accepted downstream, the fairness figures equal those recomputed here from a plain
// session.run, and the card and report show them (macro scores for the multiclass slices, no positive class).
import { readFileSync } from "node:fs";
import { copyFile, readFile, writeFile } from "node:fs/promises";

import * as ort from "onnxruntime-node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { DataType, valueInfo } from "../../examples/breast-cancer/onnx.mjs";
import type { Evaluation } from "../../src/core/evaluate/evaluate.js";
import type { ClassificationFairness, RegressionFairness } from "../../src/core/evaluate/fairness.js";
import { codeSpan } from "../../src/core/render/escape.js";
import { columnStats, linearModel, softmaxHead } from "../linearModels.js";
import { fixture, makeTemp, runCli, type TempDir } from "../support.js";

const F = DataType.FLOAT;
const lines = readFileSync(fixture("breast_cancer_holdout.csv"), "utf8").trim().split("\n");
const header = lines[0]!.split(",");
const table = lines.slice(1).map((l) => l.split(",").map(Number));
/** The sensitive column: uneven groups, not aligned with anything in the data. */
const sex = table.map((_r, i) => ((i * 7) % 5 < 2 ? "F" : "M"));

let tmp: TempDir;
const cli = (argv: string[]) => runCli(tmp.path, argv);

async function run(file: string, X: number[][], output: string): Promise<Float32Array> {
  const session = await ort.InferenceSession.create(tmp.file(file));
  const input = new ort.Tensor("float32", Float32Array.from(X.flat()), [X.length, X[0]!.length]);
  const r = await session.run({ input });
  await session.release();
  return r[output]!.data as Float32Array;
}

/** The CSV of some columns (header names) and rows, with the sensitive column last. */
const csv = (names: string[], rows: (number | string)[][]) =>
  `${[[...names, "sex"].join(","), ...rows.map((r, i) => [...r, sex[i]].join(","))].join("\n")}\n`;

beforeAll(async () => {
  tmp = await makeTemp("fairness-chain");
  await copyFile(fixture("breast_cancer_logreg.onnx"), tmp.file("binary.onnx"));
  await writeFile(tmp.file("binary.csv"), csv(header, table));
});
afterAll(() => tmp.remove());

const evaluate = async (args: string[], out: string) => {
  const r = await cli(["evaluate", ...args, "--slices", "mean texture", "--sensitive", "sex", "--out", out]);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(await readFile(tmp.file(out), "utf8")) as Evaluation;
};

/** card then report on an evaluation: both exit 0 and neither shows a value that is not one. */
async function cardAndReport(evaluation: string, gateRules: string[]) {
  const g = await cli([
    "gate",
    "--evaluation",
    evaluation,
    ...gateRules.flatMap((r) => ["--rule", r]),
    "--out",
    `${evaluation}.gate.json`,
  ]);
  expect(g.code, g.stderr + g.stdout).toBe(0);
  const c = await cli([
    "card",
    "--evaluation",
    evaluation,
    "--gate",
    `${evaluation}.gate.json`,
    "--date",
    "2026-01-15",
    "--out",
    `${evaluation}.card.md`,
    "--mct",
    `${evaluation}.mct.json`,
  ]);
  expect(c.code, c.stderr).toBe(0);
  const r = await cli([
    "report",
    "--evaluation",
    evaluation,
    "--gate",
    `${evaluation}.gate.json`,
    "--card",
    `${evaluation}.card.md`,
    "--out",
    `${evaluation}.report.md`,
  ]);
  expect(r.code, r.stderr).toBe(0);
  const card = await readFile(tmp.file(`${evaluation}.card.md`), "utf8");
  const mct = await readFile(tmp.file(`${evaluation}.mct.json`), "utf8");
  const report = await readFile(tmp.file(`${evaluation}.report.md`), "utf8");
  for (const text of [card, mct, report]) expect(text).not.toMatch(/\[object Object\]|undefined|NaN/);
  expect(report.split("\n")[0]).toBe("## ✅ modelgate: all checks pass");
  return {
    card,
    report,
    mct: JSON.parse(mct) as {
      quantitative_analysis: { performance_metrics: { type: string; value: string; slice?: string }[] };
    },
  };
}

/** The rows of a Markdown table that starts with `head`, as cells. */
function tableAfter(text: string, head: string): string[][] {
  const start = text.indexOf(head);
  expect(start, head).toBeGreaterThanOrEqual(0);
  const rows: string[][] = [];
  for (const line of text.slice(start).split("\n").slice(2)) {
    if (!line.startsWith("|")) break;
    rows.push(
      line
        .split("|")
        .slice(1, -1)
        .map((c) => c.trim()),
    );
  }
  return rows;
}

describe("fairness from evaluate to card and report", () => {
  it("binary: the card and the report show the per-group rates of the positive class", async () => {
    const e = await evaluate(["--model", "binary.onnx", "--data", "binary.csv", "--target", "target"], "binary.json");
    const f = e.fairness.sex as ClassificationFairness;
    expect(Object.keys(f.groups)).toEqual(["F", "M"]);
    expect(f.groups.F!.count + f.groups.M!.count).toBe(143);
    const { card, report, mct } = await cardAndReport("binary.json", [
      "fairness.sex.demographic_parity_difference <= 1",
    ]);
    expect(card).toContain(
      "### Fairness across <code>sex</code> (fairlearn definitions)\n\nMeasured for the positive class <code>1</code>.",
    );
    const groups = tableAfter(card, "| Group | count | selection_rate | tpr | fpr | accuracy |");
    expect(groups).toEqual(
      ["F", "M"].map((g) => [
        `<code>${g}</code>`,
        String(f.groups[g]!.count),
        ...(["selection_rate", "tpr", "fpr", "accuracy"] as const).map((k) => f.groups[g]![k].toFixed(4)),
      ]),
    );
    expect(tableAfter(report, "| Group | count | selection_rate | tpr | fpr | accuracy |")).toEqual(groups);
    expect(report).toContain(`demographic parity difference ${f.demographic_parity_difference.toFixed(4)}`);
    // Binary slices keep f1 and ROC AUC.
    for (const row of tableAfter(card, "| Value | count | accuracy | f1 | roc_auc |")) expect(row).not.toContain("–");
    expect(mct.quantitative_analysis.performance_metrics).toContainEqual({
      type: "tpr",
      value: String(f.groups.F!.tpr),
      slice: "fairness:sex=F",
    });
  });

  it("three classes: refused without --positive-label; with it, one-vs-rest fairness and macro slices", async () => {
    const t = header.indexOf("mean radius");
    const sorted = table.map((r) => r[t]!).sort((a, b) => a - b);
    const cut = [sorted[Math.floor(sorted.length / 3)]!, sorted[Math.floor((2 * sorted.length) / 3)]!];
    const klass = (v: number) => (v < cut[0]! ? "0" : v < cut[1]! ? "1" : "2");
    const X = table.map((r) => r.filter((_v, j) => j !== t));
    const names = header.filter((_h, j) => j !== t);
    await writeFile(
      tmp.file("multi.csv"),
      csv(
        [...names, "size"],
        X.map((r, i) => [...r, klass(table[i]![t]!)]),
      ),
    );
    const { mean, sd } = columnStats(X);
    const w = names.flatMap((h) => (h.includes("perimeter") || h.includes("area") ? [-2, 0, 2] : [0, 0, 0]));
    const head = softmaxHead();
    await writeFile(
      tmp.file("multi.onnx"),
      linearModel({ mean, sd, w, b: [0, 1, 0], head, outputs: [valueInfo("probabilities", F, ["N", 3])] }),
    );
    const args = ["--model", "multi.onnx", "--data", "multi.csv", "--target", "size"];
    const refused = await cli(["evaluate", ...args, "--sensitive", "sex", "--out", "refused.json"]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(
      "modelgate: fairness over 3 classes is measured one class against the rest: pass --positive-label with that class (one of 0, 1, 2)\n",
    );

    const e = await evaluate([...args, "--positive-label", "2"], "multi.json");
    expect(e.classes).toEqual(["0", "1", "2"]);
    const proba = await run("multi.onnx", X, "probabilities");
    const yPred = X.map((_r, i) => {
      const p = Array.from(proba.slice(i * 3, i * 3 + 3));
      return String(p.indexOf(Math.max(...p)));
    });
    const yTrue = table.map((r) => klass(r[t]!));
    const f = e.fairness.sex as ClassificationFairness;
    for (const g of ["F", "M"]) {
      const rows = sex.flatMap((s, i) => (s === g ? [i] : []));
      const pos = rows.filter((i) => yTrue[i] === "2");
      const neg = rows.filter((i) => yTrue[i] !== "2");
      expect(pos.length * neg.length).toBeGreaterThan(0);
      expect(f.groups[g]!.selection_rate).toBeCloseTo(rows.filter((i) => yPred[i] === "2").length / rows.length, 12);
      expect(f.groups[g]!.tpr).toBeCloseTo(pos.filter((i) => yPred[i] === "2").length / pos.length, 12);
      expect(f.groups[g]!.fpr).toBeCloseTo(neg.filter((i) => yPred[i] === "2").length / neg.length, 12);
    }
    expect(f.equal_opportunity_difference).toBeCloseTo(Math.abs(f.groups.F!.tpr - f.groups.M!.tpr), 12);

    const { card, report } = await cardAndReport("multi.json", [
      "demographic_parity_difference <= 1",
      "accuracy >= 0.5",
    ]);
    expect(card).not.toMatch(/positive class/i);
    expect(card).toContain("Measured one-vs-rest, <code>2</code> against the other 2 classes.");
    expect(card).toContain("the most probable of 3 classes");
    // Macro scores per slice, every cell a number.
    for (const text of [card, report]) {
      const slices = tableAfter(text, "| Value | count | accuracy | f1_macro | roc_auc_ovr_macro |");
      expect(slices).toHaveLength(4);
      const want = Object.values(e.slices["mean texture"]!).map((m) => [
        String(m.count),
        ...(["accuracy", "f1_macro", "roc_auc_ovr_macro"] as const).map((k) => m[k]!.toFixed(4)),
      ]);
      expect(slices.map((row) => row.slice(1))).toEqual(want);
    }
  });

  it("regression: per-group count, mean prediction, MAE and RMSE, their differences, gated on and shown", async () => {
    const t = header.indexOf("mean area");
    const X = table.map((r) => r.filter((_v, j) => j !== t));
    const { mean, sd } = columnStats(X);
    const names = header.filter((_h, j) => j !== t);
    const w = names.map((h) => (h.includes("radius") ? 120 : 8));
    await writeFile(
      tmp.file("reg.onnx"),
      linearModel({ mean, sd, w, b: [650], outputs: [valueInfo("score", F, ["N", 1])] }),
    );
    const e = await evaluate(["--model", "reg.onnx", "--data", "binary.csv", "--target", "mean area"], "reg.json");
    expect(e.task).toBe("regression");
    const yhat = await run("reg.onnx", X, "score");
    const f = e.fairness.sex as RegressionFairness;
    const want: Record<string, Record<string, number>> = {};
    for (const g of ["F", "M"]) {
      const rows = sex.flatMap((s, i) => (s === g ? [i] : []));
      const err = rows.map((i) => table[i]![t]! - yhat[i]!);
      want[g] = {
        count: rows.length,
        mean_prediction: rows.reduce((a, i) => a + yhat[i]!, 0) / rows.length,
        mae: err.reduce((a, x) => a + Math.abs(x), 0) / rows.length,
        rmse: Math.sqrt(err.reduce((a, x) => a + x * x, 0) / rows.length),
      };
      for (const k of ["count", "mean_prediction", "mae", "rmse"] as const)
        expect(f.groups[g]![k], `${g}.${k}`).toBeCloseTo(want[g]![k]!, 6);
    }
    for (const k of ["mean_prediction", "mae", "rmse"] as const)
      expect(f[`${k}_difference`]).toBeCloseTo(Math.abs(want.F![k]! - want.M![k]!), 6);

    // The gate reads them by column and bare (the worst column); a bound below the difference fails.
    const tight = await cli([
      "gate",
      "--evaluation",
      "reg.json",
      "--rule",
      `fairness.sex.mae_difference <= ${(f.mae_difference / 2).toFixed(6)}`,
      "--out",
      "tight.json",
    ]);
    expect(tight.code).toBe(1);
    const { card, report } = await cardAndReport("reg.json", [
      `fairness.sex.mae_difference <= ${(f.mae_difference + 1).toFixed(6)}`,
      `rmse_difference <= ${(f.rmse_difference + 1).toFixed(6)}`,
    ]);
    const groups = ["F", "M"].map((g) => [
      `<code>${g}</code>`,
      String(f.groups[g]!.count),
      ...(["mean_prediction", "mae", "rmse"] as const).map((k) => f.groups[g]![k].toFixed(4)),
    ]);
    for (const text of [card, report]) {
      expect(tableAfter(text, "| Group | count | mean_prediction | mae | rmse |")).toEqual(groups);
      expect(text).toContain("each difference is the largest group's value minus the smallest's");
    }
    for (const k of ["mean_prediction_difference", "mae_difference", "rmse_difference"] as const)
      expect(card).toContain(`| ${codeSpan(k)} | ${f[k].toFixed(4)} |`);
    expect(report).toContain(`mae difference ${f.mae_difference.toFixed(4)}`);
  });
});

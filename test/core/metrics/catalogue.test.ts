// The metric catalogue: the direction of every metric it lists and of the names it does not (slices, fairness,
// a metrics file's dotted names), how each kind of value is written, which metrics each report lists in which
// order, and that it matches what a real evaluation (real ONNX models, real onnxruntime-node) writes and what the
// bootstrap can resample.
import { readFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { DataType, valueInfo } from "../../../examples/breast-cancer/onnx.mjs";
import { openTable } from "../../../src/core/data/open.js";
import { InputError } from "../../../src/core/errors.js";
import { evaluateModel, type Evaluation } from "../../../src/core/evaluate/evaluate.js";
import { fairnessFigures } from "../../../src/core/evaluate/fairness.js";
import type { RowPredictions } from "../../../src/core/evaluate/rowPredictions.js";
import { scorer } from "../../../src/core/gate/bootstrap.js";
import {
  directionByName,
  formatMetric,
  headlineMetrics,
  listedMetrics,
  lowerIsBetter,
  metricDirection,
  metricLabel,
  METRICS,
  metricSpec,
} from "../../../src/core/metrics/catalogue.js";
import { loadModelFile } from "../../../src/core/model/onnxModel.js";
import { columnStats, linearModel, softmaxHead } from "../../linearModels.js";
import { fixture, makeTemp, type TempDir } from "../../support.js";

/** Where lower is better; every other listed metric is higher-better. */
const LOWER = [
  "log_loss",
  "rmse",
  "mae",
  "mape",
  "latency_p50_ms",
  "latency_p95_ms",
  "latency_p99_ms",
  "batch_latency_p50_ms",
  "batch_latency_p95_ms",
  "batch_latency_p99_ms",
  "model_bytes",
  "peak_rss_mib",
  "demographic_parity_difference",
  "equalized_odds_difference",
  "equal_opportunity_difference",
  "mean_prediction_difference",
  "mae_difference",
  "rmse_difference",
];
const HIGHER = [
  "accuracy",
  "balanced_accuracy",
  "precision",
  "recall",
  "f1",
  "precision_macro",
  "recall_macro",
  "f1_macro",
  "precision_weighted",
  "recall_weighted",
  "f1_weighted",
  "roc_auc",
  "roc_auc_ovr_macro",
  "pr_auc",
  "r2",
  "count",
  "rows_per_second",
  "demographic_parity_ratio",
];

describe("directions", () => {
  it("gives every catalogue entry its direction, and the naming rule agrees on each", () => {
    expect(METRICS.map((m) => m.name).sort()).toEqual([...LOWER, ...HIGHER].sort());
    for (const m of LOWER) {
      expect(metricSpec(m)!.direction, m).toBe("lower");
      expect(metricDirection(m), m).toBe("lower");
      expect(directionByName(m), m).toBe("lower");
    }
    for (const m of HIGHER) {
      expect(metricSpec(m)!.direction, m).toBe("higher");
      expect(metricDirection(m), m).toBe("higher");
      expect(directionByName(m), m).toBe("higher");
    }
  });

  it("derives the direction of slice, fairness and metrics-file names from their last dotted part", () => {
    const lower = [
      "slices.age.young.rmse",
      "slices.sex.F.log_loss",
      "fairness.sex.demographic_parity_difference",
      "fairness.sex.rmse_difference",
      "train.loss",
      "val.loss_total",
      "eval.cross_entropy_loss",
      "mse",
      "rmsle",
      "mean_absolute_error",
      "error_rate",
      "duration_seconds",
      "fit_s",
      "artifact_bytes",
      "fpr",
      "fnr",
      "false_negative_rate",
      "brier_score",
      "perplexity",
      "inference.gpu_latency_p99",
      "warmup_ms",
    ];
    const higher = [
      "slices.age.young.accuracy",
      "slices.income.(1, 5].r2",
      "fairness.sex.demographic_parity_ratio",
      "train.accuracy",
      "coverage",
      "calibration_gap",
      "throughput",
      "tpr",
      "selection_rate",
      "lossless_ratio",
    ];
    for (const m of lower) expect(metricDirection(m), m).toBe("lower");
    for (const m of higher) expect(metricDirection(m), m).toBe("higher");
  });

  it("takes an override for the whole name over one for its last part, and either over the catalogue", () => {
    const set = { rmse: "higher", "slices.a.b.accuracy": "lower", coverage: "lower" } as const;
    expect(metricDirection("rmse", set)).toBe("higher");
    expect(metricDirection("slices.x.y.rmse", set)).toBe("higher");
    expect(metricDirection("slices.a.b.accuracy", set)).toBe("lower");
    expect(metricDirection("slices.a.c.accuracy", set)).toBe("higher");
    expect(lowerIsBetter("fairness.sex.coverage", set)).toBe(true);
    expect(lowerIsBetter("mae", set)).toBe(true);
    // A name that is also an Object.prototype member is no override.
    expect(metricDirection("constructor", {})).toBe("higher");
    expect(metricDirection("slices.a.toString_ms", {})).toBe("lower");
  });
});

describe("display", () => {
  it("writes each kind of value as the reports always have", () => {
    expect(formatMetric("accuracy", 0.95)).toBe("0.9500");
    expect(formatMetric("log_loss", 0.123456)).toBe("0.1235");
    expect(formatMetric("r2", -0.00004)).toBe("-0.0000");
    expect(formatMetric("count", 143)).toBe("143.0000");
    expect(formatMetric("latency_p95_ms", 0.12)).toBe("0.120");
    expect(formatMetric("batch_latency_p50_ms", 12.34567)).toBe("12.346");
    expect(formatMetric("peak_rss_mib", 98.76543)).toBe("98.765");
    expect(formatMetric("model_bytes", 1434)).toBe("1.4 KiB");
    expect(formatMetric("model_bytes", 5 * 1024 * 1024)).toBe("5120.0 KiB");
    expect(formatMetric("rows_per_second", 102386.4)).toBe("102,386");
    expect(formatMetric("rows_per_second", 999.5)).toBe("1,000");
    expect(formatMetric("demographic_parity_difference", 0.1)).toBe("0.1000");
  });

  it("writes names the catalogue does not list by their suffix, and a value that is not finite as it is", () => {
    expect(formatMetric("custom_ms", 1.23456)).toBe("1.235");
    expect(formatMetric("slices.a.b.latency_p95_ms", 2)).toBe("2.000");
    expect(formatMetric("gpu_mib", 7)).toBe("7.000");
    expect(formatMetric("", 0.5)).toBe("0.5000");
    expect(formatMetric("coverage", 1)).toBe("1.0000");
    // Looked up by the whole name: a metrics file's dotted size or throughput is a plain decimal.
    expect(formatMetric("train.model_bytes", 2048)).toBe("2048.0000");
    expect(formatMetric("slices.a.b.rows_per_second", 10.5)).toBe("10.5000");
    expect(formatMetric("accuracy", NaN)).toBe("NaN");
    expect(formatMetric("model_bytes", Infinity)).toBe("Infinity");
    expect(formatMetric("latency_p95_ms", -Infinity)).toBe("-Infinity");
  });

  it("labels a fairness figure by its name in words (the summary's sentence), any other by its label", () => {
    for (const m of METRICS.filter((x) => x.basis === "groups"))
      expect(metricLabel(m.name)).toBe(m.name.replace(/_/g, " "));
    expect(metricLabel("demographic_parity_ratio")).toBe("demographic parity ratio");
    expect(metricLabel("some_new_difference")).toBe("some new difference");
    expect(metricLabel("roc_auc")).toBe("ROC AUC");
  });

  it("lists the summary's tables, the model-index and the headline in their order", () => {
    const all = Object.fromEntries([...METRICS].reverse().map((m, i) => [m.name, i]));
    expect(listedMetrics(all, (m) => m.table === "quality")).toEqual([
      "accuracy",
      "balanced_accuracy",
      "precision",
      "recall",
      "f1",
      "precision_macro",
      "recall_macro",
      "f1_macro",
      "f1_weighted",
      "roc_auc",
      "roc_auc_ovr_macro",
      "pr_auc",
      "log_loss",
      "rmse",
      "mae",
      "r2",
      "mape",
    ]);
    expect(listedMetrics(all, (m) => m.table === "operational")).toEqual([
      "latency_p50_ms",
      "latency_p95_ms",
      "latency_p99_ms",
      "batch_latency_p95_ms",
      "rows_per_second",
      "model_bytes",
      "peak_rss_mib",
    ]);
    expect(listedMetrics(all, (m) => m.modelIndex)).toEqual([
      "accuracy",
      "balanced_accuracy",
      "precision",
      "recall",
      "f1",
      "f1_macro",
      "f1_weighted",
      "roc_auc",
      "roc_auc_ovr_macro",
      "pr_auc",
      "log_loss",
      "rmse",
      "mae",
      "r2",
      "mape",
    ]);
    // Only the metrics present, and a value of 0 is present.
    expect(listedMetrics({ r2: 0, mape: 1, latency_p95_ms: 2 }, (m) => m.table === "quality")).toEqual(["r2", "mape"]);
    // The headline keeps the evaluation's own order (the summary line prints them as evaluation.json holds them).
    expect(headlineMetrics(all).map(([k]) => k)).toEqual([
      "latency_p95_ms",
      "r2",
      "rmse",
      "log_loss",
      "roc_auc",
      "f1",
      "accuracy",
    ]);
    expect(headlineMetrics({ count: 3, rmse: 2, "slices.a.b.rmse": 1, r2: 0.5 })).toEqual([
      ["rmse", 2],
      ["r2", 0.5],
    ]);
  });
});

const F = DataType.FLOAT;
const lines = readFileSync(fixture("breast_cancer_holdout.csv"), "utf8").trim().split("\n");
const header = lines[0]!.split(",");
const table = lines.slice(1).map((l) => l.split(",").map(Number));
const sex = table.map((_r, i) => ((i * 7) % 5 < 2 ? "F" : "M"));

let tmp: TempDir;
const runs: { evaluation: Evaluation; predictions: RowPredictions }[] = [];

async function evaluate(model: string, data: string, target: string, positiveLabel?: string) {
  const source = await openTable(tmp.file(data));
  try {
    return await evaluateModel({
      model: await loadModelFile(model),
      source,
      dataSha256: "0".repeat(64),
      target,
      slices: ["mean texture"],
      sensitive: ["sex"],
      latencyRuns: 10,
      ...(positiveLabel ? { positiveLabel } : {}),
    });
  } finally {
    await source.close();
  }
}

beforeAll(async () => {
  tmp = await makeTemp("catalogue");
  const write = (name: string, names: string[], rows: (number | string)[][]) =>
    writeFile(
      tmp.file(name),
      `${[[...names, "sex"].join(","), ...rows.map((r, i) => [...r, sex[i]].join(","))].join("\n")}\n`,
    );
  await write("binary.csv", header, table);
  // A regressor of "mean area" from the other columns.
  const t = header.indexOf("mean area");
  const X = table.map((r) => r.filter((_v, j) => j !== t));
  const { mean, sd } = columnStats(X);
  await writeFile(
    tmp.file("reg.onnx"),
    linearModel({
      mean,
      sd,
      w: header.filter((_h, j) => j !== t).map((h) => (h.includes("radius") ? 120 : 8)),
      b: [650],
      outputs: [valueInfo("score", F, ["N", 1])],
    }),
  );
  await write(
    "reg.csv",
    [...header.filter((_h, j) => j !== t), "mean area"],
    table.map((r) => [...r.filter((_v, j) => j !== t), r[t]!]),
  );
  // Three classes (0, 1, 2) of "mean radius" tertiles.
  const r = header.indexOf("mean radius");
  const sorted = table.map((row) => row[r]!).sort((a, b) => a - b);
  const cut = [sorted[Math.floor(sorted.length / 3)]!, sorted[Math.floor((2 * sorted.length) / 3)]!];
  const Xm = table.map((row) => row.filter((_v, j) => j !== r));
  const stats = columnStats(Xm);
  await writeFile(
    tmp.file("multi.onnx"),
    linearModel({
      ...stats,
      w: header
        .filter((_h, j) => j !== r)
        .flatMap((h) => (h.includes("perimeter") || h.includes("area") ? [2, 0, -2] : [0, 0, 0])),
      b: [0, 1, 0],
      head: softmaxHead(),
      outputs: [valueInfo("probabilities", F, ["N", 3])],
    }),
  );
  await write(
    "multi.csv",
    [...header.filter((_h, j) => j !== r), "size"],
    table.map((row) => [...row.filter((_v, j) => j !== r), row[r]! < cut[0]! ? 0 : row[r]! < cut[1]! ? 1 : 2]),
  );
  runs.push(await evaluate(fixture("breast_cancer_logreg.onnx"), "binary.csv", header.at(-1)!));
  runs.push(await evaluate(tmp.file("reg.onnx"), "reg.csv", "mean area"));
  runs.push(await evaluate(tmp.file("multi.onnx"), "multi.csv", "size", "2"));
});
afterAll(() => tmp.remove());

describe("the catalogue against real evaluations", () => {
  it("lists every metric a binary, a three-class and a regression evaluation write, for their task, and no other", () => {
    expect(runs.map((x) => [x.evaluation.task, x.evaluation.classes?.length ?? 0])).toEqual([
      ["classification", 2],
      ["regression", 0],
      ["classification", 3],
    ]);
    const seen = new Set<string>();
    for (const { evaluation: e } of runs) {
      const sliced = Object.values(e.slices).flatMap((groups) => Object.values(groups).flatMap((m) => Object.keys(m)));
      for (const k of [...Object.keys(e.metrics), ...sliced]) {
        expect(metricSpec(k)?.tasks, k).toContain(e.task);
        expect(metricSpec(k)!.basis, k).not.toBe("groups");
        seen.add(k);
      }
      expect(Object.keys(e.fairness)).toEqual(["sex"]);
      for (const [k] of fairnessFigures(e.fairness.sex!)) {
        expect(metricSpec(k)?.tasks, k).toContain(e.task);
        expect(metricSpec(k)!.basis, k).toBe("groups");
        seen.add(k);
      }
    }
    // No entry is stale: between them the three evaluations write every metric the catalogue lists.
    expect([...seen].sort()).toEqual(METRICS.map((m) => m.name).sort());
  });

  it("lets the bootstrap resample exactly the metrics computed from the predictions, to the evaluation's value", () => {
    for (const { evaluation: e, predictions } of runs) {
      const all = Int32Array.from({ length: e.data.rows }, (_x, i) => i);
      for (const m of METRICS.filter((x) => e.metrics[x.name] !== undefined && x.basis !== "rows")) {
        if (m.basis === "run") {
          expect(() => scorer(predictions, m.name, "p.jsonl"), m.name).toThrow(InputError);
          continue;
        }
        expect(scorer(predictions, m.name, "p.jsonl")(all), m.name).toBeCloseTo(e.metrics[m.name]!, 9);
      }
    }
  });
});

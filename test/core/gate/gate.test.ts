// runGate's arrows and binding: which way is better for a metric (defaults by name, set per metric), the config
// hash that binds a verdict to everything that decided it besides the model and the holdout, the values a rule
// refuses to judge (null, text, a NaN interval), and baseline rules that demand an improvement.
import { describe, expect, it } from "vitest";

import { InputError } from "../../../src/core/errors.js";
import type { Evaluation } from "../../../src/core/evaluate/evaluate.js";
import type { RowPredictions } from "../../../src/core/evaluate/rowPredictions.js";
import {
  metricsOfEvaluation,
  type MetricSource,
  type PairedPredictions,
  runGate,
} from "../../../src/core/gate/gate.js";
import { parseDirections, parseRule } from "../../../src/core/gate/rules.js";
import { lowerIsBetter } from "../../../src/core/metrics/catalogue.js";
import { inputErrorOf } from "../../support.js";

const source = (label: string, values: Record<string, number>, model = label): MetricSource => ({
  label,
  values: new Map(Object.entries(values)),
  modelSha256: model,
  dataSha256: "holdout",
});

describe("which way is better", () => {
  it("defaults to lower for losses, errors, latencies, sizes and fairness differences, by the last dotted part", () => {
    for (const m of [
      "loss",
      "val_loss",
      "train.loss",
      "log_loss",
      "mse",
      "rmse",
      "mean_absolute_error",
      "error_rate",
      "latency_p95_ms",
      "batch_latency_p50_ms",
      "duration_seconds",
      "model_bytes",
      "peak_rss_mib",
      "fairness.sex.demographic_parity_difference",
      "fpr",
      "brier_score",
    ])
      expect(lowerIsBetter(m), m).toBe(true);
    for (const m of ["accuracy", "f1_macro", "roc_auc", "r2", "rows_per_second", "demographic_parity_ratio"])
      expect(lowerIsBetter(m), m).toBe(false);
  });

  it("takes a direction set for a metric, or for its last dotted part, over the default", () => {
    const d = parseDirections(["calibration_gap=lower", " coverage = higher ", "train.loss=higher"]);
    expect(d).toEqual({ calibration_gap: "lower", coverage: "higher", "train.loss": "higher" });
    expect(lowerIsBetter("calibration_gap")).toBe(false);
    expect(lowerIsBetter("calibration_gap", d)).toBe(true);
    expect(lowerIsBetter("slices.age.young.calibration_gap", d)).toBe(true);
    expect(lowerIsBetter("train.loss", d)).toBe(false);
    expect(lowerIsBetter("val.loss", d)).toBe(true);
    expect(() => parseDirections(["mse:lower"])).toThrow(InputError);
    expect(() => parseDirections(["mse=smaller"])).toThrow(/--direction takes metric=higher or metric=lower/);
  });

  it("draws the arrow the metric's way: a rise in mse is a regression, in a set-higher metric an improvement", () => {
    const rules = ["mse <= baseline + 5", "coverage >= baseline - 1"].map((r, i) => parseRule(r, `rule ${i + 1}`));
    const cand = source("cand", { mse: 2, coverage: 0.9 });
    const base = source("base", { mse: 1, coverage: 0.8 });
    const plain = runGate(rules, cand, base);
    expect(plain.rules.map((r) => r.improved)).toEqual([false, true]);
    const flipped = runGate(rules, cand, base, undefined, { mse: "higher", coverage: "lower" });
    expect(flipped.rules.map((r) => r.improved)).toEqual([true, false]);
  });
});

describe("the config hash", () => {
  const rows = (model: string, correct: (i: number) => boolean): RowPredictions => {
    const yTrue = Array.from({ length: 400 }, (_x, i) => (i % 3 === 0 ? "1" : "0"));
    return {
      task: "classification",
      modelSha256: model,
      dataSha256: "holdout",
      classes: ["0", "1"],
      positive: "1",
      yTrue,
      yTrueValue: new Float64Array(0),
      yPred: yTrue.map((y, i) => (correct(i) ? y : y === "1" ? "0" : "1")),
      proba: null,
      values: null,
    };
  };
  const paired = (seed: number): PairedPredictions => ({
    candidate: rows("cand", (i) => i % 7 !== 0),
    baseline: rows("base", (i) => i % 5 !== 0),
    files: ["c.arrow", "b.arrow"],
    options: { resamples: 200, seed },
  });
  const cand = source("cand", { accuracy: 0.857 });
  const base = source("base", { accuracy: 0.8 });
  const hash = (ruleTexts: string[], seed = 0, directions = {}) =>
    runGate(
      ruleTexts.map((r, i) => parseRule(r, `rule ${i + 1}`)),
      cand,
      base,
      paired(seed),
      directions,
    ).binding.config_sha256;

  it("is the same for the same rules, directions and bootstrap, and changes with any of them", () => {
    const confident = ["accuracy >= baseline - 0.01 with 95% confidence"];
    expect(hash(confident)).toMatch(/^[0-9a-f]{64}$/);
    expect(hash(confident)).toBe(hash(confident));
    expect(hash(confident, 1)).not.toBe(hash(confident));
    expect(hash(confident, 0, { accuracy: "higher" })).not.toBe(hash(confident));
    expect(hash(["accuracy >= baseline - 0.02 with 95% confidence"])).not.toBe(hash(confident));
    // Without a confidence rule the bootstrap decides nothing, so its seed is not part of the binding.
    expect(hash(["accuracy >= 0.8"], 1)).toBe(hash(["accuracy >= 0.8"], 2));
  });
});

describe("values a rule cannot judge", () => {
  /** An evaluation.json as JSON.parse gives it back: NaN and infinities were written as null. */
  const evaluation = (metrics: Record<string, unknown>, fairness: Record<string, unknown> = {}) =>
    ({
      kind: "modelgate.evaluation",
      version: 1,
      model: { sha256: "m" },
      data: { sha256: "holdout" },
      metrics,
      slices: { site: { a: { accuracy: null, count: 3 } } },
      fairness,
    }) as unknown as Evaluation;
  const rule = (text: string) => [parseRule(text, "rule 1")];

  it.each([
    [
      "null (a NaN written as JSON)",
      null,
      /^cand\.json: at accuracy: the metric is null, not a finite number: the gate rule "accuracy <= 1" cannot be judged on it$/,
    ],
    ["text", "high", /^cand\.json: at accuracy: the metric is the text "high", not a finite number/],
    ["an object", { value: 1 }, /^cand\.json: at accuracy: the metric is an object, not a finite number/],
  ])("refuses a candidate value that is %s, naming the file and the metric", async (_what, value, message) => {
    const cand = metricsOfEvaluation(evaluation({ accuracy: value }), "cand.json");
    const e = await inputErrorOf(() => runGate(rule("accuracy <= 1"), cand, null));
    expect(e.message).toMatch(message);
  });

  it("refuses a baseline value that is not a finite number, for a baseline rule and a fixed one alike", async () => {
    const cand = metricsOfEvaluation(evaluation({ accuracy: 0.9 }), "cand.json");
    const base = metricsOfEvaluation(evaluation({ accuracy: null }), "base.json");
    for (const text of ["accuracy >= baseline - 0.01", "accuracy >= 0.5"]) {
      const e = await inputErrorOf(() => runGate(rule(text), cand, base));
      expect(e.message).toMatch(/^base\.json: at accuracy: the metric is null, not a finite number/);
    }
  });

  it("refuses a slice or fairness value that is null, and a bare fairness name when any column's is", async () => {
    const cand = metricsOfEvaluation(
      evaluation(
        { accuracy: 0.9 },
        {
          sex: { demographic_parity_difference: 0.05 },
          age: { demographic_parity_difference: null },
        },
      ),
      "cand.json",
    );
    expect(cand.values.get("fairness.sex.demographic_parity_difference")).toBe(0.05);
    for (const [text, metric] of [
      ["slices.site.a.accuracy >= 0.5", "slices.site.a.accuracy"],
      ["fairness.age.demographic_parity_difference <= 0.1", "fairness.age.demographic_parity_difference"],
      // The worst column is the one with no number: the other column's 0.05 must not pass in its place.
      ["demographic_parity_difference <= 0.1", "demographic_parity_difference"],
    ] as const) {
      const e = await inputErrorOf(() => runGate(rule(text), cand, null));
      expect(e.message).toContain(`cand.json: at ${metric}: the metric is null`);
    }
    expect(runGate(rule("slices.site.a.count >= 3"), cand, null).passed).toBe(true);
  });

  it("takes the worst finite column for a bare fairness name: the largest difference, the smallest ratio", () => {
    const cand = metricsOfEvaluation(
      evaluation(
        { accuracy: 0.9 },
        {
          sex: { demographic_parity_difference: 0.05, demographic_parity_ratio: 0.9, mae_difference: 3 },
          age: { demographic_parity_difference: 0.2, demographic_parity_ratio: 0.7, mae_difference: 1 },
        },
      ),
      "cand.json",
    );
    expect(cand.values.get("demographic_parity_difference")).toBe(0.2);
    expect(cand.values.get("demographic_parity_ratio")).toBe(0.7);
    expect(cand.values.get("mae_difference")).toBe(3);
  });

  it("refuses a confidence rule whose bootstrap interval is not finite (NaN predictions), never a verdict", async () => {
    const y = Float64Array.from({ length: 200 }, (_x, i) => i % 17);
    const reg = (model: string, values: Float64Array): RowPredictions => ({
      task: "regression",
      modelSha256: model,
      dataSha256: "holdout",
      classes: null,
      positive: null,
      yTrue: Array.from(y, String),
      yTrueValue: y,
      yPred: null,
      proba: null,
      values,
    });
    const paired: PairedPredictions = {
      candidate: reg(
        "cand",
        y.map(() => NaN),
      ),
      baseline: reg(
        "base",
        y.map((v) => v + 1),
      ),
      files: ["cand.arrow", "base.arrow"],
      options: { resamples: 200, seed: 0 },
    };
    const e = await inputErrorOf(() =>
      runGate(
        rule("rmse <= baseline + 5% with 95% confidence"),
        source("cand", { rmse: 1 }),
        source("base", { rmse: 1 }),
        paired,
      ),
    );
    expect(e.message).toMatch(
      /^cand\.arrow: at rmse: the bootstrap interval of the difference from base\.arrow is \[NaN, NaN\] over 0 of 200 resamples, not finite/,
    );
  });
});

describe("a baseline rule that demands an improvement", () => {
  const judge = (text: string, cand: number, base: number, metric: string) =>
    runGate([parseRule(text, "rule 1")], source("cand", { [metric]: cand }), source("base", { [metric]: base }))
      .rules[0]!;

  it("higher-better: accuracy >= baseline + 0.01 passes a gain of at least 0.01 only", () => {
    expect(parseRule("accuracy >= baseline + 0.01", "r")).toMatchObject({ offset: 0.01, relative: false });
    const short = judge("accuracy >= baseline + 0.01", 0.905, 0.9, "accuracy");
    expect(short).toMatchObject({ passed: false, improved: true });
    expect(short.bound).toBeCloseTo(0.91, 12);
    expect(judge("accuracy >= baseline + 0.01", 0.915, 0.9, "accuracy").passed).toBe(true);
    expect(judge("accuracy >= baseline + 2%", 0.915, 0.9, "accuracy")).toMatchObject({ passed: false });
    expect(judge("accuracy >= baseline + 2%", 0.92, 0.9, "accuracy").bound).toBeCloseTo(0.918, 12);
    // Loosening still allows a regression.
    expect(judge("accuracy >= baseline - 0.01", 0.895, 0.9, "accuracy")).toMatchObject({
      passed: true,
      improved: false,
    });
  });

  it("lower-better: rmse <= baseline - 5% (or - 0.5) passes a drop of at least that much only", () => {
    expect(parseRule("rmse <= baseline - 5%", "r")).toMatchObject({ offset: -0.05, relative: true });
    const short = judge("rmse <= baseline - 5%", 9.6, 10, "rmse");
    expect(short).toMatchObject({ passed: false, improved: true });
    expect(short.bound).toBeCloseTo(9.5, 12);
    expect(judge("rmse <= baseline - 5%", 9.4, 10, "rmse").passed).toBe(true);
    expect(judge("rmse <= baseline - 0.5", 9.6, 10, "rmse").passed).toBe(false);
    expect(judge("rmse <= baseline - 0.5", 9.5, 10, "rmse").passed).toBe(true);
    expect(judge("rmse <= baseline + 5%", 10.4, 10, "rmse")).toMatchObject({ passed: true, improved: false });
  });

  it.each([
    ["accuracy >= baseline + 0.01 with 95% confidence", /cannot demand an improvement/],
    ["rmse <= baseline - 5% with 90% confidence", /cannot demand an improvement/],
    ["rmse <= baseline - 100%", /demands a drop of 100% or more/],
    ["accuracy >= baseline - -0.01", /is not a non-negative number after its sign/],
  ])("still refuses nonsense: %s", (text, message) => {
    expect(() => parseRule(text, "rule 1")).toThrow(message);
  });
});

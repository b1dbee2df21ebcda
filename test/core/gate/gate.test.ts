// runGate's arrows and binding: which way is better for a metric (defaults by name, set per metric), and the
// config hash that binds a verdict to everything that decided it besides the model and the holdout.
import { describe, expect, it } from "vitest";

import { InputError } from "../../../src/core/errors.js";
import type { RowPredictions } from "../../../src/core/evaluate/rowPredictions.js";
import { type MetricSource, type PairedPredictions, runGate } from "../../../src/core/gate/gate.js";
import { lowerIsBetter, parseDirections, parseRule } from "../../../src/core/gate/rules.js";

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

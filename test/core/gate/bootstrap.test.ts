// The paired bootstrap: reproducible, paired (the interval of a difference, not of two separate metrics), and its
// fast confusion-matrix path gives exactly the metrics scikit-learn's definitions give on the resampled rows.
import { describe, expect, it } from "vitest";

import { InputError } from "../../../src/core/errors.js";
import { labelMetrics, metricsOfConfusion } from "../../../src/core/evaluate/classification.js";
import type { RowPredictions } from "../../../src/core/evaluate/rowPredictions.js";
import { asPredictions } from "../../../src/core/evaluate/rowPredictions.js";
import { classificationMetrics } from "../../../src/core/evaluate/score.js";
import { pairedBootstrap, scorer } from "../../../src/core/gate/bootstrap.js";

function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

/** A binary classifier's rows: `correct[i]` says whether row i is predicted right. */
function binary(yTrue: string[], correct: boolean[], score: (i: number) => number): RowPredictions {
  const yPred = yTrue.map((y, i) => (correct[i] ? y : y === "1" ? "0" : "1"));
  const proba = new Float32Array(yTrue.length * 2);
  yTrue.forEach((_y, i) => {
    proba[i * 2 + 1] = score(i);
    proba[i * 2] = 1 - score(i);
  });
  return {
    task: "classification",
    modelSha256: "m",
    dataSha256: "d",
    classes: ["0", "1"],
    positive: "1",
    yTrue,
    yTrueValue: new Float64Array(0),
    yPred,
    proba,
    values: null,
  };
}

const n = 2000;
const rand = lcg(7);
const yTrue = Array.from({ length: n }, () => (rand() < 0.4 ? "1" : "0"));
const baseCorrect = Array.from({ length: n }, () => rand() < 0.9);
// The candidate differs from the baseline on 5 % of rows only: highly correlated models, as a PR's change usually is.
const candCorrect = baseCorrect.map((c) => (rand() < 0.05 ? !c : c));
const score = (correct: boolean[]) => (i: number) =>
  (yTrue[i] === "1") === correct[i] ? 0.55 + (0.4 * ((i * 7919) % 97)) / 97 : 0.45 - (0.4 * ((i * 104729) % 89)) / 89;
const baseline = binary(yTrue, baseCorrect, score(baseCorrect));
const candidate = binary(yTrue, candCorrect, score(candCorrect));
const files: [string, string] = ["cand.arrow", "base.arrow"];
const opts = { resamples: 1000, seed: 0 };

describe("pairedBootstrap", () => {
  it("gives the interval [0, 0] for a model compared with itself", () => {
    const r = pairedBootstrap(baseline, baseline, [{ metric: "accuracy", confidence: 0.95 }], files, opts);
    expect(r.get("accuracy@0.95")).toMatchObject({ low: 0, high: 0, resamples: 1000, seed: 0 });
  });

  it("is reproducible for a seed and changes with it", () => {
    const ask = [{ metric: "f1", confidence: 0.95 }];
    const a = pairedBootstrap(candidate, baseline, ask, files, opts).get("f1@0.95")!;
    const b = pairedBootstrap(candidate, baseline, ask, files, opts).get("f1@0.95")!;
    const c = pairedBootstrap(candidate, baseline, ask, files, { ...opts, seed: 1 }).get("f1@0.95")!;
    expect(b).toEqual(a);
    expect(c.low).not.toBe(a.low);
  });

  it("is paired: the accuracy interval matches the normal interval of the per-row differences", () => {
    // Δaccuracy is the mean of d_i = correct_cand − correct_base; its standard error is sd(d)/√n. Resampling
    // the two models independently would give an interval several times wider (their variances would add).
    const d = candCorrect.map((c, i) => Number(c) - Number(baseCorrect[i]));
    const mean = d.reduce((a, b) => a + b, 0) / n;
    const sd = Math.sqrt(d.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1));
    const half = 1.959964 * (sd / Math.sqrt(n));
    const r = pairedBootstrap(candidate, baseline, [{ metric: "accuracy", confidence: 0.95 }], files, {
      resamples: 4000,
      seed: 3,
    }).get("accuracy@0.95")!;
    expect((r.high - r.low) / (2 * half)).toBeGreaterThan(0.85);
    expect((r.high - r.low) / (2 * half)).toBeLessThan(1.15);
    expect((r.low + r.high) / 2).toBeCloseTo(mean, 2);
  });

  it("orders intervals by confidence and covers every metric kind on the same resamples", () => {
    const asks = ["accuracy", "balanced_accuracy", "f1_macro", "precision", "roc_auc", "pr_auc", "log_loss"].flatMap(
      (metric) => [
        { metric, confidence: 0.8 },
        { metric, confidence: 0.99 },
      ],
    );
    const r = pairedBootstrap(candidate, baseline, asks, files, opts);
    for (const { metric } of asks) {
      const narrow = r.get(`${metric}@0.8`)!;
      const wide = r.get(`${metric}@0.99`)!;
      expect(wide.low).toBeLessThanOrEqual(narrow.low);
      expect(wide.high).toBeGreaterThanOrEqual(narrow.high);
      expect(narrow.high).toBeGreaterThan(narrow.low);
    }
  });

  it("resamples regression metrics", () => {
    const y = Float64Array.from({ length: 300 }, (_x, i) => Math.sin(i) * 10);
    const reg = (noise: number): RowPredictions => ({
      task: "regression",
      modelSha256: "m",
      dataSha256: "d",
      classes: null,
      positive: null,
      yTrue: Array.from(y, String),
      yTrueValue: y,
      yPred: null,
      proba: null,
      values: y.map((v, i) => v + noise * Math.cos(i * 3)),
    });
    const r = pairedBootstrap(reg(2), reg(1), [{ metric: "rmse", confidence: 0.95 }], files, opts).get("rmse@0.95")!;
    // A noisier model's RMSE is higher on every resample.
    expect(r.low).toBeGreaterThan(0);
  });

  it("refuses predictions of other rows, other data, or a metric that cannot be resampled", () => {
    const other = { ...baseline, yTrue: [...yTrue].reverse() };
    const ask = [{ metric: "accuracy", confidence: 0.95 }];
    expect(() => pairedBootstrap(candidate, other, ask, files, opts)).toThrow(
      /base\.arrow: record \d+: the target differs/,
    );
    expect(() => pairedBootstrap(candidate, { ...baseline, dataSha256: "x" }, ask, files, opts)).toThrow(
      /other data than cand\.arrow/,
    );
    expect(() =>
      pairedBootstrap(candidate, baseline, [{ metric: "latency_p95_ms", confidence: 0.95 }], files, opts),
    ).toThrow(InputError);
  });
});

describe("scorer", () => {
  it("gives on resampled rows exactly what the full metric computation gives on them", () => {
    const draw = lcg(11);
    const idx = Int32Array.from({ length: n }, () => Math.floor(draw() * n));
    const { p, view } = asPredictions(candidate);
    const expected = classificationMetrics(p, view!, Array.from(idx)).metrics;
    for (const metric of [
      "accuracy",
      "balanced_accuracy",
      "f1",
      "f1_macro",
      "recall_weighted",
      "roc_auc",
      "pr_auc",
      "log_loss",
    ])
      expect(scorer(candidate, metric, "c")(idx), metric).toBe(expected[metric]);
  });
});

describe("metricsOfConfusion", () => {
  it("equals the metrics of the rows when classes are missing from a resample", () => {
    const yt = ["a", "b", "b", "c", "a", "b"];
    const yp = ["a", "b", "c", "c", "b", "b"];
    const labels = ["a", "b", "c", "d"]; // "d" is in neither: left out as scikit-learn would never see it
    const index = new Map(labels.map((l, i) => [l, i]));
    const matrix = labels.map(() => labels.map(() => 0));
    yt.forEach((y, i) => matrix[index.get(y)!]![index.get(yp[i]!)!]!++);
    expect(metricsOfConfusion({ labels, matrix }, "b")).toEqual(labelMetrics(yt, yp, "b"));
  });
});

// Every metric against scikit-learn 1.2.1 on the same predictions (values computed once by
// scripts/reference/compute_metrics.py and committed in test/fixtures/reference/), to 1e-9.
import { readFileSync } from "node:fs";

import { describe, expect, it } from "vitest";

import {
  averagePrecision,
  confusion,
  labelMetrics,
  logLoss,
  rocAuc,
  rocAucOvrMacro,
} from "../../../src/core/evaluate/classification.js";
import { fairness } from "../../../src/core/evaluate/fairness.js";
import { regressionMetrics } from "../../../src/core/evaluate/regression.js";
import { fixture } from "../../support.js";

const ref = (name: string) =>
  JSON.parse(readFileSync(fixture(`reference/${name}.json`), "utf8")) as Record<string, unknown>;
const TOL = 1e-9;
const close = (actual: number, expected: number, what: string) =>
  expect(Math.abs(actual - expected), `${what}: ${actual} vs ${expected}`).toBeLessThanOrEqual(
    TOL * Math.max(1, Math.abs(expected)),
  );

const preds = ref("breast_cancer_predictions") as { y_true: number[]; y_pred: number[]; proba1: number[] };
const yTrue = preds.y_true.map(String);
const yPred = preds.y_pred.map(String);
const proba = preds.proba1.map((p) => Float64Array.of(1 - p, p));

describe("binary classification (breast cancer holdout, the shipped logistic-regression ONNX)", () => {
  const expected = ref("breast_cancer_metrics") as Record<string, number> & {
    confusion_matrix: number[][];
    "threshold_0.3": Record<string, number> & { confusion_matrix: number[][] };
  };

  it("label metrics equal scikit-learn's", () => {
    const m = labelMetrics(yTrue, yPred, "1") as unknown as Record<string, number>;
    for (const k of [
      "accuracy",
      "balanced_accuracy",
      "precision",
      "recall",
      "f1",
      "precision_macro",
      "recall_macro",
      "f1_macro",
      "f1_weighted",
    ])
      close(m[k]!, expected[k]!, k);
    expect(confusion(yTrue, yPred).matrix).toEqual(expected.confusion_matrix);
  });

  it("roc_auc, pr_auc (average precision) and log_loss equal scikit-learn's", () => {
    const isPos = yTrue.map((y) => y === "1");
    close(rocAuc(isPos, preds.proba1), expected.roc_auc!, "roc_auc");
    close(averagePrecision(isPos, preds.proba1), expected.pr_auc!, "pr_auc");
    close(logLoss(yTrue, proba, ["0", "1"]), expected.log_loss!, "log_loss");
  });

  it("at decision threshold 0.3", () => {
    const at = expected["threshold_0.3"];
    const y03 = preds.proba1.map((p) => (p >= 0.3 ? "1" : "0"));
    const m = labelMetrics(yTrue, y03, "1") as unknown as Record<string, number>;
    for (const k of [
      "accuracy",
      "balanced_accuracy",
      "precision",
      "recall",
      "f1",
      "precision_macro",
      "recall_macro",
      "f1_macro",
      "f1_weighted",
    ])
      close(m[k]!, at[k]!, k);
    expect(confusion(yTrue, y03, ["0", "1"]).matrix).toEqual(at.confusion_matrix);
  });
});

describe("ties and edge cases of ROC AUC, average precision and log loss clipping", () => {
  const t = ref("binary_ties_metrics") as {
    inputs: { y_true: number[]; scores: number[] };
    roc_auc: number;
    pr_auc: number;
    log_loss: number;
    edge_cases: Record<string, { y_true: number[]; scores: number[]; roc_auc: number; pr_auc: number }>;
  };
  it("tied scores", () => {
    const isPos = t.inputs.y_true.map((y) => y === 1);
    close(rocAuc(isPos, t.inputs.scores), t.roc_auc, "roc_auc");
    close(averagePrecision(isPos, t.inputs.scores), t.pr_auc, "pr_auc");
    // Probabilities of exactly 0 and 1 exercise the clipping (eps = float64 machine epsilon).
    close(
      logLoss(
        t.inputs.y_true.map(String),
        t.inputs.scores.map((p) => Float64Array.of(1 - p, p)),
        ["0", "1"],
      ),
      t.log_loss,
      "log_loss",
    );
  });
  it.each(Object.keys(t.edge_cases))("%s", (name) => {
    const c = t.edge_cases[name]!;
    const isPos = c.y_true.map((y) => y === 1);
    close(rocAuc(isPos, c.scores), c.roc_auc, "roc_auc");
    close(averagePrecision(isPos, c.scores), c.pr_auc, "pr_auc");
  });
});

describe("multiclass", () => {
  const mc = ref("multiclass_metrics") as {
    labels: number[];
    inputs: { y_true: number[]; y_pred: number[]; proba: number[][] };
    metrics: Record<string, number> & { confusion_matrix: number[][] };
  };
  it("macro and weighted metrics, one-vs-rest ROC AUC and log loss equal scikit-learn's", () => {
    const yt = mc.inputs.y_true.map(String);
    const yp = mc.inputs.y_pred.map(String);
    const m = labelMetrics(yt, yp) as unknown as Record<string, number>;
    for (const k of [
      "accuracy",
      "balanced_accuracy",
      "precision_macro",
      "recall_macro",
      "f1_macro",
      "precision_weighted",
      "recall_weighted",
      "f1_weighted",
    ])
      close(m[k]!, mc.metrics[k]!, k);
    const p = mc.inputs.proba.map((row) => Float64Array.from(row));
    const labels = mc.labels.map(String);
    close(rocAucOvrMacro(yt, p, labels), mc.metrics.roc_auc_ovr_macro!, "roc_auc_ovr_macro");
    close(logLoss(yt, p, labels), mc.metrics.log_loss!, "log_loss");
    expect(confusion(yt, yp, labels).matrix).toEqual(mc.metrics.confusion_matrix);
  });
});

describe("regression", () => {
  const r = ref("regression_metrics") as {
    inputs: { y_true: number[]; y_pred: number[] };
    metrics: Record<string, number>;
  };
  it("rmse, mae, r2 and mape (a fraction) equal scikit-learn's", () => {
    const m = regressionMetrics(r.inputs.y_true, r.inputs.y_pred);
    close(m.rmse, r.metrics.rmse!, "rmse");
    close(m.mae, r.metrics.mean_absolute_error!, "mae");
    close(m.r2, r.metrics.r2_score!, "r2");
    close(m.mape, r.metrics.mean_absolute_percentage_error!, "mape");
  });
});

describe("fairness (fairlearn definitions)", () => {
  const f = ref("fairness_metrics") as { inputs: { y_true: number[]; y_pred: number[] } } & Record<
    "two_groups" | "three_groups",
    { groups: string[]; by_group: Record<string, Record<string, number>> } & Record<string, number>
  >;
  it.each(["two_groups", "three_groups"] as const)("%s", (which) => {
    const g = f[which];
    const got = fairness(f.inputs.y_true.map(String), f.inputs.y_pred.map(String), g.groups, "1");
    for (const k of [
      "demographic_parity_difference",
      "demographic_parity_ratio",
      "equalized_odds_difference",
      "equal_opportunity_difference",
    ] as const)
      close(got[k], g[k]!, k);
    for (const [name, rates] of Object.entries(g.by_group)) {
      for (const k of ["count", "selection_rate", "tpr", "fpr", "accuracy"] as const)
        close(got.groups[name]![k], rates[k]!, `${name}.${k}`);
    }
  });
});

describe("scores that are not numbers", () => {
  // A NaN equals no score: the sweep over distinct scores once never passed it (and grew its arrays until the
  // process ran out of memory). It is refused, wherever it sorts; infinities are ordinary scores.
  it.each([
    ["a positive's", [true, false, true, false], [0.9, 0.2, NaN, 0.4]],
    ["a negative's", [true, false, true, false], [0.9, NaN, 0.1, 0.4]],
    ["every", [true, false], [NaN, NaN]],
  ])("refuses %s NaN score at once", (_what, isPos, scores) => {
    expect(() => rocAuc(isPos, scores)).toThrow(/a score is NaN/);
    expect(() => averagePrecision(isPos, scores)).toThrow(/a score is NaN/);
  });

  it("ranks infinite scores like any other", () => {
    expect(rocAuc([true, false, true, false], [Infinity, -Infinity, 0.5, 0.5])).toBe(0.875);
    expect(averagePrecision([true, false], [Infinity, -Infinity])).toBe(1);
    expect(() => rocAucOvrMacro(["a", "b"], [Float64Array.of(NaN, 1), Float64Array.of(0, 1)], ["a", "b"])).toThrow(
      /a score is NaN/,
    );
  });
});

// Fairness beyond the binary case: a multiclass model one-vs-rest for its positive label (fairlearn's binary
// definitions on the relabelled rows), its refusal without one, and a regressor's per-group errors as fairlearn's
// MetricFrame gives them (by_group and difference(), max − min), each checked against a plain recomputation.
import { describe, expect, it } from "vitest";

import {
  classificationFairness,
  fairness,
  fairnessFigures,
  regressionFairness,
} from "../../../src/core/evaluate/fairness.js";
import { inputErrorOf } from "../../support.js";

const yTrue = ["a", "b", "c", "a", "b", "c", "a", "a", "c", "b", "c", "a"];
const yPred = ["a", "c", "c", "b", "b", "a", "a", "c", "c", "a", "b", "a"];
const sex = ["F", "M", "F", "M", "F", "M", "F", "M", "F", "M", "F", "F"];

describe("classificationFairness", () => {
  it("over three classes is the binary fairness of the positive label against the rest", () => {
    const got = classificationFairness(yTrue, yPred, new Map([["sex", sex]]), ["a", "b", "c"], "c").sex!;
    // The same rows relabelled by hand: "c" is positive, "a" and "b" are the rest.
    const bin = (ys: string[]) => ys.map((y) => (y === "c" ? "1" : "0"));
    expect(got).toEqual(fairness(bin(yTrue), bin(yPred), sex, "1"));
    // And the rates themselves, by their textbook definitions on each group's rows.
    const rows = (g: string) => sex.flatMap((s, i) => (s === g ? [i] : []));
    for (const g of ["F", "M"]) {
      const r = rows(g);
      const pos = r.filter((i) => yTrue[i] === "c");
      const neg = r.filter((i) => yTrue[i] !== "c");
      expect(got.groups[g]).toEqual({
        count: r.length,
        selection_rate: r.filter((i) => yPred[i] === "c").length / r.length,
        tpr: pos.filter((i) => yPred[i] === "c").length / pos.length,
        fpr: neg.filter((i) => yPred[i] === "c").length / neg.length,
        accuracy: r.filter((i) => (yTrue[i] === "c") === (yPred[i] === "c")).length / r.length,
      });
    }
    const [f, m] = [got.groups.F!, got.groups.M!];
    expect(got.demographic_parity_difference).toBeCloseTo(Math.abs(f.selection_rate - m.selection_rate), 15);
    expect(got.equal_opportunity_difference).toBeCloseTo(Math.abs(f.tpr - m.tpr), 15);
    expect(got.equalized_odds_difference).toBeCloseTo(Math.max(Math.abs(f.tpr - m.tpr), Math.abs(f.fpr - m.fpr)), 15);
  });

  it("refuses more classes without a positive label, and a positive label that is no class, in one line", async () => {
    const columns = new Map([["sex", sex]]);
    const none = await inputErrorOf(() => classificationFairness(yTrue, yPred, columns, ["a", "b", "c"], null));
    expect(none.message).toBe(
      "fairness over 3 classes is measured one class against the rest: pass --positive-label with that class (one of a, b, c)",
    );
    const stranger = await inputErrorOf(() => classificationFairness(yTrue, yPred, columns, ["a", "b", "c"], "d"));
    expect(stranger.message).toMatch(/^--positive-label "d" is none of the model's classes \(a, b, c\)/);
    // No sensitive column: nothing to refuse.
    expect(classificationFairness(yTrue, yPred, new Map(), ["a", "b", "c"], null)).toEqual({});
  });
});

describe("regressionFairness", () => {
  it("gives per-group count, mean prediction, MAE and RMSE, and the max − min difference of each", () => {
    const y = [3, 5, 2, 8, 6, 1, 4, 7];
    const p = [2.5, 5.5, 2, 6, 6.5, 2, 4, 9];
    const site = ["x", "y", "x", "z", "y", "x", "z", "y"];
    const got = regressionFairness(Float64Array.from(y), Float64Array.from(p), new Map([["site", site]])).site!;
    const stats = (g: string) => {
      const r = site.flatMap((s, i) => (s === g ? [i] : []));
      const err = r.map((i) => y[i]! - p[i]!);
      return {
        count: r.length,
        mean_prediction: r.reduce((a, i) => a + p[i]!, 0) / r.length,
        mae: err.reduce((a, e) => a + Math.abs(e), 0) / r.length,
        rmse: Math.sqrt(err.reduce((a, e) => a + e * e, 0) / r.length),
      };
    };
    expect(Object.keys(got.groups)).toEqual(["x", "y", "z"]);
    for (const g of ["x", "y", "z"]) {
      const want = stats(g);
      for (const k of ["count", "mean_prediction", "mae", "rmse"] as const)
        expect(got.groups[g]![k], `${g}.${k}`).toBeCloseTo(want[k], 12);
    }
    const spread = (k: "mean_prediction" | "mae" | "rmse") => {
      const xs = ["x", "y", "z"].map((g) => stats(g)[k]);
      return Math.max(...xs) - Math.min(...xs);
    };
    expect(got.mean_prediction_difference).toBeCloseTo(spread("mean_prediction"), 12);
    expect(got.mae_difference).toBeCloseTo(spread("mae"), 12);
    expect(got.rmse_difference).toBeCloseTo(spread("rmse"), 12);
    expect(fairnessFigures(got).map(([k]) => k)).toEqual([
      "mean_prediction_difference",
      "mae_difference",
      "rmse_difference",
    ]);
  });
});

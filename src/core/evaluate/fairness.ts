// Group fairness as fairlearn defines it (fairlearn.metrics).
// - A binary classifier: demographic parity difference/ratio over selection rates P(ŷ = positive | group),
//   equalized odds difference (the larger of the between-group TPR and FPR differences) and equal opportunity
//   difference (the TPR difference).
// - A classifier over more classes: the same binary definitions one-vs-rest, on the labelling "the positive label
//   against every other class" (true and predicted alike); without a positive label there is no such labelling.
// - A regressor: per-group metrics as a MetricFrame gives them (count, mean prediction, MAE, RMSE) and the
//   between-group difference (max − min) of each but the count.
import { InputError } from "../errors.js";

export interface GroupRates {
  count: number;
  selection_rate: number;
  tpr: number;
  fpr: number;
  /** Share of rows whose true and predicted labels agree on the binary labelling (positive or not). */
  accuracy: number;
}

export interface ClassificationFairness {
  groups: Record<string, GroupRates>;
  demographic_parity_difference: number;
  demographic_parity_ratio: number;
  equalized_odds_difference: number;
  equal_opportunity_difference: number;
}

export interface RegressionGroup {
  count: number;
  mean_prediction: number;
  mae: number;
  rmse: number;
}

export interface RegressionFairness {
  groups: Record<string, RegressionGroup>;
  mean_prediction_difference: number;
  mae_difference: number;
  rmse_difference: number;
}

export type Fairness = ClassificationFairness | RegressionFairness;

/** Whether a fairness entry is a regressor's (per-group errors) rather than a classifier's (rates). */
export function isRegressionFairness(f: Fairness): f is RegressionFairness {
  return "rmse_difference" in f;
}

/** The between-group figures of a fairness entry, by name (everything but the per-group table). */
export function fairnessFigures(f: Fairness): [string, number][] {
  return Object.entries(f).filter((x): x is [string, number] => x[0] !== "groups" && typeof x[1] === "number");
}

const spread = (xs: number[]) => Math.max(...xs) - Math.min(...xs);

/** Row indices per group value, groups in sorted order (as a MetricFrame's by_group index). */
function rowsByGroup(group: readonly string[]): [string, number[]][] {
  const byGroup = new Map<string, number[]>();
  group.forEach((g, i) => {
    const rows = byGroup.get(g);
    if (rows) rows.push(i);
    else byGroup.set(g, [i]);
  });
  return [...byGroup].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/** Fairness of predictions across the values of a sensitive column (rates of a group with no positives or negatives are 0). */
export function fairness(
  yTrue: readonly string[],
  yPred: readonly string[],
  group: readonly string[],
  positive: string,
): ClassificationFairness {
  const groups: Record<string, GroupRates> = {};
  for (const [g, rows] of rowsByGroup(group)) {
    let tp = 0;
    let fp = 0;
    let pos = 0;
    let selected = 0;
    let agree = 0;
    for (const i of rows) {
      const t = yTrue[i] === positive;
      const p = yPred[i] === positive;
      if (t) pos++;
      if (p) selected++;
      if (t && p) tp++;
      if (!t && p) fp++;
      if (t === p) agree++;
    }
    const neg = rows.length - pos;
    groups[g] = {
      count: rows.length,
      selection_rate: selected / rows.length,
      tpr: pos ? tp / pos : 0,
      fpr: neg ? fp / neg : 0,
      accuracy: agree / rows.length,
    };
  }
  const rates = Object.values(groups);
  const sel = rates.map((r) => r.selection_rate);
  const tprDiff = spread(rates.map((r) => r.tpr));
  const fprDiff = spread(rates.map((r) => r.fpr));
  return {
    groups,
    demographic_parity_difference: spread(sel),
    demographic_parity_ratio: Math.max(...sel) === 0 ? 1 : Math.min(...sel) / Math.max(...sel),
    equalized_odds_difference: Math.max(tprDiff, fprDiff),
    equal_opportunity_difference: tprDiff,
  };
}

/**
 * A classifier's fairness across each sensitive column (column → its value per row): binary as it is, more
 * classes one-vs-rest for the positive label. Without a positive label over more classes, or with one that is none
 * of the classes, one line says what to pass.
 */
export function classificationFairness(
  yTrue: readonly string[],
  yPred: readonly string[],
  columns: ReadonlyMap<string, readonly string[]>,
  classes: readonly string[],
  positive: string | null,
): Record<string, ClassificationFairness> {
  if (columns.size === 0) return {};
  const list = classes.join(", ");
  if (positive === null)
    throw new InputError(
      undefined,
      undefined,
      `fairness over ${classes.length} classes is measured one class against the rest: pass --positive-label with that class (one of ${list})`,
    );
  if (!classes.includes(positive))
    throw new InputError(
      undefined,
      undefined,
      `--positive-label ${JSON.stringify(positive)} is none of the model's classes (${list}): fairness needs one of them`,
    );
  return Object.fromEntries([...columns].map(([col, group]) => [col, fairness(yTrue, yPred, group, positive)]));
}

/** A regressor's fairness across each sensitive column: per-group count, mean prediction, MAE and RMSE, and their spreads. */
export function regressionFairness(
  yTrue: ArrayLike<number>,
  yPred: ArrayLike<number>,
  columns: ReadonlyMap<string, readonly string[]>,
): Record<string, RegressionFairness> {
  const out: Record<string, RegressionFairness> = {};
  for (const [col, group] of columns) {
    const groups: Record<string, RegressionGroup> = {};
    for (const [g, rows] of rowsByGroup(group)) {
      let sum = 0;
      let ae = 0;
      let se = 0;
      for (const i of rows) {
        const d = yTrue[i]! - yPred[i]!;
        sum += yPred[i]!;
        ae += Math.abs(d);
        se += d * d;
      }
      const n = rows.length;
      groups[g] = { count: n, mean_prediction: sum / n, mae: ae / n, rmse: Math.sqrt(se / n) };
    }
    const all = Object.values(groups);
    out[col] = {
      groups,
      mean_prediction_difference: spread(all.map((x) => x.mean_prediction)),
      mae_difference: spread(all.map((x) => x.mae)),
      rmse_difference: spread(all.map((x) => x.rmse)),
    };
  }
  return out;
}

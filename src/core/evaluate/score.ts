// From predictions to the metric set the gate rules name (snake_case, stable keys).
import { InputError } from "../errors.js";
import {
  averagePrecision,
  type Confusion,
  confusion,
  labelMetrics,
  logLoss,
  rocAuc,
  rocAucOvrMacro,
  sortLabels,
} from "./classification.js";
import { type Predictions, targetTexts } from "./predict.js";
import { regressionMetrics } from "./regression.js";

export type Metrics = Record<string, number>;

export interface ClassificationView {
  classes: string[];
  positive: string | null;
  /** Predicted label per row: the model's label output, or the probability of `positive` against `threshold`. */
  yPred: string[];
  /** Class probabilities, row-major, `classes.length` wide (null without a probability output). */
  proba: Float32Array | null;
}

/** Predicted labels as text, made once per distinct value. */
function labelTexts(p: Predictions): string[] | null {
  if (!p.labels) return null;
  if (Array.isArray(p.labels)) return p.labels;
  const cache = new Map<number, string>();
  const out = new Array<string>(p.rows);
  for (let r = 0; r < p.rows; r++) {
    const v = p.labels[r]!;
    let t = cache.get(v);
    if (t === undefined) cache.set(v, (t = String(v)));
    out[r] = t;
  }
  return out;
}

/**
 * The classes a view scores: the model's probability columns (named, or 0..C−1 by position), or, for a model that
 * gives labels alone, every label the target or the model has.
 */
export function viewClasses(p: Predictions, predicted?: string[] | null): string[] {
  if (p.proba) return p.classNames ?? Array.from({ length: p.classes }, (_, k) => String(k));
  return sortLabels([...new Set([...p.yTrueTexts, ...((predicted === undefined ? labelTexts(p) : predicted) ?? [])])]);
}

export function classificationView(p: Predictions, positiveLabel?: string, threshold?: number): ClassificationView {
  const predicted = labelTexts(p);
  const classes = viewClasses(p, predicted);
  // A positive label that is no class (a typo, or "yes" for a model of 0 and 1) would make precision, recall and F1
  // those of a class that never occurs: 0, a verdict on nothing. The caller checks it where it can name the source.
  if (positiveLabel !== undefined && !classes.includes(positiveLabel))
    throw new RangeError(`the positive label ${JSON.stringify(positiveLabel)} is none of the classes`);
  const proba = p.proba ? p.proba.subarray(0, p.rows * p.classes) : null;
  // Probability columns name the classes: a target value none of them is cannot be scored (scikit-learn's
  // log_loss refuses it too). Most often the target is text while the model's classes are 0..C−1.
  const stranger = proba ? p.yTrueTexts.find((t) => !classes.includes(t)) : undefined;
  if (stranger !== undefined)
    throw new InputError(
      undefined,
      undefined,
      `the target holds ${JSON.stringify(stranger)}, which is none of the model's classes (${classes.join(", ")}${p.classNames ? "" : ": its probability columns, by position"}); code the target as the model was trained`,
    );
  const binary = classes.length === 2;
  const positive = positiveLabel ?? (binary ? (classes.includes("1") ? "1" : classes[1]!) : null);
  let yPred = predicted ?? [];
  if (threshold !== undefined && binary && proba && positive !== null) {
    const k = classes.indexOf(positive);
    const negative = classes[1 - k]!;
    yPred = Array.from({ length: p.rows }, (_x, r) => (proba[r * 2 + k]! >= threshold ? positive : negative));
  } else if (!predicted && proba) {
    const C = classes.length;
    yPred = Array.from({ length: p.rows }, (_x, r) => {
      let best = 0;
      for (let k = 1; k < C; k++) if (proba[r * C + k]! > proba[r * C + best]!) best = k;
      return classes[best]!;
    });
  }
  return { classes, positive, yPred, proba };
}

/** The classification metrics of some rows (all rows when `rows` is absent). */
export function classificationMetrics(
  p: Predictions,
  v: ClassificationView,
  rows?: number[],
): { metrics: Metrics; confusion: Confusion } {
  const idx = rows ?? Array.from({ length: p.rows }, (_, i) => i);
  const yTrue = targetTexts(p, rows);
  const yPred = idx.map((i) => v.yPred[i]!);
  const m: Metrics = { ...labelMetrics(yTrue, yPred, v.positive ?? undefined) } as unknown as Metrics;
  if (v.proba) {
    // The whole table uses the model's array as it is; a slice copies its rows.
    const C = v.classes.length;
    const flat = rows
      ? Float64Array.from({ length: idx.length * C }, (_x, j) => v.proba![idx[Math.floor(j / C)]! * C + (j % C)]!)
      : v.proba;
    const proba = { data: flat, width: C };
    if (v.classes.length === 2 && v.positive !== null) {
      const k = v.classes.indexOf(v.positive);
      const isPos = yTrue.map((y) => y === v.positive);
      const scores = Float64Array.from({ length: idx.length }, (_x, r) => flat[r * C + k]!);
      const auc = rocAuc(isPos, scores);
      if (!Number.isNaN(auc)) m.roc_auc = auc;
      const ap = averagePrecision(isPos, scores);
      if (!Number.isNaN(ap)) m.pr_auc = ap;
    } else if (v.classes.length > 2) {
      const auc = rocAucOvrMacro(yTrue, proba, v.classes);
      if (!Number.isNaN(auc)) m.roc_auc_ovr_macro = auc;
    }
    m.log_loss = logLoss(yTrue, proba, v.classes);
  }
  m.count = idx.length;
  return { metrics: m, confusion: confusion(yTrue, yPred, v.classes) };
}

export function regressionScore(p: Predictions, rows?: number[]): Metrics {
  const idx = rows ?? Array.from({ length: p.rows }, (_, i) => i);
  const m = regressionMetrics(
    idx.map((i) => p.yTrueValue[i]!),
    idx.map((i) => p.values![i]!),
  ) as unknown as Metrics;
  return { ...m, count: idx.length };
}

/** Rows per slice: each value of a categorical column, or quantile bins of a numeric one (edges at the data's quantiles). */
export function sliceRows(values: string[], bins: number): Map<string, number[]> {
  const numeric = values.every((v) => v.trim() !== "" && Number.isFinite(Number(v)));
  const distinct = new Set(values);
  const push = (groups: Map<string, number[]>, key: string, i: number) => {
    const rows = groups.get(key);
    if (rows) rows.push(i);
    else groups.set(key, [i]);
  };
  if (!numeric || distinct.size <= bins) {
    const groups = new Map<string, number[]>();
    values.forEach((v, i) => push(groups, v, i));
    const byKey = (a: [string, number[]], b: [string, number[]]) =>
      numeric ? Number(a[0]) - Number(b[0]) : a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0;
    return new Map([...groups].sort(byKey));
  }
  const sorted = values.map(Number).sort((a, b) => a - b);
  // Edges at the k/bins quantiles (nearest-rank); ties at an edge fall into the lower bin.
  const edges = Array.from(
    { length: bins - 1 },
    (_, k) => sorted[Math.min(sorted.length - 1, Math.ceil(((k + 1) * sorted.length) / bins) - 1)]!,
  );
  const uniqueEdges = [...new Set(edges)];
  const label = (b: number) => {
    const lo = b === 0 ? sorted[0]! : uniqueEdges[b - 1]!;
    const hi = b === uniqueEdges.length ? sorted[sorted.length - 1]! : uniqueEdges[b]!;
    return `${b === 0 ? "[" : "("}${lo}, ${hi}]`;
  };
  // The bins in order, lowest first; a bin no row falls in is left out.
  const rows = Array.from({ length: uniqueEdges.length + 1 }, (): number[] => []);
  values.forEach((v, i) => {
    const x = Number(v);
    let b = 0;
    while (b < uniqueEdges.length && x > uniqueEdges[b]!) b++;
    rows[b]!.push(i);
  });
  return new Map(rows.flatMap((r, b) => (r.length ? [[label(b), r] as [string, number[]]] : [])));
}

// Classification metrics with scikit-learn's definitions (sklearn.metrics), so the numbers match on the same
// predictions. Labels are strings; `positive` names the positive class for the binary metrics.
import type { MetricValues } from "../metrics/catalogue.js";

/**
 * log_loss clipping as scikit-learn 1.2 does it for float64 predictions (eps="auto"): eps = float64 machine epsilon
 * (2.220446049250313e-16); probabilities are clipped to [eps, 1 − eps] and each row renormalised.
 */
export const LOG_LOSS_EPS = 2.220446049250313e-16;

export interface Confusion {
  labels: string[];
  /** matrix[i][j]: true labels[i] predicted as labels[j] (as sklearn's confusion_matrix). */
  matrix: number[][];
}

/** The confusion matrix over the sorted union of true and predicted labels. */
export function confusion(yTrue: readonly string[], yPred: readonly string[], labels?: string[]): Confusion {
  const all = labels ?? sortLabels([...new Set([...yTrue, ...yPred])]);
  const index = new Map(all.map((l, i) => [l, i]));
  const matrix = all.map(() => new Array<number>(all.length).fill(0));
  for (let i = 0; i < yTrue.length; i++) matrix[index.get(yTrue[i]!)!]![index.get(yPred[i]!)!]!++;
  return { labels: all, matrix };
}

/** Numeric labels sort as numbers, others as text (sklearn sorts the label values). */
export function sortLabels(labels: string[]): string[] {
  const numeric = labels.every((l) => l.trim() !== "" && Number.isFinite(Number(l)));
  return [...labels].sort(numeric ? (a, b) => Number(a) - Number(b) : (a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function safeDiv(a: number, b: number): number {
  return b === 0 ? 0 : a / b; // sklearn's zero_division="warn" yields 0
}

interface PerClass {
  tp: number;
  fp: number;
  fn: number;
  support: number;
}

function perClass(c: Confusion): PerClass[] {
  return c.labels.map((_l, k) => {
    const tp = c.matrix[k]![k]!;
    let fp = 0;
    let fn = 0;
    for (let i = 0; i < c.labels.length; i++) {
      if (i === k) continue;
      fp += c.matrix[i]![k]!;
      fn += c.matrix[k]![i]!;
    }
    return { tp, fp, fn, support: tp + fn };
  });
}

const precisionOf = (p: PerClass) => safeDiv(p.tp, p.tp + p.fp);
const recallOf = (p: PerClass) => safeDiv(p.tp, p.tp + p.fn);
const f1Of = (p: PerClass) => safeDiv(2 * p.tp, 2 * p.tp + p.fp + p.fn);

export interface LabelMetrics {
  accuracy: number;
  balanced_accuracy: number;
  precision_macro: number;
  recall_macro: number;
  f1_macro: number;
  precision_weighted: number;
  recall_weighted: number;
  f1_weighted: number;
  /** Binary metrics for the positive class, when one is named. */
  precision?: number;
  recall?: number;
  f1?: number;
}

/** Metrics of predicted labels. Macro averages run over the union of labels; balanced accuracy over true labels. */
export function labelMetrics(yTrue: readonly string[], yPred: readonly string[], positive?: string): LabelMetrics {
  return metricsOfConfusion(confusion(yTrue, yPred), positive);
}

/**
 * The label metrics of a confusion matrix. Labels neither true nor predicted in it are left out, as scikit-learn
 * only sees the labels present (so a matrix over a fixed label list gives the same numbers as the rows themselves).
 */
export function metricsOfConfusion(full: Confusion, positive?: string): LabelMetrics {
  const keep = full.labels
    .map((_l, k) => k)
    .filter((k) => full.matrix[k]!.some((x) => x > 0) || full.matrix.some((row) => row[k]! > 0));
  const c: Confusion =
    keep.length === full.labels.length
      ? full
      : { labels: keep.map((k) => full.labels[k]!), matrix: keep.map((i) => keep.map((j) => full.matrix[i]![j]!)) };
  const pcs = perClass(c);
  const n = c.matrix.reduce((a, row) => a + row.reduce((x, y) => x + y, 0), 0);
  const correct = pcs.reduce((a, p) => a + p.tp, 0);
  const present = pcs.filter((p) => p.support > 0);
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  const weighted = (f: (p: PerClass) => number) =>
    safeDiv(
      pcs.reduce((a, p) => a + f(p) * p.support, 0),
      n,
    );
  const out: LabelMetrics = {
    accuracy: safeDiv(correct, n),
    balanced_accuracy: mean(present.map(recallOf)),
    precision_macro: mean(pcs.map(precisionOf)),
    recall_macro: mean(pcs.map(recallOf)),
    f1_macro: mean(pcs.map(f1Of)),
    precision_weighted: weighted(precisionOf),
    recall_weighted: weighted(recallOf),
    f1_weighted: weighted(f1Of),
  } satisfies MetricValues;
  if (positive !== undefined) {
    const k = c.labels.indexOf(positive);
    const p = k >= 0 ? pcs[k]! : { tp: 0, fp: 0, fn: 0, support: 0 };
    out.precision = precisionOf(p);
    out.recall = recallOf(p);
    out.f1 = f1Of(p);
  }
  return out;
}

/**
 * The ROC and precision-recall points at each distinct score, from the highest down: positive and negative scores
 * are sorted apart (native numeric sort, no comparator) and merged, so a million rows take a fraction of a second.
 * A NaN score is refused: it equals no score, so the merge would never pass it (sorted last, it is met first).
 */
function thresholdCounts(isPositive: ArrayLike<boolean>, scores: ArrayLike<number>): { tp: number[]; fp: number[] } {
  let nPos = 0;
  for (let i = 0; i < scores.length; i++) if (isPositive[i]) nPos++;
  const pos = new Float64Array(nPos);
  const neg = new Float64Array(scores.length - nPos);
  for (let i = 0, p = 0, q = 0; i < scores.length; i++) {
    if (isPositive[i]) pos[p++] = scores[i]!;
    else neg[q++] = scores[i]!;
  }
  pos.sort();
  neg.sort();
  const tp: number[] = [];
  const fp: number[] = [];
  let i = pos.length - 1;
  let j = neg.length - 1;
  let ctp = 0;
  let cfp = 0;
  while (i >= 0 || j >= 0) {
    const s = Math.max(i >= 0 ? pos[i]! : -Infinity, j >= 0 ? neg[j]! : -Infinity);
    if (Number.isNaN(s))
      throw new RangeError("a score is NaN: ROC and precision-recall curves need every score to be a number");
    while (i >= 0 && pos[i] === s) {
      ctp++;
      i--;
    }
    while (j >= 0 && neg[j] === s) {
      cfp++;
      j--;
    }
    tp.push(ctp);
    fp.push(cfp);
  }
  return { tp, fp };
}

/**
 * Binary ROC AUC: the trapezoidal area under the ROC curve over distinct thresholds (sklearn's roc_auc_score), which
 * equals the probability that a positive outranks a negative with ties counted as one half.
 */
export function rocAuc(isPositive: ArrayLike<boolean>, scores: ArrayLike<number>): number {
  const { tp, fp } = thresholdCounts(isPositive, scores);
  const P = tp[tp.length - 1] ?? 0;
  const N = fp[fp.length - 1] ?? 0;
  if (P === 0 || N === 0) return NaN;
  let area = 0;
  for (let k = 0; k < tp.length; k++) area += ((fp[k]! - (fp[k - 1] ?? 0)) * (tp[k]! + (tp[k - 1] ?? 0))) / 2;
  return area / (P * N);
}

/** Average precision (sklearn's average_precision_score): Σ (Rₙ − Rₙ₋₁)·Pₙ over distinct thresholds, not interpolated. */
export function averagePrecision(isPositive: ArrayLike<boolean>, scores: ArrayLike<number>): number {
  const { tp, fp } = thresholdCounts(isPositive, scores);
  const P = tp[tp.length - 1] ?? 0;
  if (P === 0) return NaN;
  let ap = 0;
  for (let k = 0; k < tp.length; k++) ap += ((tp[k]! - (tp[k - 1] ?? 0)) / P) * (tp[k]! / (tp[k]! + fp[k]!));
  return ap;
}

/** Class probabilities: one row per sample (as tests write them) or one flat row-major array `width` classes wide. */
export type Proba = readonly Float64Array[] | { data: ArrayLike<number>; width: number };

function probaAt(p: Proba): (r: number, k: number) => number {
  if (Array.isArray(p)) return (r, k) => (p as readonly Float64Array[])[r]![k]!;
  const { data, width } = p as { data: ArrayLike<number>; width: number };
  return (r, k) => data[r * width + k]!;
}

/**
 * Log loss of class probabilities (columns in `labels` order) as scikit-learn 1.2 computes it: clip to
 * [eps, 1 − eps], renormalise each row, then the mean of −ln p(true class).
 */
export function logLoss(yTrue: readonly string[], proba: Proba, labels: readonly string[]): number {
  const index = new Map(labels.map((l, i) => [l, i]));
  const at = probaAt(proba);
  const clip = (x: number) => Math.min(Math.max(x, LOG_LOSS_EPS), 1 - LOG_LOSS_EPS);
  let total = 0;
  for (let r = 0; r < yTrue.length; r++) {
    let sum = 0;
    for (let k = 0; k < labels.length; k++) sum += clip(at(r, k));
    const k = index.get(yTrue[r]!);
    total += -Math.log(k === undefined ? LOG_LOSS_EPS : clip(at(r, k)) / sum);
  }
  return total / yTrue.length;
}

/** One-vs-rest macro ROC AUC over the classes (sklearn's multi_class="ovr", average="macro"). */
export function rocAucOvrMacro(yTrue: readonly string[], proba: Proba, labels: readonly string[]): number {
  const at = probaAt(proba);
  const aucs = labels.map((l, k) =>
    rocAuc(
      yTrue.map((y) => y === l),
      Float64Array.from(yTrue, (_y, r) => at(r, k)),
    ),
  );
  return aucs.reduce((a, b) => a + b, 0) / aucs.length;
}

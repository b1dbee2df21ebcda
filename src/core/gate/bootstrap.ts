// Paired bootstrap over the holdout rows: both models are scored on the same resampled rows, so the interval is of
// the *difference* and the noise both share (an easy or hard draw of rows) cancels out. Seeded: the same inputs give
// the same interval on every CI run.
import { InputError } from "../errors.js";
import {
  averagePrecision,
  type Confusion,
  logLoss,
  metricsOfConfusion,
  rocAuc,
  rocAucOvrMacro,
} from "../evaluate/classification.js";
import { asPredictions, type RowPredictions } from "../evaluate/rowPredictions.js";
import { classificationMetrics, regressionScore } from "../evaluate/score.js";
import { metricSpec } from "../metrics/catalogue.js";
import { quantileLinear } from "../quantile.js";
import { mulberry32 } from "../random.js";

export interface BootstrapOptions {
  /** Resamples drawn (default 1000). */
  resamples: number;
  seed: number;
}

export interface Interval {
  /** e.g. 0.95 for a 95 % interval. */
  confidence: number;
  /** Percentile interval of candidate − baseline over the resamples. */
  low: number;
  high: number;
  resamples: number;
  seed: number;
}

/** A metric of one model on some rows (indices may repeat). */
export type Scorer = (idx: Int32Array) => number;

/** The metric of one model on given rows (repeats allowed), computed the fastest way for its kind. */
export function scorer(r: RowPredictions, metric: string, file: string): Scorer {
  const { p, view } = asPredictions(r);
  const missing = () =>
    new InputError(
      file,
      undefined,
      `cannot compare ${JSON.stringify(metric)} with confidence: only whole-holdout quality metrics can be resampled`,
    );
  if (!view) {
    if (!(metric in regressionScore(p))) throw missing();
    return (idx) => regressionScore(p, Array.from(idx))[metric]!;
  }
  if (metricSpec(metric)?.basis === "probabilities") {
    if (classificationMetrics(p, view).metrics[metric] === undefined) throw missing();
    return probabilityScorer(r, metric);
  }
  // Label metrics need only the confusion matrix: count the resampled rows into it, no strings touched per draw.
  const labels = [...new Set([...view.classes, ...r.yTrue, ...view.yPred])];
  const code = new Map(labels.map((l, i) => [l, i]));
  const L = labels.length;
  const cell = Int32Array.from({ length: p.rows }, (_x, i) => code.get(r.yTrue[i]!)! * L + code.get(view.yPred[i]!)!);
  const positive = view.positive ?? undefined;
  const counts = new Float64Array(L * L);
  const of = (c: Float64Array): Confusion => ({
    labels,
    matrix: labels.map((_l, i) => Array.from(c.subarray(i * L, (i + 1) * L))),
  });
  const whole = new Float64Array(L * L);
  for (let i = 0; i < p.rows; i++) whole[cell[i]!]!++;
  if ((metricsOfConfusion(of(whole), positive) as unknown as Record<string, number>)[metric] === undefined)
    throw missing();
  return (idx) => {
    counts.fill(0);
    for (let j = 0; j < idx.length; j++) counts[cell[idx[j]!]!]!++;
    return (metricsOfConfusion(of(counts), positive) as unknown as Record<string, number>)[metric]!;
  };
}

/** Only the one probability metric asked for, on the resampled rows (the full metric set costs 5–10× more). */
function probabilityScorer(r: RowPredictions, metric: string): Scorer {
  const n = r.yTrue.length;
  const classes = r.classes!;
  const C = classes.length;
  const proba = r.proba!;
  if (metric === "roc_auc" || metric === "pr_auc") {
    const k = classes.indexOf(r.positive!);
    const isPos = r.yTrue.map((y) => y === r.positive);
    const pos = new Array<boolean>(n);
    const scores = new Float64Array(n);
    const f = metric === "roc_auc" ? rocAuc : averagePrecision;
    return (idx) => {
      for (let j = 0; j < n; j++) {
        pos[j] = isPos[idx[j]!]!;
        scores[j] = proba[idx[j]! * C + k]!;
      }
      return f(pos, scores);
    };
  }
  const yTrue = new Array<string>(n);
  const data = new Float64Array(n * C);
  const f = metric === "log_loss" ? logLoss : rocAucOvrMacro;
  return (idx) => {
    for (let j = 0; j < n; j++) {
      yTrue[j] = r.yTrue[idx[j]!]!;
      for (let c = 0; c < C; c++) data[j * C + c] = proba[idx[j]! * C + c]!;
    }
    return f(yTrue, { data, width: C }, classes);
  };
}

/** Both files must hold the same holdout rows in the same order, or the pairing means nothing. */
function checkPaired(candidate: RowPredictions, baseline: RowPredictions, files: [string, string]): void {
  const [cf, bf] = files;
  if (candidate.task !== baseline.task)
    throw new InputError(bf, undefined, `a ${baseline.task} model cannot be compared with a ${candidate.task} model`);
  if (candidate.positive !== baseline.positive)
    throw new InputError(
      bf,
      undefined,
      `scored for the positive class ${JSON.stringify(baseline.positive)}, ${cf} for ${JSON.stringify(candidate.positive)}: evaluate both with the same --positive-label`,
    );
  if (candidate.dataSha256 !== baseline.dataSha256)
    throw new InputError(bf, undefined, `predicted on other data than ${cf}: compare models on the same holdout`);
  const n = candidate.yTrue.length;
  if (baseline.yTrue.length !== n)
    throw new InputError(bf, undefined, `has ${baseline.yTrue.length} rows, ${cf} has ${n}`);
  for (let i = 0; i < n; i++)
    if (candidate.yTrue[i] !== baseline.yTrue[i])
      throw new InputError(bf, { record: i + 1 }, `the target differs from ${cf}: the rows are not the same holdout`);
}

/**
 * Percentile intervals of candidate − baseline for each metric, at each confidence asked for. Every metric sees
 * the same resamples (draw b uses the same rows for every metric and both models).
 */
export function pairedBootstrap(
  candidate: RowPredictions,
  baseline: RowPredictions,
  asks: { metric: string; confidence: number }[],
  files: [string, string],
  o: BootstrapOptions,
): Map<string, Interval> {
  checkPaired(candidate, baseline, files);
  const n = candidate.yTrue.length;
  if (n === 0) throw new InputError(files[0], undefined, "no rows to resample");
  const metrics = [...new Set(asks.map((a) => a.metric))];
  const scorers = metrics.map((m) => [scorer(candidate, m, files[0]), scorer(baseline, m, files[1])] as const);
  const deltas = metrics.map(() => new Float64Array(o.resamples));
  const random = mulberry32(o.seed);
  const idx = new Int32Array(n);
  for (let b = 0; b < o.resamples; b++) {
    for (let j = 0; j < n; j++) idx[j] = Math.floor(random() * n);
    scorers.forEach(([c, s], k) => {
      deltas[k]![b] = c(idx) - s(idx);
    });
  }
  const out = new Map<string, Interval>();
  for (const a of asks) {
    // A resample where the metric is undefined (ROC AUC with one class drawn) is dropped and the count reported.
    const d = deltas[metrics.indexOf(a.metric)]!.filter((x) => !Number.isNaN(x)).sort();
    const tail = (1 - a.confidence) / 2;
    const low = d.length ? quantileLinear(d, tail) : NaN;
    const high = d.length ? quantileLinear(d, 1 - tail) : NaN;
    // No verdict on an interval that is not one: NaN or infinite ends compare false, and a failed rule would hide
    // that the predictions themselves are unusable (a NaN or infinite prediction or target).
    if (!Number.isFinite(low) || !Number.isFinite(high))
      throw new InputError(
        files[0],
        { path: a.metric },
        `the bootstrap interval of the difference from ${files[1]} is [${low}, ${high}] over ${d.length} of ${o.resamples} resamples, not finite: check the predictions for NaN or infinite values`,
      );
    out.set(`${a.metric}@${a.confidence}`, { confidence: a.confidence, low, high, resamples: d.length, seed: o.seed });
  }
  return out;
}

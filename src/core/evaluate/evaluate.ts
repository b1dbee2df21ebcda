import type { TableSource } from "../data/types.js";
import { errorMessage, InputError } from "../errors.js";
import type { MetricValues } from "../metrics/catalogue.js";
import type { LoadedModel, ModelSignature } from "../model/onnxModel.js";
import { type Ort, ort, SESSION_OPTIONS } from "../model/ort.js";
import { quantileLinear } from "../quantile.js";
import type { Confusion } from "./classification.js";
import { classificationFairness, type Fairness, regressionFairness } from "./fairness.js";
import { modelFeatures } from "./modelInput.js";
import { planOutputs, predict, type Predictions, targetTexts, type Task } from "./predict.js";
import { type RowPredictions, rowPredictions } from "./rowPredictions.js";
import {
  classificationMetrics,
  type ClassificationView,
  classificationView,
  type Metrics,
  regressionScore,
  sliceRows,
  viewClasses,
} from "./score.js";

export interface EvaluateOptions {
  model: LoadedModel;
  source: TableSource;
  /** sha256 of the data file, recorded so a gate can bind its verdict to it. */
  dataSha256: string;
  target: string;
  features?: string[];
  task?: Task;
  threshold?: number;
  positiveLabel?: string;
  batchSize?: number;
  slices?: string[];
  sliceBins?: number;
  sensitive?: string[];
  /** Single-row requests timed for the latency percentiles (after warm-up). */
  latencyRuns?: number;
  /** Resident memory now, in bytes (the caller's process; core does not read it itself). */
  memory?: () => number;
  onProgress?: (rows: number) => void;
}

export interface Evaluation {
  kind: "modelgate.evaluation";
  version: 1;
  model: { path: string; sha256: string; bytes: number; signature: ModelSignature };
  data: { path: string; sha256: string; rows: number; features: string[]; target: string };
  task: Task;
  classes: string[] | null;
  positive_label: string | null;
  threshold: number | null;
  metrics: Metrics;
  confusion_matrix: Confusion | null;
  slices: Record<string, Record<string, Metrics>>;
  fairness: Record<string, Fairness>;
}

/** Latency percentiles as numpy computes them (linear interpolation between closest ranks). */
function percentile(sorted: number[], q: number): number {
  return sorted.length === 0 ? NaN : quantileLinear(sorted, q);
}

/** Evaluate the ONNX model on a holdout table: the model's own predictions, scored by modelgate. */
export async function evaluateModel(
  o: EvaluateOptions,
): Promise<{ evaluation: Evaluation; predictions: RowPredictions }> {
  const names = o.source.columnNames;
  if (!names.includes(o.target))
    throw new InputError(
      o.source.file,
      undefined,
      `no target column ${JSON.stringify(o.target)} (columns: ${names.join(", ")})`,
    );
  // Default features: every column but the target and the sensitive ones (slices are often features themselves).
  const features = modelFeatures(o.model, o.source.file, names, {
    ...(o.features ? { features: o.features } : {}),
    exclude: [o.target, ...(o.sensitive ?? [])],
  });
  const outputs = planOutputs(o.model, o.task);
  let session: Ort.InferenceSession;
  try {
    session = await ort().InferenceSession.create(o.model.runnable, SESSION_OPTIONS);
  } catch (e) {
    throw new InputError(o.model.path, undefined, `onnxruntime cannot load the model (${errorMessage(e)})`);
  }
  let peak = o.memory?.() ?? 0;
  try {
    const keep = [...new Set([...(o.slices ?? []), ...(o.sensitive ?? [])])];
    for (const k of keep)
      if (!names.includes(k))
        throw new InputError(o.source.file, undefined, `no column ${JSON.stringify(k)} to slice by`);
    await warmUp(session, o.model.signature.inputs[0]!.name, o.batchSize ?? 8192, features.length);
    const p = await predict({
      model: o.model,
      session,
      source: o.source,
      target: o.target,
      features,
      outputs,
      batchSize: o.batchSize ?? 8192,
      keep,
      onProgress: (rows) => {
        peak = Math.max(peak, o.memory?.() ?? 0);
        o.onProgress?.(rows);
      },
    });
    if (p.rows === 0) throw new InputError(o.source.file, undefined, "the holdout has no rows");
    const { evaluation, view } = score(o, p, outputs.task, features);
    // Finite predictions can still overflow a metric (the squared error of values near float64's limit), which
    // JSON would write as null: refused like a prediction that is not finite.
    const overflow = Object.entries(evaluation.metrics).find(([, v]) => !Number.isFinite(v));
    if (overflow)
      throw new InputError(
        o.source.file,
        undefined,
        `the metric ${overflow[0]} comes out ${overflow[1]} (the predictions or the target are too large to score): no evaluation is written with a metric that is not finite`,
      );
    Object.assign(evaluation.metrics, await operational(session, o, p, features.length));
    evaluation.metrics.peak_rss_mib = Math.max(peak, o.memory?.() ?? 0) / 2 ** 20;
    return { evaluation, predictions: rowPredictions(p, view, o.model.sha256, o.dataSha256) };
  } finally {
    await session.release();
  }
}

/** Each sensitive column's values, row by row. */
const sensitiveColumns = (o: EvaluateOptions, p: Predictions) =>
  new Map((o.sensitive ?? []).map((s) => [s, p.extra.get(s)!]));

function score(
  o: EvaluateOptions,
  p: Predictions,
  task: Task,
  features: string[],
): { evaluation: Evaluation; view: ClassificationView | null } {
  const base = {
    kind: "modelgate.evaluation" as const,
    version: 1 as const,
    model: { path: o.model.path, sha256: o.model.sha256, bytes: o.model.bytes.length, signature: o.model.signature },
    data: { path: o.source.file, sha256: o.dataSha256, rows: p.rows, features, target: o.target },
    task,
  };
  const slices: Evaluation["slices"] = {};
  // A threshold turns the probability of the positive class into a label: with no such probability it would be
  // ignored while evaluation.json (and the card) say the labels came from it.
  if (o.threshold !== undefined && (task === "regression" || !p.proba || p.classes !== 2))
    throw new InputError(
      o.model.path,
      undefined,
      `--threshold applies to a binary classifier's probabilities, and this model ${task === "regression" ? "is a regressor" : !p.proba ? "gives labels alone" : `has ${p.classes} classes (its label is the most probable one)`}: leave the threshold out`,
    );
  if (task === "regression" && o.positiveLabel !== undefined)
    throw new InputError(
      o.model.path,
      undefined,
      `--positive-label applies to a classifier, and this model is a regressor: leave the positive label out`,
    );
  if (task === "regression") {
    for (const s of o.slices ?? [])
      slices[s] = Object.fromEntries(
        [...sliceRows(p.extra.get(s)!, o.sliceBins ?? 4)].map(([k, rows]) => [k, regressionScore(p, rows)]),
      );
    return {
      evaluation: {
        ...base,
        classes: null,
        positive_label: null,
        threshold: null,
        metrics: regressionScore(p),
        confusion_matrix: null,
        slices,
        fairness: regressionFairness(p.yTrueValue, p.values!, sensitiveColumns(o, p)),
      },
      view: null,
    };
  }
  const classes = o.positiveLabel === undefined ? [] : viewClasses(p);
  if (o.positiveLabel !== undefined && !classes.includes(o.positiveLabel))
    throw new InputError(
      p.proba ? o.model.path : o.source.file,
      p.proba ? undefined : { column: o.target },
      `--positive-label ${JSON.stringify(o.positiveLabel)} is none of the ${p.proba ? "model's classes" : "labels of the target and the model"} (${classes.join(", ")}): precision, recall and F1 of a class that never occurs would all be 0`,
    );
  let view: ClassificationView;
  try {
    view = classificationView(p, o.positiveLabel, o.threshold);
  } catch (e) {
    // The view knows the values, not where they came from: the holdout's target column.
    if (e instanceof InputError && e.file === undefined)
      throw new InputError(o.source.file, { column: o.target }, e.problem);
    throw e;
  }
  const whole = classificationMetrics(p, view);
  for (const s of o.slices ?? [])
    slices[s] = Object.fromEntries(
      [...sliceRows(p.extra.get(s)!, o.sliceBins ?? 4)].map(([k, rows]) => [
        k,
        classificationMetrics(p, view, rows).metrics,
      ]),
    );
  const fair = classificationFairness(targetTexts(p), view.yPred, sensitiveColumns(o, p), view.classes, view.positive);
  return {
    evaluation: {
      ...base,
      classes: view.classes,
      positive_label: view.positive,
      threshold: o.threshold ?? null,
      metrics: whole.metrics,
      confusion_matrix: whole.confusion,
      slices,
      fairness: fair,
    },
    view,
  };
}

/**
 * Runs before the timed batches, so that batch latencies and rows per second describe a warm session: the first
 * runs of a session allocate its memory arena and plan its kernels. Measured here on 8,192 rows: 2.3 and 0.7 ms,
 * then 0.4, for the scikit-learn logistic regression; 24 and 15, then 8.5, for a 256×256 MLP. A zero batch of the
 * batch size, at most 16 M values.
 */
const WARM_UP_RUNS = 3;
async function warmUp(session: Ort.InferenceSession, inputName: string, batchSize: number, width: number) {
  const rows = Math.max(1, Math.min(batchSize, Math.floor(16_777_216 / Math.max(1, width))));
  const zeros = new (ort().Tensor)("float32", new Float32Array(rows * width), [rows, width]);
  try {
    for (let i = 0; i < WARM_UP_RUNS; i++) await session.run({ [inputName]: zeros });
  } catch {
    // A model that fails on zeros fails on real rows too, where predict() names the batch.
  }
}

/** Latency of single-row requests after warm-up (what a serving endpoint sees), throughput and size. */
async function operational(
  session: Ort.InferenceSession,
  o: EvaluateOptions,
  p: Predictions,
  width: number,
): Promise<Metrics> {
  const inputName = o.model.signature.inputs[0]!.name;
  // A real holdout row: a tree ensemble's path, and so its latency, depends on the values.
  const one = new (ort().Tensor)("float32", p.firstRow ?? new Float32Array(width), [1, width]);
  const runs = Math.max(10, o.latencyRuns ?? 200);
  for (let i = 0; i < 20; i++) await session.run({ [inputName]: one });
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await session.run({ [inputName]: one });
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const batches = [...p.batchMs].sort((a, b) => a - b);
  return {
    latency_p50_ms: percentile(times, 0.5),
    latency_p95_ms: percentile(times, 0.95),
    latency_p99_ms: percentile(times, 0.99),
    batch_latency_p50_ms: percentile(batches, 0.5),
    batch_latency_p95_ms: percentile(batches, 0.95),
    batch_latency_p99_ms: percentile(batches, 0.99),
    rows_per_second: p.rows / (p.inferenceMs / 1000),
    model_bytes: o.model.bytes.length,
  } satisfies MetricValues;
}

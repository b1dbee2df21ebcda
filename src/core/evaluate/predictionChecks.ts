// Every prediction the metrics are computed from is a finite number, and every row of class probabilities is one:
// each in [0, 1], summing to 1. A NaN would stall the ROC sweep and pass silently through comparisons; raw scores
// read as probabilities give an AUC, a log loss and a thresholded recall that mean nothing. Checked after each run,
// while its outputs are in cache (about 1.5–2 ns a row for two classes) and its input rows and lines are at hand.
import type { Batch } from "../data/types.js";
import { InputError } from "../errors.js";
import type { Predictions, PredictOptions } from "./predictionTypes.js";
import type { FetchPlan } from "./predictOutputs.js";

/**
 * How far a row of probabilities may sum from 1, and each lie outside [0, 1]: float32 rounding over even a
 * thousand classes stays below 1e-4, while raw scores (logits, margins) miss it by far more.
 */
export const PROBABILITY_TOLERANCE = 1e-3;

/** The first of `n` rows from `base` whose probabilities are not a distribution (a NaN fails too); −1 when none. */
export function firstImprobableRow(proba: Float32Array, C: number, base: number, n: number): number {
  const lo = -PROBABILITY_TOLERANCE;
  const hi = 1 + PROBABILITY_TOLERANCE;
  if (C === 2) {
    // Two classes, the common case, in fewer comparisons: with both at least −tolerance and their sum within
    // tolerance of 1, neither exceeds 1 + 2 × tolerance.
    for (let r = 0, i = base * 2; r < n; r++, i += 2) {
      const a = proba[i]!;
      const b = proba[i + 1]!;
      const s = a + b;
      if (!(a >= lo && b >= lo && s >= 1 - PROBABILITY_TOLERANCE && s <= hi)) return r;
    }
    return -1;
  }
  for (let r = 0, i = base * C; r < n; r++) {
    let s = 0;
    let inRange = true;
    for (let k = 0; k < C; k++, i++) {
      const v = proba[i]!;
      inRange &&= v >= lo && v <= hi;
      s += v;
    }
    if (!(inRange && s >= 1 - PROBABILITY_TOLERANCE && s <= hi)) return r;
  }
  return -1;
}

/** The first of `n` values from `base` that is not finite; −1 when none. */
export function firstNonFinite(values: ArrayLike<number>, base: number, n: number): number {
  for (let r = 0; r < n; r++) if (!Number.isFinite(values[base + r]!)) return r;
  return -1;
}

/** One run of `n` rows (from `start` in the source batch, `base` among the predictions), as predict() made it. */
export interface RunRows {
  o: PredictOptions;
  plan: FetchPlan;
  out: Predictions;
  batch: Batch;
  featureIdx: readonly number[];
  /** The run's input, row-major, `features.length` wide. */
  input: Float32Array;
  start: number;
  base: number;
  n: number;
}

/** Refuse a run whose predictions cannot be scored, in one line naming the first such row. */
export function checkRun(c: RunRows): void {
  const { out, base, n } = c;
  const names = c.o.outputs;
  const p = out.proba && names.probabilities ? firstImprobableRow(out.proba, out.classes, base, n) : -1;
  const v = out.values && names.value ? firstNonFinite(out.values, base, n) : -1;
  const r = p < 0 ? v : v < 0 ? p : Math.min(p, v);
  if (r >= 0) throw refusal(c, r);
}

/** A float32 output as its shortest decimal (7 significant digits), not the float64 expansion of its bits. */
const num = (x: number): string => String(Number(x.toPrecision(7)));

/**
 * Why row `r` of the run cannot be scored: a value that is not finite (and the feature that made it so, when one
 * overflowed float32), or values that are not a probability distribution.
 */
function refusal(c: RunRows, r: number): InputError {
  const { o, out } = c;
  const row = c.base + r;
  // The holdout's own row number (1-based), as the messages about its cells give it.
  const dataRow = c.batch.rowStart + c.start + r + 1;
  const single = o.outputs.probabilities !== null && c.plan.shapes.widths.get(o.outputs.probabilities) === 1;
  // A single probability is kept as [1 − p, p]: the model gave p.
  const values = out.values
    ? [out.values[row]!]
    : single
      ? [out.proba![row * 2 + 1]!]
      : Array.from(out.proba!.subarray(row * out.classes, (row + 1) * out.classes));
  const name = (o.outputs.value ?? o.outputs.probabilities)!;
  const bad = values.findIndex((x) => !Number.isFinite(x));
  if (bad >= 0) {
    const what = `${num(values[bad]!)} in its output "${name}"${values.length > 1 ? ` (class ${bad})` : ""}`;
    const line = c.batch.lines?.[c.start + r];
    const F = o.features.length;
    const f = c.input.subarray(r * F, (r + 1) * F).findIndex((x) => !Number.isFinite(x));
    if (f >= 0) {
      return new InputError(
        o.source.file,
        { line, column: o.features[f] },
        `row ${dataRow}: ${c.batch.raw(c.featureIdx[f]!, c.start + r)} is beyond the range of float32, the model's input type (±3.4028235e38), and the model predicts ${what} from it`,
      );
    }
    return new InputError(
      o.source.file,
      { line },
      `row ${dataRow}: the model ${o.model.path} predicts ${what}; no metric is computed from a value that is not finite`,
    );
  }
  const outside = values.findIndex((x) => !(x >= -PROBABILITY_TOLERANCE && x <= 1 + PROBABILITY_TOLERANCE));
  if (outside >= 0) {
    return new InputError(
      o.model.path,
      undefined,
      `its output "${name}" gave ${num(values[outside]!)}${values.length > 1 ? ` (class ${outside})` : ""} for row ${dataRow}, not a probability in [0, 1]: export the ${single ? "sigmoid (or softmax)" : "softmax"} of the scores${single ? ", or evaluate it with --task regression" : ""}`,
    );
  }
  const sum = values.reduce((a, x) => a + x, 0);
  return new InputError(
    o.model.path,
    undefined,
    `its output "${name}" sums to ${num(sum)} for row ${dataRow} (${values.map(num).join(", ")}), not 1 within ${PROBABILITY_TOLERANCE}: scores, not class probabilities; export the softmax of the scores`,
  );
}

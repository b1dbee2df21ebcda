// The model's outputs into the per-row prediction arrays. Where the shapes are known, onnxruntime writes the outputs
// straight into those arrays (pre-allocated fetches): for a small model, copying them out cost more than a tenth of
// the inference itself. (onnxruntime-node 1.30 still copies every output into a new ArrayBuffer for the result it
// returns, fetched in place or not; a raw session.run pays that copy too.)
import { Buffer } from "node:buffer";

import { InputError } from "../errors.js";
import type { LoadedModel } from "../model/onnxModel.js";
import { type Ort, ort } from "../model/ort.js";
import { firstUnsafeLabel, type HeldLabels, narrowLabels } from "./narrowLabels.js";
import { checkRunShapes, type OutputShapes, outputShapes } from "./outputShapes.js";
import type { OutputPlan, Predictions } from "./predictionTypes.js";

// Where the tests and earlier callers find it.
export { readInt64 } from "./narrowLabels.js";

type Typed = Float32Array | Float64Array | Int32Array | Int8Array | Uint8Array;
interface TypedArrayOf<T> {
  new (buffer: ArrayBuffer, byteOffset: number, length: number): T;
  readonly BYTES_PER_ELEMENT: number;
}

/**
 * `a`, or a larger array of its type holding its values, with room for `need` (doubling, so few copies). The new
 * array is not zeroed (Buffer.allocUnsafeSlow): where the process reuses freed memory (a second model evaluated in
 * the same run, the benchmark's rounds) zeroing the 8 MB of a million rows' probabilities took 0.6–1.3 ms, 1.5–3 %
 * of a small model's inference. Every row is written before it is read, and predict cuts the arrays to its rows.
 */
export function grow<T extends Typed>(a: T, need: number, type: TypedArrayOf<T>): T {
  if (need <= a.length) return a;
  const k = Math.max(need, a.length * 2);
  const b = new type(Buffer.allocUnsafeSlow(k * type.BYTES_PER_ELEMENT).buffer as ArrayBuffer, 0, k);
  b.set(a as ArrayLike<number>);
  return b;
}

/** `grow` into an array of `a`'s own type. */
export function growSame<T extends Typed>(a: T, need: number): T {
  return grow(a, need, a.constructor as TypedArrayOf<T>);
}

/** How each output is fetched: into our arrays (its dims after the row count), or handed back by onnxruntime. */
export interface FetchPlan {
  /** The model file, for a message about what its outputs hold. */
  model: string;
  names: string[];
  /** The shape each output read must have, checked after every run. */
  shapes: OutputShapes;
  /** The label output, for a message about its values. */
  label: string | null;
  /** int64 labels fetched into `labelBuffer` (it stays in cache), then kept as narrow as they fit. */
  labelDims: number[] | null;
  /** Probabilities written where they belong in `proba`; the class count is the last dim. */
  probaDims: number[] | null;
  /** Where onnxruntime writes int64 labels fetched in place, LABEL_WINDOW_RUNS runs of them. */
  labelBuffer: BigInt64Array | null;
  /** Labels fetched into the buffer and not kept yet: how many, and the prediction row of the first. */
  pending: number;
  pendingBase: number;
}

/**
 * Runs whose labels onnxruntime writes one after another into the label buffer before they are narrowed and kept in
 * one go: the JavaScript between two runs then stays a few views and tensors, and the narrowing call and its views
 * are paid once per eight runs.
 */
export const LABEL_WINDOW_RUNS = 8;

const LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;

/** The dims after the first (the row count) when all are fixed, with `per` values a row; else null. */
function rowDims(model: LoadedModel, name: string | null, elemType: string, per?: (dims: number[]) => boolean) {
  const o = model.signature.outputs.find((x) => x.name === name);
  if (!o || o.elemType !== elemType || !o.shape || o.shape.length < 1) return null;
  const rest = o.shape.slice(1);
  if (!rest.every((d): d is number => typeof d === "number" && d > 0)) return null;
  return per && !per(rest) ? null : rest;
}

export function planFetches(model: LoadedModel, outputs: OutputPlan, batchSize: number): FetchPlan {
  const names = [outputs.label, outputs.probabilities, outputs.value].filter((x): x is string => x !== null);
  // A ZipMap's probabilities are not a tensor; its label and the rest are read as onnxruntime hands them.
  const fixed = !model.zipMap && LITTLE_ENDIAN;
  const labelDims = fixed ? rowDims(model, outputs.label, "int64", (d) => d.every((x) => x === 1)) : null;
  return {
    model: model.path,
    names,
    label: outputs.label,
    shapes: outputShapes(model.path, outputs, model.signature.outputs),
    labelDims,
    probaDims: fixed ? rowDims(model, outputs.probabilities, "float32", (d) => d.length === 1 && d[0]! >= 2) : null,
    labelBuffer: labelDims ? new BigInt64Array(batchSize * LABEL_WINDOW_RUNS) : null,
    pending: 0,
    pendingBase: 0,
  };
}

/** int64 labels fetched in place: into the label buffer, then kept by keepPendingLabels. */
function labelsInPlace(plan: FetchPlan): plan is FetchPlan & { labelDims: number[]; labelBuffer: BigInt64Array } {
  return plan.labelDims !== null && plan.labelBuffer !== null;
}

/**
 * The fetches of one run: a tensor over our arrays for each output we can take in place (the arrays are sized
 * first), null for the ones onnxruntime allocates. Labels go after the ones pending in the label buffer, which is
 * emptied first when this run's would not fit.
 */
export function fetchesFor(
  plan: FetchPlan,
  outputs: OutputPlan,
  out: Predictions,
  base: number,
  n: number,
  expected: number,
): Ort.InferenceSession.FetchesType {
  const T = ort().Tensor;
  const fetches: Record<string, Ort.Tensor | null> = Object.fromEntries(plan.names.map((k) => [k, null]));
  const rows = Math.max(base + n, expected);
  if (labelsInPlace(plan) && outputs.label) {
    if (plan.pending + n > plan.labelBuffer.length) keepPendingLabels(plan, out, expected);
    if (plan.pending === 0) plan.pendingBase = base;
    const at = plan.pending;
    fetches[outputs.label] = new T("int64", plan.labelBuffer.subarray(at, at + n), [n, ...plan.labelDims]);
  }
  if (plan.probaDims && outputs.probabilities && out.proba) {
    const c = plan.probaDims[0]!;
    out.classes = c;
    out.proba = grow(out.proba, rows * c, Float32Array);
    fetches[outputs.probabilities] = new T("float32", out.proba.subarray(base * c, (base + n) * c), [n, c]);
  }
  return fetches;
}

/**
 * The labels pending in the label buffer into the prediction array, as narrow as they fit. predict() calls it after
 * its last run too.
 */
export function keepPendingLabels(plan: FetchPlan, out: Predictions, expected: number): void {
  if (!plan.labelBuffer || plan.pending === 0) return;
  const base = plan.pendingBase;
  const n = plan.pending;
  const held = growSame(out.labels as HeldLabels, Math.max(base + n, expected));
  const labels = plan.labelBuffer.subarray(0, n);
  out.labels = keepLabels(held, base, labels, n);
  refuseUnsafeLabels(plan, out.labels, base, labels, n);
  plan.pending = 0;
}

/**
 * A label beyond ±(2^53 − 1) is refused: float64 holds it rounded, and two labels that round alike would count as
 * one class. (A classifier's labels are small integers; such a label means an output that is not one.)
 */
function refuseUnsafeLabels(plan: FetchPlan, held: HeldLabels, base: number, data: BigInt64Array, n: number): void {
  const r = firstUnsafeLabel(held, base, n);
  if (r < 0) return;
  throw new InputError(
    plan.model,
    undefined,
    `its output "${plan.label}" gave ${data[r]} for row ${base + r + 1}, beyond ±${Number.MAX_SAFE_INTEGER} (2^53 − 1), where labels are no longer exact as numbers: a classifier's labels are its class indices or codes`,
  );
}

/**
 * Each output of a run into the prediction arrays, once their shapes are checked: labels fetched in place stay
 * pending (see keepPendingLabels), others are kept narrow from the result; probabilities are already in place,
 * else copied. Their values are checked by checkRun (predictionChecks.ts).
 */
export function readOutputs(
  result: Ort.InferenceSession.ReturnType,
  plan: FetchPlan,
  outputs: OutputPlan,
  out: Predictions,
  base: number,
  n: number,
  expected: number,
): void {
  checkRunShapes(plan.shapes, result, n);
  if (outputs.label && labelsInPlace(plan)) plan.pending += n;
  else if (outputs.label) {
    const data = result[outputs.label]!.data as ArrayLike<bigint | number | string>;
    if (typeof data[0] === "string") {
      if (!Array.isArray(out.labels)) out.labels = [];
      for (let r = 0; r < n; r++) (out.labels as string[]).push(data[r] as string);
    } else {
      const need = Math.max(base + n, expected);
      const held = growSame(out.labels as HeldLabels, need);
      out.labels = keepLabels(held, base, data as BigInt64Array | ArrayLike<number>, n);
      if (data instanceof BigInt64Array) refuseUnsafeLabels(plan, out.labels, base, data, n);
    }
  }
  if (outputs.probabilities && !plan.probaDims) {
    const t = result[outputs.probabilities]!;
    const data = t.data as Float32Array | Float64Array;
    const width = t.dims.length === 2 ? Number(t.dims[1]) : 1;
    if (width === 1) keepSingleProbability(out, data, base, n, expected);
    else {
      out.classes = width;
      out.proba = grow(out.proba!, Math.max(base + n, expected) * width, Float32Array);
      out.proba.set(data, base * width);
    }
  }
  if (outputs.value) {
    const data = result[outputs.value]!.data as Float32Array;
    out.values = grow(out.values!, Math.max(base + n, expected), Float64Array);
    for (let r = 0; r < n; r++) out.values[base + r] = data[r]!;
  }
}

/**
 * One probability a row (a sigmoid head: P(second class)) as the two columns [1 − p, p], as scikit-learn's metrics
 * read a 1-d y_pred (1 − p computed in float32, as numpy does on a float32 array). A value outside [0, 1] (a logit
 * or a score) is refused by checkRun, which reads it back from the second column.
 */
function keepSingleProbability(
  out: Predictions,
  data: Float32Array | Float64Array,
  base: number,
  n: number,
  expected: number,
): void {
  out.classes = 2;
  const proba = (out.proba = grow(out.proba!, Math.max(base + n, expected) * 2, Float32Array));
  for (let r = 0; r < n; r++) {
    const p = data[r]!;
    proba[2 * (base + r)] = Math.fround(1 - Math.fround(p));
    proba[2 * (base + r) + 1] = p;
  }
}

/**
 * A batch of numeric labels into `dst` from `base`; returns the array that holds them: Int8 while every label
 * fits, then Int32, then Float64 (each widening keeps the labels before). int64 labels go through narrowLabels.
 */
export function keepLabels(
  dst: HeldLabels,
  base: number,
  data: BigInt64Array | ArrayLike<number>,
  n: number,
): HeldLabels {
  if (data instanceof BigInt64Array) return narrowLabels(dst, base, data, n);
  if (dst instanceof Int8Array) {
    if (narrowNumbers(dst, base, data, n, -128, 127)) return dst;
    dst = Int32Array.from(dst);
  }
  if (dst instanceof Int32Array) {
    if (narrowNumbers(dst, base, data, n, -2147483648, 2147483647)) return dst;
    dst = Float64Array.from(dst);
  }
  dst.set(data, base);
  return dst;
}

/** Integers into `dst`; false at the first that is not a whole number in [lo, hi]. */
function narrowNumbers(
  dst: Int8Array | Int32Array,
  base: number,
  data: ArrayLike<number>,
  n: number,
  lo: number,
  hi: number,
): boolean {
  for (let r = 0; r < n; r++) {
    const v = data[r]!;
    if (!Number.isInteger(v) || v < lo || v > hi || Object.is(v, -0)) return false;
    dst[base + r] = v;
  }
  return true;
}

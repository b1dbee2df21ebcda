// The model's outputs into the per-row prediction arrays. Where the shapes are known, onnxruntime writes the outputs
// straight into those arrays (pre-allocated fetches): for a small model, copying them out cost more than a tenth of
// the inference itself. (onnxruntime-node 1.30 still copies every output into a new ArrayBuffer for the result it
// returns, fetched in place or not; a raw session.run pays that copy too.)
import { Buffer } from "node:buffer";

import type { LoadedModel } from "../model/onnxModel.js";
import { type Ort, ort } from "../model/ort.js";
import { Int64Narrowing } from "./int64Narrowing.js";
import { checkRunShapes, type OutputShapes, outputShapes } from "./outputShapes.js";
import type { OutputPlan, Predictions } from "./predictionTypes.js";

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
  /** int64 labels fetched into the narrowing's buffer (it stays in cache), then kept as narrow as they fit. */
  labelDims: number[] | null;
  /** Probabilities written where they belong in `proba`; the class count is the last dim. */
  probaDims: number[] | null;
  /** Where int64 labels are narrowed (little-endian hosts with a label output); it holds LABEL_WINDOW_RUNS runs. */
  narrowing: Int64Narrowing | null;
  /** Labels fetched into the narrowing's buffer and not kept yet: how many, and the prediction row of the first. */
  pending: number;
  pendingBase: number;
}

/**
 * Runs whose labels onnxruntime writes one after another into the narrowing's buffer before they are narrowed and
 * kept in one go: the JavaScript between two runs then stays a few views and tensors, and the narrowing call, its
 * views and copy are paid once per eight runs.
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
  return {
    model: model.path,
    names,
    shapes: outputShapes(model.path, outputs, model.signature.outputs),
    labelDims: fixed ? rowDims(model, outputs.label, "int64", (d) => d.every((x) => x === 1)) : null,
    probaDims: fixed ? rowDims(model, outputs.probabilities, "float32", (d) => d.length === 1 && d[0]! >= 2) : null,
    narrowing: outputs.label && LITTLE_ENDIAN ? new Int64Narrowing(batchSize * LABEL_WINDOW_RUNS) : null,
    pending: 0,
    pendingBase: 0,
  };
}

/** int64 labels fetched in place: into the narrowing's buffer, then kept by keepPendingLabels. */
function labelsInPlace(plan: FetchPlan): plan is FetchPlan & { labelDims: number[]; narrowing: Int64Narrowing } {
  return plan.labelDims !== null && plan.narrowing !== null;
}

/**
 * The fetches of one run: a tensor over our arrays for each output we can take in place (the arrays are sized
 * first), null for the ones onnxruntime allocates. Labels go after the ones pending in the narrowing's buffer,
 * which is emptied first when this run's would not fit.
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
    if (plan.pending + n > plan.narrowing.rows) keepPendingLabels(plan, out, expected);
    if (plan.pending === 0) plan.pendingBase = base;
    const at = plan.pending;
    fetches[outputs.label] = new T("int64", plan.narrowing.labels.subarray(at, at + n), [n, ...plan.labelDims]);
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
 * The labels pending in the narrowing's buffer into the prediction array, as narrow as they fit. predict() calls it
 * after its last run too.
 */
export function keepPendingLabels(plan: FetchPlan, out: Predictions, expected: number): void {
  if (!plan.narrowing || plan.pending === 0) return;
  const base = plan.pendingBase;
  const n = plan.pending;
  const held = growSame(out.labels as Int8Array | Int32Array | Float64Array, Math.max(base + n, expected));
  out.labels = keepLabels(held, base, plan.narrowing.labels.subarray(0, n), n, plan.narrowing);
  plan.pending = 0;
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
      const held = growSame(out.labels as Int8Array | Int32Array | Float64Array, need);
      out.labels = keepLabels(held, base, data as BigInt64Array | ArrayLike<number>, n, plan.narrowing);
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
 * int64 labels as numbers. Number(bigint) costs more per row than a small model's inference, so the low and high
 * 32-bit words are read instead (little-endian, as onnxruntime hands them); exact for |label| < 2^53.
 */
export function readInt64(dst: Float64Array, base: number, data: BigInt64Array, n: number): void {
  if (!LITTLE_ENDIAN) {
    for (let r = 0; r < n; r++) dst[base + r] = Number(data[r]);
    return;
  }
  const words = new Int32Array(data.buffer, data.byteOffset, n * 2);
  for (let r = 0; r < n; r++) dst[base + r] = words[2 * r + 1]! * 4294967296 + (words[2 * r]! >>> 0);
}

/**
 * A batch of numeric labels into `dst` from `base`; returns the array that holds them: Int8 while every label
 * fits, then Int32, then Float64 (each widening keeps the labels before). int64 labels are narrowed in
 * `narrowing` (copied into it first unless they are there already).
 */
export function keepLabels(
  dst: Int8Array | Int32Array | Float64Array,
  base: number,
  data: BigInt64Array | ArrayLike<number>,
  n: number,
  narrowing?: Int64Narrowing | null,
): Int8Array | Int32Array | Float64Array {
  if (data instanceof BigInt64Array && LITTLE_ENDIAN) {
    const w = narrowing && narrowing.rows >= n ? narrowing : new Int64Narrowing(n);
    if (data.buffer !== w.labels.buffer || data.byteOffset !== 0) w.labels.set(data.subarray(0, n));
    if (dst instanceof Int8Array) {
      if (w.toInt8(dst, base, n)) return dst;
      dst = Int32Array.from(dst);
    }
    if (dst instanceof Int32Array) {
      if (w.toInt32(dst, base, n)) return dst;
      dst = Float64Array.from(dst);
    }
    readInt64(dst, base, data, n);
    return dst;
  }
  const numbers = data instanceof BigInt64Array ? Array.from(data, Number) : data;
  if (dst instanceof Int8Array) {
    if (narrowNumbers(dst, base, numbers, n, -128, 127)) return dst;
    dst = Int32Array.from(dst);
  }
  if (dst instanceof Int32Array) {
    if (narrowNumbers(dst, base, numbers, n, -2147483648, 2147483647)) return dst;
    dst = Float64Array.from(dst);
  }
  dst.set(numbers, base);
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

// The model's outputs into the per-row prediction arrays. Where the shapes are known, onnxruntime writes the outputs
// straight into those arrays (pre-allocated fetches): for a small model, copying them out cost more than a tenth of
// the inference itself.
import type { LoadedModel } from "../model/onnxModel.js";
import { type Ort, ort } from "../model/ort.js";
import type { OutputPlan, Predictions } from "./predict.js";

export function grow<T extends Float32Array | Float64Array | Int32Array | Int8Array | Uint8Array>(
  a: T,
  need: number,
  make: (n: number) => T,
): T {
  if (need <= a.length) return a;
  const b = make(Math.max(need, a.length * 2));
  b.set(a);
  return b;
}

/** How each output is fetched: into our arrays (its dims after the row count), or handed back by onnxruntime. */
export interface FetchPlan {
  names: string[];
  /** int64 labels fetched into a reused buffer (it stays in cache), then kept as narrow as they fit. */
  labelDims: number[] | null;
  /** Probabilities written where they belong in `proba`; the class count is the last dim. */
  probaDims: number[] | null;
  labelScratch: BigInt64Array;
}

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
    names,
    labelDims: fixed ? rowDims(model, outputs.label, "int64", (d) => d.every((x) => x === 1)) : null,
    probaDims: fixed ? rowDims(model, outputs.probabilities, "float32", (d) => d.length === 1) : null,
    labelScratch: new BigInt64Array(batchSize),
  };
}

/**
 * The fetches of one run: a tensor over our arrays for each output we can take in place (the arrays are sized
 * first), null for the ones onnxruntime allocates.
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
  if (plan.labelDims && outputs.label) {
    fetches[outputs.label] = new T("int64", plan.labelScratch.subarray(0, n), [n, ...plan.labelDims]);
  }
  if (plan.probaDims && outputs.probabilities && out.proba) {
    const c = plan.probaDims[0]!;
    out.classes = c;
    out.proba = grow(out.proba, rows * c, (k) => new Float32Array(k));
    fetches[outputs.probabilities] = new T("float32", out.proba.subarray(base * c, (base + n) * c), [n, c]);
  }
  return fetches;
}

/** Each output of a run into the prediction arrays: labels from the reused buffer or the result, kept narrow; probabilities already in place, else copied. */
export function readOutputs(
  result: Ort.InferenceSession.ReturnType,
  plan: FetchPlan,
  outputs: OutputPlan,
  out: Predictions,
  base: number,
  n: number,
  expected: number,
): void {
  if (outputs.label) {
    const data = plan.labelDims
      ? plan.labelScratch.subarray(0, n)
      : (result[outputs.label]!.data as ArrayLike<bigint | number | string>);
    if (typeof data[0] === "string") {
      if (!Array.isArray(out.labels)) out.labels = [];
      for (let r = 0; r < n; r++) (out.labels as string[]).push(data[r] as string);
    } else {
      const need = Math.max(base + n, expected);
      const held = out.labels as Int8Array | Int32Array | Float64Array;
      if (held instanceof Int8Array) out.labels = grow(held, need, (k) => new Int8Array(k));
      else if (held instanceof Int32Array) out.labels = grow(held, need, (k) => new Int32Array(k));
      else out.labels = grow(held, need, (k) => new Float64Array(k));
      out.labels = keepLabels(out.labels, base, data as BigInt64Array | ArrayLike<number>, n);
    }
  }
  if (outputs.probabilities && !plan.probaDims) {
    const t = result[outputs.probabilities]!;
    out.classes = Number(t.dims[1]);
    out.proba = grow(out.proba!, Math.max(base + n, expected) * out.classes, (k) => new Float32Array(k));
    out.proba.set(t.data as Float32Array, base * out.classes);
  }
  if (outputs.value) {
    const data = result[outputs.value]!.data as Float32Array;
    out.values = grow(out.values!, Math.max(base + n, expected), (k) => new Float64Array(k));
    for (let r = 0; r < n; r++) out.values[base + r] = data[r]!;
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
 * fits, then Int32, then Float64 (each widening keeps the labels before).
 */
export function keepLabels(
  dst: Int8Array | Int32Array | Float64Array,
  base: number,
  data: BigInt64Array | ArrayLike<number>,
  n: number,
): Int8Array | Int32Array | Float64Array {
  const words =
    data instanceof BigInt64Array && LITTLE_ENDIAN ? new Int32Array(data.buffer, data.byteOffset, n * 2) : null;
  const numbers = data instanceof BigInt64Array ? (words ? null : Array.from(data, Number)) : data;
  if (dst instanceof Int8Array) {
    if (words ? int64ToInt8(dst, base, words, n) : narrowNumbers(dst, base, numbers!, n, -128, 127)) return dst;
    dst = Int32Array.from(dst);
  }
  if (dst instanceof Int32Array) {
    const [lo, hi] = [-2147483648, 2147483647];
    if (words ? int64ToInt32(dst, base, words, n) : narrowNumbers(dst, base, numbers!, n, lo, hi)) return dst;
    dst = Float64Array.from(dst);
  }
  if (data instanceof BigInt64Array) readInt64(dst, base, data, n);
  else dst.set(data, base);
  return dst;
}

// The two loops below store every row and test once, after the loop: a branch per row cost more than the store
// (2–2.5 ns a row against about 1). Each takes one array type, so V8 compiles its store for that type alone. On a
// false return the rows from `base` hold truncated values, and the caller writes them again into a wider array.

/** int64 labels (little-endian word pairs) into Int8; false if one is outside [−128, 127]. */
function int64ToInt8(dst: Int8Array, base: number, words: Int32Array, n: number): boolean {
  let bad = 0;
  for (let r = 0; r < n; r++) {
    const low = words[2 * r]!;
    // The high word must be the low word's sign, and low + 128 must fit in 8 bits.
    bad |= (words[2 * r + 1]! ^ (low >> 31)) | ((low + 128) & ~255);
    dst[base + r] = low;
  }
  return bad === 0;
}

/** int64 labels (little-endian word pairs) into Int32; false if one does not fit in 32 bits. */
function int64ToInt32(dst: Int32Array, base: number, words: Int32Array, n: number): boolean {
  let bad = 0;
  for (let r = 0; r < n; r++) {
    const low = words[2 * r]!;
    bad |= words[2 * r + 1]! ^ (low >> 31);
    dst[base + r] = low;
  }
  return bad === 0;
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

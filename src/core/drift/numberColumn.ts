// A numeric column's non-null values, kept for exact KS and Wasserstein in half the memory where the data allows:
// decimals and integers (what CSV columns mostly hold) are stored as Int32 with a decimal exponent,
// value = q / 10^e (e < 0: q · 10^−e). The mapping back is exact: q and 10^e are exact doubles and IEEE division
// is correctly rounded, so q / 10^e is the double nearest q·10^−e, the very double the parser made of that text;
// and it keeps order, so sorting the integers sorts the values. A value with no such form (a binary fraction,
// a wide range) turns the column to Float64 for good.

import { radixSortFloat64 } from "./radixSort.js";

const MAX_Q = 2 ** 31 - 1;
const MIN_EXPONENT = -9;
const MAX_EXPONENT = 9;
// Up to 10^18: a rescale can go from the coarsest exponent to the finest.
const POW10 = Array.from({ length: MAX_EXPONENT - MIN_EXPONENT + 1 }, (_x, k) => 10 ** k);

/** Sorted non-null values: scaled integers, or doubles. */
export type SortedNumbers =
  { kind: "scaled"; ints: Int32Array; exponent: number } | { kind: "float"; floats: Float64Array };

export const numbersLength = (s: SortedNumbers): number => (s.kind === "scaled" ? s.ints.length : s.floats.length);

/** The integer holding v at exponent e, or null when v has no exact form there. */
function scaled(v: number, e: number): number | null {
  const q = e >= 0 ? Math.round(v * POW10[e]!) : v / POW10[-e]!;
  if (!Number.isInteger(q) || q > MAX_Q || q < -MAX_Q) return null;
  return (e >= 0 ? q / POW10[e]! : q * POW10[-e]!) === v ? q : null;
}

/** The values as doubles: a new array for scaled integers, or a view of `into` when it is long enough. */
export function floatsOf(s: SortedNumbers, into?: Float64Array): Float64Array {
  if (s.kind === "float") return s.floats;
  const out = into && into.length >= s.ints.length ? into.subarray(0, s.ints.length) : new Float64Array(s.ints.length);
  const p = POW10[Math.abs(s.exponent)]!;
  if (s.exponent >= 0) for (let i = 0; i < out.length; i++) out[i] = s.ints[i]! / p;
  else for (let i = 0; i < out.length; i++) out[i] = s.ints[i]! * p;
  return out;
}

/** Integers at exponent e ≥ 0 from a batch, until one does not fit; returns how many cells were consumed. */
function appendPositive(
  dst: Int32Array,
  at: number,
  v: Float64Array,
  st: Uint8Array,
  from: number,
  n: number,
  p: number,
) {
  let k = at;
  let r = from;
  let max = 0;
  for (; r < n; r++) {
    if (st[r] !== 0) continue;
    const x = v[r]!;
    const q = Math.round(x * p);
    const a = Math.abs(q);
    if (q / p !== x || a > MAX_Q) break;
    if (a > max) max = a;
    dst[k++] = q;
  }
  return { r, k, max };
}

/** The same at e < 0 (values that are multiples of 10^−e). */
function appendNegative(
  dst: Int32Array,
  at: number,
  v: Float64Array,
  st: Uint8Array,
  from: number,
  n: number,
  p: number,
) {
  let k = at;
  let r = from;
  let max = 0;
  for (; r < n; r++) {
    if (st[r] !== 0) continue;
    const x = v[r]!;
    const q = x / p;
    const a = Math.abs(q);
    if (!Number.isInteger(q) || a > MAX_Q || q * p !== x) break;
    if (a > max) max = a;
    dst[k++] = q;
  }
  return { r, k, max };
}

/** Zeros, before any value has chosen the exponent. */
function appendZeros(dst: Int32Array, at: number, v: Float64Array, st: Uint8Array, from: number, n: number) {
  let k = at;
  let r = from;
  for (; r < n; r++) {
    if (st[r] !== 0) continue;
    if (v[r] !== 0) break;
    dst[k++] = 0;
  }
  return { r, k, max: 0 };
}

function appendFloats(dst: Float64Array, at: number, v: Float64Array, st: Uint8Array, from: number, n: number) {
  let k = at;
  for (let r = from; r < n; r++) if (st[r] === 0) dst[k++] = v[r]!;
  return k;
}

const NO_INTS = new Int32Array(0);

/** The first `n` values of `a`: `a` itself when it holds exactly those (a view is one more object per column). */
const firstOf = <A extends Int32Array | Float64Array>(a: A, n: number): A =>
  a.length === n ? a : (a.subarray(0, n) as A);

export class NumberColumn {
  /** Empty until reserved: shared, since an array per column costs a wide table time and memory (issue 16). */
  private ints: Int32Array | null = NO_INTS;
  private floats: Float64Array | null = null;
  /** null until the first non-zero value chooses it (the coarsest exponent that value fits). */
  private exponent: number | null = null;
  private maxAbs = 0;
  length = 0;

  get isFloat(): boolean {
    return this.floats !== null;
  }

  get capacity(): number {
    return this.ints ? this.ints.length : this.floats!.length;
  }

  /** Room for `capacity` values in all (sized once from the table's row estimate, so nothing is joined later). */
  reserve(capacity: number): void {
    if (capacity <= this.capacity) return;
    if (this.ints) {
      const next = new Int32Array(capacity);
      next.set(this.ints.subarray(0, this.length));
      this.ints = next;
    } else {
      const next = new Float64Array(capacity);
      next.set(this.floats!.subarray(0, this.length));
      this.floats = next;
    }
  }

  /** Append a batch's OK cells (room for all of them must be reserved). */
  append(values: Float64Array, status: Uint8Array, n: number): void {
    let r = 0;
    while (r < n) {
      if (this.floats) {
        this.length = appendFloats(this.floats, this.length, values, status, r, n);
        return;
      }
      const e = this.exponent;
      const ints = this.ints!;
      const done =
        e === null
          ? appendZeros(ints, this.length, values, status, r, n)
          : e >= 0
            ? appendPositive(ints, this.length, values, status, r, n, POW10[e]!)
            : appendNegative(ints, this.length, values, status, r, n, POW10[-e]!);
      this.maxAbs = Math.max(this.maxAbs, done.max);
      this.length = done.k;
      r = done.r;
      if (r < n) this.admit(values[r++]!);
    }
  }

  /** A value the current form cannot hold: a finer exponent for all, or doubles from now on. */
  private admit(v: number): void {
    const from = this.exponent ?? MIN_EXPONENT;
    for (let e = from; Number.isFinite(v) && e <= MAX_EXPONENT; e++) {
      const q = scaled(v, e);
      if (q === null) continue;
      const factor = this.exponent === null ? 1 : POW10[e - this.exponent]!;
      if (this.maxAbs * factor > MAX_Q) break;
      const ints = this.ints!;
      if (factor !== 1) for (let i = 0; i < this.length; i++) ints[i] = ints[i]! * factor;
      this.maxAbs = Math.max(this.maxAbs * factor, Math.abs(q));
      this.exponent = e;
      ints[this.length++] = q;
      return;
    }
    this.toFloats();
    this.floats![this.length++] = v;
  }

  private toFloats(): void {
    const ints = this.ints!;
    this.floats = new Float64Array(ints.length);
    floatsOf({ kind: "scaled", ints: ints.subarray(0, this.length), exponent: this.exponent ?? 0 }, this.floats);
    this.ints = null;
  }

  /** Sort and hand over the values (the column is spent). `scratch` is shared by the columns of a table. */
  finish(scratch: { ints?: Int32Array; floats?: Float64Array }): SortedNumbers {
    // Room reserved from an estimate that proved high is given back (a view would keep the whole buffer alive).
    const tight = this.capacity <= this.length * 1.1 + 1024;
    if (this.ints) {
      const kept = tight ? firstOf(this.ints, this.length) : this.ints.slice(0, this.length);
      this.ints = null;
      return { kind: "scaled", ints: radixSortInt32(kept, scratch.ints), exponent: this.exponent ?? 0 };
    }
    const kept = tight ? firstOf(this.floats!, this.length) : this.floats!.slice(0, this.length);
    this.floats = null;
    return { kind: "float", floats: radixSortFloat64(kept, scratch.floats) };
  }
}

/** LSD radix sort of int32s in place, three passes of 11, 11 and 10 bits on the sign-flipped bits. */
export function radixSortInt32(values: Int32Array, scratch?: Int32Array): Int32Array {
  const n = values.length;
  if (n < 512) return values.sort();
  const counts = new Uint32Array(3 * 2048);
  for (let i = 0; i < n; i++) {
    const key = (values[i]! ^ 0x80000000) >>> 0;
    counts[key & 2047]!++;
    counts[2048 + ((key >>> 11) & 2047)]!++;
    counts[4096 + (key >>> 22)]!++;
  }
  let src = values;
  let dst = scratch && scratch.length >= n ? scratch.subarray(0, n) : new Int32Array(n);
  for (let d = 0; d < 3; d++) {
    const base = d * 2048;
    const shift = d * 11;
    let skip = false;
    let sum = 0;
    for (let k = 0; k < 2048; k++) {
      const c = counts[base + k]!;
      if (c === n) skip = true;
      counts[base + k] = sum;
      sum += c;
    }
    // A digit every value shares does not reorder anything.
    if (skip) continue;
    for (let i = 0; i < n; i++) {
      const x = src[i]!;
      dst[counts[base + ((((x ^ 0x80000000) >>> 0) >>> shift) & 2047)]!++] = x;
    }
    [src, dst] = [dst, src];
  }
  if (src !== values) values.set(src);
  return values;
}

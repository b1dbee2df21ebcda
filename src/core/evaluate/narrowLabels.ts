// int64 labels, as onnxruntime writes them, kept in the narrowest of Int8, Int32 and Float64 that holds them: a
// classifier's labels are small integers, and 1 byte a row instead of 8 is what the metrics then read. An int64 is
// read as its two Int32 words: a BigInt a row (Number(label)) costs more than a small model's inference.
//
// A 128-bit WebAssembly loop did this until issue 17: 0.6–0.7 ns a row against 1.7 for the loop below, each call
// timed alone. Yet in the evaluate benchmark, paired round by round, predict() ran 1.03× as fast with this loop as
// with that one (1.02–1.04 in six series of 101 rounds): it paid a module instance and its memory on every call,
// and a copy out of that memory. So its 240 lines of hand-assembled bytecode went.

export type HeldLabels = Int8Array | Int32Array | Float64Array;

const LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;
// Where each word of an int64 lies in an Int32Array view of it.
const LO = LITTLE_ENDIAN ? 0 : 1;
const HI = 1 - LO;

/**
 * The first n of `labels` into `dst` from `base`; returns the array that holds them: `dst` while every label fits
 * it, else Int32 then Float64 (each widening keeps the rows before). Float64 holds labels exactly up to
 * ±(2^53 − 1); beyond, a label is the nearest float64 (as Number(bigint)), and firstUnsafeLabel finds it.
 */
export function narrowLabels(dst: HeldLabels, base: number, labels: BigInt64Array, n: number): HeldLabels {
  if (dst instanceof Int8Array) {
    if (toInt8(dst, base, labels, n)) return dst;
    dst = Int32Array.from(dst);
  }
  if (dst instanceof Int32Array) {
    if (toInt32(dst, base, labels, n)) return dst;
    dst = Float64Array.from(dst);
  }
  readInt64(dst, base, labels, n);
  return dst;
}

/** The first of n labels from `base` that float64 does not hold exactly (|label| ≥ 2^53); −1 when none. */
export function firstUnsafeLabel(held: HeldLabels, base: number, n: number): number {
  if (!(held instanceof Float64Array)) return -1;
  for (let r = 0; r < n; r++) if (!Number.isSafeInteger(held[base + r]!)) return r;
  return -1;
}

/** int64 labels as float64, from their two words: exact for |label| < 2^53, else rounded once (as Number()). */
export function readInt64(dst: Float64Array, base: number, data: BigInt64Array, n: number): void {
  const words = new Int32Array(data.buffer, data.byteOffset, n * 2);
  // hi × 2^32 is exact, and one addition rounds the exact sum to nearest: Number(bigint)'s result.
  for (let r = 0, i = 0; r < n; r++, i += 2) dst[base + r] = words[i + HI]! * 4294967296 + (words[i + LO]! >>> 0);
}

// A row fits Int32 when its high word is its low word's sign: hi + (lo >>> 31) is 0 (0 + 0, or −1 + 1); Int8 when
// moreover lo + 128 lies in [0, 256). The checks are or-ed over the rows (no branch a row); every row is stored,
// and on a false the caller widens the array and stores them again.

/**
 * n labels into `held` from `base` as Int8; false if one does not fit. Four rows an iteration, into a view from
 * `base`: a quarter less time than one row at a time (bench/perRow.ts: 1.7–2.9 ns a row against 2.3–3.9, with the
 * machine's load), and a classifier's labels are most often Int8.
 */
function toInt8(held: Int8Array, base: number, data: BigInt64Array, n: number): boolean {
  const w = new Int32Array(data.buffer, data.byteOffset, n * 2);
  const dst = held.subarray(base, base + n);
  let bad = 0;
  let r = 0;
  for (let i = 0; r + 4 <= n; r += 4, i += 8) {
    const a = w[i + LO]!;
    const b = w[i + 2 + LO]!;
    const c = w[i + 4 + LO]!;
    const d = w[i + 6 + LO]!;
    bad |= (w[i + HI]! + (a >>> 31)) | (w[i + 2 + HI]! + (b >>> 31));
    bad |= (w[i + 4 + HI]! + (c >>> 31)) | (w[i + 6 + HI]! + (d >>> 31));
    bad |= ((a + 128) | (b + 128) | (c + 128) | (d + 128)) & -256;
    dst[r] = a;
    dst[r + 1] = b;
    dst[r + 2] = c;
    dst[r + 3] = d;
  }
  for (let i = 2 * r; r < n; r++, i += 2) {
    const lo = w[i + LO]!;
    bad |= (w[i + HI]! + (lo >>> 31)) | ((lo + 128) & -256);
    dst[r] = lo;
  }
  return bad === 0;
}

/** n labels into dst from base as Int32; false if one does not fit. */
function toInt32(dst: Int32Array, base: number, data: BigInt64Array, n: number): boolean {
  const words = new Int32Array(data.buffer, data.byteOffset, n * 2);
  let bad = 0;
  for (let r = 0, i = 0; r < n; r++, i += 2) {
    const lo = words[i + LO]!;
    bad |= words[i + HI]! + (lo >>> 31);
    dst[base + r] = lo;
  }
  return bad === 0;
}

// int64 labels, as onnxruntime writes them, kept in the narrowest of Int8, Int32 and Float64 that holds them: a
// classifier's labels are small integers, and 1 byte a row instead of 8 is what the metrics then read. One entry
// point, narrowLabels(); where the rows are narrowed is the buffer's business: a WebAssembly vector loop
// (int64Narrowing.ts) when the runtime has WebAssembly, else the JavaScript loops below, with the same results.
import { type WasmNarrowing, wasmNarrowing } from "./int64Narrowing.js";

export type HeldLabels = Int8Array | Int32Array | Float64Array;

/** Where onnxruntime writes up to `rows` int64 labels (the fetch's data) before narrowLabels keeps them. */
export interface LabelBuffer {
  readonly labels: BigInt64Array;
  readonly rows: number;
  /** The WebAssembly narrowing whose memory `labels` lies in; null where the JavaScript loops narrow them. */
  readonly wasm: WasmNarrowing | null;
}

const LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;
// An int64 read as two Int32 words (as fast as JavaScript reads it: a BigInt per row costs more than inference).
const LO = LITTLE_ENDIAN ? 0 : 1;
const HI = 1 - LO;

/**
 * A buffer for `rows` labels: in WebAssembly memory when the runtime has WebAssembly, the host is little-endian
 * (WebAssembly memory is) and `webAssembly` is not false; otherwise a plain BigInt64Array.
 */
export function labelBuffer(rows: number, options: { webAssembly?: boolean } = {}): LabelBuffer {
  const wasm = options.webAssembly !== false && LITTLE_ENDIAN ? wasmNarrowing(rows) : null;
  return { labels: wasm?.labels ?? new BigInt64Array(rows), rows, wasm };
}

/**
 * The first n labels of `buffer` into `dst` from `base`; returns the array that holds them: `dst` while every
 * label fits it, else Int32 then Float64 (each widening keeps the rows before). Float64 holds labels exactly up to
 * ±(2^53 − 1); beyond, a label is the nearest float64 (as Number(bigint)): firstUnsafeLabel finds it.
 */
export function narrowLabels(dst: HeldLabels, base: number, buffer: LabelBuffer, n: number): HeldLabels {
  const { labels, wasm } = buffer;
  if (dst instanceof Int8Array) {
    if (wasm ? wasm.toInt8(dst, base, n) : toInt8(dst, base, labels, n)) return dst;
    dst = Int32Array.from(dst);
  }
  if (dst instanceof Int32Array) {
    if (wasm ? wasm.toInt32(dst, base, n) : toInt32(dst, base, labels, n)) return dst;
    dst = Float64Array.from(dst);
  }
  readInt64(dst, base, labels, n);
  return dst;
}

/** The first of n labels from `base` that is not exact in float64 (|label| ≥ 2^53); −1 when none. */
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
// and on a false the caller widens and stores them again.

/** n labels into dst from base as Int8; false if one does not fit. */
function toInt8(dst: Int8Array, base: number, data: BigInt64Array, n: number): boolean {
  const words = new Int32Array(data.buffer, data.byteOffset, n * 2);
  let bad = 0;
  for (let r = 0, i = 0; r < n; r++, i += 2) {
    const lo = words[i + LO]!;
    bad |= (words[i + HI]! + (lo >>> 31)) | ((lo + 128) & -256);
    dst[base + r] = lo;
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

import { hash32 } from "./hash.js";

/** HyperLogLog precision: 2^12 registers, a standard error of about 1.04/sqrt(4096) = 1.6 %. */
export const HLL_P = 12;
const M = 1 << HLL_P;
const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

/**
 * Registers set, up to which they are kept as a list rather than all 4,096: a table of 100,000 short columns
 * would otherwise hold (and write to its profile) 400 MB of registers that are nearly all zero (issue 16).
 * Small, since each value added to a sparse sketch scans the list.
 */
export const SPARSE_MAX = 64;
/** The text form of a sparse sketch: this prefix (not base64, so never mistaken for the dense form), then the entries. */
const SPARSE_PREFIX = "sparse:";

/** The largest rank of a 32-bit hash's remaining bits, sentinel included. */
const MAX_RANK = 32 - HLL_P + 1;
/** 2^−r for every register value (a rank is at most 64 − p + 1). */
const INVERSE_POWERS = Float64Array.from({ length: 66 }, (_x, r) => 2 ** -r);

/**
 * A HyperLogLog distinct-count sketch; merging takes the register-wise maximum, so shards merge exactly. While few
 * registers are set it keeps them as a list (index << 8 | rank); the estimate is the same either way.
 */
export class HyperLogLog {
  private dense: Uint8Array | null;
  private sparse: number[] = [];

  constructor(registers?: Uint8Array) {
    this.dense = registers ?? null;
  }

  /** Add a number: one 32-bit mix of its bits is all HyperLogLog needs, and this is the hot path. */
  addNumber(x: number): void {
    f64[0] = x === 0 ? 0 : x;
    let h = u32[0]! ^ Math.imul(u32[1]!, 0x9e3779b1);
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    this.add32(h >>> 0);
  }

  add(hash52: number): void {
    this.add32(hash32(hash52));
  }

  private add32(h: number): void {
    const idx = h >>> (32 - HLL_P);
    const rest = (h << HLL_P) | (1 << (HLL_P - 1)); // a sentinel bit bounds the rank
    const rank = Math.clz32(rest) + 1;
    this.raise(idx, rank);
  }

  /** Register `idx` to at least `rank`, in whichever form the sketch is (the list may turn dense on the way). */
  private raise(idx: number, rank: number): void {
    const d = this.dense;
    if (d) {
      if (rank > d[idx]!) d[idx] = rank;
      return;
    }
    const s = this.sparse;
    for (let i = 0; i < s.length; i++) {
      const e = s[i]!;
      if (e >>> 8 !== idx) continue;
      if (rank > (e & 255)) s[i] = (idx << 8) | rank;
      return;
    }
    if (s.length < SPARSE_MAX) s.push((idx << 8) | rank);
    else this.densify()[idx] = rank;
  }

  private densify(): Uint8Array {
    if (this.dense) return this.dense;
    const d = new Uint8Array(M);
    for (const e of this.sparse) d[e >>> 8] = e & 255;
    this.sparse = [];
    this.dense = d;
    return d;
  }

  /** Whether the registers are all kept (past SPARSE_MAX set), for tests of the memory a column holds. */
  get isDense(): boolean {
    return this.dense !== null;
  }

  merge(other: HyperLogLog): void {
    if (!this.dense && !other.dense) {
      for (const e of other.sparse) this.raise(e >>> 8, e & 255);
      return;
    }
    const d = this.densify();
    if (other.dense) {
      const o = other.dense;
      for (let i = 0; i < M; i++) if (o[i]! > d[i]!) d[i] = o[i]!;
    } else for (const e of other.sparse) if ((e & 255) > d[e >>> 8]!) d[e >>> 8] = e & 255;
  }

  /** The estimate, with the small-range (linear counting) correction of Flajolet et al. */
  estimate(): number {
    // 2 ** -r per register was most of a drift-from-profiles run's own time; the table holds the same doubles.
    let sum = 0;
    let zeros = 0;
    if (this.dense) {
      const d = this.dense;
      for (let i = 0; i < M; i++) {
        const r = d[i]!;
        sum += INVERSE_POWERS[r] ?? 2 ** -r;
        if (r === 0) zeros++;
      }
    } else {
      zeros = M - this.sparse.length;
      sum = zeros;
      for (const e of this.sparse) sum += INVERSE_POWERS[e & 255]!;
    }
    const alpha = 0.7213 / (1 + 1.079 / M);
    const raw = (alpha * M * M) / sum;
    if (raw <= 2.5 * M && zeros > 0) return Math.round(M * Math.log(M / zeros));
    return Math.round(raw);
  }

  /** The registers as text: base64 of all 4,096, or of the set ones (3 bytes each, by index) after "sparse:". */
  toBase64(): string {
    if (this.dense) return Buffer.from(this.dense).toString("base64");
    const entries = [...this.sparse].sort((a, b) => a - b);
    const bytes = Buffer.alloc(entries.length * 3);
    entries.forEach((e, i) => bytes.writeUIntBE(e, i * 3, 3));
    return SPARSE_PREFIX + bytes.toString("base64");
  }

  static fromBase64(text: string): HyperLogLog {
    const problem = hllTextProblem(text);
    if (problem) throw new Error(`a HyperLogLog sketch ${problem}`);
    if (!text.startsWith(SPARSE_PREFIX)) return new HyperLogLog(new Uint8Array(Buffer.from(text, "base64")));
    const s = new HyperLogLog();
    const bytes = Buffer.from(text.slice(SPARSE_PREFIX.length), "base64");
    for (let i = 0; i < bytes.length; i += 3) {
      const e = bytes.readUIntBE(i, 3);
      s.raise(e >>> 8, e & 255);
    }
    return s;
  }
}

/** Why `text` is not a sketch this code wrote (null when it is): a profile's sketch is checked before it is trusted. */
export function hllTextProblem(text: string): string | null {
  const sparse = text.startsWith(SPARSE_PREFIX);
  const body = sparse ? text.slice(SPARSE_PREFIX.length) : text;
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(body) || body.length % 4 !== 0) return "is not base64";
  const bytes = Buffer.from(body, "base64");
  if (!sparse) return bytes.length === M ? null : `holds ${bytes.length} registers, not ${M}`;
  if (bytes.length % 3 !== 0 || bytes.length / 3 > SPARSE_MAX) return "has a malformed sparse list";
  for (let i = 0; i < bytes.length; i += 3)
    if (bytes.readUIntBE(i, 2) >= M || bytes[i + 2]! < 1 || bytes[i + 2]! > MAX_RANK)
      return "has a register out of range";
  return null;
}

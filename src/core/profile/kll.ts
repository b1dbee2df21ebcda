// A KLL quantile sketch (Karnin, Lang, Liberty 2016) with a seeded generator, so the same data gives the same
// sketch on every run and machine, and a block sampler below it: once a stream is long, each block of 2^s
// values sends one value chosen at random to level s. That keeps the cost per value at a counter step and the
// sampling error below 1/(2*sqrt(SAMPLE_TARGET)) ≈ 0.39 % of rank; KLL itself adds about 0.7 % at k = 512.
import { MULBERRY_STEP, mulberryOutput } from "../random.js";

export const KLL_K = 512;
/** The rank error stated for a sketch that has compacted or sampled: 0.7 % (KLL, k = 512) + 0.39 % (sampler). */
export const KLL_RANK_ERROR = 0.011;
const SAMPLE_TARGET = 16_384;
const C = 2 / 3;
const NO_BLOCK = new Float64Array(0);

/** The state a profile stores: levels of values, level h weighing 2^h each, and the pending sampler block. */
export interface KllState {
  k: number;
  n: number;
  min: number;
  max: number;
  levels: number[][];
  seed: number;
}

export class KllSketch {
  n = 0;
  min = Infinity;
  max = -Infinity;
  private levels: number[][] = [];
  private seed: number;
  private samplerLevel = 0;
  /** The sampler's pending block: none until sampling starts (a short column never needs one). */
  private block: Float64Array = NO_BLOCK;
  private blockFill = 0;
  /** Level capacities, recomputed only when a level is added. */
  private caps: number[] = [];

  constructor(
    readonly k = KLL_K,
    seed = 0x5eed,
  ) {
    this.seed = seed >>> 0;
    this.addLevel();
  }

  private random(): number {
    // The counter lives in the sketch so a serialised sketch resumes the same sequence.
    return mulberryOutput((this.seed = (this.seed + MULBERRY_STEP) >>> 0));
  }

  /** The CDF table, kept until the sketch changes (quantile() asks for it once per quantile). */
  private cdf: { values: Float64Array; cum: Float64Array; total: number } | null = null;

  /** Add a value (never NaN). */
  add(x: number): void {
    this.cdf = null;
    this.n++;
    if (x < this.min) this.min = x;
    if (x > this.max) this.max = x;
    if (this.samplerLevel === 0) {
      this.insert(x, 0);
      if (this.n >= 2 * SAMPLE_TARGET) this.raiseSampler();
      return;
    }
    this.block[this.blockFill++] = x;
    if (this.blockFill === this.block.length) {
      this.insert(this.block[Math.floor(this.random() * this.block.length)]!, this.samplerLevel);
      this.blockFill = 0;
      if (this.n >= SAMPLE_TARGET << (this.samplerLevel + 1)) this.raiseSampler();
    }
  }

  private raiseSampler(): void {
    // Called only at block boundaries, so no pending value is lost.
    this.samplerLevel++;
    this.block = new Float64Array(1 << this.samplerLevel);
    this.blockFill = 0;
  }

  private insert(x: number, level: number): void {
    while (this.levels.length <= level) this.addLevel();
    const items = this.levels[level]!;
    items.push(x);
    if (items.length >= this.caps[level]!) this.compress();
  }

  private addLevel(): void {
    this.levels.push([]);
    const top = this.levels.length - 1;
    this.caps = this.levels.map((_l, h) => Math.max(2, Math.ceil(this.k * C ** (top - h))));
  }

  private compress(): void {
    for (let h = 0; h < this.levels.length; h++) {
      const items = this.levels[h]!;
      if (items.length < this.caps[h]!) continue;
      if (h + 1 === this.levels.length) this.addLevel();
      const sorted = Float64Array.from(items);
      sortNumbers(sorted, 0, sorted.length - 1);
      // An odd item (the largest) stays behind, so weight is conserved exactly.
      const even = sorted.length - (sorted.length % 2);
      const offset = this.random() < 0.5 ? 0 : 1;
      const up = this.levels[h + 1]!;
      for (let i = offset; i < even; i += 2) up.push(sorted[i]!);
      this.levels[h] = even < sorted.length ? [sorted[even]!] : [];
    }
  }

  /** The serialisable state; values of a pending sampler block go to level 0 with weight 1 each. */
  toState(): KllState {
    const levels = this.levels.map((l) => l.slice());
    for (let i = 0; i < this.blockFill; i++) levels[0]!.push(this.block[i]!);
    return { k: this.k, n: this.n, min: this.min, max: this.max, levels, seed: this.seed };
  }

  static fromState(state: KllState): KllSketch {
    const s = new KllSketch(state.k, state.seed);
    s.n = state.n;
    s.min = state.min;
    s.max = state.max;
    s.levels = [];
    for (const l of state.levels) {
      s.addLevel();
      s.levels[s.levels.length - 1] = l.slice();
    }
    if (s.levels.length === 0) s.addLevel();
    // A restored sketch keeps sampling as densely as its own weight implies.
    while (s.n >= SAMPLE_TARGET << (s.samplerLevel + 1)) s.raiseSampler();
    return s;
  }

  /** Merge another sketch into this one (level by level, then compaction), as KLL allows. */
  merge(other: KllSketch): void {
    this.cdf = null;
    const o = other.toState();
    this.n += o.n;
    this.min = Math.min(this.min, o.min);
    this.max = Math.max(this.max, o.max);
    o.levels.forEach((items, h) => {
      while (this.levels.length <= h) this.addLevel();
      this.levels[h]!.push(...items);
    });
    this.compress();
    while (this.n >= SAMPLE_TARGET << (this.samplerLevel + 1) && this.blockFill === 0) this.raiseSampler();
  }

  /** Sorted values with cumulative weights: the sketch's approximate CDF. */
  cdfTable(): { values: Float64Array; cum: Float64Array; total: number } {
    if (this.cdf) return this.cdf;
    const state = this.toState();
    const pairs: [number, number][] = [];
    state.levels.forEach((items, h) => items.forEach((x) => pairs.push([x, 2 ** h])));
    pairs.sort((a, b) => a[0] - b[0]);
    const values = new Float64Array(pairs.length);
    const cum = new Float64Array(pairs.length);
    let acc = 0;
    pairs.forEach(([x, w], i) => {
      acc += w;
      values[i] = x;
      cum[i] = acc;
    });
    this.cdf = { values, cum, total: acc };
    return this.cdf;
  }

  /**
   * The largest error of the sketch's CDF, as a share of n: 0 while it still holds every value at weight 1,
   * else KLL's ~0.7 % at k = 512 plus the block sampler's 0.39 % (see the top of this file).
   */
  rankError(): number {
    // Exact: every value still at level 0 (a pending sampler block means sampling has begun).
    const atLevel0 = this.levels[0]!.length;
    const exact = this.samplerLevel === 0 && this.levels.every((l, h) => h === 0 || l.length === 0);
    return exact && atLevel0 === this.n ? 0 : KLL_RANK_ERROR;
  }

  /** The approximate q-quantile (0 ≤ q ≤ 1); min and max are exact. */
  quantile(q: number): number {
    if (this.n === 0) return NaN;
    if (q <= 0) return this.min;
    if (q >= 1) return this.max;
    const { values, cum, total } = this.cdfTable();
    const target = q * total;
    for (let i = 0; i < values.length; i++) if (cum[i]! >= target) return values[i]!;
    return this.max;
  }
}

/** In-place quicksort (median of three, insertion sort for short runs): several times faster than TypedArray#sort here. */
function sortNumbers(a: Float64Array, lo: number, hi: number): void {
  while (hi - lo > 16) {
    const mid = (lo + hi) >>> 1;
    if (a[mid]! < a[lo]!) swap(a, mid, lo);
    if (a[hi]! < a[lo]!) swap(a, hi, lo);
    if (a[hi]! < a[mid]!) swap(a, hi, mid);
    const pivot = a[mid]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) swap(a, i++, j--);
    }
    // Recurse into the smaller side, loop on the larger: bounded stack depth.
    if (j - lo < hi - i) {
      sortNumbers(a, lo, j);
      lo = i;
    } else {
      sortNumbers(a, i, hi);
      hi = j;
    }
  }
  for (let i = lo + 1; i <= hi; i++) {
    const x = a[i]!;
    let j = i - 1;
    while (j >= lo && a[j]! > x) {
      a[j + 1] = a[j]!;
      j--;
    }
    a[j + 1] = x;
  }
}

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i]!;
  a[i] = a[j]!;
  a[j] = t;
}

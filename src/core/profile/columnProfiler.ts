import { type ColumnData, type ColumnType, isNumericType, type StringDict } from "../data/types.js";
import { FrequentItems, type FrequentState } from "./frequent.js";
import { hashString } from "./hash.js";
import { HyperLogLog } from "./hll.js";
import { KllSketch, type KllState } from "./kll.js";
import { batchMoments, EMPTY_MOMENTS, mergeMoments, type Moments } from "./moments.js";

/** Integer columns keep exact value counts only while they have at most this many distinct values. */
const INTEGER_TOP_LIMIT = 1024;
/** Shared by every column before its first strings: an array each costs time and memory on a wide table. */
const NO_COUNTS = new Int32Array(0);

/** Everything a column's profile needs to be merged with another shard's: counts, moments and sketches. */
export interface ColumnProfileState {
  name: string;
  type: ColumnType;
  count: number;
  nulls: number;
  invalid: number;
  hll: string;
  moments: Moments | null;
  quantiles: KllState | null;
  frequent: FrequentState | null;
  /** Counts on fixed edges (numeric columns profiled with edges): bin i holds values with i edges ≤ them. */
  bins?: BinsState | null;
}

export interface BinsState {
  edges: number[];
  counts: number[];
}

/** The bin of `v`: how many edges are ≤ v (edges ascending). */
export function binOf(edges: readonly number[], v: number): number {
  let lo = 0;
  let hi = edges.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (edges[mid]! <= v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Accumulates one column's profile batch by batch. */
export class ColumnProfiler {
  count = 0;
  nulls = 0;
  invalid = 0;
  readonly hll = new HyperLogLog();
  moments: Moments = EMPTY_MOMENTS;
  readonly kll: KllSketch | null;
  frequent: FrequentItems | null;
  private intCounts: Map<number, number> | null;
  private dict: StringDict | null = null;
  private codeCounts = NO_COUNTS;
  private readonly binCounts: Float64Array | null;

  constructor(
    readonly name: string,
    readonly type: ColumnType,
    /** Fixed bin edges (ascending), so that profiles of shards and of another table count on the same bins. */
    private readonly edges: readonly number[] | null = null,
  ) {
    const numeric = isNumericType(type);
    this.binCounts = numeric && edges ? new Float64Array(edges.length + 1) : null;
    this.kll = numeric ? new KllSketch() : null;
    this.frequent = type === "string" || type === "boolean" || type === "integer" ? new FrequentItems() : null;
    this.intCounts = type === "integer" ? new Map() : null;
  }

  add(col: ColumnData, length: number): void {
    this.count += length;
    const status = col.status;
    for (let i = 0; i < length; i++) {
      const s = status[i]!;
      if (s === 1) this.nulls++;
      else if (s === 2) this.invalid++;
    }
    if (col.kind === "string") return this.addStrings(col.codes, col.dict, status, length);
    const values = col.values;
    if (col.type === "boolean") {
      let t = 0;
      let f = 0;
      for (let i = 0; i < length; i++) {
        if (status[i] !== 0) continue;
        if (values[i] === 1) t++;
        else f++;
      }
      if (t) this.frequent!.add("true", t);
      if (f) this.frequent!.add("false", f);
      if (t) this.hll.addNumber(1);
      if (f) this.hll.addNumber(0);
      this.moments = mergeMoments(this.moments, batchMoments(values, status, length));
      return;
    }
    const kll = this.kll!;
    const hll = this.hll;
    const bins = this.binCounts;
    for (let i = 0; i < length; i++) {
      if (status[i] !== 0) continue;
      const v = values[i]!;
      kll.add(v);
      hll.addNumber(v);
      if (bins) bins[binOf(this.edges!, v)]!++;
    }
    this.moments = mergeMoments(this.moments, batchMoments(values, status, length));
    const ints = this.intCounts;
    if (ints) {
      for (let i = 0; i < length && ints.size <= INTEGER_TOP_LIMIT; i++) {
        if (status[i] === 0) ints.set(values[i]!, (ints.get(values[i]!) ?? 0) + 1);
      }
      if (ints.size > INTEGER_TOP_LIMIT) {
        this.intCounts = null;
        this.frequent = null;
      }
    }
  }

  private addStrings(codes: Int32Array, dict: StringDict, status: Uint8Array, length: number): void {
    if (dict !== this.dict) {
      this.flushStrings();
      this.dict = dict;
    }
    if (this.codeCounts.length < dict.values.length) {
      const grown = new Int32Array(Math.max(dict.values.length, this.codeCounts.length * 2, 64));
      grown.set(this.codeCounts);
      this.codeCounts = grown;
    }
    const counts = this.codeCounts;
    for (let i = 0; i < length; i++) if (status[i] === 0) counts[codes[i]!]!++;
  }

  /** Move the per-code counts of the current dictionary into the sketches (each distinct value hashed once). */
  private flushStrings(): void {
    const dict = this.dict;
    if (!dict) return;
    const counts = this.codeCounts;
    for (let c = 0; c < dict.values.length; c++) {
      const n = counts[c]!;
      if (n === 0) continue;
      const text = dict.values[c]!;
      this.frequent!.add(text, n);
      this.hll.add(hashString(text));
    }
    this.codeCounts = NO_COUNTS;
    this.dict = null;
  }

  toState(): ColumnProfileState {
    this.flushStrings();
    if (this.intCounts) {
      for (const [v, n] of this.intCounts) this.frequent!.add(String(v), n);
      this.intCounts = new Map();
    }
    return {
      name: this.name,
      type: this.type,
      count: this.count,
      nulls: this.nulls,
      invalid: this.invalid,
      hll: this.hll.toBase64(),
      moments: this.type === "string" ? null : this.moments,
      quantiles: this.kll ? this.kll.toState() : null,
      frequent: this.frequent ? this.frequent.toState() : null,
      ...(this.binCounts ? { bins: { edges: [...this.edges!], counts: [...this.binCounts] } } : {}),
    };
  }
}

// The drift tests other than KS, with the conventions stated in the README: chi-square and the proportions z-test
// as Evidently defines them, Wasserstein distance normed by the reference's standard deviation, and Jensen–Shannon
// distance (natural log, as scipy) and PSI over bins cut at the reference's deciles, empty bins filled with ε.
import { standardDeviation } from "simple-statistics";

import { decileEdgesBy, quantileLinear } from "../quantile.js";
import { chi2Sf, normalSf } from "./special.js";

/** What an empty bin's share becomes in JS and PSI (Evidently's value), so logarithms stay finite. */
export const EMPTY_BIN_SHARE = 0.0001;

export interface TestResult {
  statistic: number;
  /** Null for distances. */
  pValue: number | null;
}

/** Counts per category over the sorted union of both sides' categories. */
export function alignCounts(
  ref: Map<string, number>,
  cur: Map<string, number>,
): { keys: string[]; r: number[]; c: number[] } {
  const keys = [...new Set([...ref.keys(), ...cur.keys()])].sort(compareKeys);
  return { keys, r: keys.map((k) => ref.get(k) ?? 0), c: keys.map((k) => cur.get(k) ?? 0) };
}

/** Numbers as numbers, else as text: the order numpy/pandas give a column's unique values. */
function compareKeys(a: string, b: string): number {
  const x = Number(a);
  const y = Number(b);
  if (a.trim() !== "" && b.trim() !== "" && Number.isFinite(x) && Number.isFinite(y)) return x - y;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Pearson's chi-square of the current counts against the reference proportions scaled to the current size
 * (scipy.stats.chisquare(observed, expected)). A category the reference never saw makes the statistic infinite.
 */
export function chiSquare(ref: Map<string, number>, cur: Map<string, number>): TestResult {
  const { r, c } = alignCounts(ref, cur);
  const nr = r.reduce((a, b) => a + b, 0);
  const nc = c.reduce((a, b) => a + b, 0);
  if (r.length < 2) return { statistic: 0, pValue: 1 };
  let stat = 0;
  for (let i = 0; i < r.length; i++) {
    const expected = (r[i]! * nc) / nr;
    if (expected === 0) {
      if (c[i]! > 0) return { statistic: Infinity, pValue: 0 };
      continue;
    }
    stat += (c[i]! - expected) ** 2 / expected;
  }
  return { statistic: stat, pValue: chi2Sf(stat, r.length - 1) };
}

/** Evidently's two-proportion z-test on the share of the first category (two-sided). */
export function proportionsZ(ref: Map<string, number>, cur: Map<string, number>): TestResult {
  const { keys, r, c } = alignCounts(ref, cur);
  const n1 = r.reduce((a, b) => a + b, 0);
  const n2 = c.reduce((a, b) => a + b, 0);
  if (keys.length < 2) return { statistic: 0, pValue: 1 };
  const p1 = r[0]! / n1;
  const p2 = c[0]! / n2;
  const P = (p1 * n1 + p2 * n2) / (n1 + n2);
  const z = (p1 - p2) / Math.sqrt(P * (1 - P) * (1 / n1 + 1 / n2));
  return { statistic: z, pValue: 2 * normalSf(Math.abs(z)) };
}

/** The 1-D Wasserstein distance between two samples (both sorted): ∫|F_ref − F_cur|. */
export function wasserstein(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const n1 = a.length;
  const n2 = b.length;
  let i = 0;
  let j = 0;
  let prev = Math.min(a[0]!, b[0]!);
  let sum = 0;
  while (i < n1 || j < n2) {
    const x = Math.min(i < n1 ? a[i]! : Infinity, j < n2 ? b[j]! : Infinity);
    sum += Math.abs(i / n1 - j / n2) * (x - prev);
    while (i < n1 && a[i] === x) i++;
    while (j < n2 && b[j] === x) j++;
    prev = x;
  }
  return sum;
}

/** Wasserstein distance in units of the reference's standard deviation (at least 0.001, Evidently's floor). */
export function wassersteinNormed(ref: ArrayLike<number>, cur: ArrayLike<number>): TestResult {
  // simple-statistics' population standard deviation (ddof 0, numpy's default); it only indexes its argument.
  const sd = standardDeviation(ref as unknown as number[]);
  return { statistic: wasserstein(ref, cur) / Math.max(sd, 0.001), pValue: null };
}

/** Interior bin edges at the reference's deciles, de-duplicated. Bins: (−∞, e1), [e1, e2), …, [ek, ∞). */
export function decileEdges(sortedRef: ArrayLike<number>): number[] {
  return decileEdgesBy((q) => quantileLinear(sortedRef, q));
}

/** Counts per bin of a sorted sample: bin i holds the values with exactly i edges ≤ them. */
export function binCounts(sorted: ArrayLike<number>, edges: readonly number[]): number[] {
  const counts = new Array<number>(edges.length + 1).fill(0);
  let bin = 0;
  for (let i = 0; i < sorted.length; i++) {
    while (bin < edges.length && sorted[i]! >= edges[bin]!) bin++;
    counts[bin]!++;
  }
  return counts;
}

/** Shares with empty bins set to ε (not renormalised, as Evidently does). */
export function shares(counts: readonly number[]): number[] {
  const n = counts.reduce((a, b) => a + b, 0);
  return counts.map((c) => (c === 0 ? EMPTY_BIN_SHARE : c / n));
}

/** scipy.spatial.distance.jensenshannon(p, q): natural log; p and q normalised to sum 1 first. */
export function jensenShannon(p: readonly number[], q: readonly number[]): number {
  const sp = p.reduce((a, b) => a + b, 0);
  const sq = q.reduce((a, b) => a + b, 0);
  let js = 0;
  for (let i = 0; i < p.length; i++) {
    const a = p[i]! / sp;
    const b = q[i]! / sq;
    const m = (a + b) / 2;
    if (a > 0) js += a * Math.log(a / m);
    if (b > 0) js += b * Math.log(b / m);
  }
  return Math.sqrt(Math.max(js / 2, 0));
}

/** Population stability index: Σ (ref − cur) · ln(ref / cur). */
export function psi(p: readonly number[], q: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < p.length; i++) s += (p[i]! - q[i]!) * Math.log(p[i]! / q[i]!);
  return s;
}

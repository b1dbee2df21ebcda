// Drift from two profiles, when the raw reference is not kept or the data never fits one machine. What is exact
// and what is not is stated per column:
// - counts, nulls and moments are exact; so are bin counts on shared fixed edges (`profile --edges-from`) and
//   category counts while the top-value sketch has forgotten nothing (error 0);
// - KS and Wasserstein come from the quantile sketches' CDFs: each CDF is within the sketch's rank error ε of
//   the true one, so KS is within ε_ref + ε_cur of the exact statistic and Wasserstein within
//   (ε_ref + ε_cur) · (max − min) / σ_ref. A sketch that still holds every value is exact, and then the exact
//   tests run on its values.
import { InputError } from "../errors.js";
import type { ColumnProfileState } from "../profile/columnProfiler.js";
import { FrequentItems } from "../profile/frequent.js";
import { HyperLogLog } from "../profile/hll.js";
import { KllSketch } from "../profile/kll.js";
import type { Profile } from "../profile/profile.js";
import {
  type ColumnDrift,
  DEFAULT_THRESHOLD,
  defaultTest,
  type DriftOptions,
  type DriftResult,
  type DriftTest,
  P_VALUE_TESTS,
  pictureOf,
  summarizeColumns,
  testApplies,
} from "./drift.js";
import { kolmogorovSf, ks2Samp } from "./kolmogorov.js";
import {
  alignCounts,
  chiSquare,
  jensenShannon,
  proportionsZ,
  psi,
  shares,
  type TestResult,
  wassersteinNormed,
} from "./statistics.js";

const DECILES = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];

type State = ColumnProfileState;
interface Cdf {
  values: Float64Array;
  cum: Float64Array;
  total: number;
}

const isNumeric = (t: string) => t === "integer" || t === "number" || t === "datetime";
const nonNull = (s: State) => s.count - s.nulls - s.invalid;

/** The sketch's values when it still holds all of them at weight 1 (then the tests are exact). */
function exactValues(kll: KllSketch): Float64Array | null {
  if (kll.rankError() !== 0) return null;
  return kll.cdfTable().values;
}

/** Category counts, and whether they are exact (the sketch forgot nothing). */
function countsOf(s: State): { counts: Map<string, number>; exact: boolean } | null {
  if (s.frequent) {
    const f = FrequentItems.fromState(s.frequent);
    return { counts: f.counts, exact: f.error === 0 };
  }
  if (s.quantiles && s.quantiles.n > 0) {
    const values = exactValues(KllSketch.fromState(s.quantiles));
    if (values) {
      const counts = new Map<string, number>();
      for (const v of values) counts.set(String(v), (counts.get(String(v)) ?? 0) + 1);
      return { counts, exact: true };
    }
  }
  return null;
}

/** KS statistic and unnormalised Wasserstein distance between two weighted CDFs, walked together once. */
export function cdfGaps(a: Cdf, b: Cdf): { ks: number; wasserstein: number } {
  let i = 0;
  let j = 0;
  let ks = 0;
  let w = 0;
  let prev = Math.min(a.values[0]!, b.values[0]!);
  const na = a.values.length;
  const nb = b.values.length;
  while (i < na || j < nb) {
    const x = Math.min(i < na ? a.values[i]! : Infinity, j < nb ? b.values[j]! : Infinity);
    const fa = i > 0 ? a.cum[i - 1]! / a.total : 0;
    const fb = j > 0 ? b.cum[j - 1]! / b.total : 0;
    w += Math.abs(fa - fb) * (x - prev);
    while (i < na && a.values[i] === x) i++;
    while (j < nb && b.values[j] === x) j++;
    const ga = i > 0 ? a.cum[i - 1]! / a.total : 0;
    const gb = j > 0 ? b.cum[j - 1]! / b.total : 0;
    ks = Math.max(ks, Math.abs(ga - gb));
    prev = x;
  }
  return { ks, wasserstein: w };
}

/** Counts per bin (bin i: values with i edges ≤ them) estimated from a sketch's CDF, scaled to its n. */
function sketchBinCounts(kll: KllSketch, edges: readonly number[]): number[] {
  const { values, cum, total } = kll.cdfTable();
  const counts = new Array<number>(edges.length + 1).fill(0);
  let j = 0;
  let prev = 0;
  edges.forEach((e, b) => {
    while (j < values.length && values[j]! < e) j++;
    const c = j > 0 ? cum[j - 1]! : 0;
    counts[b] = ((c - prev) / total) * kll.n;
    prev = c;
  });
  counts[edges.length] = ((total - prev) / total) * kll.n;
  return counts;
}

interface Outcome {
  result: TestResult;
  picture: ColumnDrift["picture"];
  approximate: ColumnDrift["approximate"];
}

function numericBins(ref: State, cur: State): { edges: number[]; r: number[]; c: number[]; exact: boolean } {
  const rb = ref.bins;
  const cb = cur.bins;
  if (rb && cb && rb.edges.length === cb.edges.length && rb.edges.every((e, i) => e === cb.edges[i]))
    return { edges: rb.edges, r: rb.counts, c: cb.counts, exact: true };
  const rk = KllSketch.fromState(ref.quantiles!);
  const ck = KllSketch.fromState(cur.quantiles!);
  const edges = [...new Set(DECILES.map((q) => rk.quantile(q)))].sort((x, y) => x - y);
  return { edges, r: sketchBinCounts(rk, edges), c: sketchBinCounts(ck, edges), exact: false };
}

function runProfileTest(test: DriftTest, ref: State, cur: State, refDistinct: number): Outcome {
  const numeric = isNumeric(ref.type);
  if (numeric && (test === "ks" || test === "wasserstein")) {
    const rk = KllSketch.fromState(ref.quantiles!);
    const ck = KllSketch.fromState(cur.quantiles!);
    const bins = numericBins(ref, cur);
    const picture = pictureOf(bins.edges.map(String), bins.r, bins.c);
    const [rv, cv] = [exactValues(rk), exactValues(ck)];
    if (rv && cv)
      return { result: test === "ks" ? ks2Samp(rv, cv) : wassersteinNormed(rv, cv), picture, approximate: null };
    const gaps = cdfGaps(rk.cdfTable(), ck.cdfTable());
    const eps = rk.rankError() + ck.rankError();
    if (test === "ks") {
      const [m, n] = [rk.n, ck.n];
      const en = Math.round((m * n) / (m + n));
      return {
        result: { statistic: gaps.ks, pValue: kolmogorovSf(en, gaps.ks) },
        picture,
        approximate: { bound: eps, why: "KS statistic from the quantile sketches' CDFs" },
      };
    }
    const m = ref.moments!;
    const sd = Math.max(Math.sqrt(m.m2 / m.n), 0.001);
    const span = Math.max(rk.max, ck.max) - Math.min(rk.min, ck.min);
    return {
      result: { statistic: gaps.wasserstein / sd, pValue: null },
      picture,
      approximate: { bound: (eps * span) / sd, why: "Wasserstein distance from the quantile sketches' CDFs" },
    };
  }
  if (numeric && (test === "js" || test === "psi") && refDistinct > 5) {
    const { edges, r, c, exact } = numericBins(ref, cur);
    const [p, q] = [shares(r), shares(c)];
    return {
      result: { statistic: test === "js" ? jensenShannon(p, q) : psi(p, q), pValue: null },
      picture: pictureOf(edges.map(String), r, c),
      approximate: exact
        ? null
        : { bound: null, why: "bin counts from the quantile sketches (profile with --edges-from for exact bins)" },
    };
  }
  const rc = countsOf(ref);
  const cc = countsOf(cur);
  if (!rc || !cc)
    throw new InputError(
      undefined,
      undefined,
      `column ${JSON.stringify(ref.name)}: the profiles keep no value counts for the ${test} test; choose ks, wasserstein, js or psi`,
    );
  const { keys, r, c } = alignCounts(rc.counts, cc.counts);
  const picture = pictureOf(keys, r, c);
  const approximate =
    rc.exact && cc.exact
      ? null
      : { bound: null, why: "category counts from the top-value sketch, which dropped rare values" };
  if (test === "chi2") return { result: chiSquare(rc.counts, cc.counts), picture, approximate };
  if (test === "z") return { result: proportionsZ(rc.counts, cc.counts), picture, approximate };
  const [p, q] = [shares(r), shares(c)];
  return { result: { statistic: test === "js" ? jensenShannon(p, q) : psi(p, q), pValue: null }, picture, approximate };
}

function distinctOf(s: State): number {
  const f = s.frequent ? FrequentItems.fromState(s.frequent) : null;
  return f && f.error === 0 ? f.counts.size : HyperLogLog.fromBase64(s.hll).estimate();
}

function distinctBoth(ref: State, cur: State): number {
  const [rc, cc] = [countsOf(ref), countsOf(cur)];
  if (rc?.exact && cc?.exact) return new Set([...rc.counts.keys(), ...cc.counts.keys()]).size;
  const hll = HyperLogLog.fromBase64(ref.hll);
  hll.merge(HyperLogLog.fromBase64(cur.hll));
  return hll.estimate();
}

function compareProfileColumn(ref: State, cur: State, o: DriftOptions): ColumnDrift {
  const numeric = isNumeric(ref.type);
  const side = (s: State) => ({
    rows: s.count,
    null_fraction: s.count ? (s.count - nonNull(s)) / s.count : 0,
    invalid: s.invalid,
    distinct: distinctOf(s),
  });
  const rf = side(ref);
  const cf = side(cur);
  const nullChange = cf.null_fraction - rf.null_fraction;
  const base = {
    column: ref.name,
    type: numeric ? ("numeric" as const) : ("categorical" as const),
    reference: rf,
    current: cf,
    null_rate_change: nullChange,
    null_rate_drifted: Math.abs(nullChange) > (o.nullRateThreshold ?? 0.1),
  };
  const none = { test: null, statistic: null, p_value: null, threshold: null, drifted: false, picture: null };
  const [nRef, nCur] = [nonNull(ref), nonNull(cur)];
  if (nRef === 0 || nCur === 0)
    return { ...base, ...none, status: nRef === 0 ? "no_reference_values" : "no_current_values" };
  // A text column (nearly) every reference value of which is unique has no distribution to compare.
  if (!numeric && rf.distinct >= nRef * 0.99 && nRef > 50) return { ...base, ...none, status: "identifier" };
  const distinct = distinctBoth(ref, cur);
  const configured = o.columns?.[ref.name];
  let test = configured?.test ?? o.test ?? defaultTest(numeric, nRef, distinct);
  if (!testApplies(test, numeric, distinct)) test = defaultTest(numeric, nRef, distinct);
  const threshold = configured?.threshold ?? DEFAULT_THRESHOLD[test];
  const { result, picture, approximate } = runProfileTest(test, ref, cur, rf.distinct);
  const drifted = P_VALUE_TESTS.has(test) ? result.pValue! < threshold : result.statistic >= threshold;
  return {
    ...base,
    status: "ok",
    test,
    statistic: result.statistic,
    p_value: result.pValue,
    threshold,
    drifted,
    picture,
    ...(approximate ? { approximate } : {}),
  };
}

/** Drift of every column two profiles share, worst first. */
export function compareProfiles(
  ref: { file: string; profile: Profile },
  cur: { file: string; profile: Profile },
  o: DriftOptions,
): DriftResult {
  const byName = new Map(cur.profile.columns.map((c) => [c.state.name, c.state as State]));
  const columns = ref.profile.columns
    .filter((c) => byName.has(c.state.name))
    .map((c) => compareProfileColumn(c.state as State, byName.get(c.state.name)!, o));
  return summarizeColumns(
    { file: ref.file, rows: ref.profile.rows },
    { file: cur.file, rows: cur.profile.rows },
    columns,
    o,
    "profiles",
  );
}

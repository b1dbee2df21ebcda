// Drift from two profiles, when the raw reference is not kept or the data never fits one machine. What is exact
// and what is not is stated per column:
// - counts, nulls and moments are exact; so are bin counts on shared fixed edges (`profile --edges-from`) and
//   category counts while the top-value sketch has forgotten nothing (error 0);
// - KS and Wasserstein come from the quantile sketches' CDFs: each CDF is within the sketch's rank error ε of
//   the true one, so KS is within ε_ref + ε_cur of the exact statistic and Wasserstein within
//   (ε_ref + ε_cur) · (max − min) / σ_ref. A sketch that still holds every value is exact, and then the exact
//   tests run on its values.
import { isNumericType } from "../data/types.js";
import { InputError } from "../errors.js";
import type { ColumnProfileState } from "../profile/columnProfiler.js";
import { FrequentItems } from "../profile/frequent.js";
import { HyperLogLog } from "../profile/hll.js";
import { KllSketch } from "../profile/kll.js";
import type { Profile } from "../profile/profile.js";
import { decileEdgesBy } from "../quantile.js";
import { binnedTest, countsTest, pictureOf } from "./drift.js";
import { kolmogorovSf, ks2Samp } from "./kolmogorov.js";
import {
  type ColumnDrift,
  type DriftOptions,
  type DriftResult,
  type DriftTest,
  type SideFacts,
  type TestOutcome,
} from "./result.js";
import { wassersteinNormed } from "./statistics.js";
import { checkComparable, judgeColumn, missingColumn, summarizeColumns } from "./verdict.js";

interface Cdf {
  values: Float64Array;
  cum: Float64Array;
  total: number;
}

/** One profile column, its sketches restored once for every use below. */
interface Side {
  state: ColumnProfileState;
  kll: KllSketch | null;
  /** Counts per value, and whether exact (the top-value sketch forgot nothing, or the KLL holds every value). */
  counts: { counts: Map<string, number>; exact: boolean } | null;
  distinct: number;
}

/** The sketch's values when it still holds all of them at weight 1 (then the tests are exact). */
function exactValues(kll: KllSketch): Float64Array | null {
  return kll.rankError() === 0 ? kll.cdfTable().values : null;
}

function sideOf(state: ColumnProfileState): Side {
  const kll = state.quantiles && state.quantiles.n > 0 ? KllSketch.fromState(state.quantiles) : null;
  let counts: Side["counts"] = null;
  if (state.frequent) {
    const f = FrequentItems.fromState(state.frequent);
    counts = { counts: f.counts, exact: f.error === 0 };
  } else {
    const values = kll && exactValues(kll);
    if (values) {
      const m = new Map<string, number>();
      for (const v of values) m.set(String(v), (m.get(String(v)) ?? 0) + 1);
      counts = { counts: m, exact: true };
    }
  }
  const distinct = state.frequent && counts?.exact ? counts.counts.size : HyperLogLog.fromBase64(state.hll).estimate();
  return { state, kll, counts, distinct };
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

/** Bin counts on both sides: the profiles' own when both counted on the same edges, else from the sketches. */
function numericBins(ref: Side, cur: Side): { edges: number[]; r: number[]; c: number[]; exact: boolean } {
  const [rb, cb] = [ref.state.bins, cur.state.bins];
  if (rb && cb && rb.edges.length === cb.edges.length && rb.edges.every((e, i) => e === cb.edges[i]))
    return { edges: rb.edges, r: rb.counts, c: cb.counts, exact: true };
  const edges = decileEdgesBy((q) => ref.kll!.quantile(q));
  return { edges, r: sketchBinCounts(ref.kll!, edges), c: sketchBinCounts(cur.kll!, edges), exact: false };
}

function runProfileTest(test: DriftTest, ref: Side, cur: Side, refDistinct: number): TestOutcome {
  const numeric = isNumericType(ref.state.type);
  if (numeric && (test === "ks" || test === "wasserstein")) {
    const [rk, ck] = [ref.kll!, cur.kll!];
    const bins = numericBins(ref, cur);
    const picture = pictureOf(bins.edges.map(String), bins.r, bins.c);
    const [rv, cv] = [exactValues(rk), exactValues(ck)];
    if (rv && cv) return { result: test === "ks" ? ks2Samp(rv, cv) : wassersteinNormed(rv, cv), picture };
    const gaps = cdfGaps(rk.cdfTable(), ck.cdfTable());
    const eps = rk.rankError() + ck.rankError();
    if (test === "ks") {
      const en = Math.round((rk.n * ck.n) / (rk.n + ck.n));
      return {
        result: { statistic: gaps.ks, pValue: kolmogorovSf(en, gaps.ks) },
        picture,
        approximate: { bound: eps, why: "KS statistic from the quantile sketches' CDFs" },
      };
    }
    const m = ref.state.moments!;
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
    return {
      ...binnedTest(test, edges.map(String), r, c),
      ...(exact
        ? {}
        : {
            approximate: {
              bound: null,
              why: "bin counts from the quantile sketches (profile with --edges-from for exact bins)",
            },
          }),
    };
  }
  if (!ref.counts || !cur.counts)
    throw new InputError(
      undefined,
      undefined,
      `column ${JSON.stringify(ref.state.name)}: the profiles keep no value counts for the ${test} test; choose ks, wasserstein, js or psi`,
    );
  const outcome = countsTest(test, ref.counts.counts, cur.counts.counts);
  return ref.counts.exact && cur.counts.exact
    ? outcome
    : {
        ...outcome,
        approximate: { bound: null, why: "category counts from the top-value sketch, which dropped rare values" },
      };
}

/** A side's counts as drift reports them: nulls apart from values not of the column's type. */
function factsOf(s: Side): SideFacts {
  return {
    rows: s.state.count,
    null_fraction: s.state.count ? s.state.nulls / s.state.count : 0,
    invalid: s.state.invalid,
    distinct: s.distinct,
  };
}

const valueCount = (s: ColumnProfileState) => s.count - s.nulls - s.invalid;

/**
 * Why the current profile's values cannot be of the reference's type, or null. Two profiles typed apart (each
 * detected from its own data) may differ; the current values fit when read with the reference's type — any value
 * fits a text column, whole numbers (profiled as integer) fit a number column — and anything else is a type
 * change, as it would be from the rows. A side without values has no type to speak of (an all-null column reads
 * as text).
 */
function typeChange(ref: ColumnProfileState, cur: ColumnProfileState): string | null {
  if (ref.type === cur.type || valueCount(ref) === 0 || valueCount(cur) === 0) return null;
  if (ref.type === "string" || (ref.type === "number" && cur.type === "integer")) return null;
  return `${ref.type} in the reference profile, ${cur.type} in the current one`;
}

function compareProfileColumn(
  refState: ColumnProfileState,
  curState: ColumnProfileState,
  o: DriftOptions,
): ColumnDrift {
  const [ref, cur] = [sideOf(refState), sideOf(curState)];
  const numeric = isNumericType(refState.type);
  const nRef = valueCount(refState);
  return judgeColumn(
    {
      name: refState.name,
      numeric,
      type: refState.type,
      reference: factsOf(ref),
      current: factsOf(cur),
      nRef,
      nCur: valueCount(curState),
      // HyperLogLog counts within ~2 %: a text column nearly every reference value of which is unique is an id.
      identifier: !numeric && ref.distinct >= nRef * 0.99 && nRef > 50,
      typeChange: typeChange(refState, curState),
      distinctBoth: () => {
        if (ref.counts?.exact && cur.counts?.exact)
          return new Set([...ref.counts.counts.keys(), ...cur.counts.counts.keys()]).size;
        const hll = HyperLogLog.fromBase64(refState.hll);
        hll.merge(HyperLogLog.fromBase64(curState.hll));
        return hll.estimate();
      },
    },
    o,
    (test, refDistinct) => runProfileTest(test, ref, cur, refDistinct),
  );
}

/** Drift of every reference column: compared where the current profile has it, drifted where it has not. */
export function compareProfiles(
  ref: { file: string; profile: Profile },
  cur: { file: string; profile: Profile },
  o: DriftOptions,
): DriftResult {
  const names = (p: Profile) => p.columns.map((c) => c.state.name);
  checkComparable(
    { file: ref.file, rows: ref.profile.rows, columns: names(ref.profile) },
    { file: cur.file, rows: cur.profile.rows, columns: names(cur.profile) },
  );
  const byName = new Map(cur.profile.columns.map((c) => [c.state.name, c.state as ColumnProfileState]));
  const columns = ref.profile.columns.map(({ state }) => {
    const other = byName.get(state.name);
    if (other) return compareProfileColumn(state as ColumnProfileState, other, o);
    return missingColumn(state.name, isNumericType(state.type), factsOf(sideOf(state as ColumnProfileState)));
  });
  return summarizeColumns(
    { file: ref.file, rows: ref.profile.rows },
    { file: cur.file, rows: cur.profile.rows },
    columns,
    o,
    "profiles",
  );
}

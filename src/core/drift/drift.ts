// Per-column drift between a reference and a current table: the test Evidently would choose for the column (or
// the one configured), its statistic, p-value and verdict; null-rate change; and the dataset verdict.
import { ks2Samp } from "./kolmogorov.js";
import { floatsOf } from "./numberColumn.js";
import { type ColumnSample, countsOf, distinctSorted, distinctUnion } from "./samples.js";
import {
  alignCounts,
  binCounts,
  chiSquare,
  decileEdges,
  jensenShannon,
  proportionsZ,
  psi,
  shares,
  type TestResult,
  wassersteinNormed,
} from "./statistics.js";

export const DRIFT_TESTS = ["ks", "chi2", "z", "wasserstein", "js", "psi"] as const;
export type DriftTest = (typeof DRIFT_TESTS)[number];
export const P_VALUE_TESTS: ReadonlySet<DriftTest> = new Set(["ks", "chi2", "z"]);

/** Default thresholds: a p-value below 0.05, or a distance at or above 0.1, is drift. */
export const DEFAULT_THRESHOLD: Record<DriftTest, number> = {
  ks: 0.05,
  chi2: 0.05,
  z: 0.05,
  wasserstein: 0.1,
  js: 0.1,
  psi: 0.1,
};

export interface ColumnOptions {
  test?: DriftTest;
  threshold?: number;
}

export interface DriftOptions {
  /** A test for every column it applies to (`--test`). */
  test?: DriftTest;
  columns?: Record<string, ColumnOptions>;
  /** Share of drifted columns at or above which the dataset drifted (default 0.5). */
  datasetThreshold?: number;
  /** Flag a column whose null share moved by more than this (absolute; default 0.1). */
  nullRateThreshold?: number;
  /** The label column: its drift is reported apart (target drift), not counted among the features. */
  target?: string;
  /** A column of the model's logged predictions: reported apart (prediction drift). */
  prediction?: string;
}

export interface SideFacts {
  rows: number;
  null_fraction: number;
  invalid: number;
  distinct: number;
}

export interface ColumnDrift {
  column: string;
  type: "numeric" | "categorical";
  /** ok, or why no test ran: an all-null or empty side. */
  status: "ok" | "no_reference_values" | "no_current_values" | "identifier";
  test: DriftTest | null;
  statistic: number | null;
  p_value: number | null;
  threshold: number | null;
  drifted: boolean;
  reference: SideFacts;
  current: SideFacts;
  null_rate_change: number;
  null_rate_drifted: boolean;
  /** Shares per bin (numeric: reference deciles) or category (the 12 most common), for the report's pictures. */
  picture: { labels: string[]; reference: number[]; current: number[] } | null;
  /** Drift from profiles only, where the statistic is not exact: its largest error (when known) and why. */
  approximate?: { bound: number | null; why: string } | null;
}

export interface DriftResult {
  kind: "modelgate.drift";
  version: 1;
  /** Computed from the rows themselves, or from two profiles (see `approximate` per column). */
  from: "data" | "profiles";
  reference: { file: string; rows: number };
  current: { file: string; rows: number };
  /** Feature columns (every shared column but the target and prediction ones), worst first. */
  columns: ColumnDrift[];
  /** Drift of the label column (`--target`) and of the logged predictions (`--prediction`), when named. */
  target: ColumnDrift | null;
  prediction: ColumnDrift | null;
  drifted_columns: number;
  tested_columns: number;
  share_drifted: number;
  dataset_threshold: number;
  dataset_drifted: boolean;
  /** The verdict: dataset drift, target drift or prediction drift. */
  drifted: boolean;
}

/** Evidently's default test for a column (n: non-null reference values; distinct over both sides). */
export function defaultTest(numeric: boolean, n: number, distinct: number): DriftTest {
  if (n <= 1000) {
    if (numeric && distinct > 5) return "ks";
    return distinct > 2 ? "chi2" : "z";
  }
  return numeric && distinct > 5 ? "wasserstein" : "js";
}

export function testApplies(test: DriftTest, numeric: boolean, distinct: number): boolean {
  if (test === "ks" || test === "wasserstein") return numeric;
  if (test === "z") return distinct <= 2;
  return true;
}

/** A side of one column with its numbers as doubles: made for one column at a time, so only it is expanded. */
interface Side extends ColumnSample {
  values: Float64Array | null;
}
const sideOf = (s: ColumnSample, into?: Float64Array): Side => ({
  ...s,
  values: s.numbers ? floatsOf(s.numbers, into) : null,
});

/**
 * Two buffers the columns of one comparison expand into, one per side: a fresh pair of arrays per column would
 * leave their memory to the collector, and the process's peak with it. Nothing of a column's result refers to them.
 */
export interface ExpandBuffers {
  ref: Float64Array;
  cur: Float64Array;
}

function facts(s: Side): SideFacts {
  const nonNull = s.values ? s.values.length : [...s.counts!.values()].reduce((a, b) => a + b, 0);
  return {
    rows: s.rows,
    null_fraction: s.rows ? (s.rows - nonNull) / s.rows : 0,
    invalid: s.invalid,
    distinct: s.values ? distinctSorted(s.values) : s.counts!.size,
  };
}

/** A test's result with the picture that goes with it, and how exact it is (profiles only). */
export interface TestOutcome {
  result: TestResult;
  picture: ColumnDrift["picture"];
  approximate?: ColumnDrift["approximate"];
}

function runTest(test: DriftTest, ref: Side, cur: Side, refDistinct: number): TestOutcome {
  const numeric = ref.values !== null;
  if (numeric && (test === "ks" || test === "wasserstein")) {
    const edges = decileEdges(ref.values!);
    const picture = pictureOf(
      edges.map((e) => String(e)),
      binCounts(ref.values!, edges),
      binCounts(cur.values!, edges),
    );
    return {
      result: test === "ks" ? ks2Samp(ref.values!, cur.values!) : wassersteinNormed(ref.values!, cur.values!),
      picture,
    };
  }
  if (numeric && (test === "js" || test === "psi") && refDistinct > 5) {
    const edges = decileEdges(ref.values!);
    return binnedTest(test, edges.map(String), binCounts(ref.values!, edges), binCounts(cur.values!, edges));
  }
  return countsTest(test, numeric ? countsOf(ref.values!) : ref.counts!, numeric ? countsOf(cur.values!) : cur.counts!);
}

/** JS or PSI over bins (or categories) counted on both sides. */
export function binnedTest(test: "js" | "psi", labels: string[], r: number[], c: number[]): TestOutcome {
  const [p, q] = [shares(r), shares(c)];
  return {
    result: { statistic: test === "js" ? jensenShannon(p, q) : psi(p, q), pValue: null },
    picture: pictureOf(labels, r, c),
  };
}

/** A category test (chi-square, z, JS or PSI) on counts per value. */
export function countsTest(test: DriftTest, rc: Map<string, number>, cc: Map<string, number>): TestOutcome {
  const { keys, r, c } = alignCounts(rc, cc);
  if (test === "chi2") return { result: chiSquare(rc, cc), picture: pictureOf(keys, r, c) };
  if (test === "z") return { result: proportionsZ(rc, cc), picture: pictureOf(keys, r, c) };
  return binnedTest(test === "psi" ? "psi" : "js", keys, r, c);
}

export function pictureOf(labels: string[], r: number[], c: number[]): ColumnDrift["picture"] {
  const nr = r.reduce((a, b) => a + b, 0) || 1;
  const nc = c.reduce((a, b) => a + b, 0) || 1;
  // Categorical pictures keep the 12 most common reference categories, in their order.
  const order = labels.map((_l, i) => i);
  const keep =
    labels.length > 12
      ? [...order]
          .sort((a, b) => r[b]! - r[a]!)
          .slice(0, 12)
          .sort((a, b) => a - b)
      : order;
  return {
    labels: keep.map((i) => labels[i]!),
    reference: keep.map((i) => r[i]! / nr),
    current: keep.map((i) => c[i]! / nc),
  };
}

/** What rows and profiles alike know of one column before a test runs. */
export interface ColumnFacts {
  name: string;
  numeric: boolean;
  reference: SideFacts;
  current: SideFacts;
  /** Non-null values on each side. */
  nRef: number;
  nCur: number;
  /** A text column whose reference values are (all but) unique: nothing to compare. */
  identifier: boolean;
  /** Distinct values over both sides (asked only when a test will run). */
  distinctBoth: () => number;
}

/** One column's verdict: its status, the test chosen (Evidently's default or configured), and the result. */
export function judgeColumn(
  f: ColumnFacts,
  o: DriftOptions,
  run: (test: DriftTest, refDistinct: number) => TestOutcome,
): ColumnDrift {
  const nullChange = f.current.null_fraction - f.reference.null_fraction;
  const base = {
    column: f.name,
    type: f.numeric ? ("numeric" as const) : ("categorical" as const),
    reference: f.reference,
    current: f.current,
    null_rate_change: nullChange,
    null_rate_drifted: Math.abs(nullChange) > (o.nullRateThreshold ?? 0.1),
  };
  const none = { test: null, statistic: null, p_value: null, threshold: null, drifted: false, picture: null };
  if (f.nRef === 0 || f.nCur === 0)
    return { ...base, ...none, status: f.nRef === 0 ? "no_reference_values" : "no_current_values" };
  if (f.identifier) return { ...base, ...none, status: "identifier" };
  const distinct = f.distinctBoth();
  const configured = o.columns?.[f.name];
  let test = configured?.test ?? o.test ?? defaultTest(f.numeric, f.nRef, distinct);
  if (!testApplies(test, f.numeric, distinct)) test = defaultTest(f.numeric, f.nRef, distinct);
  const threshold = configured?.threshold ?? DEFAULT_THRESHOLD[test];
  const { result, picture, approximate } = run(test, f.reference.distinct);
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

export function compareColumn(
  refSample: ColumnSample,
  curSample: ColumnSample,
  o: DriftOptions,
  buffers?: ExpandBuffers,
): ColumnDrift {
  const ref = sideOf(refSample, buffers?.ref);
  const cur = sideOf(curSample, buffers?.cur);
  const numeric = ref.values !== null;
  const rf = facts(ref);
  const cf = facts(cur);
  const nRef = rf.rows * (1 - rf.null_fraction);
  return judgeColumn(
    {
      name: ref.name,
      numeric,
      reference: rf,
      current: cf,
      nRef,
      nCur: cf.rows * (1 - cf.null_fraction),
      // A text column whose every reference value is unique (an id) has no distribution to compare.
      identifier: !numeric && rf.distinct === nRef && nRef > 50,
      distinctBoth: () =>
        numeric
          ? distinctUnion(ref.values!, cur.values!)
          : new Set([...ref.counts!.keys(), ...cur.counts!.keys()]).size,
    },
    o,
    (test, refDistinct) => runTest(test, ref, cur, refDistinct),
  );
}

/** Drift of every column both tables share, worst first. */
export function compareSamples(
  ref: { file: string; samples: ColumnSample[] },
  cur: { file: string; samples: ColumnSample[] },
  o: DriftOptions,
): DriftResult {
  const byName = new Map(cur.samples.map((s) => [s.name, s]));
  const longest = (list: ColumnSample[]) =>
    Math.max(0, ...list.map((s) => (s.numbers?.kind === "scaled" ? s.numbers.ints.length : 0)));
  const buffers = { ref: new Float64Array(longest(ref.samples)), cur: new Float64Array(longest(cur.samples)) };
  const columns = ref.samples
    .filter((s) => byName.has(s.name))
    .map((s) => compareColumn(s, byName.get(s.name)!, o, buffers));
  return summarizeColumns(
    { file: ref.file, rows: ref.samples[0]?.rows ?? 0 },
    { file: cur.file, rows: cur.samples[0]?.rows ?? 0 },
    columns,
    o,
    "data",
  );
}

/** The dataset verdict over compared columns, sorted worst first. */
export function summarizeColumns(
  reference: DriftResult["reference"],
  current: DriftResult["current"],
  columns: ColumnDrift[],
  o: DriftOptions,
  from: DriftResult["from"],
): DriftResult {
  const apart = (name: string | undefined) => columns.find((c) => c.column === name) ?? null;
  const target = apart(o.target);
  const prediction = apart(o.prediction);
  columns = columns.filter((c) => c !== target && c !== prediction).sort(worstFirst);
  const tested = columns.filter((c) => c.status === "ok").length;
  const drifted = columns.filter((c) => c.drifted).length;
  const share = tested ? drifted / tested : 0;
  const datasetThreshold = o.datasetThreshold ?? 0.5;
  const datasetDrifted = tested > 0 && share >= datasetThreshold;
  return {
    kind: "modelgate.drift",
    version: 1,
    from,
    reference,
    current,
    columns,
    target,
    prediction,
    drifted_columns: drifted,
    tested_columns: tested,
    share_drifted: share,
    dataset_threshold: datasetThreshold,
    dataset_drifted: datasetDrifted,
    drifted: datasetDrifted || Boolean(target?.drifted) || Boolean(prediction?.drifted),
  };
}

/** How far past (> 0) or short of (< 0) its threshold a column is, in decades: p-values and distances alike. */
function severity(c: ColumnDrift): number {
  if (c.status !== "ok") return -Infinity;
  const ratio = c.p_value !== null ? c.threshold! / Math.max(c.p_value, 1e-300) : c.statistic! / c.threshold!;
  return Math.log10(ratio);
}

/** Drifted columns first, then by severity, then flagged null-rate changes. */
function worstFirst(a: ColumnDrift, b: ColumnDrift): number {
  return (
    Number(b.drifted) - Number(a.drifted) ||
    severity(b) - severity(a) ||
    Number(b.null_rate_drifted) - Number(a.null_rate_drifted)
  );
}

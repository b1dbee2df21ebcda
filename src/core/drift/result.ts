// The drift result's shape (drift.json) and the choices it is made from: the tests, their default thresholds, and
// the test Evidently would choose for a column. Shared by drift from rows and from profiles.
import type { TestResult } from "./statistics.js";

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

/** A column drifted when its null share (or its share of values not of its type) moves by more than this. */
export const DEFAULT_NULL_RATE_THRESHOLD = 0.1;

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
  /** A column whose null share, or share of values not of its type, moved by more than this drifted (absolute). */
  nullRateThreshold?: number;
  /** The label column: its drift is reported apart (target drift), not counted among the features. */
  target?: string;
  /** A column of the model's logged predictions: reported apart (prediction drift). */
  prediction?: string;
}

export interface SideFacts {
  rows: number;
  /** Null cells over rows (cells of another type are counted in `invalid`, not here). */
  null_fraction: number;
  invalid: number;
  distinct: number;
}

/** Statuses that are a change of the table's shape: the run fails on any of them, whatever the share. */
export const SCHEMA_STATUSES = ["missing_in_current", "type_changed"] as const;

export interface ColumnDrift {
  column: string;
  type: "numeric" | "categorical";
  /**
   * ok (tested); why no test ran (a side without values, an id column); or a schema change: missing in the
   * current data, or a type the current values do not have.
   */
  status: "ok" | "no_reference_values" | "no_current_values" | "identifier" | (typeof SCHEMA_STATUSES)[number];
  test: DriftTest | null;
  statistic: number | null;
  p_value: number | null;
  threshold: number | null;
  /** The column's verdict: its test, its null or invalid share, its type, or its absence (see `reasons`). */
  drifted: boolean;
  /** Why the column drifted, one phrase per cause; empty when it did not. */
  reasons: string[];
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
  /** Feature columns (every reference column but the target and prediction ones), worst first. */
  columns: ColumnDrift[];
  /** Drift of the label column (`--target`) and of the logged predictions (`--prediction`), when named. */
  target: ColumnDrift | null;
  prediction: ColumnDrift | null;
  drifted_columns: number;
  /** Feature columns with a verdict: tested, or drifted without a test (missing, type, null share). */
  tested_columns: number;
  share_drifted: number;
  dataset_threshold: number;
  null_rate_threshold: number;
  dataset_drifted: boolean;
  /** A column is missing from the current data or changed type: the run fails whatever the share. */
  schema_drifted: boolean;
  /** The verdict: dataset drift, schema drift, target drift or prediction drift. */
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

/** A test's result with the picture that goes with it, and how exact it is (profiles only). */
export interface TestOutcome {
  result: TestResult;
  picture: ColumnDrift["picture"];
  approximate?: ColumnDrift["approximate"];
}

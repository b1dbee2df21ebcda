// What drift means, for rows and profiles alike: when a column drifted (its test, its null share moving, a type
// change, or being missing from the current data) and the dataset's verdict. A comparison that cannot be made (no
// rows, no shared column, nothing with values on both sides) is refused in one line rather than passed: "OK 0 of 0
// columns drifted" was a silent pass (issue 16).
import { InputError } from "../errors.js";
import {
  type ColumnDrift,
  DEFAULT_NULL_RATE_THRESHOLD,
  DEFAULT_THRESHOLD,
  defaultTest,
  type DriftOptions,
  type DriftResult,
  type DriftTest,
  P_VALUE_TESTS,
  SCHEMA_STATUSES,
  type SideFacts,
  testApplies,
  type TestOutcome,
} from "./result.js";

/** What rows and profiles alike know of one column before a test runs. */
export interface ColumnFacts {
  name: string;
  numeric: boolean;
  /** The reference's type (integer, number, string…), for the reasons. */
  type: string;
  reference: SideFacts;
  current: SideFacts;
  /** Values of the column's type on each side (neither null nor invalid). */
  nRef: number;
  nCur: number;
  /** A text column whose reference values are (all but) unique: nothing to compare. */
  identifier: boolean;
  /** Why the current values cannot be of the reference's type, when the sides were typed apart (profiles). */
  typeChange?: string | null;
  /** Distinct values over both sides (asked only when a test will run). */
  distinctBoth: () => number;
}

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
const short = (x: number) => (Number.isFinite(x) ? Number(x.toPrecision(4)).toString() : x > 0 ? "∞" : "−∞");
const invalidShare = (s: SideFacts) => (s.rows ? s.invalid / s.rows : 0);

/** One column's verdict: its status, the test chosen (Evidently's default or configured), and the result. */
export function judgeColumn(
  f: ColumnFacts,
  o: DriftOptions,
  run: (test: DriftTest, refDistinct: number) => TestOutcome,
): ColumnDrift {
  const limit = o.nullRateThreshold ?? DEFAULT_NULL_RATE_THRESHOLD;
  const nullChange = f.current.null_fraction - f.reference.null_fraction;
  const nullDrifted = Math.abs(nullChange) > limit;
  const reasons: string[] = [];
  // Current values of another type than the reference's: every one of them (whatever the share), or a share that
  // grew past the threshold. Either is a type change, which fails the run like a missing column.
  const allInvalid = f.nRef > 0 && f.nCur === 0 && f.current.invalid > 0;
  const [ri, ci] = [invalidShare(f.reference), invalidShare(f.current)];
  const typeChange =
    f.typeChange ??
    (allInvalid
      ? `none of the ${f.current.invalid} current values is ${f.type}, as the reference's are`
      : ci - ri > limit
        ? `${pct(ci)} of current values are not ${f.type} (reference ${pct(ri)})`
        : null);
  if (typeChange) reasons.push(`type changed: ${typeChange}`);
  if (nullDrifted)
    reasons.push(
      `null share ${pct(f.reference.null_fraction)} → ${pct(f.current.null_fraction)} (moved more than ${pct(limit)})`,
    );
  const untested = (status: ColumnDrift["status"]): ColumnDrift =>
    columnDrift(f, status, nullChange, nullDrifted, reasons, null, null, null);
  if (typeChange) return untested("type_changed");
  if (f.nRef === 0 || f.nCur === 0) return untested(f.nRef === 0 ? "no_reference_values" : "no_current_values");
  if (f.identifier) return untested("identifier");
  const distinct = f.distinctBoth();
  const configured = o.columns?.[f.name];
  let test = configured?.test ?? o.test ?? defaultTest(f.numeric, f.nRef, distinct);
  if (!testApplies(test, f.numeric, distinct)) test = defaultTest(f.numeric, f.nRef, distinct);
  const threshold = configured?.threshold ?? DEFAULT_THRESHOLD[test];
  const outcome = run(test, f.reference.distinct);
  const { result } = outcome;
  // A NaN statistic or p-value is no evidence of stability: it counts as drift, never as a pass.
  const measured = P_VALUE_TESTS.has(test) ? result.pValue! : result.statistic;
  const testDrifted =
    Number.isNaN(measured) || (P_VALUE_TESTS.has(test) ? measured < threshold : measured >= threshold);
  if (testDrifted)
    reasons.unshift(
      P_VALUE_TESTS.has(test)
        ? `${test} p = ${short(measured)} < ${threshold}`
        : `${test} ${short(measured)} ≥ ${threshold}`,
    );
  return columnDrift(f, "ok", nullChange, nullDrifted, reasons, test, threshold, outcome);
}

/**
 * A column's result, every field set in one order: objects built by spreading took a hidden class each (20,000
 * of them for 20,000 columns), which a wide table pays for in memory and collection time (issue 16).
 */
function columnDrift(
  f: Pick<ColumnFacts, "name" | "numeric" | "reference" | "current">,
  status: ColumnDrift["status"],
  nullChange: number,
  nullDrifted: boolean,
  reasons: string[],
  test: DriftTest | null,
  threshold: number | null,
  outcome: TestOutcome | null,
): ColumnDrift {
  const c: ColumnDrift = {
    column: f.name,
    type: f.numeric ? "numeric" : "categorical",
    reference: f.reference,
    current: f.current,
    null_rate_change: nullChange,
    null_rate_drifted: nullDrifted,
    status,
    test,
    statistic: outcome ? outcome.result.statistic : null,
    p_value: outcome ? outcome.result.pValue : null,
    threshold,
    drifted: reasons.length > 0,
    reasons,
    picture: outcome ? outcome.picture : null,
  };
  if (outcome?.approximate) c.approximate = outcome.approximate;
  return c;
}

/** A reference column the current data does not have: drifted, untested. */
export function missingColumn(name: string, numeric: boolean, reference: SideFacts): ColumnDrift {
  const current = { rows: 0, null_fraction: 0, invalid: 0, distinct: 0 };
  return columnDrift(
    { name, numeric, reference, current },
    "missing_in_current",
    0,
    false,
    ["missing in current"],
    null,
    null,
    null,
  );
}

/** One side of a comparison, as the checks below need it. */
export interface SideShape {
  file: string;
  rows: number;
  columns: readonly string[];
}

/** Refuse a comparison that cannot be made: a side without rows, or no column in common. */
export function checkComparable(ref: SideShape, cur: SideShape): void {
  for (const side of [ref, cur])
    if (side.rows === 0) throw new InputError(side.file, undefined, "has no rows: there is nothing to compare");
  const have = new Set(cur.columns);
  if (!ref.columns.some((c) => have.has(c))) {
    const some = ref.columns.slice(0, 5).map((c) => JSON.stringify(c));
    throw new InputError(
      cur.file,
      undefined,
      `has none of the columns of ${ref.file} (${some.join(", ")}${ref.columns.length > 5 ? ", …" : ""}): nothing to compare`,
    );
  }
}

const judged = (c: ColumnDrift | null) => c !== null && (c.status === "ok" || c.drifted);
const isSchemaChange = (c: ColumnDrift) => (SCHEMA_STATUSES as readonly string[]).includes(c.status);

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
  const all = columns;
  columns = columns.filter((c) => c !== target && c !== prediction).sort(worstFirst);
  const tested = columns.filter(judged).length;
  if (tested === 0 && !judged(target) && !judged(prediction)) {
    const why = all.slice(0, 5).map((c) => `${JSON.stringify(c.column)} ${c.status.replace(/_/g, " ")}`);
    throw new InputError(
      current.file,
      undefined,
      `nothing to compare with ${reference.file}: no column has values on both sides (${why.join("; ")}${all.length > 5 ? "; …" : ""})`,
    );
  }
  const drifted = columns.filter((c) => c.drifted).length;
  const share = tested ? drifted / tested : 0;
  const datasetThreshold = o.datasetThreshold ?? 0.5;
  const datasetDrifted = tested > 0 && share >= datasetThreshold;
  const schemaDrifted = all.some(isSchemaChange);
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
    null_rate_threshold: o.nullRateThreshold ?? DEFAULT_NULL_RATE_THRESHOLD,
    dataset_drifted: datasetDrifted,
    schema_drifted: schemaDrifted,
    drifted: datasetDrifted || schemaDrifted || Boolean(target?.drifted) || Boolean(prediction?.drifted),
  };
}

/** How far past (> 0) or short of (< 0) its threshold a column is, in decades: p-values and distances alike. */
function severity(c: ColumnDrift): number {
  if (c.status !== "ok") return -Infinity;
  const ratio = c.p_value !== null ? c.threshold! / Math.max(c.p_value, 1e-300) : c.statistic! / c.threshold!;
  return Math.log10(ratio);
}

/** Drifted columns first (schema changes first of them), then by severity, then flagged null-rate changes. */
function worstFirst(a: ColumnDrift, b: ColumnDrift): number {
  return (
    Number(b.drifted) - Number(a.drifted) ||
    Number(isSchemaChange(b)) - Number(isSchemaChange(a)) ||
    severity(b) - severity(a) ||
    Number(b.null_rate_drifted) - Number(a.null_rate_drifted)
  );
}

// Per-column drift between a reference and a current table, from their rows: the test Evidently would choose for
// the column (or the one configured), its statistic and p-value; the verdicts are verdict.ts's.
import { ks2Samp } from "./kolmogorov.js";
import { floatsOf } from "./numberColumn.js";
import {
  type ColumnDrift,
  type DriftOptions,
  type DriftResult,
  type DriftTest,
  type SideFacts,
  type TestOutcome,
} from "./result.js";
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
  wassersteinNormed,
} from "./statistics.js";
import { checkComparable, judgeColumn, missingColumn, summarizeColumns } from "./verdict.js";

export {
  type ColumnDrift,
  type ColumnOptions,
  DEFAULT_THRESHOLD,
  defaultTest,
  DRIFT_TESTS,
  type DriftOptions,
  type DriftResult,
  type DriftTest,
  P_VALUE_TESTS,
  type SideFacts,
  testApplies,
  type TestOutcome,
} from "./result.js";

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

/** Values of the column's type on a side (neither null nor invalid). */
const valueCount = (s: Side) => (s.values ? s.values.length : [...s.counts!.values()].reduce((a, b) => a + b, 0));

function facts(s: Side): SideFacts {
  return {
    rows: s.rows,
    null_fraction: s.rows ? s.nulls / s.rows : 0,
    invalid: s.invalid,
    distinct: s.values ? distinctSorted(s.values) : s.counts!.size,
  };
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
  const nRef = valueCount(ref);
  return judgeColumn(
    {
      name: ref.name,
      numeric,
      type: ref.type,
      reference: rf,
      current: facts(cur),
      nRef,
      nCur: valueCount(cur),
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

/** One table's samples, with its row count (known even when no column of it is compared). */
export interface TableSamples {
  file: string;
  rows: number;
  samples: ColumnSample[];
}

/**
 * Drift of every reference column: compared where the current table has it, drifted where it has not. Both
 * sample lists are consumed (left empty), so that each column's values can be let go once it is compared: on a
 * wide table the samples and the results would otherwise be held together (issue 16).
 */
export function compareSamples(ref: TableSamples, cur: TableSamples, o: DriftOptions): DriftResult {
  checkComparable(
    { file: ref.file, rows: ref.rows, columns: ref.samples.map((s) => s.name) },
    { file: cur.file, rows: cur.rows, columns: cur.samples.map((s) => s.name) },
  );
  // A reduce, not Math.max(...list): a spread of 100,000 columns' lengths overflows the stack.
  const longest = (list: ColumnSample[]) =>
    list.reduce((m, s) => Math.max(m, s.numbers?.kind === "scaled" ? s.numbers.ints.length : 0), 0);
  const buffers = { ref: new Float64Array(longest(ref.samples)), cur: new Float64Array(longest(cur.samples)) };
  const byName = new Map(cur.samples.map((s) => [s.name, s]));
  cur.samples.length = 0;
  const columns: ColumnDrift[] = [];
  // From the last column back (pop), then reversed: the reference's order, with each sample dropped as it goes.
  for (let s = ref.samples.pop(); s; s = ref.samples.pop()) {
    const other = byName.get(s.name);
    byName.delete(s.name);
    columns.push(
      other
        ? compareColumn(s, other, o, buffers)
        : missingColumn(s.name, s.numbers !== null, facts(sideOf(s, buffers.ref))),
    );
  }
  columns.reverse();
  return summarizeColumns({ file: ref.file, rows: ref.rows }, { file: cur.file, rows: cur.rows }, columns, o, "data");
}

// One pass over a table, keeping what the drift tests need per column: the non-null numbers (sorted at the end,
// held as scaled integers where that is exact: see numberColumn.ts) or the count of each category, plus null and
// type-mismatch counts.
import { openTable } from "../data/open.js";
import type { ColumnPlan, ColumnType, ReadOptions, TableSource } from "../data/types.js";
import { isNumericType, NULL, OK } from "../data/types.js";
import { NumberColumn, type SortedNumbers } from "./numberColumn.js";

export interface ColumnSample {
  name: string;
  type: ColumnType;
  /** Numeric and datetime columns: the non-null values, sorted ascending. */
  numbers: SortedNumbers | null;
  /** String and boolean columns: count per value. */
  counts: Map<string, number> | null;
  rows: number;
  nulls: number;
  /** Cells that did not fit the reference's type (counted apart from nulls). */
  invalid: number;
}

const BOOLEAN_KEYS = ["false", "true"];

/** Headroom over the row estimate, so an estimate from the first batch rarely has to grow. */
const ESTIMATE_MARGIN = 1.03;

export async function collectSamples(
  source: TableSource,
  types: readonly ColumnType[],
  onProgress?: (rows: number) => void,
): Promise<ColumnSample[]> {
  const plan: ColumnPlan[] = types.map((type) => ({ type }));
  // Each numeric column's values go into one array sized from the table's row estimate: chunks joined at the end
  // would hold every value twice at the peak, and glibc keeps the freed chunks' pages.
  const numbers = types.map((t) => (isNumericType(t) ? new NumberColumn() : null));
  const out: ColumnSample[] = source.columnNames.map((name, i) => ({
    name,
    type: types[i]!,
    numbers: null,
    counts: isNumericType(types[i]!) ? null : new Map(),
    rows: 0,
    nulls: 0,
    invalid: 0,
  }));
  let rows = 0;
  for await (const batch of source.batches(plan)) {
    rows += batch.length;
    const room = (col: NumberColumn) => {
      const need = col.length + batch.length;
      if (need <= col.capacity) return;
      // An estimate from few rows can be far off (a file whose first rows are short): at most 64× the rows read
      // so far, and a later growth estimates again from more of the file.
      const estimate = Math.ceil((source.rowsEstimate?.(rows) ?? 0) * ESTIMATE_MARGIN);
      col.reserve(Math.max(need, Math.min(estimate, rows * 64), Math.ceil(col.capacity * 1.25)));
    };
    batch.columns.forEach((col, i) => {
      const s = out[i]!;
      s.rows += batch.length;
      const st = col.status;
      const values = numbers[i];
      if (col.kind === "numeric" && values) {
        room(values);
        values.append(col.values, st, batch.length);
        countBad(s, st, batch.length);
      } else {
        const keys = col.kind === "string" ? col.dict.values : BOOLEAN_KEYS;
        const counts = s.counts!;
        if (keys.length > batch.length) {
          // A dictionary larger than the batch (a wide table reads few rows a batch, and the dictionary is
          // shared by its batches): an array per code would cost more than the rows, so each row counts itself.
          for (let r = 0; r < batch.length; r++) {
            if (st[r] === OK) {
              const key = keys[col.kind === "string" ? col.codes[r]! : col.values[r] ? 1 : 0]!;
              counts.set(key, (counts.get(key) ?? 0) + 1);
            } else if (st[r] === NULL) s.nulls++;
            else s.invalid++;
          }
        } else {
          // Counted per dictionary code first (a typed-array increment), then per value once per batch.
          const perCode = new Float64Array(keys.length);
          for (let r = 0; r < batch.length; r++) {
            if (st[r] === OK) perCode[col.kind === "string" ? col.codes[r]! : col.values[r] ? 1 : 0]!++;
            else if (st[r] === NULL) s.nulls++;
            else s.invalid++;
          }
          perCode.forEach((c, k) => {
            if (c > 0) counts.set(keys[k]!, (counts.get(keys[k]!) ?? 0) + c);
          });
        }
      }
    });
    onProgress?.(out[0]?.rows ?? 0);
  }
  const longest = numbers.reduce((m, c) => Math.max(m, c?.length ?? 0), 0);
  const scratch = { ints: new Int32Array(longest), floats: undefined as Float64Array | undefined };
  out.forEach((s, i) => {
    const col = numbers[i];
    if (!col) return;
    if (!scratch.floats && col.isFloat) scratch.floats = new Float64Array(longest);
    s.numbers = col.finish(scratch);
  });
  return out;
}

/** Nulls and type mismatches of a numeric column's batch (its OK cells went into the column). */
function countBad(s: ColumnSample, st: Uint8Array, n: number): void {
  for (let r = 0; r < n; r++) {
    const c = st[r]!;
    if (c === NULL) s.nulls++;
    else if (c !== OK) s.invalid++;
  }
}

/** Distinct non-null values of a sorted array. */
export function distinctSorted(a: Float64Array): number {
  let d = 0;
  for (let i = 0; i < a.length; i++) if (i === 0 || a[i] !== a[i - 1]) d++;
  return d;
}

/** Counts per value of a sorted numeric sample (for the category tests on few-valued numeric columns). */
export function countsOf(a: Float64Array): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i < a.length; i++) {
    const k = String(a[i]);
    m.set(k, (m.get(k) ?? 0) + 1);
  }
  return m;
}

/** Distinct values over two sorted arrays together. */
export function distinctUnion(a: Float64Array, b: Float64Array): number {
  let i = 0;
  let j = 0;
  let d = 0;
  while (i < a.length || j < b.length) {
    const x = Math.min(i < a.length ? a[i]! : Infinity, j < b.length ? b[j]! : Infinity);
    while (i < a.length && a[i] === x) i++;
    while (j < b.length && b[j] === x) j++;
    d++;
  }
  return d;
}

/** What a worker needs to read one table's samples (plain data: it is structured-cloned). */
export interface SampleJob {
  file: string;
  read: Partial<ReadOptions> & { format?: string };
  types: ColumnType[];
}

export type SampleRunner = (job: SampleJob) => Promise<ColumnSample[]>;

/** Open, read and close one table: the job a worker runs for `drift`, or this thread when there is no worker. */
export async function collectFile(job: SampleJob, onProgress?: (rows: number) => void): Promise<ColumnSample[]> {
  const source = await openTable(job.file, job.read);
  try {
    return await collectSamples(source, job.types, onProgress);
  } finally {
    await source.close();
  }
}

// One pass over a table, keeping what the drift tests need per column: the non-null numbers (sorted at the end)
// or the count of each category, plus null and type-mismatch counts.
import { openTable } from "../data/open.js";
import type { ColumnPlan, ColumnType, ReadOptions, TableSource } from "../data/types.js";
import { isNumericType, NULL, OK } from "../data/types.js";
import { radixSortFloat64 } from "./radixSort.js";

export interface ColumnSample {
  name: string;
  type: ColumnType;
  /** Numeric and datetime columns: the non-null values, sorted ascending. */
  values: Float64Array | null;
  /** String and boolean columns: count per value. */
  counts: Map<string, number> | null;
  rows: number;
  nulls: number;
  /** Cells that did not fit the reference's type (counted apart from nulls). */
  invalid: number;
}

export async function collectSamples(
  source: TableSource,
  types: readonly ColumnType[],
  onProgress?: (rows: number) => void,
): Promise<ColumnSample[]> {
  const plan: ColumnPlan[] = types.map((type) => ({ type }));
  // Values go into fixed 64K chunks and are joined once at the end: growing one array by doubling would hold up
  // to twice the data at its peak.
  const CHUNK = 65_536;
  const chunks: Float64Array[][] = types.map(() => []);
  const filled = types.map(() => 0);
  const out: ColumnSample[] = source.columnNames.map((name, i) => ({
    name,
    type: types[i]!,
    values: null,
    counts: isNumericType(types[i]!) ? null : new Map(),
    rows: 0,
    nulls: 0,
    invalid: 0,
  }));
  for await (const batch of source.batches(plan)) {
    batch.columns.forEach((col, i) => {
      const s = out[i]!;
      s.rows += batch.length;
      const st = col.status;
      if (col.kind === "numeric" && isNumericType(col.type)) {
        const list = chunks[i]!;
        let k = filled[i]!;
        for (let r = 0; r < batch.length; r++) {
          if (st[r] === OK) {
            const slot = k % CHUNK;
            if (slot === 0) list.push(new Float64Array(CHUNK));
            list[list.length - 1]![slot] = col.values[r]!;
            k++;
          } else if (st[r] === NULL) s.nulls++;
          else s.invalid++;
        }
        filled[i] = k;
      } else {
        // Counted per dictionary code first (a typed-array increment), then per value once per batch.
        const keys = col.kind === "string" ? col.dict.values : ["false", "true"];
        const perCode = new Float64Array(keys.length);
        for (let r = 0; r < batch.length; r++) {
          if (st[r] === OK) perCode[col.kind === "string" ? col.codes[r]! : col.values[r] ? 1 : 0]!++;
          else if (st[r] === NULL) s.nulls++;
          else s.invalid++;
        }
        const counts = s.counts!;
        perCode.forEach((c, k) => {
          if (c > 0) counts.set(keys[k]!, (counts.get(keys[k]!) ?? 0) + c);
        });
      }
    });
    onProgress?.(out[0]?.rows ?? 0);
  }
  const scratch = new Float64Array(Math.max(0, ...filled));
  out.forEach((s, i) => {
    if (!isNumericType(types[i]!)) return;
    const all = new Float64Array(filled[i]!);
    chunks[i]!.forEach((c, j) => all.set(c.subarray(0, Math.min(CHUNK, all.length - j * CHUNK)), j * CHUNK));
    chunks[i] = [];
    s.values = radixSortFloat64(all, scratch);
  });
  return out;
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

import type { ColumnType, TableSource } from "../data/types.js";
import { ColumnProfiler, type ColumnProfileState } from "./columnProfiler.js";
import { buildProfile, type Profile } from "./profile.js";

export interface ProfileOptions {
  /** Types to read the columns as; detected from the data (an extra pass) when absent. */
  types?: ColumnType[];
  onProgress?: (rows: number) => void;
  /** Fixed bin edges per numeric column (see `edgesOfProfile`), counted exactly. */
  edges?: ReadonlyMap<string, readonly number[]>;
}

/** One pass over a table: a profiler per column, fed every batch (see `takeStates` for what comes next). */
export async function profileColumns(
  source: TableSource,
  options: ProfileOptions = {},
): Promise<{ profilers: ColumnProfiler[]; rows: number }> {
  const types = options.types ?? (await source.detectTypes());
  const profilers = source.columnNames.map((n, i) => new ColumnProfiler(n, types[i]!, options.edges?.get(n) ?? null));
  let rows = 0;
  for await (const batch of source.batches(types.map((type) => ({ type })))) {
    profilers.forEach((p, i) => p.add(batch.columns[i]!, batch.length));
    rows += batch.length;
    options.onProgress?.(rows);
  }
  return { profilers, rows };
}

/**
 * Each profiler's state in column order, the profiler let go (the list emptied) as its state is taken: on a wide
 * table the profilers, their states and the summaries together would triple the peak (issue 16).
 */
export function* takeStates(profilers: ColumnProfiler[]): Generator<ColumnProfileState> {
  profilers.reverse();
  for (let p = profilers.pop(); p; p = profilers.pop()) yield p.toState();
}

/** Profile a table: counts, nulls, moments and mergeable sketches per column. */
export async function profileTable(source: TableSource, options: ProfileOptions = {}): Promise<Profile> {
  const { profilers, rows } = await profileColumns(source, options);
  return buildProfile([...takeStates(profilers)], [{ file: source.file, format: source.format, rows }]);
}

import type { ColumnType, TableSource } from "../data/types.js";
import { ColumnProfiler } from "./columnProfiler.js";
import { buildProfile, type Profile } from "./profile.js";

export interface ProfileOptions {
  /** Types to read the columns as; detected from the data (an extra pass) when absent. */
  types?: ColumnType[];
  onProgress?: (rows: number) => void;
  /** Fixed bin edges per numeric column (see `edgesOfProfile`), counted exactly. */
  edges?: ReadonlyMap<string, readonly number[]>;
}

/** Profile a table: counts, nulls, moments and mergeable sketches per column. */
export async function profileTable(source: TableSource, options: ProfileOptions = {}): Promise<Profile> {
  const types = options.types ?? (await source.detectTypes());
  const profilers = source.columnNames.map((n, i) => new ColumnProfiler(n, types[i]!, options.edges?.get(n) ?? null));
  let rows = 0;
  for await (const batch of source.batches(types.map((type) => ({ type })))) {
    profilers.forEach((p, i) => p.add(batch.columns[i]!, batch.length));
    rows += batch.length;
    options.onProgress?.(rows);
  }
  return buildProfile(
    profilers.map((p) => p.toState()),
    [{ file: source.file, format: source.format, rows }],
  );
}

import { matrixBuffer, slotOf } from "./featureMatrix.js";
import { NullMatcher, typeFromFits } from "./nulls.js";
import { FITS_ALL } from "./parseBytes.js";
import type { Batch, ColumnPlan, ColumnType, Format, ReadOptions, TableSource } from "./types.js";
import { detectValues, ValueColumnBuilder, valueText } from "./values.js";

/** A run of rows from a typed format, column by column, as JavaScript values. */
export interface ValueBatch {
  columns: ArrayLike<unknown>[];
  length: number;
  /** 1-based file line of each row, where the format has lines. */
  lines: Int32Array | null;
}

/** The TableSource of a format that yields JavaScript values: detection and typing are shared. */
export function valueSource(
  file: string,
  format: Format,
  columnNames: readonly string[],
  rawBatches: () => AsyncIterable<ValueBatch>,
  options: ReadOptions,
  close: () => Promise<void>,
  /** The table's row count, where the file's metadata states it. */
  knownRows: number | null = null,
): TableSource {
  const nulls = new NullMatcher(options.nullValues);
  return {
    file,
    format,
    columnNames,
    async detectTypes(options?: { sampleRows?: number }): Promise<ColumnType[]> {
      const fits = new Array<number>(columnNames.length).fill(FITS_ALL);
      const seen = new Array<boolean>(columnNames.length).fill(false);
      let rows = 0;
      for await (const vb of rawBatches()) {
        if (options?.sampleRows !== undefined && rows >= options.sampleRows && seen.every(Boolean)) break;
        detectValues(vb.columns, fits, seen, nulls);
        rows += vb.length;
      }
      return fits.map((m, c) => typeFromFits(m, seen[c]!));
    },
    async *batches(plan: readonly ColumnPlan[]): AsyncGenerator<Batch> {
      const builder = new ValueColumnBuilder(columnNames.length, nulls);
      let rowStart = 0;
      for await (const vb of rawBatches()) {
        // A row group or record batch has its own length: its matrix is its own (the columns are not reused either).
        const matrix = matrixBuffer(plan, vb.length);
        const columns = plan.map((p, c) => builder.build(vb.columns[c]!, c, p, slotOf(matrix, p)));
        yield {
          rowStart,
          length: vb.length,
          lines: vb.lines,
          columns,
          matrix,
          raw: (c, r) => valueText(vb.columns[c]![r]),
        };
        rowStart += vb.length;
      }
    },
    rowsEstimate: () => knownRows,
    close,
  };
}

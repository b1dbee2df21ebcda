import { stat } from "node:fs/promises";

import {
  asyncBufferFromFile,
  type ColumnData,
  type FileMetaData,
  parquetMetadataAsync,
  parquetRead,
  parquetSchema,
} from "hyparquet";
import { compressors } from "hyparquet-compressors";

import { errorMessage, InputError, unreadable } from "../errors.js";
import { validateHeader } from "./header.js";
import type { ReadOptions, TableSource } from "./types.js";
import { type ValueBatch, valueSource } from "./valueSource.js";

/** Open a Parquet file (hyparquet: every codec via hyparquet-compressors). Rows stream one row group at a time. */
export async function openParquet(file: string, options: ReadOptions): Promise<TableSource> {
  const size = await stat(file).then(
    (s) => s.size,
    (e: unknown) => {
      throw unreadable(file, e);
    },
  );
  if (size === 0) throw new InputError(file, undefined, "the file is empty");
  const buffer = await asyncBufferFromFile(file);
  let metadata: FileMetaData;
  try {
    metadata = await parquetMetadataAsync(buffer);
  } catch (e) {
    throw new InputError(file, undefined, `not a readable Parquet file (${errorMessage(e)})`);
  }
  let names: string[];
  try {
    names = parquetSchema(metadata).children.map((c) => c.element.name);
  } catch (e) {
    throw new InputError(file, undefined, `the Parquet schema cannot be read (${errorMessage(e)})`);
  }
  if (names.some((n) => typeof n !== "string"))
    throw new InputError(file, undefined, "the Parquet schema has a column without a name");
  validateHeader(file, names, {});

  async function* rawBatches(): AsyncGenerator<ValueBatch> {
    let rowStart = 0;
    for (const [g, group] of metadata.row_groups.entries()) {
      const rows = Number(group.num_rows);
      if (!Number.isSafeInteger(rows) || rows < 0)
        throw new InputError(file, { rowGroup: g }, `the row count ${String(group.num_rows)} is not valid`);
      // hyparquet hands each column chunk as one array; it is used as it is (no copy) when it covers the group.
      const columns: ArrayLike<unknown>[] = names.map(() => []);
      try {
        await parquetRead({
          file: buffer,
          metadata,
          compressors,
          rowStart,
          rowEnd: rowStart + rows,
          onChunk(chunk: ColumnData) {
            const c = names.indexOf(chunk.columnName);
            if (c < 0) return;
            if (chunk.rowStart === rowStart && chunk.columnData.length === rows) {
              columns[c] = chunk.columnData;
              return;
            }
            const target =
              columns[c]!.length === rows ? (columns[c] as unknown[]) : (columns[c] = new Array<unknown>(rows));
            for (let i = 0; i < chunk.columnData.length; i++) {
              const r = chunk.rowStart + i - rowStart;
              if (r >= 0 && r < rows) target[r] = chunk.columnData[i];
            }
          },
        });
      } catch (e) {
        throw new InputError(file, { rowGroup: g }, `cannot be decoded (${errorMessage(e)})`);
      }
      const short = columns.findIndex((c) => c.length !== rows);
      if (short >= 0) {
        throw new InputError(
          file,
          { rowGroup: g, column: names[short]! },
          `holds ${columns[short]!.length} values, not the ${rows} rows the row group declares`,
        );
      }
      yield { columns, length: rows, lines: null };
      rowStart += rows;
    }
  }
  const rows = Number(metadata.num_rows);
  const knownRows = Number.isSafeInteger(rows) && rows >= 0 ? rows : null;
  return valueSource(file, "parquet", names, rawBatches, options, async () => {}, knownRows);
}

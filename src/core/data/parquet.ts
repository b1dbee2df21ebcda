import { stat } from "node:fs/promises";

import {
  asyncBufferFromFile,
  type ColumnData,
  type FileMetaData,
  parquetMetadataAsync,
  parquetRead,
  parquetSchema,
} from "hyparquet";
import { getMaxDefinitionLevel, getMaxRepetitionLevel, getTreePath } from "hyparquet/src/schema.js";
import { compressors } from "hyparquet-compressors";

import { errorMessage, InputError, type Place, unreadable } from "../errors.js";
import { validateHeader } from "./header.js";
import { columnChunkProblem, type ColumnLevels } from "./parquetPages.js";
import type { ReadOptions, TableSource } from "./types.js";
import { type ValueBatch, valueSource } from "./valueSource.js";

/**
 * Open a Parquet file (hyparquet: every codec via hyparquet-compressors). Rows stream one row group at a time, each
 * read a column at a time.
 */
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
  let tree: ReturnType<typeof parquetSchema>;
  try {
    tree = parquetSchema(metadata);
    names = tree.children.map((c) => c.element.name);
  } catch (e) {
    throw new InputError(file, undefined, `the Parquet schema cannot be read (${errorMessage(e)})`);
  }
  if (names.some((n) => typeof n !== "string"))
    throw new InputError(file, undefined, "the Parquet schema has a column without a name");
  validateHeader(file, names, {});

  /** A leaf column's highest levels, from the schema (hyparquet's own reckoning of them). */
  function levelsOf(path: string[], place: Place): ColumnLevels {
    let schemaPath: ReturnType<typeof getTreePath>;
    try {
      schemaPath = getTreePath(tree, path);
    } catch (e) {
      throw new InputError(file, place, `the column chunk's path is not in the schema (${errorMessage(e)})`);
    }
    return { maxRepetition: getMaxRepetitionLevel(schemaPath), maxDefinition: getMaxDefinitionLevel(schemaPath) };
  }

  /**
   * One column of one row group. Its chunk's bytes are read here and their page headers checked before hyparquet
   * sees them (see parquetPages.ts); then only this column is decoded, so the raw and decompressed bytes in memory
   * are one column chunk's, not the row group's.
   */
  async function readColumn(g: number, name: string, rowStart: number, rows: number): Promise<ArrayLike<unknown>> {
    const place = { rowGroup: g, column: name };
    const chunks = metadata.row_groups[g]!.columns.flatMap((c) =>
      c.meta_data && c.meta_data.path_in_schema[0] === name ? [c.meta_data] : [],
    );
    const ranges = chunks.map((m) => {
      // hyparquet's own reckoning of a chunk's bytes (a dictionary page, when there is one, comes first).
      const start = Number(m.dictionary_page_offset || m.data_page_offset);
      return { meta: m, start, end: start + Number(m.total_compressed_size) };
    });
    const outside =
      ranges.find(
        (r) => !Number.isSafeInteger(r.start) || !Number.isSafeInteger(r.end) || r.start < 0 || r.end < r.start,
      ) ?? ranges.find((r) => r.end > buffer.byteLength);
    if (outside)
      throw new InputError(
        file,
        place,
        `the column chunk's byte range ${outside.start}–${outside.end} lies outside the file`,
      );
    let guarded = buffer;
    if (ranges.length > 0) {
      const start = Math.min(...ranges.map((r) => r.start));
      const end = Math.max(...ranges.map((r) => r.end));
      const bytes = await buffer.slice(start, end);
      if (bytes.byteLength !== end - start)
        throw new InputError(file, place, `the column chunk's bytes ${start}–${end} could not all be read`);
      for (const r of ranges) {
        const view = new DataView(bytes, r.start - start, r.end - r.start);
        const problem = columnChunkProblem(view, r.meta, levelsOf(r.meta.path_in_schema, place), r.start);
        if (problem) throw new InputError(file, place, problem);
      }
      // hyparquet is served the bytes just checked, not a second read of the file that could differ.
      guarded = {
        byteLength: buffer.byteLength,
        slice: (s, e = buffer.byteLength) =>
          s === start && e === end
            ? bytes
            : s >= start && e <= end
              ? bytes.slice(s - start, e - start)
              : buffer.slice(s, e),
      };
    }
    // hyparquet hands a column chunk as one array; it is used as it is (no copy) when it covers the group.
    let column: ArrayLike<unknown> = [];
    try {
      await parquetRead({
        file: guarded,
        metadata,
        compressors,
        rowStart,
        rowEnd: rowStart + rows,
        columns: [name],
        onChunk(chunk: ColumnData) {
          if (chunk.columnName !== name) return;
          if (chunk.rowStart === rowStart && chunk.columnData.length === rows) {
            column = chunk.columnData;
            return;
          }
          const target = column.length === rows ? (column as unknown[]) : (column = new Array<unknown>(rows));
          for (let i = 0; i < chunk.columnData.length; i++) {
            const r = chunk.rowStart + i - rowStart;
            if (r >= 0 && r < rows) target[r] = chunk.columnData[i];
          }
        },
      });
    } catch (e) {
      throw new InputError(file, place, `cannot be decoded (${errorMessage(e)})`);
    }
    if (column.length !== rows)
      throw new InputError(file, place, `holds ${column.length} values, not the ${rows} rows the row group declares`);
    return column;
  }

  async function* rawBatches(): AsyncGenerator<ValueBatch> {
    let rowStart = 0;
    for (const [g, group] of metadata.row_groups.entries()) {
      const rows = Number(group.num_rows);
      if (!Number.isSafeInteger(rows) || rows < 0)
        throw new InputError(file, { rowGroup: g }, `the row count ${String(group.num_rows)} is not valid`);
      // Column after column: the next chunk is read only once this one is decoded.
      const columns: ArrayLike<unknown>[] = [];
      for (const name of names) columns.push(await readColumn(g, name, rowStart, rows));
      yield { columns, length: rows, lines: null };
      rowStart += rows;
    }
  }
  const rows = Number(metadata.num_rows);
  const knownRows = Number.isSafeInteger(rows) && rows >= 0 ? rows : null;
  return valueSource(file, "parquet", names, rawBatches, options, async () => {}, knownRows);
}

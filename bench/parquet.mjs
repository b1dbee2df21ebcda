// Writes the benchmark table as Parquet: the same rows as bench/generate.mjs's CSV for the same seed (the same PRNG
// and makeRow, so cell for cell the same values), typed columns, one row group at a time.
// Usage: node bench/parquet.mjs <out.parquet> [rows=1000000] [seed=1]
//
// Memory: this streams. hyparquet-writer's ParquetWriter takes one row group per write() and its fileWriter flushes
// each ~1 MB to disk, so only one row group of column arrays (ROW_GROUP rows) is held at a time, not the table.
import { fileWriter, ParquetWriter } from "hyparquet-writer";

import { HEADER, makeRow, rng } from "./generate.mjs";

/** 100k rows per group: hyparquet-writer's default steady-state size, and what modelgate reads per batch. */
export const ROW_GROUP = 100_000;

const DAY_MS = 86_400_000;

/**
 * Parquet physical types for the 20 columns (see makeRow): f* DOUBLE, i* INT32, c* UTF8 strings, flag BOOLEAN,
 * day DATE (INT32 days since the epoch; readers hand back a Date, which modelgate checks as a datetime).
 * REQUIRED, because the generator never writes nulls: no definition levels to store or decode.
 */
const SCHEMA = [
  { name: "root", num_children: HEADER.length },
  ...HEADER.map((name) => {
    const base = { name, repetition_type: "REQUIRED" };
    if (/^f\d/.test(name)) return { ...base, type: "DOUBLE" }; // not /^f/: "flag" starts with f too
    if (/^i\d/.test(name)) return { ...base, type: "INT32" };
    if (/^c\d/.test(name)) return { ...base, type: "BYTE_ARRAY", converted_type: "UTF8" };
    if (name === "flag") return { ...base, type: "BOOLEAN" };
    return { ...base, type: "INT32", converted_type: "DATE" };
  }),
];

/** One row group's column arrays, filled from makeRow's cells so the values are exactly the CSV's. */
function rowGroup(next, rows) {
  const cols = SCHEMA.slice(1).map((el) =>
    el.type === "DOUBLE" ? new Float64Array(rows) : el.type === "INT32" ? new Int32Array(rows) : new Array(rows),
  );
  for (let r = 0; r < rows; r++) {
    const cells = makeRow(next);
    for (let c = 0; c < 18; c++) cols[c][r] = c < 14 ? Number(cells[c]) : cells[c]; // f*, i* numbers; c* strings
    cols[18][r] = cells[18] === "true";
    cols[19][r] = Date.parse(cells[19]) / DAY_MS; // "YYYY-MM-DD" is UTC midnight: a whole day number
  }
  return cols.map((data, c) => ({ name: HEADER[c], data }));
}

export async function writeParquet(path, rows, seed) {
  const next = rng(seed);
  const writer = new ParquetWriter({ writer: fileWriter(path), schema: SCHEMA }); // SNAPPY, the default codec
  for (let done = 0; done < rows; done += ROW_GROUP) {
    const n = Math.min(ROW_GROUP, rows - done);
    await writer.write({ columnData: rowGroup(next, n), rowGroupSize: n });
  }
  await writer.finish();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [out, rows = "1000000", seed = "1"] = process.argv.slice(2);
  await writeParquet(out, Number(rows), Number(seed));
}

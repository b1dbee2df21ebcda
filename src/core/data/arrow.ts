import { open } from "node:fs/promises";

import { DataType, RecordBatchReader } from "apache-arrow";

import { errorMessage, InputError, unreadable } from "../errors.js";
import { validateHeader } from "./header.js";
import type { ReadOptions, TableSource } from "./types.js";
import { type ValueBatch, valueSource } from "./valueSource.js";

async function openReader(file: string) {
  const fh = await open(file, "r").catch((e: unknown) => {
    throw unreadable(file, e);
  });
  try {
    const reader = await RecordBatchReader.from(fh);
    await reader.open();
    return { reader, fh };
  } catch (e) {
    await fh.close();
    throw new InputError(file, undefined, `not a readable Arrow IPC file (${errorMessage(e)})`);
  }
}

/** Open an Arrow IPC file or stream (Feather v2): record batches stream one at a time. */
export async function openArrow(file: string, options: ReadOptions): Promise<TableSource> {
  const { reader, fh } = await openReader(file);
  await fh.close();
  const fields = reader.schema?.fields;
  if (!fields) throw new InputError(file, undefined, "not a readable Arrow IPC file (no schema)");
  const names = fields.map((f) => f.name);
  // apache-arrow gives dates and timestamps as epoch-millisecond numbers: keep them datetimes.
  const temporal = fields.map((f) => DataType.isDate(f.type) || DataType.isTimestamp(f.type));
  if (names.length === 0) throw new InputError(file, undefined, "the file has no columns");
  validateHeader(file, names, {});

  async function* rawBatches(): AsyncGenerator<ValueBatch> {
    const { reader: r, fh: handle } = await openReader(file);
    let index = 0;
    try {
      for await (const batch of r) {
        const columns = names.map((_n, c) => {
          const vector = batch.getChildAt(c);
          const out = new Array<unknown>(batch.numRows);
          if (vector) {
            for (let i = 0; i < batch.numRows; i++) {
              const v: unknown = vector.isValid(i) ? vector.get(i) : null;
              out[i] = temporal[c] && (typeof v === "number" || typeof v === "bigint") ? new Date(Number(v)) : v;
            }
          }
          return out;
        });
        yield { columns, length: batch.numRows, lines: null };
        index++;
      }
    } catch (e) {
      if (e instanceof InputError) throw e;
      throw new InputError(file, { record: index }, `record batch cannot be decoded (${errorMessage(e)})`);
    } finally {
      await handle.close();
    }
  }
  return valueSource(file, "arrow", names, rawBatches, options, async () => {});
}

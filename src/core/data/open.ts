import { extname } from "node:path";

import { InputError } from "../errors.js";
import { assertRegularFile } from "../regularFile.js";
import { openCsv } from "./csv/source.js";
import { DEFAULT_READ_OPTIONS, type Format, FORMATS, type ReadOptions, type TableSource } from "./types.js";

const BY_EXTENSION: Record<string, Format> = {
  ".csv": "csv",
  ".tsv": "csv",
  ".txt": "csv",
  ".jsonl": "jsonl",
  ".ndjson": "jsonl",
  ".parquet": "parquet",
  ".pq": "parquet",
  ".arrow": "arrow",
  ".feather": "arrow",
  ".ipc": "arrow",
};

/** The format named, or the one the file's extension implies. */
export function formatOf(file: string, format?: string): Format {
  if (format) {
    if (!(FORMATS as readonly string[]).includes(format)) {
      throw new InputError(
        file,
        undefined,
        `unknown format ${JSON.stringify(format)} (expected one of ${FORMATS.join(", ")})`,
      );
    }
    return format as Format;
  }
  const found = BY_EXTENSION[extname(file).toLowerCase()];
  if (!found)
    throw new InputError(
      file,
      undefined,
      `cannot tell the format from the extension: name one with --format (${FORMATS.join(", ")})`,
    );
  return found;
}

/** The reader options in full: defaults filled in (a .tsv file defaults to a tab delimiter). */
export function resolveReadOptions(file: string, options: Partial<ReadOptions> = {}): ReadOptions {
  return {
    nullValues: options.nullValues ?? DEFAULT_READ_OPTIONS.nullValues,
    delimiter: options.delimiter ?? (extname(file).toLowerCase() === ".tsv" ? "\t" : DEFAULT_READ_OPTIONS.delimiter),
  };
}

/** Open a table for streaming, in the format named or implied. */
export async function openTable(
  file: string,
  options: Partial<ReadOptions> & { format?: string } = {},
): Promise<TableSource> {
  const format = formatOf(file, options.format);
  const read = resolveReadOptions(file, options);
  // Every format's reader would block on a FIFO or read /dev/zero for ever: refused here, before any opens it.
  await assertRegularFile(file);
  switch (format) {
    case "csv":
      return openCsv(file, read);
    // Loaded when needed: apache-arrow and hyparquet are most of the bundle, and CSV runs start faster without them.
    case "jsonl":
      return (await import("./jsonl.js")).openJsonl(file, read);
    case "parquet":
      return (await import("./parquet.js")).openParquet(file, read);
    case "arrow":
      return (await import("./arrow.js")).openArrow(file, read);
  }
}

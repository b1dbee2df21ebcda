import { type FileHandle, open } from "node:fs/promises";

import { InputError, unreadable } from "../../errors.js";
import { assertRegularFile } from "../../regularFile.js";
import { firstRows, matrixBuffer, slotOf } from "../featureMatrix.js";
import { validateHeader } from "../header.js";
import { NullMatcher, typeFromFits } from "../nulls.js";
import { classify, FITS_ALL } from "../parseBytes.js";
import { ByteInterner, MAX_SHARED_DICT } from "../stringDict.js";
import type { Batch, ColumnPlan, ColumnType, ReadOptions, TableSource } from "../types.js";
import { cellText, columnBuffers, convertColumn } from "./convert.js";
import { CsvTokenizer, ESCAPED, type FieldBatch } from "./tokenizer.js";

/** Bytes read at a time; exported so the boundary tests follow it. */
export const CHUNK_BYTES = 4 << 20;
const BATCH_ROWS = 32_768;
/**
 * Cells per batch: a wide table gets fewer rows a batch, so the per-column buffers (and the tokenizer's field
 * arrays, rows × columns) stay bounded: 32,768 rows of 100,000 columns would ask for tens of GB (issue 16).
 */
const BATCH_CELLS = 1 << 20;
const MAX_COLUMNS = 100_000;
/** The interner of columns that are not text: never used (convertColumn interns only text). */
const NO_INTERNER = new ByteInterner();

/** Open a CSV file: reads the header now; rows stream in batches later, in chunks of bounded size. */
/** A byte range of the data to read instead of all of it: rows from `start` (a line start) to `end`, lines counted from 1 at `start`. */
export interface ByteRange {
  start: number;
  end: number;
}

/** A CSV source also tells where its data begins and, after a pass, the line it stopped on. */
export interface CsvSource extends TableSource {
  readonly dataStart: number;
  readonly size: number;
  /** The line after the last record read (absolute, or relative to the range's start). */
  readonly endLine: number;
}

export async function openCsv(file: string, options: ReadOptions, range?: ByteRange): Promise<CsvSource> {
  if (options.delimiter.length !== 1 || options.delimiter.charCodeAt(0) > 127) {
    throw new InputError(
      file,
      undefined,
      `the delimiter must be one ASCII character, not ${JSON.stringify(options.delimiter)}`,
    );
  }
  const delimiter = options.delimiter.charCodeAt(0);
  // The split validator opens CSV directly, not through openTable: the same refusal of a FIFO or a device.
  await assertRegularFile(file);
  const fh = await open(file, "r").catch((e: unknown) => {
    throw unreadable(file, e);
  });
  const nulls = new NullMatcher(options.nullValues);

  // Whatever is wrong with the header, the file is closed before the error goes up.
  const { names, dataStart, dataLine } = await readHeader(fh, file, delimiter).catch(async (e: unknown) => {
    await fh.close();
    throw e;
  });

  const batchRows = Math.max(1, Math.min(BATCH_ROWS, Math.floor(BATCH_CELLS / Math.max(1, names.length))));
  let endLine = dataLine;
  /** The file offset up to which records have been tokenized, in the pass now running. */
  let parsedTo = range?.start ?? dataStart;
  const { size } = await fh.stat();

  async function* fieldBatches(): AsyncGenerator<FieldBatch> {
    const tok = new CsvTokenizer(file, delimiter, batchRows, names.length);
    const from = range?.start ?? dataStart;
    const limit = range?.end ?? Infinity;
    // A range that starts past the header counts its lines from 1; the caller knows the offset.
    tok.startAt(from === dataStart ? dataLine : 1);
    let chunk = new Uint8Array(CHUNK_BYTES);
    let used = 0;
    let filePos = from;
    let end = false;
    for (;;) {
      while (!end && used < chunk.length) {
        const want = Math.min(chunk.length - used, limit - filePos);
        const { bytesRead } = want > 0 ? await fh.read(chunk, used, want, filePos) : { bytesRead: 0 };
        if (bytesRead === 0) end = true;
        used += bytesRead;
        filePos += bytesRead;
      }
      tok.fill(chunk, used, end);
      endLine = tok.currentLine;
      parsedTo = filePos - used + tok.position;
      if (tok.rows > 0) {
        yield {
          buf: chunk,
          rows: tok.rows,
          width: names.length,
          starts: tok.starts,
          ends: tok.ends,
          flags: tok.flags,
          lines: tok.lines,
        };
      }
      if (end && tok.position >= used) return;
      if (tok.rows === tok.capacity) {
        tok.startBatch();
        continue;
      }
      const rest = used - tok.position;
      if (tok.position === 0 && rest === chunk.length) {
        // One record longer than the buffer: grow it (the only way memory follows the data).
        const grown = new Uint8Array(chunk.length * 2);
        grown.set(chunk);
        chunk = grown;
      } else {
        chunk.copyWithin(0, tok.position, used);
      }
      used = rest;
      tok.rebase();
    }
  }

  return {
    file,
    format: "csv",
    dataStart,
    size,
    get endLine() {
      return endLine;
    },
    columnNames: names,
    async detectTypes(options?: { sampleRows?: number }): Promise<ColumnType[]> {
      const fits = new Array<number>(names.length).fill(FITS_ALL);
      const seen = new Array<boolean>(names.length).fill(false);
      let read = 0;
      for await (const fb of fieldBatches()) {
        if (options?.sampleRows !== undefined && read >= options.sampleRows && seen.every(Boolean)) break;
        read += fb.rows;
        const { buf: b, rows, width, starts, ends } = fb;
        for (let c = 0; c < width; c++) {
          let m = fits[c]!;
          if (m === 0) continue;
          let any = seen[c]!;
          for (let r = 0, k = c; r < rows && m !== 0; r++, k += width) {
            const s = starts[k]!;
            const e = ends[k]!;
            if (nulls.bytes(b, s, e)) continue;
            any = true;
            m &= classify(b, s, e);
          }
          fits[c] = m;
          seen[c] = any;
        }
      }
      return fits.map((m, c) => typeFromFits(m, seen[c]!));
    },
    async *batches(plan: readonly ColumnPlan[]): AsyncGenerator<Batch> {
      // Only text columns intern their cells: one interner per column of a 100,000-column table costs seconds.
      const interners = plan.map((p) => (p.type === "string" ? new ByteInterner() : NO_INTERNER));
      const buffers = columnBuffers(
        batchRows,
        plan.map((p) => p.type),
      );
      const matrix = matrixBuffer(plan, batchRows);
      let rowStart = 0;
      for await (const fb of fieldBatches()) {
        const columns = plan.map((p, c) => {
          if (interners[c]!.size > MAX_SHARED_DICT) interners[c] = new ByteInterner();
          return convertColumn(fb, c, p, nulls, interners[c]!, file, buffers[c]!, slotOf(matrix, p));
        });
        yield {
          rowStart,
          length: fb.rows,
          lines: fb.lines.subarray(0, fb.rows),
          columns,
          matrix: firstRows(matrix, fb.rows),
          raw: (c, r) => cellText(fb, c, r),
        };
        rowStart += fb.rows;
      }
    },
    rowsEstimate(rowsRead: number): number | null {
      const from = range?.start ?? dataStart;
      const to = Math.min(range?.end ?? size, size);
      return parsedTo > from ? Math.ceil((rowsRead * (to - from)) / (parsedTo - from)) : null;
    },
    close: () => fh.close(),
  };
}

/** Read the header record: the column names, and where (byte and line) the data begins. */
async function readHeader(
  fh: FileHandle,
  file: string,
  delimiter: number,
): Promise<{ names: string[]; dataStart: number; dataLine: number }> {
  // The header: read until its record is complete.
  let buf = new Uint8Array(1 << 16);
  let len = 0;
  let eof = false;
  const header = new CsvTokenizer(file, delimiter, 1, MAX_COLUMNS, true);
  let bom = 0;
  for (;;) {
    if (len === buf.length) {
      const grown = new Uint8Array(buf.length * 2);
      grown.set(buf);
      buf = grown;
    }
    const { bytesRead } = await fh.read(buf, len, buf.length - len, len);
    len += bytesRead;
    eof = bytesRead === 0;
    if (bom === 0 && len >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
      bom = 3;
      header.skip(3);
    }
    header.fill(buf, len, eof);
    if (header.rows === 1 || eof) break;
  }
  if (header.rows === 0) throw new InputError(file, undefined, "the file is empty: a header row is needed");
  const headerLine = header.lines[0]!;
  const names: string[] = [];
  const strict = new TextDecoder("utf-8", { fatal: true });
  for (let c = 0; c < header.width; c++) {
    let text: string;
    try {
      text = strict.decode(buf.subarray(header.starts[c], header.ends[c]));
    } catch {
      throw new InputError(file, { line: headerLine, column: c + 1 }, "the header is not valid UTF-8");
    }
    names.push(header.flags[c]! & ESCAPED ? text.replaceAll('""', '"') : text);
  }
  validateHeader(file, names, { line: headerLine });
  return { names, dataStart: header.position, dataLine: header.currentLine };
}

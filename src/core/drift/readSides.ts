// Both tables' drift samples, read with one set of column types: the reference's, from its schema or detected.
import { stat } from "node:fs/promises";

import { openTable } from "../data/open.js";
import type { ColumnType, TableSource } from "../data/types.js";
import { InputError } from "../errors.js";
import { schemaTypes } from "../schema/schemaTypes.js";
import { collectFile, collectSamples, type ColumnSample, type SampleJob, type SampleRunner } from "./samples.js";

/** Below this size the current table is read in this thread: starting a worker costs ~0.15 s. */
export const WORKER_MIN_BYTES = 8 << 20;

/** Rows read to guess the reference's types (all of them are read when a guess turns out wrong). */
export const TYPE_SAMPLE_ROWS = 65_536;

/** How the tables are read: a worker for the current one (when given and the file is large), progress. */
export interface SideReading {
  /** Reads the current table in a worker thread; absent, both tables are read in this thread. */
  sampleRunner?: SampleRunner | undefined;
  /** The current table goes to the worker from this size on (default WORKER_MIN_BYTES). */
  splitMinBytes?: number | undefined;
  progress?: ((rows: number) => void) | undefined;
}

/** The two tables and how to read them. */
export interface SidesRequest {
  reference: string;
  current: string;
  read: SampleJob["read"];
  /** A schema file giving the types; absent, they are detected from the reference. */
  schema?: string | undefined;
  /** Columns the reference must have (`--columns`); null or absent: any. */
  wanted?: ReadonlySet<string> | null | undefined;
}

/** The reference's column types: from the schema, else guessed from its first rows (checked by `readSides`). */
export async function referenceTypes(
  source: TableSource,
  schemaFile: string | undefined,
  full: boolean,
): Promise<ColumnType[]> {
  if (schemaFile !== undefined) return schemaTypes(schemaFile, source.columnNames);
  return source.detectTypes(full ? {} : { sampleRows: TYPE_SAMPLE_ROWS });
}

/**
 * Both tables' samples, the current one read in a worker thread while this thread reads the reference. Types
 * guessed from the reference's first rows are exact whenever every reference value fits them (a narrower type
 * would have fitted the first rows too); when one does not, the types are detected over all rows and both
 * tables are read again.
 */
export async function readSides(
  request: SidesRequest,
  reading: SideReading = {},
): Promise<{ reference: ColumnSample[]; current: ColumnSample[] }> {
  const { reference: refFile, current: curFile, read, schema: schemaFile, wanted } = request;
  const { sampleRunner, progress } = reading;
  // The current table's header, and whether it is large enough to be worth a worker, are known once.
  const head = await openTable(curFile, read);
  await head.close();
  const threaded = sampleRunner && (await stat(curFile)).size >= (reading.splitMinBytes ?? WORKER_MIN_BYTES);
  for (const full of [false, true]) {
    const source = await openTable(refFile, read);
    let types: ColumnType[];
    try {
      types = await referenceTypes(source, schemaFile, full);
    } catch (e) {
      await source.close();
      throw e;
    }
    for (const c of wanted ?? [])
      if (!source.columnNames.includes(c)) {
        await source.close();
        throw new InputError(refFile, undefined, `no column ${JSON.stringify(c)}`);
      }
    const byName = new Map(source.columnNames.map((n, i) => [n, types[i]!]));
    // The current table is read with the reference's types: a value that no longer fits is counted, not guessed.
    const job: SampleJob = { file: curFile, read, types: head.columnNames.map((n) => byName.get(n) ?? "string") };
    const remote = threaded ? sampleRunner(job) : null;
    remote?.catch(() => {}); // awaited below; an early failure here must not leave it unhandled
    let reference: ColumnSample[];
    try {
      reference = await collectSamples(source, types, progress);
    } finally {
      await source.close();
    }
    const guessWrong = !full && schemaFile === undefined && reference.some((s) => s.invalid > 0);
    const current = remote ? await remote : guessWrong ? [] : await collectFile(job, progress);
    if (!guessWrong) return { reference, current };
  }
  throw new Error("unreachable: the second pass uses the types of every row");
}

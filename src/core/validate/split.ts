// Large CSV files are validated as two halves at once: this thread takes the first, a worker the second, and the
// second half's state is merged into the first's (counts add, examples shift, profile sketches merge). A CSV split
// at a newline is only valid when that newline is not inside a quoted field; the first half, read from the true
// start, tells: if it ends inside an open quote, the split is dropped and the file is read in one pass.
import { open } from "node:fs/promises";

import { openCsv } from "../data/csv/source.js";
import { UNCLOSED_QUOTE } from "../data/csv/tokenizer.js";
import type { ReadOptions } from "../data/types.js";
import { InputError } from "../errors.js";
import type { SchemaFile } from "../schema/schema.js";
import { type RangeState, TableValidator, type ValidateResult } from "./validate.js";

/**
 * This thread's share of the rows: the worker first loads the bundle (~0.15 s), so an even split would leave this
 * thread waiting for it. A fixed share keeps the split, and so the results, the same on every run.
 */
export const OWN_SHARE = 0.55;

/** Below this size one pass is as fast as starting a worker. */
export const SPLIT_MIN_BYTES = 32 << 20;

/** The second half's work, as sent to the worker (plain data: it is structured-cloned). */
export interface RangeJob {
  file: string;
  read: ReadOptions;
  schema: SchemaFile;
  profile: boolean;
  start: number;
  end: number;
}

export interface RangeOutcome extends RangeState {
  endLine: number;
}

/**
 * Runs a range somewhere else (a worker thread). It rejects with the error the range met: an InputError keeps its
 * file, place and problem, with lines counted from the range's start.
 */
export type RangeRunner = (job: RangeJob) => Promise<RangeOutcome>;

/** Validate one byte range of a CSV file: what a worker runs. */
export async function validateRange(job: RangeJob): Promise<RangeOutcome> {
  const source = await openCsv(job.file, job.read, { start: job.start, end: job.end });
  try {
    const validator = new TableValidator(job.schema, source.columnNames, job.profile);
    for await (const batch of source.batches(validator.plan)) validator.add(batch);
    return { ...validator.state(), endLine: source.endLine };
  } finally {
    await source.close();
  }
}

/** The first line start at or after `from`, or null. */
async function lineStartAfter(file: string, from: number, size: number): Promise<number | null> {
  const fh = await open(file, "r");
  try {
    const buf = new Uint8Array(1 << 20);
    for (let pos = from; pos < size; pos += buf.length) {
      const { bytesRead } = await fh.read(buf, 0, buf.length, pos);
      const i = buf.subarray(0, bytesRead).indexOf(10);
      if (i >= 0) return pos + i + 1 < size ? pos + i + 1 : null;
    }
    return null;
  } finally {
    await fh.close();
  }
}

export interface SplitOptions {
  file: string;
  read: ReadOptions;
  schema: SchemaFile;
  schemaFile: string;
  profile: boolean;
  runRemote: RangeRunner;
  minBytes?: number;
}

/** Validate a CSV file in two halves at once; null when it is small, a rule needs every row, or the split falls in a quote. */
export async function validateCsvSplit(o: SplitOptions): Promise<ValidateResult | null> {
  const head = await openCsv(o.file, o.read);
  const { dataStart, size, columnNames } = head;
  await head.close();
  if (size < (o.minBytes ?? SPLIT_MIN_BYTES)) return null;
  const validator = new TableValidator(o.schema, columnNames, o.profile);
  if (!validator.splittable) return null;
  const middle = await lineStartAfter(o.file, dataStart + Math.floor((size - dataStart) * OWN_SHARE), size);
  if (middle === null) return null;

  const remote = o.runRemote({
    file: o.file,
    read: o.read,
    schema: o.schema,
    profile: o.profile,
    start: middle,
    end: size,
  });
  remote.catch(() => {}); // awaited below; an early failure of ours must not leave it unhandled
  let ownEndLine: number;
  try {
    const own = await openCsv(o.file, o.read, { start: dataStart, end: middle });
    try {
      for await (const batch of own.batches(validator.plan)) validator.add(batch);
      ownEndLine = own.endLine;
    } finally {
      await own.close();
    }
  } catch (e) {
    if (e instanceof InputError && e.problem === UNCLOSED_QUOTE) return null;
    throw e;
  }
  let next: RangeOutcome;
  try {
    next = await remote;
  } catch (e) {
    // The second half counted lines from its own start.
    if (e instanceof InputError && e.place?.line !== undefined)
      throw new InputError(e.file, { ...e.place, line: e.place.line + ownEndLine - 1 }, e.problem);
    throw e;
  }
  validator.absorb(next, ownEndLine - 1);
  return validator.result({ file: o.file, format: "csv" }, o.schemaFile);
}

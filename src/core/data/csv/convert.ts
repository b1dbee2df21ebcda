import { InputError } from "../../errors.js";
import { fillSlot, type MatrixSlot } from "../featureMatrix.js";
import type { NullMatcher } from "../nulls.js";
import { parseBoolean, parseDatetime, parseInteger, parseNumber } from "../parseBytes.js";
import { type ByteInterner, NotUtf8Error } from "../stringDict.js";
import { type ColumnData, type ColumnPlan, INVALID, NULL, OK } from "../types.js";
import { ESCAPED, type FieldBatch } from "./tokenizer.js";

const QUOTE = 34;
const lenient = new TextDecoder("utf-8");

/** Undo doubled quotes in place into a scratch buffer; returns its length. */
function unescape(b: Uint8Array, s: number, e: number, out: Uint8Array): number {
  let n = 0;
  for (let i = s; i < e; i++) {
    const c = b[i]!;
    out[n++] = c;
    if (c === QUOTE && b[i + 1] === QUOTE) i++;
  }
  return n;
}

/** A cell's text as written (quotes undone), for examples; never fails on bad bytes. */
export function cellText(fb: FieldBatch, col: number, row: number): string {
  const k = row * fb.width + col;
  const text = lenient.decode(fb.buf.subarray(fb.starts[k], fb.ends[k]));
  return fb.flags[k]! & ESCAPED ? text.replaceAll('""', '"') : text;
}

/**
 * Where a column's arrays sit in the blocks every column shares, reused batch after batch: a batch is valid only
 * until the next one (see Batch). Blocks rather than arrays per column: on a table of 100,000 columns, an
 * ArrayBuffer (or a view) per column and kind is hundreds of thousands of objects (issue 16).
 */
export interface ColumnBuffers {
  /** The values block (numeric columns) and the codes block (text columns); `at` is the column's start in its own. */
  values: Float64Array;
  codes: Int32Array;
  at: number;
  status: Uint8Array;
  statusAt: number;
}

/** Every column's place in one block per kind, `rows` cells each. */
export function columnBuffers(rows: number, types: readonly ColumnPlan["type"][]): ColumnBuffers[] {
  const text = types.filter((t) => t === "string").length;
  const values = new Float64Array(rows * (types.length - text));
  const codes = new Int32Array(rows * text);
  const status = new Uint8Array(rows * types.length);
  let [v, c] = [0, 0];
  return types.map((type, i) => ({
    values,
    codes,
    at: type === "string" ? rows * c++ : rows * v++,
    status,
    statusAt: rows * i,
  }));
}

/** Parse one column of a field batch as its planned type, into the column's reused buffers. */
export function convertColumn(
  fb: FieldBatch,
  col: number,
  plan: ColumnPlan,
  nulls: NullMatcher,
  interner: ByteInterner,
  file: string,
  reuse: ColumnBuffers,
  /** Where the values also go as float32, when the plan puts the column in the batch's feature matrix. */
  slot: MatrixSlot | null = null,
): ColumnData {
  const { buf, rows, width, starts, ends } = fb;
  const status = reuse.status.subarray(reuse.statusAt, reuse.statusAt + rows);
  if (plan.type === "string") {
    const codes = reuse.codes.subarray(reuse.at, reuse.at + rows);
    let scratch: Uint8Array | null = null;
    for (let r = 0, k = col; r < rows; r++, k += width) {
      const s = starts[k]!;
      const e = ends[k]!;
      if (nulls.bytes(buf, s, e)) {
        status[r] = NULL;
        codes[r] = -1;
        continue;
      }
      try {
        if (fb.flags[k]! & ESCAPED) {
          if (!scratch || scratch.length < e - s) scratch = new Uint8Array(e - s);
          codes[r] = interner.intern(scratch, 0, unescape(buf, s, e, scratch));
        } else {
          codes[r] = interner.intern(buf, s, e);
        }
      } catch (err) {
        if (err instanceof NotUtf8Error) {
          throw new InputError(file, { line: fb.lines[r], column: col + 1 }, "the text is not valid UTF-8");
        }
        throw err;
      }
    }
    return { kind: "string", type: "string", codes, dict: interner.dict, status };
  }
  const values = reuse.values.subarray(reuse.at, reuse.at + rows);
  // Cells that are not OK, counted where they are met: a reader of the column skips its status when there are none.
  let bad = 0;
  // One loop per type keeps each parser call monomorphic, which the engine inlines: this is the hot path.
  switch (plan.type) {
    case "integer":
      for (let r = 0, k = col; r < rows; r++, k += width) {
        const s = starts[k]!;
        const e = ends[k]!;
        const v = nulls.bytes(buf, s, e) ? NaN : parseInteger(buf, s, e);
        values[r] = v;
        if (v === v) status[r] = OK;
        else {
          status[r] = s === e || nulls.bytes(buf, s, e) ? NULL : INVALID;
          bad++;
        }
      }
      break;
    case "number":
      if (slot) {
        bad = parseNumbersInto(fb, col, nulls, values, status, slot);
        return { kind: "numeric", type: plan.type, values, status, bad };
      }
      for (let r = 0, k = col; r < rows; r++, k += width) {
        const s = starts[k]!;
        const e = ends[k]!;
        const v = nulls.bytes(buf, s, e) ? NaN : parseNumber(buf, s, e);
        values[r] = v;
        if (v === v) status[r] = OK;
        else {
          status[r] = s === e || nulls.bytes(buf, s, e) ? NULL : INVALID;
          bad++;
        }
      }
      break;
    case "boolean":
      for (let r = 0, k = col; r < rows; r++, k += width) {
        const s = starts[k]!;
        const e = ends[k]!;
        const v = nulls.bytes(buf, s, e) ? NaN : parseBoolean(buf, s, e);
        values[r] = v;
        if (v === v) status[r] = OK;
        else {
          status[r] = s === e || nulls.bytes(buf, s, e) ? NULL : INVALID;
          bad++;
        }
      }
      break;
    case "datetime": {
      const parse = plan.datetime ?? parseDatetime;
      for (let r = 0, k = col; r < rows; r++, k += width) {
        const s = starts[k]!;
        const e = ends[k]!;
        const v = nulls.bytes(buf, s, e) ? NaN : parse(buf, s, e);
        values[r] = v;
        if (v === v) status[r] = OK;
        else {
          status[r] = s === e || nulls.bytes(buf, s, e) ? NULL : INVALID;
          bad++;
        }
      }
      break;
    }
  }
  if (slot) fillSlot(slot, values, rows);
  return { kind: "numeric", type: plan.type, values, status, bad };
}

/**
 * The number loop that also writes each value into the feature matrix: the value is at hand, the store is cheap.
 * Returns how many cells are not OK.
 */
function parseNumbersInto(
  fb: FieldBatch,
  col: number,
  nulls: NullMatcher,
  values: Float64Array,
  status: Uint8Array,
  slot: MatrixSlot,
): number {
  const { buf, rows, width, starts, ends } = fb;
  const { data, width: stride } = slot;
  let bad = 0;
  for (let r = 0, k = col, d = slot.offset; r < rows; r++, k += width, d += stride) {
    const s = starts[k]!;
    const e = ends[k]!;
    const v = nulls.bytes(buf, s, e) ? NaN : parseNumber(buf, s, e);
    values[r] = v;
    data[d] = v;
    if (v === v) status[r] = OK;
    else {
      status[r] = s === e || nulls.bytes(buf, s, e) ? NULL : INVALID;
      bad++;
    }
  }
  return bad;
}

// Readers of typed formats (JSON Lines, Parquet, Arrow) hand us JavaScript values; these turn them into batch
// columns with the same rules as the CSV path: strings are parsed with the same byte parsers.
import type { MatrixSlot } from "./featureMatrix.js";
import type { NullMatcher } from "./nulls.js";
import {
  classify,
  FITS_ALL,
  FITS_BOOLEAN,
  FITS_DATETIME,
  FITS_INTEGER,
  FITS_NUMBER,
  parseBoolean,
  parseDatetime,
  parseInteger,
  parseNumber,
  toBytes,
} from "./parseBytes.js";
import { MAX_SHARED_DICT, StringInterner } from "./stringDict.js";
import type { ColumnData, ColumnPlan } from "./types.js";
import { INVALID, NULL } from "./types.js";

function isNullValue(v: unknown, nulls: NullMatcher): boolean {
  return (
    v === null ||
    v === undefined ||
    (typeof v === "number" && Number.isNaN(v)) ||
    (typeof v === "string" && nulls.text(v))
  );
}

/** Which types a value could be read as. A JSON string stays a string unless it is an ISO datetime. */
export function classifyValue(v: unknown): number {
  switch (typeof v) {
    case "number":
      return Number.isInteger(v) ? FITS_INTEGER | FITS_NUMBER : FITS_NUMBER;
    case "bigint":
      return FITS_INTEGER | FITS_NUMBER;
    case "boolean":
      return FITS_BOOLEAN;
    case "string": {
      const { b, n } = toBytes(v);
      return classify(b, 0, n) & FITS_DATETIME;
    }
    default:
      return v instanceof Date ? FITS_DATETIME : 0;
  }
}

/** Narrow the fits mask of each column by one batch of values. */
export function detectValues(
  columns: readonly ArrayLike<unknown>[],
  fits: number[],
  seen: boolean[],
  nulls: NullMatcher,
): void {
  columns.forEach((values, c) => {
    let m = fits[c] ?? FITS_ALL;
    for (let r = 0; r < values.length && m !== 0; r++) {
      const v = values[r];
      if (isNullValue(v, nulls)) continue;
      seen[c] = true;
      m &= classifyValue(v);
    }
    fits[c] = m;
  });
}

function toNumber(v: unknown, type: ColumnPlan["type"], plan: ColumnPlan): number {
  if (typeof v === "number") {
    if (type === "integer") return Number.isInteger(v) ? v : NaN;
    if (type === "boolean") return v === 0 || v === 1 ? v : NaN;
    return v;
  }
  if (typeof v === "bigint") {
    const n = Number(v);
    return type === "boolean" ? (n === 0 || n === 1 ? n : NaN) : Number.isSafeInteger(n) ? n : NaN;
  }
  if (typeof v === "boolean") return type === "boolean" ? (v ? 1 : 0) : NaN;
  if (v instanceof Date) return type === "datetime" ? v.getTime() : NaN;
  if (typeof v === "string") {
    const { b, n } = toBytes(v);
    if (type === "integer") return parseInteger(b, 0, n);
    if (type === "number") return parseNumber(b, 0, n);
    if (type === "boolean") return parseBoolean(b, 0, n);
    return (plan.datetime ?? parseDatetime)(b, 0, n);
  }
  return NaN;
}

/** A value's text for examples in reports. */
export function valueText(v: unknown): string {
  if (typeof v === "string") return v;
  if (v instanceof Date) return v.toISOString();
  if (typeof v === "bigint") return v.toString();
  if (v === undefined) return "";
  return typeof v === "object" && v !== null
    ? JSON.stringify(v, (_k, x: unknown) => (typeof x === "bigint" ? x.toString() : x))
    : String(v);
}

/** Builds batch columns from value arrays, keeping each column's string dictionary while it stays small. */
export class ValueColumnBuilder {
  private readonly interners: StringInterner[];

  constructor(
    width: number,
    private readonly nulls: NullMatcher,
  ) {
    this.interners = Array.from({ length: width }, () => new StringInterner());
  }

  /** One column as its planned type; with a slot, its numbers also go into the batch's feature matrix. */
  build(values: ArrayLike<unknown>, c: number, plan: ColumnPlan, slot: MatrixSlot | null = null): ColumnData {
    const rows = values.length;
    const status = new Uint8Array(rows);
    if (plan.type === "string") {
      if (this.interners[c]!.size > MAX_SHARED_DICT) this.interners[c] = new StringInterner();
      const interner = this.interners[c]!;
      const codes = new Int32Array(rows);
      for (let r = 0; r < rows; r++) {
        const v = values[r];
        if (isNullValue(v, this.nulls)) {
          status[r] = NULL;
          codes[r] = -1;
        } else if (typeof v === "string") {
          codes[r] = interner.intern(v);
        } else {
          status[r] = INVALID;
          codes[r] = -1;
        }
      }
      return { kind: "string", type: "string", codes, dict: interner.dict, status };
    }
    const out = new Float64Array(rows);
    // Without a slot, a one-float scratch takes the matrix stores (one loop, no branch in it).
    const m = slot?.data ?? new Float32Array(1);
    const stride = slot?.width ?? 0;
    let bad = 0;
    for (let r = 0, d = slot?.offset ?? 0; r < rows; r++, d += stride) {
      const v = values[r];
      if (isNullValue(v, this.nulls)) {
        status[r] = NULL;
        out[r] = NaN;
        m[d] = NaN;
        bad++;
        continue;
      }
      const x = toNumber(v, plan.type, plan);
      out[r] = x;
      m[d] = x;
      if (x !== x) {
        status[r] = INVALID;
        bad++;
      }
    }
    return { kind: "numeric", type: plan.type, values: out, status, bad };
  }
}

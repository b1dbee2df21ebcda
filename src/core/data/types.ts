/** The column types modelgate knows; integers and datetimes are held as float64 (exact to 2^53; datetimes as epoch milliseconds, UTC). */
export type ColumnType = "integer" | "number" | "boolean" | "datetime" | "string";
export const COLUMN_TYPES: readonly ColumnType[] = ["integer", "number", "boolean", "datetime", "string"];

/** Types read as numbers (datetimes as epoch milliseconds): the ones with quantiles, moments and bins. */
export const isNumericType = (t: string): boolean => t === "integer" || t === "number" || t === "datetime";

export type Format = "csv" | "jsonl" | "parquet" | "arrow";
export const FORMATS: readonly Format[] = ["csv", "jsonl", "parquet", "arrow"];

/** Cell status codes in a batch column. */
export const OK = 0;
export const NULL = 1;
/** The cell holds a value that is not of the column's planned type (a type mismatch). */
export const INVALID = 2;

/** String values are dictionary-encoded; a dictionary lives as long as it stays small, then one per batch. */
export interface StringDict {
  readonly id: number;
  readonly values: string[];
}

export interface NumericColumn {
  readonly kind: "numeric";
  readonly type: Exclude<ColumnType, "string">;
  readonly values: Float64Array;
  readonly status: Uint8Array;
  /** How many cells are not OK, when the source counted them as it read (0: `status` need not be looked at). */
  readonly bad?: number;
}

export interface StringColumn {
  readonly kind: "string";
  readonly type: "string";
  readonly codes: Int32Array;
  readonly dict: StringDict;
  readonly status: Uint8Array;
}

export type ColumnData = NumericColumn | StringColumn;

/** A run of rows, column by column. Valid only until the next batch is requested. */
export interface Batch {
  /** 0-based index of the first row in the table. */
  readonly rowStart: number;
  readonly length: number;
  /** 1-based file line on which each row starts, where the format has lines. */
  readonly lines: Int32Array | null;
  readonly columns: ColumnData[];
  /** The columns planned with `matrix`, row-major as float32, when the source fills one (see ColumnPlan.matrix). */
  readonly matrix?: FeatureMatrix | null;
  /** The cell's source text, for examples in reports. */
  raw(column: number, row: number): string;
}

export interface ReadOptions {
  /** Cell texts read as null. */
  nullValues: readonly string[];
  /** CSV field delimiter (one byte). */
  delimiter: string;
}

export const DEFAULT_NULL_VALUES: readonly string[] = ["", "NA", "null"];
export const DEFAULT_READ_OPTIONS: ReadOptions = { nullValues: DEFAULT_NULL_VALUES, delimiter: "," };

/** Parses a datetime cell from bytes to epoch milliseconds (NaN when it does not fit). */
export type DatetimeParser = (b: Uint8Array, s: number, e: number) => number;

/** How to read one column: its type and, for datetimes, an optional custom format. */
export interface ColumnPlan {
  type: ColumnType;
  datetime?: DatetimeParser;
  /**
   * A numeric column's position in each row of the batch's feature matrix. A model's input is row-major float32:
   * a source that fills it while it parses saves the later column-to-row copy, which costs more per row than a
   * small model's inference. Sources may ignore it (the batch then has no matrix); the columns stay complete.
   */
  matrix?: number;
}

/** Rows of float32 values, `width` to a row: a batch's feature matrix. */
export interface FeatureMatrix {
  readonly data: Float32Array;
  readonly width: number;
}

/** A table opened for reading: its header is known; batches stream with bounded memory. */
export interface TableSource {
  readonly file: string;
  readonly format: Format;
  readonly columnNames: readonly string[];
  /**
   * One pass over every value to find the narrowest type each column fits. With `sampleRows`, reading stops
   * once that many rows are read and every column has shown a value: a guess the caller must check (a value
   * that does not fit the guessed type reads as INVALID later).
   */
  detectTypes(options?: { sampleRows?: number }): Promise<ColumnType[]>;
  /** Stream the rows, each column parsed as its planned type; cells that do not fit are INVALID. */
  batches(plan: readonly ColumnPlan[]): AsyncIterable<Batch>;
  /**
   * How many rows the pass now running will yield in all, given the rows read so far (a CSV extrapolates from
   * the bytes they took): for sizing arrays once. Null or absent when the source cannot tell.
   */
  rowsEstimate?(rowsRead: number): number | null;
  close(): Promise<void>;
}

/** The checks modelgate runs; each is reported per column (or for the table) with pass or fail. */
export type CheckKind =
  | "missing_column"
  | "extra_column"
  | "row_count"
  | "type"
  | "nulls"
  | "range"
  | "allowed"
  | "pattern"
  | "unique"
  | "compound_unique";

export interface Example {
  /** 1-based data row (the header is not a row). */
  row: number;
  /** 1-based line in the file, where the format has lines. */
  line: number | null;
  value: string;
  note?: string;
}

export interface Check {
  kind: CheckKind;
  /** The column, the compound key ("a, b"), or null for the table. */
  column: string | null;
  passed: boolean;
  /** Cells (or rows) that broke the rule. */
  count: number;
  /** count / denominator. */
  share: number;
  /** What the share is of: rows for the table, non-null cells for value rules. */
  denominator: number;
  /** Share of cells that must pass, when the rule has `mostly`. */
  mostly?: number;
  /** What the rule asks, in words. */
  expectation: string;
  examples: Example[];
}

export interface ValidationReport {
  kind: "modelgate.validation";
  version: 1;
  valid: boolean;
  file: string;
  format: string;
  schema: string;
  rows: number;
  columns: number;
  checks: Check[];
  summary: { checks: number; failed: number; violations: number };
}

/** How many examples each check keeps, whatever the number of bad rows. */
export const MAX_EXAMPLES = 5;

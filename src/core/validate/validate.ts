import { cellHash, CodeHashes } from "../data/cellHash.js";
import type { Batch, ColumnPlan, ColumnType, TableSource } from "../data/types.js";
import { ColumnProfiler, type ColumnProfileState } from "../profile/columnProfiler.js";
import { hashCombine, HashSet } from "../profile/hash.js";
import { buildProfile, mergeColumnStates, type Profile } from "../profile/profile.js";
import type { SchemaFile } from "../schema/schema.js";
import { FieldChecker, type FieldState } from "./fieldChecker.js";
import type { Check, ValidationReport } from "./report.js";
import { Tally } from "./tally.js";

export interface ValidateOptions {
  source: TableSource;
  schema: SchemaFile;
  schemaFile: string;
  /** Also profile every column in the same pass. */
  profile?: boolean;
  /** Called after each batch with the rows read so far. */
  onProgress?: (rows: number) => void;
}

export interface ValidateResult {
  report: ValidationReport;
  profile: Profile | null;
}

/** What one range of rows found: merged into the state of the ranges before it (see TableValidator.absorb). */
export interface RangeState {
  rows: number;
  fields: FieldState[];
  profiles: ColumnProfileState[] | null;
}

/** Compound keys: rows whose key columns (all non-null) repeat an earlier row's. */
class KeyChecker {
  private readonly set = new HashSet();
  private readonly hashes: CodeHashes[];
  readonly tally = new Tally();
  constructor(
    readonly names: string[],
    private readonly indexes: number[],
  ) {
    this.hashes = indexes.map(() => new CodeHashes());
  }

  add(batch: Batch): void {
    const cols = this.indexes.map((i) => batch.columns[i]!);
    rows: for (let r = 0; r < batch.length; r++) {
      let h = 0x2545f491;
      for (let k = 0; k < cols.length; k++) {
        const col = cols[k]!;
        if (col.status[r] !== 0) continue rows;
        h = hashCombine(h, cellHash(col, r, this.hashes[k]!));
      }
      const first = this.set.addOrGet(h, batch.rowStart + r + 1);
      if (first >= 0) this.tally.hit(batch, this.indexes[0]!, r, `same key as row ${first}`);
    }
  }
}

function tableCheck(kind: Check["kind"], column: string | null, passed: boolean, expectation: string): Check {
  const count = passed ? 0 : 1;
  return { kind, column, passed, count, share: count, denominator: 1, expectation, examples: [] };
}

/** Validates (and optionally profiles) a table batch by batch; ranges of one file can be validated apart and merged. */
export class TableValidator {
  readonly plan: ColumnPlan[];
  private readonly checkers: FieldChecker[] = [];
  private readonly keys: KeyChecker[];
  private readonly tableChecks: Check[] = [];
  private profilers: ColumnProfiler[] | null;
  private absorbed: ColumnProfileState[][] = [];
  rows = 0;

  constructor(
    private readonly schema: SchemaFile,
    private readonly names: readonly string[],
    profile: boolean,
  ) {
    const position = new Map(names.map((n, i) => [n, i]));
    for (const field of schema.fields) {
      const i = position.get(field.name);
      if (i !== undefined) this.checkers.push(new FieldChecker(field, i));
      else {
        const expectation = field.required ? "the column is present" : "the column is present (optional)";
        this.tableChecks.push(tableCheck("missing_column", field.name, !field.required, expectation));
      }
    }
    const listed = new Set(schema.fields.map((f) => f.name));
    if (schema.columns === "strict") {
      for (const n of names) {
        if (!listed.has(n))
          this.tableChecks.push(
            tableCheck("extra_column", n, false, "only the columns the schema lists (columns: strict)"),
          );
      }
    }
    this.keys = (schema.unique ?? [])
      .filter((key) => key.every((c) => position.has(c)))
      .map(
        (key) =>
          new KeyChecker(
            key,
            key.map((c) => position.get(c)!),
          ),
      );
    this.plan = names.map(() => ({ type: "string" as ColumnType }));
    for (const c of this.checkers) this.plan[c.index] = c.plan;
    this.profilers = profile ? names.map((n, i) => new ColumnProfiler(n, this.plan[i]!.type)) : null;
  }

  /** Ranges can be checked apart only when no rule needs to see every row at once (uniqueness does). */
  get splittable(): boolean {
    return this.keys.length === 0 && this.checkers.every((c) => !c.needsAllRows);
  }

  add(batch: Batch): void {
    for (const c of this.checkers) c.add(batch);
    for (const k of this.keys) k.add(batch);
    if (this.profilers) this.profilers.forEach((p, i) => p.add(batch.columns[i]!, batch.length));
    this.rows += batch.length;
  }

  state(): RangeState {
    return {
      rows: this.rows,
      fields: this.checkers.map((c) => c.state()),
      profiles: this.profilers?.map((p) => p.toState()) ?? null,
    };
  }

  /** Merge the state of the range that follows this one; its rows and lines count from its own start. */
  absorb(next: RangeState, lineOffset: number): void {
    this.checkers.forEach((c, i) => c.absorb(next.fields[i]!, this.rows, lineOffset));
    if (next.profiles) this.absorbed.push(next.profiles);
    this.rows += next.rows;
  }

  result(source: { file: string; format: string }, schemaFile: string): ValidateResult {
    const rows = this.rows;
    const checks = [...this.tableChecks];
    if (this.schema.row_count) {
      const { min, max } = this.schema.row_count;
      const ok = (min === undefined || rows >= min) && (max === undefined || rows <= max);
      const bounds = [min !== undefined ? `at least ${min} rows` : "", max !== undefined ? `at most ${max} rows` : ""];
      checks.unshift({
        ...tableCheck("row_count", null, ok, bounds.filter(Boolean).join(" and ")),
        count: rows,
        share: 1,
        denominator: rows,
      });
    }
    for (const c of this.checkers) checks.push(...c.checks());
    for (const k of this.keys) {
      checks.push({
        kind: "compound_unique",
        column: k.names.join(", "),
        passed: k.tally.count === 0,
        count: k.tally.count,
        share: rows ? k.tally.count / rows : 0,
        denominator: rows,
        expectation: `(${k.names.join(", ")}) is unique`,
        examples: k.tally.examples,
      });
    }
    const failed = checks.filter((c) => !c.passed);
    const report: ValidationReport = {
      kind: "modelgate.validation",
      version: 1,
      valid: failed.length === 0,
      file: source.file,
      format: source.format,
      schema: schemaFile,
      rows,
      columns: this.names.length,
      checks,
      summary: {
        checks: checks.length,
        failed: failed.length,
        violations: failed.reduce((a, c) => a + (c.kind === "row_count" ? 1 : c.count), 0),
      },
    };
    let profile: Profile | null = null;
    if (this.profilers) {
      const own = this.profilers.map((p) => p.toState());
      const states = this.absorbed.length
        ? own.map((s, i) => mergeColumnStates(s.name, [s, ...this.absorbed.map((a) => a[i]!)]))
        : own;
      profile = buildProfile(states, [{ file: source.file, format: source.format, rows }]);
    }
    return { report, profile };
  }
}

/** Validate a table against a schema in one streaming pass, profiling it in the same pass when asked. */
export async function validateTable(options: ValidateOptions): Promise<ValidateResult> {
  const { source } = options;
  const validator = new TableValidator(options.schema, source.columnNames, Boolean(options.profile));
  for await (const batch of source.batches(validator.plan)) {
    validator.add(batch);
    options.onProgress?.(validator.rows);
  }
  return validator.result(source, options.schemaFile);
}

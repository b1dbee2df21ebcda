import type { Batch, ColumnPlan, ColumnType, TableSource } from "../data/types.js";
import { ColumnProfiler } from "../profile/columnProfiler.js";
import { hashCombine, HashSet } from "../profile/hash.js";
import { buildProfile, type Profile } from "../profile/profile.js";
import type { SchemaFile } from "../schema/schema.js";
import { cellHash, CodeHashes, FieldChecker, Tally } from "./fieldChecker.js";
import type { Check, ValidationReport } from "./report.js";

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

/** Validate a table against a schema in one streaming pass, profiling it in the same pass when asked. */
export async function validateTable(options: ValidateOptions): Promise<ValidateResult> {
  const { source, schema } = options;
  const names = source.columnNames;
  const position = new Map(names.map((n, i) => [n, i]));
  const checks: Check[] = [];
  const tableCheck = (
    kind: Check["kind"],
    column: string | null,
    passed: boolean,
    expectation: string,
    count = passed ? 0 : 1,
    denominator = 1,
  ): Check => ({
    kind,
    column,
    passed,
    count,
    share: denominator ? count / denominator : 0,
    denominator,
    expectation,
    examples: [],
  });

  const checkers: FieldChecker[] = [];
  for (const field of schema.fields) {
    const i = position.get(field.name);
    if (i === undefined) {
      checks.push(
        tableCheck(
          "missing_column",
          field.name,
          !field.required,
          field.required ? "the column is present" : "the column is present (optional)",
        ),
      );
    } else {
      checkers.push(new FieldChecker(field, i));
    }
  }
  const listed = new Set(schema.fields.map((f) => f.name));
  if (schema.columns === "strict") {
    for (const n of names)
      if (!listed.has(n))
        checks.push(tableCheck("extra_column", n, false, "only the columns the schema lists (columns: strict)"));
  }
  const keys = (schema.unique ?? [])
    .filter((key) => key.every((c) => position.has(c)))
    .map(
      (key) =>
        new KeyChecker(
          key,
          key.map((c) => position.get(c)!),
        ),
    );

  const plan: ColumnPlan[] = names.map(() => ({ type: "string" as ColumnType }));
  for (const c of checkers) plan[c.index] = c.plan;
  const profilers = options.profile ? names.map((n, i) => new ColumnProfiler(n, plan[i]!.type)) : null;

  let rows = 0;
  for await (const batch of source.batches(plan)) {
    for (const c of checkers) c.add(batch);
    for (const k of keys) k.add(batch);
    if (profilers) profilers.forEach((p, i) => p.add(batch.columns[i]!, batch.length));
    rows += batch.length;
    options.onProgress?.(rows);
  }

  if (schema.row_count) {
    const { min, max } = schema.row_count;
    const ok = (min === undefined || rows >= min) && (max === undefined || rows <= max);
    const expectation = [
      min !== undefined ? `at least ${min} rows` : "",
      max !== undefined ? `at most ${max} rows` : "",
    ]
      .filter(Boolean)
      .join(" and ");
    checks.unshift({ ...tableCheck("row_count", null, ok, expectation), count: rows, share: 1, denominator: rows });
  }
  for (const c of checkers) checks.push(...c.checks());
  for (const k of keys) {
    const share = rows ? k.tally.count / rows : 0;
    checks.push({
      kind: "compound_unique",
      column: k.names.join(", "),
      passed: k.tally.count === 0,
      count: k.tally.count,
      share,
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
    schema: options.schemaFile,
    rows,
    columns: names.length,
    checks,
    summary: {
      checks: checks.length,
      failed: failed.length,
      violations: failed.reduce((a, c) => a + (c.kind === "row_count" ? 1 : c.count), 0),
    },
  };
  const profile = profilers
    ? buildProfile(
        profilers.map((p) => p.toState()),
        [{ file: source.file, format: source.format, rows }],
      )
    : null;
  return { report, profile };
}

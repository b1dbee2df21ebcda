// validateTable on a corrupted copy of loans_current_control.csv: defects injected at known data rows give exact
// counts, denominators, 1-based data rows and file lines; plus `mostly`, compound keys, null fractions, patterns,
// datetime bounds, strftime formats, and bounded examples whatever the number of bad rows.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { openTable } from "../../../src/core/data/open.js";
import { inferSchema } from "../../../src/core/schema/infer.js";
import { type FieldSpec, type SchemaFile, schemaFileSchema } from "../../../src/core/schema/schema.js";
import { type Check, type CheckKind, MAX_EXAMPLES, type ValidationReport } from "../../../src/core/validate/report.js";
import { validateTable } from "../../../src/core/validate/validate.js";
import {
  cloneCsv,
  column,
  csvText,
  fixture,
  getCell,
  makeTemp,
  type PlainCsv,
  readPlainCsv,
  setCell,
  type TempDir,
} from "../../support.js";

let tmp: TempDir;
let control: PlainCsv;
/** The schema inferred from loans_reference.csv, with the documented ranges added as rules. */
let base: SchemaFile;
let fileCount = 0;

beforeAll(async () => {
  tmp = await makeTemp("validate");
  control = await readPlainCsv(fixture("loans_current_control.csv"));
  const source = await openTable(fixture("loans_reference.csv"));
  try {
    const inferred = (await inferSchema(source)).schema;
    base = withFields(inferred, {
      application_date: { min: "2022-01-01", max: "2023-12-31" },
      age: { min: 18, max: 90 },
      income: { min: 0 },
      debt_ratio: { min: 0, max: 1 },
    });
  } finally {
    await source.close();
  }
});

afterAll(async () => {
  await tmp.remove();
});

/** A copy of the schema with some fields patched (a patch value of undefined deletes the key); checked by zod. */
function withFields(
  schema: SchemaFile,
  patches: Record<string, Partial<Record<keyof FieldSpec, unknown>>>,
  top: Partial<SchemaFile> = {},
): SchemaFile {
  const fields = schema.fields.map((f) => {
    const patch = patches[f.name];
    if (!patch) return { ...f };
    const out: Record<string, unknown> = { ...f, ...patch };
    for (const [k, v] of Object.entries(patch)) if (v === undefined) delete out[k];
    return out;
  });
  for (const name of Object.keys(patches))
    if (!schema.fields.some((f) => f.name === name)) throw new Error(`no field ${name}`);
  return schemaFileSchema.parse({ ...schema, ...top, fields });
}

async function run(data: PlainCsv | string, schema: SchemaFile): Promise<ValidationReport> {
  const file =
    typeof data === "string"
      ? await tmp.write(`data-${++fileCount}.csv`, data)
      : await tmp.write(`data-${++fileCount}.csv`, csvText(data));
  const source = await openTable(file);
  try {
    const { report, profile } = await validateTable({ source, schema, schemaFile: "schema.yml" });
    expect(profile).toBeNull();
    return report;
  } finally {
    await source.close();
  }
}

function checkOf(report: ValidationReport, column: string | null, kind: CheckKind): Check {
  const found = report.checks.filter((c) => c.column === column && c.kind === kind);
  if (found.length !== 1) throw new Error(`expected one ${kind} check on ${String(column)}, found ${found.length}`);
  return found[0]!;
}

function failed(report: ValidationReport): string[] {
  return report.checks.filter((c) => !c.passed).map((c) => `${c.column ?? "table"}:${c.kind}`);
}

const CLEAN_CHECKS = [
  "loan_id:type",
  "loan_id:nulls",
  "loan_id:unique",
  "application_date:type",
  "application_date:nulls",
  "application_date:range",
  "age:type",
  "age:nulls",
  "age:range",
  "income:type",
  "income:range",
  "debt_ratio:type",
  "debt_ratio:nulls",
  "debt_ratio:range",
  "state:type",
  "state:nulls",
  "state:allowed",
  "employment:type",
  "employment:nulls",
  "employment:allowed",
  "has_mortgage:type",
  "has_mortgage:nulls",
  "default:type",
  "default:nulls",
];

describe("validateTable: the clean control batch", () => {
  it("passes every check of the inferred schema with ranges added, in schema order", async () => {
    const report = await run(control, base);
    expect(report.checks.map((c) => `${c.column ?? "table"}:${c.kind}`)).toEqual(CLEAN_CHECKS);
    expect(failed(report)).toEqual([]);
    expect(report).toMatchObject({
      kind: "modelgate.validation",
      version: 1,
      valid: true,
      format: "csv",
      schema: "schema.yml",
      rows: 20000,
      columns: 9,
    });
    expect(report.summary).toEqual({ checks: 24, failed: 0, violations: 0 });
    // Denominators: rows for nulls, non-null cells for types and value rules.
    expect(checkOf(report, "income", "type").denominator).toBe(19600);
    expect(checkOf(report, "income", "range").denominator).toBe(19600);
    expect(checkOf(report, "age", "nulls").denominator).toBe(20000);
    expect(checkOf(report, "age", "range").expectation).toBe("values ≥ 18 and ≤ 90");
    expect(checkOf(report, "income", "range").expectation).toBe("values ≥ 0");
    expect(checkOf(report, "application_date", "range").expectation).toBe('values ≥ "2022-01-01" and ≤ "2023-12-31"');
    expect(checkOf(report, "state", "allowed").expectation).toBe(
      'values in {"CA", "FL", "GA", "IL", "MI", "NC", "NY", "OH", "PA", "TX"}',
    );
  });
});

describe("validateTable: injected defects at known rows", () => {
  let report: ValidationReport;
  let row5Id: string;
  beforeAll(async () => {
    const bad = cloneCsv(control);
    setCell(bad, 10, "age", "abc");
    setCell(bad, 20, "age", "150");
    setCell(bad, 30, "state", "ZZ");
    row5Id = getCell(bad, 5, "loan_id");
    setCell(bad, 40, "loan_id", row5Id);
    setCell(bad, 50, "application_date", "2023-02-30");
    setCell(bad, 60, "loan_id", "");
    report = await run(bad, base);
  });

  it("fails exactly the six broken checks", () => {
    expect(failed(report)).toEqual([
      "loan_id:nulls",
      "loan_id:unique",
      "application_date:type",
      "age:type",
      "age:range",
      "state:allowed",
    ]);
    expect(report.valid).toBe(false);
    expect(report.summary).toEqual({ checks: 24, failed: 6, violations: 6 });
  });

  it("a non-numeric age at data row 10 is a type error on file line 11", () => {
    expect(checkOf(report, "age", "type")).toEqual({
      kind: "type",
      column: "age",
      passed: false,
      count: 1,
      share: 1 / 20000,
      denominator: 20000,
      expectation: "values are integer",
      examples: [{ row: 10, line: 11, value: "abc" }],
    });
  });

  it("an age of 150 at row 20 breaks the range; the invalid cell is not counted there", () => {
    expect(checkOf(report, "age", "range")).toEqual({
      kind: "range",
      column: "age",
      passed: false,
      count: 1,
      share: 1 / 19999,
      denominator: 19999,
      expectation: "values ≥ 18 and ≤ 90",
      examples: [{ row: 20, line: 21, value: "150" }],
    });
  });

  it('state "ZZ" at row 30 is not allowed', () => {
    const c = checkOf(report, "state", "allowed");
    expect(c).toMatchObject({
      passed: false,
      count: 1,
      denominator: 20000,
      examples: [{ row: 30, line: 31, value: "ZZ" }],
    });
  });

  it("row 40 repeating row 5's loan_id is a duplicate naming row 5", () => {
    expect(checkOf(report, "loan_id", "unique")).toEqual({
      kind: "unique",
      column: "loan_id",
      passed: false,
      count: 1,
      share: 1 / 19999,
      denominator: 19999,
      expectation: "no value repeats",
      examples: [{ row: 40, line: 41, value: row5Id, note: "same value as row 5" }],
    });
  });

  it("a malformed date at row 50 is a type error, outside the range check", () => {
    expect(checkOf(report, "application_date", "type")).toMatchObject({
      passed: false,
      count: 1,
      denominator: 20000,
      examples: [{ row: 50, line: 51, value: "2023-02-30" }],
    });
    expect(checkOf(report, "application_date", "range")).toMatchObject({
      passed: true,
      count: 0,
      denominator: 19999,
      examples: [],
    });
  });

  it("an empty loan_id at row 60 breaks nullable: false", () => {
    expect(checkOf(report, "loan_id", "nulls")).toEqual({
      kind: "nulls",
      column: "loan_id",
      passed: false,
      count: 1,
      share: 1 / 20000,
      denominator: 20000,
      expectation: "no nulls",
      examples: [{ row: 60, line: 61, value: "" }],
    });
    // The null is neither a type error nor a value for the other rules.
    expect(checkOf(report, "loan_id", "type")).toMatchObject({ passed: true, count: 0, denominator: 19999 });
  });
});

describe("validateTable: table-level checks", () => {
  it("an extra column fails under columns: strict and passes under allow_extra", async () => {
    const extra = cloneCsv(control);
    extra.header.splice(3, 0, "notes");
    extra.rows.forEach((r, i) => r.splice(3, 0, `n${i}`));
    const strict = await run(extra, base);
    expect(failed(strict)).toEqual(["notes:extra_column"]);
    expect(strict.checks[0]).toEqual({
      kind: "extra_column",
      column: "notes",
      passed: false,
      count: 1,
      share: 1,
      denominator: 1,
      expectation: "only the columns the schema lists (columns: strict)",
      examples: [],
    });
    expect(strict.columns).toBe(10);
    expect(strict.summary).toEqual({ checks: 25, failed: 1, violations: 1 });
    const loose = await run(extra, withFields(base, {}, { columns: "allow_extra" }));
    expect(loose.valid).toBe(true);
    expect(loose.checks.map((c) => `${c.column}:${c.kind}`)).toEqual(CLEAN_CHECKS);
  });

  it("a missing required column fails; a missing optional one passes; the other columns are still checked", async () => {
    const missing = cloneCsv(control);
    const i = missing.header.indexOf("debt_ratio");
    missing.header.splice(i, 1);
    missing.rows.forEach((r) => r.splice(i, 1));
    setCell(missing, 7, "age", "17");
    const report = await run(missing, base);
    expect(failed(report)).toEqual(["debt_ratio:missing_column", "age:range"]);
    expect(report.checks[0]).toEqual({
      kind: "missing_column",
      column: "debt_ratio",
      passed: false,
      count: 1,
      share: 1,
      denominator: 1,
      expectation: "the column is present",
      examples: [],
    });
    expect(report.checks.some((c) => c.column === "debt_ratio" && c.kind !== "missing_column")).toBe(false);
    expect(checkOf(report, "age", "range").examples).toEqual([{ row: 7, line: 8, value: "17" }]);
    expect(report.summary).toEqual({ checks: 22, failed: 2, violations: 2 });

    const optional = await run(missing, withFields(base, { debt_ratio: { required: false }, age: { min: 17 } }));
    expect(optional.valid).toBe(true);
    expect(optional.checks[0]).toMatchObject({
      kind: "missing_column",
      column: "debt_ratio",
      passed: true,
      count: 0,
      expectation: "the column is present (optional)",
    });
  });

  it("row_count bounds: a min above the rows fails with the row count, a satisfied range passes", async () => {
    const tooFew = await run(control, withFields(base, {}, { row_count: { min: 20001 } }));
    expect(failed(tooFew)).toEqual(["table:row_count"]);
    expect(tooFew.checks[0]).toEqual({
      kind: "row_count",
      column: null,
      passed: false,
      count: 20000,
      share: 1,
      denominator: 20000,
      expectation: "at least 20001 rows",
      examples: [],
    });
    // A failed row count is one violation, not 20000.
    expect(tooFew.summary).toEqual({ checks: 25, failed: 1, violations: 1 });
    const tooMany = await run(control, withFields(base, {}, { row_count: { max: 19999 } }));
    expect(tooMany.checks[0]).toMatchObject({ kind: "row_count", passed: false, expectation: "at most 19999 rows" });
    const fits = await run(control, withFields(base, {}, { row_count: { min: 20000, max: 20000 } }));
    expect(fits.checks[0]).toMatchObject({
      kind: "row_count",
      passed: true,
      count: 20000,
      expectation: "at least 20000 rows and at most 20000 rows",
    });
    expect(fits.valid).toBe(true);
  });
});

describe("validateTable: mostly", () => {
  it("a rule with mostly 0.99 passes with 1 bad value in 20000 and still reports it", async () => {
    const bad = cloneCsv(control);
    setCell(bad, 123, "state", "ZZ");
    const strict = await run(bad, base);
    expect(checkOf(strict, "state", "allowed").passed).toBe(false);
    const allowed = base.fields.find((f) => f.name === "state")!.allowed as string[];
    const report = await run(bad, withFields(base, { state: { allowed: { values: allowed, mostly: 0.99 } } }));
    expect(checkOf(report, "state", "allowed")).toMatchObject({
      passed: true,
      count: 1,
      share: 1 / 20000,
      mostly: 0.99,
      examples: [{ row: 123, line: 124, value: "ZZ" }],
    });
    expect(report.valid).toBe(true);
    expect(report.summary.violations).toBe(0);
  });

  it("mostly is a share of the checked cells: 200 bad in 20000 passes 0.99, 201 fails", async () => {
    const allowed = base.fields.find((f) => f.name === "state")!.allowed as string[];
    const schema = withFields(base, { state: { allowed: { values: allowed, mostly: 0.99 } } });
    const bad = cloneCsv(control);
    for (let r = 1; r <= 200; r++) setCell(bad, r * 100, "state", "ZZ");
    const atLimit = await run(bad, schema);
    expect(checkOf(atLimit, "state", "allowed")).toMatchObject({ passed: true, count: 200, share: 0.01 });
    setCell(bad, 1, "state", "XX");
    const over = await run(bad, schema);
    const c = checkOf(over, "state", "allowed");
    expect(c).toMatchObject({ passed: false, count: 201, share: 201 / 20000, mostly: 0.99 });
    expect(c.examples.map((e) => [e.row, e.value])).toEqual([
      [1, "XX"],
      [100, "ZZ"],
      [200, "ZZ"],
      [300, "ZZ"],
      [400, "ZZ"],
    ]);
    expect(over.summary.violations).toBe(201);
  });

  it("a field-level mostly applies to the type check and the value rules; a rule's own mostly wins", async () => {
    const bad = cloneCsv(control);
    setCell(bad, 3, "age", "n/a");
    setCell(bad, 4, "age", "95");
    const report = await run(bad, withFields(base, { age: { mostly: 0.999 } }));
    expect(checkOf(report, "age", "type")).toMatchObject({ passed: true, count: 1, mostly: 0.999 });
    expect(checkOf(report, "age", "range")).toMatchObject({ passed: true, count: 1, mostly: 0.999 });
    const own = await run(bad, withFields(base, { age: { mostly: 0.999, max: { value: 90, mostly: 1 } } }));
    expect(checkOf(own, "age", "range")).toMatchObject({ passed: false, count: 1, mostly: 1 });
    expect(checkOf(own, "age", "type")).toMatchObject({ passed: true, mostly: 0.999 });
  });

  it("unique with mostly tolerates a few repeats", async () => {
    const bad = cloneCsv(control);
    setCell(bad, 9, "loan_id", getCell(bad, 8, "loan_id"));
    const report = await run(bad, withFields(base, { loan_id: { unique: { value: true, mostly: 0.999 } } }));
    expect(checkOf(report, "loan_id", "unique")).toMatchObject({
      passed: true,
      count: 1,
      examples: [{ row: 9, line: 10, note: "same value as row 8" }],
    });
    // unique: false is no rule at all.
    const off = await run(bad, withFields(base, { loan_id: { unique: false } }));
    expect(off.checks.some((c) => c.kind === "unique")).toBe(false);
  });
});

describe("validateTable: compound unique keys", () => {
  it("counts every row whose key repeats an earlier row's, naming the first row", async () => {
    // state × employment × has_mortgage has 80 combinations: all other rows repeat one.
    const states = column(control, "state");
    const jobs = column(control, "employment");
    const mortgages = column(control, "has_mortgage");
    const firstRow = new Map<string, number>();
    const repeats: { row: number; first: number; state: string }[] = [];
    states.forEach((s, i) => {
      const key = `${s}|${jobs[i]}|${mortgages[i]}`;
      const first = firstRow.get(key);
      if (first === undefined) firstRow.set(key, i + 1);
      else repeats.push({ row: i + 1, first, state: s });
    });
    expect(firstRow.size).toBe(80);
    const report = await run(control, withFields(base, {}, { unique: [["state", "employment", "has_mortgage"]] }));
    const c = checkOf(report, "state, employment, has_mortgage", "compound_unique");
    expect(c).toMatchObject({
      passed: false,
      count: 20000 - 80,
      share: (20000 - 80) / 20000,
      denominator: 20000,
      expectation: "(state, employment, has_mortgage) is unique",
    });
    expect(c.examples).toEqual(
      repeats
        .slice(0, 5)
        .map((r) => ({ row: r.row, line: r.row + 1, value: r.state, note: `same key as row ${r.first}` })),
    );
    expect(report.checks[report.checks.length - 1]).toBe(c);
  });

  it("a repeated id alone is not a repeated (id, date) key; both repeated is", async () => {
    const key = { unique: [["loan_id", "application_date"]] };
    const schema = withFields(base, { loan_id: { unique: undefined } }, key);
    const idOnly = cloneCsv(control);
    setCell(idOnly, 40, "loan_id", getCell(idOnly, 5, "loan_id"));
    expect(getCell(idOnly, 40, "application_date")).not.toBe(getCell(idOnly, 5, "application_date"));
    const r1 = await run(idOnly, schema);
    expect(checkOf(r1, "loan_id, application_date", "compound_unique")).toMatchObject({ passed: true, count: 0 });
    expect(r1.valid).toBe(true);

    const both = cloneCsv(idOnly);
    setCell(both, 40, "application_date", getCell(both, 5, "application_date"));
    const r2 = await run(both, schema);
    expect(checkOf(r2, "loan_id, application_date", "compound_unique")).toEqual({
      kind: "compound_unique",
      column: "loan_id, application_date",
      passed: false,
      count: 1,
      share: 1 / 20000,
      denominator: 20000,
      expectation: "(loan_id, application_date) is unique",
      examples: [{ row: 40, line: 41, value: getCell(both, 5, "loan_id"), note: "same key as row 5" }],
    });
    expect(failed(r2)).toEqual(["loan_id, application_date:compound_unique"]);
  });

  it("rows with a null key column are not compared", async () => {
    const nulls = cloneCsv(control);
    setCell(nulls, 11, "loan_id", "");
    setCell(nulls, 12, "loan_id", "");
    setCell(nulls, 12, "application_date", getCell(nulls, 11, "application_date"));
    const report = await run(
      nulls,
      withFields(base, { loan_id: { nullable: true } }, { unique: [["loan_id", "application_date"]] }),
    );
    expect(checkOf(report, "loan_id, application_date", "compound_unique")).toMatchObject({ passed: true, count: 0 });
    expect(checkOf(report, "loan_id", "unique")).toMatchObject({ passed: true, denominator: 19998 });
  });
});

describe("validateTable: nulls, patterns, datetime bounds and formats", () => {
  it("max_null_fraction compares the share of null cells, with the first null rows as examples", async () => {
    const incomes = column(control, "income");
    const nullRows = incomes.flatMap((v, i) => (v === "" ? [i + 1] : []));
    expect(nullRows.length).toBe(400);
    const tight = await run(control, withFields(base, { income: { max_null_fraction: 0.01 } }));
    expect(checkOf(tight, "income", "nulls")).toEqual({
      kind: "nulls",
      column: "income",
      passed: false,
      count: 400,
      share: 0.02,
      denominator: 20000,
      expectation: "at most 1% nulls",
      examples: nullRows.slice(0, 5).map((row) => ({ row, line: row + 1, value: "" })),
    });
    expect(tight.summary.violations).toBe(400);
    const exact = await run(control, withFields(base, { income: { max_null_fraction: 0.02 } }));
    expect(checkOf(exact, "income", "nulls")).toMatchObject({
      passed: true,
      count: 400,
      expectation: "at most 2% nulls",
    });
    // nullable: true without max_null_fraction sets no limit, so no nulls check.
    const none = await run(control, base);
    expect(none.checks.some((c) => c.column === "income" && c.kind === "nulls")).toBe(false);
  });

  it("NA and null are read as nulls too", async () => {
    const bad = cloneCsv(control);
    setCell(bad, 2, "age", "NA");
    setCell(bad, 3, "state", "null");
    const report = await run(bad, base);
    expect(failed(report)).toEqual(["age:nulls", "state:nulls"]);
    expect(checkOf(report, "age", "nulls").examples).toEqual([{ row: 2, line: 3, value: "NA" }]);
    expect(checkOf(report, "state", "nulls").examples).toEqual([{ row: 3, line: 4, value: "null" }]);
  });

  it("pattern: each string must contain a match; anchors are the user's", async () => {
    const bad = cloneCsv(control);
    setCell(bad, 70, "loan_id", "LN-12");
    setCell(bad, 71, "loan_id", "ln-0040071");
    setCell(bad, 72, "loan_id", "XLN-0040072");
    const anchored = await run(bad, withFields(base, { loan_id: { pattern: "^LN-\\d{7}$" } }));
    expect(checkOf(anchored, "loan_id", "pattern")).toEqual({
      kind: "pattern",
      column: "loan_id",
      passed: false,
      count: 3,
      share: 3 / 20000,
      denominator: 20000,
      expectation: "values match /^LN-\\d{7}$/",
      examples: [
        { row: 70, line: 71, value: "LN-12" },
        { row: 71, line: 72, value: "ln-0040071" },
        { row: 72, line: 73, value: "XLN-0040072" },
      ],
    });
    const loose = await run(bad, withFields(base, { loan_id: { pattern: "LN-\\d{7}" } }));
    expect(checkOf(loose, "loan_id", "pattern")).toMatchObject({ count: 2, examples: [{ row: 70 }, { row: 71 }] });
    const mostly = await run(bad, withFields(base, { loan_id: { pattern: { regex: "^LN-\\d{7}$", mostly: 0.999 } } }));
    expect(checkOf(mostly, "loan_id", "pattern")).toMatchObject({ passed: true, count: 3, mostly: 0.999 });
    // The clean batch matches.
    expect(
      checkOf(await run(control, withFields(base, { loan_id: { pattern: "^LN-\\d{7}$" } })), "loan_id", "pattern")
        .passed,
    ).toBe(true);
  });

  it("datetime min/max compare instants, with ISO bounds that may carry a time", async () => {
    const dates = column(control, "application_date");
    const late = dates.flatMap((d, i) => (d > "2023-06-30" ? [i + 1] : []));
    const early = dates.flatMap((d, i) => (d < "2022-07-01" ? [i + 1] : []));
    expect(late.length).toBe(5125);
    expect(early.length).toBe(4918);
    const upper = await run(
      control,
      withFields(base, { application_date: { min: "2022-07-01T00:00:00Z", max: "2023-06-30T23:59:59Z" } }),
    );
    const c = checkOf(upper, "application_date", "range");
    expect(c).toMatchObject({ passed: false, count: late.length + early.length, denominator: 20000 });
    const firstBad = [...late, ...early].sort((a, b) => a - b).slice(0, 5);
    expect(c.examples).toEqual(firstBad.map((row) => ({ row, line: row + 1, value: dates[row - 1] })));
    expect(c.expectation).toBe('values ≥ "2022-07-01T00:00:00Z" and ≤ "2023-06-30T23:59:59Z"');
    // An offset moves the instant: 2023-07-01T01:00+02:00 is 2023-06-30T23:00Z, so June 30 (midnight UTC) is in
    // and July 1 is out.
    const shifted = await run(control, withFields(base, { application_date: { max: "2023-07-01T01:00:00+02:00" } }));
    expect(checkOf(shifted, "application_date", "range").count).toBe(late.length);
    const bad = cloneCsv(control);
    setCell(bad, 77, "application_date", "2021-12-31");
    setCell(bad, 78, "application_date", "2024-01-01");
    setCell(bad, 79, "application_date", "2023-12-31T23:59:59Z");
    setCell(bad, 80, "application_date", "2023-12-31T00:00:00Z");
    const outside = await run(bad, base);
    // A date bound is the instant of midnight UTC: a later time on the last day is out.
    expect(checkOf(outside, "application_date", "range")).toMatchObject({
      count: 3,
      examples: [
        { row: 77, line: 78, value: "2021-12-31" },
        { row: 78, line: 79, value: "2024-01-01" },
        { row: 79, line: 80, value: "2023-12-31T23:59:59Z" },
      ],
    });
  });

  it("a strftime format reads day-first dates; ISO text then is a type error; bounds stay ISO", async () => {
    const dmy = cloneCsv(control);
    const i = dmy.header.indexOf("application_date");
    for (const r of dmy.rows) {
      const [y, m, d] = r[i]!.split("-");
      r[i] = `${d}/${m}/${y}`;
    }
    const schema = withFields(base, { application_date: { format: "%d/%m/%Y" } });
    const clean = await run(dmy, schema);
    expect(failed(clean)).toEqual([]);
    expect(checkOf(clean, "application_date", "type").expectation).toBe("values are datetime (%d/%m/%Y)");
    // The ISO original no longer fits the format.
    const iso = await run(control, schema);
    expect(checkOf(iso, "application_date", "type")).toMatchObject({ passed: false, count: 20000 });
    expect(checkOf(iso, "application_date", "type").examples).toEqual(
      [1, 2, 3, 4, 5].map((row) => ({ row, line: row + 1, value: getCell(control, row, "application_date") })),
    );
    expect(MAX_EXAMPLES).toBe(5);

    setCell(dmy, 15, "application_date", "2022-05-01");
    setCell(dmy, 16, "application_date", "29/02/2023");
    setCell(dmy, 17, "application_date", "15/06/2024");
    setCell(dmy, 18, "application_date", "29/02/2024");
    const report = await run(dmy, schema);
    expect(checkOf(report, "application_date", "type")).toMatchObject({
      count: 2,
      examples: [
        { row: 15, line: 16, value: "2022-05-01" },
        { row: 16, line: 17, value: "29/02/2023" },
      ],
    });
    expect(checkOf(report, "application_date", "range")).toMatchObject({
      count: 2,
      denominator: 19998,
      examples: [
        { row: 17, line: 18, value: "15/06/2024" },
        { row: 18, line: 19, value: "29/02/2024" },
      ],
    });
  });

  it("allowed on integers and booleans compares values, not text", async () => {
    const falses = column(control, "has_mortgage").filter((v) => v === "false").length;
    expect(falses).toBe(12365);
    const bad = cloneCsv(control);
    setCell(bad, 90, "default", "2");
    setCell(bad, 91, "default", "01");
    const report = await run(
      bad,
      withFields(base, { default: { allowed: [0, 1] }, has_mortgage: { allowed: [true] } }),
    );
    expect(checkOf(report, "default", "allowed")).toMatchObject({
      passed: false,
      count: 1,
      examples: [{ row: 90, line: 91, value: "2" }],
      expectation: "values in {0, 1}",
    });
    expect(checkOf(report, "has_mortgage", "allowed")).toMatchObject({
      passed: false,
      count: falses,
      denominator: 20000,
    });
  });
});

describe("validateTable: bounded output and row bookkeeping", () => {
  it("keeps at most 5 examples per check even when all 20000 rows are bad", async () => {
    const schema = withFields(base, {
      age: { max: 10 },
      state: { type: "integer", allowed: undefined },
      debt_ratio: { min: 5 },
      employment: { allowed: ["none"] },
      loan_id: { pattern: "^$" },
      has_mortgage: { type: "datetime" },
    });
    const report = await run(control, schema);
    expect(checkOf(report, "age", "range")).toMatchObject({ count: 20000, share: 1 });
    expect(checkOf(report, "age", "range").examples).toEqual(
      [1, 2, 3, 4, 5].map((row) => ({ row, line: row + 1, value: getCell(control, row, "age") })),
    );
    expect(checkOf(report, "state", "type")).toMatchObject({ count: 20000, denominator: 20000 });
    expect(checkOf(report, "has_mortgage", "type").count).toBe(20000);
    expect(checkOf(report, "debt_ratio", "range").count).toBe(20000);
    expect(checkOf(report, "employment", "allowed").count).toBe(20000);
    expect(checkOf(report, "loan_id", "pattern").count).toBe(20000);
    for (const c of report.checks) expect(c.examples.length, `${c.column}:${c.kind}`).toBeLessThanOrEqual(MAX_EXAMPLES);
    expect(report.summary).toEqual({ checks: 24, failed: 6, violations: 120000 });
    expect(JSON.stringify(report).length).toBeLessThan(12_000);
  });

  it("numbers rows and lines across batch boundaries and multi-line quoted fields", async () => {
    // 70,000 rows: more than one 65,536-row batch. Row 2 spans two lines, so from row 3 on, line = row + 2.
    const lines = ["id,label,amount"];
    for (let r = 1; r <= 70_000; r++) lines.push(r === 2 ? `K2,"two\nlines",2` : `K${r},x,${r}`);
    lines[65_536] = "K65536,x,bad"; // data row 65,536: the last row of the first batch
    lines[65_537] = "K65537,x,-1"; // the first row of the second batch
    lines[69_999] = "K3,x,69999"; // repeats row 3's id
    const schema = schemaFileSchema.parse({
      fields: [
        { name: "id", type: "string", nullable: false, unique: true },
        { name: "label", type: "string", allowed: ["x"] },
        { name: "amount", type: "integer", min: 0 },
      ],
    });
    const report = await run(`${lines.join("\n")}\n`, schema);
    expect(report.rows).toBe(70_000);
    expect(failed(report)).toEqual(["id:unique", "label:allowed", "amount:type", "amount:range"]);
    expect(checkOf(report, "label", "allowed").examples).toEqual([{ row: 2, line: 3, value: "two\nlines" }]);
    expect(checkOf(report, "amount", "type").examples).toEqual([{ row: 65_536, line: 65_538, value: "bad" }]);
    expect(checkOf(report, "amount", "range").examples).toEqual([{ row: 65_537, line: 65_539, value: "-1" }]);
    expect(checkOf(report, "id", "unique").examples).toEqual([
      { row: 69_999, line: 70_001, value: "K3", note: "same value as row 3" },
    ]);
  });

  it("reports progress and profiles in the same pass when asked", async () => {
    const file = await tmp.write("progress.csv", csvText(control));
    const source = await openTable(file);
    const seen: number[] = [];
    try {
      const { report, profile } = await validateTable({
        source,
        schema: base,
        schemaFile: "s.yml",
        profile: true,
        onProgress: (n) => seen.push(n),
      });
      expect(report.valid).toBe(true);
      expect(seen[seen.length - 1]).toBe(20000);
      expect(profile?.rows).toBe(20000);
      expect(profile?.columns.map((c) => [c.state.name, c.state.type, c.state.count, c.state.nulls])).toEqual([
        ["loan_id", "string", 20000, 0],
        ["application_date", "datetime", 20000, 0],
        ["age", "integer", 20000, 0],
        ["income", "number", 20000, 400],
        ["debt_ratio", "number", 20000, 0],
        ["state", "string", 20000, 0],
        ["employment", "string", 20000, 0],
        ["has_mortgage", "boolean", 20000, 0],
        ["default", "integer", 20000, 0],
      ]);
    } finally {
      await source.close();
    }
  });
});

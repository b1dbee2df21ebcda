// Schema inference on the real fixtures: exact types, nullability, domains and uniqueness; observed ranges as
// comments only; and the round trip (the written YAML, read back through the schema file's zod schema, accepts the
// data it came from and a fresh batch of the same process).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse as parseYaml, parseDocument } from "yaml";

import { openTable } from "../../../src/core/data/open.js";
import { type InferResult, inferSchema, MAX_DOMAIN } from "../../../src/core/schema/infer.js";
import { type SchemaFile, schemaFileSchema } from "../../../src/core/schema/schema.js";
import { validateTable } from "../../../src/core/validate/validate.js";
import {
  column,
  fixture,
  LOAN_COLUMNS,
  LOAN_EMPLOYMENT,
  LOAN_STATES,
  makeTemp,
  readPlainCsv,
  type TempDir,
} from "../../support.js";

async function infer(file: string, options: { target?: string } = {}): Promise<InferResult> {
  const source = await openTable(file);
  try {
    return await inferSchema(source, options);
  } finally {
    await source.close();
  }
}

async function validate(file: string, schema: SchemaFile) {
  const source = await openTable(file);
  try {
    return (await validateTable({ source, schema, schemaFile: "inferred.yml" })).report;
  } finally {
    await source.close();
  }
}

function fieldOf(schema: SchemaFile, name: string) {
  const f = schema.fields.find((x) => x.name === name);
  if (!f) throw new Error(`no field ${name}`);
  return f;
}

describe("inferSchema on loans_reference.csv", () => {
  let result: InferResult;
  beforeAll(async () => {
    result = await infer(fixture("loans_reference.csv"));
  });

  it("infers every column's type, nullability, domain and uniqueness exactly", () => {
    expect(result.schema).toEqual({
      version: 1,
      columns: "strict",
      fields: [
        { name: "loan_id", type: "string", required: true, nullable: false, unique: true },
        { name: "application_date", type: "datetime", required: true, nullable: false },
        { name: "age", type: "integer", required: true, nullable: false },
        { name: "income", type: "number", required: true, nullable: true },
        { name: "debt_ratio", type: "number", required: true, nullable: false },
        { name: "state", type: "string", required: true, nullable: false, allowed: [...LOAN_STATES] },
        { name: "employment", type: "string", required: true, nullable: false, allowed: [...LOAN_EMPLOYMENT] },
        { name: "has_mortgage", type: "boolean", required: true, nullable: false },
        { name: "default", type: "integer", required: true, nullable: false },
      ],
    });
    expect(result.schema.fields.map((f) => f.name)).toEqual([...LOAN_COLUMNS]);
    expect(result.schema.target).toBeUndefined();
  });

  it("writes no min/max rules, only comments with the observed ranges and nulls", async () => {
    const csv = await readPlainCsv(fixture("loans_reference.csv"));
    const ages = column(csv, "age").map(Number);
    const incomes = column(csv, "income").filter((v) => v !== "");
    const ratios = column(csv, "debt_ratio").map(Number);
    const dates = column(csv, "application_date").sort();
    const nulls = csv.rows.length - incomes.length;
    const incomeNumbers = incomes.map(Number);
    expect(nulls).toBe(400);

    const yaml = result.yaml;
    expect(yaml).not.toMatch(/^\s*-?\s*(min|max):/m);
    const parsed = parseYaml(yaml) as { fields: Record<string, unknown>[] };
    for (const f of parsed.fields) {
      expect(f).not.toHaveProperty("min");
      expect(f).not.toHaveProperty("max");
    }
    // Each comment stands right above the field it describes.
    const lines = yaml.split("\n");
    const commentAbove = (name: string) => {
      const i = lines.indexOf(`  - name: ${name}`);
      expect(i).toBeGreaterThan(0);
      return lines[i - 1]!;
    };
    expect(commentAbove("age")).toBe(
      `  # observed range ${Math.min(...ages)} … ${Math.max(...ages)}: add min/max to enforce`,
    );
    expect(commentAbove("age")).toBe("  # observed range 18 … 90: add min/max to enforce");
    expect(commentAbove("income")).toBe(
      `  # observed ${nulls} nulls (2.00%): consider max_null_fraction; observed range ${Math.min(...incomeNumbers)} … ${Math.max(...incomeNumbers)}: add min/max to enforce`,
    );
    expect(commentAbove("debt_ratio")).toBe(
      `  # observed range ${Math.min(...ratios)} … ${Math.max(...ratios)}: add min/max to enforce`,
    );
    expect(commentAbove("application_date")).toBe(
      `  # observed range ${dates[0]}T00:00:00.000Z … ${dates[dates.length - 1]}T00:00:00.000Z: add min/max to enforce`,
    );
    expect(commentAbove("default")).toBe("  # observed range 0 … 1: add min/max to enforce");
    // String and boolean columns get no range comment.
    expect(commentAbove("state")).not.toMatch(/#/);
    expect(commentAbove("loan_id")).not.toMatch(/#/);
    expect(commentAbove("has_mortgage")).not.toMatch(/#/);
    // The header comment names the file and the row count.
    expect(lines[0]).toBe(
      `# modelgate schema, inferred from ${fixture("loans_reference.csv")} (20000 rows). Review it: inference sees one sample.`,
    );
    // The comments are comments: the YAML document has them as such, and its data equal the schema.
    const doc = parseDocument(yaml);
    expect(doc.errors).toEqual([]);
    expect(doc.toJS()).toEqual(result.schema);
  });

  it("round-trips: the YAML read through schemaFileSchema validates the reference and the control batch with no failed check", async () => {
    const schema = schemaFileSchema.parse(parseYaml(result.yaml));
    expect(schema).toEqual(result.schema);
    for (const name of ["loans_reference.csv", "loans_current_control.csv"]) {
      const report = await validate(fixture(name), schema);
      expect(report.rows, name).toBe(20000);
      expect(
        report.checks.filter((c) => !c.passed),
        name,
      ).toEqual([]);
      expect(report.summary, name).toEqual({ checks: 20, failed: 0, violations: 0 });
      expect(report.valid).toBe(true);
    }
  });
});

describe("inferSchema on breast_cancer_train.csv", () => {
  let result: InferResult;
  beforeAll(async () => {
    result = await infer(fixture("breast_cancer_train.csv"), { target: "target" });
  });

  it("infers 30 non-null number features and an integer target, and records the target", () => {
    const { schema } = result;
    expect(schema.target).toBe("target");
    expect(schema.fields).toHaveLength(31);
    const features = schema.fields.slice(0, 30);
    expect(features.map((f) => f.name).slice(0, 3)).toEqual(["mean radius", "mean texture", "mean perimeter"]);
    expect(features[29]!.name).toBe("worst fractal dimension");
    for (const f of features)
      expect(f, f.name).toEqual({ name: f.name, type: "number", required: true, nullable: false });
    // Two classes: repeated values, so no uniqueness; integers get no `allowed` domain.
    expect(fieldOf(schema, "target")).toEqual({ name: "target", type: "integer", required: true, nullable: false });
    expect(result.yaml).toMatch(/^target: target$/m);
    expect(result.yaml).toContain("  # observed range 0 … 1: add min/max to enforce\n  - name: target\n");
  });

  it("round-trips on the training and holdout files", async () => {
    const schema = schemaFileSchema.parse(parseYaml(result.yaml));
    expect(schema).toEqual(result.schema);
    for (const [name, rows] of [
      ["breast_cancer_train.csv", 426],
      ["breast_cancer_holdout.csv", 143],
    ] as const) {
      const report = await validate(fixture(name), schema);
      expect(report.rows).toBe(rows);
      expect(
        report.checks.filter((c) => !c.passed),
        name,
      ).toEqual([]);
      // 31 type checks and 31 "no nulls" checks.
      expect(report.summary).toEqual({ checks: 62, failed: 0, violations: 0 });
    }
  });

  it("refuses a target that is not a column", async () => {
    await expect(infer(fixture("breast_cancer_train.csv"), { target: "label" })).rejects.toThrow(
      /the target column "label" is not in .*breast_cancer_train\.csv/,
    );
  });
});

describe("inferSchema thresholds", () => {
  let tmp: TempDir;
  beforeAll(async () => {
    tmp = await makeTemp("infer");
  });
  afterAll(async () => {
    await tmp.remove();
  });

  async function inferText(name: string, text: string): Promise<InferResult> {
    return infer(await tmp.write(name, text));
  }

  it("claims uniqueness only from 20 or more non-null values", async () => {
    const rows = (n: number) => `id,code\n${Array.from({ length: n }, (_, i) => `${i + 1},K${i + 1}`).join("\n")}\n`;
    const nineteen = await inferText("u19.csv", rows(19));
    expect(nineteen.schema.fields).toEqual([
      { name: "id", type: "integer", required: true, nullable: false },
      { name: "code", type: "string", required: true, nullable: false },
    ]);
    const twenty = await inferText("u20.csv", rows(20));
    expect(twenty.schema.fields).toEqual([
      { name: "id", type: "integer", required: true, nullable: false, unique: true },
      { name: "code", type: "string", required: true, nullable: false, unique: true },
    ]);
    // One repeat anywhere drops the claim; a null does not count as a repeat.
    const repeated = await inferText("urep.csv", `${rows(25)}26,K3\n`);
    expect(repeated.schema.fields.map((f) => f.unique)).toEqual([true, undefined]);
    const withNull = await inferText("unull.csv", `${rows(25)}26,\n27,\n`);
    expect(withNull.schema.fields[1]).toEqual({
      name: "code",
      type: "string",
      required: true,
      nullable: true,
      unique: true,
    });
  });

  it("gives a string column an allowed domain only when at most half its non-null cells are distinct", async () => {
    // 3 distinct values in 6 cells: a category (sorted domain).
    const six = await inferText("d6.csv", "c\nz\na\nm\nz\na\nm\n");
    expect(six.schema.fields[0]).toEqual({
      name: "c",
      type: "string",
      required: true,
      nullable: false,
      allowed: ["a", "m", "z"],
    });
    // 3 distinct values in 5 cells: not a category.
    const five = await inferText("d5.csv", "c\nz\na\nm\nz\na\n");
    expect(five.schema.fields[0]).toEqual({ name: "c", type: "string", required: true, nullable: false });
  });

  it(`caps the domain at ${MAX_DOMAIN} distinct values`, async () => {
    const values = (n: number) => Array.from({ length: n }, (_, i) => `v${String(i).padStart(3, "0")}`);
    const atCap = values(MAX_DOMAIN);
    const ok = await inferText("cap.csv", `c\n${[...atCap, ...atCap].join("\n")}\n`);
    expect(ok.schema.fields[0]!.allowed).toEqual(atCap);
    const over = values(MAX_DOMAIN + 1);
    const tooMany = await inferText("over.csv", `c\n${[...over, ...over].join("\n")}\n`);
    expect(tooMany.schema.fields[0]!.allowed).toBeUndefined();
  });

  it("reads an all-null column as a nullable string", async () => {
    const r = await inferText("nulls.csv", "a,b\n1,\n2,NA\n3,null\n");
    expect(r.schema.fields).toEqual([
      { name: "a", type: "integer", required: true, nullable: false },
      { name: "b", type: "string", required: true, nullable: true },
    ]);
    expect(r.yaml).toContain("  # observed 3 nulls (100.00%): consider max_null_fraction\n  - name: b\n");
  });

  it("writes a schema for an all-null column that the schema reader accepts (round trip)", async () => {
    const r = await inferText("nulls2.csv", "a,b\n1,\n2,NA\n3,null\n");
    const parsed = schemaFileSchema.safeParse(parseYaml(r.yaml));
    expect(parsed.success ? "ok" : parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")).toBe(
      "ok",
    );
  });
});

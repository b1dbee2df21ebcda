import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { openTable } from "../../../src/core/data/open.js";
import { DEFAULT_READ_OPTIONS } from "../../../src/core/data/types.js";
import { InputError } from "../../../src/core/errors.js";
import type { SchemaFile } from "../../../src/core/schema/schema.js";
import { OWN_SHARE, type RangeJob, validateCsvSplit, validateRange } from "../../../src/core/validate/split.js";
import { validateTable } from "../../../src/core/validate/validate.js";
import { fromThreadError, toThreadError } from "../../../src/workers.js";
import { fixture, makeTemp, ROOT, type TempDir } from "../../support.js";

// The worker runs validateRange; here it runs in this thread, through the same error transport (a structured clone).
const inThread = (job: RangeJob) =>
  validateRange(job).catch((e: unknown) => Promise.reject(fromThreadError(structuredClone(toThreadError(e)))));

const SCHEMA: SchemaFile = {
  version: 1,
  columns: "strict",
  fields: [
    { name: "loan_id", type: "string", required: true, nullable: false, pattern: "^LN-\\d{7}$" },
    { name: "application_date", type: "datetime", required: true, nullable: false, min: "2022-01-01" },
    { name: "age", type: "integer", required: true, nullable: false, min: 18, max: 90 },
    { name: "income", type: "number", required: true, nullable: true, max_null_fraction: 0.5 },
    { name: "debt_ratio", type: "number", required: true, nullable: false },
    {
      name: "state",
      type: "string",
      required: true,
      nullable: false,
      allowed: ["CA", "TX", "NY", "FL", "IL", "PA", "OH", "GA", "NC", "MI"],
    },
    { name: "employment", type: "string", required: true, nullable: false },
    { name: "has_mortgage", type: "boolean", required: true, nullable: false },
    { name: "default", type: "integer", required: true, nullable: false },
  ],
};

let tmp: TempDir;
let lines: string[];
beforeAll(async () => {
  tmp = await makeTemp("split");
  lines = readFileSync(fixture("loans_current_control.csv"), "utf8").trimEnd().split("\n");
});
afterAll(() => tmp.remove());

/** The control file with defects in both halves and a quoted multi-line cell in each half. */
function corrupted(): string {
  const out = [...lines];
  out[3] = out[3]!.replace(/^([^,]*,[^,]*,)\d+,/, "$1x,");
  out[7] = out[7]!.replace(/,(CA|TX|NY|FL|IL|PA|OH|GA|NC|MI),/, ',"Cal\nifornia",');
  out[15000] = out[15000]!.replace(/^([^,]*,[^,]*,)\d+,/, "$1150,");
  out[15010] = out[15010]!.replace(/,(CA|TX|NY|FL|IL|PA|OH|GA|NC|MI),/, ',"Tex\nas",');
  out[19990] = out[19990]!.replace(/^[^,]*/, "bad id");
  return `${out.join("\n")}\n`;
}

async function onePass(file: string, schema: SchemaFile) {
  const source = await openTable(file);
  try {
    return await validateTable({ source, schema, schemaFile: "schema.yml", profile: true });
  } finally {
    await source.close();
  }
}

const split = (file: string, schema: SchemaFile) =>
  validateCsvSplit({
    file,
    read: DEFAULT_READ_OPTIONS,
    schema,
    schemaFile: "schema.yml",
    profile: true,
    runRemote: inThread,
    minBytes: 0,
  });

describe("validateCsvSplit", () => {
  it("gives the one-pass report exactly, with rows and lines of the second half in file terms", async () => {
    const file = await tmp.write("bad.csv", corrupted());
    const whole = await onePass(file, SCHEMA);
    const halves = await split(file, SCHEMA);
    expect(halves).not.toBeNull();
    expect(halves!.report).toEqual(whole.report);
    expect(whole.report.valid).toBe(false);
    const range = whole.report.checks.find((c) => c.kind === "range" && c.column === "age")!;
    expect(range.examples).toEqual([{ row: 15000, line: 15002, value: "150" }]); // one quoted newline above it
    const allowed = whole.report.checks.find((c) => c.kind === "allowed")!;
    expect(allowed.examples.map((e) => [e.row, e.line, e.value])).toEqual([
      [7, 8, "Cal\nifornia"],
      [15010, 15012, "Tex\nas"],
    ]);
  });

  it("merges the halves' profiles: counts and moments equal one pass's", async () => {
    const file = await tmp.write("bad2.csv", corrupted());
    const whole = (await onePass(file, SCHEMA)).profile!;
    const halves = (await split(file, SCHEMA))!.profile!;
    expect(halves.rows).toBe(whole.rows);
    whole.columns.forEach((c, i) => {
      const h = halves.columns[i]!.state;
      expect([h.name, h.count, h.nulls, h.invalid]).toEqual([
        c.state.name,
        c.state.count,
        c.state.nulls,
        c.state.invalid,
      ]);
      if (c.state.moments) {
        expect(h.moments!.n).toBe(c.state.moments.n);
        expect(h.moments!.mean).toBeCloseTo(c.state.moments.mean, 9);
        expect(h.moments!.m2 / c.state.moments.m2).toBeCloseTo(1, 12);
      }
      if (c.state.frequent) expect(h.frequent).toEqual(c.state.frequent);
    });
  });

  it("falls back (null) when the split newline is inside a quoted field", async () => {
    const out = [...lines];
    // Put a long quoted cell (its newlines are data, not record ends) where the split will fall.
    const plain = `${out.join("\n")}\n`;
    const header = plain.indexOf("\n") + 1;
    const target = header + Math.floor((plain.length - header) * OWN_SHARE);
    const row = plain.slice(0, target).split("\n").length - 1;
    const block = Array.from({ length: 4000 }, (_, i) => `line ${i}`).join("\n");
    out[row] = out[row]!.replace(/,(salaried|self_employed|unemployed|retired),/, `,"${block}",`);
    const file = await tmp.write("quoted.csv", `${out.join("\n")}\n`);
    const text = readFileSync(file, "utf8");
    const split0 = text.indexOf("\n", header + Math.floor((text.length - header) * OWN_SHARE));
    expect(text.slice(0, split0).split('"').length % 2).toBe(0); // an odd number of quotes before it: inside the cell
    expect(await split(file, SCHEMA)).toBeNull();
  });

  it("reports an error in the second half on its line in the file", async () => {
    const out = [...lines];
    out[18000] = `${out[18000]},extra`;
    const file = await tmp.write("ragged.csv", `${out.join("\n")}\n`);
    const e = await split(file, SCHEMA).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).message).toBe(`${file}: line 18001: 10 fields, but the header has 9`);
  });

  it("passes on any other error of the second half as it came, message and all", async () => {
    const file = await tmp.write("whole.csv", `${lines.join("\n")}\n`);
    const stopped = new Error("the validation worker stopped (exit 1)");
    const e = await validateCsvSplit({
      file,
      read: DEFAULT_READ_OPTIONS,
      schema: SCHEMA,
      schemaFile: "schema.yml",
      profile: false,
      runRemote: () => Promise.reject(stopped),
      minBytes: 0,
    }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(Error);
    expect((e as Error).message).toBe("the validation worker stopped (exit 1)");
  });

  it("keeps the place of a second-half InputError that has no line", async () => {
    const file = await tmp.write("whole2.csv", `${lines.join("\n")}\n`);
    const e = await validateCsvSplit({
      file,
      read: DEFAULT_READ_OPTIONS,
      schema: SCHEMA,
      schemaFile: "schema.yml",
      profile: false,
      runRemote: () => Promise.reject(new InputError(file, { column: "age" }, "cannot be read")),
      minBytes: 0,
    }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).message).toBe(`${file}: column "age": cannot be read`);
  });

  it("does not split when a rule needs every row at once (uniqueness)", async () => {
    const file = await tmp.write("u.csv", `${lines.join("\n")}\n`);
    const unique: SchemaFile = {
      ...SCHEMA,
      fields: SCHEMA.fields.map((f) => (f.name === "loan_id" ? { ...f, unique: true } : f)),
    };
    expect(await split(file, unique)).toBeNull();
    expect(await split(file, { ...SCHEMA, unique: [["loan_id", "age"]] })).toBeNull();
  });
});

describe("the bundle splits with a real worker thread", () => {
  it("prints the same JSON report split and in one pass", async () => {
    const data = await tmp.write("cli.csv", corrupted());
    const schema = await tmp.write("schema.json", JSON.stringify(SCHEMA));
    const run = (minBytes: string) =>
      spawnSync(process.execPath, ["bin/modelgate.js", "--json", "validate", "--data", data, "--schema", schema], {
        cwd: ROOT,
        encoding: "utf8",
        env: { ...process.env, MODELGATE_PLATFORM: "local", MODELGATE_SPLIT_MIN_BYTES: minBytes },
      });
    const halves = run("1");
    const whole = run("1e15");
    expect([halves.status, whole.status]).toEqual([1, 1]);
    expect(halves.stdout).toBe(whole.stdout);
    expect((JSON.parse(halves.stdout) as { rows: number }).rows).toBe(20000);
  });
});

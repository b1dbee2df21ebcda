// The CLI in-process: main(argv, {env, cwd, stdout, stderr, version}) with captured streams and a temp working
// directory. Exit codes: 0 pass, 1 failed validation, 2 unusable input or usage, each error one line.
import { copyFile, mkdir, readFile } from "node:fs/promises";

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";

import { main } from "../../src/cli/main.js";
import { profileSchema } from "../../src/core/profile/profile.js";
import { schemaFileSchema } from "../../src/core/schema/schema.js";
import type { ValidationReport } from "../../src/core/validate/report.js";
import {
  cloneCsv,
  csvText,
  fixture,
  makeTemp,
  type PlainCsv,
  readPlainCsv,
  setCell,
  Sink,
  type TempDir,
} from "../support.js";

let ws: TempDir;
let control: PlainCsv;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function cli(argv: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<Run> {
  const out = new Sink();
  const err = new Sink();
  const code = await main(argv, {
    env: options.env ?? {},
    cwd: options.cwd ?? ws.path,
    stdout: out.write,
    stderr: err.write,
    version: "9.8.7",
  });
  return { code, stdout: out.text, stderr: err.text };
}

/** A stack trace line, as Node prints them. */
const STACK_LINE = /^\s{4}at /m;

const SCHEMA_SUMMARY =
  "9 columns (loan_id: string, application_date: datetime, age: integer, income: number, debt_ratio: number, state: string, employment: string, has_mortgage: boolean, default: integer)";

beforeAll(async () => {
  ws = await makeTemp("cli");
  await copyFile(fixture("loans_reference.csv"), ws.file("reference.csv"));
  await copyFile(fixture("loans_current_control.csv"), ws.file("current.csv"));
  control = await readPlainCsv(fixture("loans_current_control.csv"));
  const bad = cloneCsv(control);
  setCell(bad, 10, "age", "abc");
  setCell(bad, 30, "state", "ZZ");
  await ws.write("bad.csv", csvText(bad));
  const r = await cli(["schema", "infer", "--data", "reference.csv", "--out", "schema.yml"]);
  expect(r).toEqual({ code: 0, stdout: `wrote schema.yml: ${SCHEMA_SUMMARY}\n`, stderr: "" });
});

afterAll(async () => {
  await ws.remove();
});

describe("modelgate validate", () => {
  it("valid data: exit 0 and a PASS line", async () => {
    const r = await cli(["validate", "--data", "current.csv", "--schema", "schema.yml"]);
    expect(r).toEqual({
      code: 0,
      stdout: "PASS current.csv: 20000 rows, 9 columns, 20 checks, 0 failed\n",
      stderr: "",
    });
  });

  it("corrupted data: exit 1 and the human summary with rows and lines", async () => {
    const r = await cli(["validate", "--data", "bad.csv", "--schema", "schema.yml"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe(
      [
        "FAIL bad.csv: 20000 rows, 9 columns, 20 checks, 2 failed",
        '  ✗ age › type: 1 of 20000 (<0.01%) break "values are integer"',
        '      row 10 (line 11): "abc"',
        '  ✗ state › unexpected value: 1 of 20000 (<0.01%) break "values in {"CA", "FL", "GA", "IL", "MI", "NC", "NY", "OH", "PA", "TX"}"',
        '      row 30 (line 31): "ZZ"',
        "",
      ].join("\n"),
    );
  });

  it("--json prints a parseable report on stdout, and the human summary on stderr", async () => {
    for (const argv of [
      ["validate", "--json", "--data", "bad.csv", "--schema", "schema.yml"],
      ["--json", "validate", "--data", "bad.csv", "--schema", "schema.yml"],
    ]) {
      const r = await cli(argv);
      expect(r.code, argv.join(" ")).toBe(1);
      const report = JSON.parse(r.stdout) as ValidationReport;
      expect(report).toMatchObject({
        kind: "modelgate.validation",
        version: 1,
        valid: false,
        file: "bad.csv",
        schema: "schema.yml",
        rows: 20000,
        columns: 9,
      });
      expect(report.summary).toEqual({ checks: 20, failed: 2, violations: 2 });
      expect(report.checks.filter((c) => !c.passed).map((c) => [c.column, c.kind, c.examples])).toEqual([
        ["age", "type", [{ row: 10, line: 11, value: "abc" }]],
        ["state", "allowed", [{ row: 30, line: 31, value: "ZZ" }]],
      ]);
      expect(r.stderr.split("\n")[0]).toBe("FAIL bad.csv: 20000 rows, 9 columns, 20 checks, 2 failed");
    }
    const ok = await cli(["validate", "--json", "--data", "current.csv", "--schema", "schema.yml"]);
    expect(ok.code).toBe(0);
    expect((JSON.parse(ok.stdout) as ValidationReport).valid).toBe(true);
  });

  it("--junit, --report and --profile write their files", async () => {
    const r = await cli([
      "validate",
      "--data",
      "bad.csv",
      "--schema",
      "schema.yml",
      "--junit",
      "junit.xml",
      "--report",
      "report.json",
      "--profile",
      "profile.json",
    ]);
    expect(r.code).toBe(1);
    const xml = await readFile(ws.file("junit.xml"), "utf8");
    expect(
      xml.startsWith(
        '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="modelgate validate" tests="20" failures="2">\n',
      ),
    ).toBe(true);
    expect(xml.match(/<testcase /g)).toHaveLength(20);
    expect(xml.match(/<failure /g)).toHaveLength(2);
    expect(xml.match(/<\/testcase>/g)).toHaveLength(20);
    expect(xml).toContain('<testsuite name="bad.csv" tests="20" failures="2" errors="0" skipped="0">');
    expect(xml).toContain(
      '<failure message="1 of 20000 (&lt;0.01%) break &quot;values are integer&quot;" type="type">row 10 (line 11): &quot;abc&quot;</failure>',
    );
    expect(xml.trimEnd().endsWith("</testsuites>")).toBe(true);
    const report = JSON.parse(await readFile(ws.file("report.json"), "utf8")) as ValidationReport;
    expect(report.summary).toEqual({ checks: 20, failed: 2, violations: 2 });
    const profile = profileSchema.parse(JSON.parse(await readFile(ws.file("profile.json"), "utf8")));
    expect(profile.rows).toBe(20000);
    expect(profile.columns.find((c) => c.state.name === "age")!.state).toMatchObject({
      count: 20000,
      invalid: 1,
      nulls: 0,
    });
  });

  it("reads null values and delimiters from flags", async () => {
    await ws.write("semi.csv", "id;v\n1;-\n2;3\n");
    await ws.write(
      "semi.yml",
      "fields:\n  - {name: id, type: integer}\n  - {name: v, type: integer, nullable: false}\n",
    );
    const plain = await cli(["validate", "--data", "semi.csv", "--schema", "semi.yml", "--delimiter", ";"]);
    expect(plain.code).toBe(1);
    expect(plain.stdout).toContain(
      '  ✗ v › type: 1 of 2 (50.00%) break "values are integer"\n      row 1 (line 2): "-"\n',
    );
    const nulls = await cli([
      "validate",
      "--data",
      "semi.csv",
      "--schema",
      "semi.yml",
      "--delimiter",
      ";",
      "--null-values",
      "-,NA",
    ]);
    expect(nulls.code).toBe(1);
    expect(nulls.stdout).toContain('  ✗ v › nulls: 1 of 2 (50.00%) break "no nulls"\n      row 1 (line 2): "-"\n');
  });
});

describe("unusable input and usage: exit 2, one line", () => {
  it("missing --data names the flag", async () => {
    const r = await cli(["validate", "--schema", "schema.yml"]);
    expect(r).toEqual({ code: 2, stdout: "", stderr: "modelgate: --data is required (or set it in modelgate.yml)\n" });
  });

  it("a nonexistent data file is one line naming the file, with no stack trace unless --debug", async () => {
    const r = await cli(["validate", "--data", "nope.csv", "--schema", "schema.yml"]);
    expect(r).toEqual({ code: 2, stdout: "", stderr: "modelgate: nope.csv: no such file\n" });
    expect(r.stderr).not.toMatch(STACK_LINE);
    const outside = await cli(["validate", "--data", "/nonexistent/dir/x.csv", "--schema", "schema.yml"]);
    expect(outside.stderr).toBe("modelgate: /nonexistent/dir/x.csv: no such file\n");
    const debug = await cli(["validate", "--debug", "--data", "nope.csv", "--schema", "schema.yml"]);
    expect(debug.code).toBe(2);
    const lines = debug.stderr.split("\n");
    expect(lines[0]).toBe("modelgate: nope.csv: no such file");
    expect(lines[1]).toBe(`InputError: ${ws.file("nope.csv")}: no such file`);
    expect(debug.stderr).toMatch(STACK_LINE);
  });

  it("a nonexistent schema file, and an invalid one, name the file, line and path", async () => {
    const missing = await cli(["validate", "--data", "current.csv", "--schema", "none.yml"]);
    expect(missing).toEqual({ code: 2, stdout: "", stderr: "modelgate: none.yml: no such file\n" });
    await ws.write(
      "broken.yml",
      "version: 1\nfields:\n  - { name: loan_id, type: string }\n  - { name: age, type: float }\n",
    );
    const broken = await cli(["validate", "--data", "current.csv", "--schema", "broken.yml"]);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toBe(
      'modelgate: broken.yml: line 4, at fields[1].type: Invalid option: expected one of "integer"|"number"|"boolean"|"datetime"|"string"\n',
    );
  });

  it("malformed data is one line naming file and line", async () => {
    await ws.write("ragged.csv", "loan_id,age\nA,1\nB,2,3\n");
    await ws.write("ragged.yml", "fields:\n  - {name: loan_id, type: string}\n  - {name: age, type: integer}\n");
    const r = await cli(["validate", "--data", "ragged.csv", "--schema", "ragged.yml"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.split("\n")).toHaveLength(2);
    expect(r.stderr).toMatch(/^modelgate: ragged\.csv: line 3\b.*\n$/);
    expect(r.stderr).not.toMatch(STACK_LINE);
  });

  it("an unknown option, command or format is a usage error", async () => {
    const opt = await cli(["validate", "--bogus"]);
    expect(opt).toEqual({
      code: 2,
      stdout: "",
      stderr: "modelgate: unknown option '--bogus'\n(run with --help for usage)\n",
    });
    const cmd = await cli(["bogus"]);
    expect(cmd.code).toBe(2);
    expect(cmd.stderr).toBe("modelgate: unknown command 'bogus'\n(run with --help for usage)\n");
    const fmt = await cli(["validate", "--data", "current.csv", "--schema", "schema.yml", "--format", "xlsx"]);
    expect(fmt).toEqual({
      code: 2,
      stdout: "",
      stderr: 'modelgate: current.csv: unknown format "xlsx" (expected one of csv, jsonl, parquet, arrow)\n',
    });
    const merge = await cli(["profile", "merge", "--out", "x.json"]);
    expect(merge).toEqual({
      code: 2,
      stdout: "",
      stderr: "modelgate: missing required argument 'profiles'\n(run with --help for usage)\n",
    });
  });

  it("a folder as the output is one line naming it", async () => {
    await mkdir(ws.file("a-folder"), { recursive: true });
    const r = await cli(["schema", "infer", "--data", "reference.csv", "--out", "a-folder"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("modelgate: a-folder: is a directory: cannot write the output there\n");
  });

  it("an unexpected error says so, without a stack trace unless --debug", async () => {
    // A closed stdout (a reader that went away) is no input problem: the one line says it was unexpected.
    const err = new Sink();
    const run = (argv: string[]) =>
      main(argv, {
        env: {},
        cwd: ws.path,
        stdout: () => {
          throw new Error("EPIPE: broken pipe, write");
        },
        stderr: err.write,
        version: "9.8.7",
      });
    expect(await run(["schema", "infer", "--data", "reference.csv", "--out", "piped.yml"])).toBe(2);
    const lines = err.text.split("\n");
    expect(lines[0]).toBe("modelgate: EPIPE: broken pipe, write");
    expect(lines[1]).toBe("(an unexpected error: run with --debug for the stack trace)");
    expect(err.text).not.toMatch(STACK_LINE);
  });
});

describe("help and version", () => {
  it("--help exits 0 and lists the commands on stdout", async () => {
    const r = await cli(["--help"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(/^Usage: modelgate \[options\] \[command\]\n/);
    for (const word of ["validate", "schema", "profile"]) expect(r.stdout).toMatch(new RegExp(`^  ${word} `, "m"));
  });

  it("a command's --help lists its flags", async () => {
    const r = await cli(["validate", "--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: modelgate validate \[options\]\n/);
    for (const flag of ["--data <file>", "--schema <file>", "--junit <file>", "--null-values <list>"])
      expect(r.stdout).toContain(flag);
    const merge = await cli(["profile", "merge", "--help"]);
    expect(merge.code).toBe(0);
    expect(merge.stdout).toContain("Usage: modelgate profile merge [options] <profiles...>");
  });

  it("--version prints the version", async () => {
    expect(await cli(["--version"])).toEqual({ code: 0, stdout: "9.8.7\n", stderr: "" });
  });
});

describe("modelgate.yml", () => {
  it("supplies data and schema paths (relative to the config file) and output files", async () => {
    const dir = await makeTemp("cli-config");
    try {
      await mkdir(dir.file("data"));
      await copyFile(ws.file("bad.csv"), dir.file("data/current.csv"));
      await copyFile(ws.file("schema.yml"), dir.file("schema.yml"));
      await dir.write(
        "modelgate.yml",
        "version: 1\ndata:\n  path: data/current.csv\nschema: schema.yml\nvalidate:\n  junit: junit.xml\n",
      );
      const r = await cli(["validate"], { cwd: dir.path });
      expect(r.code).toBe(1);
      expect(r.stdout.split("\n")[0]).toBe("FAIL data/current.csv: 20000 rows, 9 columns, 20 checks, 2 failed");
      expect((await readFile(dir.file("junit.xml"), "utf8")).match(/<testcase /g)).toHaveLength(20);
      // A flag wins over the config.
      await copyFile(ws.file("current.csv"), dir.file("data/clean.csv"));
      const flag = await cli(["validate", "--data", "data/clean.csv"], { cwd: dir.path });
      expect(flag.code).toBe(0);
      expect(flag.stdout).toBe("PASS data/clean.csv: 20000 rows, 9 columns, 20 checks, 0 failed\n");
      // --config elsewhere: its paths are relative to it, not to the working directory.
      await mkdir(dir.file("sub"));
      await dir.write("sub/modelgate.yml", "data:\n  path: ../data/clean.csv\nschema: ../schema.yml\n");
      const other = await cli(["--config", dir.file("sub/modelgate.yml"), "validate"], { cwd: dir.path });
      expect(other).toEqual({
        code: 0,
        stdout: "PASS data/clean.csv: 20000 rows, 9 columns, 20 checks, 0 failed\n",
        stderr: "",
      });
    } finally {
      await dir.remove();
    }
  });

  it("a relative --config is read from the working directory given to main()", async () => {
    const dir = await makeTemp("cli-config-rel");
    try {
      await mkdir(dir.file("sub"));
      await copyFile(ws.file("current.csv"), dir.file("clean.csv"));
      await copyFile(ws.file("schema.yml"), dir.file("schema.yml"));
      await dir.write("sub/modelgate.yml", "data:\n  path: ../clean.csv\nschema: ../schema.yml\n");
      const r = await cli(["--config", "sub/modelgate.yml", "validate"], { cwd: dir.path });
      expect(r).toEqual({
        code: 0,
        stdout: "PASS clean.csv: 20000 rows, 9 columns, 20 checks, 0 failed\n",
        stderr: "",
      });
    } finally {
      await dir.remove();
    }
  });

  it("an invalid modelgate.yml is exit 2 with one line naming the file, line and path", async () => {
    const dir = await makeTemp("cli-badconfig");
    try {
      await dir.write("modelgate.yml", "version: 1\ndata:\n  path: d.csv\n  nul_values: [x]\n");
      const r = await cli(["validate"], { cwd: dir.path });
      expect(r).toEqual({
        code: 2,
        stdout: "",
        stderr: 'modelgate: modelgate.yml: line 4, at data.nul_values: unknown key "nul_values"\n',
      });
    } finally {
      await dir.remove();
    }
  });
});

describe("schema infer → validate round trip", () => {
  it("infers from the reference and the control batch passes; a target is recorded", async () => {
    const r = await cli(["schema", "infer", "--data", "reference.csv", "--out", "rt.yml", "--target", "default"]);
    expect(r).toEqual({ code: 0, stdout: `wrote rt.yml: ${SCHEMA_SUMMARY}\n`, stderr: "" });
    const schema = schemaFileSchema.parse(parseYaml(await readFile(ws.file("rt.yml"), "utf8")));
    expect(schema.target).toBe("default");
    expect(await cli(["validate", "--data", "current.csv", "--schema", "rt.yml"])).toEqual({
      code: 0,
      stdout: "PASS current.csv: 20000 rows, 9 columns, 20 checks, 0 failed\n",
      stderr: "",
    });
    const json = await cli(["schema", "infer", "--json", "--data", "reference.csv", "--out", "rt2.yml"]);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual(
      schemaFileSchema.parse(parseYaml(await readFile(ws.file("rt2.yml"), "utf8"))),
    );
  });

  it("a target that is not a column is exit 2", async () => {
    const r = await cli(["schema", "infer", "--data", "reference.csv", "--out", "t.yml", "--target", "label"]);
    expect(r).toEqual({
      code: 2,
      stdout: "",
      stderr: 'modelgate: reference.csv: the target column "label" is not in the header\n',
    });
  });
});

describe("modelgate profile and profile merge", () => {
  it("profiles shards and merges them into the whole", async () => {
    const sizes = [5000, 10000, 5000];
    let start = 0;
    for (const [i, n] of sizes.entries()) {
      await ws.write(`shard${i}.csv`, csvText({ header: control.header, rows: control.rows.slice(start, start + n) }));
      start += n;
      const r = await cli(["profile", "--data", `shard${i}.csv`, "--out", `p${i}.json`, "--schema", "schema.yml"]);
      expect(r).toEqual({ code: 0, stdout: `wrote p${i}.json: ${n} rows, 9 columns\n`, stderr: "" });
    }
    const merged = await cli([
      "profile",
      "merge",
      ws.file("p0.json"),
      ws.file("p1.json"),
      ws.file("p2.json"),
      "--out",
      "merged.json",
    ]);
    expect(merged).toEqual({ code: 0, stdout: "wrote merged.json: 20000 rows, 9 columns\n", stderr: "" });
    const whole = await cli(["profile", "--data", "current.csv", "--out", "whole.json"]);
    expect(whole.code).toBe(0);
    const m = profileSchema.parse(JSON.parse(await readFile(ws.file("merged.json"), "utf8")));
    const w = profileSchema.parse(JSON.parse(await readFile(ws.file("whole.json"), "utf8")));
    expect(m.sources).toEqual(sizes.map((n, i) => ({ file: `shard${i}.csv`, format: "csv", rows: n })));
    expect(w.sources).toEqual([{ file: "current.csv", format: "csv", rows: 20000 }]);
    for (const [i, c] of w.columns.entries()) {
      const mc = m.columns[i]!;
      expect(mc.state.name).toBe(c.state.name);
      expect(mc.state.type).toBe(c.state.type);
      expect([mc.state.count, mc.state.nulls, mc.state.invalid, mc.state.hll]).toEqual([
        c.state.count,
        c.state.nulls,
        c.state.invalid,
        c.state.hll,
      ]);
      expect(mc.summary.top).toEqual(c.summary.top);
      expect(mc.summary.min).toEqual(c.summary.min);
      expect(mc.summary.max).toEqual(c.summary.max);
    }
  });

  it("--json prints the column summaries", async () => {
    const r = await cli(["profile", "--json", "--data", "current.csv", "--out", "pj.json"]);
    expect(r.code).toBe(0);
    const summaries = JSON.parse(r.stdout) as { name: string; count: number; nulls: number }[];
    expect(summaries.map((s) => [s.name, s.count, s.nulls])).toEqual(
      control.header.map((h) => [h, 20000, h === "income" ? 400 : 0]),
    );
  });

  it("profile files to merge are read from the working directory given to main()", async () => {
    await cli(["profile", "--data", "current.csv", "--out", "rel.json"]);
    const r = await cli(["profile", "merge", "rel.json", "--out", "rel-merged.json"]);
    expect(r).toEqual({ code: 0, stdout: "wrote rel-merged.json: 20000 rows, 9 columns\n", stderr: "" });
  });

  it("merging a file that is not a profile is exit 2 naming it", async () => {
    await cli(["profile", "--data", "current.csv", "--out", "good.json"]);
    await ws.write("notjson.json", "{oops");
    const a = await cli(["profile", "merge", ws.file("good.json"), ws.file("notjson.json"), "--out", "m2.json"]);
    expect(a.code).toBe(2);
    expect(a.stderr).toMatch(/^modelgate: notjson\.json: not valid JSON \(.*\)\n$/);
    await ws.write("other.json", JSON.stringify({ kind: "something", version: 1 }));
    const b = await cli(["profile", "merge", ws.file("good.json"), ws.file("other.json"), "--out", "m3.json"]);
    expect(b.code).toBe(2);
    expect(b.stderr).toMatch(/^modelgate: other\.json: at kind: not a modelgate profile: .*\n$/);
    const c = await cli(["profile", "merge", ws.file("good.json"), ws.file("absent.json"), "--out", "m4.json"]);
    expect(c).toEqual({ code: 2, stdout: "", stderr: "modelgate: absent.json: no such file\n" });
  });
});

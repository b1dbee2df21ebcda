// `drift` never passes what it cannot compare (issue 16): a column missing from the current data, or current values
// of another type (all of them, or a share past --null-rate-threshold), is schema drift and fails the run whatever
// the dataset share; a null share that moves past --null-rate-threshold drifts its column, which counts in the
// share; a side without rows, two tables without a shared column, or nothing with values on both sides is one line
// and exit 2. Every case from the rows and from profiles, through the CLI: exit code and drift.json.
import { readFileSync } from "node:fs";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { ColumnDrift, DriftResult } from "../../src/core/drift/drift.js";
import { cloneCsv, col, csvText, fixture, makeTemp, readPlainCsv, runCli, type TempDir } from "../support.js";

let tmp: TempDir;
const json = (f: string) => JSON.parse(readFileSync(tmp.file(f), "utf8")) as DriftResult;
const column = (d: DriftResult, name: string) => d.columns.find((c) => c.column === name) as ColumnDrift;

/** The current tables: the control batch of the loans, changed one way each. */
const VARIANTS = ["floats", "halffloats", "allnull", "norows", "disjoint", "lacks", "nulls30"] as const;

beforeAll(async () => {
  tmp = await makeTemp("drift-schema");
  const ref = await readPlainCsv(fixture("loans_reference.csv"));
  const cur = await readPlainCsv(fixture("loans_current_control.csv"));
  await tmp.write("ref.csv", csvText(ref));
  const variant = (name: string, change: (t: ReturnType<typeof cloneCsv>) => void) => {
    const t = cloneCsv(cur);
    change(t);
    return tmp.write(`${name}.csv`, csvText(t));
  };
  const age = col(cur, "age");
  // The reference's ages are integers; here every one (or every other one) is a decimal.
  await variant("floats", (t) => t.rows.forEach((r) => (r[age] = `${r[age]}.5`)));
  await variant("halffloats", (t) => t.rows.forEach((r, i) => (r[age] = i % 2 ? r[age]! : `${r[age]}.5`)));
  await variant("allnull", (t) => (t.rows = t.rows.map((r) => r.map(() => ""))));
  await variant("norows", (t) => (t.rows = []));
  await variant("disjoint", (t) => (t.header = t.header.map((h) => `new_${h}`)));
  await variant("lacks", (t) => {
    const income = col(t, "income");
    t.header.splice(income, 1);
    t.rows.forEach((r) => r.splice(income, 1));
  });
  // Ages have no nulls in the reference; here 30 % are empty (three rows in ten).
  await variant("nulls30", (t) => t.rows.forEach((r, i) => i % 10 < 3 && (r[age] = "")));
  const profile = async (name: string) => {
    const r = await runCli(tmp.path, ["profile", "--data", `${name}.csv`, "--out", `${name}.profile.json`]);
    expect(r.code, r.stderr).toBe(0);
  };
  await profile("ref");
  for (const name of VARIANTS) await profile(name);
});
afterAll(() => tmp.remove());

/** The same comparison from the rows, from two profiles, and from a reference profile against the current rows. */
const MODES = [
  { mode: "rows", ref: "ref.csv", cur: (n: string) => `${n}.csv` },
  { mode: "profiles", ref: "ref.profile.json", cur: (n: string) => `${n}.profile.json` },
  { mode: "a profile and rows", ref: "ref.profile.json", cur: (n: string) => `${n}.csv` },
] as const;

async function drift(m: (typeof MODES)[number], name: string, ...extra: string[]) {
  const out = `${m.mode.replace(/ /g, "-")}-${name}${extra.join("")}.json`;
  const r = await runCli(tmp.path, ["drift", "--reference", m.ref, "--current", m.cur(name), "--out", out, ...extra]);
  return { ...r, out };
}

describe.each(MODES)("drift from $mode", (m) => {
  it("every current age a decimal where the reference's are integers: a type change, exit 1 whatever the share", async () => {
    const r = await drift(m, "floats");
    expect(r.code, r.stderr).toBe(1);
    const d = json(r.out);
    expect(d).toMatchObject({ schema_drifted: true, dataset_drifted: false, drifted: true, drifted_columns: 1 });
    const age = column(d, "age");
    expect(age).toMatchObject({ status: "type_changed", drifted: true, test: null });
    expect(age.reasons[0]).toBe(
      m.mode === "profiles"
        ? "type changed: integer in the reference profile, number in the current one"
        : "type changed: none of the 20000 current values is integer, as the reference's are",
    );
    // Worst first: the schema change heads the table.
    expect(d.columns[0]!.column).toBe("age");
    expect(r.stdout.split("\n")[1]).toMatch(/^SCHEMA DRIFT age \(type changed: /);
  });

  it("every other age a decimal: half the values of another type is a type change too", async () => {
    const r = await drift(m, "halffloats");
    expect(r.code, r.stderr).toBe(1);
    const age = column(json(r.out), "age");
    expect(age).toMatchObject({ status: "type_changed", drifted: true });
    expect(age.reasons[0]).toBe(
      m.mode === "profiles"
        ? "type changed: integer in the reference profile, number in the current one"
        : "type changed: 50.0 % of current values are not integer (reference 0.0 %)",
    );
  });

  it("a current table of nulls only: every column's null share moved, all drifted, exit 1", async () => {
    const r = await drift(m, "allnull");
    expect(r.code, r.stderr).toBe(1);
    const d = json(r.out);
    expect(d.columns).toHaveLength(9);
    for (const c of d.columns) {
      expect(c, c.column).toMatchObject({ status: "no_current_values", null_rate_drifted: true, drifted: true });
      expect(c.current.null_fraction).toBe(1);
      expect(c.reasons[0]).toMatch(/^null share \d+\.\d % → 100\.0 % \(moved more than 10\.0 %\)$/);
    }
    expect(d).toMatchObject({ drifted_columns: 9, tested_columns: 9, dataset_drifted: true });
  });

  it("a column missing from the current table: drifted, schema drift, exit 1 though 1 of 8 is under the share", async () => {
    const r = await drift(m, "lacks");
    expect(r.code, r.stderr).toBe(1);
    const d = json(r.out);
    expect(column(d, "income")).toMatchObject({
      status: "missing_in_current",
      drifted: true,
      reasons: ["missing in current"],
      test: null,
    });
    expect(d).toMatchObject({ drifted_columns: 1, tested_columns: 8, dataset_drifted: false, schema_drifted: true });
    expect(r.stdout).toContain("SCHEMA DRIFT income (missing in current)");
  });

  it("nulls from 0 % to 30 %: the column drifted and counts in the share and the exit code", async () => {
    const plain = await drift(m, "nulls30");
    const d = json(plain.out);
    const age = column(d, "age");
    expect(age).toMatchObject({ null_rate_drifted: true, drifted: true, status: "ok" });
    expect(age.null_rate_change).toBeCloseTo(0.3, 12);
    expect(age.reasons).toEqual(["null share 0.0 % → 30.0 % (moved more than 10.0 %)"]);
    // 1 of 8 columns: under the default share of 0.5, so exit 0, yet counted.
    expect(plain.code, plain.stderr).toBe(0);
    expect(d).toMatchObject({ drifted_columns: 1, tested_columns: 8, schema_drifted: false });
    expect(plain.stdout).toMatch(/^OK 1 of 8 columns drifted/);
    const strict = await drift(m, "nulls30", "--dataset-threshold", "0.1");
    expect(strict.code).toBe(1);
    expect(json(strict.out).dataset_drifted).toBe(true);
    // A threshold past the move: not drifted.
    const loose = await drift(m, "nulls30", "--null-rate-threshold", "0.35");
    expect(loose.code).toBe(0);
    expect(column(json(loose.out), "age")).toMatchObject({ null_rate_drifted: false, drifted: false, reasons: [] });
    expect(json(loose.out).null_rate_threshold).toBe(0.35);
  });

  it("a side without rows: one line naming it, exit 2", async () => {
    const r = await drift(m, "norows");
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(`modelgate: ${m.cur("norows")}: has no rows: there is nothing to compare`);
    const reversed = await runCli(tmp.path, ["drift", "--reference", m.cur("norows"), "--current", m.ref]);
    expect(reversed.code).toBe(2);
    expect(reversed.stderr.trim()).toBe(`modelgate: ${m.cur("norows")}: has no rows: there is nothing to compare`);
  });

  it("no column in common: one line naming both files, exit 2", async () => {
    const r = await drift(m, "disjoint");
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(
      `modelgate: ${m.cur("disjoint")}: has none of the columns of ${m.ref} ("loan_id", "application_date", "age", "income", "debt_ratio", …): nothing to compare`,
    );
  });
});

describe("profiles typed apart", () => {
  it("current values that a text reference column holds as text are no type change; the reverse is", async () => {
    const cur = await readPlainCsv(fixture("loans_current_control.csv"));
    const t = cloneCsv(cur);
    // The states become numbers: a profile of them types the column integer.
    t.rows.forEach((r, i) => (r[col(t, "state")] = String(i % 10)));
    await tmp.write("numbered.csv", csvText(t));
    expect((await runCli(tmp.path, ["profile", "--data", "numbered.csv", "--out", "numbered.profile.json"])).code).toBe(
      0,
    );
    const r = await runCli(tmp.path, [
      "drift",
      ...["--reference", "ref.profile.json", "--current", "numbered.profile.json", "--out", "numbered.json"],
    ]);
    // The categories changed completely (drift), but the column did not change type: the rows would read them as text.
    expect(column(json("numbered.json"), "state")).toMatchObject({ status: "ok", drifted: true, test: "js" });
    expect(json("numbered.json").schema_drifted).toBe(false);
    expect(r.code).toBe(0);
    const back = await runCli(tmp.path, [
      "drift",
      ...["--reference", "numbered.profile.json", "--current", "ref.profile.json", "--out", "back.json"],
    ]);
    expect(back.code).toBe(1);
    expect(column(json("back.json"), "state").reasons[0]).toBe(
      "type changed: integer in the reference profile, string in the current one",
    );
  });
});

describe("nothing to compare", () => {
  it("two tables with nulls only: no column has values on both sides, one line, exit 2", async () => {
    for (const [ref, cur] of [
      ["allnull.csv", "allnull.csv"],
      ["allnull.profile.json", "allnull.profile.json"],
    ])
      await (async () => {
        const r = await runCli(tmp.path, ["drift", "--reference", ref!, "--current", cur!, "--out", "x.json"]);
        expect(r.code).toBe(2);
        expect(r.stderr.trim()).toMatch(
          new RegExp(
            `^modelgate: ${cur!.replace(".", "\\.")}: nothing to compare with ${ref!.replace(".", "\\.")}: no column has values on both sides \\("loan_id" no reference values; `,
          ),
        );
        expect(r.stderr.trim().split("\n")).toHaveLength(1);
      })();
  });
});

describe("the reports say why", () => {
  it("Markdown and HTML name the schema change and the null share", async () => {
    const r = await runCli(tmp.path, [
      "drift",
      ...["--reference", "ref.csv", "--current", "lacks.csv", "--report", "lacks.md", "--html", "lacks.html"],
    ]);
    expect(r.code).toBe(1);
    const md = readFileSync(tmp.file("lacks.md"), "utf8");
    expect(md).toContain("**🔴 Schema drift**: <code>income</code> missing in current");
    expect(md).toMatch(/\| <code>income<\/code> \| numeric \| – \| – \| – \| – \| 🔴 missing in current \|/);
    expect(readFileSync(tmp.file("lacks.html"), "utf8")).toContain(
      '<div class="banner bad">Schema drift: <code>income</code> missing in current</div>',
    );
    const n = await runCli(tmp.path, [
      "drift",
      "--reference",
      "ref.csv",
      "--current",
      "nulls30.csv",
      "--report",
      "n.md",
    ]);
    expect(n.code).toBe(0);
    expect(readFileSync(tmp.file("n.md"), "utf8")).toMatch(
      /\| <code>age<\/code> \| numeric \| wasserstein \| [0-9.]+ \| – \| 0\.1000 \| 🔴 drift: null share 0\.0 % → 30\.0 % \\\(moved more than 10\.0 %\\\) \|/,
    );
  });
});

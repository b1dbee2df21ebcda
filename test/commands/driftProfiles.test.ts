// Drift from profiles: shards profiled on the reference's fixed edges merge into exactly the whole table's bins;
// drift from the merged profiles agrees with drift from the rows (exactly for counts and bins, within the stated
// bound for sketch statistics); a side given as data is profiled on the other side's edges.
import { readFileSync } from "node:fs";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { ColumnDrift, DriftResult } from "../../src/core/drift/drift.js";
import { binCounts, psi, shares } from "../../src/core/drift/statistics.js";
import type { Profile } from "../../src/core/profile/profile.js";
import { cloneCsv, col, csvText, fixture, makeTemp, readPlainCsv, runCli, type TempDir } from "../support.js";

let tmp: TempDir;
const cli = async (argv: string[]) => {
  const r = await runCli(tmp.path, argv);
  expect(r.code === 0 || r.code === 1, r.stderr).toBe(true);
  return r;
};
const json = <T>(f: string) => JSON.parse(readFileSync(tmp.file(f), "utf8")) as T;
const byColumn = (d: DriftResult) => new Map<string, ColumnDrift>(d.columns.map((c) => [c.column, c]));
const SHARDS = 4;

beforeAll(async () => {
  tmp = await makeTemp("drift-profiles");
  const ref = await readPlainCsv(fixture("loans_reference.csv"));
  const cur = await readPlainCsv(fixture("loans_current_control.csv"));
  await tmp.write("ref.csv", csvText(ref));
  // Shifted: income up 25 %, every third state CA.
  const drifted = cloneCsv(cur);
  const [inc, st] = [col(drifted, "income"), col(drifted, "state")];
  drifted.rows.forEach((r, i) => {
    if (r[inc] !== "") r[inc] = (Number(r[inc]) * 1.25).toFixed(2);
    if (i % 3 === 0) r[st] = "CA";
  });
  await tmp.write("cur.csv", csvText(drifted));
  // The current table in shards of unequal size, as CI matrix jobs would get them.
  const cuts = [0, 3000, 9000, 14_500, drifted.rows.length];
  for (let k = 0; k < SHARDS; k++)
    await tmp.write(
      `shard${k}.csv`,
      csvText({ header: drifted.header, rows: drifted.rows.slice(cuts[k], cuts[k + 1]) }),
    );
  // The reference: a sketch profile, then a profile binned on its deciles; the current shards on those bins.
  await cli(["profile", "--data", "ref.csv", "--out", "ref0.profile.json"]);
  await cli(["profile", "--data", "ref.csv", "--edges-from", "ref0.profile.json", "--out", "ref.profile.json"]);
  await cli(["profile", "--data", "cur.csv", "--edges-from", "ref.profile.json", "--out", "whole.profile.json"]);
  for (let k = 0; k < SHARDS; k++)
    await cli([
      "profile",
      "--data",
      `shard${k}.csv`,
      "--edges-from",
      "ref.profile.json",
      "--out",
      `s${k}.profile.json`,
    ]);
  await cli([
    "profile",
    "merge",
    ...Array.from({ length: SHARDS }, (_, k) => `s${k}.profile.json`),
    "--out",
    "merged.profile.json",
  ]);
});
afterAll(() => tmp.remove());

describe("profiles on fixed edges", () => {
  it("the merge of the shards' profiles has exactly the whole table's counts, bins and top values", () => {
    const whole = json<Profile>("whole.profile.json");
    const merged = json<Profile>("merged.profile.json");
    const m = new Map(merged.columns.map((c) => [c.state.name, c.state]));
    let binned = 0;
    for (const { state: w } of whole.columns) {
      const s = m.get(w.name)!;
      expect([s.count, s.nulls, s.invalid], w.name).toEqual([w.count, w.nulls, w.invalid]);
      expect(s.bins ?? null, w.name).toEqual(w.bins ?? null);
      if (w.bins) binned++;
      if (w.frequent && w.frequent.error === 0) expect(s.frequent, w.name).toEqual(w.frequent);
      if (w.moments) {
        expect(s.moments!.n).toBe(w.moments.n);
        expect(Math.abs(s.moments!.mean - w.moments.mean)).toBeLessThanOrEqual(1e-12 * Math.abs(w.moments.mean));
      }
    }
    expect(binned).toBe(5); // income, debt_ratio, age, application_date, default
  });

  it("bins count exactly what the rows hold on those edges", async () => {
    const ref = await readPlainCsv(tmp.file("ref.csv"));
    const state = json<Profile>("ref.profile.json").columns.find((c) => c.state.name === "income")!.state;
    const values = ref.rows
      .map((r) => r[col(ref, "income")]!)
      .filter((v) => v !== "")
      .map(Number)
      .sort((a, b) => a - b);
    expect(state.bins!.counts).toEqual(binCounts(values, state.bins!.edges));
  });

  it("refuses to merge shards binned on different edges: one line, exit 2", async () => {
    await cli(["profile", "--data", "shard0.csv", "--out", "plain0.profile.json"]);
    await cli(["profile", "--data", "shard1.csv", "--edges-from", "plain0.profile.json", "--out", "odd1.profile.json"]);
    const r = await runCli(tmp.path, ["profile", "merge", "s0.profile.json", "odd1.profile.json", "--out", "x.json"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/binned on different edges/);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
  });
});

describe("drift from profiles", () => {
  let fromRows: Map<string, ColumnDrift>;
  beforeAll(async () => {
    await cli(["drift", "--reference", "ref.csv", "--current", "cur.csv", "--out", "rows.json"]);
    fromRows = byColumn(json<DriftResult>("rows.json"));
  });

  it("flags the same columns as drift from the rows; category statistics are exact", async () => {
    const r = await cli([
      "drift",
      "--reference",
      "ref.profile.json",
      "--current",
      "merged.profile.json",
      "--out",
      "p.json",
    ]);
    const d = json<DriftResult>("p.json");
    expect(d.from).toBe("profiles");
    expect(r.code).toBe(d.dataset_drifted ? 1 : 0);
    for (const c of d.columns) {
      const want = fromRows.get(c.column)!;
      expect([c.column, c.status, c.test, c.drifted]).toEqual([c.column, want.status, want.test, want.drifted]);
      expect(c.null_rate_change).toBeCloseTo(want.null_rate_change, 12);
      if (c.type === "categorical" && c.status === "ok") {
        expect(c.approximate ?? null).toBeNull();
        expect(c.statistic).toBeCloseTo(want.statistic!, 12);
      }
    }
    expect(new Set(d.columns.filter((c) => c.drifted).map((c) => c.column))).toEqual(new Set(["income", "state"]));
  });

  it("KS and Wasserstein from the sketches are within their stated bound of the exact values", async () => {
    for (const test of ["ks", "wasserstein"]) {
      await cli([
        "drift",
        "--reference",
        "ref.csv",
        "--current",
        "cur.csv",
        "--test",
        test,
        "--out",
        `rows-${test}.json`,
      ]);
      await cli([
        "drift",
        ...["--reference", "ref.profile.json", "--current", "merged.profile.json"],
        ...["--test", test, "--out", `p-${test}.json`],
      ]);
      const exact = byColumn(json<DriftResult>(`rows-${test}.json`));
      const numeric = json<DriftResult>(`p-${test}.json`).columns.filter((c) => c.test === test);
      expect(numeric.length).toBeGreaterThanOrEqual(4);
      for (const c of numeric) {
        const bound = c.approximate!.bound!;
        expect(bound).toBeGreaterThan(0);
        expect(Math.abs(c.statistic! - exact.get(c.column)!.statistic!), `${test} ${c.column}`).toBeLessThanOrEqual(
          bound,
        );
      }
      // The KS bound is the two sketches' rank errors: 1.1 % each.
      if (test === "ks") expect(numeric[0]!.approximate!.bound).toBeCloseTo(0.022, 12);
    }
  });

  it("PSI on the reference's fixed bins equals PSI computed on the rows with those edges", async () => {
    await cli([
      "drift",
      ...["--reference", "ref.profile.json", "--current", "merged.profile.json"],
      ...["--column-test", "income=psi", "--out", "psi.json"],
    ]);
    const c = byColumn(json<DriftResult>("psi.json")).get("income")!;
    expect(c.test).toBe("psi");
    expect(c.approximate ?? null).toBeNull();
    const edges = json<Profile>("ref.profile.json").columns.find((x) => x.state.name === "income")!.state.bins!.edges;
    const sorted = async (f: string) => {
      const t = await readPlainCsv(tmp.file(f));
      return t.rows
        .map((r) => r[col(t, "income")]!)
        .filter((v) => v !== "")
        .map(Number)
        .sort((a, b) => a - b);
    };
    const want = psi(
      shares(binCounts(await sorted("ref.csv"), edges)),
      shares(binCounts(await sorted("cur.csv"), edges)),
    );
    expect(c.statistic).toBeCloseTo(want, 12);
  });

  it("a side given as rows is profiled on the other side's edges: the same result as two profiles", async () => {
    await cli(["drift", "--reference", "ref.profile.json", "--current", "cur.csv", "--out", "mixed.json"]);
    await cli(["drift", "--reference", "ref.profile.json", "--current", "whole.profile.json", "--out", "both.json"]);
    const strip = (d: DriftResult) => d.columns;
    expect(strip(json<DriftResult>("mixed.json"))).toEqual(strip(json<DriftResult>("both.json")));
  });

  it("a file that is not a profile: one line naming it, exit 2", async () => {
    await tmp.write("bad.json", '{"kind":"something else"}');
    const r = await runCli(tmp.path, ["drift", "--reference", "bad.json", "--current", "cur.csv"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bad\.json.*not a modelgate profile/);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
  });
});

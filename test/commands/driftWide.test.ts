// A table of 20,000 columns × 3 rows through `profile` and `drift` (issue 16: 10,000-100,000 columns took 14-20 GB).
// Not timed (bench/wide.mjs measures time and memory): what is checked is that each column keeps state that grows
// with its data — the profile file stays small per column (a short column's HyperLogLog is a few bytes, not 4,096
// registers), drift.json has every column, and the printed verdict shows the worst TEXT_COLUMNS, not 20,000 lines.
import { readFileSync, statSync } from "node:fs";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { DriftResult } from "../../src/core/drift/drift.js";
import type { Profile } from "../../src/core/profile/profile.js";
import { TEXT_COLUMNS } from "../../src/core/render/driftRender.js";
import { makeTemp, runCli, type TempDir } from "../support.js";

const COLUMNS = 20_000;
let tmp: TempDir;

/** Decimals, small integers, a category and a share, in turn; the current table shifts every eighth column. */
function wideCsv(rows: number, shift: boolean): string {
  const header = Array.from({ length: COLUMNS }, (_x, j) => `c${j}`).join(",");
  const lines = [header];
  for (let r = 0; r < rows; r++) {
    const cells = Array.from({ length: COLUMNS }, (_x, j) => {
      const k = j % 4;
      const moved = shift && j % 8 === 0 ? 1000 : 0;
      if (k === 0) return String(r * 1.5 + (j % 7) + moved);
      if (k === 1) return String((r + j) % 5);
      if (k === 2) return "xyz"[(r + j) % 3];
      return (0.1 * r).toFixed(1);
    });
    lines.push(cells.join(","));
  }
  return `${lines.join("\n")}\n`;
}

beforeAll(async () => {
  tmp = await makeTemp("drift-wide");
  await tmp.write("ref.csv", wideCsv(3, false));
  await tmp.write("cur.csv", wideCsv(3, true));
});
afterAll(() => tmp.remove());

describe("a wide table", () => {
  it("profiles 20,000 columns into a file of a few hundred bytes a column", async () => {
    const r = await runCli(tmp.path, ["profile", "--data", "ref.csv", "--out", "ref.profile.json"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(`wrote ref.profile.json: 3 rows, ${COLUMNS} columns\n`);
    // With 4,096 registers written per column this file was 125 MB (6.2 KB a column).
    expect(statSync(tmp.file("ref.profile.json")).size / COLUMNS).toBeLessThan(1000);
    const p = JSON.parse(readFileSync(tmp.file("ref.profile.json"), "utf8")) as Profile;
    expect(p).toMatchObject({ kind: "modelgate.profile", version: 2, rows: 3 });
    expect(p.columns).toHaveLength(COLUMNS);
    for (const { state, summary } of p.columns) {
      expect(state.hll, state.name).toMatch(/^sparse:/);
      expect(summary.distinct, state.name).toBeLessThanOrEqual(3);
    }
  });

  it("drifts 20,000 columns from the rows and from profiles: every column in drift.json, the worst printed", async () => {
    const fromRows = await runCli(tmp.path, [
      "drift",
      "--reference",
      "ref.csv",
      "--current",
      "cur.csv",
      "--out",
      "d.json",
    ]);
    expect(fromRows.code, fromRows.stderr).toBe(0);
    const d = JSON.parse(readFileSync(tmp.file("d.json"), "utf8")) as DriftResult;
    expect(d.columns).toHaveLength(COLUMNS);
    // Every eighth column moved by 1,000 (beyond every reference value): KS 1 at n = 3, p = 0.1, so not drift at
    // 0.05 — and nothing else moved. What matters here is that each was tested.
    expect(d.tested_columns).toBe(COLUMNS);
    const lines = fromRows.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(1 + TEXT_COLUMNS + 1);
    expect(lines.at(-1)).toBe(`  … ${COLUMNS - TEXT_COLUMNS} more columns (every column is in d.json)`);
    const profiled = await runCli(tmp.path, ["profile", "--data", "cur.csv", "--out", "cur.profile.json"]);
    expect(profiled.code, profiled.stderr).toBe(0);
    const fromProfiles = await runCli(tmp.path, [
      "drift",
      ...["--reference", "ref.profile.json", "--current", "cur.profile.json", "--out", "p.json"],
    ]);
    expect(fromProfiles.code, fromProfiles.stderr).toBe(0);
    const p = JSON.parse(readFileSync(tmp.file("p.json"), "utf8")) as DriftResult;
    const pick = (x: DriftResult) => x.columns.map((c) => [c.column, c.status, c.test, c.statistic, c.drifted]);
    // Three values a side: the sketches hold them all, so drift from profiles is exact and equals drift from rows.
    expect(pick(p)).toEqual(pick(d));
  });
});

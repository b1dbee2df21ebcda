// The profile of loans_reference.csv against the merge of the profiles of three shards of it: counts, nulls,
// moments, min/max and top values agree exactly (moments to rounding); quantiles sit within 2 % of rank of the
// exact empirical quantiles; distinct counts within 5 %; and the summary's mean/std are simple-statistics'.
import { mean as ssMean, sampleStandardDeviation } from "simple-statistics";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { openTable } from "../../../src/core/data/open.js";
import type { ColumnType } from "../../../src/core/data/types.js";
import type { ColumnProfileState } from "../../../src/core/profile/columnProfiler.js";
import { mergeProfiles } from "../../../src/core/profile/merge.js";
import { type ColumnSummary, type Profile, profileSchema } from "../../../src/core/profile/profile.js";
import { profileTable } from "../../../src/core/profile/profileTable.js";
import {
  column,
  csvText,
  fixture,
  inputErrorOf,
  LOAN_COLUMNS,
  makeTemp,
  type PlainCsv,
  readPlainCsv,
  type TempDir,
} from "../../support.js";

let tmp: TempDir;
let csv: PlainCsv;
let whole: Profile;
let merged: Profile;
let shardProfiles: Profile[];
const SHARD_ROWS = [6667, 6667, 6666];

async function profileFile(file: string, types?: ColumnType[]): Promise<Profile> {
  const source = await openTable(file);
  try {
    return await profileTable(source, types ? { types } : {});
  } finally {
    await source.close();
  }
}

beforeAll(async () => {
  tmp = await makeTemp("profile");
  csv = await readPlainCsv(fixture("loans_reference.csv"));
  whole = await profileFile(fixture("loans_reference.csv"));
  shardProfiles = [];
  let start = 0;
  for (const [i, n] of SHARD_ROWS.entries()) {
    const file = await tmp.write(
      `shard-${i}.csv`,
      csvText({ header: csv.header, rows: csv.rows.slice(start, start + n) }),
    );
    start += n;
    // Types detected per shard, as `modelgate profile` does without a schema.
    shardProfiles.push(await profileFile(file));
  }
  expect(start).toBe(20000);
  merged = mergeProfiles(shardProfiles);
});

afterAll(async () => {
  await tmp.remove();
});

function summaryOf(p: Profile, name: string): ColumnSummary {
  const c = p.columns.find((x) => x.state.name === name);
  if (!c) throw new Error(`no column ${name}`);
  return c.summary as unknown as ColumnSummary;
}

function stateOf(p: Profile, name: string): ColumnProfileState {
  const c = p.columns.find((x) => x.state.name === name);
  if (!c) throw new Error(`no column ${name}`);
  return c.state as ColumnProfileState;
}

function relClose(actual: number | undefined, expected: number, rel = 1e-9): void {
  expect(actual).toBeTypeOf("number");
  expect(Math.abs(actual! - expected)).toBeLessThanOrEqual(rel * Math.abs(expected));
}

/** The column's non-null values as numbers (datetimes as epoch milliseconds). */
function numbers(name: string): number[] {
  return column(csv, name)
    .filter((v) => v !== "")
    .map((v) =>
      name === "application_date" ? Date.parse(`${v}T00:00:00Z`) : v === "true" ? 1 : v === "false" ? 0 : Number(v),
    );
}

/** Exact value counts, ordered as the profile orders its top values (count desc, then value). */
function exactTop(name: string, n = 10): { value: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const v of column(csv, name)) if (v !== "") counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, n)
    .map(([value, count]) => ({ value, count }));
}

const TYPES: Record<string, ColumnType> = {
  loan_id: "string",
  application_date: "datetime",
  age: "integer",
  income: "number",
  debt_ratio: "number",
  state: "string",
  employment: "string",
  has_mortgage: "boolean",
  default: "integer",
};

describe("profile of a table vs. the merge of its shards", () => {
  it("both are valid profile files with the detected types; the merge lists the shard sources", () => {
    expect(profileSchema.parse(JSON.parse(JSON.stringify(whole)))).toEqual(whole);
    expect(profileSchema.parse(JSON.parse(JSON.stringify(merged)))).toEqual(merged);
    expect(whole.rows).toBe(20000);
    expect(merged.rows).toBe(20000);
    expect(whole.columns.map((c) => [c.state.name, c.state.type])).toEqual(Object.entries(TYPES));
    for (const p of shardProfiles) expect(p.columns.map((c) => c.state.type)).toEqual(Object.values(TYPES));
    expect(merged.columns.map((c) => [c.state.name, c.state.type])).toEqual(Object.entries(TYPES));
    expect(merged.sources.map((s) => [s.file, s.format, s.rows])).toEqual(
      SHARD_ROWS.map((n, i) => [tmp.file(`shard-${i}.csv`), "csv", n]),
    );
    expect(whole.sources).toEqual([{ file: fixture("loans_reference.csv"), format: "csv", rows: 20000 }]);
  });

  it("counts, nulls and invalid cells are exact", () => {
    for (const name of LOAN_COLUMNS) {
      const expected = { count: 20000, nulls: name === "income" ? 400 : 0, invalid: 0 };
      expect(stateOf(whole, name), name).toMatchObject(expected);
      expect(stateOf(merged, name), name).toMatchObject(expected);
      expect(summaryOf(merged, name).null_fraction).toBe(expected.nulls / 20000);
    }
  });

  it("moments: n exact, mean and std to 1e-9 relative; min and max exact", () => {
    for (const name of ["age", "income", "debt_ratio", "default", "has_mortgage", "application_date"]) {
      const values = numbers(name);
      const a = stateOf(whole, name).moments!;
      const b = stateOf(merged, name).moments!;
      expect(a.n, name).toBe(values.length);
      expect(b.n, name).toBe(values.length);
      relClose(b.mean, a.mean);
      relClose(b.m2, a.m2);
      if (name === "application_date") {
        // Datetimes keep moments in state but show no mean/std.
        expect(summaryOf(merged, name).mean).toBeUndefined();
        expect(summaryOf(merged, name).std).toBeUndefined();
      } else {
        relClose(summaryOf(merged, name).mean, summaryOf(whole, name).mean!);
        relClose(summaryOf(merged, name).std, summaryOf(whole, name).std!);
      }
    }
    for (const name of ["age", "income", "debt_ratio", "default"]) {
      const values = numbers(name);
      const min = values.reduce((m, v) => Math.min(m, v), Infinity);
      const max = values.reduce((m, v) => Math.max(m, v), -Infinity);
      expect(summaryOf(whole, name).min, name).toBe(min);
      expect(summaryOf(whole, name).max, name).toBe(max);
      expect(summaryOf(merged, name).min, name).toBe(min);
      expect(summaryOf(merged, name).max, name).toBe(max);
    }
    expect(summaryOf(merged, "application_date").min).toBe("2022-01-01T00:00:00.000Z");
    expect(summaryOf(merged, "application_date").max).toBe("2023-12-31T00:00:00.000Z");
    expect(summaryOf(merged, "age").min).toBe(18);
    expect(summaryOf(merged, "age").max).toBe(90);
    // Strings have no moments.
    expect(stateOf(merged, "state").moments).toBeNull();
  });

  it("the summary's mean and std are simple-statistics' mean and sampleStandardDeviation", () => {
    for (const name of ["age", "income", "debt_ratio", "default", "has_mortgage"]) {
      const values = numbers(name);
      for (const p of [whole, merged]) {
        relClose(summaryOf(p, name).mean, ssMean(values));
        relClose(summaryOf(p, name).std, sampleStandardDeviation(values));
      }
    }
  });

  it("top values and their counts are exact and equal", () => {
    for (const name of ["state", "employment", "has_mortgage", "age", "default"]) {
      const expected = exactTop(name);
      expect(summaryOf(whole, name).top, name).toEqual(expected);
      expect(summaryOf(merged, name).top, name).toEqual(expected);
      expect(summaryOf(merged, name).top_exact, name).toBe(true);
      expect(summaryOf(merged, name).distinct_exact, name).toBe(true);
    }
    expect(summaryOf(merged, "state").distinct).toBe(10);
    expect(summaryOf(merged, "employment").distinct).toBe(4);
    expect(summaryOf(merged, "has_mortgage").distinct).toBe(2);
    expect(summaryOf(merged, "age").distinct).toBe(73);
    expect(
      summaryOf(merged, "has_mortgage")
        .top!.map((t) => t.value)
        .sort(),
    ).toEqual(["false", "true"]);
    // 20000 distinct ids overflow the frequent-items sketch: not exact, on both sides.
    expect(summaryOf(whole, "loan_id").top_exact).toBe(false);
    expect(summaryOf(merged, "loan_id").top_exact).toBe(false);
    // Numbers keep no value counts.
    expect(summaryOf(merged, "income").top).toBeUndefined();
  });

  it("quantiles are within 0.02 of the exact empirical rank", () => {
    for (const name of ["age", "income", "debt_ratio", "application_date"]) {
      const sorted = Float64Array.from(numbers(name)).sort();
      const n = sorted.length;
      const rankRange = (v: number): [number, number] => {
        let below = 0;
        while (below < n && sorted[below]! < v) below++;
        let upTo = below;
        while (upTo < n && sorted[upTo]! <= v) upTo++;
        return [below / n, upTo / n];
      };
      for (const p of [whole, merged]) {
        const quantiles = summaryOf(p, name).quantiles!;
        expect(Object.keys(quantiles)).toEqual(["p1", "p5", "p25", "p50", "p75", "p95", "p99"]);
        for (const [key, shown] of Object.entries(quantiles)) {
          const q = Number(key.slice(1)) / 100;
          const v = typeof shown === "string" ? Date.parse(shown) : shown;
          const [lo, hi] = rankRange(v);
          expect(lo, `${name} ${key} = ${shown}`).toBeLessThanOrEqual(q + 0.02);
          expect(hi, `${name} ${key} = ${shown}`).toBeGreaterThanOrEqual(q - 0.02);
        }
      }
    }
  });

  it("distinct counts: HyperLogLog within 5 %, and the merged sketch equals the whole table's", () => {
    for (const name of ["loan_id", "income", "debt_ratio", "application_date"]) {
      const exact = new Set(column(csv, name).filter((v) => v !== "")).size;
      for (const p of [whole, merged]) {
        const s = summaryOf(p, name);
        expect(s.distinct_exact, name).toBe(false);
        expect(Math.abs(s.distinct - exact) / exact, `${name}: ${s.distinct} vs ${exact}`).toBeLessThanOrEqual(0.05);
      }
    }
    expect(new Set(column(csv, "loan_id")).size).toBe(20000);
    // Register-wise maximum: the union of the shards' sketches is the whole table's sketch, bit for bit.
    for (const name of LOAN_COLUMNS) expect(stateOf(merged, name).hll, name).toBe(stateOf(whole, name).hll);
  });

  it("the histogram counts add up to the non-null count", () => {
    for (const name of ["age", "income", "debt_ratio"]) {
      for (const p of [whole, merged]) {
        const h = summaryOf(p, name).histogram!;
        expect(h.edges).toHaveLength(21);
        expect(h.counts).toHaveLength(20);
        const total = h.counts.reduce((a, b) => a + b, 0);
        expect(Math.abs(total - numbers(name).length), name).toBeLessThanOrEqual(20);
      }
    }
  });
});

describe("mergeProfiles edge cases", () => {
  async function profileText(name: string, text: string): Promise<Profile> {
    return profileFile(await tmp.write(name, text));
  }

  it("merging one profile gives the same summaries", () => {
    const again = mergeProfiles([whole]);
    expect(again.rows).toBe(20000);
    for (const name of LOAN_COLUMNS) {
      const { quantiles: _q, histogram: _h, ...rest } = summaryOf(whole, name);
      expect(summaryOf(again, name), name).toMatchObject(rest);
    }
  });

  it("refuses shards of different column sets or types, naming them and the first difference", async () => {
    const a = await profileText("miss-a.csv", "x,y\n1,a\n2,b\n3,c\n");
    const b = await profileText("miss-b.csv", "y\nd\ne\n");
    const problem = async (f: () => unknown) => (await inputErrorOf(f)).message;
    // Merging them used to count the missing column's rows as nulls: a profile of no table (issue 16).
    expect(await problem(() => mergeProfiles([a, b], ["a.json", "b.json"]))).toBe(
      'a.json and b.json are not profiles of one table: column "x" is in a.json, not in b.json; profile every shard of one table with the same columns and types',
    );
    expect(await problem(() => mergeProfiles([b, a], ["b.json", "a.json"]))).toMatch(
      /^b\.json and a\.json are not profiles of one table: column "x" is in a\.json, not in b\.json;/,
    );
    const text = await profileText("type-c.csv", "x,y\nsmall,a\nlarge,b\n");
    expect(await problem(() => mergeProfiles([a, text], ["a.json", "c.json"]))).toBe(
      'a.json and c.json are not profiles of one table: column "x" is integer in a.json, string in c.json; profile every shard with the same --schema',
    );
    // Whole numbers in one shard of a decimal column: one column, typed number.
    const decimals = await profileText("type-d.csv", "x,y\n1.5,a\n");
    expect(summaryOf(mergeProfiles([a, decimals]), "x")).toMatchObject({ type: "number", count: 4, max: 3 });
  });

  it("refuses to merge nothing", () => {
    expect(() => mergeProfiles([])).toThrow("nothing to merge");
  });

  it("a shard whose column is all null (read as string) does not erase the other shards' statistics", async () => {
    const numbersShard = await profileText("null-a.csv", "x\n1\n2\n3\n");
    // A blank line is no row (documented), so the nulls are spelled out.
    const nullShard = await profileText("null-b.csv", "x\nnull\nNA\n");
    expect(stateOf(nullShard, "x").type).toBe("string");
    for (const order of [
      [numbersShard, nullShard],
      [nullShard, numbersShard],
    ]) {
      const m = mergeProfiles(order);
      expect(summaryOf(m, "x")).toMatchObject({ type: "integer", count: 5, nulls: 2, mean: 2, std: 1, min: 1, max: 3 });
    }
  });
});

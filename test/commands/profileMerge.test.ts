// `modelgate profile merge` joins the profiles of shards of one table; profiles of different tables (another column
// set, a column of another type, other bin edges) are refused in one line naming the files and the first
// difference, exit 2, and nothing is written (issue 16). Shards of one table still merge.
import { existsSync, readFileSync } from "node:fs";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Profile } from "../../src/core/profile/profile.js";
import { fixture, makeTemp, runCli, type TempDir } from "../support.js";

let tmp: TempDir;
const cli = (argv: string[]) => runCli(tmp.path, argv);

beforeAll(async () => {
  tmp = await makeTemp("profile-merge");
  const tables: Record<string, string> = {
    "a.csv": "id,score,city\n1,0.5,Oslo\n2,0.7,Lima\n",
    "b.csv": "id,score,city\n3,0.25,Kyiv\n4,1,Lima\n",
    // Whole scores only: profiled as integers, still one column with the decimals of a.csv.
    "whole.csv": "id,score,city\n5,1,Oslo\n6,2,Rome\n",
    "fewer.csv": "id,score\n7,0.1\n",
    "more.csv": "id,score,city,extra\n8,0.2,Oslo,x\n",
    "texts.csv": "id,score,city\n9,high,Oslo\n",
  };
  for (const [name, text] of Object.entries(tables)) {
    await tmp.write(name, text);
    const r = await cli(["profile", "--data", name, "--out", name.replace(".csv", ".profile.json")]);
    expect(r.code, r.stderr).toBe(0);
  }
  const bc = await cli(["profile", "--data", fixture("breast_cancer_holdout.csv"), "--out", "bc.profile.json"]);
  expect(bc.code, bc.stderr).toBe(0);
});
afterAll(() => tmp.remove());

describe("profile merge", () => {
  it("merges shards of one table, integer and number shards of a column as number", async () => {
    const r = await cli([
      "profile",
      "merge",
      "a.profile.json",
      "b.profile.json",
      "whole.profile.json",
      "--out",
      "m.json",
    ]);
    expect(r.code, r.stderr).toBe(0);
    const m = JSON.parse(readFileSync(tmp.file("m.json"), "utf8")) as Profile;
    expect(m.rows).toBe(6);
    expect(m.columns.map((c) => [c.state.name, c.state.type])).toEqual([
      ["id", "integer"],
      ["score", "number"],
      ["city", "string"],
    ]);
  });

  it.each([
    [
      "a column the second lacks",
      ["a.profile.json", "fewer.profile.json"],
      'a.profile.json and fewer.profile.json are not profiles of one table: column "city" is in a.profile.json, not in fewer.profile.json; profile every shard of one table with the same columns and types',
    ],
    [
      "a column only the third has",
      ["a.profile.json", "b.profile.json", "more.profile.json"],
      'a.profile.json and more.profile.json are not profiles of one table: column "extra" is in more.profile.json, not in a.profile.json; profile every shard of one table with the same columns and types',
    ],
    [
      "a column of another type",
      ["a.profile.json", "texts.profile.json"],
      'a.profile.json and texts.profile.json are not profiles of one table: column "score" is number in a.profile.json, string in texts.profile.json; profile every shard with the same --schema',
    ],
    [
      "another table altogether",
      ["bc.profile.json", "a.profile.json"],
      'bc.profile.json and a.profile.json are not profiles of one table: column "mean radius" is in bc.profile.json, not in a.profile.json; profile every shard of one table with the same columns and types',
    ],
  ])(
    "refuses %s: one line naming the files and the difference, exit 2, nothing written",
    async (_name, files, line) => {
      const out = `refused-${files.length}-${files[1]}`;
      const r = await cli(["profile", "merge", ...files, "--out", out]);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`modelgate: ${line}\n`);
      expect(existsSync(tmp.file(out))).toBe(false);
    },
  );
});

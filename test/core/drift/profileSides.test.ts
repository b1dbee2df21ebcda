// profileSides: drift's two profiles, read from the files that are profiles, the side given as data profiled now
// with the profile's types and bin edges (so a value of another type is counted, and the bins line up).
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { openTable } from "../../../src/core/data/open.js";
import { isProfile, profileSides } from "../../../src/core/drift/profileSides.js";
import { edgesOfProfile, type Profile } from "../../../src/core/profile/profile.js";
import { profileTable } from "../../../src/core/profile/profileTable.js";
import { makeTemp, type TempDir } from "../../support.js";

let tmp: TempDir;
let refProfileFile: string;
let refProfile: Profile;
let curFile: string;

const stateOf = (p: Profile, name: string) => p.columns.find((c) => c.state.name === name)!.state;

beforeAll(async () => {
  tmp = await makeTemp("profile-sides");
  const ref = ["x,label", ...Array.from({ length: 300 }, (_, i) => `${i % 97},${"abc"[i % 3]}`)];
  const refFile = await tmp.write("ref.csv", `${ref.join("\n")}\n`);
  const source = await openTable(refFile);
  try {
    refProfile = await profileTable(source);
  } finally {
    await source.close();
  }
  refProfileFile = await tmp.write("ref.profile.json", `${JSON.stringify(refProfile)}\n`);
  // The current batch: columns in another order, one more column, and one x that is not an integer.
  const cur = [
    "extra,label,x",
    ...Array.from({ length: 120 }, (_, i) => `${i},${"abd"[i % 3]},${i === 7 ? "oops" : i}`),
  ];
  curFile = await tmp.write("cur.csv", `${cur.join("\n")}\n`);
});
afterAll(() => tmp.remove());

describe("isProfile", () => {
  it("takes .json files, whatever the case, as profiles and nothing else", () => {
    expect(["a.json", "b.JSON", "c/d.Json"].map(isProfile)).toEqual([true, true, true]);
    expect(["a.jsonl", "a.csv", "json", "a.json.csv"].map(isProfile)).toEqual([false, false, false, false]);
  });
});

describe("profileSides", () => {
  it("profiles the data side with the reference profile's types and bin edges", async () => {
    expect(refProfile.columns.map((c) => c.state.type)).toEqual(["integer", "string"]);
    const [ref, cur] = await profileSides(refProfileFile, curFile, {});
    expect(ref).toEqual(refProfile);
    expect(cur.rows).toBe(120);
    expect(cur.columns.map((c) => [c.state.name, c.state.type])).toEqual([
      ["extra", "string"], // not in the profile: text
      ["label", "string"],
      ["x", "integer"], // the profile's type, though detection would say string
    ]);
    expect(stateOf(cur, "x")).toMatchObject({ count: 120, nulls: 0, invalid: 1 });
    // The reference's edges, each of the 119 integers counted in a bin.
    const bins = stateOf(cur, "x").bins!;
    expect(bins.edges).toEqual(edgesOfProfile(refProfile).get("x"));
    expect(bins.counts.reduce((a, b) => a + b, 0)).toBe(119);
  });

  it("puts the made profile on the reference side when the current one is the profile", async () => {
    const curProfile = await tmp.write("cur-as-profile.json", `${JSON.stringify(refProfile)}\n`);
    const [ref, cur] = await profileSides(curFile, curProfile, {});
    expect(cur).toEqual(refProfile);
    expect(stateOf(ref, "x")).toMatchObject({ type: "integer", invalid: 1 });
  });

  it("reads both when both are profiles, and reports progress while profiling", async () => {
    const [a, b] = await profileSides(refProfileFile, refProfileFile, {});
    expect([a, b]).toEqual([refProfile, refProfile]);
    const seen: number[] = [];
    await profileSides(refProfileFile, curFile, {}, (rows) => seen.push(rows));
    expect(seen.at(-1)).toBe(120);
  });

  it("passes the reader options to the data side", async () => {
    const semi = await tmp.write("cur.txt", "x;label\n5;a\n6;b\n");
    const [, cur] = await profileSides(refProfileFile, semi, { format: "csv", delimiter: ";" });
    expect(cur.columns.map((c) => [c.state.name, c.state.count])).toEqual([
      ["x", 2],
      ["label", 2],
    ]);
  });

  it("refuses a .json that is not a profile in one line naming it", async () => {
    const bad = await tmp.write("bad.json", '{"kind": "something else"}\n');
    await expect(profileSides(bad, curFile, {})).rejects.toThrow(
      new RegExp(`^${bad}: at kind: not a modelgate profile`),
    );
  });
});

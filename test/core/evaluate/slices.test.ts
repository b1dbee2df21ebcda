// Slice rows: which row falls in which slice, and the slices' order (the report lists them as they come).
import { describe, expect, it } from "vitest";

import { sliceRows } from "../../../src/core/evaluate/score.js";

describe("sliceRows", () => {
  it("bins a numeric column at its nearest-rank quartiles, ties at an edge in the lower bin, bins in order", () => {
    // 1..12 shuffled: quartile edges at ranks 3, 6, 9 are 3, 6, 9.
    const values = [7, 12, 1, 5, 3, 10, 2, 8, 6, 11, 4, 9].map(String);
    const bins = sliceRows(values, 4);
    expect([...bins.keys()]).toEqual(["[1, 3]", "(3, 6]", "(6, 9]", "(9, 12]"]);
    const members = (k: string) =>
      bins
        .get(k)!
        .map((i) => Number(values[i]))
        .sort((a, b) => a - b);
    expect(members("[1, 3]")).toEqual([1, 2, 3]);
    expect(members("(3, 6]")).toEqual([4, 5, 6]);
    expect(members("(6, 9]")).toEqual([7, 8, 9]);
    expect(members("(9, 12]")).toEqual([10, 11, 12]);
    // Rows keep their order within a bin.
    expect(bins.get("(9, 12]")).toEqual([1, 5, 9]);
  });

  it("merges bins whose edges coincide, and drops an empty one", () => {
    // Heavy ties: edges 0, 0, 5 → bins [0, 0], (0, 5], (5, 9].
    const values = ["0", "0", "0", "0", "0", "0", "5", "5", "5", "9", "8", "7"];
    const bins = sliceRows(values, 4);
    expect([...bins.keys()]).toEqual(["[0, 0]", "(0, 5]", "(5, 9]"]);
    expect(bins.get("[0, 0]")).toEqual([0, 1, 2, 3, 4, 5]);
    expect(bins.get("(0, 5]")).toEqual([6, 7, 8]);
    expect(bins.get("(5, 9]")).toEqual([9, 10, 11]);
  });

  it("groups text by value in code-unit order, and a few numbers by value in numeric order", () => {
    const text = sliceRows(["b", "a", "c", "a", "B"], 4);
    expect([...text.keys()]).toEqual(["B", "a", "b", "c"]);
    expect(text.get("a")).toEqual([1, 3]);
    const few = sliceRows(["10", "9", "10", "2"], 4);
    expect([...few.keys()]).toEqual(["2", "9", "10"]);
    expect(few.get("10")).toEqual([0, 2]);
  });

  it("takes a million rows of one category without copying each group per row", () => {
    const values = Array.from({ length: 1_000_000 }, (_x, i) => (i % 3 === 0 ? "x" : "y"));
    const groups = sliceRows(values, 4);
    expect(groups.get("x")!.length).toBe(333_334);
    expect(groups.get("y")!.length).toBe(666_666);
  });
});

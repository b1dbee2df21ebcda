// narrowLabels(): int64 labels kept in the narrowest array that holds them, each exactly, for labels in every
// range: Int8, Int32, beyond Int32 (Float64, exact below 2^53), negative, and beyond 2^53, where a label rounds as
// Number() does and firstUnsafeLabel finds its row. Every way out of a range is caught in the four-row loop and in
// the rows after it, and only the rows asked for are read.
import { describe, expect, it } from "vitest";

import { firstUnsafeLabel, type HeldLabels, narrowLabels } from "../../../src/core/evaluate/narrowLabels.js";
import { mulberry32 } from "../../../src/core/random.js";

const I8 = [-128n, 127n];
const I32 = [-(2n ** 31n), 2n ** 31n - 1n];
const SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** The array type that holds every label: what narrowLabels must end with. */
function narrowest(labels: bigint[]): string {
  if (labels.every((v) => v >= I8[0]! && v <= I8[1]!)) return "Int8Array";
  if (labels.every((v) => v >= I32[0]! && v <= I32[1]!)) return "Int32Array";
  return "Float64Array";
}

/** Batches of labels kept one after another in one held array, each from a buffer of its own, as predict() does. */
function keep(batches: bigint[][]): HeldLabels {
  const all = batches.flat();
  let held: HeldLabels = new Int8Array(all.length);
  let base = 0;
  for (const batch of batches) {
    // A buffer longer than the batch, its rows after it out of every range: only the first n are read.
    const buffer = BigInt64Array.from([...batch, 2n ** 62n, -(2n ** 40n), 1000n]);
    held = narrowLabels(held, base, buffer, batch.length);
    base += batch.length;
  }
  // The reference: the narrowest type, each label as Number(label) (the first row that differs, if one does).
  expect(held.constructor.name).toBe(narrowest(all));
  expect(held.length).toBe(all.length);
  const wrong = all.findIndex((v, r) => !Object.is(held[r], Number(v)));
  expect(wrong === -1 ? null : { row: wrong, label: all[wrong], kept: held[wrong] }).toBeNull();
  return held;
}

describe("narrowLabels", () => {
  it("keeps labels of every range exactly, in the narrowest array, wherever the widest label lies", () => {
    const next = mulberry32(17);
    const between = (lo: bigint, hi: bigint) => lo + BigInt(Math.floor(next() * Number(hi - lo + 1n)));
    const ranges: [string, () => bigint, bigint[]][] = [
      ["Int8", () => between(-128n, 127n), I8],
      ["non-negative Int8", () => between(0n, 9n), [0n, 127n]],
      ["Int32", () => between(-(2n ** 31n), 2n ** 31n - 1n), [...I32, 128n, -129n, 255n]],
      [
        "beyond Int32",
        () => between(-SAFE, SAFE),
        // The low word alone would fit (2^32, 2^32 + 1): only the high word says otherwise.
        [2n ** 31n, -(2n ** 31n) - 1n, 2n ** 32n, 2n ** 32n + 1n, -(2n ** 32n), SAFE, -SAFE],
      ],
      ["negative", () => between(-(2n ** 40n), -1n), [-1n, -(2n ** 32n) + 1n, -(2n ** 40n) + 3n]],
    ];
    // Row counts around the four-row loop (the rows after it go one at a time), and a few thousand.
    for (const n of [1, 3, 4, 5, 7, 8, 17, 4095, 4096]) {
      for (const [, draw, edges] of ranges) {
        for (const edge of edges) {
          // Each of the four places in the loop's iteration, then the middle and the last row.
          for (const at of new Set([0, 1, 2, 3, 4, 5, 6, 7, Math.floor(n / 2), n - 1].filter((x) => x < n))) {
            // Small labels around one label of the range: the batch is held as that label needs.
            const batch = Array.from({ length: n }, () => BigInt(Math.floor(next() * 3)));
            batch[at] = edge;
            keep([batch]);
          }
        }
        keep([Array.from({ length: n }, draw)]);
      }
    }
  });

  it("widens batch after batch, keeping the rows before", () => {
    const held = keep([
      [3n, -128n, 127n],
      [7n, 200n, -(2n ** 31n)],
      [-1n, 2n ** 31n, 5n],
      [0n, 1n],
    ]);
    expect(held).toBeInstanceOf(Float64Array);
    expect(keep([[1n], [2n ** 31n - 1n], [-5n]])).toBeInstanceOf(Int32Array);
    const next = mulberry32(3);
    const big = Array.from({ length: 20_000 }, () => BigInt(Math.floor(next() * 256) - 128));
    big[0] = -128n;
    big[19_999] = 127n;
    expect(keep([big, big.slice(0, 5000)])).toBeInstanceOf(Int8Array);
    // Into an array already wider than the labels need: kept as it is.
    const wide = narrowLabels(new Float64Array(4), 1, BigInt64Array.of(1n, -2n, 3n), 3);
    expect([wide.constructor.name, ...wide]).toEqual(["Float64Array", 0, 1, -2, 3]);
  });

  it("rounds labels beyond 2^53 as Number() does, and firstUnsafeLabel finds the first", () => {
    const beyond = [2n ** 53n, 2n ** 53n + 1n, -(2n ** 53n) - 1n, 2n ** 63n - 1n, -(2n ** 63n), 2n ** 60n + 12345n];
    for (const v of beyond) {
      for (const at of [0, 3, 4, 40]) {
        const batch = Array.from({ length: 41 }, (_x, i) => BigInt(i % 4) - 2n);
        batch[at] = v;
        const held = keep([[1n, 2n], batch]);
        expect([v, firstUnsafeLabel(held, 2, 41)]).toEqual([v, at]);
        // Only the rows asked about are looked at.
        expect(firstUnsafeLabel(held, 0, 2 + at)).toBe(-1);
      }
    }
    // The largest exact labels are safe; narrower arrays hold nothing unsafe.
    expect(firstUnsafeLabel(keep([[SAFE, -SAFE, 0n]]), 0, 3)).toBe(-1);
    expect(firstUnsafeLabel(Int32Array.of(2 ** 31 - 1), 0, 1)).toBe(-1);
  });
});

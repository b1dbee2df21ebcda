// The drift samples' numeric store: values kept as scaled Int32 where exact must come back as the very doubles
// that went in (sorted), whatever mix of decimals, integers, signed zeros and odd values a column holds; a
// value that has no exact form turns the column to doubles without losing one.
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import type { Batch, TableSource } from "../../../src/core/data/types.js";
import { floatsOf, NumberColumn, radixSortInt32, type SortedNumbers } from "../../../src/core/drift/numberColumn.js";
import { collectSamples } from "../../../src/core/drift/samples.js";
import { mulberry32 } from "../../../src/core/random.js";
import { PROPERTY_SEED } from "../data/helpers.js";

/** Push values through a column in batches of `batch` (with some null cells between), as collectSamples does. */
function collect(values: readonly number[], batch = 7, reserveEach = 0): SortedNumbers {
  const col = new NumberColumn();
  for (let s = 0; s < values.length; s += batch) {
    const part = values.slice(s, s + batch);
    // Every third cell of the batch is a null the column must skip.
    const cells: number[] = [];
    const status: number[] = [];
    part.forEach((v, i) => {
      if (i % 3 === 1) {
        cells.push(12345.678);
        status.push(1);
      }
      cells.push(v);
      status.push(0);
    });
    col.reserve(Math.max(col.length + part.length, col.capacity + reserveEach));
    col.append(Float64Array.from(cells), Uint8Array.from(status), cells.length);
  }
  return col.finish({});
}

/** The doubles back, in order, must be exactly the sorted input (Object.is: −0 and +0 compare as numbers do). */
const sameValues = (values: readonly number[], got: SortedNumbers) => {
  const want = Float64Array.from(values).sort();
  const back = floatsOf(got);
  if (back.length !== want.length) return false;
  for (let i = 0; i < want.length; i++) if (back[i] !== want[i]) return false;
  return true;
};

describe("NumberColumn", () => {
  it("keeps decimals as Int32 at the finest exponent they need, and gives the same doubles back", () => {
    const values = ["10.9660", "22.2462", "-3.5", "0", "7", "99.8132", "-0.0001", "101.4631"].map(Number);
    const got = collect(values);
    expect(got.kind).toBe("scaled");
    expect(got.kind === "scaled" && got.exponent).toBe(4);
    expect(sameValues(values, got)).toBe(true);
  });

  it("holds large round numbers with a negative exponent (dates as epoch milliseconds)", () => {
    const day = 86_400_000;
    const values = Array.from({ length: 50 }, (_x, i) => Date.UTC(2022, 0, 1) + ((i * 37) % 730) * day);
    const got = collect(values);
    expect(got.kind === "scaled" && got.exponent).toBe(-5);
    expect(sameValues(values, got)).toBe(true);
  });

  it("rescales what it holds when a later value needs a finer exponent", () => {
    const values = [100, 2500, 28, 3.25, -0.125, 7.5];
    const got = collect(values, 2);
    expect(got.kind === "scaled" && got.exponent).toBe(3);
    expect(sameValues(values, got)).toBe(true);
  });

  it("turns to doubles for a value with no exact decimal form, or when rescaling would overflow", () => {
    const third = [0.5, 1.25, 1 / 3, 2];
    expect(collect(third).kind).toBe("float");
    expect(sameValues(third, collect(third))).toBe(true);
    // 2e9 fits Int32; at exponent 1 it would not.
    const wide = [2_000_000_000, -1_999_999_999, 0.5];
    expect(collect(wide).kind).toBe("float");
    expect(sameValues(wide, collect(wide))).toBe(true);
    const huge = [1, 1e300, -Infinity, Number.MIN_VALUE];
    expect(sameValues(huge, collect(huge))).toBe(true);
  });

  it("stores zeros before any value has chosen an exponent, and −0 as 0", () => {
    const values = [0, -0, 0, 0.75, -0, 12];
    const got = collect(values, 3);
    expect(got.kind).toBe("scaled");
    expect(sameValues(values, got)).toBe(true);
  });

  it("gives every double back exactly, whatever the mix and the batch size (property)", () => {
    const decimal = fc
      .tuple(fc.integer({ min: -2_000_000_000, max: 2_000_000_000 }), fc.integer({ min: -9, max: 9 }))
      .map(([q, e]) => Number(`${q}e${e}`));
    const value = fc.oneof(decimal, decimal, fc.double({ noNaN: true }), fc.constantFrom(0, -0, 1e-320, 2 ** 31));
    fc.assert(
      fc.property(fc.array(value, { maxLength: 400 }), fc.integer({ min: 1, max: 50 }), (xs, batch) =>
        sameValues(xs, collect(xs, batch)),
      ),
      { seed: PROPERTY_SEED, numRuns: 300 },
    );
  });

  it("expands into a given buffer when it is long enough (one pair of buffers serves every column)", () => {
    const got = collect([3.5, -1.25, 7, 0.5]);
    const into = new Float64Array(10);
    const view = floatsOf(got, into);
    expect(view.buffer).toBe(into.buffer);
    expect(Array.from(view)).toEqual(Array.from(floatsOf(got)));
    expect(floatsOf(got, new Float64Array(2)).length).toBe(4);
  });

  it("grows when the capacity reserved runs out", () => {
    const rnd = mulberry32(3);
    const values = Array.from({ length: 5000 }, () => Math.round(rnd() * 1e6) / 100);
    const col = new NumberColumn();
    col.reserve(10);
    for (let s = 0; s < values.length; s += 1000) {
      col.reserve(col.length + 1000);
      col.append(Float64Array.from(values.slice(s, s + 1000)), new Uint8Array(1000), 1000);
    }
    expect(sameValues(values, col.finish({ ints: new Int32Array(5000) }))).toBe(true);
  });
});

describe("radixSortInt32", () => {
  it("orders as the native sort does, extremes and negatives included, with and without scratch", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), { maxLength: 3000 }), (xs) => {
        const want = Int32Array.from(xs).sort();
        const got = radixSortInt32(Int32Array.from(xs), new Int32Array(xs.length));
        return want.every((v, i) => got[i] === v);
      }),
      { seed: PROPERTY_SEED, numRuns: 100 },
    );
    const rnd = mulberry32(5);
    const big = Int32Array.from({ length: 200_000 }, () => Math.floor(rnd() * 2 ** 32) - 2 ** 31);
    expect(Array.from(radixSortInt32(big.slice()))).toEqual(Array.from(big.slice().sort()));
    // A column whose values share their high digits skips those passes and must still come out sorted.
    const narrow = Int32Array.from({ length: 5000 }, () => Math.floor(rnd() * 1000));
    expect(Array.from(radixSortInt32(narrow.slice()))).toEqual(Array.from(narrow.slice().sort()));
  });
});

describe("collectSamples sizing", () => {
  /** A one-column numeric table of `rows` rows in batches of 1,000, whose row estimate is `estimate`. */
  const source = (rows: number, estimate: number | null): TableSource => ({
    file: "memory",
    format: "csv",
    columnNames: ["x"],
    detectTypes: async () => ["number"],
    rowsEstimate: () => estimate,
    async *batches() {
      for (let s = 0; s < rows; s += 1000) {
        const n = Math.min(1000, rows - s);
        const values = Float64Array.from({ length: n }, (_x, i) => (s + i) / 4);
        yield {
          rowStart: s,
          length: n,
          lines: null,
          columns: [{ kind: "numeric", type: "number", values, status: new Uint8Array(n) }],
          raw: () => "",
        } satisfies Batch;
      }
    },
    close: async () => {},
  });
  const held = (s: SortedNumbers) => (s.kind === "scaled" ? s.ints : s.floats).buffer.byteLength;

  it("keeps no more than the values whatever the estimate said: high, low or none", async () => {
    for (const estimate of [1e9, 10, null, 20_000]) {
      const [col] = await collectSamples(source(20_000, estimate), ["number"]);
      const numbers = col!.numbers!;
      expect(floatsOf(numbers)).toEqual(Float64Array.from({ length: 20_000 }, (_x, i) => i / 4));
      expect(held(numbers), String(estimate)).toBeLessThanOrEqual(20_000 * 4 * 1.1 + 4096);
    }
  });
});

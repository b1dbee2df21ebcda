// The WebAssembly narrowing of int64 labels: every way out of Int8 and Int32 is caught, in the 16-row vector loop
// and in the rows after it, values that fit come out exact, and a buffer larger than one memory page (64 KiB) works
// from its first row to its last.
import { describe, expect, it } from "vitest";

import { wasmNarrowing } from "../../../src/core/evaluate/int64Narrowing.js";
import { labelBuffer } from "../../../src/core/evaluate/narrowLabels.js";
import { keepLabels } from "../../../src/core/evaluate/predictOutputs.js";
import { mulberry32 } from "../../../src/core/random.js";

describe("wasmNarrowing", () => {
  it("narrows 20,000 labels (four memory pages) to Int8 and Int32 exactly", () => {
    const rows = 20_000;
    const w = wasmNarrowing(rows)!;
    const next = mulberry32(3);
    const values = Array.from({ length: rows }, () => Math.floor(next() * 256) - 128);
    values[0] = -128;
    values[rows - 1] = 127;
    w.labels.set(values.map(BigInt));
    const dst8 = new Int8Array(rows + 5);
    expect(w.toInt8(dst8, 5, rows)).toBe(true);
    expect(Array.from(dst8.subarray(5))).toEqual(values);
    const dst32 = new Int32Array(rows);
    expect(w.toInt32(dst32, 0, rows)).toBe(true);
    expect(Array.from(dst32)).toEqual(values);
  });

  it("refuses a batch with one label out of range, at any row, and leaves the destination as it was", () => {
    const w = wasmNarrowing(4096)!;
    const cases: [bigint, boolean, boolean][] = [
      [127n, true, true],
      [-128n, true, true],
      [128n, false, true],
      [-129n, false, true],
      [255n, false, true],
      [2n ** 31n - 1n, false, true],
      [-(2n ** 31n), false, true],
      [2n ** 31n, false, false],
      [-(2n ** 31n) - 1n, false, false],
      // The low word alone would fit: only the high word says otherwise.
      [2n ** 32n, false, false],
      [2n ** 32n + 1n, false, false],
      [-(2n ** 32n), false, false],
      [2n ** 63n - 1n, false, false],
      [-(2n ** 63n), false, false],
    ];
    for (const [v, fits8, fits32] of cases) {
      for (const at of [0, 2047, 4095]) {
        w.labels.fill(1n);
        w.labels[at] = v;
        const dst8 = new Int8Array(4096).fill(9);
        const dst32 = new Int32Array(4096).fill(9);
        expect([v, at, w.toInt8(dst8, 0, 4096), w.toInt32(dst32, 0, 4096)]).toEqual([v, at, fits8, fits32]);
        if (!fits8) expect(dst8.every((x) => x === 9)).toBe(true);
        if (fits32) expect(dst32[at]).toBe(Number(v));
      }
    }
    // Row counts that leave a tail after the 16-row vector loop: a bad label there is caught, a good one kept.
    for (const n of [1, 15, 17, 31, 4090]) {
      w.labels.fill(-3n);
      w.labels[n - 1] = 2n ** 32n;
      expect([n, w.toInt8(new Int8Array(n), 0, n), w.toInt32(new Int32Array(n), 0, n)]).toEqual([n, false, false]);
      w.labels[n - 1] = 5n;
      const dst = new Int8Array(n);
      expect(w.toInt8(dst, 0, n)).toBe(true);
      expect([dst[0], dst[n - 1]]).toEqual([n === 1 ? 5 : -3, 5]);
    }
    // Only the first n rows are looked at.
    w.labels.fill(1n);
    w.labels[10] = 1000n;
    expect(w.toInt8(new Int8Array(10), 0, 10)).toBe(true);
    for (const n of [15, 16, 31, 32, 47]) {
      w.labels.fill(1n);
      w.labels[n] = 1000n;
      expect([n, w.toInt8(new Int8Array(n), 0, n)]).toEqual([n, true]);
    }
  });

  it("keepLabels narrows labels already in the buffer and copies others in first", () => {
    const w = labelBuffer(8);
    w.labels.set([4n, -4n, 100n]);
    const inPlace = keepLabels(new Int8Array(3), 0, w.labels.subarray(0, 3), 3, w);
    expect(Array.from(inPlace)).toEqual([4, -4, 100]);
    const copied = keepLabels(new Int8Array(6), 3, BigInt64Array.from([7n, 300n, -1n]), 3, w);
    expect(copied).toBeInstanceOf(Int32Array);
    expect(Array.from(copied.subarray(3))).toEqual([7, 300, -1]);
    // A batch larger than the buffer gets a buffer of its own.
    const big = BigInt64Array.from({ length: 20 }, (_x, i) => BigInt(i));
    expect(Array.from(keepLabels(new Int8Array(20), 0, big, 20, w))).toEqual(Array.from({ length: 20 }, (_x, i) => i));
  });
});

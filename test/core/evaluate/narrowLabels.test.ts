// narrowLabels(): the WebAssembly path and the JavaScript one (a runtime without WebAssembly) keep the same labels
// in the same array type, for int64 labels in every range: Int8, Int32, beyond Int32 (Float64, exact below 2^53),
// negative, and beyond 2^53, where both round as Number() does and firstUnsafeLabel finds the row.
import { describe, expect, it } from "vitest";

import { wasmNarrowing } from "../../../src/core/evaluate/int64Narrowing.js";
import {
  firstUnsafeLabel,
  type HeldLabels,
  labelBuffer,
  narrowLabels,
} from "../../../src/core/evaluate/narrowLabels.js";
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

/** Labels kept batch after batch in one held array, through a buffer of `rows`, as predict() does. */
function keep(batches: bigint[][], webAssembly: boolean, rows = 4096): HeldLabels {
  const buffer = labelBuffer(rows, { webAssembly });
  expect(buffer.wasm === null).toBe(!webAssembly);
  let held: HeldLabels = new Int8Array(batches.reduce((a, b) => a + b.length, 0));
  let base = 0;
  for (const batch of batches) {
    buffer.labels.set(batch);
    held = narrowLabels(held, base, buffer, batch.length);
    base += batch.length;
  }
  return held;
}

/** Both paths agree with each other and with the reference: the narrowest type, each label as Number(label). */
function expectBoth(batches: bigint[][], rows?: number): HeldLabels {
  const all = batches.flat();
  const wasm = keep(batches, true, rows);
  const js = keep(batches, false, rows);
  expect([js.constructor.name, wasm.constructor.name]).toEqual([narrowest(all), narrowest(all)]);
  // The first row where either differs from the reference (a loop: thousands of cases of thousands of rows).
  const wrong = all.findIndex((v, r) => !Object.is(wasm[r], Number(v)) || !Object.is(js[r], Number(v)));
  expect(wrong === -1 ? null : { row: wrong, label: all[wrong], wasm: wasm[wrong], js: js[wrong] }).toBeNull();
  expect([js.length, wasm.length]).toEqual([all.length, all.length]);
  return wasm;
}

describe("narrowLabels", () => {
  it("keeps labels of every range the same way on both paths, wherever the widest label lies", () => {
    const next = mulberry32(17);
    const between = (lo: bigint, hi: bigint) => lo + BigInt(Math.floor(next() * Number(hi - lo + 1n)));
    const ranges: [string, () => bigint, bigint[]][] = [
      ["Int8", () => between(-128n, 127n), I8],
      ["non-negative Int8", () => between(0n, 9n), [0n, 127n]],
      ["Int32", () => between(-(2n ** 31n), 2n ** 31n - 1n), [...I32, 128n, -129n]],
      ["beyond Int32", () => between(-SAFE, SAFE), [2n ** 31n, -(2n ** 31n) - 1n, 2n ** 32n, 2n ** 32n + 1n, SAFE, -SAFE]],
      ["negative", () => between(-(2n ** 40n), -1n), [-1n, -(2n ** 32n), -(2n ** 40n) + 3n]],
    ];
    // Row counts around the 16-row vector loop of the WebAssembly path (its tail goes one row at a time).
    for (const n of [1, 15, 16, 17, 31, 4096]) {
      for (const [, draw, edges] of ranges) {
        for (const edge of edges) {
          for (const at of new Set([0, Math.min(15, n - 1), Math.min(16, n - 1), n - 1])) {
            // Small labels around one label of the range: the batch is held as that label needs.
            const batch = Array.from({ length: n }, () => BigInt(Math.floor(next() * 3)));
            batch[at] = edge;
            expectBoth([batch]);
          }
        }
        expectBoth([Array.from({ length: n }, draw)]);
      }
    }
  });

  it("widens batch after batch, keeping the rows before, on both paths", () => {
    const held = expectBoth([[3n, -128n, 127n], [7n, 200n, -(2n ** 31n)], [-1n, 2n ** 31n, 5n], [0n, 1n]]);
    expect(held).toBeInstanceOf(Float64Array);
    expectBoth([[1n], [2n ** 31n - 1n], [-5n]]);
    // A buffer of several 64 KiB WebAssembly pages, filled from its first row to its last.
    const next = mulberry32(3);
    const big = Array.from({ length: 20_000 }, () => BigInt(Math.floor(next() * 256) - 128));
    expectBoth([big, big.slice(0, 5000)], 20_000);
  });

  it("rounds labels beyond 2^53 as Number() does on both paths, and firstUnsafeLabel finds the first", () => {
    const beyond = [2n ** 53n, 2n ** 53n + 1n, -(2n ** 53n) - 1n, 2n ** 63n - 1n, -(2n ** 63n), 2n ** 60n + 12345n];
    for (const v of beyond) {
      for (const at of [0, 16, 40]) {
        const batch = Array.from({ length: 41 }, (_x, i) => BigInt(i % 4) - 2n);
        batch[at] = v;
        const held = expectBoth([[1n, 2n], batch]);
        expect([v, firstUnsafeLabel(held, 2, 41)]).toEqual([v, at]);
        // Only the rows asked about are looked at.
        expect(firstUnsafeLabel(held, 0, 2 + at)).toBe(-1);
      }
    }
    // The largest exact labels are safe; narrower arrays hold nothing unsafe.
    const exact = expectBoth([[SAFE, -SAFE, 0n]]);
    expect(firstUnsafeLabel(exact, 0, 3)).toBe(-1);
    expect(firstUnsafeLabel(Int32Array.of(2 ** 31 - 1), 0, 1)).toBe(-1);
  });

  it("takes the JavaScript path where the runtime has no WebAssembly, or refuses the module's memory", () => {
    const g = globalThis as { WebAssembly?: unknown };
    const saved = g.WebAssembly;
    delete g.WebAssembly;
    try {
      // As under `node --no-expose-wasm`: the global is looked up when a buffer is made.
      expect(wasmNarrowing(16)).toBeNull();
      const buffer = labelBuffer(16);
      expect(buffer.wasm).toBeNull();
      buffer.labels.set([1n, -1n, 300n]);
      expect(Array.from(narrowLabels(new Int8Array(3), 0, buffer, 3))).toEqual([1, -1, 300]);
    } finally {
      g.WebAssembly = saved;
    }
    expect(labelBuffer(16).wasm).not.toBeNull();
    // More rows than 32-bit WebAssembly memory holds (4 GiB): its growth fails, and no buffer is made there.
    expect(wasmNarrowing(400_000_000)).toBeNull();
  });
});

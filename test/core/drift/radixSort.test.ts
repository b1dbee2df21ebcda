// The radix sort must order exactly as Float64Array#sort does (the drift tests' exactness rests on it), on every
// kind of double: negatives, −0 and +0, subnormals, huge and tiny magnitudes, infinities, ties.
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { radixSortFloat64 } from "../../../src/core/drift/radixSort.js";
import { mulberry32 } from "../../../src/core/random.js";
import { PROPERTY_SEED } from "../data/helpers.js";

const sameOrder = (values: Float64Array) => {
  const want = values.slice().sort();
  const got = radixSortFloat64(values.slice());
  // Object.is tells −0 from +0.
  for (let i = 0; i < want.length; i++) if (!Object.is(got[i], want[i])) return false;
  return true;
};

describe("radixSortFloat64", () => {
  it("orders any doubles (but NaN) as the native sort does, above and below the small-array cut", () => {
    const double = fc.double({ noNaN: true });
    fc.assert(
      fc.property(fc.array(double, { minLength: 0, maxLength: 3000 }), (xs) => sameOrder(Float64Array.from(xs))),
      { seed: PROPERTY_SEED, numRuns: 200 },
    );
  });

  it("sorts large arrays of decimals, integers, dates and signed zeros exactly, with and without scratch", () => {
    const rnd = mulberry32(11);
    const kinds: (() => number)[] = [
      () => Math.round(rnd() * 1e8) / 1e4 - 5000,
      () => Math.floor(rnd() * 50),
      () => 1.7e12 + Math.floor(rnd() * 365) * 864e5,
      () => (rnd() < 0.5 ? -0 : 0),
      () => (rnd() - 0.5) * 1e-300,
      () => 42, // one value: every pass is skipped
    ];
    for (const make of kinds) {
      const values = Float64Array.from({ length: 200_000 }, make);
      expect(sameOrder(values)).toBe(true);
      const scratch = new Float64Array(300_000);
      const want = values.slice().sort();
      expect(radixSortFloat64(values.slice(), scratch)).toEqual(want);
    }
  });

  it("sorts a view into a larger buffer without touching what lies outside it", () => {
    const buf = Float64Array.from({ length: 3000 }, (_, i) => (i * 7919) % 3001);
    const view = buf.subarray(1000, 2500);
    const outside = [...buf.subarray(0, 1000), ...buf.subarray(2500)];
    const want = view.slice().sort();
    radixSortFloat64(view);
    expect([...view]).toEqual([...want]);
    expect([...buf.subarray(0, 1000), ...buf.subarray(2500)]).toEqual(outside);
  });
});

// Which rows of predictions can be scored: probabilities within the stated tolerance of a distribution, values
// that are finite. (End to end, with the one-line messages, in test/commands/evaluatePredictions.test.ts.)
import { describe, expect, it } from "vitest";

import {
  firstImprobableRow,
  firstNonFinite,
  PROBABILITY_TOLERANCE,
} from "../../../src/core/evaluate/predictionChecks.js";

const rows = (...r: number[][]) => Float32Array.from(r.flat());

describe("firstImprobableRow", () => {
  it("passes distributions, float32 rounding and values at the tolerance's edge", () => {
    const t = PROBABILITY_TOLERANCE / 2;
    expect(firstImprobableRow(rows([0, 1], [1, 0], [0.25, 0.75], [0.3, 0.7 + t], [-t, 1]), 2, 0, 5)).toBe(-1);
    expect(firstImprobableRow(rows([0.2, 0.3, 0.5], [1, 0, 0], [0.1 + t, 0.2, 0.7]), 3, 0, 3)).toBe(-1);
  });

  it.each([2, 3])("finds the first row that is not a distribution, %i classes", (C) => {
    const pad = (p: number[]) => (C === 2 ? p : [...p, 0]);
    const good = pad([0.4, 0.6]);
    for (const bad of [
      [NaN, 1],
      [Infinity, 0],
      [-Infinity, 1],
      [0.5, 0.6],
      [1.5, -0.5],
      [0.2, 0.2],
      [0, 0],
    ]) {
      const p = rows(good, good, pad(bad), good, pad(bad));
      expect(firstImprobableRow(p, C, 0, 5), `${bad}`).toBe(2);
      // From a later base, counted from it.
      expect(firstImprobableRow(p, C, 3, 2), `${bad}`).toBe(1);
      expect(firstImprobableRow(p, C, 0, 2), `${bad}`).toBe(-1);
    }
  });

  it("refuses a sum off 1 by more than the tolerance, and a value that far outside [0, 1]", () => {
    const over = 2 * PROBABILITY_TOLERANCE;
    expect(firstImprobableRow(rows([0.5, 0.5 + over]), 2, 0, 1)).toBe(0);
    expect(firstImprobableRow(rows([0.5, 0.5 - over]), 2, 0, 1)).toBe(0);
    expect(firstImprobableRow(rows([-over, 0.5, 0.5 + over]), 3, 0, 1)).toBe(0);
  });
});

describe("firstNonFinite", () => {
  it("finds NaN and both infinities, counted from the base", () => {
    expect(firstNonFinite([1, 2, 3], 0, 3)).toBe(-1);
    expect(firstNonFinite([1, NaN, 3], 0, 3)).toBe(1);
    expect(firstNonFinite([1, 2, -Infinity, Infinity], 1, 3)).toBe(1);
    expect(firstNonFinite([Infinity, 2, 3], 1, 2)).toBe(-1);
  });
});

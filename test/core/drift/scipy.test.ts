// Every drift statistic and p-value against the values scipy 1.10.1 / numpy 1.24.2 computed on the same inputs
// (scripts/reference/drift_reference.py wrote them once; no Python is needed here).
import { readFileSync } from "node:fs";

import { describe, expect, it } from "vitest";

import { kolmogorovSf, ks2Samp, smirnovSf } from "../../../src/core/drift/kolmogorov.js";
import { chi2Sf, normalSf } from "../../../src/core/drift/special.js";
import {
  binCounts,
  chiSquare,
  decileEdges,
  EMPTY_BIN_SHARE,
  jensenShannon,
  proportionsZ,
  psi,
  shares,
  wassersteinNormed,
} from "../../../src/core/drift/statistics.js";
import { fixture } from "../../support.js";

interface Case {
  name: string;
  test: "ks" | "chi2" | "z" | "wasserstein" | "js" | "psi";
  kind: "numeric" | "categorical";
  reference: (number | string)[];
  current: (number | string)[];
  statistic: number;
  p_value: number | null;
  edges: number[] | null;
}
const ref = JSON.parse(readFileSync(fixture("drift/scipy_cases.json"), "utf8")) as { epsilon: number; cases: Case[] };

const sorted = (xs: (number | string)[]) => Float64Array.from(xs as number[]).sort();
const counts = (xs: (number | string)[]) => {
  const m = new Map<string, number>();
  for (const x of xs) m.set(String(x), (m.get(String(x)) ?? 0) + 1);
  return m;
};

/** Agreement to 1e-6, relative for tiny p-values (a p of 1e-27 must not pass as "0 within 1e-6"). */
function close(actual: number | null, expected: number | null) {
  if (expected === null) return expect(actual).toBeNull();
  expect(actual).not.toBeNull();
  if (!Number.isFinite(expected)) return expect(actual).toBe(expected);
  expect(Math.abs(actual! - expected)).toBeLessThanOrEqual(1e-6 * Math.max(Math.abs(expected), 1e-300) + 1e-12);
}

function binned(c: Case): { p: number[]; q: number[]; edges: number[] | null } {
  if (c.kind === "categorical") {
    const keys = [...new Set([...c.reference, ...c.current].map(String))].sort();
    const r = counts(c.reference);
    const k = counts(c.current);
    return { p: shares(keys.map((x) => r.get(x) ?? 0)), q: shares(keys.map((x) => k.get(x) ?? 0)), edges: null };
  }
  const a = sorted(c.reference);
  const edges = decileEdges(a);
  return { p: shares(binCounts(a, edges)), q: shares(binCounts(sorted(c.current), edges)), edges };
}

describe("drift statistics equal scipy's", () => {
  it("uses the fixture's epsilon", () => expect(EMPTY_BIN_SHARE).toBe(ref.epsilon));

  it.each(ref.cases.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    let statistic: number;
    let pValue: number | null = null;
    if (c.test === "ks") {
      const r = ks2Samp(sorted(c.reference), sorted(c.current));
      expect(r.method).toBe(Math.max(c.reference.length, c.current.length) > 10_000 ? "asymptotic" : "exact");
      ({ statistic, pValue } = r);
    } else if (c.test === "chi2") ({ statistic, pValue } = chiSquare(counts(c.reference), counts(c.current)));
    else if (c.test === "z") ({ statistic, pValue } = proportionsZ(counts(c.reference), counts(c.current)));
    else if (c.test === "wasserstein")
      ({ statistic, pValue } = wassersteinNormed(sorted(c.reference), sorted(c.current)));
    else {
      const { p, q, edges } = binned(c);
      if (c.edges) expect(edges).toEqual(c.edges); // numpy's linear quantile, to the bit
      statistic = c.test === "js" ? jensenShannon(p, q) : psi(p, q);
    }
    close(statistic, c.statistic);
    close(pValue, c.p_value);
  });
});

describe("distribution tails", () => {
  // Reference values: scipy.stats.{chi2,norm,kstwo}.sf and scipy.special.smirnov (scipy 1.10.1).
  it.each([
    [chi2Sf(3.84, 1), 0.05004352124870519],
    [chi2Sf(131.9131354300846, 4), 1.5178182804034014e-27],
    [chi2Sf(0.5, 10), 0.999993388289439],
    [normalSf(1.959963984540054), 0.025],
    [normalSf(8), 6.22096057427174e-16],
    [normalSf(-1), 0.8413447460685429],
  ])("%f", (actual, expected) => close(actual, expected));

  it("keeps the Kolmogorov tail a probability and decreasing in x", () => {
    let prev = 1;
    for (const x of [0.001, 0.005, 0.01, 0.02, 0.03, 0.05, 0.1, 0.3, 0.6]) {
      const p = kolmogorovSf(5000, x);
      expect(p).toBeGreaterThanOrEqual(0);
      expect(p).toBeLessThanOrEqual(prev);
      prev = p;
    }
    expect(smirnovSf(10, 0)).toBe(1);
    expect(smirnovSf(10, 1)).toBe(0);
  });
});

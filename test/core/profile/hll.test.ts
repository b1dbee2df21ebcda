// HyperLogLog keeps its set registers as a list while there are few (issue 16: a table of 100,000 short columns
// held, and wrote, 4,096 registers per column). The list is the same sketch: the same estimate, merges and text as
// the full registers would give; profiles written before it (all 4,096 registers) still read; a sketch that is
// neither form is refused before it is trusted.
import { describe, expect, it } from "vitest";

import { HLL_P, hllTextProblem, HyperLogLog, SPARSE_MAX } from "../../../src/core/profile/hll.js";
import { PROFILE_VERSION, profileSchema } from "../../../src/core/profile/profile.js";
import { fixture } from "../../support.js";

/** The same values into a sketch that starts sparse and into one given all its registers from the start. */
function both(values: number[]): [HyperLogLog, HyperLogLog] {
  const sparse = new HyperLogLog();
  const dense = new HyperLogLog(new Uint8Array(1 << HLL_P));
  for (const v of values) {
    sparse.addNumber(v);
    dense.addNumber(v);
  }
  return [sparse, dense];
}

const range = (from: number, n: number) => Array.from({ length: n }, (_x, i) => from + i * 1.25);

describe("HyperLogLog, sparse while few registers are set", () => {
  it("gives the dense sketch's estimate at every size, and turns dense past SPARSE_MAX registers", () => {
    for (const n of [0, 1, 2, 10, 40, 60, 70, 200, 5000]) {
      const [sparse, dense] = both(range(3, n));
      expect(sparse.estimate(), `n = ${n}`).toBe(dense.estimate());
      // Registers set can be fewer than the values (two values may share one): dense once more than SPARSE_MAX.
      if (n <= SPARSE_MAX) expect(sparse.isDense, `n = ${n}`).toBe(false);
      if (n >= 200) expect(sparse.isDense, `n = ${n}`).toBe(true);
      // Its text reads back as the same sketch, in either form.
      expect(HyperLogLog.fromBase64(sparse.toBase64()).estimate()).toBe(dense.estimate());
      expect(HyperLogLog.fromBase64(dense.toBase64()).estimate()).toBe(dense.estimate());
      if (sparse.isDense) expect(sparse.toBase64()).toBe(dense.toBase64());
    }
  });

  it("writes a few registers in a few bytes", () => {
    const [sparse] = both(range(0, 5));
    const text = sparse.toBase64();
    expect(text).toMatch(/^sparse:[A-Za-z0-9+/]{20}$/);
    // The dense form is 5,464 characters whatever it holds.
    expect(new HyperLogLog(new Uint8Array(1 << HLL_P)).toBase64()).toHaveLength(5464);
    expect(new HyperLogLog().toBase64()).toBe("sparse:");
  });

  it("merges as the register-wise maximum in every pairing of forms: the sketch of all the values", () => {
    const cases: [number[], number[]][] = [
      [range(0, 10), range(5, 10)], // sparse + sparse, stays sparse
      [range(0, 50), range(1000, 50)], // sparse + sparse, past SPARSE_MAX together
      [range(0, 10), range(100, 3000)], // sparse + dense
      [range(0, 3000), range(100, 10)], // dense + sparse
    ];
    for (const [a, b] of cases) {
      const [whole] = both([...a, ...b]);
      const [left] = both(a);
      const [right] = both(b);
      left.merge(right);
      expect(left.estimate()).toBe(whole.estimate());
      expect(left.toBase64()).toBe(whole.toBase64());
    }
  });

  it("refuses text that is neither form, before a profile is trusted", () => {
    expect(hllTextProblem("sparse:")).toBeNull();
    expect(hllTextProblem(Buffer.alloc(4096).toString("base64"))).toBeNull();
    expect(hllTextProblem(Buffer.alloc(100).toString("base64"))).toBe("holds 100 registers, not 4096");
    expect(hllTextProblem("not base64!")).toBe("is not base64");
    expect(hllTextProblem(`sparse:${Buffer.from([0xff, 0xff, 3]).toString("base64")}`)).toBe(
      "has a register out of range",
    );
    expect(hllTextProblem(`sparse:${Buffer.from([0, 1, 0]).toString("base64")}`)).toBe("has a register out of range");
    expect(hllTextProblem(`sparse:${Buffer.alloc(3 * (SPARSE_MAX + 1), 1).toString("base64")}`)).toBe(
      "has a malformed sparse list",
    );
    expect(() => HyperLogLog.fromBase64("sparse:AAAA")).toThrow("has a register out of range");
  });

  it("reads profiles written with every register, and refuses one whose sketch was damaged", async () => {
    const { readFile } = await import("node:fs/promises");
    const old = JSON.parse(await readFile(fixture("report/train.profile.json"), "utf8")) as {
      columns: { state: { hll: string } }[];
    };
    expect(old.columns[0]!.state.hll).toHaveLength(5464);
    expect(profileSchema.safeParse(old).success).toBe(true);
    // Profiles are written as version 2 (sparse sketches), which a modelgate that would misread them refuses.
    expect(PROFILE_VERSION).toBe(2);
    expect(profileSchema.safeParse({ ...old, version: 2 }).success).toBe(true);
    expect(profileSchema.safeParse({ ...old, version: 3 }).success).toBe(false);
    old.columns[3]!.state.hll = old.columns[3]!.state.hll.slice(0, 100);
    const parsed = profileSchema.safeParse(old);
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues[0]!.message).toBe("the HyperLogLog sketch holds 75 registers, not 4096");
  });
});

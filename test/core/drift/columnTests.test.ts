// The drift tests a user names: `--test` for every column, `--column-test "income=psi:0.2"` for one; anything
// else is one line naming the flag and the value.
import { describe, expect, it } from "vitest";

import { columnTests, testName } from "../../../src/core/drift/columnTests.js";
import { DRIFT_TESTS } from "../../../src/core/drift/drift.js";
import { InputError } from "../../../src/core/errors.js";

const problem = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return (e as InputError).message;
  }
  throw new Error("no error");
};

describe("testName", () => {
  it("takes every known test and refuses another, naming where it came from and the choices", () => {
    for (const t of DRIFT_TESTS) expect(testName(t, "--test")).toBe(t);
    expect(problem(() => testName("PSI", "--test"))).toBe(`--test: unknown test "PSI" (use ${DRIFT_TESTS.join(", ")})`);
  });
});

describe("columnTests", () => {
  it("reads a test per column, with a threshold when one is given", () => {
    expect(columnTests(["income=psi:0.2", "state=js", "age=ks:1e-3", "x=wasserstein:.5"])).toEqual({
      income: { test: "psi", threshold: 0.2 },
      state: { test: "js" },
      age: { test: "ks", threshold: 0.001 },
      x: { test: "wasserstein", threshold: 0.5 },
    });
    expect(columnTests([])).toEqual({});
  });

  it("keeps an = inside the column name (the test is after the last one), and the later of two for a column", () => {
    expect(columnTests(["a=b=psi", "c=js", "c=ks:0.1"])).toEqual({
      "a=b": { test: "psi" },
      c: { test: "ks", threshold: 0.1 },
    });
    expect(Object.keys(columnTests(["a=b=psi"])[`a=b`]!)).toEqual(["test"]); // no threshold key when none is given
  });

  it("refuses a malformed value, a threshold that is not a number and an unknown test, in one line each", () => {
    expect(problem(() => columnTests(["income"]))).toBe(
      '--column-test "income": write column=test or column=test:threshold',
    );
    expect(problem(() => columnTests(["income=psi:"]))).toBe(
      '--column-test "income=psi:": write column=test or column=test:threshold',
    );
    expect(problem(() => columnTests(["=psi"]))).toBe(
      '--column-test "=psi": write column=test or column=test:threshold',
    );
    expect(problem(() => columnTests(["income=psi:1.2.3"]))).toBe(
      '--column-test "income=psi:1.2.3": the threshold is not a number',
    );
    expect(problem(() => columnTests(["income=psi:-"]))).toBe(
      '--column-test "income=psi:-": the threshold is not a number',
    );
    expect(problem(() => columnTests(["state=js", "income=chi:0.1"]))).toBe(
      `--column-test "income=chi:0.1": unknown test "chi" (use ${DRIFT_TESTS.join(", ")})`,
    );
  });
});

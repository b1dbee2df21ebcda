// The drift tests a user names: `--test psi` for every column, `--column-test "income=psi:0.2"` for one.
import { InputError } from "../errors.js";
import { type ColumnOptions, DRIFT_TESTS, type DriftTest } from "./result.js";

/** A drift test's name, checked; `where` names the flag and value in the error. */
export function testName(value: string, where: string): DriftTest {
  if (!(DRIFT_TESTS as readonly string[]).includes(value))
    throw new InputError(
      undefined,
      undefined,
      `${where}: unknown test ${JSON.stringify(value)} (use ${DRIFT_TESTS.join(", ")})`,
    );
  return value as DriftTest;
}

/** `--column-test "income=psi:0.2"`: a column's own test and threshold. */
export function columnTests(values: readonly string[]): Record<string, ColumnOptions> {
  const out: Record<string, ColumnOptions> = {};
  for (const v of values) {
    const m = /^(.+)=([a-z0-9]+)(?::([0-9.eE+-]+))?$/.exec(v);
    if (!m)
      throw new InputError(
        undefined,
        undefined,
        `--column-test ${JSON.stringify(v)}: write column=test or column=test:threshold`,
      );
    const threshold = m[3] === undefined ? undefined : Number(m[3]);
    if (threshold !== undefined && !Number.isFinite(threshold))
      throw new InputError(undefined, undefined, `--column-test ${JSON.stringify(v)}: the threshold is not a number`);
    out[m[1]!] = {
      test: testName(m[2]!, `--column-test ${JSON.stringify(v)}`),
      ...(threshold !== undefined ? { threshold } : {}),
    };
  }
  return out;
}

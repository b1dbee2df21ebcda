import { writeFile } from "node:fs/promises";

import { loadYamlFile } from "../core/config/yamlFile.js";
import { openTable } from "../core/data/open.js";
import type { ColumnType } from "../core/data/types.js";
import { type ColumnOptions, compareSamples, DRIFT_TESTS, type DriftTest } from "../core/drift/drift.js";
import { collectSamples } from "../core/drift/samples.js";
import { InputError } from "../core/errors.js";
import { driftMarkdown, driftText } from "../core/render/driftRender.js";
import { schemaFileSchema } from "../core/schema/schema.js";
import { type CommandIO, type Inputs, numberOption, shown } from "./io.js";
import { readOptionsOf } from "./readOptions.js";

function testName(value: string, where: string): DriftTest {
  if (!(DRIFT_TESTS as readonly string[]).includes(value))
    throw new InputError(
      undefined,
      undefined,
      `${where}: unknown test ${JSON.stringify(value)} (use ${DRIFT_TESTS.join(", ")})`,
    );
  return value as DriftTest;
}

/** `--column-test "income=psi:0.2"`: a column's own test and threshold. */
function columnTests(values: string[]): Record<string, ColumnOptions> {
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

/** `modelgate drift`: 0 without dataset drift, 1 with it (a result: report and outputs written), 2 for bad input. */
export async function runDrift(inputs: Inputs, io: CommandIO): Promise<number> {
  const test = typeof inputs.test === "string" ? testName(inputs.test, "--test") : undefined;
  const options = {
    ...(test ? { test } : {}),
    columns: columnTests((inputs.columnTest as string[] | undefined) ?? []),
    datasetThreshold: numberOption("dataset-threshold", inputs.datasetThreshold, { min: 0, max: 1 }) ?? 0.5,
    nullRateThreshold: numberOption("null-rate-threshold", inputs.nullRateThreshold, { min: 0, max: 1 }) ?? 0.1,
  };
  const refFile = inputs.reference as string;
  const curFile = inputs.current as string;
  const read = readOptionsOf(inputs);
  const reference = await openTable(refFile, read);
  const current = await openTable(curFile, read);
  let result;
  try {
    let types: ColumnType[];
    if (typeof inputs.schema === "string") {
      const schema = await loadYamlFile(inputs.schema, schemaFileSchema);
      const byName = new Map(schema.fields.map((f) => [f.name, f.type as ColumnType]));
      types = reference.columnNames.map((n) => byName.get(n) ?? "string");
    } else types = await reference.detectTypes();
    const byName = new Map(reference.columnNames.map((n, i) => [n, types[i]!]));
    const wanted = Array.isArray(inputs.columns) ? new Set(inputs.columns) : null;
    for (const c of wanted ?? [])
      if (!byName.has(c)) throw new InputError(refFile, undefined, `no column ${JSON.stringify(c)}`);
    const refSamples = await collectSamples(reference, types, io.progress);
    // The current table is read with the reference's types: a value that no longer fits is counted, not guessed.
    const curSamples = await collectSamples(
      current,
      current.columnNames.map((n) => byName.get(n) ?? "string"),
      io.progress,
    );
    const keep = (s: { name: string }) => !wanted || wanted.has(s.name);
    result = compareSamples(
      { file: shown(refFile, io.cwd), samples: refSamples.filter(keep) },
      { file: shown(curFile, io.cwd), samples: curSamples.filter(keep) },
      options,
    );
  } finally {
    await reference.close();
    await current.close();
  }
  const out = (inputs.out as string | undefined) ?? `${io.cwd}/drift.json`;
  await writeFile(out, `${JSON.stringify(result, null, 2)}\n`);
  const markdown = driftMarkdown(result, { fullReport: shown(out, io.cwd) });
  if (typeof inputs.report === "string") await writeFile(inputs.report, markdown);
  if (io.json) io.stdout(`${JSON.stringify(result, null, 2)}\n`);
  (io.json ? io.stderr : io.stdout)(driftText(result));
  await io.platform.writeSummary(markdown);
  await io.platform.setOutputs({
    drifted: result.dataset_drifted,
    "drifted-columns": result.drifted_columns,
    "share-drifted": result.share_drifted,
    "drift-path": out,
  });
  return result.dataset_drifted ? 1 : 0;
}

// int64 labels end to end through predict() and onnxruntime-node, from real ONNX models whose label output is a
// class table indexed by the argmax of two scores: each range of labels kept as it was, fetched in place or read from
// what onnxruntime hands back, and a label beyond 2^53 refused in one line naming the model, the output, the value
// and the row.
import { readFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";

import * as ort from "onnxruntime-node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { attr, DataType, node, valueInfo } from "../../../examples/breast-cancer/onnx.mjs";
import type { Batch, TableSource } from "../../../src/core/data/types.js";
import { InputError } from "../../../src/core/errors.js";
import { planOutputs, predict } from "../../../src/core/evaluate/predict.js";
import { planFetches } from "../../../src/core/evaluate/predictOutputs.js";
import { loadModelFile } from "../../../src/core/model/onnxModel.js";
import { columnStats, linearModel } from "../../linearModels.js";
import { fixture, makeTemp, type TempDir } from "../../support.js";

const lines = readFileSync(fixture("breast_cancer_holdout.csv"), "utf8").trim().split("\n");
const features = lines[0]!.split(",").slice(0, 30);
const table = lines.slice(1).map((l) => l.split(",").slice(0, 30).map(Number));
const { mean, sd } = columnStats(table);
// 20,000 rows in runs of 1,000: the label buffer (eight runs) is emptied twice on the way and once at the end.
const ROWS = 20_000;
const BATCH = 1000;
const rowAt = (r: number) => table[r % table.length]!;

/** The holdout's features, repeated to ROWS, in source batches of 4,096 rows. */
function source(): TableSource {
  return {
    file: "memory.csv",
    format: "csv",
    columnNames: features,
    detectTypes: async () => features.map(() => "number" as const),
    async *batches(): AsyncGenerator<Batch> {
      for (let s = 0; s < ROWS; s += 4096) {
        const n = Math.min(4096, ROWS - s);
        const columns = features.map((_f, j) => ({
          kind: "numeric" as const,
          type: "number" as const,
          values: Float64Array.from({ length: n }, (_x, r) => rowAt(s + r)[j]!),
          status: new Uint8Array(n),
          bad: 0,
        }));
        yield { rowStart: s, length: n, lines: null, columns, matrix: null, raw: (c, r) => String(rowAt(s + r)[c]) };
      }
    },
    close: async () => {},
  };
}

/**
 * Two scores a row, then label = classes[argmax]: declared [N] (fetched in place), or, with `wide`, [N, k] with
 * k symbolic (the label read from what onnxruntime hands back).
 */
function labelModel(classes: bigint[], wide: boolean): Uint8Array {
  return linearModel({
    mean,
    sd,
    w: mean.flatMap((_m, j) => [j % 2 ? 1 / 30 : -1 / 30, j % 3 ? -1 / 30 : 1 / 30]),
    b: [0.05, -0.05],
    head: [
      node({
        name: "argmax",
        opType: "ArgMax",
        inputs: ["score"],
        outputs: ["index"],
        attributes: [attr.int("axis", 1), attr.int("keepdims", 0)],
      }),
      node({ name: "gather", opType: "Gather", inputs: ["classes", "index"], outputs: ["label"] }),
    ],
    // The writer takes int64 values as BigInt too (it encodes every one through BigInt).
    initializers: [
      {
        name: "classes",
        dims: wide ? [2, 1] : [2],
        dataType: DataType.INT64,
        int64s: classes as unknown as number[],
      },
    ],
    outputs: [valueInfo("label", DataType.INT64, wide ? ["N", "k"] : ["N"])],
  });
}

let tmp: TempDir;
beforeAll(async () => {
  tmp = await makeTemp("predict-outputs");
});
afterAll(() => tmp.remove());

/** predict() over the model. */
async function predictLabels(file: string) {
  const model = await loadModelFile(file);
  const session = await ort.InferenceSession.create(model.runnable);
  try {
    return await predict({
      model,
      session,
      source: source(),
      target: null,
      features,
      outputs: planOutputs(model),
      batchSize: BATCH,
      keep: [],
    });
  } finally {
    await session.release();
  }
}

/** The labels a plain session.run gives for every row. */
async function directLabels(file: string): Promise<bigint[]> {
  const session = await ort.InferenceSession.create(file);
  const input = new ort.Tensor("float32", Float32Array.from(table.flat()), [table.length, 30]);
  const r = await session.run({ input });
  await session.release();
  const data = r.label!.data as BigInt64Array;
  return Array.from({ length: ROWS }, (_x, i) => data[i % table.length]!);
}

describe("int64 labels through predict()", () => {
  const ranges: [string, bigint[], string][] = [
    ["Int8", [0n, 1n], "Int8Array"],
    ["negative Int8", [-128n, 127n], "Int8Array"],
    ["Int32", [-3n, 200n], "Int32Array"],
    ["beyond Int32, negative", [-(2n ** 31n) - 1n, 5n], "Float64Array"],
    ["beyond Int32, up to 2^53 − 1", [2n ** 40n + 7n, BigInt(Number.MAX_SAFE_INTEGER)], "Float64Array"],
  ];
  for (const wide of [false, true]) {
    it.each(ranges)(`keeps %s labels exactly${wide ? " (read back)" : " (in place)"}`, async (name, classes, type) => {
      const file = tmp.file(`${name.replace(/\W+/g, "-")}-${wide}.onnx`);
      await writeFile(file, labelModel(classes, wide));
      const model = await loadModelFile(file);
      expect(planFetches(model, planOutputs(model), BATCH).labelDims).toEqual(wide ? null : []);
      const expected = (await directLabels(file)).map(Number);
      // Both classes occur, so each batch needs the wider one.
      expect(new Set(expected).size).toBe(2);
      const p = await predictLabels(file);
      expect(p.labels!.constructor.name).toBe(type);
      expect(Array.from(p.labels as ArrayLike<number>)).toEqual(expected);
    });
  }

  it.each([false, true])("refuses a label beyond 2^53, naming its row (read back: %s)", async (wide) => {
    const big = 2n ** 53n + 1n;
    const file = tmp.file(`beyond-${wide}.onnx`);
    // The second class is the first row's: the big label first comes further down.
    await writeFile(file, labelModel([big, 3n], wide));
    const labels = await directLabels(file);
    const first = labels.indexOf(big);
    expect(first).toBeGreaterThan(0);
    const e = await predictLabels(file).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).message).toContain(file);
    expect((e as InputError).message).toContain(
      `its output "label" gave 9007199254740993 for row ${first + 1}, beyond`,
    );
    // 2^53 − 1 and its negative are exact: kept.
    const exact = tmp.file(`exact-${wide}.onnx`);
    await writeFile(exact, labelModel([-BigInt(Number.MAX_SAFE_INTEGER), BigInt(Number.MAX_SAFE_INTEGER)], wide));
    const kept = await predictLabels(exact);
    expect(new Set(kept.labels as Float64Array)).toEqual(new Set([-Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER]));
  });
});

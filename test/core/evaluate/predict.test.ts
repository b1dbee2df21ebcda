// predict(): the batched path from table columns to onnxruntime-node and back, on the real breast-cancer
// logistic-regression ONNX model. The source here is in memory so that batch shapes the readers rarely make
// (dictionaries that change or grow between batches, a bad cell deep in a batch) are exercised on purpose.
import { readFileSync } from "node:fs";

import * as ort from "onnxruntime-node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { matrixWidth } from "../../../src/core/data/featureMatrix.js";
import type { Batch, ColumnData, TableSource } from "../../../src/core/data/types.js";
import { InputError } from "../../../src/core/errors.js";
import { planOutputs, predict, TargetCodes, targetTexts } from "../../../src/core/evaluate/predict.js";
import { keepLabels, planFetches, readInt64 } from "../../../src/core/evaluate/predictOutputs.js";
import { type LoadedModel, loadModelFile } from "../../../src/core/model/onnxModel.js";
import { fixture } from "../../support.js";

const csv = readFileSync(fixture("breast_cancer_holdout.csv"), "utf8").trim().split("\n");
const header = csv[0]!.split(",");
const features = header.slice(0, -1);
const table = csv.slice(1).map((l) => l.split(",").map(Number));
const F = features.length;

// Rows repeated to 10,000 so batches of 4,096 rows split each 2,500-row source batch unevenly.
const ROWS = 10_000;
const rowAt = (r: number) => table[r % table.length]!;

interface SourceShape {
  /** The target as strings, with a dictionary per source batch (a new id), grown within a batch, or as numbers. */
  target: "dict-per-batch" | "dict-growing" | "numbers";
  /** A cell to spoil: [row, feature column or -1 for the target, status]. */
  spoil?: [number, number, 1 | 2];
  /**
   * Also hand the features as the row-major float32 matrix the readers fill while parsing ("zeros": a matrix that
   * disagrees with the columns, to show which of the two reaches the model).
   */
  matrix?: boolean | "zeros";
  /** Give each feature column the count of its bad cells, as the readers do. */
  counted?: boolean;
}

function memorySource(shape: SourceShape): TableSource {
  const names = [...features, "target"];
  const SOURCE_BATCH = 2500;
  return {
    file: "memory.csv",
    format: "csv",
    columnNames: names,
    detectTypes: async () => names.map(() => "number" as const),
    async *batches(plan): AsyncGenerator<Batch> {
      const width = shape.matrix ? matrixWidth(plan) : 0;
      // One dictionary object kept across batches and appended to, as the CSV reader does while it stays small.
      const growing = { id: 7, values: [] as string[] };
      for (let s = 0, b = 0; s < ROWS; s += SOURCE_BATCH, b++) {
        const n = Math.min(SOURCE_BATCH, ROWS - s);
        const columns: ColumnData[] = features.map((_f, j) => {
          const status = new Uint8Array(n);
          const values = Float64Array.from({ length: n }, (_x, r) => rowAt(s + r)[j]!);
          const [row, col, st] = shape.spoil ?? [-1, -2, 1];
          if (col === j && row >= s && row < s + n) status[row - s] = st;
          const bad = shape.counted ? status.filter((x) => x !== 0).length : undefined;
          return { kind: "numeric", type: "number", values, status, bad };
        });
        const status = new Uint8Array(n);
        const [row, col, st] = shape.spoil ?? [-1, -2, 1];
        if (col === -1 && row >= s && row < s + n) status[row - s] = st;
        const label = (r: number) => (rowAt(s + r)[F] === 1 ? "benign" : "malignant");
        if (shape.target === "numbers") {
          const values = Float64Array.from({ length: n }, (_x, r) => rowAt(s + r)[F]!);
          columns.push({ kind: "numeric", type: "number", values, status });
        } else if (shape.target === "dict-per-batch") {
          // A fresh dictionary each batch, its entries in another order each time.
          const values = b % 2 === 0 ? ["malignant", "benign"] : ["benign", "malignant"];
          const codes = Int32Array.from({ length: n }, (_x, r) => values.indexOf(label(r)));
          columns.push({ kind: "string", type: "string", codes, dict: { id: b, values }, status });
        } else {
          // "malignant" enters the dictionary only once it first appears after the first batch.
          const codes = Int32Array.from({ length: n }, (_x, r) => {
            const t = b === 0 ? "benign" : label(r);
            let c = growing.values.indexOf(t);
            if (c < 0) c = growing.values.push(t) - 1;
            return c;
          });
          columns.push({ kind: "string", type: "string", codes, dict: growing, status });
        }
        const matrix = width
          ? {
              data:
                shape.matrix === "zeros"
                  ? new Float32Array(n * width)
                  : Float32Array.from({ length: n * width }, (_x, k) => rowAt(s + Math.floor(k / width))[k % width]!),
              width,
            }
          : null;
        yield { rowStart: s, length: n, lines: null, columns, matrix, raw: (c, r) => String(rowAt(s + r)[c]) };
      }
    },
    close: async () => {},
  };
}

let model: LoadedModel;
let session: ort.InferenceSession;
beforeAll(async () => {
  model = await loadModelFile(fixture("breast_cancer_logreg.onnx"));
  session = await ort.InferenceSession.create(model.runnable);
});
afterAll(async () => {
  await session.release();
});

const run = (shape: SourceShape, batchSize = 4096) =>
  predict({
    model,
    session,
    source: memorySource(shape),
    target: "target",
    features,
    outputs: planOutputs(model),
    batchSize,
    keep: [],
  });

describe("predict", () => {
  it("gives the labels and probabilities a plain session.run gives, row for row", async () => {
    const p = await run({ target: "numbers" });
    expect(p.rows).toBe(ROWS);
    expect(p.batchRows).toEqual([2500, 2500, 2500, 2500]);
    // The arrays are cut to the rows predicted: they were sized ahead from the source's row estimate.
    expect([p.labels!.length, p.proba!.length, p.yTrueCodes.length]).toEqual([ROWS, 2 * ROWS, ROWS]);
    expect(p.yTrueValue.length).toBe(0);
    // The first row as fed, for the single-row latency runs (a real row, not zeros).
    expect(Array.from(p.firstRow!)).toEqual(table[0]!.slice(0, F).map((v) => Math.fround(v)));
    const input = new ort.Tensor("float32", Float32Array.from(table.flatMap((r) => r.slice(0, F))), [table.length, F]);
    const direct = await session.run({ [session.inputNames[0]!]: input });
    const outputs = planOutputs(model);
    const labels = direct[outputs.label!]!.data as BigInt64Array;
    const proba = direct[outputs.probabilities!]!.data as Float32Array;
    for (const r of [0, 1, table.length - 1, table.length, ROWS - 1]) {
      const k = r % table.length;
      expect((p.labels as Float64Array)[r]).toBe(Number(labels[k]));
      expect(p.proba![r * 2 + 1]).toBe(proba[k * 2 + 1]);
    }
    // Every label and probability, not a sample: onnxruntime writes them into our arrays (the int64 words then
    // turned into doubles in place), which must equal what it hands back on its own.
    expect(planFetches(model, outputs, 4096)).toMatchObject({ labelDims: [], probaDims: [2] });
    const all = Array.from({ length: ROWS }, (_x, r) => Number(labels[r % table.length]));
    expect(Array.from((p.labels as Float64Array).subarray(0, ROWS))).toEqual(all);
    const allProba = Array.from(
      { length: ROWS * 2 },
      (_x, k) => proba[(Math.floor(k / 2) % table.length) * 2 + (k % 2)],
    );
    expect(Array.from(p.proba!.subarray(0, ROWS * 2))).toEqual(allProba);
  });

  it("keeps every label when the labels of eight runs fill their buffer in the middle of a source batch", async () => {
    // Runs of 256 rows: the buffer holds 8 × 256 = 2,048 labels, so it is emptied inside each 2,500-row batch
    // and at a different row of every batch, and a last time after the final run.
    const small = await run({ target: "numbers" }, 256);
    const whole = await run({ target: "numbers" });
    expect(small.batchRows.length).toBe(40);
    expect(small.labels!.length).toBe(ROWS);
    expect(Array.from(small.labels as Int8Array)).toEqual(Array.from(whole.labels as Int8Array));
    expect(new Set(small.labels as Int8Array).size).toBe(2);
    expect(small.proba).toEqual(whole.proba);
  });

  it("takes the source's feature matrix as the input as it stands, with the predictions the columns give", async () => {
    const fromColumns = await run({ target: "dict-per-batch" });
    const fromMatrix = await run({ target: "dict-per-batch", matrix: true });
    expect(fromMatrix.rows).toBe(ROWS);
    expect(fromMatrix.labels).toEqual(fromColumns.labels);
    expect(fromMatrix.proba).toEqual(fromColumns.proba);
    expect(targetTexts(fromMatrix)).toEqual(targetTexts(fromColumns));
    // The matrix is what reaches the model, not a copy from the columns: a zero matrix gives the zero row's class.
    const zero = await session.run({
      [session.inputNames[0]!]: new ort.Tensor("float32", new Float32Array(F), [1, F]),
    });
    const zeroLabel = Number((zero[planOutputs(model).label!]!.data as BigInt64Array)[0]);
    const fromZeros = await run({ target: "dict-per-batch", matrix: "zeros" });
    expect(new Set(fromZeros.labels as Int8Array)).toEqual(new Set([zeroLabel]));
    expect(new Set(fromColumns.labels as Int8Array).size).toBe(2);
    // The cells' statuses are still checked: a matrix holds NaN for an empty cell, which must not reach the model.
    const where = (e: unknown) => (e instanceof InputError ? e.message : String(e));
    const empty = await run({ target: "numbers", spoil: [5001, 7, 1], matrix: true }).catch(where);
    expect(empty).toMatch(/row 5002 is empty: the model needs a number in every feature/);
  });

  it("keeps the target's text through dictionaries that change or grow between batches", async () => {
    const expected = Array.from({ length: ROWS }, (_x, r) => (rowAt(r)[F] === 1 ? "benign" : "malignant"));
    const perBatch = await run({ target: "dict-per-batch" });
    expect(targetTexts(perBatch)).toEqual(expected);
    expect([...perBatch.yTrueTexts].sort()).toEqual(["benign", "malignant"]);
    const growing = await run({ target: "dict-growing" });
    expect(targetTexts(growing)).toEqual(expected.map((t, r) => (r < 2500 ? "benign" : t)));
    expect(targetTexts(growing, [0, 2500, 2501])).toEqual(["benign", expected[2500], expected[2501]]);
  });

  it("turns a numeric target into one text per distinct value", async () => {
    const p = await run({ target: "numbers" });
    expect([...p.yTrueTexts].sort()).toEqual(["0", "1"]);
    expect(targetTexts(p).slice(0, 5)).toEqual(table.slice(0, 5).map((r) => String(r[F])));
  });

  it("names the row and column of an empty or non-numeric feature cell deep in a batch", async () => {
    const where = (e: unknown) => (e instanceof InputError ? e.message : String(e));
    for (const counted of [false, true]) {
      // Whether or not the source counted its bad cells (a count of 0 lets predict() skip the statuses).
      const empty = await run({ target: "numbers", spoil: [7777, 3, 1], counted, matrix: counted }).catch(where);
      expect(empty).toMatch(/row 7778 is empty: the model needs a number in every feature/);
      expect(empty).toContain(features[3]);
    }
    const text = await run({ target: "numbers", spoil: [4095, 29, 2] }).catch(where);
    expect(text).toMatch(/row 4096 is not a number/);
    expect(text).toContain(features[29]);
    const target = await run({ target: "dict-per-batch", spoil: [9999, -1, 1] }).catch(where);
    expect(target).toMatch(/row 10000: the target is empty or not of its type/);
  });

  it("reads int64 labels exactly, negative and beyond 32 bits", () => {
    const big = BigInt64Array.from([0n, 1n, -1n, 2n ** 40n + 5n, -(2n ** 52n) + 3n, 2147483648n, -2147483649n]);
    const out = new Float64Array(big.length + 2);
    readInt64(out, 2, big, big.length);
    expect(Array.from(out.subarray(2))).toEqual(Array.from(big, Number));
    // Kept as Int8 while they fit, then Int32, then Float64: each widening keeps the labels held so far.
    const first = keepLabels(new Int8Array(12), 0, BigInt64Array.from([3n, -128n, 127n]), 3);
    expect(first).toBeInstanceOf(Int8Array);
    const second = keepLabels(first, 3, BigInt64Array.from([7n, 200n, -2147483648n]), 3);
    expect(second).toBeInstanceOf(Int32Array);
    const third = keepLabels(second, 6, BigInt64Array.from([-1n, 2147483648n, 5n]), 3);
    expect(third).toBeInstanceOf(Float64Array);
    expect(Array.from(third.subarray(0, 9))).toEqual([3, -128, 127, 7, 200, -2147483648, -1, 2147483648, 5]);
    expect(keepLabels(new Int8Array(2), 0, [1, 2.5], 2)).toBeInstanceOf(Float64Array);
    expect(Array.from(keepLabels(new Int8Array(2), 0, Int32Array.of(4, -4), 2))).toEqual([4, -4]);
    // The branch-free checks: each way out of a range is caught (the low word, the high word, both).
    for (const v of [128n, -129n, 2n ** 32n, -(2n ** 32n), 2n ** 32n + 1n]) {
      const kept = keepLabels(new Int8Array(4), 0, BigInt64Array.from([1n, v, 2n]), 3);
      expect(kept).not.toBeInstanceOf(Int8Array);
      expect(Array.from(kept.subarray(0, 3))).toEqual([1, Number(v), 2]);
    }
    expect(keepLabels(new Int32Array(2), 0, BigInt64Array.from([2n ** 31n - 1n, -(2n ** 31n)]), 2)).toBeInstanceOf(
      Int32Array,
    );
  });

  it("keeps target codes as Uint8 up to 256 texts, then Int32 with the codes before kept", () => {
    const texts: string[] = [];
    const tc = new TargetCodes(texts);
    // A dictionary in our order is copied as it is; one in another order is translated.
    let held: Uint8Array | Int32Array = new Uint8Array(0);
    held = tc.keepDict(held, 4, 0, Int32Array.of(0, 1, 1, 0), { id: 1, values: ["a", "b"] }, 0, 4);
    held = tc.keepDict(held, 8, 4, Int32Array.of(9, 2, 0, 1), { id: 2, values: ["c", "b", "a"] }, 1, 3);
    expect(held).toBeInstanceOf(Uint8Array);
    expect(Array.from(held.subarray(0, 7), (c) => texts[c])).toEqual(["a", "b", "b", "a", "a", "c", "b"]);
    // 300 numeric targets: the batch that passes 256 texts widens the array, and every code before stays.
    const values = Float64Array.from({ length: 300 }, (_, i) => i);
    held = tc.keepNumbers(held, 300, 7, values, 0, 200);
    expect(held).toBeInstanceOf(Uint8Array);
    held = tc.keepNumbers(held, 307, 207, values, 200, 100);
    expect(held).toBeInstanceOf(Int32Array);
    expect(texts).toHaveLength(303);
    const back = Array.from(held.subarray(0, 307), (c) => texts[c]);
    expect(back).toEqual(["a", "b", "b", "a", "a", "c", "b", ...Array.from(values, String)]);
  });
});

// `modelgate evaluate` refuses predictions it cannot score, in one line with exit 2 and no evaluation written: a
// prediction that is not finite (named by its holdout row and line, and by the feature that overflowed float32 when
// one did), an output whose real shape is not one row per input row, raw scores read as probabilities, a feature
// named twice, and a model path that is not a regular file. Real ONNX bytes, real onnxruntime-node, the
// breast-cancer holdout.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { copyFile, writeFile } from "node:fs/promises";

import * as ort from "onnxruntime-node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { attr, DataType, node, valueInfo } from "../../examples/breast-cancer/onnx.mjs";
import { columnStats, linearModel } from "../linearModels.js";
import { fixture, makeTemp, reEscape, runCli, type TempDir } from "../support.js";

const F = DataType.FLOAT;
const DOUBLE = 11;
const lines = readFileSync(fixture("breast_cancer_holdout.csv"), "utf8").trim().split("\n");
const header = lines[0]!.split(",");
const X = lines.slice(1).map((l) => l.split(",").slice(0, 30).map(Number));
const { mean, sd } = columnStats(X);
const ROWS = X.length;

/** The linear part with `k` scores a row (weights ±1/30, alternating by class so the scores differ), then `head`. */
function model(k: number, head: ReturnType<typeof node>[], outputs: ReturnType<typeof valueInfo>[], extra = {}) {
  return linearModel({
    mean,
    sd,
    w: mean.flatMap(() => Array.from({ length: k }, (_x, j) => (j % 2 ? 1 : -1) / 30)),
    b: Array.from({ length: k }, (_x, j) => 0.1 * (j + 1)),
    head,
    outputs,
    ...extra,
  });
}
const op = (opType: string, inputs: string[], output: string, attributes: ReturnType<typeof attr.int>[] = []) =>
  node({ name: output, opType, inputs, outputs: [output], attributes });
const int64s = (name: string, values: number[]) => ({
  name,
  dims: [values.length],
  dataType: DataType.INT64,
  int64s: values,
});

/** What a plain session.run gives for the whole holdout: the reference the messages are checked against. */
async function direct(file: string, output: string): Promise<{ data: ArrayLike<number>; dims: readonly number[] }> {
  const session = await ort.InferenceSession.create(file);
  const input = new ort.Tensor("float32", Float32Array.from(X.flat()), [ROWS, 30]);
  const r = await session.run({ input });
  await session.release();
  return { data: r[output]!.data as Float32Array, dims: r[output]!.dims };
}

let tmp: TempDir;
beforeAll(async () => {
  tmp = await makeTemp("evaluate-predictions");
  await copyFile(fixture("breast_cancer_holdout.csv"), tmp.file("holdout.csv"));
  await copyFile(fixture("breast_cancer_logreg.onnx"), tmp.file("logreg.onnx"));
  const models: Record<string, Uint8Array> = {
    // Non-finite predictions from finite features: exp overflows float32 for a large score; sqrt of a negative one.
    exp: model(
      1,
      [op("Mul", ["score", "hundred"], "big"), op("Exp", ["big"], "value")],
      [valueInfo("value", F, ["N", 1])],
      {
        initializers: [{ name: "hundred", dims: [1], dataType: F, floats: [100] }],
      },
    ),
    sqrt: model(1, [op("Sqrt", ["score"], "root"), op("Sigmoid", ["root"], "p")], [valueInfo("p", F, ["N", 1])]),
    // Finite float64 predictions whose squared error overflows float64.
    huge: model(
      1,
      [
        op("Mul", ["score", "scale"], "big"),
        op("Cast", ["big"], "wide", [attr.int("to", DOUBLE)]),
        op("Exp", ["wide"], "value"),
      ],
      [valueInfo("value", DOUBLE, ["N", 1])],
      { initializers: [{ name: "scale", dims: [1], dataType: F, floats: [400] }] },
    ),
    regression: model(1, [], [valueInfo("score", F, ["N", 1])]),
    // Declared [N, 2]; really [N, 3], [1, N], or [N, 2, 1].
    wider: model(
      3,
      [op("Softmax", ["score"], "probabilities", [attr.int("axis", 1)])],
      [valueInfo("probabilities", F, ["N", 2])],
    ),
    transposed: model(
      1,
      [op("Sigmoid", ["score"], "p"), op("Transpose", ["p"], "probabilities", [attr.ints("perm", [1, 0])])],
      [valueInfo("probabilities", F, ["N", 2])],
    ),
    transposedSymbolic: model(
      1,
      [op("Sigmoid", ["score"], "p"), op("Transpose", ["p"], "probabilities", [attr.ints("perm", [1, 0])])],
      [valueInfo("probabilities", F, ["N", "C"])],
    ),
    rank3: model(
      2,
      [op("Softmax", ["score"], "p", [attr.int("axis", 1)]), op("Reshape", ["p", "shape"], "probabilities")],
      [valueInfo("probabilities", F, ["N", 2, 1])],
      { initializers: [int64s("shape", [-1, 2, 1])] },
    ),
    // Softmax over score × scoreᵀ: [N, N], as many classes as the batch has rows.
    batchWide: model(
      1,
      [
        op("Transpose", ["score"], "row", [attr.ints("perm", [1, 0])]),
        op("MatMul", ["score", "row"], "square"),
        op("Softmax", ["square"], "probabilities", [attr.int("axis", 1)]),
      ],
      [valueInfo("probabilities", F, ["N", "C"])],
    ),
    // A regression declared [N, 1] that returns three values a row; a label declared [N] that returns two.
    regressionWider: model(3, [], [valueInfo("score", F, ["N", 1])]),
    labelWider: model(
      2,
      [op("Cast", ["score"], "label", [attr.int("to", DataType.INT64)])],
      [valueInfo("label", DataType.INT64, ["N"])],
    ),
    // Raw scores as probabilities: two columns (sums off 1), three (some negative).
    scores2: model(2, [], [valueInfo("score", F, ["N", 2])]),
    scores3: model(3, [op("Sub", ["score", "one"], "shifted")], [valueInfo("shifted", F, ["N", 3])], {
      initializers: [{ name: "one", dims: [1], dataType: F, floats: [1] }],
    }),
  };
  for (const [name, bytes] of Object.entries(models)) await writeFile(tmp.file(`${name}.onnx`), bytes);
});
afterAll(() => tmp.remove());

async function evaluate(modelName: string, data = "holdout.csv", extra: string[] = []) {
  const out = `${modelName.replace(/\W/g, "_")}-${data}.json`;
  const r = await runCli(tmp.path, [
    "evaluate",
    "--model",
    modelName.includes("/") ? modelName : `${modelName}.onnx`,
    "--data",
    data,
    "--target",
    "target",
    "--out",
    out,
    "--predictions",
    `${out}.arrow`,
    ...extra,
  ]);
  return { ...r, wrote: existsSync(tmp.file(out)) || existsSync(tmp.file(`${out}.arrow`)) };
}

/** Exit 2, one line matching `message`, nothing written. */
function refused(r: Awaited<ReturnType<typeof evaluate>>, message: RegExp) {
  expect(r.code, r.stderr).toBe(2);
  expect(r.stderr).toMatch(message);
  expect(r.stderr.trim().split("\n")).toHaveLength(1);
  expect(r.wrote).toBe(false);
}

/** The holdout with every feature of data row `row` (1-based) set to `value`. */
async function withRow(name: string, row: number, value: string) {
  const copy = [...lines];
  const cells = copy[row]!.split(",");
  copy[row] = [...cells.slice(0, 30).map(() => value), cells[30]].join(",");
  await tmp.write(name, `${copy.join("\n")}\n`);
}

describe("predictions that are not finite", () => {
  it("names the holdout row, its line and the feature that overflows float32 (the shipped ZipMap model)", async () => {
    await withRow("overflow.csv", 5, "1e39");
    const r = await evaluate("logreg", "overflow.csv");
    refused(
      r,
      /^modelgate: overflow\.csv: line 6, column "mean radius": row 5: 1e39 is beyond the range of float32, the model's input type \(±3\.4028235e38\), and the model predicts NaN in its output "\w+" \(class 0\) from it\n$/,
    );
  });

  it("names the overflowing feature of a regression whose value turns infinite or NaN", async () => {
    await withRow("overflow-last.csv", ROWS, "-1e39");
    const r = await evaluate("regression", "overflow-last.csv", ["--task", "regression"]);
    refused(
      r,
      new RegExp(
        `^modelgate: overflow-last\\.csv: line ${ROWS + 1}, column "mean radius": row ${ROWS}: -1e39 is beyond the range of float32.*predicts (NaN|-?Infinity) in its output "score" from it\\n$`,
      ),
    );
  });

  it("names the first row whose value is infinite, from finite features", async () => {
    const { data } = await direct(tmp.file("exp.onnx"), "value");
    const first = Array.from(data).findIndex((v) => !Number.isFinite(v));
    // The model must give some finite and some infinite values for the test to say something.
    expect(first).toBeGreaterThan(0);
    const r = await evaluate("exp");
    refused(
      r,
      new RegExp(
        `^modelgate: holdout\\.csv: line ${first + 2}: row ${first + 1}: the model exp\\.onnx predicts Infinity in its output "value"; no metric is computed from a value that is not finite\\n$`,
      ),
    );
  });

  it("names the first row whose probability is NaN (a single-probability head)", async () => {
    const { data } = await direct(tmp.file("sqrt.onnx"), "p");
    const first = Array.from(data).findIndex((v) => Number.isNaN(v));
    expect(first).toBeGreaterThan(0);
    const r = await evaluate("sqrt", "holdout.csv", ["--task", "classification"]);
    refused(
      r,
      new RegExp(
        `^modelgate: holdout\\.csv: line ${first + 2}: row ${first + 1}: the model sqrt\\.onnx predicts NaN in its output "p";`,
      ),
    );
  });

  it("refuses a metric that overflows float64 from finite predictions", async () => {
    const { data } = await direct(tmp.file("huge.onnx"), "value");
    expect(Array.from(data).every(Number.isFinite)).toBe(true);
    expect(Math.max(...Array.from(data))).toBeGreaterThan(1e155);
    const r = await evaluate("huge", "holdout.csv", ["--task", "regression"]);
    refused(
      r,
      /^modelgate: holdout\.csv: the metric rmse comes out Infinity \(the predictions or the target are too large to score\)/,
    );
  });
});

describe("outputs whose real shape is not one row per input row", () => {
  // [test name, model, output, its real shape in a plain run, extra options, the message after "modelgate: x.onnx: "]
  const cases: [string, string, string, number[], string[], RegExp][] = [
    [
      "declared [N, 2], really [N, 3]",
      "wider",
      "probabilities",
      [ROWS, 3],
      [],
      /its output "probabilities" is \[143, 3\] for 143 input rows, not \[143, 2\] \(declared \[N, 2\]\): modelgate reads one row of output per input row\n$/,
    ],
    [
      "declared [N, 2], really [1, N]",
      "transposed",
      "probabilities",
      [1, ROWS],
      [],
      /its output "probabilities" is \[1, 143\] for 143 input rows, not \[143, 2\] \(declared \[N, 2\]\)/,
    ],
    [
      "declared [N, C], really [1, N]",
      "transposedSymbolic",
      "probabilities",
      [1, ROWS],
      [],
      /its output "probabilities" is \[1, 143\] for 143 input rows, not \[143, C\] \(declared \[N, C\]\)/,
    ],
    [
      "declared [N, C], as wide as the batch: a width that changes between runs",
      "batchWide",
      "probabilities",
      [ROWS, ROWS],
      ["--batch-size", "100"],
      /its output "probabilities" is \[43, 43\] for 43 input rows, not \[43, 100\] \(declared \[N, C\]\)/,
    ],
    [
      "declared [N, 2, 1]",
      "rank3",
      "probabilities",
      [ROWS, 2, 1],
      [],
      /no output holds one regression prediction a row, \[N\] or \[N, 1\] \(outputs: "probabilities" \[N, 2, 1\]\)\n$/,
    ],
    [
      "declared [N, 2, 1], as a classifier",
      "rank3",
      "probabilities",
      [ROWS, 2, 1],
      ["--task", "classification"],
      /no label or probability output for a classifier \(outputs: "probabilities" \[N, 2, 1\]; modelgate reads labels \[N\] and probabilities \[N, C\]\)\n$/,
    ],
    [
      "a regression declared [N, 1], really [N, 3]",
      "regressionWider",
      "score",
      [ROWS, 3],
      [],
      /its output "score" is \[143, 3\] for 143 input rows, not \[143\] or \[143, 1\] \(declared \[N, 1\]\)/,
    ],
    [
      "a label declared [N], really [N, 2]",
      "labelWider",
      "label",
      [ROWS, 2],
      [],
      /its output "label" is \[143, 2\] for 143 input rows, not \[143\] or \[143, 1\] \(declared \[N\]\)/,
    ],
  ];
  it.each(cases)("%s", async (_name, file, output, real, extra, message) => {
    // The premise: what onnxruntime really returns for the whole holdout.
    expect((await direct(tmp.file(`${file}.onnx`), output)).dims).toEqual(real);
    const r = await evaluate(file, "holdout.csv", extra);
    refused(r, new RegExp(`^modelgate: ${reEscape(file)}\\.onnx: ${message.source}`));
  });
});

describe("raw scores read as probabilities", () => {
  // The stated tolerance: each value within 1e-3 of [0, 1], each row's sum within 1e-3 of 1.
  const rowsOf = (data: ArrayLike<number>, C: number) =>
    Array.from({ length: ROWS }, (_r, i) => Array.from({ length: C }, (_x, k) => data[i * C + k]!));
  const outside = (v: number) => v < -1e-3 || v > 1 + 1e-3;
  const offOne = (p: number[]) => Math.abs(p.reduce((a, v) => a + v, 0) - 1) > 1e-3;

  it("refuses two columns that do not sum to 1, naming the first such row", async () => {
    const { data } = await direct(tmp.file("scores2.onnx"), "score");
    const rows = rowsOf(data, 2);
    const row = rows.findIndex((p) => p.some(outside) || offOne(p));
    // The first bad row's values are in range: the sum is what gives them away.
    expect(row).toBeGreaterThanOrEqual(0);
    expect(rows[row]!.some(outside)).toBe(false);
    const r = await evaluate("scores2");
    refused(
      r,
      new RegExp(
        `^modelgate: scores2\\.onnx: its output "score" sums to [\\d.]+ for row ${row + 1} \\([\\d.]+, [\\d.]+\\), not 1 within 0\\.001: scores, not class probabilities; export the softmax of the scores\\n$`,
      ),
    );
  });

  it("refuses three columns with a negative score, naming its class", async () => {
    const { data } = await direct(tmp.file("scores3.onnx"), "shifted");
    const rows = rowsOf(data, 3);
    const row = rows.findIndex((p) => p.some(outside) || offOne(p));
    const k = rows[row]!.findIndex(outside);
    expect(k).toBeGreaterThanOrEqual(0);
    const r = await evaluate("scores3");
    refused(
      r,
      new RegExp(
        `^modelgate: scores3\\.onnx: its output "shifted" gave -?[\\d.e-]+ \\(class ${k}\\) for row ${row + 1}, not a probability in \\[0, 1\\]: export the softmax of the scores\\n$`,
      ),
    );
  });
});

describe("other inputs that cannot be scored", () => {
  it("refuses a feature named twice in --features", async () => {
    const features = [header[0], ...header.slice(0, 29)].join(",");
    const r = await evaluate("logreg", "holdout.csv", ["--features", features]);
    refused(
      r,
      /^modelgate: the features name "mean radius" twice: each feature column once, in the model's input order\n$/,
    );
  });

  it("refuses /dev/zero and a FIFO as the model, without reading them", async () => {
    refused(
      await evaluate("/dev/zero"),
      /^modelgate: \/dev\/zero: cannot be read: it is a character device, not a regular file\n$/,
    );
    execFileSync("mkfifo", [tmp.file("pipe.onnx")]);
    refused(await evaluate("pipe"), /^modelgate: pipe\.onnx: cannot be read: it is a FIFO, not a regular file\n$/);
  });
});

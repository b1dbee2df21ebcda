// Evaluation benchmark (run by `npm run bench`): a 30-feature ONNX model on 1,000,000 rows.
//  1. raw onnxruntime-node: session.run over pre-built Float32 batches, nothing else;
//  2. modelgate's predict() over the same rows as the data sources hand them (the row-major feature matrix they fill
//     while parsing, and the columns), in the same process; target: ≥ 0.9× raw throughput. The fallback that copies
//     columns into rows (for a source that fills no matrix) is measured too;
//  3. the metric computation on the 1M predictions;
//  4. `modelgate evaluate` end to end on the same table as CSV (parsing included), as a child process.
//
// Usage: npx tsx bench/evaluate.ts [--rounds N] [--mlp-rounds N] [--models logistic,mlp] [--modes ...] [--no-end-to-end]
//   --rounds N         rounds for the logistic model (default 101), --mlp-rounds N for the MLP (default 5).
//   --models           which models to time (default both).
//   --modes            which modes each round runs, interleaved (default raw,kept,matrix,columns):
//                        raw      session.run alone;
//                        kept     raw keeping every row's outputs (a control);
//                        matrix   predict() over the sources' feature matrix (the figure the ≥ 0.9× target is on);
//                        columns  predict() over columns only.
//   --no-end-to-end    skip the metrics and the CLI run (3. and 4.).
//   --json FILE        also write the results there (default bench/out/evaluate-results.json, full runs only).
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";

import * as ort from "onnxruntime-node";

import { attr, DataType, graph, model as onnxModel, node, valueInfo } from "../examples/breast-cancer/onnx.mjs";
import { matrixWidth } from "../src/core/data/featureMatrix.js";
import type { Batch, TableSource } from "../src/core/data/types.js";
import { planOutputs, predict } from "../src/core/evaluate/predict.js";
import { classificationMetrics, classificationView } from "../src/core/evaluate/score.js";
import { loadModelFile } from "../src/core/model/onnxModel.js";
import { mulberry32 } from "../src/core/random.js";

const ROOT = join(import.meta.dirname, "..");
const OUT = join(ROOT, "bench", "out");
const ROWS = Number(process.env.MODELGATE_BENCH_EVAL_ROWS ?? 1_000_000);
const F = 30;
const BATCH = 8192;
// Rounds per model: a logistic round takes ~0.1 s, so it gets many (this 2-core VM's timings swing ±20 % between
// series, while the modes of one round see the same machine).
const { values: args } = parseArgs({
  options: {
    rounds: { type: "string", default: "101" },
    "mlp-rounds": { type: "string", default: "5" },
    models: { type: "string", default: "logistic,mlp" },
    modes: { type: "string", default: "raw,kept,matrix,columns" },
    "no-end-to-end": { type: "boolean", default: false },
    json: { type: "string" },
  },
});
const RUNS = Number(args["mlp-rounds"]);
const RUNS_SMALL = Number(args.rounds);
const MODELS = args.models.split(",");
const MODES = new Set(["raw", "matrix", ...args.modes.split(",")]);
for (const m of MODES) if (!["raw", "kept", "matrix", "columns"].includes(m)) throw new Error(`unknown mode ${m}`);
for (const m of MODELS) if (!["logistic", "mlp"].includes(m)) throw new Error(`unknown model ${m}`);

const rng = mulberry32;

mkdirSync(OUT, { recursive: true });
const model = join(OUT, "bench-model.onnx");
if (!existsSync(model)) {
  execFileSync(
    process.execPath,
    [
      "examples/breast-cancer/train.mjs",
      "--data",
      "test/fixtures/breast_cancer_train.csv",
      "--target",
      "target",
      "--out",
      model,
      "--metrics",
      join(OUT, "bench-model.metrics.json"),
      "--params",
      "examples/breast-cancer/params.yaml",
    ],
    { cwd: ROOT, stdio: "ignore" },
  );
}
// A heavier 30-feature model, as a production tabular network would be: an MLP 30 → 256 → 256 → 2 with
// deterministic random weights (the ratio to raw depends on how long a row takes to infer).
const mlp = join(OUT, "bench-mlp.onnx");
if (!existsSync(mlp)) {
  const w = rng(5);
  const dense = (name: string, rows: number, cols: number) => ({
    name,
    dims: [rows, cols],
    dataType: DataType.FLOAT,
    floats: Array.from({ length: rows * cols }, () => (w() * 2 - 1) / Math.sqrt(rows)),
  });
  const bias = (name: string, n: number) => ({
    name,
    dims: [n],
    dataType: DataType.FLOAT,
    floats: new Array(n).fill(0.01),
  });
  const layer = (i: number, input: string, out: string, relu: boolean) => [
    node({ name: `mm${i}`, opType: "MatMul", inputs: [input, `w${i}`], outputs: [`h${i}a`] }),
    node({ name: `add${i}`, opType: "Add", inputs: [`h${i}a`, `b${i}`], outputs: [relu ? `h${i}b` : out] }),
    ...(relu ? [node({ name: `relu${i}`, opType: "Relu", inputs: [`h${i}b`], outputs: [out] })] : []),
  ];
  const H = 256;
  writeFileSync(
    mlp,
    onnxModel({
      irVersion: 8,
      producerName: "modelgate-bench",
      graph: graph({
        name: "mlp",
        initializers: [
          dense("w1", F, H),
          bias("b1", H),
          dense("w2", H, H),
          bias("b2", H),
          dense("w3", H, 2),
          bias("b3", 2),
        ],
        nodes: [
          ...layer(1, "input", "h1", true),
          ...layer(2, "h1", "h2", true),
          ...layer(3, "h2", "logits", false),
          node({
            name: "softmax",
            opType: "Softmax",
            inputs: ["logits"],
            outputs: ["probabilities"],
            attributes: [attr.int("axis", 1)],
          }),
          node({
            name: "argmax",
            opType: "ArgMax",
            inputs: ["probabilities"],
            outputs: ["label"],
            attributes: [attr.int("axis", 1), attr.int("keepdims", 0)],
          }),
        ],
        inputs: [valueInfo("input", DataType.FLOAT, ["N", F])],
        outputs: [valueInfo("label", DataType.INT64, ["N"]), valueInfo("probabilities", DataType.FLOAT, ["N", 2])],
      }),
      opsets: [{ domain: "", version: 17 }],
    }),
  );
}

// Rows drawn around the training data's column means and deviations, so the model sees realistic inputs.
const train = readFileSync(join(ROOT, "test/fixtures/breast_cancer_train.csv"), "utf8")
  .trim()
  .split("\n")
  .slice(1)
  .map((l) => l.split(",").map(Number));
const mean = Array.from({ length: F }, (_, j) => train.reduce((a, r) => a + r[j]!, 0) / train.length);
const sd = Array.from({ length: F }, (_, j) =>
  Math.sqrt(train.reduce((a, r) => a + (r[j]! - mean[j]!) ** 2, 0) / train.length),
);
const next = rng(11);
const columns = Array.from({ length: F }, () => new Float64Array(ROWS));
const target = new Int32Array(ROWS);
for (let r = 0; r < ROWS; r++) {
  for (let j = 0; j < F; j++) columns[j]![r] = mean[j]! + sd[j]! * (next() * 2 - 1) * 1.5;
  target[r] = next() < 0.63 ? 1 : 0;
}

const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) * q + 0.5)]!;
const median = (xs: number[]) => quantile(xs, 0.5);
/**
 * Throughput of `mode` over `base` as the median of the rounds' own ratios, with its quartiles: the modes of one
 * round run back to back, so a machine that slows for a while slows both, where a ratio of two medians mixes rounds.
 */
function pairedRatio(base: number[], mode: number[]) {
  const r = base.map((t, i) => t / mode[i]!);
  return { median: median(r), q1: quantile(r, 0.25), q3: quantile(r, 0.75) };
}

// 1. raw: the batches are built before the clock starts.
const batches: ort.Tensor[] = [];
for (let s = 0; s < ROWS; s += BATCH) {
  const n = Math.min(BATCH, ROWS - s);
  const buf = new Float32Array(n * F);
  for (let r = 0; r < n; r++) for (let j = 0; j < F; j++) buf[r * F + j] = columns[j]![s + r]!;
  batches.push(new ort.Tensor("float32", buf, [n, F]));
}

// 2. modelgate's predict() over the same rows in memory (no file I/O), as the sources deliver them: the columns and,
//    filled while parsing, the row-major float32 feature matrix (a separate copy of the rows, so neither side reads
//    the other's warm data). `withMatrix: false` measures the fallback that copies the columns into rows.
const labels = ["0", "1"];
const rowMajor = new Float32Array(ROWS * F);
for (let r = 0; r < ROWS; r++) for (let j = 0; j < F; j++) rowMajor[r * F + j] = columns[j]![r]!;
function memorySource(withMatrix: boolean): TableSource {
  const names = [...Array.from({ length: F }, (_, j) => `f${j}`), "target"];
  return {
    file: "memory",
    format: "csv",
    columnNames: names,
    detectTypes: async () => names.map(() => "number" as const),
    // As the CSV and Parquet sources do (from bytes read, from the metadata): the row count, to size arrays once.
    rowsEstimate: () => ROWS,
    async *batches(plan): AsyncGenerator<Batch> {
      const matrix = withMatrix && matrixWidth(plan) === F;
      const status = new Uint8Array(65_536);
      for (let s = 0; s < ROWS; s += 65_536) {
        const n = Math.min(65_536, ROWS - s);
        const cols = columns.map((c) => ({
          kind: "numeric" as const,
          type: "number" as const,
          values: c.subarray(s, s + n),
          status: status.subarray(0, n),
          // As the readers do: the count of bad cells they met (here none).
          bad: 0,
        }));
        const codes = target.subarray(s, s + n);
        yield {
          rowStart: s,
          length: n,
          lines: null,
          columns: [
            ...cols,
            { kind: "string", type: "string", codes, dict: { id: 0, values: labels }, status: status.subarray(0, n) },
          ],
          matrix: matrix ? { data: rowMajor.subarray(s * F, (s + n) * F), width: F } : null,
          raw: () => "",
        };
      }
    },
    close: async () => {},
  };
}
const features = Array.from({ length: F }, (_, j) => `f${j}`);

type Mode = "raw" | "kept" | "matrix" | "columns";

/** Raw and predict() throughput of one model, runs interleaved so machine noise hits all alike. */
async function throughput(file: string, runs: number) {
  const loaded = await loadModelFile(file);
  const session = await ort.InferenceSession.create(loaded.runnable);
  const outputs = planOutputs(loaded);
  const times: Record<Mode, number[]> = { raw: [], kept: [], matrix: [], columns: [] };
  // A control: raw session.run that also keeps every row's label and probabilities, written by onnxruntime straight
  // into fresh arrays (no JavaScript per row): the least any evaluator that scores the predictions must do.
  const keptRun = async () => {
    const labels = new BigInt64Array(ROWS);
    const proba = new Float32Array(ROWS * 2);
    let base = 0;
    for (const t of batches) {
      const n = t.dims[0]!;
      await session.run(
        { input: t },
        {
          label: new ort.Tensor("int64", labels.subarray(base, base + n), [n]),
          probabilities: new ort.Tensor("float32", proba.subarray(base * 2, (base + n) * 2), [n, 2]),
        },
      );
      base += n;
    }
  };
  let predictions = null as Awaited<ReturnType<typeof predict>> | null;
  const ours = (withMatrix: boolean) =>
    predict({
      model: loaded,
      session,
      source: memorySource(withMatrix),
      target: "target",
      features,
      outputs,
      batchSize: BATCH,
      keep: [],
    });
  const all: [Mode, () => Promise<unknown>][] = [
    [
      "raw",
      async () => {
        for (const t of batches) await session.run({ input: t });
      },
    ],
    ["kept", keptRun],
    ["matrix", async () => (predictions = await ours(true))],
    ["columns", () => ours(false)],
  ];
  const modes = all.filter(([name]) => MODES.has(name));
  // Each mode takes each place in the round equally often (the order rotates by one each round, and runs backwards
  // every other cycle of rotations), so a machine that speeds up or slows down over the series favours no mode, and
  // every mode follows each other about as often (a run reuses the memory the one before it freed).
  for (let k = 0; k < runs; k++) {
    const turn = k % modes.length;
    const order = [...modes.slice(turn), ...modes.slice(0, turn)];
    for (const [name, run] of Math.floor(k / modes.length) % 2 === 0 ? order : order.reverse()) {
      const t0 = performance.now();
      await run();
      times[name].push(performance.now() - t0);
    }
  }
  await session.release();
  const perS = (t: number[]) => (t.length ? ROWS / (median(t) / 1000) : NaN);
  const paired = (a: Mode, b: Mode) => (times[a].length && times[b].length ? pairedRatio(times[a], times[b]) : null);
  return {
    raw: perS(times.raw),
    kept: perS(times.kept),
    matrix: perS(times.matrix),
    columns: perS(times.columns),
    ratio: paired("raw", "matrix")!,
    keptRatio: paired("raw", "kept"),
    columnsRatio: paired("raw", "columns"),
    ofKept: paired("kept", "matrix"),
    runs,
    predictions: predictions!,
  };
}

type Throughput = Awaited<ReturnType<typeof throughput>>;
const logistic = MODELS.includes("logistic") ? await throughput(model, RUNS_SMALL) : null;
const heavy = MODELS.includes("mlp") ? await throughput(mlp, RUNS) : null;

const rate = (x: number) => Math.round(x).toLocaleString("en-US");
type Ratio = ReturnType<typeof pairedRatio>;
const ratio = (r: Ratio) => `${r.median.toFixed(3)}× (quartiles ${r.q1.toFixed(3)}–${r.q3.toFixed(3)})`;
function line(name: string, t: Throughput) {
  const parts = [
    `raw session.run ${rate(t.raw)} rows/s; modelgate predict() ${rate(t.matrix)} rows/s = ${ratio(t.ratio)} raw (target ≥ 0.9×: ${t.ratio.median >= 0.9 ? "met" : "NOT met"})`,
    t.columnsRatio && `from columns only ${ratio(t.columnsRatio)}`,
    t.keptRatio && t.ofKept && `raw keeping its outputs ${ratio(t.keptRatio)}, modelgate = ${ratio(t.ofKept)} of it`,
  ];
  return `  ${name}: ${parts.filter(Boolean).join("; ")}`;
}
function figures(t: Throughput | null) {
  if (!t) return null;
  return {
    raw_rows_per_s: Math.round(t.raw),
    modelgate_rows_per_s: Math.round(t.matrix),
    rounds: t.runs,
    ratio: t.ratio,
    raw_keeping_outputs_rows_per_s: Math.round(t.kept) || null,
    raw_keeping_outputs_ratio: t.keptRatio,
    modelgate_vs_raw_keeping_outputs: t.ofKept,
    columns_only_rows_per_s: Math.round(t.columns) || null,
    columns_only_ratio: t.columnsRatio,
  };
}
const result: Record<string, unknown> = {
  rows: ROWS,
  features: F,
  batch: BATCH,
  logistic: figures(logistic),
  mlp_256x256: figures(heavy),
  target_ratio: 0.9,
};
console.log(`
evaluate benchmark: ${ROWS.toLocaleString("en-US")} rows × ${F} features, batches of ${BATCH}; rates are medians, ratios the median of each round's own (${RUNS_SMALL} rounds for the logistic model, ${RUNS} for the MLP)`);
if (logistic) console.log(line("logistic regression (7 ops)", logistic));
if (heavy) console.log(line("MLP 30→256→256→2", heavy));

if (!args["no-end-to-end"]) {
  // 3. metrics on the 1M predictions.
  const predictions = (logistic ?? heavy)!.predictions;
  const m0 = performance.now();
  const view = classificationView(predictions);
  const { metrics } = classificationMetrics(predictions, view);
  const metricMs = performance.now() - m0;

  // 4. end to end from a CSV, as a child process (written once).
  const csv = join(OUT, `bench-eval-${ROWS}.csv`);
  if (!existsSync(csv)) {
    const lines = [[...features, "target"].join(",")];
    for (let r = 0; r < ROWS; r++) lines.push(`${columns.map((c) => c[r]!.toFixed(5)).join(",")},${target[r]}`);
    writeFileSync(csv, `${lines.join("\n")}\n`);
  }
  const e0 = performance.now();
  const cli = spawnSync(
    "/usr/bin/time",
    [
      "-f",
      "%M",
      process.execPath,
      join(ROOT, "bin/modelgate.js"),
      "evaluate",
      "--model",
      model,
      "--data",
      csv,
      "--target",
      "target",
      "--out",
      join(OUT, "bench-evaluation.json"),
    ],
    { encoding: "utf8", env: { ...process.env, MODELGATE_PLATFORM: "local", CI: "1" } },
  );
  const endToEndS = (performance.now() - e0) / 1000;
  const peakMiB = Number(cli.stderr.trim().split("\n").pop()) / 1024;
  Object.assign(result, {
    metric_ms: metricMs,
    accuracy: metrics.accuracy,
    end_to_end_s: endToEndS,
    end_to_end_peak_mib: peakMiB,
    end_to_end_exit: cli.status,
  });
  console.log(`  metrics on ${ROWS.toLocaleString("en-US")} predictions               ${metricMs.toFixed(0)} ms
  modelgate evaluate, CSV end to end     ${endToEndS.toFixed(2)} s wall, ${peakMiB.toFixed(0)} MiB peak (exit ${cli.status})`);
}
// A partial run (some models, modes or no end to end) writes only where it is told to.
const full = MODELS.length === 2 && !args["no-end-to-end"];
const json = args.json ?? (full ? join(OUT, "evaluate-results.json") : null);
if (json) writeFileSync(json, `${JSON.stringify(result, null, 2)}\n`);

// What predict()'s per-row JavaScript costs, measured where it runs: on the outputs onnxruntime has just written
// (in cache), between the runs of the evaluate benchmark's logistic regression over 1,000,000 rows. A shared 2-core
// machine swings whole-benchmark ratios by ±20 % round to round; one call's time, taken a thousand times in
// alternation, does not. Reported in ns a row (median, and the range of the passes' medians):
//   - narrowLabels() on eight runs' int64 labels (65,536 rows): the WebAssembly path and the JavaScript one,
//     windows alternating between the two (each written by onnxruntime into its own buffer);
//   - the probability check (firstImprobableRow) of each run's two columns, and a memcpy of them (what any check
//     elsewhere than where onnxruntime wrote them, WebAssembly memory for one, would add).
//
// Usage: npx tsx bench/narrowLabels.ts [--passes N]   (bench/evaluate.ts writes the model first)
import { join } from "node:path";
import { parseArgs } from "node:util";

import * as ort from "onnxruntime-node";

import { type HeldLabels, labelBuffer, narrowLabels } from "../src/core/evaluate/narrowLabels.js";
import { planOutputs } from "../src/core/evaluate/predict.js";
import { firstImprobableRow } from "../src/core/evaluate/predictionChecks.js";
import { loadModelFile } from "../src/core/model/onnxModel.js";
import { mulberry32 } from "../src/core/random.js";

const { values: args } = parseArgs({ options: { passes: { type: "string", default: "7" } } });
const PASSES = Number(args.passes);
const ROWS = 1_000_000;
const F = 30;
const BATCH = 8192;
const WINDOW = 8 * BATCH;

const loaded = await loadModelFile(join(import.meta.dirname, "out", "bench-model.onnx"));
const session = await ort.InferenceSession.create(loaded.runnable);
// Inputs of the benchmark's spread (standardised features around 0): both classes occur.
const next = mulberry32(11);
const input = Float32Array.from({ length: BATCH * F }, () => (next() * 2 - 1) * 1.5);
const outputs = planOutputs(loaded);
const [labelName, probaName] = [outputs.label!, outputs.probabilities!];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const times = { wasm: [] as number[], js: [] as number[], check: [] as number[], copy: [] as number[] };
const passMedians = { wasm: [] as number[], js: [] as number[], check: [] as number[], copy: [] as number[] };

const buffers = { wasm: labelBuffer(WINDOW), js: labelBuffer(WINDOW, { webAssembly: false }) };
if (!buffers.wasm.wasm) throw new Error("this runtime has no WebAssembly");
const proba = new Float32Array(ROWS * 2);
const scratch = new Float32Array(BATCH * 2);
let held: HeldLabels = new Int8Array(ROWS);
for (let pass = 0; pass < PASSES; pass++) {
  const before = Object.fromEntries(Object.entries(times).map(([k, v]) => [k, v.length]));
  let window = 0;
  for (let base = 0; base < ROWS;) {
    const kind = window++ % 2 === 0 ? "wasm" : "js";
    const buffer = buffers[kind];
    const start = base;
    for (let pending = 0; pending < WINDOW && base < ROWS;) {
      const n = Math.min(BATCH, ROWS - base);
      await session.run(
        { input: new ort.Tensor("float32", input.subarray(0, n * F), [n, F]) },
        {
          [labelName]: new ort.Tensor("int64", buffer.labels.subarray(pending, pending + n), [n]),
          [probaName]: new ort.Tensor("float32", proba.subarray(base * 2, (base + n) * 2), [n, 2]),
        },
      );
      let t0 = performance.now();
      if (firstImprobableRow(proba, 2, base, n) !== -1) throw new Error("improbable row");
      times.check.push(((performance.now() - t0) * 1e6) / n);
      t0 = performance.now();
      scratch.set(proba.subarray(base * 2, (base + n) * 2));
      times.copy.push(((performance.now() - t0) * 1e6) / n);
      pending += n;
      base += n;
    }
    const t0 = performance.now();
    held = narrowLabels(held, start, buffer, base - start);
    times[kind].push(((performance.now() - t0) * 1e6) / (base - start));
    if (!(held instanceof Int8Array)) throw new Error("labels widened");
  }
  for (const k of Object.keys(times) as (keyof typeof times)[]) passMedians[k].push(median(times[k].slice(before[k])));
}
await session.release();

const show = (k: keyof typeof times) =>
  `${median(times[k]).toFixed(3)} ns/row (pass medians ${Math.min(...passMedians[k]).toFixed(3)}–${Math.max(...passMedians[k]).toFixed(3)}; ${times[k].length} calls)`;
console.log(`predict()'s per-row work on the logistic model's outputs, in cache, ${PASSES} passes over ${ROWS.toLocaleString("en-US")} rows
  narrowLabels, WebAssembly      ${show("wasm")}
  narrowLabels, JavaScript       ${show("js")}
  probability check (2 classes)  ${show("check")}
  memcpy of the probabilities    ${show("copy")}`);

// What predict()'s per-row JavaScript costs, measured where it runs: on the outputs onnxruntime has just written
// (in cache), between the runs of the evaluate benchmark's logistic regression over 1,000,000 rows. A shared 2-core
// machine swings whole-benchmark ratios by ±20 % round to round; one call's time, taken hundreds of times in
// alternation, much less. Reported in ns a row (median, and the range of the passes' medians):
//   - narrowLabels() on eight runs' int64 labels (65,536 rows, as predict() keeps them), windows alternating with
//     the same loop one row at a time (the reference its four-row loop is measured against);
//   - the probability check of each run's two columns (firstImprobableRow), and a memcpy of them: what a check
//     anywhere but where onnxruntime wrote them (WebAssembly memory, for one) would add before checking anything.
//
// Usage: npx tsx bench/perRow.ts [--passes N]   (bench/evaluate.ts writes the model first)
import { join } from "node:path";
import { parseArgs } from "node:util";

import * as ort from "onnxruntime-node";

import { type HeldLabels, narrowLabels } from "../src/core/evaluate/narrowLabels.js";
import { planOutputs } from "../src/core/evaluate/predict.js";
import { firstImprobableRow } from "../src/core/evaluate/predictionChecks.js";
import { loadModelFile } from "../src/core/model/onnxModel.js";
import { mulberry32 } from "../src/core/random.js";

const { values: args } = parseArgs({ options: { passes: { type: "string", default: "9" } } });
const PASSES = Number(args.passes);
const ROWS = 1_000_000;
const F = 30;
const BATCH = 8192;
const WINDOW = 8 * BATCH;

/** narrowLabels' Int8 loop one row at a time (little-endian): the reference. */
function oneRowAtATime(dst: Int8Array, base: number, data: BigInt64Array, n: number): boolean {
  const words = new Int32Array(data.buffer, data.byteOffset, n * 2);
  let bad = 0;
  for (let r = 0, i = 0; r < n; r++, i += 2) {
    const lo = words[i]!;
    bad |= (words[i + 1]! + (lo >>> 31)) | ((lo + 128) & -256);
    dst[base + r] = lo;
  }
  return bad === 0;
}

const loaded = await loadModelFile(join(import.meta.dirname, "out", "bench-model.onnx"));
const session = await ort.InferenceSession.create(loaded.runnable);
const outputs = planOutputs(loaded);
// Inputs of the benchmark's spread (standardised features around 0): both classes occur.
const next = mulberry32(11);
const input = Float32Array.from({ length: BATCH * F }, () => (next() * 2 - 1) * 1.5);

type Kind = "narrowLabels" | "oneRow" | "check" | "copy";
const kinds: Kind[] = ["narrowLabels", "oneRow", "check", "copy"];
const times = Object.fromEntries(kinds.map((k) => [k, [] as number[]])) as Record<Kind, number[]>;
const passMedians = Object.fromEntries(kinds.map((k) => [k, [] as number[]])) as Record<Kind, number[]>;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const labels = new BigInt64Array(WINDOW);
const proba = new Float32Array(ROWS * 2);
const scratch = new Float32Array(BATCH * 2);
let held: HeldLabels = new Int8Array(ROWS);
for (let pass = 0; pass < PASSES; pass++) {
  const before = Object.fromEntries(kinds.map((k) => [k, times[k].length])) as Record<Kind, number>;
  for (let base = 0, window = 0; base < ROWS; window++) {
    const start = base;
    for (let pending = 0; pending < WINDOW && base < ROWS;) {
      const n = Math.min(BATCH, ROWS - base);
      await session.run(
        { input: new ort.Tensor("float32", input.subarray(0, n * F), [n, F]) },
        {
          [outputs.label!]: new ort.Tensor("int64", labels.subarray(pending, pending + n), [n]),
          [outputs.probabilities!]: new ort.Tensor("float32", proba.subarray(base * 2, (base + n) * 2), [n, 2]),
        },
      );
      let t0 = performance.now();
      if (firstImprobableRow(proba, 2, base, n) !== -1) throw new Error("a row that is not a distribution");
      times.check.push(((performance.now() - t0) * 1e6) / n);
      t0 = performance.now();
      scratch.set(proba.subarray(base * 2, (base + n) * 2));
      times.copy.push(((performance.now() - t0) * 1e6) / n);
      pending += n;
      base += n;
    }
    const n = base - start;
    const t0 = performance.now();
    if (window % 2 === 0) held = narrowLabels(held, start, labels, n);
    else if (!oneRowAtATime(held as Int8Array, start, labels, n)) throw new Error("labels beyond Int8");
    times[window % 2 === 0 ? "narrowLabels" : "oneRow"].push(((performance.now() - t0) * 1e6) / n);
    if (!(held instanceof Int8Array)) throw new Error("labels beyond Int8");
  }
  for (const k of kinds) passMedians[k].push(median(times[k].slice(before[k])));
}
await session.release();

const show = (k: Kind) =>
  `${median(times[k]).toFixed(3)} ns/row (pass medians ${Math.min(...passMedians[k]).toFixed(3)}–${Math.max(...passMedians[k]).toFixed(3)}; ${times[k].length} calls)`;
console.log(`predict()'s per-row work on the logistic model's outputs, in cache, ${PASSES} passes over ${ROWS.toLocaleString("en-US")} rows
  narrowLabels (int64 → Int8)          ${show("narrowLabels")}
  the same, one row at a time          ${show("oneRow")}
  probability check (2 classes)        ${show("check")}
  memcpy of the probabilities          ${show("copy")}`);

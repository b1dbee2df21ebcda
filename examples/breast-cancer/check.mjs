#!/usr/bin/env node
// Independent check of a written model: load it with onnxruntime-node (the runtime the gate itself
// uses), score the holdout CSV and print accuracy. If onnx.mjs wrote a malformed protobuf or a wrong
// graph, onnxruntime refuses to load or run it, so a printed accuracy is proof the file is real.
//
//   node examples/breast-cancer/check.mjs --model <model.onnx> [--data <holdout.csv>] [--target target]
// Run from /work/main so that onnxruntime-node resolves from the project's node_modules.

import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";

import * as ort from "onnxruntime-node";

import { readCsv } from "./csv.mjs";

const { values: args } = parseArgs({
  options: {
    model: { type: "string" },
    data: { type: "string", default: "test/fixtures/breast_cancer_holdout.csv" },
    target: { type: "string", default: "target" },
  },
});
if (!args.model) {
  console.error("check: missing --model");
  process.exit(2);
}

const { features, X, y } = readCsv(args.data, args.target);
const n = X.length;
const d = features.length;

// Load from bytes rather than a path so the check reads exactly the file on disk, nothing cached.
const session = await ort.InferenceSession.create(readFileSync(args.model));
console.log(`check: ${args.model} inputs=[${session.inputNames}] outputs=[${session.outputNames}]`);

const input = new ort.Tensor("float32", Float32Array.from(X.flat()), [n, d]);
const out = await session.run({ input });
const label = out.label;
const probs = out.probabilities;

// Contract checks (same as docs for the reference fixture model): shapes, dtypes and rows summing to 1.
const problems = [];
if (label.type !== "int64" || label.dims.join() !== `${n}`) problems.push(`label is ${label.type} [${label.dims}]`);
if (probs.type !== "float32" || probs.dims.join() !== `${n},2`)
  problems.push(`probabilities is ${probs.type} [${probs.dims}]`);

let correct = 0;
let loss = 0;
for (let i = 0; i < n; i++) {
  const [p0, p1] = [probs.data[2 * i], probs.data[2 * i + 1]];
  if (Math.abs(p0 + p1 - 1) > 1e-5) problems.push(`row ${i}: probabilities sum to ${p0 + p1}`);
  if (Number(label.data[i]) !== (p1 > p0 ? 1 : 0)) problems.push(`row ${i}: label disagrees with probabilities`);
  if (Number(label.data[i]) === y[i]) correct++;
  const p = Math.min(Math.max(y[i] === 1 ? p1 : p0, 1e-15), 1);
  loss -= Math.log(p);
}

console.log(`check: ${n} rows from ${args.data}`);
console.log(`check: accuracy=${(correct / n).toFixed(4)} log_loss=${(loss / n).toFixed(4)} (${correct}/${n} correct)`);
if (problems.length) {
  console.error(`check: ${problems.length} problem(s):\n  ${problems.slice(0, 10).join("\n  ")}`);
  process.exit(1);
}

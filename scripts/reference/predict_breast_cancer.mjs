// Runs test/fixtures/breast_cancer_logreg.onnx on test/fixtures/breast_cancer_holdout.csv with onnxruntime-node and
// writes test/fixtures/reference/breast_cancer_predictions.json ({ y_true, y_pred, proba1 }), the input of
// scripts/reference/compute_metrics.py (Python's onnxruntime is not available from Debian, so Node runs the model).
// Run from the repository root: node scripts/reference/predict_breast_cancer.mjs
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

import ort from "onnxruntime-node";

const root = new URL("../..", import.meta.url).pathname;
const fixtures = join(root, "test/fixtures");
const ortVersion = createRequire(import.meta.url)("onnxruntime-node/package.json").version;

// The holdout file has a header row, 30 feature columns then `target`, and no quoted fields.
const lines = readFileSync(join(fixtures, "breast_cancer_holdout.csv"), "utf8")
  .split("\n")
  .filter((l) => l !== "");
const header = lines[0].split(",");
if (header.length !== 31 || header[30] !== "target") throw new Error(`unexpected header: ${lines[0]}`);
const rows = lines.slice(1).map((l) => l.split(",").map(Number));
const n = rows.length;
const features = new Float32Array(n * 30);
const yTrue = [];
rows.forEach((r, i) => {
  if (r.length !== 31 || r.some((v) => !Number.isFinite(v))) throw new Error(`bad row ${i + 2}`);
  features.set(r.slice(0, 30), i * 30);
  yTrue.push(r[30]);
});

const session = await ort.InferenceSession.create(join(fixtures, "breast_cancer_logreg.onnx"));
const out = await session.run({ input: new ort.Tensor("float32", features, [n, 30]) });
const label = out.label.data; // BigInt64Array
const proba = out.probabilities.data; // Float32Array, [n, 2] row-major
const yPred = Array.from(label, (v) => Number(v));
// Each float32 value read from a Float32Array is exactly representable as a JS number (float64), and
// JSON.stringify writes the shortest string that reads back to that same float64.
const proba1 = Array.from({ length: n }, (_, i) => proba[i * 2 + 1]);

const result = {
  generated_by: `scripts/reference/predict_breast_cancer.mjs (node ${process.version}, onnxruntime-node ${ortVersion})`,
  model: "test/fixtures/breast_cancer_logreg.onnx",
  data: "test/fixtures/breast_cancer_holdout.csv",
  n,
  y_true: yTrue,
  y_pred: yPred,
  proba1,
};
const target = join(fixtures, "reference/breast_cancer_predictions.json");
writeFileSync(target, JSON.stringify(result) + "\n");
console.log(`wrote ${target.slice(root.length)}: ${n} rows`);

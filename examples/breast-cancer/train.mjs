#!/usr/bin/env node
// Trains an L2-regularised logistic regression on a CSV and writes it as an ONNX model plus a metrics
// JSON, the way a real project's training step would feed a model gate.
//
//   node examples/breast-cancer/train.mjs --data <train.csv> --target target --out <model.onnx> \
//     --metrics <metrics.json> [--params <params.yaml|json>] [--zipmap]
//
// --zipmap exports the probabilities as scikit-learn's converter does by default: a ZipMap node giving a sequence
// of {class: probability} maps.
//
// Plain Node, no dependencies: full-batch gradient descent from zero weights has no randomness, so the
// same data and params give the same weights and (via onnx.mjs) the same ONNX bytes on every run.

import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { parseArgs } from "node:util";

import { readCsv } from "./csv.mjs";
import { attr, DataType, graph, model, node, seqMapValueInfo, valueInfo } from "./onnx.mjs";

// Defaults reach ~98% holdout accuracy (like the sklearn fixture model). l2 is per row because the loss
// is a mean: sklearn's C=1 on 426 rows would be l2 = 1/426 ~ 0.0023; 0.01 is a little smoother.
const DEFAULTS = { learning_rate: 0.5, epochs: 1000, l2: 0.01, features: null };

const { values: args } = parseArgs({
  options: {
    data: { type: "string" },
    target: { type: "string", default: "target" },
    out: { type: "string" },
    metrics: { type: "string" },
    params: { type: "string" },
    zipmap: { type: "boolean", default: false },
  },
});
for (const k of ["data", "out", "metrics"]) if (!args[k]) fail(`missing --${k}`);

function fail(msg) {
  console.error(`train: ${msg}`);
  process.exit(2);
}

// Flat YAML only (`key: value`, `# comments`, a list as `[a, b]` or as `- item` lines under `key:`),
// because pulling in a YAML parser for three scalars and a list would break "no new dependencies".
function parseYamlFlat(text) {
  const out = {};
  let listKey = null;
  const scalar = (s) => {
    s = s.trim();
    if (/^(["']).*\1$/.test(s)) return s.slice(1, -1);
    if (s === "true" || s === "false") return s === "true";
    if (s === "null" || s === "~") return null;
    return s !== "" && Number.isFinite(Number(s)) ? Number(s) : s;
  };
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/(^|\s)#.*$/, "").trimEnd();
    if (line.trim() === "") continue;
    const item = line.match(/^\s*-\s+(.*)$/);
    if (item && listKey) out[listKey].push(scalar(item[1]));
    else {
      const kv = line.match(/^([A-Za-z_][\w-]*)\s*:\s*(.*)$/);
      if (!kv) throw new Error(`cannot parse params line: "${raw}"`);
      const [, k, v] = kv;
      listKey = v === "" ? k : null;
      const inline = /^\[(.*)\]$/.exec(v); // `[a, b]`: names never contain commas in these fixtures
      const items = inline ? inline[1].split(",").filter((s) => s.trim()) : [];
      out[k] = v === "" ? [] : inline ? items.map(scalar) : scalar(v);
    }
  }
  return out;
}

// Unknown keys are errors, not ignored: a typo like `learnig_rate` would otherwise silently train with
// defaults and the gate would be judging a different model than the author meant.
function loadParams(path, featureNames) {
  const given = !path
    ? {}
    : path.endsWith(".json")
      ? JSON.parse(readFileSync(path, "utf8"))
      : parseYamlFlat(readFileSync(path, "utf8"));
  for (const k of Object.keys(given)) if (!(k in DEFAULTS)) fail(`${path}: unknown param "${k}"`);
  const p = { ...DEFAULTS, ...given };
  if (!(p.learning_rate > 0)) fail("learning_rate must be > 0");
  if (!Number.isInteger(p.epochs) || p.epochs < 1) fail("epochs must be a positive integer");
  if (!(p.l2 >= 0)) fail("l2 must be >= 0");
  if (p.features !== null) {
    if (!Array.isArray(p.features) || p.features.length === 0) fail("features must be a non-empty list");
    for (const f of p.features) if (!featureNames.includes(f)) fail(`unknown feature "${f}"`);
  }
  return p;
}

const sigmoid = (z) => 1 / (1 + Math.exp(-z));

// Accuracy and mean log loss; probabilities are clipped like sklearn so one confident miss is finite.
function evaluate(Z, y, w, b) {
  let correct = 0;
  let loss = 0;
  Z.forEach((row, i) => {
    const p = Math.min(Math.max(sigmoid(row.reduce((s, v, j) => s + v * w[j], b)), 1e-15), 1 - 1e-15);
    if ((p > 0.5 ? 1 : 0) === y[i]) correct++;
    loss -= y[i] * Math.log(p) + (1 - y[i]) * Math.log(1 - p);
  });
  return { accuracy: correct / y.length, log_loss: loss / y.length };
}

const { features, X, y } = readCsv(args.data, args.target);
const params = loadParams(args.params, features);
const n = X.length;
const d = features.length;
console.log(`train: ${n} rows, ${d} features, target "${args.target}" from ${args.data}`);
console.log(`train: params ${JSON.stringify(params)}`);

// Standardise with training statistics only (population std, as sklearn's StandardScaler); a constant
// column gets scale 1 so the exported Div never divides by zero.
const mean = features.map((_, j) => X.reduce((s, r) => s + r[j], 0) / n);
const scale = features.map((_, j) => Math.sqrt(X.reduce((s, r) => s + (r[j] - mean[j]) ** 2, 0) / n) || 1);
const Z = X.map((r) => r.map((v, j) => (v - mean[j]) / scale[j]));

// Feature mask: excluded features keep weight exactly 0, so the model still takes all d inputs (same
// ONNX interface as the full model) but ignores them.
const use = features.map((f) => params.features === null || params.features.includes(f));

// Full-batch gradient descent on mean log loss + (l2/2)·|w|², intercept not penalised.
const w = new Array(d).fill(0);
let b = 0;
const every = Math.max(1, Math.round(params.epochs / 10));
for (let epoch = 1; epoch <= params.epochs; epoch++) {
  const gw = new Array(d).fill(0);
  let gb = 0;
  for (let i = 0; i < n; i++) {
    const err = sigmoid(Z[i].reduce((s, v, j) => s + v * w[j], b)) - y[i];
    for (let j = 0; j < d; j++) gw[j] += err * Z[i][j];
    gb += err;
  }
  for (let j = 0; j < d; j++) if (use[j]) w[j] -= params.learning_rate * (gw[j] / n + params.l2 * w[j]);
  b -= params.learning_rate * (gb / n);
  if (epoch === 1 || epoch % every === 0 || epoch === params.epochs) {
    const m = evaluate(Z, y, w, b);
    console.log(
      `epoch ${epoch}/${params.epochs}  log_loss=${m.log_loss.toFixed(4)}  accuracy=${m.accuracy.toFixed(4)}`,
    );
  }
}

// The ONNX file stores float32; round once here so the metrics describe the exported parameters.
const f32 = (a) => a.map((v) => Math.fround(v));
const [mean32, scale32, w32, b32] = [f32(mean), f32(scale), f32(w), Math.fround(b)];
const Z32 = X.map((r) => r.map((v, j) => (v - mean32[j]) / scale32[j]));
const trainMetrics = evaluate(Z32, y, w32, b32);

// Graph: Sub(mean) → Div(scale) → MatMul(W) → Add(b) → Sigmoid = p1; p0 = 1 − p1;
// Concat(axis=1) → probabilities [N,2]; ArgMax(axis=1, keepdims=0) → label [N] int64.
const F = DataType.FLOAT;
const onnxGraph = graph({
  name: "breast_cancer_logreg",
  docString: `StandardScaler + L2 logistic regression; features used: ${use.filter(Boolean).length}/${d}`,
  initializers: [
    { name: "scaler_mean", dims: [d], dataType: F, floats: mean32 },
    { name: "scaler_scale", dims: [d], dataType: F, floats: scale32 },
    { name: "coef", dims: [d, 1], dataType: F, floats: w32 },
    { name: "intercept", dims: [1], dataType: F, floats: [b32] },
    { name: "one", dims: [1], dataType: F, floats: [1] },
  ],
  nodes: [
    node({ name: "center", opType: "Sub", inputs: ["input", "scaler_mean"], outputs: ["centered"] }),
    node({ name: "scale", opType: "Div", inputs: ["centered", "scaler_scale"], outputs: ["scaled"] }),
    node({ name: "matmul", opType: "MatMul", inputs: ["scaled", "coef"], outputs: ["logit_raw"] }),
    node({ name: "bias", opType: "Add", inputs: ["logit_raw", "intercept"], outputs: ["logit"] }),
    node({ name: "sigmoid", opType: "Sigmoid", inputs: ["logit"], outputs: ["p1"] }),
    node({ name: "complement", opType: "Sub", inputs: ["one", "p1"], outputs: ["p0"] }),
    node({
      name: "concat",
      opType: "Concat",
      inputs: ["p0", "p1"],
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
    ...(args.zipmap
      ? [
          node({
            name: "zipmap",
            opType: "ZipMap",
            domain: "ai.onnx.ml",
            inputs: ["probabilities"],
            outputs: ["output_probability"],
            attributes: [attr.ints("classlabels_int64s", [0, 1])],
          }),
        ]
      : []),
  ],
  inputs: [valueInfo("input", F, ["N", d])],
  outputs: [
    valueInfo("label", DataType.INT64, ["N"]),
    args.zipmap ? seqMapValueInfo("output_probability", DataType.INT64) : valueInfo("probabilities", F, ["N", 2]),
  ],
});
const bytes = model({
  irVersion: 8,
  producerName: "modelgate-example-trainer",
  producerVersion: "0.1.0",
  modelVersion: 1,
  docString: `Trained on ${n} rows; params ${JSON.stringify(params)}`,
  graph: onnxGraph,
  opsets: [{ domain: "", version: 17 }, ...(args.zipmap ? [{ domain: "ai.onnx.ml", version: 1 }] : [])],
});

for (const p of [args.out, args.metrics]) mkdirSync(dirname(p), { recursive: true });
writeFileSync(args.out, bytes);
writeFileSync(args.metrics, JSON.stringify({ train: trainMetrics }, null, 2) + "\n");
console.log(`train: accuracy=${trainMetrics.accuracy.toFixed(4)} log_loss=${trainMetrics.log_loss.toFixed(4)}`);
console.log(`train: wrote ${args.out} (${bytes.length} bytes) and ${args.metrics}`);

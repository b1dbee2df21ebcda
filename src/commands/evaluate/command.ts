import { choice, defineCommand, file, type InputOf, list, number, output, text } from "../command.js";
import { readInputs } from "../readOptions.js";

const inputs = {
  model: file("The ONNX model.", { required: true, config: "evaluation.model" }),
  data: file("The holdout data (with the target column).", { required: true, config: "evaluation.data" }),
  target: text("The target column (default: the schema's target).", {
    config: "evaluation.target",
    placeholder: "<column>",
  }),
  schema: file("A schema whose `target` and column order give the defaults.", { config: "schema" }),
  features: list("Feature columns in model input order (default: every column but the target, in file order).", {
    config: "evaluation.features",
  }),
  task: choice("classification or regression (default: from the model's outputs).", ["classification", "regression"], {
    config: "evaluation.task",
    placeholder: "<task>",
  }),
  threshold: number("Decision threshold on the positive class probability (default: the model's label output).", {
    min: 0,
    max: 1,
    config: "evaluation.threshold",
    placeholder: "<p>",
  }),
  positiveLabel: text('The positive class (default "1", or the second class).', {
    config: "evaluation.positive_label",
    placeholder: "<label>",
  }),
  slices: list("Columns to compute metrics per value (or per quartile of a numeric column) of.", {
    config: "evaluation.slices",
  }),
  sensitive: list("Columns to compute fairness metrics across (fairlearn definitions).", {
    config: "evaluation.sensitive",
  }),
  batchSize: number("Rows per inference batch.", {
    min: 1,
    max: 1 << 20,
    integer: true,
    default: 8192,
    placeholder: "<rows>",
  }),
  predictions: output(
    "Also write every row's prediction (Arrow IPC: y_true, y_pred, proba_<k> or prediction), for gate rules `with N% confidence`.",
    { config: "evaluation.predictions" },
  ),
  out: output("Where to write evaluation.json.", { config: "evaluation.out", default: "evaluation.json" }),
  ...readInputs,
};

export type EvaluateInput = InputOf<typeof inputs>;

export const evaluate = defineCommand({
  name: "evaluate",
  words: ["evaluate"],
  summary:
    "Evaluate the ONNX model itself on holdout data with onnxruntime: signature, metrics, slices, fairness, latency.",
  action: { dir: "evaluate" },
  inputs,
  outputs: [
    { name: "evaluation-path", description: "Path of evaluation.json." },
    { name: "predictions-path", description: "Path of the per-row predictions, when written." },
    { name: "model-sha256", description: "sha256 of the model file evaluated." },
    { name: "task", description: "classification or regression." },
    { name: "metrics", description: "The overall metrics, as JSON." },
  ],
  run: async (input, io) => (await import("./run.js")).runEvaluate(input, io),
});

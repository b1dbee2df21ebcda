import { extname } from "node:path";

import { readStructuredFile } from "../config/yamlFile.js";
import { InputError } from "../errors.js";
import type { Evaluation } from "../evaluate/evaluate.js";
import { metricsOfEvaluation, type MetricSource } from "./gate.js";

function flatten(
  value: unknown,
  path: string,
  out: Map<string, number>,
  nulls: Map<string, unknown>,
  file: string,
): void {
  // `{"train.loss": 1, "train": {"loss": 0}}` names one metric twice: which one a rule judged would hang on key order.
  if ((typeof value === "number" || typeof value === "boolean" || value === null) && (out.has(path) || nulls.has(path)))
    throw new InputError(file, { path }, "the metric is given twice (as a dotted key and as nested keys)");
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new InputError(file, { path }, `the metric is ${value}, not a finite number`);
    out.set(path, value);
  } else if (typeof value === "boolean") {
    out.set(path, value ? 1 : 0);
  } else if (value === null) {
    // Kept aside, not refused here: a script may write null for what it did not measure; a rule naming it is refused.
    if (path) nulls.set(path, null);
  } else if (typeof value === "object" && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) flatten(v, path ? `${path}.${k}` : k, out, nulls, file);
  } else if (typeof value === "string") {
    throw new InputError(file, { path }, `the metric is the text ${JSON.stringify(value)}, not a number`);
  }
  // Arrays (confusion matrices and the like) are not metrics a rule can name.
}

/**
 * Metrics to gate on or compare with: an evaluation.json (everything evaluate measured), or any metrics file
 * (JSON or YAML; nested keys become dotted names, as DVC writes them). NaN, infinities and text are errors; a null
 * is refused only by a rule that names it.
 */
export async function loadMetricSource(file: string, label: string): Promise<MetricSource> {
  const yaml = [".yml", ".yaml"].includes(extname(file).toLowerCase());
  let value = await readStructuredFile(file, yaml ? "yaml" : "json");
  if (value !== null && typeof value === "object" && (value as { kind?: unknown }).kind === "modelgate.evaluation") {
    return metricsOfEvaluation(value as Evaluation, label);
  }
  // A run.json (from `modelgate train`): its metrics are what the script reported.
  if (value !== null && typeof value === "object" && (value as { kind?: unknown }).kind === "modelgate.run") {
    // A run that failed or timed out may have written metrics before it stopped: never a result to pass.
    const run = value as { metrics: unknown; exit_code?: unknown; timed_out?: unknown };
    if (run.exit_code !== 0 || run.timed_out !== false)
      throw new InputError(
        file,
        { path: "exit_code" },
        `the training run ${run.timed_out === true ? "timed out" : `failed (exit ${String(run.exit_code)})`}: the metrics of a run that did not succeed are not gated`,
      );
    value = run.metrics;
  }
  if (value === null || typeof value !== "object" || Array.isArray(value))
    throw new InputError(file, undefined, "a metrics file must hold an object of named numbers");
  const values = new Map<string, number>();
  const unusable = new Map<string, unknown>();
  flatten(value, "", values, unusable, file);
  if (values.size === 0) throw new InputError(file, undefined, "no metrics in the file");
  return { label, values, unusable, modelSha256: null, dataSha256: null };
}

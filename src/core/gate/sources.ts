import { extname } from "node:path";

import { flattenDotted } from "../config/dotted.js";
import { readStructuredFile } from "../config/yamlFile.js";
import { InputError } from "../errors.js";
import type { Evaluation } from "../evaluate/evaluate.js";
import { metricsOfEvaluation, type MetricSource } from "./gate.js";

/**
 * A metrics file's leaves as metrics: finite numbers, booleans as 1 and 0. NaN, infinities and text are errors; a
 * null is kept aside, not refused here: a script may write null for what it did not measure, and a rule naming it
 * is refused. Arrays (confusion matrices and the like) are not metrics a rule can name.
 */
function metricsOfFile(value: unknown, file: string): { values: Map<string, number>; unusable: Map<string, unknown> } {
  const values = new Map<string, number>();
  const unusable = new Map<string, unknown>();
  for (const [path, x] of flattenDotted(value, { arrays: "skip", file, what: "metric" })) {
    if (typeof x === "number") {
      if (!Number.isFinite(x)) throw new InputError(file, { path }, `the metric is ${x}, not a finite number`);
      values.set(path, x);
    } else if (typeof x === "boolean") values.set(path, x ? 1 : 0);
    else if (x === null) unusable.set(path, null);
    else if (typeof x === "string")
      throw new InputError(file, { path }, `the metric is the text ${JSON.stringify(x)}, not a number`);
  }
  return { values, unusable };
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
  const { values, unusable } = metricsOfFile(value, file);
  if (values.size === 0) throw new InputError(file, undefined, "no metrics in the file");
  return { label, values, unusable, modelSha256: null, dataSha256: null };
}

import { readFile } from "node:fs/promises";
import { extname } from "node:path";

import { parse as parseYaml } from "yaml";

import { errorMessage, InputError, jsonSyntaxProblem, unreadable } from "../errors.js";
import type { Evaluation } from "../evaluate/evaluate.js";
import { metricsOfEvaluation, type MetricSource } from "./gate.js";

function flatten(value: unknown, path: string, out: Map<string, number>, file: string): void {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new InputError(file, { path }, `the metric is ${value}, not a finite number`);
    out.set(path, value);
  } else if (typeof value === "boolean") {
    out.set(path, value ? 1 : 0);
  } else if (value !== null && typeof value === "object" && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) flatten(v, path ? `${path}.${k}` : k, out, file);
  } else if (typeof value === "string") {
    throw new InputError(file, { path }, `the metric is the text ${JSON.stringify(value)}, not a number`);
  }
  // Arrays (confusion matrices and the like) are not metrics a rule can name.
}

/**
 * Metrics to gate on or compare with: an evaluation.json (everything evaluate measured), or any metrics file
 * (JSON or YAML; nested keys become dotted names, as DVC writes them). NaN, infinities and text are errors.
 */
export async function loadMetricSource(file: string, label: string): Promise<MetricSource> {
  const text = await readFile(file, "utf8").catch((e: unknown) => Promise.reject(unreadable(file, e)));
  let value: unknown;
  const yaml = [".yml", ".yaml"].includes(extname(file).toLowerCase());
  try {
    value = yaml ? parseYaml(text) : JSON.parse(text);
  } catch (e) {
    throw new InputError(file, undefined, yaml ? `not valid YAML (${errorMessage(e)})` : jsonSyntaxProblem(text, e));
  }
  if (value !== null && typeof value === "object" && (value as { kind?: unknown }).kind === "modelgate.evaluation") {
    return metricsOfEvaluation(value as Evaluation, label);
  }
  // A run.json (from `modelgate train`): its metrics are what the script reported.
  if (value !== null && typeof value === "object" && (value as { kind?: unknown }).kind === "modelgate.run") {
    value = (value as { metrics: unknown }).metrics;
  }
  if (value === null || typeof value !== "object" || Array.isArray(value))
    throw new InputError(file, undefined, "a metrics file must hold an object of named numbers");
  const values = new Map<string, number>();
  flatten(value, "", values, file);
  if (values.size === 0) throw new InputError(file, undefined, "no metrics in the file");
  return { label, values, modelSha256: null, dataSha256: null };
}

import { loadYamlFile } from "../core/config/yamlFile.js";
import { sha256File } from "../core/data/fileHash.js";
import { openTable } from "../core/data/open.js";
import { InputError } from "../core/errors.js";
import { evaluateModel } from "../core/evaluate/evaluate.js";
import type { Task } from "../core/evaluate/predict.js";
import { writeRowPredictions } from "../core/evaluate/rowPredictions.js";
import { loadModelFile } from "../core/model/onnxModel.js";
import { writeOutput } from "../core/outputFile.js";
import { evaluationMarkdown, formatMetric } from "../core/render/evaluationRender.js";
import { type SchemaFile, schemaFileSchema } from "../core/schema/schema.js";
import { type CommandIO, type Inputs, numberOption, printResult, shown } from "./io.js";
import { readOptionsOf } from "./readOptions.js";

/**
 * The schema's columns but the target and the sensitive ones, in the schema's order: the model's input order when
 * the data file orders its columns otherwise. A feature the schema types as text, boolean or datetime cannot feed
 * a float32 input: one line.
 */
function schemaFeatures(schema: SchemaFile, file: string, target: string, sensitive: unknown): string[] {
  const exclude = new Set([target, ...(Array.isArray(sensitive) ? (sensitive as string[]) : [])]);
  const fields = schema.fields.filter((f) => !exclude.has(f.name));
  const bad = fields.find((f) => f.type !== "number" && f.type !== "integer");
  if (bad)
    throw new InputError(
      file,
      { column: bad.name },
      `the feature is typed ${bad.type} in the schema; the model's float32 input takes integer or number columns (name the features with --features to leave it out)`,
    );
  return fields.map((f) => f.name);
}

/** `modelgate evaluate`: writes evaluation.json; unusable model or data throws (exit 2). */
export async function runEvaluate(inputs: Inputs, io: CommandIO): Promise<number> {
  const task = inputs.task as string | undefined;
  if (task !== undefined && task !== "classification" && task !== "regression")
    throw new InputError(
      undefined,
      undefined,
      `--task must be classification or regression, not ${JSON.stringify(task)}`,
    );
  const schema = typeof inputs.schema === "string" ? await loadYamlFile(inputs.schema, schemaFileSchema) : null;
  const target = (inputs.target as string | undefined) ?? schema?.target;
  if (!target) throw new InputError(undefined, undefined, "--target is required (or a schema with `target`)");
  const model = await loadModelFile(inputs.model as string);
  const data = inputs.data as string;
  const source = await openTable(data, readOptionsOf(inputs));
  const out = (inputs.out as string | undefined) ?? `${io.cwd}/evaluation.json`;
  let evaluation, predictions;
  try {
    const threshold = numberOption("threshold", inputs.threshold, { min: 0, max: 1 });
    const batchSize = numberOption("batch-size", inputs.batchSize, { min: 1, max: 1 << 20 });
    ({ evaluation, predictions } = await evaluateModel({
      model,
      source,
      dataSha256: await sha256File(data),
      target,
      ...(Array.isArray(inputs.features)
        ? { features: inputs.features }
        : schema
          ? { features: schemaFeatures(schema, inputs.schema as string, target, inputs.sensitive) }
          : {}),
      ...(task ? { task: task as Task } : {}),
      ...(threshold !== undefined ? { threshold } : {}),
      ...(typeof inputs.positiveLabel === "string" ? { positiveLabel: inputs.positiveLabel } : {}),
      ...(batchSize !== undefined ? { batchSize: Math.floor(batchSize) } : {}),
      ...(Array.isArray(inputs.slices) ? { slices: inputs.slices } : {}),
      ...(Array.isArray(inputs.sensitive) ? { sensitive: inputs.sensitive } : {}),
      memory: () => process.memoryUsage().rss,
      ...(io.progress ? { onProgress: io.progress } : {}),
    }));
  } finally {
    await source.close();
  }
  evaluation.model.path = shown(evaluation.model.path, io.cwd);
  evaluation.data.path = shown(evaluation.data.path, io.cwd);
  await writeOutput(out, `${JSON.stringify(evaluation, null, 2)}\n`);
  const predictionsOut = inputs.predictions as string | undefined;
  if (predictionsOut) await writeRowPredictions(predictionsOut, predictions);
  const headline = Object.entries(evaluation.metrics)
    .filter(([k]) => ["accuracy", "f1", "roc_auc", "log_loss", "rmse", "r2", "latency_p95_ms"].includes(k))
    .map(([k, v]) => `${k} ${formatMetric(k, v)}`)
    .join(", ");
  const wrote = [out, ...(predictionsOut ? [predictionsOut] : [])].map((f) => shown(f, io.cwd)).join(" and ");
  const human = `evaluated ${evaluation.model.path} on ${evaluation.data.rows} rows (${evaluation.task}): ${headline}\nwrote ${wrote}\n`;
  printResult(io, human, evaluation);
  await io.platform.writeSummary(evaluationMarkdown(evaluation));
  await io.platform.setOutputs({
    "evaluation-path": out,
    ...(predictionsOut ? { "predictions-path": predictionsOut } : {}),
    "model-sha256": evaluation.model.sha256,
    task: evaluation.task,
    metrics: JSON.stringify(evaluation.metrics),
  });
  return 0;
}

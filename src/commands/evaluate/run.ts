import { loadYamlFile } from "../../core/config/yamlFile.js";
import { sha256File } from "../../core/data/fileHash.js";
import { openTable } from "../../core/data/open.js";
import { InputError } from "../../core/errors.js";
import { evaluateModel } from "../../core/evaluate/evaluate.js";
import { writeRowPredictions } from "../../core/evaluate/rowPredictions.js";
import { formatMetric, headlineMetrics } from "../../core/metrics/catalogue.js";
import { loadModelFile } from "../../core/model/onnxModel.js";
import { writeOutput } from "../../core/outputFile.js";
import { evaluationMarkdown } from "../../core/render/evaluationRender.js";
import { type SchemaFile, schemaFileSchema } from "../../core/schema/schema.js";
import { type CommandIO, printResult, shown } from "../io.js";
import { readOptionsOf } from "../readOptions.js";
import type { EvaluateInput } from "./command.js";

/**
 * The schema's columns but the target and the sensitive ones, in the schema's order: the model's input order when
 * the data file orders its columns otherwise. A feature the schema types as text, boolean or datetime cannot feed
 * a float32 input: one line.
 */
function schemaFeatures(schema: SchemaFile, file: string, target: string, sensitive: string[] = []): string[] {
  const exclude = new Set([target, ...sensitive]);
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
export async function runEvaluate(input: EvaluateInput, io: CommandIO): Promise<number> {
  const { task, threshold, batchSize, data, out } = input;
  const schema = input.schema !== undefined ? await loadYamlFile(input.schema, schemaFileSchema) : null;
  const target = input.target ?? schema?.target;
  if (!target) throw new InputError(undefined, undefined, "--target is required (or a schema with `target`)");
  const model = await loadModelFile(input.model);
  const source = await openTable(data, readOptionsOf(input));
  let evaluation, predictions;
  try {
    ({ evaluation, predictions } = await evaluateModel({
      model,
      source,
      dataSha256: await sha256File(data),
      target,
      ...(input.features
        ? { features: input.features }
        : schema && input.schema
          ? { features: schemaFeatures(schema, input.schema, target, input.sensitive) }
          : {}),
      ...(task ? { task } : {}),
      ...(threshold !== undefined ? { threshold } : {}),
      ...(input.positiveLabel !== undefined ? { positiveLabel: input.positiveLabel } : {}),
      batchSize,
      ...(input.slices ? { slices: input.slices } : {}),
      ...(input.sensitive ? { sensitive: input.sensitive } : {}),
      memory: () => process.memoryUsage().rss,
      ...(io.progress ? { onProgress: io.progress } : {}),
    }));
  } finally {
    await source.close();
  }
  evaluation.model.path = shown(evaluation.model.path, io.cwd);
  evaluation.data.path = shown(evaluation.data.path, io.cwd);
  await writeOutput(out, `${JSON.stringify(evaluation, null, 2)}\n`);
  const predictionsOut = input.predictions;
  if (predictionsOut) await writeRowPredictions(predictionsOut, predictions);
  const headline = headlineMetrics(evaluation.metrics)
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

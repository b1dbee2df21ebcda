// Per-row predictions, saved beside evaluation.json so a gate can compare two models row by row (paired bootstrap)
// without running either model again. Stored as an Arrow IPC file: columnar, compact, and readable by pandas/polars.
import { readFile } from "node:fs/promises";

import { makeVector, Schema, Table, tableFromIPC, tableToIPC, Utf8, vectorFromArray } from "apache-arrow";
import { z } from "zod";

import { errorMessage, InputError, unreadable } from "../errors.js";
import { writeOutput } from "../outputFile.js";
import { assertRegularFile } from "../regularFile.js";
import { type Predictions, TargetCodes, targetTexts, type Task } from "./predict.js";
import type { ClassificationView } from "./score.js";

export interface RowPredictions {
  task: Task;
  modelSha256: string;
  dataSha256: string;
  /** Classification: the class names (probability column order) and the positive class. */
  classes: string[] | null;
  positive: string | null;
  /** The target as text (classification) or numbers (regression). */
  yTrue: string[];
  yTrueValue: Float64Array;
  /** Classification: the predicted label of each row after the decision threshold. */
  yPred: string[] | null;
  /** Classification: row-major class probabilities, `classes.length` wide. */
  proba: Float32Array | null;
  /** Regression: the predicted value of each row. */
  values: Float64Array | null;
}

const metaSchema = z.object({
  kind: z.literal("modelgate.predictions"),
  version: z.literal(1),
  task: z.enum(["classification", "regression"]),
  model_sha256: z.string(),
  data_sha256: z.string(),
  classes: z.array(z.string()).nullable(),
  positive: z.string().nullable(),
});

/** The rows of an evaluation, from the model's predictions and the view the metrics were computed on. */
export function rowPredictions(
  p: Predictions,
  view: ClassificationView | null,
  modelSha256: string,
  dataSha256: string,
): RowPredictions {
  return {
    task: view ? "classification" : "regression",
    modelSha256,
    dataSha256,
    classes: view?.classes ?? null,
    positive: view?.positive ?? null,
    yTrue: view ? targetTexts(p) : Array.from(p.yTrueValue.subarray(0, p.rows), String),
    yTrueValue: p.yTrueValue.subarray(0, p.rows),
    yPred: view ? view.yPred : null,
    proba: view?.proba ?? null,
    values: view ? null : p.values!.subarray(0, p.rows),
  };
}

/** The Predictions/ClassificationView pair the metric functions take. */
export function asPredictions(r: RowPredictions): { p: Predictions; view: ClassificationView | null } {
  const rows = r.yTrue.length;
  const texts: string[] = [];
  const p: Predictions = {
    rows,
    yTrueCodes: new TargetCodes(texts).fromTexts(r.yTrue),
    yTrueTexts: texts,
    yTrueValue: r.yTrueValue,
    labels: r.yPred,
    proba: r.proba,
    classes: r.classes?.length ?? 0,
    classNames: r.classes,
    values: r.values,
    firstRow: null,
    extra: new Map(),
    batchMs: [],
    batchRows: [],
    inferenceMs: 0,
  };
  const view =
    r.task === "classification" ? { classes: r.classes!, positive: r.positive, yPred: r.yPred!, proba: r.proba } : null;
  return { p, view };
}

export async function writeRowPredictions(file: string, r: RowPredictions): Promise<void> {
  const rows = r.yTrue.length;
  const columns: Record<string, ReturnType<typeof makeVector>> = {};
  if (r.task === "classification") {
    columns.y_true = vectorFromArray(r.yTrue, new Utf8());
    columns.y_pred = vectorFromArray(r.yPred!, new Utf8());
    const C = r.classes!.length;
    if (r.proba)
      r.classes!.forEach((_c, k) => {
        columns[`proba_${k}`] = makeVector(Float32Array.from({ length: rows }, (_x, i) => r.proba![i * C + k]!));
      });
  } else {
    columns.y_true = makeVector(Float64Array.from(r.yTrueValue));
    columns.prediction = makeVector(Float64Array.from(r.values!));
  }
  const table = new Table(columns);
  const meta: z.infer<typeof metaSchema> = {
    kind: "modelgate.predictions",
    version: 1,
    task: r.task,
    model_sha256: r.modelSha256,
    data_sha256: r.dataSha256,
    classes: r.classes,
    positive: r.positive,
  };
  const schema = new Schema(table.schema.fields, new Map([["modelgate", JSON.stringify(meta)]]));
  await writeOutput(file, tableToIPC(new Table(schema, table.batches), "file"));
}

/**
 * The first value of a column that is not finite, as one line: a gate scores these rows again, and a NaN would
 * stall its ROC sweep or pass through its comparisons (evaluate never writes one; another tool might).
 */
function refuseNonFinite(file: string, column: string, values: ArrayLike<number>): void {
  for (let i = 0; i < values.length; i++)
    if (!Number.isFinite(values[i]!))
      throw new InputError(file, { column }, `row ${i + 1} holds ${values[i]}, not a finite number`);
}

export async function readRowPredictions(file: string): Promise<RowPredictions> {
  await assertRegularFile(file);
  const bytes = await readFile(file).catch((e: unknown) => Promise.reject(unreadable(file, e)));
  let table: Table;
  try {
    table = tableFromIPC(bytes);
  } catch (e) {
    throw new InputError(file, undefined, `not a predictions file from modelgate evaluate (${errorMessage(e)})`);
  }
  const raw = table.schema.metadata.get("modelgate");
  let parsed: unknown;
  try {
    parsed = raw === undefined ? undefined : JSON.parse(raw);
  } catch {
    parsed = undefined;
  }
  const meta = metaSchema.safeParse(parsed);
  if (!meta.success)
    throw new InputError(file, undefined, "not a predictions file from modelgate evaluate (no modelgate metadata)");
  const m = meta.data;
  // evaluate refuses such a label; a file from elsewhere would make every positive-class metric 0 on both sides.
  if (m.positive !== null && !(m.classes ?? []).includes(m.positive))
    throw new InputError(
      file,
      undefined,
      `the positive class ${JSON.stringify(m.positive)} is none of the classes (${(m.classes ?? []).join(", ")})`,
    );
  const column = (name: string) => {
    const c = table.getChild(name);
    if (!c) throw new InputError(file, undefined, `the predictions file has no column ${JSON.stringify(name)}`);
    return c;
  };
  const rows = table.numRows;
  if (m.task === "classification") {
    const C = m.classes?.length ?? 0;
    const hasProba = table.getChild("proba_0") !== null;
    const proba = hasProba ? new Float32Array(rows * C) : null;
    if (proba)
      for (let k = 0; k < C; k++) {
        const col = column(`proba_${k}`).toArray() as Float32Array;
        refuseNonFinite(file, `proba_${k}`, col);
        for (let i = 0; i < rows; i++) proba[i * C + k] = col[i]!;
      }
    return {
      task: m.task,
      modelSha256: m.model_sha256,
      dataSha256: m.data_sha256,
      classes: m.classes,
      positive: m.positive,
      yTrue: column("y_true").toArray() as string[],
      yTrueValue: new Float64Array(0),
      yPred: column("y_pred").toArray() as string[],
      proba,
      values: null,
    };
  }
  const yTrueValue = Float64Array.from(column("y_true").toArray() as Float64Array);
  const values = Float64Array.from(column("prediction").toArray() as Float64Array);
  refuseNonFinite(file, "y_true", yTrueValue);
  refuseNonFinite(file, "prediction", values);
  return {
    task: m.task,
    modelSha256: m.model_sha256,
    dataSha256: m.data_sha256,
    classes: null,
    positive: null,
    yTrue: Array.from(yTrueValue, String),
    yTrueValue,
    yPred: null,
    proba: null,
    values,
  };
}

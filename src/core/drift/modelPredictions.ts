// Prediction drift from the model itself: the ONNX model scores the reference and the current table, and its
// predictions become one more column to compare (reported apart from the features). A classifier's predicted
// class is compared as a category; a regressor's value as a number.
import type { TableSource } from "../data/types.js";
import { errorMessage, InputError } from "../errors.js";
import { modelFeatures } from "../evaluate/modelInput.js";
import { planOutputs, predict } from "../evaluate/predict.js";
import { classificationView } from "../evaluate/score.js";
import type { LoadedModel } from "../model/onnxModel.js";
import { ort } from "../model/ort.js";
import { NumberColumn } from "./numberColumn.js";
import type { ColumnSample } from "./samples.js";

export interface PredictionSpec {
  model: LoadedModel;
  /** The column name the predictions are reported under. */
  name: string;
  features?: readonly string[];
  /** Columns never fed to the model (the target). */
  exclude: readonly string[];
}

/** The model's predictions over each table (opened by `open`, closed after), as a drift sample per table. */
export async function predictionSamples(
  spec: PredictionSpec,
  tables: (() => Promise<TableSource>)[],
): Promise<ColumnSample[]> {
  const session = await ort()
    .InferenceSession.create(spec.model.runnable)
    .catch((e: unknown) => {
      throw new InputError(spec.model.path, undefined, `onnxruntime cannot load the model (${errorMessage(e)})`);
    });
  try {
    const out: ColumnSample[] = [];
    // The features are named once, from the first table (the reference): a table whose columns come in another
    // order must still feed the model the same columns in the same input order.
    let features: string[] | undefined = spec.features ? [...spec.features] : undefined;
    for (const open of tables) {
      const source = await open();
      try {
        features = modelFeatures(spec.model, source.file, source.columnNames, {
          ...(features ? { features } : {}),
          exclude: spec.exclude,
        });
        out.push(await sampleOf(spec, session, source, features));
      } finally {
        await source.close();
      }
    }
    return out;
  } finally {
    await session.release();
  }
}

async function sampleOf(
  spec: PredictionSpec,
  session: Awaited<ReturnType<ReturnType<typeof ort>["InferenceSession"]["create"]>>,
  source: TableSource,
  features: string[],
): Promise<ColumnSample> {
  const outputs = planOutputs(spec.model);
  const p = await predict({
    model: spec.model,
    session,
    source,
    target: null,
    features,
    outputs,
    batchSize: 8192,
    keep: [],
  });
  const base = { name: spec.name, rows: p.rows, nulls: 0, invalid: 0 };
  if (outputs.task === "regression") {
    const values = new NumberColumn();
    values.reserve(p.rows);
    values.append(p.values!.subarray(0, p.rows), new Uint8Array(p.rows), p.rows);
    return { ...base, type: "number", numbers: values.finish({}), counts: null };
  }
  // The predicted class of each row as evaluate reads it: the label output, else the most probable class.
  const counts = new Map<string, number>();
  for (const label of classificationView(p).yPred) counts.set(label, (counts.get(label) ?? 0) + 1);
  return { ...base, type: "string", numbers: null, counts };
}

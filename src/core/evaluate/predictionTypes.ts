// What predict() takes and gives, apart from predict.ts so that its helpers (predictOutputs, predictionChecks) name
// these types without importing the module that imports them.
import type { TableSource } from "../data/types.js";
import type { LoadedModel } from "../model/onnxModel.js";
import type { Ort } from "../model/ort.js";

export type Task = "classification" | "regression";

/** What the model's outputs are, by name: a label tensor, a probability tensor, a value tensor. */
export interface OutputPlan {
  task: Task;
  label: string | null;
  probabilities: string | null;
  value: string | null;
}

export interface Predictions {
  rows: number;
  /** The target of each row as a code into `yTrueTexts` (classification; see targetTexts), and as numbers (regression). */
  yTrueCodes: Uint8Array | Int32Array;
  yTrueTexts: string[];
  yTrueValue: Float64Array;
  /**
   * Predicted labels: numbers for an integer label output (text is made once per class, later), else text. Held
   * in the narrowest of Int8, Int32 and Float64 that fits them (see keepLabels).
   */
  labels: Int8Array | Int32Array | Float64Array | string[] | null;
  /** Row-major class probabilities, `classes` wide. */
  proba: Float32Array | null;
  classes: number;
  /** The class of each probability column when the model names them (a ZipMap's labels); else 0..C−1. */
  classNames: string[] | null;
  values: Float64Array | null;
  /** Extra columns kept for slices and fairness, as text. */
  extra: Map<string, string[]>;
  /** The first row's features as the model was fed them: the input of the single-row latency runs. */
  firstRow: Float32Array | null;
  /** Wall milliseconds of each session.run over a batch, and the batch sizes. */
  batchMs: number[];
  batchRows: number[];
  inferenceMs: number;
}

export interface PredictOptions {
  model: LoadedModel;
  session: Ort.InferenceSession;
  source: TableSource;
  /** The target column, or null to predict only (drift on unlabelled data). */
  target: string | null;
  features: string[];
  outputs: OutputPlan;
  batchSize: number;
  keep: string[];
  onProgress?: (rows: number) => void;
}

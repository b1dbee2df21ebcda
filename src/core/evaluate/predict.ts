// Batched inference over a table with onnxruntime-node: the exact ONNX file that would ship is what gets scored.
import * as ort from "onnxruntime-node";

import type { TableSource } from "../data/types.js";
import { errorMessage, InputError } from "../errors.js";
import type { LoadedModel } from "../model/onnxModel.js";

export type Task = "classification" | "regression";

/** What the model's outputs are, by name: a label tensor, a probability tensor, a value tensor. */
export interface OutputPlan {
  task: Task;
  label: string | null;
  probabilities: string | null;
  value: string | null;
}

/** Which output is which; the task is classification when an integer or string label output exists. */
export function planOutputs(model: LoadedModel, task?: Task): OutputPlan {
  const tensors = model.signature.outputs.filter((o) => o.type.startsWith("tensor("));
  const label = tensors.find((o) => ["int64", "int32", "string"].includes(o.elemType ?? "")) ?? null;
  const floats = tensors.filter((o) => o.elemType === "float32" || o.elemType === "float64");
  const inferred: Task = task ?? (label || model.zipMap ? "classification" : "regression");
  if (inferred === "classification") {
    const probabilities = model.zipMap?.probabilities
      ? { name: model.zipMap.probabilities }
      : (floats.find((o) => (o.shape?.length ?? 0) === 2) ?? null);
    if (!label && !probabilities)
      throw new InputError(model.path, undefined, "no label or probability output for a classifier");
    return { task: inferred, label: label?.name ?? null, probabilities: probabilities?.name ?? null, value: null };
  }
  const value = floats[0];
  if (!value) throw new InputError(model.path, undefined, "no float output to read a regression prediction from");
  return { task: inferred, label: null, probabilities: null, value: value.name };
}

export interface Predictions {
  rows: number;
  /** The target, as text (classification) and as numbers (regression). */
  yTrue: string[];
  yTrueValue: Float64Array;
  /** Predicted labels: numbers for an integer label output (text is made once per class, later), else text. */
  labels: Float64Array | string[] | null;
  /** Row-major class probabilities, `classes` wide. */
  proba: Float32Array | null;
  classes: number;
  /** The class of each probability column when the model names them (a ZipMap's labels); else 0..C−1. */
  classNames: string[] | null;
  values: Float64Array | null;
  /** Extra columns kept for slices and fairness, as text. */
  extra: Map<string, string[]>;
  /** Wall milliseconds of each session.run over a batch, and the batch sizes. */
  batchMs: number[];
  batchRows: number[];
  inferenceMs: number;
}

export interface PredictOptions {
  model: LoadedModel;
  session: ort.InferenceSession;
  source: TableSource;
  target: string;
  features: string[];
  outputs: OutputPlan;
  batchSize: number;
  keep: string[];
  onProgress?: (rows: number) => void;
}

function grow<T extends Float32Array | Float64Array>(a: T, need: number, make: (n: number) => T): T {
  if (need <= a.length) return a;
  const b = make(Math.max(need, a.length * 2));
  b.set(a);
  return b;
}

/** Stream the table through the model in batches of `batchSize` rows. */
export async function predict(o: PredictOptions): Promise<Predictions> {
  const names = o.source.columnNames;
  const pos = (n: string) => names.indexOf(n);
  const featureIdx = o.features.map(pos);
  const targetIdx = pos(o.target);
  const keepIdx = o.keep.map(pos);
  const plan = names.map(() => ({ type: "string" as "string" | "number" }));
  for (const i of featureIdx) plan[i] = { type: "number" };
  if (o.outputs.task === "regression") plan[targetIdx] = { type: "number" };
  const F = featureIdx.length;
  const inputName = o.model.signature.inputs[0]!.name;
  const fetches = [o.outputs.label, o.outputs.probabilities, o.outputs.value].filter((x): x is string => x !== null);
  const out: Predictions = {
    rows: 0,
    yTrue: [],
    yTrueValue: new Float64Array(1024),
    labels: o.outputs.label ? new Float64Array(1024) : null,
    proba: o.outputs.probabilities ? new Float32Array(1024) : null,
    classes: 0,
    classNames: o.model.zipMap?.classes ?? null,
    values: o.outputs.value ? new Float64Array(1024) : null,
    extra: new Map(o.keep.map((k) => [k, []])),
    batchMs: [],
    batchRows: [],
    inferenceMs: 0,
  };
  // Two input buffers: the next batch is built while onnxruntime runs the current one (run is asynchronous).
  const inputs = [new Float32Array(o.batchSize * F), new Float32Array(o.batchSize * F)];
  const targetText = new Map<number, string>();
  let turn = 0;
  let done = 0;
  let pending: { run: Promise<ort.InferenceSession.ReturnType>; n: number; base: number; t0: number } | null = null;
  /** Wait for the batch in flight; its outputs are read by the caller once the next batch is running. */
  const settle = async (): Promise<(() => void) | null> => {
    if (!pending) return null;
    const { run, n, base, t0 } = pending;
    pending = null;
    let result: ort.InferenceSession.ReturnType;
    try {
      result = await run;
    } catch (e) {
      throw new InputError(o.model.path, undefined, `inference failed (${errorMessage(e)})`);
    }
    const ms = done - t0;
    out.batchMs.push(ms);
    out.batchRows.push(n);
    out.inferenceMs += ms;
    return () => readOutputs(result, o.outputs, out, base, n);
  };
  for await (const batch of o.source.batches(plan)) {
    const cols = featureIdx.map((i) => batch.columns[i]!);
    const target = batch.columns[targetIdx]!;
    for (let start = 0; start < batch.length; start += o.batchSize) {
      const n = Math.min(o.batchSize, batch.length - start);
      const input = inputs[turn]!;
      turn = 1 - turn;
      for (let f = 0; f < F; f++) {
        const col = cols[f]!;
        if (col.kind !== "numeric") continue;
        // Status first, with the engine's native search: the copy below then runs without a branch per cell.
        const st = col.status.subarray(start, start + n);
        const bad = Math.max(st.indexOf(1), st.indexOf(2));
        if (bad >= 0) {
          const r =
            st.indexOf(1) >= 0 && (st.indexOf(2) < 0 || st.indexOf(1) < st.indexOf(2)) ? st.indexOf(1) : st.indexOf(2);
          const what =
            st[r] === 1 ? "is empty" : `is not a number (${JSON.stringify(batch.raw(featureIdx[f]!, start + r))})`;
          throw new InputError(
            o.source.file,
            { line: batch.lines?.[start + r], column: o.features[f] },
            `row ${batch.rowStart + start + r + 1} ${what}: the model needs a number in every feature`,
          );
        }
        const v = col.values;
        for (let r = 0; r < n; r++) input[r * F + f] = v[start + r]!;
      }
      // The target and kept columns are read now: the source may reuse its arrays for the next batch.
      const base = out.rows;
      out.yTrueValue = grow(out.yTrueValue, base + n, (k) => new Float64Array(k));
      for (let r = 0; r < n; r++) {
        if (target.status[start + r] !== 0) {
          throw new InputError(
            o.source.file,
            { line: batch.lines?.[start + r], column: o.target },
            `row ${batch.rowStart + start + r + 1}: the target is empty or not of its type`,
          );
        }
        if (target.kind === "string") out.yTrue.push(target.dict.values[target.codes[start + r]!]!);
        else {
          const v = target.values[start + r]!;
          out.yTrueValue[base + r] = v;
          // One string per distinct target value, not one per row (String() costs more than the inference of a row).
          let text = targetText.get(v);
          if (text === undefined) targetText.set(v, (text = String(v)));
          out.yTrue.push(text);
        }
      }
      keepIdx.forEach((ci, k) => {
        const arr = out.extra.get(o.keep[k]!)!;
        for (let r = 0; r < n; r++) arr.push(batch.raw(ci, start + r));
      });
      out.rows += n;
      const readPrevious = await settle();
      const tensor = new ort.Tensor("float32", n === o.batchSize ? input : input.subarray(0, n * F), [n, F]);
      const t0 = performance.now();
      // Timed when onnxruntime finishes, not when drained (by then the next batch has been built).
      const run = o.session.run({ [inputName]: tensor }, fetches).then((r) => {
        done = performance.now();
        return r;
      });
      pending = { run, n, base, t0 };
      run.catch(() => {}); // awaited in settle()
      readPrevious?.();
    }
    o.onProgress?.(out.rows);
  }
  (await settle())?.();
  return out;
}

function readOutputs(
  result: ort.InferenceSession.ReturnType,
  outputs: OutputPlan,
  out: Predictions,
  base: number,
  n: number,
): void {
  if (outputs.label) {
    const data = result[outputs.label]!.data as ArrayLike<bigint | number | string>;
    if (typeof data[0] === "string") {
      if (!Array.isArray(out.labels)) out.labels = [];
      for (let r = 0; r < n; r++) (out.labels as string[]).push(data[r] as string);
    } else {
      out.labels = grow(out.labels as Float64Array, base + n, (k) => new Float64Array(k));
      for (let r = 0; r < n; r++) (out.labels as Float64Array)[base + r] = Number(data[r]);
    }
  }
  if (outputs.probabilities) {
    const t = result[outputs.probabilities]!;
    out.classes = Number(t.dims[1]);
    out.proba = grow(out.proba!, (base + n) * out.classes, (k) => new Float32Array(k));
    out.proba.set(t.data as Float32Array, base * out.classes);
  }
  if (outputs.value) {
    const data = result[outputs.value]!.data as Float32Array;
    out.values = grow(out.values!, base + n, (k) => new Float64Array(k));
    for (let r = 0; r < n; r++) out.values[base + r] = data[r]!;
  }
}

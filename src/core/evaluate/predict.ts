// Batched inference over a table with onnxruntime-node: the exact ONNX file that would ship is what gets scored.
import { Buffer } from "node:buffer";

import type { Batch, ColumnData, ColumnPlan, NumericColumn, StringDict } from "../data/types.js";
import { InputError } from "../errors.js";
import type { LoadedModel } from "../model/onnxModel.js";
import { type Ort, ort } from "../model/ort.js";
import { failedRun, oneARow, outputText } from "./outputShapes.js";
import { checkRun } from "./predictionChecks.js";
import type { OutputPlan, Predictions, PredictOptions, Task } from "./predictionTypes.js";
import { fetchesFor, grow, growSame, keepPendingLabels, planFetches, readOutputs } from "./predictOutputs.js";

// The types live apart so the modules predict() uses can name them without importing predict.ts back.
export type { OutputPlan, Predictions, PredictOptions, Task } from "./predictionTypes.js";

/**
 * Which output is which. The task is classification when there is an integer or string label output, a ZipMap, or a
 * float `[N, C]` output with C other than 1 (the probabilities of a model exported without its argmax, as PyTorch
 * and Keras softmax heads are); else regression. A classifier's float `[N]` or `[N, 1]` output (a sigmoid head,
 * with `--task classification`) is the probability of the second class. Labels and values are read from outputs
 * declared one a row ([N] or [N, 1]); an output of another rank is never read (see outputShapes.ts).
 */
export function planOutputs(model: LoadedModel, task?: Task): OutputPlan {
  const tensors = model.signature.outputs.filter((o) => o.type.startsWith("tensor("));
  const ints = tensors.filter((o) => ["int64", "int32", "string"].includes(o.elemType ?? ""));
  const label = ints.find((o) => oneARow(o.shape)) ?? null;
  const floats = tensors.filter((o) => o.elemType === "float32" || o.elemType === "float64");
  const wide = floats.find((o) => o.shape?.length === 2 && o.shape[1] !== 1) ?? null;
  const inferred: Task = task ?? (label || model.zipMap || wide ? "classification" : "regression");
  // What the outputs are, for a message when none can be read.
  const listed = [...ints, ...floats].map(outputText).join(", ");
  if (inferred === "classification") {
    const single = floats.find((o) => o.shape?.length === 1 || (o.shape?.length === 2 && o.shape[1] === 1));
    const probabilities = model.zipMap?.probabilities ? { name: model.zipMap.probabilities } : (wide ?? single ?? null);
    if (!label && !probabilities)
      throw new InputError(
        model.path,
        undefined,
        `no label or probability output for a classifier${listed ? ` (outputs: ${listed}; modelgate reads labels [N] and probabilities [N, C])` : ""}`,
      );
    return { task: inferred, label: label?.name ?? null, probabilities: probabilities?.name ?? null, value: null };
  }
  const value = floats.find((o) => oneARow(o.shape));
  if (!value)
    throw new InputError(
      model.path,
      undefined,
      floats.length
        ? `no output holds one regression prediction a row, [N] or [N, 1] (outputs: ${listed})`
        : "no float output to read a regression prediction from",
    );
  return { task: inferred, label: null, probabilities: null, value: value.name };
}

/** Stream the table through the model in batches of `batchSize` rows. */
export async function predict(o: PredictOptions): Promise<Predictions> {
  const names = o.source.columnNames;
  const pos = (n: string) => names.indexOf(n);
  const featureIdx = o.features.map(pos);
  const targetIdx = o.target === null ? -1 : pos(o.target);
  const keepIdx = o.keep.map(pos);
  // Each feature's place in the model's input row: a source that can fills the row-major float32 input as it parses.
  const plan: ColumnPlan[] = names.map(() => ({ type: "string" }));
  featureIdx.forEach((i, f) => (plan[i] = { type: "number", matrix: f }));
  if (o.outputs.task === "regression" && targetIdx >= 0) plan[targetIdx] = { type: "number" };
  const F = featureIdx.length;
  const inputName = o.model.signature.inputs[0]!.name;
  const fetchPlan = planFetches(o.model, o.outputs, o.batchSize);
  const out: Predictions = {
    rows: 0,
    yTrueCodes: new Uint8Array(o.outputs.task === "classification" ? 1024 : 0),
    yTrueTexts: [],
    yTrueValue: new Float64Array(o.outputs.task === "regression" ? 1024 : 0),
    labels: o.outputs.label ? new Int8Array(1024) : null,
    proba: o.outputs.probabilities ? new Float32Array(1024) : null,
    classes: 0,
    classNames: o.model.zipMap?.classes ?? null,
    values: o.outputs.value ? new Float64Array(1024) : null,
    extra: new Map(o.keep.map((k) => [k, []])),
    firstRow: null,
    batchMs: [],
    batchRows: [],
    inferenceMs: 0,
  };
  // One input buffer, for sources that hand columns only. onnxruntime-node's run() is a promise, but the session
  // runs on this thread (a native call from setImmediate): building the next batch meanwhile would not overlap it.
  let input: Float32Array | null = null;
  const targetCodes = new TargetCodes(out.yTrueTexts);
  // The arrays of per-row results are sized once from the source's row estimate (doubling copies them ~twice).
  let expected = 0;
  for await (const batch of o.source.batches(plan)) {
    // At most 64× the first batch: an estimate from few rows can be far off; past it the arrays double.
    if (out.rows === 0)
      expected = Math.min(Math.ceil((o.source.rowsEstimate?.(batch.length) ?? 0) * 1.02), batch.length * 64);
    const cols = featureIdx.map((i) => batch.columns[i]!);
    const target = targetIdx >= 0 ? batch.columns[targetIdx]! : null;
    // The source's own matrix is the input as it stands (no copy); else the columns are copied into rows.
    const matrix = batch.matrix?.width === F ? batch.matrix.data : null;
    const copies = matrix ? [] : copyPlan(cols);
    if (!matrix) input ??= new Float32Array(o.batchSize * F);
    // The whole batch is checked and its target and kept columns read before its first run (the source may reuse
    // its arrays for the next batch): between two runs only the input, the fetches and the outputs are handled.
    checkFeatures(o, batch, cols, featureIdx);
    const first = out.rows;
    if (target) readTarget(o, out, targetCodes, batch, target, first, expected);
    keepIdx.forEach((ci, k) => {
      const arr = out.extra.get(o.keep[k]!)!;
      for (let r = 0; r < batch.length; r++) arr.push(batch.raw(ci, r));
    });
    for (let start = 0; start < batch.length; start += o.batchSize) {
      const n = Math.min(o.batchSize, batch.length - start);
      for (const { values, at } of copies) {
        if (values.length === 4) interleave4(input!, values, start, n, F, at);
        else interleave(input!, values[0]!, start, n, F, at);
      }
      const base = first + start;
      const data = matrix
        ? matrix.subarray(start * F, (start + n) * F)
        : n === o.batchSize
          ? input!
          : input!.subarray(0, n * F);
      out.firstRow ??= data.slice(0, F);
      const feeds = { [inputName]: new (ort().Tensor)("float32", data, [n, F]) };
      const fetches = fetchesFor(fetchPlan, o.outputs, out, base, n, expected);
      const t0 = performance.now();
      let result: Ort.InferenceSession.ReturnType;
      try {
        result = await o.session.run(feeds, fetches);
      } catch (e) {
        throw await failedRun(o.session, feeds, fetchPlan.shapes, n, e);
      }
      const ms = performance.now() - t0;
      out.batchMs.push(ms);
      out.batchRows.push(n);
      out.inferenceMs += ms;
      readOutputs(result, fetchPlan, o.outputs, out, base, n, expected);
      checkRun({ o, plan: fetchPlan, out, batch, featureIdx, input: data, start, base, n });
      out.rows = base + n;
    }
    o.onProgress?.(out.rows);
  }
  keepPendingLabels(fetchPlan, out, expected);
  return trimmed(out, targetIdx >= 0);
}

/** The per-row arrays cut to the rows predicted: they were sized ahead from the row estimate, and not zeroed. */
function trimmed(p: Predictions, hasTarget: boolean): Predictions {
  const n = p.rows;
  const t = hasTarget ? n : 0;
  return {
    ...p,
    // subarray stops at the end: the target array of the other task (empty) stays empty.
    yTrueCodes: p.yTrueCodes.subarray(0, t),
    yTrueValue: p.yTrueValue.subarray(0, t),
    labels: p.labels && !Array.isArray(p.labels) ? p.labels.subarray(0, n) : p.labels,
    proba: p.proba?.subarray(0, n * p.classes) ?? null,
    values: p.values?.subarray(0, n) ?? null,
  };
}

/** One column into its place in the row-major input: a small function of its own, so V8 optimizes the loop. */
function interleave(
  dst: Float32Array,
  src: Float64Array,
  from: number,
  n: number,
  stride: number,
  offset: number,
): void {
  for (let r = 0, d = offset; r < n; r++, d += stride) dst[d] = src[from + r]!;
}

/** The feature columns in runs of four numeric ones (copied together), else one at a time; `at` is the first's position. */
function copyPlan(cols: readonly ColumnData[]): { values: Float64Array[]; at: number }[] {
  const plan: { values: Float64Array[]; at: number }[] = [];
  for (let f = 0; f < cols.length;) {
    const group = cols.slice(f, f + 4);
    if (group.length === 4 && group.every((c) => c.kind === "numeric")) {
      plan.push({ values: group.map((c) => (c as NumericColumn).values), at: f });
      f += 4;
    } else {
      const col = cols[f]!;
      if (col.kind === "numeric") plan.push({ values: [col.values], at: f });
      f += 1;
    }
  }
  return plan;
}

/** Four columns at once: each row's cache line of the input is written once per four columns (a third faster). */
function interleave4(dst: Float32Array, c: Float64Array[], from: number, n: number, stride: number, offset: number) {
  const [a, b, x, y] = c as [Float64Array, Float64Array, Float64Array, Float64Array];
  for (let r = 0, d = offset; r < n; r++, d += stride) {
    const i = from + r;
    dst[d] = a[i]!;
    dst[d + 1] = b[i]!;
    dst[d + 2] = x[i]!;
    dst[d + 3] = y[i]!;
  }
}

/** Every feature cell of a batch is a number: the first that is not is one line naming its row and column. */
function checkFeatures(o: PredictOptions, batch: Batch, cols: readonly ColumnData[], featureIdx: readonly number[]) {
  for (let f = 0; f < cols.length; f++) {
    const col = cols[f]!;
    // A source that counted no bad cell in the batch saves the look at its status.
    if (col.kind !== "numeric" || col.bad === 0) continue;
    const r = firstNotOk(col.status, 0, batch.length);
    if (r < 0) continue;
    const what = col.status[r] === 1 ? "is empty" : `is not a number (${JSON.stringify(batch.raw(featureIdx[f]!, r))})`;
    throw new InputError(
      o.source.file,
      { line: batch.lines?.[r], column: o.features[f] },
      `row ${batch.rowStart + r + 1} ${what}: the model needs a number in every feature`,
    );
  }
}

/** A batch's target cells into the predictions from row `base`: a bad cell is one line naming its row. */
function readTarget(
  o: PredictOptions,
  out: Predictions,
  targetCodes: TargetCodes,
  batch: Batch,
  target: ColumnData,
  base: number,
  expected: number,
): void {
  const n = batch.length;
  const bad = firstNotOk(target.status, 0, n);
  if (bad >= 0) {
    throw new InputError(
      o.source.file,
      { line: batch.lines?.[bad], column: o.target ?? undefined },
      `row ${batch.rowStart + bad + 1}: the target is empty or not of its type`,
    );
  }
  const need = Math.max(base + n, expected);
  if (o.outputs.task === "regression" && target.kind === "numeric") {
    out.yTrueValue = grow(out.yTrueValue, need, Float64Array);
    out.yTrueValue.set(target.values.subarray(0, n), base);
  } else {
    out.yTrueCodes =
      target.kind === "string"
        ? targetCodes.keepDict(out.yTrueCodes, need, base, target.codes, target.dict, 0, n)
        : targetCodes.keepNumbers(out.yTrueCodes, need, base, target.values, 0, n);
  }
}

let zeros = new Uint8Array(0);
/**
 * The first row of `n` from `from` whose status is not OK, or −1. A memcmp against zeros first (about 1 ns a row
 * for 30 columns, against 30 for a loop): bad cells are rare and only then is the row looked for.
 */
function firstNotOk(status: Uint8Array, from: number, n: number): number {
  if (zeros.length < n) zeros = new Uint8Array(n);
  const cells = Buffer.from(status.buffer, status.byteOffset + from, n);
  if (Buffer.compare(cells, Buffer.from(zeros.buffer, 0, n)) === 0) return -1;
  for (let r = 0; r < n; r++) if (status[from + r] !== 0) return r;
  return -1;
}

/**
 * Target values as codes into one growing list of texts. A row costs a one-byte write: a text per row (a JS string
 * pushed into an array) cost more than the inference of a small model's row. The codes are held as Uint8 while there
 * are at most 256 texts, then as Int32; every code is below the text count, so no row needs a range check, and the
 * copies are TypedArray.set (converted in C++, about a tenth of a JavaScript loop's cost).
 */
export type Codes = Uint8Array | Int32Array;

export class TargetCodes {
  private readonly code = new Map<string, number>();
  private readonly ofNumber = new Map<number, number>();
  /** Per source dictionary, its codes translated to ours. */
  private dictId = -1;
  private translate = new Int32Array(0);

  private buffer = new Int32Array(0);

  constructor(private readonly texts: string[]) {}

  private of(text: string): number {
    let c = this.code.get(text);
    if (c === undefined) {
      c = this.texts.length;
      this.code.set(text, c);
      this.texts.push(text);
    }
    return c;
  }

  /** `held` sized for `need` rows, and widened to Int32 (codes kept) once there are more than 256 texts. */
  private room(held: Codes, need: number): Codes {
    const codes = held instanceof Uint8Array && this.texts.length > 256 ? Int32Array.from(held) : held;
    return growSame(codes, need);
  }

  /** A batch of a source's dictionary codes (rows from..from+n) into `held` from `base`; returns the array now held. */
  keepDict(
    held: Codes,
    need: number,
    base: number,
    codes: Int32Array,
    dict: StringDict,
    from: number,
    n: number,
  ): Codes {
    // A dictionary may grow while it keeps its id; then only its new entries are translated.
    if (dict.id !== this.dictId) {
      this.dictId = dict.id;
      this.translate = new Int32Array(0);
    }
    if (this.translate.length < dict.values.length) {
      const t = new Int32Array(dict.values.length);
      t.set(this.translate);
      for (let k = this.translate.length; k < t.length; k++) t[k] = this.of(dict.values[k]!);
      this.translate = t;
    }
    const dst = this.room(held, need);
    const t = this.translate;
    // Most often the source's codes are ours (our texts were first met in its dictionary's order): one set().
    if (this.identity(t)) dst.set(codes.subarray(from, from + n), base);
    else for (let r = 0; r < n; r++) dst[base + r] = t[codes[from + r]!]!;
    return dst;
  }

  /** Whether a translation maps every code to itself, worked out once per translation array. */
  private checked: Int32Array | null = null;
  private isIdentity = false;
  private identity(t: Int32Array): boolean {
    if (this.checked !== t) {
      this.checked = t;
      this.isIdentity = t.every((c, k) => c === k);
    }
    return this.isIdentity;
  }

  /** Texts already one per row (predictions read back from a file). */
  fromTexts(texts: readonly string[]): Int32Array {
    return Int32Array.from(texts, (t) => this.of(t));
  }

  /** A batch of numeric targets into `held` from `base`, coded by their text; returns the array now held. */
  keepNumbers(held: Codes, need: number, base: number, values: Float64Array, from: number, n: number): Codes {
    // Coded into a reused buffer first (new texts may appear in any row), then copied at the width they need.
    if (this.buffer.length < n) this.buffer = new Int32Array(n);
    const scratch = this.buffer;
    let last = NaN;
    let lastCode = -1;
    for (let r = 0; r < n; r++) {
      const v = values[from + r]!;
      if (v !== last) {
        last = v;
        let c = this.ofNumber.get(v);
        if (c === undefined) this.ofNumber.set(v, (c = this.of(String(v))));
        lastCode = c;
      }
      scratch[r] = lastCode;
    }
    const dst = this.room(held, need);
    dst.set(scratch.subarray(0, n), base);
    return dst;
  }
}

/** The target of every row as text (for metrics that compare labels). */
export function targetTexts(p: Predictions, rows?: readonly number[]): string[] {
  const codes = p.yTrueCodes;
  const texts = p.yTrueTexts;
  const n = rows ? rows.length : p.rows;
  const out = new Array<string>(n);
  if (rows) for (let i = 0; i < n; i++) out[i] = texts[codes[rows[i]!]!]!;
  else for (let i = 0; i < n; i++) out[i] = texts[codes[i]!]!;
  return out;
}

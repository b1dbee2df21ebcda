import { readFile } from "node:fs/promises";

import { sha256Hex } from "../data/fileHash.js";
import { errorMessage, InputError, unreadable } from "../errors.js";
import { assertRegularFile } from "../regularFile.js";
import { type Field, fields, ProtoError, sub, text } from "./protobuf.js";
import { unzipMap } from "./zipMap.js";

/** ONNX TensorProto.DataType names. */
const ELEM_TYPES: Record<number, string> = {
  1: "float32",
  2: "uint8",
  3: "int8",
  4: "uint16",
  5: "int16",
  6: "int32",
  7: "int64",
  8: "string",
  9: "bool",
  10: "float16",
  11: "float64",
  12: "uint32",
  13: "uint64",
};

export interface ValueSignature {
  name: string;
  /** `tensor(float32)`, `seq(map(int64,tensor(float32)))`, … */
  type: string;
  elemType: string | null;
  /** Dimensions: numbers, or names for symbolic ones (N). Null when the type has no shape. */
  shape: (number | string)[] | null;
}

export interface ModelSignature {
  irVersion: number;
  producer: string;
  opsets: { domain: string; version: number }[];
  inputs: ValueSignature[];
  outputs: ValueSignature[];
  /** Operator types used, with their domain when not the default. */
  ops: string[];
  initializers: number;
}

export interface LoadedModel {
  path: string;
  /** The file's bytes (its sha256 and size are what gates and releases bind to). */
  bytes: Uint8Array;
  sha256: string;
  signature: ModelSignature;
  /** What onnxruntime runs: the file itself, or a copy without its output ZipMap (see zipMap.ts). */
  runnable: Uint8Array;
  /** With a ZipMap: its output, the probability tensor read instead, and the class of each column. */
  zipMap: { output: string; probabilities: string; classes: string[] } | null;
}

function typeOf(t: Field[]): { type: string; elemType: string | null; shape: (number | string)[] | null } {
  const tensor = t.find((f) => f.no === 1);
  if (tensor) {
    const tf = sub(tensor);
    const elemType = ELEM_TYPES[tf.find((f) => f.no === 1)?.int ?? 0] ?? "unknown";
    const shapeField = tf.find((f) => f.no === 2);
    const shape = shapeField
      ? sub(shapeField)
          .filter((f) => f.no === 1)
          .map((d) => {
            const df = sub(d);
            const value = df.find((f) => f.no === 1);
            return value ? value.int : text(df.find((f) => f.no === 2)) || "?";
          })
      : null;
    return { type: `tensor(${elemType})`, elemType, shape };
  }
  const seq = t.find((f) => f.no === 4);
  if (seq) return { type: `seq(${typeOf(sub(sub(seq).find((f) => f.no === 1))).type})`, elemType: null, shape: null };
  const map = t.find((f) => f.no === 5);
  if (map) {
    const mf = sub(map);
    const key = ELEM_TYPES[mf.find((f) => f.no === 1)?.int ?? 0] ?? "unknown";
    return { type: `map(${key},${typeOf(sub(mf.find((f) => f.no === 2))).type})`, elemType: null, shape: null };
  }
  return { type: "unknown", elemType: null, shape: null };
}

function valueInfo(f: Field): ValueSignature {
  const vf = sub(f);
  return { name: text(vf.find((x) => x.no === 1)), ...typeOf(sub(vf.find((x) => x.no === 2))) };
}

/** The signature of an ONNX model, read from its protobuf (onnxruntime does not expose opsets, producer or ops). */
export function readSignature(bytes: Uint8Array): ModelSignature {
  const model = fields(bytes);
  const graphField = model.find((f) => f.no === 7);
  if (!graphField) throw new ProtoError("no graph");
  const graph = sub(graphField);
  const initNames = new Set(graph.filter((f) => f.no === 5).map((f) => text(sub(f).find((x) => x.no === 8))));
  const ops = new Set<string>();
  for (const node of graph.filter((f) => f.no === 1)) {
    const nf = sub(node);
    const domain = text(nf.find((x) => x.no === 7));
    ops.add(
      domain && domain !== "ai.onnx"
        ? `${domain}.${text(nf.find((x) => x.no === 4))}`
        : text(nf.find((x) => x.no === 4)),
    );
  }
  return {
    irVersion: model.find((f) => f.no === 1)?.int ?? 0,
    producer: [text(model.find((f) => f.no === 2)), text(model.find((f) => f.no === 3))].filter(Boolean).join(" "),
    opsets: model
      .filter((f) => f.no === 8)
      .map((f) => {
        const of = sub(f);
        return { domain: text(of.find((x) => x.no === 1)) || "ai.onnx", version: of.find((x) => x.no === 2)?.int ?? 0 };
      }),
    // Older IR versions list initializers among the inputs: they are weights, not what callers feed.
    inputs: graph
      .filter((f) => f.no === 11)
      .map(valueInfo)
      .filter((v) => !initNames.has(v.name)),
    outputs: graph.filter((f) => f.no === 12).map(valueInfo),
    ops: [...ops].sort(),
    initializers: initNames.size,
  };
}

/** Read an ONNX file: its bytes, sha256 and signature; anything unreadable is one InputError naming the file. */
export async function loadModelFile(path: string): Promise<LoadedModel> {
  await assertRegularFile(path);
  const bytes = new Uint8Array(await readFile(path).catch((e: unknown) => Promise.reject(unreadable(path, e))));
  if (bytes.length === 0) throw new InputError(path, undefined, "the model file is empty");
  let signature: ModelSignature;
  try {
    signature = readSignature(bytes);
  } catch (e) {
    throw new InputError(path, undefined, `not an ONNX model (${errorMessage(e)})`);
  }
  if (signature.inputs.length === 0 || signature.outputs.length === 0) {
    throw new InputError(path, undefined, "not an ONNX model (the graph declares no inputs or outputs)");
  }
  let unzipped;
  try {
    unzipped = unzipMap(bytes);
  } catch (e) {
    throw new InputError(path, undefined, `cannot read the model's ZipMap (${errorMessage(e)})`);
  }
  return {
    path,
    bytes,
    sha256: sha256Hex(bytes),
    signature,
    runnable: unzipped?.bytes ?? bytes,
    zipMap: unzipped
      ? { output: unzipped.zipMapOutput, probabilities: unzipped.probabilities, classes: unzipped.classes }
      : null,
  };
}

// scikit-learn's ONNX converter ends classifiers in an ai.onnx.ml ZipMap by default: probabilities as a sequence
// of {class: probability} maps. onnxruntime-node returns tensors only ("Non tensor type is temporarily not
// supported"), so modelgate runs a copy of the graph without the ZipMap, reading the [N, C] float tensor that fed
// it, and takes the class names from the ZipMap's own attribute. The file on disk, its sha256 and its signature
// stay those of the original model.
import {
  concatBytes,
  type Field,
  fields,
  int64Of,
  lenField,
  packedInt64s,
  ProtoError,
  rewrite,
  sub,
  text,
  varintField,
} from "./protobuf.js";

export interface UnzippedModel {
  /** The model bytes onnxruntime runs. */
  bytes: Uint8Array;
  /** The ZipMap's output (a graph output in the original model) and the probability tensor now output instead. */
  zipMapOutput: string;
  probabilities: string;
  /** Probability columns' class names, in order (classlabels_int64s or classlabels_strings). */
  classes: string[];
}

function classLabels(node: Field[]): string[] {
  for (const a of node.filter((f) => f.no === 5).map(sub)) {
    const name = text(a.find((f) => f.no === 1));
    if (name === "classlabels_strings") return a.filter((f) => f.no === 9).map(text);
    if (name === "classlabels_int64s") {
      const out: string[] = [];
      for (const f of a.filter((x) => x.no === 8)) {
        if (f.wire === 0) out.push(String(int64Of(f)));
        else if (f.bytes) out.push(...packedInt64s(f.bytes).map(String));
      }
      return out;
    }
  }
  throw new ProtoError("a ZipMap node without classlabels_int64s or classlabels_strings");
}

/** A float tensor [N, C] output declaration. */
function floatMatrix(name: string, width: number): Uint8Array {
  const dims = [lenField(1, lenField(2, "N")), lenField(1, varintField(1, width))];
  const shape = lenField(2, concatBytes(dims));
  const tensor = lenField(1, concatBytes([varintField(1, 1), shape]));
  return lenField(12, concatBytes([lenField(1, name), lenField(2, tensor)]));
}

/** The model without its output ZipMap, or null when it has none. */
export function unzipMap(model: Uint8Array): UnzippedModel | null {
  const graphField = fields(model).find((f) => f.no === 7);
  if (!graphField?.bytes) return null;
  const graph = fields(graphField.bytes);
  const outputs = new Set(graph.filter((f) => f.no === 12).map((f) => text(sub(f).find((x) => x.no === 1))));
  const zip = graph.find((f) => {
    if (f.no !== 1) return false;
    const n = sub(f);
    return text(n.find((x) => x.no === 4)) === "ZipMap" && outputs.has(text(n.find((x) => x.no === 2)));
  });
  if (!zip) return null;
  const node = sub(zip);
  const input = text(node.find((x) => x.no === 1));
  const output = text(node.find((x) => x.no === 2));
  const classes = classLabels(node);
  const newGraph = rewrite(graphField.bytes, (f) => {
    if (f.no === 1 && f.start === zip.start) return null;
    if (f.no === 12 && text(sub(f).find((x) => x.no === 1)) === output) return floatMatrix(input, classes.length);
    return undefined;
  });
  const bytes = rewrite(model, (f) => (f.no === 7 ? lenField(7, newGraph) : undefined));
  return { bytes, zipMapOutput: output, probabilities: input, classes };
}

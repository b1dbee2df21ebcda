// Small standardize-then-linear ONNX models over table columns, for the evaluate tests: the linear part is shared,
// the head (sigmoid, softmax, argmax, nothing) is each test's own. Written with the example trainer's ONNX writer.
import { attr, DataType, graph, model, node, valueInfo } from "../examples/breast-cancer/onnx.mjs";

type Node = ReturnType<typeof node>;
type ValueInfo = ReturnType<typeof valueInfo>;

/** Column means and population standard deviations of row-major data. */
export function columnStats(X: number[][]): { mean: number[]; sd: number[] } {
  const mean = X[0]!.map((_v, j) => X.reduce((a, r) => a + r[j]!, 0) / X.length);
  const sd = mean.map((m, j) => Math.sqrt(X.reduce((a, r) => a + (r[j]! - m) ** 2, 0) / X.length));
  return { mean, sd };
}

/**
 * input [N, d] → (x − mean) / sd → × w [d, k] + b → "score" [N, k], then `head` nodes reading "score"; `outputs`
 * names what the model hands back, `initializers` adds the constants the head needs.
 */
export function linearModel(o: {
  mean: number[];
  sd: number[];
  w: number[];
  b: number[];
  head?: Node[];
  initializers?: { name: string; dims: number[]; dataType: number; floats?: number[]; int64s?: number[] }[];
  outputs: ValueInfo[];
}): Uint8Array {
  const F = DataType.FLOAT;
  const d = o.mean.length;
  const k = o.b.length;
  return model({
    irVersion: 8,
    producerName: "test",
    graph: graph({
      name: "linear",
      initializers: [
        { name: "mean", dims: [d], dataType: F, floats: o.mean },
        { name: "sd", dims: [d], dataType: F, floats: o.sd },
        { name: "w", dims: [d, k], dataType: F, floats: o.w },
        { name: "b", dims: [k], dataType: F, floats: o.b },
        ...(o.initializers ?? []),
      ],
      nodes: [
        node({ name: "center", opType: "Sub", inputs: ["input", "mean"], outputs: ["centered"] }),
        node({ name: "scale", opType: "Div", inputs: ["centered", "sd"], outputs: ["z"] }),
        node({ name: "matmul", opType: "MatMul", inputs: ["z", "w"], outputs: ["raw"] }),
        node({ name: "bias", opType: "Add", inputs: ["raw", "b"], outputs: ["score"] }),
        ...(o.head ?? []),
      ],
      inputs: [valueInfo("input", F, ["N", d])],
      outputs: o.outputs,
    }),
    opsets: [{ domain: "", version: 17 }],
  });
}

/** The softmax head: "score" [N, k] → "probabilities" [N, k], each row a distribution. */
export function softmaxHead(): Node[] {
  return [
    node({
      name: "softmax",
      opType: "Softmax",
      inputs: ["score"],
      outputs: ["probabilities"],
      attributes: [attr.int("axis", 1)],
    }),
  ];
}

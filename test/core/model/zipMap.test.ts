// ZipMap outputs (scikit-learn's default classifier export): modelgate runs the graph without the ZipMap and reads
// the probability tensor that fed it, with the ZipMap's class names. Real onnxruntime-node on real ONNX bytes.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";

import * as ort from "onnxruntime-node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// The example trainer's ONNX writer (plain JavaScript, no dependencies).
import {
  attr,
  DataType,
  graph,
  model,
  node,
  seqMapValueInfo,
  valueInfo,
} from "../../../examples/breast-cancer/onnx.mjs";
import type { Evaluation } from "../../../src/core/evaluate/evaluate.js";
import { loadModelFile, readSignature } from "../../../src/core/model/onnxModel.js";
import { lenField, varintField } from "../../../src/core/model/protobuf.js";
import { unzipMap } from "../../../src/core/model/zipMap.js";
import { fixture, makeTemp, ROOT, runCli, type TempDir } from "../../support.js";

let tmp: TempDir;
const train = (out: string, zipmap: boolean) =>
  execFileSync(
    process.execPath,
    [
      "examples/breast-cancer/train.mjs",
      "--data",
      fixture("breast_cancer_train.csv"),
      "--out",
      tmp.file(out),
      "--metrics",
      tmp.file(`${out}.json`),
      ...(zipmap ? ["--zipmap"] : []),
    ],
    { cwd: ROOT, stdio: "ignore" },
  );

/** A two-input softmax classifier whose only output is a ZipMap with the given class-label attribute. */
function softmaxZipMap(labels: { bytes(): Uint8Array }, keyType: number): Uint8Array {
  return model({
    irVersion: 8,
    producerName: "test",
    graph: graph({
      name: "softmax",
      nodes: [
        node({
          name: "sm",
          opType: "Softmax",
          inputs: ["input"],
          outputs: ["probs"],
          attributes: [attr.int("axis", 1)],
        }),
        node({
          name: "zip",
          opType: "ZipMap",
          domain: "ai.onnx.ml",
          inputs: ["probs"],
          outputs: ["output_probability"],
          attributes: [labels],
        }),
      ],
      inputs: [valueInfo("input", DataType.FLOAT, ["N", 2])],
      outputs: [seqMapValueInfo("output_probability", keyType)],
    }),
    opsets: [
      { domain: "", version: 17 },
      { domain: "ai.onnx.ml", version: 1 },
    ],
  });
}

beforeAll(async () => {
  tmp = await makeTemp("zipmap");
  train("plain.onnx", false);
  train("zip.onnx", true);
});
afterAll(() => tmp.remove());

describe("unzipMap", () => {
  it("leaves a model without a ZipMap alone", () => {
    expect(unzipMap(readFileSync(tmp.file("plain.onnx")))).toBeNull();
  });

  it("outputs the probability tensor instead, keeping everything else, and onnxruntime runs it", async () => {
    const original = readFileSync(tmp.file("zip.onnx"));
    const u = unzipMap(original)!;
    expect(u).toMatchObject({
      zipMapOutput: "output_probability",
      probabilities: "probabilities",
      classes: ["0", "1"],
    });
    const before = readSignature(original);
    const after = readSignature(u.bytes);
    expect(before.ops).toContain("ai.onnx.ml.ZipMap");
    expect(after.ops).not.toContain("ai.onnx.ml.ZipMap");
    expect(after.outputs).toEqual([
      before.outputs[0],
      { name: "probabilities", type: "tensor(float32)", elemType: "float32", shape: ["N", 2] },
    ]);
    expect({ ...after, ops: [], outputs: [] }).toEqual({ ...before, ops: [], outputs: [] });
    // The same probabilities as the model exported without a ZipMap.
    const input = new ort.Tensor(
      "float32",
      Float32Array.from({ length: 60 }, (_x, i) => (i % 7) * 3.5),
      [2, 30],
    );
    const a = await ort.InferenceSession.create(u.bytes);
    const b = await ort.InferenceSession.create(readFileSync(tmp.file("plain.onnx")));
    expect((await a.run({ input })).probabilities!.data).toEqual((await b.run({ input })).probabilities!.data);
  });

  it("reads string class labels, and packed negative int64 labels", () => {
    const strings = softmaxZipMap(attr.strings("classlabels_strings", ["benign", "malignant"]), DataType.STRING);
    expect(unzipMap(strings)!.classes).toEqual(["benign", "malignant"]);
    // int64 −1 is ten varint bytes; packed into one length-delimited field, as protobuf writers may emit it.
    const packed = {
      bytes: () =>
        new Uint8Array([
          ...lenField(1, "classlabels_int64s"),
          ...lenField(8, new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01, 0x01])),
          ...varintField(20, 7),
        ]),
    };
    expect(unzipMap(softmaxZipMap(packed, DataType.INT64))!.classes).toEqual(["-1", "1"]);
  });

  it("refuses a ZipMap without class labels, naming the file", async () => {
    await writeFile(tmp.file("nolabels.onnx"), softmaxZipMap(attr.int("unrelated", 1), DataType.INT64));
    await expect(loadModelFile(tmp.file("nolabels.onnx"))).rejects.toThrow(
      /nolabels\.onnx: cannot read the model's ZipMap \(a ZipMap node without classlabels/,
    );
  });
});

describe("evaluate a ZipMap model", () => {
  it("gives the same metrics as the same model exported without the ZipMap; size and sha256 are the file's", async () => {
    await writeFile(tmp.file("holdout.csv"), readFileSync(fixture("breast_cancer_holdout.csv")));
    for (const name of ["plain", "zip"]) {
      const r = await runCli(tmp.path, [
        "evaluate",
        "--model",
        `${name}.onnx`,
        "--data",
        "holdout.csv",
        "--target",
        "target",
        "--out",
        `${name}.eval.json`,
      ]);
      expect(r.code, r.stderr).toBe(0);
    }
    const [plain, zip] = ["plain", "zip"].map(
      (n) => JSON.parse(readFileSync(tmp.file(`${n}.eval.json`), "utf8")) as Evaluation,
    );
    for (const k of ["accuracy", "f1", "roc_auc", "pr_auc", "log_loss"])
      expect(zip!.metrics[k], k).toBe(plain!.metrics[k]);
    expect(zip!.model.bytes).toBe(readFileSync(tmp.file("zip.onnx")).length);
    expect(zip!.metrics.model_bytes).toBe(zip!.model.bytes);
    expect(zip!.classes).toEqual(["0", "1"]);
  });

  it("scores string classes by the ZipMap's names when the model has no label output", async () => {
    await writeFile(
      tmp.file("sm.onnx"),
      softmaxZipMap(attr.strings("classlabels_strings", ["benign", "malignant"]), DataType.STRING),
    );
    // Softmax over (a, b): "malignant" when b > a.
    const rows = ["a,b,kind", "1,0,benign", "0,1,malignant", "2,1,benign", "0.5,3,malignant", "1,2,benign"];
    await writeFile(tmp.file("sm.csv"), `${rows.join("\n")}\n`);
    const r = await runCli(tmp.path, [
      "evaluate",
      "--model",
      "sm.onnx",
      "--data",
      "sm.csv",
      "--target",
      "kind",
      "--positive-label",
      "malignant",
      "--out",
      "sm.json",
    ]);
    expect(r.code, r.stderr).toBe(0);
    const e = JSON.parse(readFileSync(tmp.file("sm.json"), "utf8")) as Evaluation;
    expect(e.classes).toEqual(["benign", "malignant"]);
    expect(e.metrics.accuracy).toBeCloseTo(0.8, 12);
    expect(e.confusion_matrix).toEqual({
      labels: ["benign", "malignant"],
      matrix: [
        [2, 1],
        [0, 2],
      ],
    });
  });
});

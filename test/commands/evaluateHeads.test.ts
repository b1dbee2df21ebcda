// `modelgate evaluate` on classifiers exported without a label output, as PyTorch and Keras heads are: a softmax
// `[N, 2]` alone (a classifier, inferred), and a sigmoid `[N, 1]` (P(second class), with --task classification).
// The same logistic model in each form must give the same metrics as its labelled form. Real ONNX bytes, real
// onnxruntime-node, the breast-cancer holdout.
import { readFileSync } from "node:fs";
import { copyFile, writeFile } from "node:fs/promises";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { attr, DataType, node, valueInfo } from "../../examples/breast-cancer/onnx.mjs";
import type { Evaluation } from "../../src/core/evaluate/evaluate.js";
import { columnStats, linearModel } from "../linearModels.js";
import { fixture, makeTemp, runCli, type TempDir } from "../support.js";

type Head = "labelled" | "softmax" | "sigmoid" | "logit";

/**
 * A standardize-then-linear model over the holdout's 30 columns (weights −1/30: a larger tumour, more likely
 * malignant, class 0), ending in the given head. "logit" outputs the raw score, which is not a probability.
 */
function headModel(head: Head, mean: number[], sd: number[]): Uint8Array {
  const F = DataType.FLOAT;
  const ends: Record<Head, { nodes: ReturnType<typeof node>[]; outputs: ReturnType<typeof valueInfo>[] }> = {
    labelled: {
      nodes: [
        node({
          name: "argmax",
          opType: "ArgMax",
          inputs: ["probabilities"],
          outputs: ["label"],
          attributes: [attr.int("axis", 1), attr.int("keepdims", 0)],
        }),
      ],
      outputs: [valueInfo("label", DataType.INT64, ["N"]), valueInfo("probabilities", F, ["N", 2])],
    },
    softmax: { nodes: [], outputs: [valueInfo("probabilities", F, ["N", 2])] },
    sigmoid: { nodes: [], outputs: [valueInfo("p1", F, ["N", 1])] },
    logit: { nodes: [], outputs: [valueInfo("score", F, ["N", 1])] },
  };
  return linearModel({
    mean,
    sd,
    w: mean.map(() => -1 / 30),
    b: [0.4],
    initializers: [{ name: "one", dims: [1], dataType: F, floats: [1] }],
    head: [
      node({ name: "sigmoid", opType: "Sigmoid", inputs: ["score"], outputs: ["p1"] }),
      node({ name: "complement", opType: "Sub", inputs: ["one", "p1"], outputs: ["p0"] }),
      node({
        name: "concat",
        opType: "Concat",
        inputs: ["p0", "p1"],
        outputs: ["probabilities"],
        attributes: [attr.int("axis", 1)],
      }),
      ...ends[head].nodes,
    ],
    outputs: ends[head].outputs,
  });
}

let tmp: TempDir;
beforeAll(async () => {
  tmp = await makeTemp("evaluate-heads");
  await copyFile(fixture("breast_cancer_holdout.csv"), tmp.file("holdout.csv"));
  const rows = readFileSync(fixture("breast_cancer_holdout.csv"), "utf8").trim().split("\n").slice(1);
  const X = rows.map((l) => l.split(",").slice(0, 30).map(Number));
  const { mean, sd } = columnStats(X);
  for (const head of ["labelled", "softmax", "sigmoid", "logit"] as const)
    await writeFile(tmp.file(`${head}.onnx`), headModel(head, mean, sd));
});
afterAll(() => tmp.remove());

async function evaluate(head: Head, extra: string[] = []) {
  const out = `${head}${extra.length ? "-task" : ""}.json`;
  const r = await runCli(tmp.path, [
    "evaluate",
    "--model",
    `${head}.onnx`,
    "--data",
    "holdout.csv",
    "--target",
    "target",
    "--out",
    out,
    ...extra,
  ]);
  return { ...r, evaluation: r.code === 0 ? (JSON.parse(readFileSync(tmp.file(out), "utf8")) as Evaluation) : null };
}

describe("evaluate a classifier without a label output", () => {
  it("takes a softmax [N, 2] output alone for a classifier, with the labelled form's metrics", async () => {
    const labelled = await evaluate("labelled");
    const softmax = await evaluate("softmax");
    expect(softmax.code, softmax.stderr).toBe(0);
    expect(softmax.evaluation!.task).toBe("classification");
    const m = labelled.evaluation!.metrics;
    // A useful model, so that equal metrics say something.
    expect(m.roc_auc).toBeGreaterThan(0.9);
    expect(m.accuracy).toBeGreaterThan(0.8);
    // The predicted class is the most probable one, as the labelled form's ArgMax gives it.
    for (const k of ["accuracy", "f1", "precision", "recall", "roc_auc", "pr_auc", "log_loss", "balanced_accuracy"])
      expect(softmax.evaluation!.metrics[k], k).toBe(m[k]);
  });

  it("takes a sigmoid [N, 1] output as P(second class) with --task classification", async () => {
    const labelled = await evaluate("labelled");
    // Without --task a single float column is a regression's prediction.
    const inferred = await evaluate("sigmoid");
    expect(inferred.evaluation!.task).toBe("regression");
    const sigmoid = await evaluate("sigmoid", ["--task", "classification"]);
    expect(sigmoid.code, sigmoid.stderr).toBe(0);
    expect(sigmoid.evaluation!.task).toBe("classification");
    const m = labelled.evaluation!.metrics;
    // The columns are [1 − p, p], as the labelled model's own Concat makes them: every metric agrees.
    for (const k of ["accuracy", "f1", "roc_auc", "pr_auc", "log_loss", "balanced_accuracy"])
      expect(sigmoid.evaluation!.metrics[k], k).toBe(m[k]);
    // A threshold applies to it as to any positive-class probability.
    const strict = await evaluate("sigmoid", ["--task", "classification", "--threshold", "0.9"]);
    expect(strict.evaluation!.metrics.recall).toBeLessThan(m.recall!);
  });

  it("refuses a score that is not a probability, in one line", async () => {
    const r = await evaluate("logit", ["--task", "classification"]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(
      /logit\.onnx.*its output "score" gave -?[\d.]+ for row \d+, not a probability in \[0, 1\]/,
    );
  });
});

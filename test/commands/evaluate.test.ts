// `modelgate evaluate` end to end: real ONNX files (the shipped scikit-learn model, and models the example trainer
// writes in the test), real onnxruntime-node, real data; and one clear line with exit 2 for every bad input.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { copyFile, writeFile } from "node:fs/promises";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Evaluation } from "../../src/core/evaluate/evaluate.js";
import type { ClassificationFairness } from "../../src/core/evaluate/fairness.js";
import { fixture, makeTemp, ROOT, runCli, type TempDir } from "../support.js";

let tmp: TempDir;
beforeAll(async () => {
  tmp = await makeTemp("evaluate");
  await copyFile(fixture("breast_cancer_logreg.onnx"), tmp.file("model.onnx"));
  await copyFile(fixture("breast_cancer_holdout.csv"), tmp.file("holdout.csv"));
});
afterAll(() => tmp.remove());

const cli = (argv: string[]) => runCli(tmp.path, argv);

const reference = JSON.parse(readFileSync(fixture("reference/breast_cancer_metrics.json"), "utf8")) as Record<
  string,
  number
>;

describe("the schema's column order", () => {
  it("feeds the model in the schema's order when the file orders its columns otherwise", async () => {
    const lines = readFileSync(fixture("breast_cancer_holdout.csv"), "utf8").trimEnd().split("\n");
    // The first two columns swapped in the file; the schema lists them in the model's order.
    const swapped = lines.map((l) => {
      const c = l.split(",");
      return [c[1], c[0], ...c.slice(2)].join(",");
    });
    await tmp.write("swapped.csv", `${swapped.join("\n")}\n`);
    const header = lines[0]!.split(",");
    const fields = header.map(
      (n) => `  - {name: ${JSON.stringify(n)}, type: ${n === "target" ? "integer" : "number"}}`,
    );
    await tmp.write("model-order.schema.yaml", `target: target\nfields:\n${fields.join("\n")}\n`);
    const run = async (data: string, extra: string[], out: string) => {
      const r = await cli([
        "evaluate",
        "--model",
        "model.onnx",
        "--data",
        data,
        "--target",
        "target",
        "--out",
        out,
        ...extra,
      ]);
      expect(r.code, r.stderr).toBe(0);
      return JSON.parse(readFileSync(tmp.file(out), "utf8")) as Evaluation;
    };
    const original = await run("holdout.csv", [], "order-original.json");
    const bySchema = await run("swapped.csv", ["--schema", "model-order.schema.yaml"], "order-schema.json");
    const byFile = await run("swapped.csv", [], "order-file.json");
    expect(bySchema.data.features).toEqual(original.data.features);
    expect(bySchema.metrics.roc_auc).toBe(original.metrics.roc_auc);
    expect(bySchema.metrics.log_loss).toBe(original.metrics.log_loss);
    // Without the schema the file's order is the input order: the swapped columns reach the wrong inputs.
    expect(byFile.data.features.slice(0, 2)).toEqual([header[1], header[0]]);
    expect(byFile.metrics.log_loss).not.toBe(original.metrics.log_loss);
  });
});

describe("evaluate the shipped scikit-learn model", () => {
  it("reports its signature and metrics equal to scikit-learn's on its own predictions", async () => {
    const r = await cli([
      "evaluate",
      "--model",
      "model.onnx",
      "--data",
      "holdout.csv",
      "--target",
      "target",
      "--out",
      "evaluation.json",
    ]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const e = JSON.parse(readFileSync(tmp.file("evaluation.json"), "utf8")) as Evaluation;
    expect(e.task).toBe("classification");
    expect(e.model.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(e.model.signature).toMatchObject({
      irVersion: 8,
      opsets: [{ domain: "ai.onnx", version: 17 }],
      inputs: [{ name: "input", type: "tensor(float32)", shape: ["N", 30] }],
      outputs: [
        { name: "label", type: "tensor(int64)", shape: ["N"] },
        { name: "probabilities", type: "tensor(float32)", shape: ["N", 2] },
      ],
      ops: ["Add", "ArgMax", "Concat", "Div", "MatMul", "Sigmoid", "Sub"],
    });
    expect(e.data).toMatchObject({ rows: 143, target: "target" });
    expect(e.data.features).toHaveLength(30);
    for (const k of [
      "accuracy",
      "balanced_accuracy",
      "precision",
      "recall",
      "f1",
      "precision_macro",
      "recall_macro",
      "f1_macro",
      "f1_weighted",
      "roc_auc",
      "pr_auc",
    ]) {
      expect(Math.abs(e.metrics[k]! - reference[k]!), k).toBeLessThan(1e-9);
    }
    // The model's own probability rows (p0 computed in float32) are renormalised as scikit-learn does.
    expect(Math.abs(e.metrics.log_loss! - reference.log_loss!)).toBeLessThan(1e-9);
    expect(e.confusion_matrix).toEqual({
      labels: ["0", "1"],
      matrix: [
        [52, 1],
        [1, 89],
      ],
    });
    for (const k of ["latency_p50_ms", "latency_p95_ms", "latency_p99_ms", "rows_per_second", "peak_rss_mib"])
      expect(e.metrics[k], k).toBeGreaterThan(0);
    expect(e.metrics.latency_p50_ms).toBeLessThanOrEqual(e.metrics.latency_p95_ms!);
    expect(e.metrics.latency_p95_ms).toBeLessThanOrEqual(e.metrics.latency_p99_ms!);
    expect(e.metrics.model_bytes).toBe(readFileSync(fixture("breast_cancer_logreg.onnx")).length);
  });

  it("applies a decision threshold and computes slices and fairness", async () => {
    const lines = readFileSync(fixture("breast_cancer_holdout.csv"), "utf8").trimEnd().split("\n");
    // A sensitive column by row parity, as in the fairness reference (group "a" for even 0-based rows).
    const withGroup = [`${lines[0]},group`, ...lines.slice(1).map((l, i) => `${l},${i % 2 === 0 ? "a" : "b"}`)].join(
      "\n",
    );
    await tmp.write("grouped.csv", `${withGroup}\n`);
    const r = await cli([
      "evaluate",
      "--model",
      "model.onnx",
      "--data",
      "grouped.csv",
      "--target",
      "target",
      "--threshold",
      "0.3",
      "--slices",
      "group,mean radius",
      "--sensitive",
      "group",
      "--out",
      "e2.json",
    ]);
    expect(r.code).toBe(0);
    const e = JSON.parse(readFileSync(tmp.file("e2.json"), "utf8")) as Evaluation;
    const at = (reference as unknown as { "threshold_0.3": Record<string, number> })["threshold_0.3"];
    expect(Math.abs(e.metrics.accuracy! - at.accuracy!)).toBeLessThan(1e-9);
    expect(e.data.features).toHaveLength(30); // the sensitive column is not a feature; the sliced feature stays one
    expect(Object.keys(e.slices.group!)).toEqual(["a", "b"]);
    expect(e.slices.group!.a!.count! + e.slices.group!.b!.count!).toBe(143);
    expect(Object.keys(e.slices["mean radius"]!)).toHaveLength(4); // quartile bins of a numeric column
    const fairRef = JSON.parse(readFileSync(fixture("reference/fairness_metrics.json"), "utf8")) as {
      two_groups: Record<string, number>;
    };
    // The reference uses the model's labels (threshold 0.5): recompute at 0.5 for the comparison.
    const r05 = await cli([
      "evaluate",
      "--model",
      "model.onnx",
      "--data",
      "grouped.csv",
      "--target",
      "target",
      "--sensitive",
      "group",
      "--out",
      "e3.json",
    ]);
    expect(r05.code).toBe(0);
    const f = (JSON.parse(readFileSync(tmp.file("e3.json"), "utf8")) as Evaluation).fairness
      .group as ClassificationFairness;
    for (const k of [
      "demographic_parity_difference",
      "demographic_parity_ratio",
      "equalized_odds_difference",
      "equal_opportunity_difference",
    ] as const) {
      expect(Math.abs(f[k] - fairRef.two_groups[k]!), k).toBeLessThan(1e-9);
    }
  });
});

describe("evaluate models the example trainer writes", () => {
  it("a trained model scores well, a deliberately worse one poorly", async () => {
    for (const [params, out] of [
      ["params.yaml", "good.onnx"],
      ["params-worse.yaml", "worse.onnx"],
    ] as const) {
      execFileSync(
        process.execPath,
        [
          "examples/breast-cancer/train.mjs",
          "--data",
          fixture("breast_cancer_train.csv"),
          "--target",
          "target",
          "--out",
          tmp.file(out),
          "--metrics",
          tmp.file(`${out}.metrics.json`),
          "--params",
          `examples/breast-cancer/${params}`,
        ],
        { cwd: ROOT, stdio: "ignore" },
      );
    }
    expect(
      (
        await cli([
          "evaluate",
          "--model",
          "good.onnx",
          "--data",
          "holdout.csv",
          "--target",
          "target",
          "--out",
          "good.json",
        ])
      ).code,
    ).toBe(0);
    expect(
      (
        await cli([
          "evaluate",
          "--model",
          "worse.onnx",
          "--data",
          "holdout.csv",
          "--target",
          "target",
          "--out",
          "worse.json",
        ])
      ).code,
    ).toBe(0);
    const good = JSON.parse(readFileSync(tmp.file("good.json"), "utf8")) as Evaluation;
    const worse = JSON.parse(readFileSync(tmp.file("worse.json"), "utf8")) as Evaluation;
    expect(good.metrics.accuracy).toBeGreaterThan(0.95);
    expect(worse.metrics.accuracy).toBeLessThan(0.7);
    expect(good.model.signature.producer).toContain("modelgate-example-trainer");
  });
});

describe("bad input: one clear line, exit 2", () => {
  const cases: [string, () => Promise<string[]>, RegExp][] = [
    [
      "a zero-byte model",
      async () => (await writeFile(tmp.file("empty.onnx"), ""), ["--model", "empty.onnx"]),
      /^modelgate: empty\.onnx: the model file is empty\n$/,
    ],
    [
      "random bytes",
      async () => (
        await writeFile(
          tmp.file("random.onnx"),
          Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 97 + 13) % 256)),
        ),
        ["--model", "random.onnx"]
      ),
      /^modelgate: random\.onnx: not an ONNX model \(.+\)\n$/,
    ],
    [
      "a truncated model",
      async () => (
        await writeFile(tmp.file("cut.onnx"), readFileSync(fixture("breast_cancer_logreg.onnx")).subarray(0, 700)),
        ["--model", "cut.onnx"]
      ),
      /^modelgate: cut\.onnx: not an ONNX model \(.+\)\n$/,
    ],
    ["a missing model", async () => ["--model", "nope.onnx"], /^modelgate: nope\.onnx: no such file\n$/],
    [
      "a model whose input width differs from the data",
      async () => {
        const lines = readFileSync(fixture("breast_cancer_holdout.csv"), "utf8").trimEnd().split("\n");
        await tmp.write("narrow.csv", `${lines.map((l) => l.split(",").slice(1).join(",")).join("\n")}\n`);
        return ["--model", "model.onnx", "--data", "narrow.csv"];
      },
      /^modelgate: narrow\.csv: 29 feature columns, but the model model\.onnx takes 30\n$/,
    ],
    [
      "a holdout without the target column",
      async () => {
        const lines = readFileSync(fixture("breast_cancer_holdout.csv"), "utf8").trimEnd().split("\n");
        await tmp.write("notarget.csv", `${lines.map((l) => l.split(",").slice(0, 30).join(",")).join("\n")}\n`);
        return ["--model", "model.onnx", "--data", "notarget.csv"];
      },
      /^modelgate: notarget\.csv: no target column "target" \(columns: .+\)\n$/,
    ],
    [
      "a schema that types a feature as text",
      async () => {
        const header = readFileSync(fixture("breast_cancer_holdout.csv"), "utf8").split("\n")[0]!.split(",");
        const fields = header.map((n, i) => `  - {name: ${JSON.stringify(n)}, type: ${i === 3 ? "string" : "number"}}`);
        await tmp.write("texty.schema.yaml", `target: target\nfields:\n${fields.join("\n")}\n`);
        return ["--model", "model.onnx", "--schema", "texty.schema.yaml"];
      },
      /^modelgate: texty\.schema\.yaml: column "mean area": the feature is typed string in the schema; .+\n$/,
    ],
    [
      "a bad threshold",
      async () => ["--model", "model.onnx", "--threshold", "1.5"],
      /^modelgate: --threshold must be a number from 0 to 1, not "1\.5"\n$/,
    ],
  ];
  it.each(cases)("%s", async (_name, setup, message) => {
    const extra = await setup();
    const args = ["evaluate", "--data", "holdout.csv", "--target", "target", "--out", "x.json", ...extra];
    const r = await cli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toContain("    at ");
  });
});

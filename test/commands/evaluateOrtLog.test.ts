// onnxruntime logs from native code straight to the process's stderr (ANSI colours, its own line format), where no
// command stream can catch it: modelgate silences it (src/core/model/ort.ts). Checked on the stderr of a real
// process, as in-process tests cannot see a native write: a model onnxruntime warns about (an unused initializer
// it removes) evaluates with nothing on stderr, and one whose output is not its declared shape (a warning, then an
// error log, then the thrown error) fails in modelgate's one line.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { DataType, valueInfo } from "../../examples/breast-cancer/onnx.mjs";
import { columnStats, linearModel, softmaxHead } from "../linearModels.js";
import { fixture, makeTemp, ROOT, type TempDir } from "../support.js";

const F = DataType.FLOAT;

/** A softmax model over the holdout's 30 columns: `k` classes, declared `declared` wide, with `initializers`. */
function softmaxModel(k: number, declared: number, initializers: Parameters<typeof linearModel>[0]["initializers"]) {
  const rows = readFileSync(fixture("breast_cancer_holdout.csv"), "utf8").trim().split("\n");
  const X = rows.slice(1).map((l) => l.split(",").slice(0, 30).map(Number));
  const { mean, sd } = columnStats(X);
  return linearModel({
    mean,
    sd,
    w: mean.flatMap(() => Array.from({ length: k }, (_x, j) => (j % 2 ? 1 : -1) / 30)),
    b: Array.from({ length: k }, () => 0),
    initializers,
    head: softmaxHead(),
    outputs: [valueInfo("probabilities", F, ["N", declared])],
  });
}

let tmp: TempDir;
beforeAll(async () => {
  tmp = await makeTemp("evaluate-ort-log");
  await writeFile(
    tmp.file("unused.onnx"),
    softmaxModel(2, 2, [{ name: "unused", dims: [1], dataType: F, floats: [3] }]),
  );
  await writeFile(tmp.file("wider.onnx"), softmaxModel(3, 2, []));
});
afterAll(() => tmp.remove());

/** `modelgate evaluate` in a process of its own, from the sources. */
function evaluate(model: string) {
  const entry = pathToFileURL(join(ROOT, "src", "index.ts")).href;
  const script = `const { cli } = await import(${JSON.stringify(entry)}); await cli(process.argv.slice(1));`;
  const args = ["evaluate", "--model", tmp.file(model), "--data", fixture("breast_cancer_holdout.csv")];
  return spawnSync(
    process.execPath,
    [
      "--import",
      "tsx",
      "--input-type=module",
      "-e",
      script,
      ...args,
      "--target",
      "target",
      "--out",
      tmp.file(`${model}.json`),
    ],
    { cwd: ROOT, encoding: "utf8", env: { ...process.env, MODELGATE_PLATFORM: "local" }, timeout: 60_000 },
  );
}

describe("onnxruntime's own log", () => {
  it("stays off stderr for a model onnxruntime warns about (an unused initializer)", () => {
    const r = evaluate("unused.onnx");
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^evaluated .*unused\.onnx on 143 rows \(classification\)/);
    expect(r.stderr).toBe("");
  });

  it("leaves one plain line for a model whose output is not its declared shape", () => {
    const r = evaluate("wider.onnx");
    expect(r.status).toBe(2);
    expect(r.stderr).not.toContain("\u001b");
    expect(r.stderr).toMatch(
      /^modelgate: .*wider\.onnx: its output "probabilities" is \[143, 3\] for 143 input rows, not \[143, 2\] \(declared \[N, 2\]\): modelgate reads one row of output per input row\n$/,
    );
  });
});

import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";

import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..");

describe("the committed dist/", () => {
  it("ships onnxruntime once, loadable from dist/node_modules, and it runs the breast-cancer model", () => {
    // Resolve from dist/ only (not the repo's node_modules): that is what a runner with a fresh clone has.
    const script = `
      import { InferenceSession, Tensor } from "./dist/node_modules/onnxruntime-node/dist/index.js";
      const s = await InferenceSession.create("test/fixtures/breast_cancer_logreg.onnx");
      const row = process.argv[1].split(",").slice(0, 30).map(Number);
      const out = await s.run({ input: new Tensor("float32", Float32Array.from(row), [1, 30]) });
      console.log(JSON.stringify({ inputs: s.inputNames, label: Number(out.label.data[0]), p1: out.probabilities.data[1] }));
    `;
    const firstRow = readFileSync(join(ROOT, "test/fixtures/breast_cancer_holdout.csv"), "utf8").split("\n")[1]!;
    const r = spawnSync(process.execPath, ["--input-type=module", "-e", script, firstRow], {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, NODE_PATH: "" },
    });
    expect(r.stderr).toBe("");
    const result = JSON.parse(r.stdout) as { inputs: string[]; label: number; p1: number };
    expect(result.inputs).toEqual(["input"]);
    expect(result.p1).toBeGreaterThanOrEqual(0);
    expect(result.p1).toBeLessThanOrEqual(1);
    expect(result.label).toBe(result.p1 >= 0.5 ? 1 : 0);
  });

  it("the CLI runs from the bundle: --version and --help exit 0", () => {
    const v = spawnSync(process.execPath, ["bin/modelgate.js", "--version"], { cwd: ROOT, encoding: "utf8" });
    expect(v.status).toBe(0);
    expect(v.stdout.trim()).toBe(
      (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }).version,
    );
    const h = spawnSync(process.execPath, ["bin/modelgate.js", "schema", "infer", "--help"], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(h.status).toBe(0);
    expect(h.stdout).toContain("--target <column>");
  });
});

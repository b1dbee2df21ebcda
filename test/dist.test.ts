import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

import { describe, expect, it } from "vitest";

import type { DriftResult } from "../src/core/drift/drift.js";
import { fixture, makeTemp, runCli } from "./support.js";

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

  it("loads onnxruntime only for a command that runs a model", async () => {
    // Which CommonJS modules the process loaded: onnxruntime-node's native binding comes in through one.
    const script = `
      import { createRequire } from "node:module";
      const { cli } = await import("./dist/modelgate/index.js");
      const loaded = () => Object.keys(createRequire(import.meta.url).cache).some((k) => k.includes("onnxruntime-node"));
      const afterImport = loaded();
      await cli(["schema", "infer", "--data", "test/fixtures/loans_reference.csv", "--out", process.argv[1]]);
      const afterSchema = loaded();
      await cli(["evaluate", "--model", "test/fixtures/breast_cancer_logreg.onnx", "--data",
        "test/fixtures/breast_cancer_holdout.csv", "--target", "target", "--out", process.argv[2]]);
      process.stderr.write(JSON.stringify({ afterImport, afterSchema, afterEvaluate: loaded() }));
    `;
    const tmp = await makeTemp("lazy-ort");
    const r = spawnSync(
      process.execPath,
      ["--input-type=module", "-e", script, tmp.file("schema.yml"), tmp.file("evaluation.json")],
      { cwd: ROOT, encoding: "utf8", env: { ...process.env, MODELGATE_PLATFORM: "local", CI: "1" } },
    );
    await tmp.remove();
    expect(JSON.parse(r.stderr.trim().split("\n").pop()!)).toEqual({
      afterImport: false,
      afterSchema: false,
      afterEvaluate: true,
    });
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

  it("drift reads the current table in the bundle's worker thread with the same result as one thread", async () => {
    const tmp = await makeTemp("dist-drift");
    try {
      const ref = fixture("loans_reference.csv");
      const cur = fixture("loans_current_control.csv");
      const env = { ...process.env, MODELGATE_PLATFORM: "local", CI: "1", MODELGATE_SPLIT_MIN_BYTES: "0" };
      const args = ["bin/modelgate.js", "drift", "--reference", ref, "--current", cur];
      // --cpu-prof writes one profile per thread: two files show the worker really ran.
      const profiles = (dir: string) => readdirSync(tmp.file(dir)).filter((f) => f.endsWith(".cpuprofile"));
      const threaded = spawnSync(
        process.execPath,
        ["--cpu-prof", `--cpu-prof-dir=${tmp.file("prof-w")}`, ...args, "--out", tmp.file("w.json")],
        { cwd: ROOT, env },
      );
      expect(threaded.status, String(threaded.stderr)).toBe(0);
      expect(profiles("prof-w")).toHaveLength(2);
      const small = { ...env, MODELGATE_SPLIT_MIN_BYTES: String(64 << 20) };
      const single = spawnSync(
        process.execPath,
        ["--cpu-prof", `--cpu-prof-dir=${tmp.file("prof-1")}`, ...args, "--out", tmp.file("s.json")],
        { cwd: ROOT, env: small },
      );
      expect(single.status, String(single.stderr)).toBe(0);
      expect(profiles("prof-1")).toHaveLength(1);
      const inline = await runCli(tmp.path, ["drift", "--reference", ref, "--current", cur, "--out", "one.json"]);
      expect(inline.code).toBe(0);
      const read = (f: string) => JSON.parse(readFileSync(tmp.file(f), "utf8")) as DriftResult;
      expect(read("w.json").columns).toEqual(read("one.json").columns);
      // An error in the worker comes back as the one line it would be in this thread.
      const ragged = await tmp.write(
        "ragged.csv",
        `${readFileSync(cur, "utf8").split("\n").slice(0, 50).join("\n")}\n1,2\n`,
      );
      const bad = spawnSync(process.execPath, [...args.slice(0, 5), ragged, "--out", tmp.file("x.json")], {
        cwd: ROOT,
        env,
        encoding: "utf8",
      });
      expect(bad.status).toBe(2);
      expect(bad.stderr.trim().split("\n")).toHaveLength(1);
      expect(bad.stderr).toMatch(/ragged\.csv: line 51/);
    } finally {
      await tmp.remove();
    }
  });
});

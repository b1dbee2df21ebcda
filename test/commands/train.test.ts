// `modelgate train` runs a real command (the example trainer, and small shell scripts) and records the run.
import { existsSync, readFileSync } from "node:fs";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { type RunRecord, runSchema } from "../../src/core/train/run.js";
import { fixture, makeTemp, ROOT, runCli, type TempDir } from "../support.js";

let tmp: TempDir;
beforeAll(async () => {
  tmp = await makeTemp("train");
});
afterAll(() => tmp.remove());

const cli = (argv: string[]) => runCli(tmp.path, argv);

const trainer = `node ${ROOT}/examples/breast-cancer/train.mjs --data ${fixture("breast_cancer_train.csv")} --target target --out model.onnx --metrics metrics.json --params ${ROOT}/examples/breast-cancer/params.yaml`;

describe("train", () => {
  it("runs the command, streams its output, and records params, metrics, artifacts, data and tools in run.json", async () => {
    await tmp.write("params.yaml", "train:\n  learning_rate: 0.5\n  epochs: 1000\nfeatures: [a, b]\n");
    const r = await cli([
      "train",
      "--command",
      trainer,
      "--params",
      "params.yaml",
      "--metrics",
      "metrics.json",
      "--artifacts",
      "model.onnx",
      "--data-files",
      fixture("breast_cancer_train.csv"),
      "--out",
      "run.json",
    ]);
    expect(r.stderr).toContain("── modelgate train: node ");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("train: accuracy=0.9859"); // the command's own output, streamed
    const run = runSchema.parse(JSON.parse(readFileSync(tmp.file("run.json"), "utf8"))) as RunRecord;
    expect(run.params).toEqual({
      "train.learning_rate": 0.5,
      "train.epochs": 1000,
      "features.0": "a",
      "features.1": "b",
    });
    expect(run.metrics["train.accuracy"]).toBeCloseTo(0.9859, 4);
    expect(run.artifacts).toEqual([
      { path: "model.onnx", sha256: "3092ff66eaefea8002d61516f7b8b21b105600d93c33b4dd73c11c19f89fda0a", bytes: 1128 },
    ]);
    expect(run.data[0]!.sha256).toBe("8b86357eb4ce6a021003f670885cc46cd86e8801b61072576c9b5d615437d74b");
    expect(run).toMatchObject({ kind: "modelgate.run", version: 1, exit_code: 0, timed_out: false });
    expect(run.tools.node).toBe(process.version);
  });

  it("a failing command: exit 1 with the last lines of its output", async () => {
    const r = await cli(["train", "--command", "echo preparing; echo 'Traceback: boom' >&2; exit 3"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      "modelgate: the training command exited with code 3. Last lines of its output:\n  | preparing\n  | Traceback: boom\n",
    );
  });

  it("a timeout kills the whole process tree", async () => {
    const pidFile = tmp.file("grandchild.pid");
    const r = await cli(["train", "--command", `sh -c 'sleep 60 & echo $! > ${pidFile}; wait'`, "--timeout", "0.5"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^modelgate: the training command timed out after 0\.5 s; its process tree was killed\./m);
    const pid = Number(readFileSync(pidFile, "utf8"));
    await new Promise((res) => setTimeout(res, 200));
    // The grandchild is gone too: no such process, or a zombie (killed, left for init to reap).
    const state = existsSync(`/proc/${pid}/stat`)
      ? readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]![0]
      : "gone";
    expect(["gone", "Z"]).toContain(state);
  });

  it.each([
    [
      "a missing metrics file",
      ["--command", "true", "--metrics", "nope.json"],
      /^modelgate: nope\.json: no such file$/m,
    ],
    [
      "an unparsable metrics file",
      ["--command", "echo '{\"acc\": NaN}' > m.json", "--metrics", "m.json"],
      /^modelgate: m\.json: line 1: NaN is not a JSON number \(Python's json\.dump writes it for a NaN or infinite value\)$/m,
    ],
    [
      "a metric that is text",
      ["--command", "echo 'acc: high' > m.yml", "--metrics", "m.yml"],
      /^modelgate: m\.yml: at acc: the metric is the text "high", not a number$/m,
    ],
    [
      "a missing declared artifact",
      ["--command", "true", "--artifacts", "model.bin"],
      /^modelgate: model\.bin: the declared artifact was not found after the run$/m,
    ],
    [
      "a bad timeout",
      ["--command", "true", "--timeout", "soon"],
      /^modelgate: --timeout must be a positive number of seconds, not "soon"$/m,
    ],
  ])("%s: one line, exit 2", async (_name, args, message) => {
    const r = await cli(["train", ...args, "--out", "x.json"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(existsSync(tmp.file("x.json"))).toBe(false);
  });

  it("gate reads a run.json's metrics", async () => {
    const r = await cli(["gate", "--evaluation", "run.json", "--rule", "train.accuracy >= 0.95", "--out", "g.json"]);
    expect(r.code).toBe(0);
  });
});

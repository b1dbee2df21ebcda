// `modelgate gate` end to end: evaluations of real models the example trainer writes; a deliberately worse model
// fails against the good one as baseline; bad metrics files and rules are one line and exit 2.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { copyFile, mkdir } from "node:fs/promises";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { GateResult } from "../../src/core/gate/gate.js";
import { parseRule } from "../../src/core/gate/rules.js";
import { fixture, makeTemp, ROOT, runCli, type TempDir } from "../support.js";

let tmp: TempDir;

const cli = (argv: string[]) => runCli(tmp.path, argv);

beforeAll(async () => {
  tmp = await makeTemp("gate");
  await copyFile(fixture("breast_cancer_holdout.csv"), tmp.file("holdout.csv"));
  for (const [params, name] of [
    ["params.yaml", "good"],
    ["params-worse.yaml", "worse"],
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
        tmp.file(`${name}.onnx`),
        "--metrics",
        tmp.file(`${name}.train.json`),
        "--params",
        `examples/breast-cancer/${params}`,
      ],
      { cwd: ROOT, stdio: "ignore" },
    );
    const r = await cli([
      "evaluate",
      "--model",
      `${name}.onnx`,
      "--data",
      "holdout.csv",
      "--target",
      "target",
      "--out",
      `${name}.eval.json`,
      "--predictions",
      `${name}.arrow`,
    ]);
    if (r.code !== 0) throw new Error(r.stderr);
  }
  // The good model at a stricter decision threshold: two more holdout rows wrong, a difference within noise.
  const r = await cli([
    "evaluate",
    "--model",
    "good.onnx",
    "--data",
    "holdout.csv",
    "--target",
    "target",
    "--threshold",
    "0.62",
    "--out",
    "strict.eval.json",
    "--predictions",
    "strict.arrow",
  ]);
  if (r.code !== 0) throw new Error(r.stderr);
});
afterAll(() => tmp.remove());

const gateJson = (name: string) => JSON.parse(readFileSync(tmp.file(name), "utf8")) as GateResult;

describe("gate", () => {
  it("passes the good model on absolute bounds, and binds the verdict to model, holdout and rules", async () => {
    const r = await cli([
      "gate",
      "--evaluation",
      "good.eval.json",
      "--rule",
      "accuracy >= 0.95",
      "--rule",
      "roc_auc >= 0.98",
      "--rule",
      "latency_p95_ms <= 50",
      "--out",
      "g1.json",
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")[0]).toBe("PASS gate: 3 of 3 rules hold");
    const g = gateJson("g1.json");
    const evaluation = JSON.parse(readFileSync(tmp.file("good.eval.json"), "utf8")) as {
      model: { sha256: string };
      data: { sha256: string };
    };
    expect(g.binding.model_sha256).toBe(evaluation.model.sha256);
    expect(g.binding.data_sha256).toBe(evaluation.data.sha256);
    expect(g.binding.config_sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("fails a worse model against the good one as baseline: exit 1, a result with per-rule actual, bound, baseline and delta", async () => {
    const r = await cli([
      "gate",
      "--evaluation",
      "worse.eval.json",
      "--baseline",
      "good.eval.json",
      "--rule",
      "accuracy >= baseline - 0.01",
      "--rule",
      "log_loss <= baseline + 10%",
      "--rule",
      "model_bytes <= 100000",
      "--out",
      "g2.json",
    ]);
    expect(r.code).toBe(1);
    const g = gateJson("g2.json");
    expect(g.passed).toBe(false);
    const [acc, loss, size] = g.rules;
    expect(acc).toMatchObject({ metric: "accuracy", passed: false, improved: false });
    expect(acc!.bound).toBeCloseTo(acc!.baseline! - 0.01, 12);
    expect(acc!.delta).toBeCloseTo(acc!.actual - acc!.baseline!, 12);
    expect(loss).toMatchObject({ metric: "log_loss", passed: false, improved: false });
    expect(loss!.bound).toBeCloseTo(loss!.baseline! * 1.1, 12);
    expect(size).toMatchObject({ metric: "model_bytes", passed: true });
    expect(r.stdout).toContain("✗ accuracy >= baseline - 0.01");
  });

  it("reads rules and the baseline from modelgate.yml", async () => {
    // In a folder of its own (paths in it are relative to it), so it does not leak into the other tests.
    await mkdir(tmp.file("cfg"));
    await tmp.write(
      "cfg/modelgate.yml",
      "version: 1\ngate:\n  evaluation: ../good.eval.json\n  baseline: ../worse.eval.json\n  rules:\n    - accuracy >= baseline\n    - f1 > 0.9\n  out: ../g3.json\n",
    );
    const r = await cli(["--config", "cfg/modelgate.yml", "gate"]);
    expect(r.code).toBe(0);
    expect(gateJson("g3.json").rules.map((x) => [x.rule, x.passed, x.improved])).toEqual([
      ["accuracy >= baseline", true, true],
      ["f1 > 0.9", true, true], // with a baseline, every rule shows its change
    ]);
  });

  it.each([
    [
      "an unknown metric",
      ["--rule", "acuracy >= 0.9"],
      /^modelgate: the gate rule "acuracy >= 0\.9" names the unknown metric "acuracy" \(known: accuracy, /,
    ],
    [
      "a malformed rule",
      ["--rule", "accuracy => 0.9"],
      /^modelgate: rule 1: cannot read the gate rule "accuracy => 0\.9"/,
    ],
    [
      "an improvement demanded with confidence",
      ["--rule", "accuracy >= baseline + 0.1 with 95% confidence", "--baseline", "good.eval.json"],
      /^modelgate: rule 1: "with 95% confidence" gives the candidate the benefit of the holdout's noise, so it cannot demand an improvement/,
    ],
    [
      "a baseline rule without a baseline",
      ["--rule", "accuracy >= baseline"],
      /compares with a baseline: give --baseline/,
    ],
    ["no rules", [], /^modelgate: no gate rules/],
  ])("%s: one line, exit 2", async (_name, args, message) => {
    const r = await cli(["gate", "--evaluation", "good.eval.json", ...args, "--out", "x.json"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
  });

  it.each([
    [
      "NaN in YAML",
      "m.yml",
      "accuracy: .nan\n",
      /^modelgate: m\.yml: at accuracy: the metric is NaN, not a finite number\n$/,
    ],
    [
      "text",
      "m.json",
      '{"train": {"accuracy": "high"}}',
      /^modelgate: m\.json: at train\.accuracy: the metric is the text "high", not a number\n$/,
    ],
    ["not JSON", "m.json", "{accuracy: 1}", /^modelgate: m\.json: not valid JSON \([^\n]+\)\n$/],
    [
      "NaN as Python's json.dump writes it",
      "m.json",
      '{\n  "accuracy": 0.9,\n  "auc": NaN\n}',
      /^modelgate: m\.json: line 3: NaN is not a JSON number \(Python's json\.dump writes it for a NaN or infinite value\)\n$/,
    ],
    [
      "-Infinity in JSON",
      "m.json",
      '{"loss": -Infinity}',
      /^modelgate: m\.json: line 1: -Infinity is not a JSON number/,
    ],
  ])("a metrics file with %s: exit 2", async (_name, file, content, message) => {
    await tmp.write(file, content);
    const r = await cli(["gate", "--evaluation", file, "--rule", "accuracy >= 0.9"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it("takes which way is better from --direction and from modelgate.yml", async () => {
    await tmp.write("dc.json", JSON.stringify({ mse: 2, calibration_gap: 0.05 }));
    await tmp.write("db.json", JSON.stringify({ mse: 1, calibration_gap: 0.1 }));
    const args = ["gate", "--evaluation", "dc.json", "--baseline", "db.json", "--rule", "mse <= baseline + 5"];
    const rules = ["--rule", "calibration_gap <= baseline + 1"];
    expect((await cli([...args, ...rules, "--out", "d1.json"])).code).toBe(0);
    // By default an mse rise is a regression, and an unknown metric is higher-better.
    expect(gateJson("d1.json").rules.map((x) => x.improved)).toEqual([false, false]);
    await tmp.write("dir.yml", "gate:\n  directions:\n    calibration_gap: lower\n");
    expect((await cli([...args, ...rules, "--config", "dir.yml", "--out", "d2.json"])).code).toBe(0);
    expect(gateJson("d2.json").rules.map((x) => x.improved)).toEqual([false, true]);
    expect(gateJson("d2.json").binding.config_sha256).not.toBe(gateJson("d1.json").binding.config_sha256);
    const bad = await cli([...args, "--direction", "mse=smaller"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('modelgate: --direction takes metric=higher or metric=lower, not "mse=smaller"\n');
  });

  it("demands an improvement over the baseline: + x with >=, - x with <= (a lower-better metric)", async () => {
    const good = JSON.parse(readFileSync(tmp.file("good.eval.json"), "utf8")) as { metrics: Record<string, number> };
    const worse = JSON.parse(readFileSync(tmp.file("worse.eval.json"), "utf8")) as { metrics: Record<string, number> };
    const gain = good.metrics.accuracy! - worse.metrics.accuracy!;
    const drop = 1 - good.metrics.log_loss! / worse.metrics.log_loss!;
    expect(gain).toBeGreaterThan(0.02);
    expect(drop).toBeGreaterThan(0.1);
    const demand = (rules: string[], out: string) =>
      cli([
        "gate",
        "--evaluation",
        "good.eval.json",
        "--baseline",
        "worse.eval.json",
        ...rules.flatMap((r) => ["--rule", r]),
        "--out",
        out,
      ]);
    // Asked for less than the good model's real gain and drop: passes.
    const met = await demand(["accuracy >= baseline + 0.01", "log_loss <= baseline - 5%"], "i1.json");
    expect(met.code).toBe(0);
    const [acc, loss] = gateJson("i1.json").rules;
    expect(acc!.bound).toBeCloseTo(worse.metrics.accuracy! + 0.01, 12);
    expect(loss!.bound).toBeCloseTo(worse.metrics.log_loss! * 0.95, 12);
    expect([acc!.improved, loss!.improved]).toEqual([true, true]);
    // Asked for more than it gained: fails (a result, exit 1), in both directions.
    const unmet = await demand(
      [`accuracy >= baseline + ${(gain + 0.01).toFixed(4)}`, `log_loss <= baseline - ${Math.ceil(drop * 100 + 1)}%`],
      "i2.json",
    );
    expect(unmet.code).toBe(1);
    expect(gateJson("i2.json").rules.map((x) => x.passed)).toEqual([false, false]);
  });

  it("refuses a rule whose metric is null or text in the evaluation or the baseline: exit 2, the file and the metric", async () => {
    const e = JSON.parse(readFileSync(tmp.file("good.eval.json"), "utf8")) as {
      metrics: Record<string, unknown>;
    };
    await tmp.write("null.eval.json", JSON.stringify({ ...e, metrics: { ...e.metrics, accuracy: null } }));
    await tmp.write("text.eval.json", JSON.stringify({ ...e, metrics: { ...e.metrics, log_loss: "low" } }));
    await tmp.write("null-metrics.json", JSON.stringify({ accuracy: null, f1: 0.9 }));
    for (const [args, line] of [
      [
        ["--evaluation", "null.eval.json", "--rule", "accuracy <= 1"],
        'modelgate: null.eval.json: at accuracy: the metric is null, not a finite number: the gate rule "accuracy <= 1" cannot be judged on it\n',
      ],
      [
        ["--evaluation", "good.eval.json", "--baseline", "text.eval.json", "--rule", "log_loss <= baseline + 5%"],
        'modelgate: text.eval.json: at log_loss: the metric is the text "low", not a finite number: the gate rule "log_loss <= baseline + 5%" cannot be judged on it\n',
      ],
      [
        ["--evaluation", "null-metrics.json", "--rule", "accuracy <= 1"],
        'modelgate: null-metrics.json: at accuracy: the metric is null, not a finite number: the gate rule "accuracy <= 1" cannot be judged on it\n',
      ],
    ] as const) {
      const r = await cli(["gate", ...args, "--out", "n.json"]);
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toBe(line);
    }
  });

  it("gates a plain metrics file with nested keys (as a training script writes them)", async () => {
    await tmp.write("train-metrics.json", JSON.stringify({ train: { accuracy: 0.97, loss: 0.08 } }));
    const r = await cli([
      "gate",
      "--evaluation",
      "train-metrics.json",
      "--rule",
      "train.accuracy >= 0.95",
      "--rule",
      "train.loss <= 0.05",
      "--out",
      "g4.json",
    ]);
    expect(r.code).toBe(1);
    expect(gateJson("g4.json").rules.map((x) => x.passed)).toEqual([true, false]);
  });

  it("refuses a metrics file that names a metric twice (a dotted key and nested keys), in either order", async () => {
    for (const [name, text] of [
      ["dup1.json", '{"train": {"loss": 0.9}, "train.loss": 0.01}'],
      ["dup2.json", '{"train.loss": 0.01, "train": {"loss": 0.9}}'],
    ] as const) {
      await tmp.write(name, text);
      const r = await cli(["gate", "--evaluation", name, "--rule", "train.loss <= 0.05", "--out", "g6.json"]);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(
        `modelgate: ${name}: at train.loss: the metric is given twice (as a dotted key and as nested keys)\n`,
      );
    }
  });

  it("gates a run.json's metrics only when the run succeeded: a failed or timed-out run is exit 2", async () => {
    const run = JSON.parse(readFileSync(fixture("report/run.json"), "utf8")) as Record<string, unknown>;
    const gate = (file: string) =>
      cli(["gate", "--evaluation", file, "--rule", "train.accuracy >= 0.9", "--out", "g5.json"]);
    await tmp.write("run-ok.json", JSON.stringify(run));
    expect((await gate("run-ok.json")).code).toBe(0);
    await tmp.write("run-failed.json", JSON.stringify({ ...run, exit_code: 1 }));
    const failed = await gate("run-failed.json");
    expect(failed.code).toBe(2);
    expect(failed.stderr).toBe(
      "modelgate: run-failed.json: at exit_code: the training run failed (exit 1): the metrics of a run that did not succeed are not gated\n",
    );
    await tmp.write("run-late.json", JSON.stringify({ ...run, exit_code: null, timed_out: true }));
    expect((await gate("run-late.json")).stderr).toMatch(/: the training run timed out: the metrics of a run/);
  });
});

describe("gate with confidence (paired bootstrap)", () => {
  const paired = (candidate: string, baseline: string) => [
    "gate",
    "--evaluation",
    `${candidate}.eval.json`,
    "--baseline",
    `${baseline}.eval.json`,
    "--predictions",
    `${candidate}.arrow`,
    "--baseline-predictions",
    `${baseline}.arrow`,
  ];

  it("does not fail a pull request for a difference within the holdout's noise", async () => {
    const r = await cli([
      ...paired("strict", "good"),
      "--rule",
      "accuracy >= baseline",
      "--rule",
      "accuracy >= baseline with 95% confidence",
      "--out",
      "c1.json",
    ]);
    expect(r.code).toBe(1);
    const g = gateJson("c1.json");
    expect(g.rules.map((x) => x.passed)).toEqual([false, true]);
    const [point, noisy] = g.rules;
    expect(point!.delta).toBeCloseTo(-2 / 143, 12);
    expect(point!.interval).toBeNull();
    // Two rows flipped from right to wrong: every resample's difference is ≤ 0, and 0 is inside the interval.
    expect(noisy!.interval).toMatchObject({ confidence: 0.95, high: 0, resamples: 1000, seed: 0 });
    expect(noisy!.interval!.low).toBeLessThan(0);
    expect(r.stdout).toMatch(
      /✓ accuracy >= baseline with 95% confidence: .* Δ interval \[-0\.\d+, \+0\.0000\] \(95 %\)/,
    );
    // The same seed gives the same interval; another seed another one.
    await cli([...paired("strict", "good"), "--rule", "accuracy >= baseline with 95% confidence", "--out", "c2.json"]);
    expect(gateJson("c2.json").rules[0]!.interval).toEqual(noisy!.interval);
    await cli([
      ...paired("strict", "good"),
      "--rule",
      "accuracy >= baseline with 95% confidence",
      "--seed",
      "5",
      "--out",
      "c3.json",
    ]);
    expect(gateJson("c3.json").rules[0]!.interval!.seed).toBe(5);
  });

  it("fails a model that is worse beyond the noise", async () => {
    const r = await cli([
      ...paired("worse", "good"),
      "--rule",
      "accuracy >= baseline - 0.05 with 95% confidence",
      "--rule",
      "roc_auc >= baseline with 99% confidence",
      "--out",
      "c4.json",
    ]);
    expect(r.code).toBe(1);
    const g = gateJson("c4.json");
    expect(g.rules.map((x) => x.passed)).toEqual([false, false]);
    expect(g.rules[0]!.interval!.high).toBeLessThan(-0.05);
  });

  it.each([
    [
      "a confidence rule without predictions",
      ["--baseline", "good.eval.json", "--rule", "accuracy >= baseline with 95% confidence"],
      /needs both models' per-row predictions: give --predictions and --baseline-predictions/,
    ],
    [
      "predictions of another model",
      [
        "--baseline",
        "good.eval.json",
        "--predictions",
        "worse.arrow",
        "--baseline-predictions",
        "good.arrow",
        "--rule",
        "accuracy >= baseline with 95% confidence",
      ],
      /^modelgate: worse\.arrow: these predictions are of another model than the candidate evaluation/,
    ],
    [
      "a file that is not predictions",
      [
        "--baseline",
        "good.eval.json",
        "--predictions",
        "holdout.csv",
        "--baseline-predictions",
        "good.arrow",
        "--rule",
        "accuracy >= baseline with 95% confidence",
      ],
      /^modelgate: holdout\.csv: not a predictions file from modelgate evaluate/,
    ],
    [
      "one predictions file only",
      ["--baseline", "good.eval.json", "--predictions", "good.arrow", "--rule", "accuracy >= baseline"],
      /give both --predictions and --baseline-predictions, or neither/,
    ],
    [
      "too few resamples",
      [
        "--baseline",
        "good.eval.json",
        "--predictions",
        "good.arrow",
        "--baseline-predictions",
        "good.arrow",
        "--resamples",
        "10",
        "--rule",
        "accuracy >= baseline with 95% confidence",
      ],
      /--resamples must be a whole number from 100 to 100000/,
    ],
  ])("%s: one line, exit 2", async (_name, args, message) => {
    const r = await cli(["gate", "--evaluation", "good.eval.json", ...args, "--out", "x.json"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
  });
});

describe("parseRule", () => {
  it.each([
    ["accuracy >= 0.95", { metric: "accuracy", op: ">=", value: 0.95, offset: 0, relative: false }],
    ["latency_p95_ms<=20", { metric: "latency_p95_ms", op: "<=", value: 20 }],
    ["f1 >= baseline - 0.01", { metric: "f1", op: ">=", value: null, offset: -0.01, relative: false }],
    ["rmse <= baseline + 5%", { metric: "rmse", op: "<=", value: null, offset: 0.05, relative: true }],
    ["f1 >= baseline + 0.01", { metric: "f1", op: ">=", value: null, offset: 0.01, relative: false }],
    ["rmse <= baseline - 5%", { metric: "rmse", op: "<=", value: null, offset: -0.05, relative: true }],
    [
      "slices.mean radius.(13.1, 15.2].accuracy > 0.9",
      { metric: "slices.mean radius.(13.1, 15.2].accuracy", op: ">", value: 0.9 },
    ],
    [
      "fairness.sex.demographic_parity_difference <= 0.1",
      { metric: "fairness.sex.demographic_parity_difference", value: 0.1 },
    ],
    [
      "accuracy >= baseline - 0.01 with 95% confidence",
      { metric: "accuracy", op: ">=", value: null, offset: -0.01, confidence: 0.95 },
    ],
    [
      "log_loss <= baseline + 10% WITH 90 % Confidence",
      { metric: "log_loss", offset: 0.1, relative: true, confidence: 0.9 },
    ],
  ])("%s", (text, expected) => {
    expect(parseRule(text, "test")).toMatchObject(expected);
  });

  it.each([
    ["accuracy >= 0.9 with 95% confidence", /needs a baseline bound/],
    ["accuracy >= baseline with 100% confidence", /must be at least 50% and below 100%/],
  ])("refuses %s", (text, message) => {
    expect(() => parseRule(text, "rule 1")).toThrow(message);
  });
});

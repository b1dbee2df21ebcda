// Reading step outputs back: evaluate --sensitive's fairness in either shape is accepted (and a wrong shape named
// by its path), drift's infinite statistics come back from JSON's null, and a FIFO or /dev/zero is refused in one
// line instead of hanging the report, the card or the gate.
import { execFileSync } from "node:child_process";
import { readFile } from "node:fs/promises";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { loadMetricSource } from "../../../src/core/gate/sources.js";
import { loadOutput } from "../../../src/core/report/outputs.js";
import { fixture, inputErrorOf, makeTemp, type TempDir } from "../../support.js";

let tmp: TempDir;
let evaluation: Record<string, unknown>;
beforeAll(async () => {
  tmp = await makeTemp("outputs");
  evaluation = JSON.parse(await readFile(fixture("report/evaluation.json"), "utf8")) as Record<string, unknown>;
});
afterAll(() => tmp.remove());

const binary = {
  groups: {
    F: { count: 3, selection_rate: 0.5, tpr: 1, fpr: 0, accuracy: 1 },
    M: { count: 4, selection_rate: 0.25, tpr: 0.5, fpr: 0, accuracy: 0.75 },
  },
  demographic_parity_difference: 0.25,
  demographic_parity_ratio: 0.5,
  equalized_odds_difference: 0.5,
  equal_opportunity_difference: 0.5,
};
const regression = {
  groups: {
    F: { count: 3, mean_prediction: 2, mae: 1, rmse: 1.5 },
    M: { count: 4, mean_prediction: 3, mae: 2, rmse: 2 },
  },
  mean_prediction_difference: 1,
  mae_difference: 1,
  rmse_difference: 0.5,
};

describe("loadOutput(evaluation)", () => {
  it("accepts a classifier's and a regressor's fairness, groups included", async () => {
    const c = await tmp.write("c.json", JSON.stringify({ ...evaluation, fairness: { sex: binary } }));
    expect((await loadOutput("evaluation", c)).fairness.sex).toEqual(binary);
    const r = await tmp.write(
      "r.json",
      JSON.stringify({
        ...evaluation,
        task: "regression",
        classes: null,
        positive_label: null,
        fairness: { sex: regression },
      }),
    );
    expect((await loadOutput("evaluation", r)).fairness.sex).toEqual(regression);
  });

  it("names the field of the task's shape that is wrong", async () => {
    const wrong = await tmp.write("w.json", JSON.stringify({ ...evaluation, fairness: { sex: regression } }));
    const e = await inputErrorOf(() => loadOutput("evaluation", wrong));
    expect(e.message).toMatch(/^.*w\.json: at fairness\.sex\.groups\.F\.selection_rate: /);
    const other = await tmp.write("k.json", JSON.stringify({ kind: "modelgate.gate", version: 1 }));
    expect((await inputErrorOf(() => loadOutput("evaluation", other))).problem).toBe(
      'not a modelgate evaluation output (kind must be "modelgate.evaluation")',
    );
  });
});

describe("loadOutput(drift)", () => {
  it("reads a drifted column's null statistic as infinite, and leaves an undrifted null unknown", async () => {
    const d = JSON.parse(await readFile(fixture("report/drift.json"), "utf8")) as {
      columns: { status: string; drifted: boolean; statistic: number | null }[];
    };
    const drifted = d.columns.findIndex((c) => c.status === "ok" && c.drifted);
    const calm = d.columns.findIndex((c) => c.status === "ok" && !c.drifted);
    d.columns[drifted]!.statistic = null;
    d.columns[calm]!.statistic = null;
    const file = await tmp.write("d.json", JSON.stringify(d));
    const got = await loadOutput("drift", file);
    expect(got.columns[drifted]!.statistic).toBe(Infinity);
    expect(got.columns[calm]!.statistic).toBeNull();
  });
});

describe("a FIFO or a device as an output", () => {
  it("is refused in one line by the report's, the card's and the gate's readers", async () => {
    execFileSync("mkfifo", [tmp.file("pipe.json")]);
    for (const read of [
      () => loadOutput("gate", tmp.file("pipe.json")),
      () => loadMetricSource(tmp.file("pipe.json"), "pipe.json"),
      () => loadOutput("evaluation", "/dev/zero"),
    ])
      expect((await inputErrorOf(read)).problem).toMatch(
        /^cannot be read: it is a (FIFO|character device), not a regular file$/,
      );
  });
});

describe("outputs edited or made by hand", () => {
  const read = async (name: string) =>
    JSON.parse(await readFile(fixture(`report/${name}.json`), "utf8")) as Record<string, unknown>;
  const refusal = async (kind: "evaluation" | "gate" | "validation", value: unknown) =>
    (await inputErrorOf(async () => loadOutput(kind, await tmp.write(`${kind}-edited.json`, JSON.stringify(value)))))
      .message;

  it("refuses a gate whose verdict is not its rules' (a pass with a failed rule, a pass with no rule)", async () => {
    const g = await read("gate");
    const rules = g.rules as { passed: boolean }[];
    expect(await refusal("gate", { ...g, passed: true, rules: [...rules, { ...rules[0]!, passed: false }] })).toMatch(
      new RegExp(`gate-edited\\.json: at passed: says true, but rule ${rules.length + 1} failed$`),
    );
    expect(await refusal("gate", { ...g, passed: false })).toMatch(/at passed: says false, but every rule passed$/);
    expect(await refusal("gate", { ...g, passed: true, rules: [] })).toMatch(
      /at rules: a gate judges at least one rule$/,
    );
  });

  it("refuses a validation whose verdict is not its checks'", async () => {
    const v = await read("validation");
    const checks = v.checks as { passed: boolean }[];
    expect(v.valid).toBe(true);
    const edited = checks.map((c, i) => (i === 1 ? { ...c, passed: false } : c));
    expect(await refusal("validation", { ...v, checks: edited })).toMatch(/at valid: says true, but check 2 failed$/);
    expect(await refusal("validation", { ...v, valid: false })).toMatch(
      /at valid: says false, but every check passed$/,
    );
  });

  it("refuses text where the report shows a digest or a figure (it would be Markdown there)", async () => {
    const e = await read("evaluation");
    const model = e.model as Record<string, unknown>;
    const hostile = "`<img src=x> @org/team `";
    expect(await refusal("evaluation", { ...e, model: { ...model, sha256: hostile } })).toMatch(
      /at model\.sha256: expected a sha256 \(64 lowercase hex digits\)$/,
    );
    const signature = model.signature as { opsets: object[] };
    expect(
      await refusal("evaluation", {
        ...e,
        model: { ...model, signature: { ...signature, opsets: [{ domain: "", version: hostile }] } },
      }),
    ).toMatch(/at model\.signature\.opsets\.0\.version: /);
    expect(
      await refusal("evaluation", {
        ...e,
        confusion_matrix: {
          labels: ["0", "1"],
          matrix: [
            [1, hostile],
            [0, 1],
          ],
        },
      }),
    ).toMatch(/at confusion_matrix\.matrix\.0\.1: /);
    const g = await read("gate");
    const rules = g.rules as object[];
    expect(await refusal("gate", { ...g, rules: [{ ...rules[0]!, bound: hostile }, ...rules.slice(1)] })).toMatch(
      /at rules\.0\.bound: /,
    );
    expect(await refusal("gate", { ...g, binding: { ...(g.binding as object), config_sha256: hostile } })).toMatch(
      /at binding\.config_sha256: expected a sha256/,
    );
    const v = await read("validation");
    const checks = v.checks as object[];
    const example = { row: hostile, line: 2, value: "x" };
    const edited = checks.map((c, i) => (i === 1 ? { ...c, passed: false, examples: [example] } : c));
    expect(await refusal("validation", { ...v, valid: false, checks: edited })).toMatch(
      /at checks\.1\.examples\.0\.row: /,
    );
  });
});

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

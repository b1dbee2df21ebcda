// A metrics file's leaves as metrics, through the shared dotted-key flattener: what each kind of leaf becomes.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { loadMetricSource } from "../../../src/core/gate/sources.js";
import { inputErrorOf, makeTemp, type TempDir } from "../../support.js";

let tmp: TempDir;
beforeAll(async () => {
  tmp = await makeTemp("sources");
});
afterAll(() => tmp.remove());

describe("loadMetricSource on a metrics file", () => {
  it("names nested metrics by dotted path, counts booleans as 1 and 0, keeps nulls aside and leaves arrays out", async () => {
    const file = await tmp.write(
      "metrics.json",
      JSON.stringify({ train: { loss: 0.25, converged: true }, cv: { diverged: false }, auc: null, cm: [[3, 1]] }),
    );
    const source = await loadMetricSource(file, "metrics.json");
    expect([...source.values]).toEqual([
      ["train.loss", 0.25],
      ["train.converged", 1],
      ["cv.diverged", 0],
    ]);
    expect([...source.unusable!]).toEqual([["auc", null]]);
  });

  it("reads YAML the same way", async () => {
    const file = await tmp.write("metrics.yaml", "train:\n  loss: 0.5\n  steps: [1, 2]\n");
    expect([...(await loadMetricSource(file, "m")).values]).toEqual([["train.loss", 0.5]]);
  });

  it("refuses NaN, infinities and text where a metric is, naming its dotted path", async () => {
    const nan = await tmp.write("nan.yaml", "train:\n  loss: .nan\n");
    expect((await inputErrorOf(() => loadMetricSource(nan, "m"))).message).toBe(
      `${nan}: at train.loss: the metric is NaN, not a finite number`,
    );
    const inf = await tmp.write("inf.yml", "loss: -.inf\n");
    expect((await inputErrorOf(() => loadMetricSource(inf, "m"))).message).toBe(
      `${inf}: at loss: the metric is -Infinity, not a finite number`,
    );
    const text = await tmp.write("text.json", '{"eval": {"f1": "0.9"}}');
    expect((await inputErrorOf(() => loadMetricSource(text, "m"))).message).toBe(
      `${text}: at eval.f1: the metric is the text "0.9", not a number`,
    );
  });

  it("refuses a metric given twice, even when one of the two is null", async () => {
    const file = await tmp.write("twice.json", '{"train": {"loss": null}, "train.loss": 0.1}');
    expect((await inputErrorOf(() => loadMetricSource(file, "m"))).message).toBe(
      `${file}: at train.loss: the metric is given twice (as a dotted key and as nested keys)`,
    );
  });

  it("refuses a file with only arrays and nulls: no metrics", async () => {
    const file = await tmp.write("none.json", '{"cm": [[1]], "auc": null}');
    expect((await inputErrorOf(() => loadMetricSource(file, "m"))).message).toBe(`${file}: no metrics in the file`);
  });
});

// The predictions file round-trips exactly (it is what a confidence rule's verdict is computed from).
import { readFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";

import { tableFromIPC } from "apache-arrow";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import {
  readRowPredictions,
  type RowPredictions,
  writeRowPredictions,
} from "../../../src/core/evaluate/rowPredictions.js";
import { makeTemp, type TempDir } from "../../support.js";

let tmp: TempDir;
beforeAll(async () => {
  tmp = await makeTemp("predictions");
});
afterAll(() => tmp.remove());

describe("row predictions file", () => {
  it("round-trips a classifier's labels and probabilities, with its metadata", async () => {
    const rows: RowPredictions = {
      task: "classification",
      modelSha256: "a".repeat(64),
      dataSha256: "b".repeat(64),
      classes: ["0", "1", "2"],
      positive: null,
      yTrue: ["0", "2", "1", "2"],
      yTrueValue: new Float64Array(0),
      yPred: ["0", "1", "1", "2"],
      proba: Float32Array.from([0.7, 0.2, 0.1, 0.1, 0.5, 0.4, 0.2, 0.6, 0.2, 0, 0.25, 0.75]),
      values: null,
    };
    await writeRowPredictions(tmp.file("c.arrow"), rows);
    expect(await readRowPredictions(tmp.file("c.arrow"))).toEqual(rows);
    // Plain Arrow for other tools: named columns, one per class probability.
    const table = tableFromIPC(readFileSync(tmp.file("c.arrow")));
    expect(table.schema.fields.map((f) => f.name)).toEqual(["y_true", "y_pred", "proba_0", "proba_1", "proba_2"]);
  });

  it("round-trips a regressor's values", async () => {
    const y = Float64Array.from([1.5, -2, 3.25]);
    const rows: RowPredictions = {
      task: "regression",
      modelSha256: "m",
      dataSha256: "d",
      classes: null,
      positive: null,
      yTrue: Array.from(y, String),
      yTrueValue: y,
      yPred: null,
      proba: null,
      values: Float64Array.from([1.25, -1.5, 3]),
    };
    await writeRowPredictions(tmp.file("r.arrow"), rows);
    expect(await readRowPredictions(tmp.file("r.arrow"))).toEqual(rows);
  });

  it("names the file when it is not a predictions file", async () => {
    await writeFile(tmp.file("junk.arrow"), "not arrow");
    await expect(readRowPredictions(tmp.file("junk.arrow"))).rejects.toThrow(/junk\.arrow: not a predictions file/);
    await expect(readRowPredictions(tmp.file("missing.arrow"))).rejects.toThrow(/missing\.arrow/);
  });
});

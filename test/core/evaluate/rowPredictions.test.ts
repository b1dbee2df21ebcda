// The predictions file round-trips exactly (it is what a confidence rule's verdict is computed from).
import { execFileSync } from "node:child_process";
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

  it("refuses a probability or a value that is not finite, naming its column and row", async () => {
    const classifier: RowPredictions = {
      task: "classification",
      modelSha256: "m",
      dataSha256: "d",
      classes: ["0", "1"],
      positive: "1",
      yTrue: ["0", "1", "1"],
      yTrueValue: new Float64Array(0),
      yPred: ["0", "1", "1"],
      proba: Float32Array.from([0.9, 0.1, 0.2, 0.8, 0.4, NaN]),
      values: null,
    };
    await writeRowPredictions(tmp.file("nan.arrow"), classifier);
    await expect(readRowPredictions(tmp.file("nan.arrow"))).rejects.toThrow(
      /\/nan\.arrow: column "proba_1": row 3 holds NaN, not a finite number$/,
    );
    const y = Float64Array.from([1, 2]);
    await writeRowPredictions(tmp.file("inf.arrow"), {
      ...classifier,
      task: "regression",
      classes: null,
      positive: null,
      yTrue: Array.from(y, String),
      yTrueValue: y,
      yPred: null,
      proba: null,
      values: Float64Array.from([1, -Infinity]),
    });
    await expect(readRowPredictions(tmp.file("inf.arrow"))).rejects.toThrow(
      /inf\.arrow: column "prediction": row 2 holds -Infinity, not a finite number$/,
    );
  });

  it("refuses /dev/zero and a FIFO without reading them", async () => {
    execFileSync("mkfifo", [tmp.file("pipe.arrow")]);
    await expect(readRowPredictions("/dev/zero")).rejects.toThrow(
      /^\/dev\/zero: cannot be read: it is a character device/,
    );
    await expect(readRowPredictions(tmp.file("pipe.arrow"))).rejects.toThrow(
      /pipe\.arrow: cannot be read: it is a FIFO/,
    );
  });

  it("names the file when it is not a predictions file", async () => {
    await writeFile(tmp.file("junk.arrow"), "not arrow");
    await expect(readRowPredictions(tmp.file("junk.arrow"))).rejects.toThrow(/junk\.arrow: not a predictions file/);
    await expect(readRowPredictions(tmp.file("missing.arrow"))).rejects.toThrow(/missing\.arrow/);
  });
});

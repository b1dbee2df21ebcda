// driftOfFiles: `modelgate drift`'s comparison over files, on the real loans and breast-cancer tables and a real
// ONNX model: two tables, a profile and a table, the --columns filter, and the inputs it refuses in one line.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { openTable } from "../../../src/core/data/open.js";
import type { DriftOptions } from "../../../src/core/drift/drift.js";
import { driftOfFiles } from "../../../src/core/drift/driftFiles.js";
import { profileTable } from "../../../src/core/profile/profileTable.js";
import { fixture, makeTemp, type TempDir } from "../../support.js";

let tmp: TempDir;
let refProfile: string;
const ref = fixture("loans_reference.csv");
const cur = fixture("loans_current_control.csv");
const label = (f: string) => `shown:${f.split("/").at(-1)}`;
const files = { reference: ref, current: cur, label, read: {} };

beforeAll(async () => {
  tmp = await makeTemp("drift-files");
  const source = await openTable(ref);
  try {
    refProfile = await tmp.write("ref.profile.json", JSON.stringify(await profileTable(source)));
  } finally {
    await source.close();
  }
});
afterAll(() => tmp.remove());

describe("driftOfFiles", () => {
  it("compares two tables, only the listed columns and the target, each file under its label", async () => {
    const d = await driftOfFiles({ ...files, columns: ["income", "state"] }, { target: "default" });
    expect(d).toMatchObject({
      from: "data",
      reference: { file: "shown:loans_reference.csv" },
      current: { file: "shown:loans_current_control.csv" },
      target: { column: "default" },
      prediction: null,
    });
    expect(d.columns.map((c) => c.column).sort()).toEqual(["income", "state"]);
    expect(d.reference.rows).toBe(20_000);
  });

  it("compares a profile with a table the same way, from the profiles", async () => {
    const d = await driftOfFiles(
      { ...files, reference: refProfile, columns: ["income"] },
      { target: "default", datasetThreshold: 0.5 },
    );
    expect(d).toMatchObject({
      from: "profiles",
      reference: { file: "shown:ref.profile.json" },
      target: { column: "default" },
    });
    expect(d.columns.map((c) => c.column)).toEqual(["income"]);
  });

  it("scores both tables with the model: its predictions are the prediction drift; the caller's options stay", async () => {
    const options: DriftOptions = { target: "target" };
    const d = await driftOfFiles(
      {
        reference: fixture("breast_cancer_train.csv"),
        current: fixture("breast_cancer_holdout.csv"),
        label,
        read: {},
        model: fixture("breast_cancer_logreg.onnx"),
        columns: ["mean radius"],
      },
      options,
    );
    expect(d.prediction).toMatchObject({ column: "prediction (breast_cancer_logreg.onnx)", type: "categorical" });
    expect(d.prediction!.current.rows).toBe(143);
    expect(d.target).toMatchObject({ column: "target" });
    expect(d.columns.map((c) => c.column)).toEqual(["mean radius"]);
    expect(options).toEqual({ target: "target" });
  });

  it("refuses, in one line, a model with --prediction (before reading anything) or with a profile", async () => {
    await expect(
      driftOfFiles({ ...files, reference: "nope.csv", model: "m.onnx" }, { prediction: "score" }),
    ).rejects.toThrow(/^give --model or --prediction, not both: each is the prediction drift$/);
    await expect(driftOfFiles({ ...files, current: refProfile, model: "m.onnx" }, {})).rejects.toThrow(
      new RegExp(`^${refProfile}: --model needs both tables as data, not a profile$`),
    );
  });

  it("refuses a target, a prediction or a listed column that is not there, naming the reference", async () => {
    await expect(driftOfFiles(files, { target: "nope" })).rejects.toThrow(
      new RegExp(`^${ref}: --target "nope": no such column in both tables$`),
    );
    await expect(driftOfFiles({ ...files, reference: refProfile }, { prediction: "nope" })).rejects.toThrow(
      new RegExp(`^${refProfile}: --prediction "nope": no such column in both tables$`),
    );
    await expect(driftOfFiles({ ...files, reference: refProfile, columns: ["zz"] }, {})).rejects.toThrow(
      new RegExp(`^${refProfile}: no column "zz"$`),
    );
    await expect(driftOfFiles({ ...files, columns: ["zz"] }, {})).rejects.toThrow(
      new RegExp(`^${ref}: no column "zz"$`),
    );
  });
});

// `modelgate drift` end to end on the real loans tables: the control batch shows no drift; a batch with income
// shifted, a state mix changed and a column emptied shows exactly those; bad input is one line and exit 2.
import { readFileSync } from "node:fs";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { DriftResult } from "../../src/core/drift/drift.js";
import { cloneCsv, col, csvText, fixture, makeTemp, readPlainCsv, runCli, type TempDir } from "../support.js";

let tmp: TempDir;
const cli = (argv: string[]) => runCli(tmp.path, argv);
const driftJson = (f: string) => JSON.parse(readFileSync(tmp.file(f), "utf8")) as DriftResult;

beforeAll(async () => {
  tmp = await makeTemp("drift");
  const ref = await readPlainCsv(fixture("loans_reference.csv"));
  const cur = await readPlainCsv(fixture("loans_current_control.csv"));
  await tmp.write("ref.csv", csvText(ref));
  await tmp.write("control.csv", csvText(cur));
  // Drifted: income up 25 %, a third of the states become CA, debt_ratio all null.
  const drifted = cloneCsv(cur);
  const [inc, st, debt] = [col(drifted, "income"), col(drifted, "state"), col(drifted, "debt_ratio")];
  drifted.rows.forEach((r, i) => {
    if (r[inc] !== "") r[inc] = (Number(r[inc]) * 1.25).toFixed(2);
    if (i % 3 === 0) r[st] = "CA";
    r[debt] = "";
  });
  await tmp.write("drifted.csv", csvText(drifted));
  // A small sample (≤ 1000 rows) gets the p-value tests; a hostile column name must be escaped.
  const small = cloneCsv(cur);
  small.rows = small.rows.slice(0, 400);
  small.header = small.header.map((h) => (h === "employment" ? "<img src=x onerror=alert(1)> @org/team" : h));
  await tmp.write("small-cur.csv", csvText(small));
  const smallRef = cloneCsv(ref);
  smallRef.rows = smallRef.rows.slice(0, 500);
  smallRef.header = small.header;
  await tmp.write("small-ref.csv", csvText(smallRef));
});
afterAll(() => tmp.remove());

describe("drift", () => {
  it("finds no drift between two batches of the same process: exit 0", async () => {
    const r = await cli(["drift", "--reference", "ref.csv", "--current", "control.csv", "--out", "d0.json"]);
    expect(r.code, r.stderr).toBe(0);
    const d = driftJson("d0.json");
    expect(d).toMatchObject({ kind: "modelgate.drift", drifted_columns: 0, dataset_drifted: false });
    const byName = Object.fromEntries(d.columns.map((c) => [c.column, c]));
    // Evidently's selection above 1000 reference values: Wasserstein for numbers, JS for categories.
    expect(byName.income).toMatchObject({ type: "numeric", test: "wasserstein", threshold: 0.1, p_value: null });
    expect(byName.state).toMatchObject({ type: "categorical", test: "js" });
    expect(byName.default).toMatchObject({ test: "js" }); // 0/1: few values
    expect(byName.loan_id).toMatchObject({ status: "identifier", test: null });
  });

  it("finds the shifted columns, the emptied one (its null share moved), and the dataset drift: exit 1, worst first", async () => {
    const r = await cli([
      "drift",
      "--reference",
      "ref.csv",
      "--current",
      "drifted.csv",
      "--out",
      "d1.json",
      "--report",
      "d1.md",
      "--dataset-threshold",
      "0.2",
    ]);
    expect(r.code).toBe(1);
    const d = driftJson("d1.json");
    expect(d.dataset_drifted).toBe(true);
    expect(
      d.columns
        .filter((c) => c.drifted)
        .map((c) => c.column)
        .sort(),
    ).toEqual(["debt_ratio", "income", "state"]);
    expect(d.columns[0]!.drifted).toBe(true);
    // No current values to test, but a null share from 0 % to 100 %: drifted, and counted (issue 16).
    const debt = d.columns.find((c) => c.column === "debt_ratio")!;
    expect(debt).toMatchObject({ status: "no_current_values", null_rate_drifted: true, drifted: true });
    expect(debt.reasons).toEqual(["null share 0.0 % → 100.0 % (moved more than 10.0 %)"]);
    expect(debt.current.null_fraction).toBe(1);
    const md = readFileSync(tmp.file("d1.md"), "utf8");
    expect(md.split("\n")[0]).toBe("### 🔴 Dataset drift: 3 of 8 columns drifted (37.5 %; threshold 20.0 %)");
    expect(md).toContain("```mermaid\nxychart-beta");
    expect(md).toMatch(/\| <code>income<\/code> \| numeric \| wasserstein \| [0-9.]+ \| – \| 0\.1000 \| 🔴 drift \|/);
    expect(r.stdout).toMatch(/^DRIFT 3 of 8 columns drifted/);
  });

  it("uses the p-value tests on small samples, forced or per-column tests, and escapes column names", async () => {
    const r = await cli([
      "drift",
      "--reference",
      "small-ref.csv",
      "--current",
      "small-cur.csv",
      "--column-test",
      "income=psi:0.2",
      "--out",
      "d2.json",
      "--report",
      "d2.md",
    ]);
    expect(r.code, r.stderr).toBe(0);
    const byName = Object.fromEntries(driftJson("d2.json").columns.map((c) => [c.column, c]));
    expect(byName.age).toMatchObject({ test: "ks" });
    expect(byName.age!.p_value).toBeGreaterThan(0);
    expect(byName.state).toMatchObject({ test: "chi2" });
    expect(byName.has_mortgage).toMatchObject({ test: "z" });
    expect(byName.income).toMatchObject({ test: "psi", threshold: 0.2 });
    const md = readFileSync(tmp.file("d2.md"), "utf8");
    expect(md).not.toContain("<img");
    expect(md).not.toMatch(/(^|[^&])@org/);
    const forced = await cli([
      "drift",
      "--reference",
      "small-ref.csv",
      "--current",
      "small-cur.csv",
      "--test",
      "psi",
      "--out",
      "d3.json",
    ]);
    expect(forced.code).toBe(0);
    // Forced everywhere it applies; categorical columns too (PSI over categories).
    expect(
      new Set(
        driftJson("d3.json")
          .columns.filter((c) => c.test)
          .map((c) => c.test),
      ),
    ).toEqual(new Set(["psi"]));
  });

  it("gives the same numbers from JSON Lines, where no row count is known ahead and the value arrays grow", async () => {
    for (const name of ["ref", "drifted"]) {
      const csv = await readPlainCsv(tmp.file(`${name}.csv`));
      const cell = (v: string) => (v === "" ? null : /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : v);
      const rows = csv.rows.map((r) => JSON.stringify(Object.fromEntries(csv.header.map((h, i) => [h, cell(r[i]!)]))));
      await tmp.write(`${name}.jsonl`, `${rows.join("\n")}\n`);
    }
    const fromCsv = await cli(["drift", "--reference", "ref.csv", "--current", "drifted.csv", "--out", "dc.json"]);
    const fromJsonl = await cli([
      "drift",
      "--reference",
      "ref.jsonl",
      "--current",
      "drifted.jsonl",
      "--out",
      "dj.json",
    ]);
    expect(fromJsonl.code, fromJsonl.stderr).toBe(fromCsv.code);
    const pick = (d: DriftResult) => d.columns.map((c) => [c.column, c.test, c.statistic, c.p_value, c.drifted]);
    expect(pick(driftJson("dj.json"))).toEqual(pick(driftJson("dc.json")));
    expect(driftJson("dj.json").drifted_columns).toBeGreaterThanOrEqual(2);
  });

  it("guesses types from the first rows, and reads again with every row's types when a later value does not fit", async () => {
    // 200,000 rows: `code` is an integer until text appears near the end; `late` is empty until row 100,000 (so
    // the guess reads on until it has seen a value); `ratio` is whole numbers until decimals appear after the
    // guess has stopped. Detection over every row says string, number, number.
    const lines = ["code,late,ratio"];
    for (let i = 0; i < 200_000; i++) {
      const code = i >= 199_990 ? `x${i % 3}` : String(i % 7);
      lines.push(`${code},${i >= 100_000 ? (i % 11) / 2 : ""},${i >= 180_000 ? i / 4 : i % 9}`);
    }
    await tmp.write("typed-ref.csv", `${lines.join("\n")}\n`);
    await tmp.write("typed-cur.csv", `${lines.slice(0, 20_000).join("\n")}\n`);
    const args = ["drift", "--reference", "typed-ref.csv", "--current", "typed-cur.csv"];
    const guessed = await cli([...args, "--out", "typed-guess.json"]);
    await tmp.write(
      "typed.schema.yml",
      "fields:\n  - {name: code, type: string}\n  - {name: late, type: number}\n  - {name: ratio, type: number}\n",
    );
    const declared = await cli([...args, "--schema", "typed.schema.yml", "--out", "typed-schema.json"]);
    expect(guessed.code, guessed.stderr).toBe(declared.code);
    const strip = (d: DriftResult) => ({ ...d, reference: null, current: null });
    expect(strip(driftJson("typed-guess.json"))).toEqual(strip(driftJson("typed-schema.json")));
    const byName = Object.fromEntries(driftJson("typed-guess.json").columns.map((c) => [c.column, c]));
    expect(byName.code).toMatchObject({ type: "categorical" });
    expect(byName.late).toMatchObject({ type: "numeric" });
    expect(byName.ratio).toMatchObject({ type: "numeric" });
  });

  it("reports target and prediction drift apart from the features, and exits 1 on either", async () => {
    const ref = await readPlainCsv(fixture("loans_reference.csv"));
    const cur = await readPlainCsv(fixture("loans_current_control.csv"));
    // A logged model score on both sides; in the current batch the defaults double and the scores rise.
    const withScore = (t: typeof ref, shift: number) => {
      const [dr, def] = [col(t, "debt_ratio"), col(t, "default")];
      return {
        header: [...t.header, "score"],
        rows: t.rows.map((r, i) => {
          const row = [...r];
          if (shift && i % 5 === 0) row[def] = "1";
          return [...row, Math.min(1, Number(r[dr] || 0) + shift).toFixed(4)];
        }),
      };
    };
    await tmp.write("ref-score.csv", csvText(withScore(ref, 0)));
    await tmp.write("cur-score.csv", csvText(withScore(cur, 0.15)));
    const args = ["drift", "--reference", "ref-score.csv", "--current", "cur-score.csv"];
    const r = await cli([
      ...args,
      "--target",
      "default",
      "--prediction",
      "score",
      "--out",
      "dt.json",
      "--report",
      "dt.md",
    ]);
    const d = driftJson("dt.json");
    expect(r.code).toBe(1);
    expect(d.dataset_drifted).toBe(false);
    expect(d.drifted).toBe(true);
    expect(d.target).toMatchObject({ column: "default", test: "js", drifted: true });
    expect(d.prediction).toMatchObject({ column: "score", test: "wasserstein", drifted: true });
    expect(d.columns.map((c) => c.column)).not.toContain("default");
    expect(d.columns.map((c) => c.column)).not.toContain("score");
    const md = readFileSync(tmp.file("dt.md"), "utf8");
    expect(md).toContain("**Target drift** (<code>default</code>): 🔴 drift — js");
    expect(md).toContain("**Prediction drift** (<code>score</code>): 🔴 drift — wasserstein");
    // Without them named, the same two columns are features like the others.
    await cli([...args, "--out", "dt2.json"]);
    expect(driftJson("dt2.json").target).toBeNull();
    expect(driftJson("dt2.json").columns.map((c) => c.column)).toContain("score");
    const bad = await cli([...args, "--target", "label", "--out", "x.json"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--target "label": no such column in both tables/);
  });

  it.each([
    ["an unknown test", ["--test", "anova"], /--test: unknown test "anova" \(use ks, chi2, z, wasserstein, js, psi\)/],
    ["a malformed column test", ["--column-test", "income"], /write column=test or column=test:threshold/],
    ["a missing file", ["--current", "nope.csv"], /^modelgate: nope\.csv: /],
    ["a bad dataset threshold", ["--dataset-threshold", "2"], /--dataset-threshold must be a number from 0 to 1/],
    ["an unknown column", ["--columns", "salary"], /ref\.csv: no column "salary"/],
  ])("%s: one line, exit 2", async (_name, args, message) => {
    const r = await cli(["drift", "--reference", "ref.csv", "--current", "control.csv", ...args, "--out", "x.json"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
  });
});

describe("drift --model: prediction drift from the ONNX model itself", () => {
  const bc = ["--reference", fixture("breast_cancer_train.csv"), "--target", "target"];
  const model = ["--model", fixture("breast_cancer_logreg.onnx")];

  it("scores both tables with the model: its predicted classes are the ones evaluate counts, no drift", async () => {
    const r = await cli([
      "drift",
      ...bc,
      "--current",
      fixture("breast_cancer_holdout.csv"),
      ...model,
      "--out",
      "pm.json",
    ]);
    expect(r.code, r.stderr).toBe(0);
    const d = driftJson("pm.json");
    expect(d.prediction).toMatchObject({
      column: "prediction (breast_cancer_logreg.onnx)",
      type: "categorical",
      status: "ok",
      drifted: false,
    });
    expect(d.prediction!.current.rows).toBe(143);
    // The same model on the same holdout through evaluate: predicted class shares = confusion-matrix column sums.
    const e = await cli([
      "evaluate",
      ...model,
      "--data",
      fixture("breast_cancer_holdout.csv"),
      "--target",
      "target",
      "--out",
      "pm-eval.json",
    ]);
    expect(e.code, e.stderr).toBe(0);
    const { confusion_matrix: cm } = JSON.parse(readFileSync(tmp.file("pm-eval.json"), "utf8")) as {
      confusion_matrix: { labels: string[]; matrix: number[][] };
    };
    const predicted = cm.labels.map((_l, j) => cm.matrix.reduce((a, row) => a + row[j]!, 0) / 143);
    const picture = d.prediction!.picture as { labels: string[]; current: number[] };
    expect(picture.labels).toEqual(cm.labels);
    picture.current.forEach((share, j) => expect(share).toBeCloseTo(predicted[j]!, 12));
    // Predictions are not a feature: the feature share counts 30 columns.
    expect(d.columns).toHaveLength(30);
  });

  it("feeds both tables' columns in the reference's order, whatever order the current table has", async () => {
    const cur = await readPlainCsv(fixture("breast_cancer_holdout.csv"));
    const order = cur.header.map((_h, i) => i).reverse();
    await tmp.write(
      "bc-reordered.csv",
      csvText({ header: order.map((i) => cur.header[i]!), rows: cur.rows.map((r) => order.map((i) => r[i]!)) }),
    );
    const a = await cli([
      "drift",
      ...bc,
      "--current",
      fixture("breast_cancer_holdout.csv"),
      ...model,
      "--out",
      "po1.json",
    ]);
    const b = await cli(["drift", ...bc, "--current", "bc-reordered.csv", ...model, "--out", "po2.json"]);
    expect([a.code, b.code], b.stderr).toEqual([0, 0]);
    expect(driftJson("po2.json").prediction!.picture).toEqual(driftJson("po1.json").prediction!.picture);
  });

  it("flags the predictions when the inputs move so the model's answers do: exit 1", async () => {
    const cur = await readPlainCsv(fixture("breast_cancer_holdout.csv"));
    // Larger tumours: every "worst" measurement up by 60 %, which the model reads as malignant.
    const worst = cur.header.flatMap((h, i) => (h.startsWith("worst") ? [i] : []));
    cur.rows.forEach((r) => worst.forEach((i) => (r[i] = String(Number(r[i]) * 1.6))));
    await tmp.write("bc-shifted.csv", csvText(cur));
    const r = await cli(["drift", ...bc, "--current", "bc-shifted.csv", ...model, "--out", "pm2.json"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^PREDICTION DRIFT prediction \(breast_cancer_logreg\.onnx\)/m);
    expect(driftJson("pm2.json").prediction).toMatchObject({ drifted: true });
  });

  it("refuses what cannot work, one line each, exit 2", async () => {
    const holdout = fixture("breast_cancer_holdout.csv");
    const both = await cli(["drift", ...bc, "--current", holdout, ...model, "--prediction", "target"]);
    expect(both.code).toBe(2);
    expect(both.stderr.trim()).toBe("modelgate: give --model or --prediction, not both: each is the prediction drift");
    const few = await cli(["drift", ...bc, "--current", holdout, ...model, "--features", "mean radius,mean texture"]);
    expect(few.code).toBe(2);
    expect(few.stderr).toMatch(/2 feature columns, but the model .*breast_cancer_logreg\.onnx takes 30/);
    expect(few.stderr.trim().split("\n")).toHaveLength(1);
    const profile = await cli(["profile", "--data", holdout, "--out", "bc.profile.json"]);
    expect(profile.code, profile.stderr).toBe(0);
    const fromProfile = await cli(["drift", ...bc, "--current", "bc.profile.json", ...model]);
    expect(fromProfile.code).toBe(2);
    expect(fromProfile.stderr).toMatch(/bc\.profile\.json: --model needs both tables as data, not a profile/);
  });
});

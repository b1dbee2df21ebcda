import { z } from "zod";

import { DRIFT_TESTS } from "../../core/drift/result.js";
import { defineCommand, file, flag, type InputOf, lines, list, number, output, text } from "../command.js";
import { readInputs } from "../readOptions.js";

/** modelgate.yml's drift.columns, as its schema reads it: each column's test and threshold. */
const COLUMN_TESTS = z.record(z.string(), z.object({ test: z.string(), threshold: z.number().optional() }));

const inputs = {
  reference: file(
    "The reference data (what the model learned from), or its profile (.json, from modelgate profile): then the raw reference need not be kept.",
    { required: true, config: "drift.reference" },
  ),
  current: file(
    "The current data (what the model meets now), or its profile (.json), e.g. merged from shards profiled with --edges-from the reference profile.",
    { required: true, config: "drift.current" },
  ),
  test: text(`One test for every column it applies to: ${DRIFT_TESTS.join(", ")} (default: per column).`, {
    config: "drift.test",
    placeholder: "<test>",
  }),
  columnTest: lines('A column test and threshold, repeatable: "income=psi:0.2".', {
    config: "drift.columns",
    placeholder: "<column=test[:threshold]>",
    fromConfig: (v) => {
      const columns = COLUMN_TESTS.safeParse(v);
      return columns.success
        ? Object.entries(columns.data).map(
            ([k, c]) => `${k}=${c.test}${c.threshold !== undefined ? `:${c.threshold}` : ""}`,
          )
        : undefined;
    },
  }),
  columns: list("Only these columns (default: every column both tables have).", { config: "drift.only" }),
  target: text("The label column: its drift is reported apart as target drift (exit 1 when it drifted).", {
    config: "drift.target",
    placeholder: "<column>",
  }),
  prediction: text(
    "A column of the model's logged predictions: reported apart as prediction drift (exit 1 when it drifted).",
    { config: "drift.prediction", placeholder: "<column>" },
  ),
  model: file(
    "Run this ONNX model on both tables and compare its predictions (prediction drift, reported apart; the class for a classifier, the value for a regressor).",
    { config: "drift.model" },
  ),
  features: list("The model's feature columns in input order (default: every column but --target, in file order).", {
    config: "drift.features",
  }),
  datasetThreshold: number("Share of drifted columns at or above which the dataset drifted.", {
    min: 0,
    max: 1,
    default: 0.5,
    config: "drift.dataset_threshold",
    placeholder: "<share>",
  }),
  nullRateThreshold: number(
    "A column whose null share, or share of values not of the reference's type, moved by more than this drifted (absolute).",
    { min: 0, max: 1, default: 0.1, config: "drift.null_rate_threshold", placeholder: "<share>" },
  ),
  schema: file("Read columns as the schema's types (default: detected from the reference).", { config: "schema" }),
  out: output("Where to write drift.json.", { config: "drift.out", default: "drift.json" }),
  report: output("Also write the Markdown report here.", { config: "drift.report" }),
  html: output(
    "Also write a standalone HTML report here (inline SVG charts, no scripts or remote loads, aggregates only: no rows).",
    { config: "drift.html" },
  ),
  uploadHtml: flag(
    "Keep the HTML report with the run: a workflow artifact on GitHub (@actions/artifact; downloads as the page itself). GitLab keeps it through the job's artifacts: paths.",
  ),
  ...readInputs,
};

export type DriftInput = InputOf<typeof inputs>;

export const drift = defineCommand({
  name: "drift",
  words: ["drift"],
  summary:
    "Per-column drift between reference and current data (Evidently's default tests, scipy's numbers); exit 1 on dataset, schema, target or prediction drift; 2 when there is nothing to compare.",
  action: { dir: "drift" },
  inputs,
  outputs: [
    { name: "drifted", description: "`true` when the dataset, the schema, the target or the predictions drifted." },
    { name: "html-path", description: "Path of the HTML report, when one was written." },
    { name: "drifted-columns", description: "How many columns drifted." },
    { name: "share-drifted", description: "Share of tested columns that drifted." },
    { name: "drift-path", description: "Path of drift.json." },
    { name: "html-artifact-id", description: "The workflow artifact's id, when the HTML report was uploaded." },
    { name: "html-artifact-url", description: "Where to download the HTML report, when it was uploaded." },
  ],
  run: async (input, io) => (await import("./run.js")).runDrift(input, io),
});

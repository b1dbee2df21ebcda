import type { CommandSpec, OptionSpec } from "./commandSpec.js";
import { CARD, COMMENT, REPORT } from "./reportSpecs.js";

// The spec types live apart so reportSpecs.ts names them without importing this module back.
export type { CommandSpec, OptionSpec, OutputSpec } from "./commandSpec.js";

const readOptions: OptionSpec[] = [
  {
    name: "format",
    arg: "<format>",
    description: "Data format: csv, jsonl, parquet or arrow (default: from the extension).",
    fromConfig: (c) => c.data?.format,
  },
  {
    name: "delimiter",
    arg: "<char>",
    description: "CSV field delimiter (default `,`; a tab for .tsv).",
    fromConfig: (c) => c.data?.delimiter,
  },
  {
    name: "null-values",
    arg: "<list>",
    list: true,
    description: 'Comma-separated cell texts read as null (default: "", NA, null).',
    fromConfig: (c) => c.data?.null_values,
  },
];

export const VALIDATE: CommandSpec = {
  name: "validate",
  words: ["validate"],
  summary: "Validate tabular data against a schema, in one streaming pass.",
  options: [
    {
      name: "data",
      arg: "<file>",
      required: true,
      description: "The data file to validate.",
      fromConfig: (c) => c.data?.path,
    },
    {
      name: "schema",
      arg: "<file>",
      required: true,
      description: "The schema file (YAML or JSON).",
      fromConfig: (c) => c.schema,
    },
    ...readOptions,
    {
      name: "profile",
      arg: "<file>",
      writes: true,
      description: "Also write the data profile (JSON) here, from the same pass.",
      fromConfig: (c) => c.validate?.profile,
    },
    {
      name: "junit",
      arg: "<file>",
      writes: true,
      description: "Write a JUnit XML report here (one test case per rule per column).",
      fromConfig: (c) => c.validate?.junit,
    },
    {
      name: "report",
      arg: "<file>",
      writes: true,
      description: "Write the JSON validation report here.",
      fromConfig: (c) => c.validate?.report,
    },
  ],
  outputs: [
    { name: "valid", description: "`true` when every check passed." },
    { name: "report-path", description: "Path of the JSON validation report." },
    { name: "rows", description: "Rows read." },
    { name: "checks", description: "Checks run." },
    { name: "failed-checks", description: "Checks that failed." },
    { name: "violations", description: "Cells, rows or columns that broke a rule." },
    { name: "profile-path", description: "Path of the profile, when one was written." },
  ],
};

export const SCHEMA_INFER: CommandSpec = {
  name: "schema-infer",
  words: ["schema", "infer"],
  summary: "Infer a schema from reference data; observed ranges become comments, not rules.",
  options: [
    {
      name: "data",
      arg: "<file>",
      required: true,
      description: "The reference data.",
      fromConfig: (c) => c.data?.reference ?? c.data?.path,
    },
    {
      name: "out",
      arg: "<file>",
      writes: true,
      required: true,
      description: "Where to write the schema (YAML).",
      fromConfig: (c) => c.schema,
    },
    { name: "target", arg: "<column>", description: "The target (label) column to record in the schema." },
    ...readOptions,
  ],
  outputs: [
    { name: "schema-path", description: "Path of the schema written." },
    { name: "columns", description: "Columns in the schema." },
  ],
};

export const PROFILE: CommandSpec = {
  name: "profile",
  words: ["profile"],
  summary: "Profile data: counts, nulls, moments, quantile, distinct and top-value sketches (mergeable).",
  options: [
    {
      name: "data",
      arg: "<file>",
      required: true,
      description: "The data to profile.",
      fromConfig: (c) => c.data?.path,
    },
    { name: "out", arg: "<file>", writes: true, required: true, description: "Where to write the profile (JSON)." },
    {
      name: "edges-from",
      arg: "<file>",
      description:
        "Count numeric columns on fixed bins taken from this profile (its bins, else its deciles), so profiles of shards and of another table merge and compare exactly.",
    },
    {
      name: "schema",
      arg: "<file>",
      description: "Read columns as the schema's types (default: detected, one extra pass).",
      fromConfig: (c) => c.schema,
    },
    ...readOptions,
  ],
  outputs: [
    { name: "profile-path", description: "Path of the profile written." },
    { name: "rows", description: "Rows profiled." },
  ],
};

export const PROFILE_MERGE: CommandSpec = {
  name: "profile-merge",
  words: ["profile", "merge"],
  summary: "Merge profiles of shards into the profile of the whole.",
  options: [
    {
      name: "profiles",
      arg: "<files>",
      list: true,
      required: true,
      description: "The profiles to merge (comma-separated for the action; positional on the CLI).",
    },
    { name: "out", arg: "<file>", writes: true, required: true, description: "Where to write the merged profile." },
  ],
  outputs: [
    { name: "profile-path", description: "Path of the merged profile." },
    { name: "rows", description: "Rows in the merged profile." },
  ],
};

export const EVALUATE: CommandSpec = {
  name: "evaluate",
  words: ["evaluate"],
  summary:
    "Evaluate the ONNX model itself on holdout data with onnxruntime: signature, metrics, slices, fairness, latency.",
  options: [
    {
      name: "model",
      arg: "<file>",
      required: true,
      description: "The ONNX model.",
      fromConfig: (c) => c.evaluation?.model,
    },
    {
      name: "data",
      arg: "<file>",
      required: true,
      description: "The holdout data (with the target column).",
      fromConfig: (c) => c.evaluation?.data,
    },
    {
      name: "target",
      arg: "<column>",
      description: "The target column (default: the schema's target).",
      fromConfig: (c) => c.evaluation?.target,
    },
    {
      name: "schema",
      arg: "<file>",
      description: "A schema whose `target` and column order give the defaults.",
      fromConfig: (c) => c.schema,
    },
    {
      name: "features",
      arg: "<list>",
      list: true,
      description: "Feature columns in model input order (default: every column but the target, in file order).",
      fromConfig: (c) => c.evaluation?.features,
    },
    {
      name: "task",
      arg: "<task>",
      description: "classification or regression (default: from the model's outputs).",
      fromConfig: (c) => c.evaluation?.task,
    },
    {
      name: "threshold",
      arg: "<p>",
      description: "Decision threshold on the positive class probability (default: the model's label output).",
      fromConfig: (c) => c.evaluation?.threshold?.toString(),
    },
    {
      name: "positive-label",
      arg: "<label>",
      description: 'The positive class (default "1", or the second class).',
      fromConfig: (c) => c.evaluation?.positive_label,
    },
    {
      name: "slices",
      arg: "<list>",
      list: true,
      description: "Columns to compute metrics per value (or per quartile of a numeric column) of.",
      fromConfig: (c) => c.evaluation?.slices,
    },
    {
      name: "sensitive",
      arg: "<list>",
      list: true,
      description: "Columns to compute fairness metrics across (fairlearn definitions).",
      fromConfig: (c) => c.evaluation?.sensitive,
    },
    { name: "batch-size", arg: "<rows>", description: "Rows per inference batch (default 8192)." },
    {
      name: "predictions",
      arg: "<file>",
      writes: true,
      description:
        "Also write every row's prediction (Arrow IPC: y_true, y_pred, proba_<k> or prediction), for gate rules `with N% confidence`.",
      fromConfig: (c) => c.evaluation?.predictions,
    },
    {
      name: "out",
      arg: "<file>",
      writes: true,
      description: "Where to write evaluation.json (default: evaluation.json).",
      fromConfig: (c) => c.evaluation?.out,
    },
    ...readOptions,
  ],
  outputs: [
    { name: "evaluation-path", description: "Path of evaluation.json." },
    { name: "predictions-path", description: "Path of the per-row predictions, when written." },
    { name: "model-sha256", description: "sha256 of the model file evaluated." },
    { name: "task", description: "classification or regression." },
    { name: "metrics", description: "The overall metrics, as JSON." },
  ],
};

export const GATE: CommandSpec = {
  name: "gate",
  words: ["gate"],
  summary: "Gate a model's evaluation against thresholds and a baseline; exit 1 when a rule fails.",
  options: [
    {
      name: "evaluation",
      arg: "<file>",
      required: true,
      description: "The candidate's evaluation.json (or a metrics file).",
      fromConfig: (c) => c.gate?.evaluation ?? c.evaluation?.out,
    },
    {
      name: "baseline",
      arg: "<file>",
      description: "A baseline evaluation.json or metrics file (JSON/YAML; nested keys become dotted names).",
      fromConfig: (c) => c.gate?.baseline,
    },
    {
      name: "baseline-run",
      arg: "<branch>",
      description:
        'Take the baseline from the newest successful CI run on this branch ("base": the target branch of the pull/merge request): its kept evaluation.json (see --baseline-artifact). The token needs actions: read on GitHub; CI_JOB_TOKEN does on GitLab.',
      fromConfig: (c) => c.gate?.baseline_run,
    },
    {
      name: "baseline-artifact",
      arg: "<name>",
      description:
        "The file that run kept (default evaluation.json): on GitHub the artifact's name (a zipped one is opened), on GitLab the path in the job's artifacts.",
      fromConfig: (c) => c.gate?.baseline_artifact,
    },
    {
      name: "baseline-job",
      arg: "<job>",
      description: "GitLab: the job whose artifacts hold it (default evaluate).",
      fromConfig: (c) => c.gate?.baseline_job,
    },
    {
      name: "rule",
      arg: "<rule>",
      repeatable: true,
      description:
        'A rule, repeatable: "accuracy >= 0.95", "f1 >= baseline - 0.01", "rmse <= baseline + 5%", "fairness.sex.demographic_parity_difference <= 0.1". One per line as an action input.',
      fromConfig: (c) => c.gate?.rules,
    },
    {
      name: "direction",
      arg: "<metric=higher|lower>",
      repeatable: true,
      description:
        'Which way is better for a metric, repeatable: "calibration_gap=lower" (defaults: lower for losses, errors, latencies, sizes and fairness differences; higher otherwise).',
      fromConfig: (c) =>
        c.gate?.directions ? Object.entries(c.gate.directions).map(([k, v]) => `${k}=${v}`) : undefined,
    },
    {
      name: "predictions",
      arg: "<file>",
      description: "The candidate's per-row predictions (evaluate --predictions), for rules `with N% confidence`.",
      fromConfig: (c) => c.gate?.predictions ?? c.evaluation?.predictions,
    },
    {
      name: "baseline-predictions",
      arg: "<file>",
      description: "The baseline model's per-row predictions on the same holdout.",
      fromConfig: (c) => c.gate?.baseline_predictions,
    },
    {
      name: "resamples",
      arg: "<n>",
      description: "Paired bootstrap resamples for rules `with N% confidence` (default 1000).",
      fromConfig: (c) => c.gate?.resamples?.toString(),
    },
    {
      name: "seed",
      arg: "<n>",
      description: "Seed of the bootstrap's resampling (default 0): the same inputs give the same interval.",
      fromConfig: (c) => c.gate?.seed?.toString(),
    },
    {
      name: "out",
      arg: "<file>",
      writes: true,
      description: "Where to write gate.json (default: gate.json).",
      fromConfig: (c) => c.gate?.out,
    },
  ],
  outputs: [
    { name: "passed", description: "`true` when every rule holds." },
    { name: "gate-path", description: "Path of gate.json." },
    { name: "failed-rules", description: "How many rules failed." },
  ],
};

export const TRAIN: CommandSpec = {
  name: "train",
  words: ["train"],
  summary:
    "Run your training command (any language) with a timeout and record the run: params, metrics, artifacts, data, git, CI.",
  options: [
    {
      name: "command",
      arg: "<command>",
      required: true,
      description: "The training command, run through the shell (e.g. `python train.py`).",
      fromConfig: (c) => c.training?.command,
    },
    {
      name: "params",
      arg: "<file>",
      description: "Params file (YAML/JSON; nested keys become dotted names).",
      fromConfig: (c) => c.training?.params,
    },
    {
      name: "metrics",
      arg: "<file>",
      description: "The metrics file the command writes (JSON/YAML).",
      fromConfig: (c) => c.training?.metrics,
    },
    {
      name: "artifacts",
      arg: "<files>",
      list: true,
      description: "Files the command must produce (comma-separated): recorded with sha256 and size.",
      fromConfig: (c) => c.training?.artifacts,
    },
    {
      name: "data-files",
      arg: "<files>",
      list: true,
      description: "Data files the run used (comma-separated): recorded with sha256.",
      fromConfig: (c) => c.training?.data,
    },
    {
      name: "timeout",
      arg: "<seconds>",
      description: "Kill the command's whole process tree after this long (default 3600).",
      fromConfig: (c) => c.training?.timeout?.toString(),
    },
    { name: "out", arg: "<file>", writes: true, description: "Where to write run.json (default: run.json)." },
  ],
  outputs: [
    { name: "run-path", description: "Path of run.json (written for a failed run too, without metrics)." },
    { name: "exit-code", description: "The command's exit code." },
    { name: "timed-out", description: "`true` when the command was killed at the timeout." },
    { name: "duration-seconds", description: "How long the command ran." },
    { name: "metrics", description: "The metrics the script wrote, as JSON with dotted names." },
  ],
};

export const DRIFT: CommandSpec = {
  name: "drift",
  words: ["drift"],
  summary:
    "Per-column drift between reference and current data (Evidently's default tests, scipy's numbers); exit 1 on dataset, schema, target or prediction drift; 2 when there is nothing to compare.",
  options: [
    {
      name: "reference",
      arg: "<file>",
      required: true,
      description:
        "The reference data (what the model learned from), or its profile (.json, from modelgate profile): then the raw reference need not be kept.",
      fromConfig: (c) => c.drift?.reference,
    },
    {
      name: "current",
      arg: "<file>",
      required: true,
      description:
        "The current data (what the model meets now), or its profile (.json), e.g. merged from shards profiled with --edges-from the reference profile.",
      fromConfig: (c) => c.drift?.current,
    },
    {
      name: "test",
      arg: "<test>",
      description:
        "One test for every column it applies to: ks, chi2, z, wasserstein, js or psi (default: per column).",
      fromConfig: (c) => c.drift?.test,
    },
    {
      name: "column-test",
      arg: "<column=test[:threshold]>",
      repeatable: true,
      description: 'A column test and threshold, repeatable: "income=psi:0.2".',
      fromConfig: (c) =>
        c.drift?.columns
          ? Object.entries(c.drift.columns).map(
              ([k, v]) => `${k}=${v.test}${v.threshold !== undefined ? `:${v.threshold}` : ""}`,
            )
          : undefined,
    },
    {
      name: "columns",
      arg: "<list>",
      list: true,
      description: "Only these columns (default: every column both tables have).",
      fromConfig: (c) => c.drift?.only,
    },
    {
      name: "target",
      arg: "<column>",
      description: "The label column: its drift is reported apart as target drift (exit 1 when it drifted).",
      fromConfig: (c) => c.drift?.target,
    },
    {
      name: "prediction",
      arg: "<column>",
      description:
        "A column of the model's logged predictions: reported apart as prediction drift (exit 1 when it drifted).",
      fromConfig: (c) => c.drift?.prediction,
    },
    {
      name: "model",
      arg: "<file>",
      description:
        "Run this ONNX model on both tables and compare its predictions (prediction drift, reported apart; the class for a classifier, the value for a regressor).",
      fromConfig: (c) => c.drift?.model,
    },
    {
      name: "features",
      arg: "<list>",
      list: true,
      description: "The model's feature columns in input order (default: every column but --target, in file order).",
      fromConfig: (c) => c.drift?.features,
    },
    {
      name: "dataset-threshold",
      arg: "<share>",
      description: "Share of drifted columns at or above which the dataset drifted (default 0.5).",
      fromConfig: (c) => c.drift?.dataset_threshold?.toString(),
    },
    {
      name: "null-rate-threshold",
      arg: "<share>",
      description:
        "A column whose null share, or share of values not of the reference's type, moved by more than this drifted (absolute; default 0.1).",
      fromConfig: (c) => c.drift?.null_rate_threshold?.toString(),
    },
    {
      name: "schema",
      arg: "<file>",
      description: "Read columns as the schema's types (default: detected from the reference).",
      fromConfig: (c) => c.schema,
    },
    {
      name: "out",
      arg: "<file>",
      writes: true,
      description: "Where to write drift.json (default: drift.json).",
      fromConfig: (c) => c.drift?.out,
    },
    {
      name: "report",
      arg: "<file>",
      writes: true,
      description: "Also write the Markdown report here.",
      fromConfig: (c) => c.drift?.report,
    },
    {
      name: "html",
      arg: "<file>",
      writes: true,
      description:
        "Also write a standalone HTML report here (inline SVG charts, no scripts or remote loads, aggregates only: no rows).",
      fromConfig: (c) => c.drift?.html,
    },
    {
      name: "upload-html",
      arg: null,
      description:
        "Keep the HTML report with the run: a workflow artifact on GitHub (@actions/artifact; downloads as the page itself). GitLab keeps it through the job's artifacts: paths.",
    },
    ...readOptions,
  ],
  outputs: [
    { name: "drifted", description: "`true` when the dataset, the schema, the target or the predictions drifted." },
    { name: "html-path", description: "Path of the HTML report, when one was written." },
    { name: "drifted-columns", description: "How many columns drifted." },
    { name: "share-drifted", description: "Share of tested columns that drifted." },
    { name: "drift-path", description: "Path of drift.json." },
    { name: "html-artifact-id", description: "The workflow artifact's id, when the HTML report was uploaded." },
    { name: "html-artifact-url", description: "Where to download the HTML report, when it was uploaded." },
  ],
};

export const PIPELINE: CommandSpec = {
  name: "pipeline",
  words: ["pipeline"],
  summary:
    "Run every stage modelgate.yml configures, in order (validate, train, evaluate, gate, drift, card, report); a stage whose input stage failed is skipped, and one table says how each ended.",
  options: [],
  outputs: [
    {
      name: "stages",
      description:
        "How each stage ended, as JSON: passed, failed, error, skipped (an earlier stage it needs did not pass) or not configured.",
    },
  ],
};

export const COMMANDS: CommandSpec[] = [
  VALIDATE,
  SCHEMA_INFER,
  PROFILE,
  PROFILE_MERGE,
  TRAIN,
  EVALUATE,
  GATE,
  DRIFT,
  CARD,
  REPORT,
  COMMENT,
  PIPELINE,
];

/** The option's camelCase key, as commander names it. */
export function optionKey(name: string): string {
  return name.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase());
}

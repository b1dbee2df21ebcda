import { access } from "node:fs/promises";
import { join, resolve } from "node:path";

import { z } from "zod";

import { FORMATS } from "../data/types.js";

/** modelgate.yml: one file for the whole pipeline. Sections are added as capabilities land. */
export const configSchema = z
  .object({
    version: z.literal(1).default(1).describe("Config format version."),
    data: z
      .object({
        path: z.string().optional().describe("The data to validate or profile (the current batch)."),
        reference: z.string().optional().describe("Reference data, e.g. for `schema infer`."),
        format: z
          .enum(FORMATS as [string, ...string[]])
          .optional()
          .describe("csv, jsonl, parquet or arrow; default from the extension."),
        delimiter: z.string().length(1).optional().describe("CSV field delimiter (default `,`; `\\t` for .tsv)."),
        null_values: z.array(z.string()).optional().describe('Cell texts read as null (default "", "NA", "null").'),
      })
      .strict()
      .optional(),
    schema: z.string().optional().describe("Path of the schema file (YAML or JSON)."),
    training: z
      .object({
        command: z.string().optional().describe("The training command, run through the shell."),
        params: z.string().optional().describe("Params file (YAML/JSON)."),
        metrics: z.string().optional().describe("The metrics file the command writes."),
        artifacts: z.array(z.string()).optional().describe("Files the command must produce."),
        data: z.array(z.string()).optional().describe("Data files the run uses (hashed into run.json)."),
        timeout: z.number().positive().optional().describe("Seconds before the process tree is killed (default 3600)."),
      })
      .strict()
      .optional(),
    evaluation: z
      .object({
        model: z.string().optional().describe("The ONNX model to evaluate."),
        data: z.string().optional().describe("The holdout data."),
        target: z.string().optional().describe("The target column (default: the schema's `target`)."),
        features: z
          .array(z.string())
          .optional()
          .describe("Feature columns in model input order (default: every column but the target, in file order)."),
        task: z.enum(["classification", "regression"]).optional().describe("Default: from the model's outputs."),
        threshold: z
          .number()
          .min(0)
          .max(1)
          .optional()
          .describe("Decision threshold on the positive class probability."),
        positive_label: z.string().optional().describe('The positive class (default "1", or the second class).'),
        slices: z
          .array(z.string())
          .optional()
          .describe("Columns to compute metrics per value (or per quantile bin) of."),
        sensitive: z.array(z.string()).optional().describe("Columns to compute fairness metrics across."),
        out: z.string().optional().describe("Where to write evaluation.json."),
        predictions: z
          .string()
          .optional()
          .describe("Also write each row's prediction here (Arrow IPC), for gate rules `with N% confidence`."),
      })
      .strict()
      .optional(),
    gate: z
      .object({
        rules: z
          .array(z.string())
          .optional()
          .describe('Gate rules, e.g. "accuracy >= 0.95", "f1 >= baseline - 0.01", "latency_p95_ms <= 20".'),
        baseline: z.string().optional().describe("A baseline evaluation.json or metrics file to compare with."),
        baseline_run: z
          .string()
          .min(1)
          .optional()
          .describe('Take the baseline from the newest successful CI run on this branch ("base": the target branch).'),
        baseline_artifact: z.string().min(1).optional().describe("The file that run kept (default evaluation.json)."),
        baseline_job: z
          .string()
          .min(1)
          .optional()
          .describe("GitLab: the job whose artifacts hold it (default evaluate)."),
        directions: z
          .record(z.string().min(1), z.enum(["higher", "lower"]))
          .optional()
          .describe("Which way is better for a metric the defaults do not know: {calibration_gap: lower}."),
        evaluation: z.string().optional().describe("The candidate's evaluation.json (default: evaluation.out)."),
        out: z.string().optional().describe("Where to write gate.json."),
        junit: z
          .string()
          .optional()
          .describe("Also write the rules as a JUnit XML report here (GitLab's merge request test widget)."),
        predictions: z
          .string()
          .optional()
          .describe("The candidate's per-row predictions (default: evaluation.predictions)."),
        baseline_predictions: z
          .string()
          .optional()
          .describe("The baseline model's per-row predictions on the same holdout."),
        resamples: z
          .number()
          .int()
          .min(100)
          .max(100000)
          .optional()
          .describe("Paired bootstrap resamples (default 1000)."),
        seed: z.number().int().min(0).optional().describe("Seed of the bootstrap's resampling (default 0)."),
      })
      .strict()
      .optional(),
    drift: z
      .object({
        reference: z.string().optional().describe("The reference data."),
        current: z.string().optional().describe("The current data."),
        test: z.enum(["ks", "chi2", "z", "wasserstein", "js", "psi"]).optional().describe("One test for every column."),
        columns: z
          .record(
            z.string(),
            z
              .object({
                test: z.enum(["ks", "chi2", "z", "wasserstein", "js", "psi"]),
                threshold: z.number().optional(),
              })
              .strict(),
          )
          .optional()
          .describe("Per column: its test and threshold."),
        only: z.array(z.string()).optional().describe("Only these columns."),
        dataset_threshold: z
          .number()
          .min(0)
          .max(1)
          .optional()
          .describe("Share of drifted columns that is dataset drift."),
        null_rate_threshold: z.number().min(0).max(1).optional().describe("Null-share change flagged per column."),
        out: z.string().optional().describe("Where to write drift.json."),
        report: z.string().optional().describe("Where to write the Markdown report."),
        html: z.string().optional().describe("Where to write the standalone HTML report."),
        target: z.string().optional().describe("The label column, reported apart as target drift."),
        prediction: z
          .string()
          .optional()
          .describe("The logged-predictions column, reported apart as prediction drift."),
        model: z
          .string()
          .optional()
          .describe("An ONNX model run on both tables: its predictions are compared (prediction drift)."),
        features: z.array(z.string()).optional().describe("The model's feature columns, in input order."),
      })
      .strict()
      .optional(),
    report: z
      .object({
        key: z
          .string()
          .optional()
          .describe("The comment key (default `modelgate`): one comment per key per pull request."),
        out: z.string().optional().describe("Where `modelgate report` writes the Markdown."),
        run: z.string().optional().describe("train's run.json, for the report and the card."),
        html_url: z.string().optional().describe("Link to the full HTML report (e.g. the uploaded artifact)."),
      })
      .strict()
      .optional(),
    card: z
      .object({
        info: z.string().optional().describe("The card's human-written parts (YAML; see docs/card-info.schema.json)."),
        profile: z.string().optional().describe("The training data's profile."),
        out: z.string().optional().describe("Where to write MODEL_CARD.md."),
        mct: z.string().optional().describe("Where to write the Model Card Toolkit JSON."),
      })
      .strict()
      .optional(),
    registry: z
      .object({
        name: z
          .string()
          .optional()
          .describe("The model's name in the registry (1-64 characters of a-z, 0-9, ., _ and -; see --name)."),
        require_approval: z
          .boolean()
          .optional()
          .describe(
            "publish refuses unless the platform recorded an approval of the run (a GitHub environment's reviewer, a GitLab deployment approval or manual job).",
          ),
        url: z
          .string()
          .regex(/^(github|gitlab|local:.+)$/, "expected github, gitlab or local:<dir>")
          .optional()
          .describe(
            "github, gitlab or local:<dir> (default: the platform detected; local:./.modelgate/registry outside CI).",
          ),
        bump: z
          .enum(["patch", "minor", "major"])
          .optional()
          .describe("What `--version auto` bumps from the latest published version (default patch)."),
        on_conflict: z
          .enum(["fail", "next"])
          .optional()
          .describe("A version another publisher took first: fail (default), or with `auto` take the next one."),
        stages: z
          .record(
            z.string().regex(/^[a-z][a-z0-9_-]{0,31}$/, "a stage name is 1-32 characters of a-z, 0-9, _ and -"),
            z
              .object({
                protected: z
                  .boolean()
                  .optional()
                  .describe("Only versions whose gate passed may be promoted here (default true)."),
                requires: z
                  .array(z.string().regex(/^[a-z][a-z0-9_-]{0,31}$/))
                  .optional()
                  .describe("Stages that must have held the version before, e.g. [staging] for production."),
                branches: z
                  .array(z.string().min(1))
                  .optional()
                  .describe("Branches a version must have been published from (`*` matches within a segment)."),
                approvers: z
                  .array(z.string().min(1))
                  .optional()
                  .describe("Users who may move this stage: the one promoting, or one who approved the run."),
                require_approval: z
                  .boolean()
                  .optional()
                  .describe("An approval must be on record (by one of `approvers`, when given)."),
              })
              .strict(),
          )
          .optional()
          .describe("Rules per stage: promotion order, source branches, who may promote."),
        comment_commands: z
          .object({
            allow: z
              .array(z.string().min(1))
              .optional()
              .describe(
                "GitHub logins who may run `/modelgate promote|rollback <stage>` in a pull request comment. It narrows, never widens: each must also have write (or admin) permission on the repository. Absent: everyone with write permission.",
              ),
          })
          .strict()
          .optional()
          .describe("Pull request comment commands (`modelgate comment-command`; see docs/comment-commands.md)."),
      })
      .strict()
      .optional(),
    validate: z
      .object({
        profile: z.string().optional().describe("Write the data profile here during validation."),
        junit: z.string().optional().describe("Write a JUnit XML report here."),
        report: z.string().optional().describe("Write the JSON validation report here."),
      })
      .strict()
      .optional(),
  })
  .strict();

export type Config = z.infer<typeof configSchema>;

export const DEFAULT_CONFIG_FILES = ["modelgate.yml", "modelgate.yaml"];

/** The YAML reader loads only when there is a file to read: most runs in a clean checkout have none. */
const readYaml = async (path: string) => (await import("./yamlFile.js")).loadYamlFile(path, configSchema);

/** Load the config named, or the one found in `cwd`; none found is an empty config. */
export async function loadConfig(cwd: string, file?: string): Promise<{ config: Config; file: string | null }> {
  if (file) {
    const path = resolve(cwd, file);
    return { config: await readYaml(path), file: path };
  }
  for (const name of DEFAULT_CONFIG_FILES) {
    const path = join(cwd, name);
    const exists = await access(path).then(
      () => true,
      () => false,
    );
    if (exists) return { config: await readYaml(path), file: path };
  }
  return { config: configSchema.parse({}), file: null };
}

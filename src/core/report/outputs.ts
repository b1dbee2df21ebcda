// The step outputs a report is made from, read back and checked: each file must be the kind it was named as, in a
// version this build renders, with the fields the report reads. One line names the file and what is wrong.

import { z } from "zod";

import { readJsonFile } from "../config/jsonFile.js";
import type { ColumnDrift, DriftResult } from "../drift/drift.js";
import { InputError } from "../errors.js";
import type { Evaluation } from "../evaluate/evaluate.js";
import type { GateResult } from "../gate/gate.js";
import { type RunRecord, runSchema } from "../train/run.js";
import type { ValidationReport } from "../validate/report.js";

const envelope = <K extends string>(kind: K, fields: z.ZodRawShape) =>
  z.looseObject({ kind: z.literal(kind), version: z.literal(1), ...fields });

const num = z.number();
const str = z.string();

/** A classifier's fairness per sensitive column (binary, or one-vs-rest for the positive label). */
const classificationFairness = z.looseObject({
  groups: z.record(str, z.looseObject({ count: num, selection_rate: num, tpr: num, fpr: num, accuracy: num })),
  demographic_parity_difference: num,
  demographic_parity_ratio: num,
  equalized_odds_difference: num,
  equal_opportunity_difference: num,
});

/** A regressor's fairness per sensitive column: per-group errors and their between-group differences. */
const regressionFairness = z.looseObject({
  groups: z.record(str, z.looseObject({ count: num, mean_prediction: num, mae: num, rmse: num })),
  mean_prediction_difference: num,
  mae_difference: num,
  rmse_difference: num,
});

const evaluationFields = {
  model: z.looseObject({ path: str, sha256: str, bytes: num, signature: z.looseObject({}) }),
  data: z.looseObject({ path: str, sha256: str, rows: num, features: z.array(str), target: str }),
  classes: z.array(str).nullable(),
  positive_label: str.nullable(),
  metrics: z.record(str, num),
  slices: z.record(str, z.record(str, z.record(str, num))),
};

/** What the renderers read of each output; the rest passes through as written. */
const SCHEMAS = {
  validation: envelope("modelgate.validation", {
    valid: z.boolean(),
    file: str,
    schema: str,
    rows: num,
    columns: num,
    checks: z.array(z.looseObject({ passed: z.boolean(), kind: str })),
    summary: z.looseObject({ checks: num, failed: num, violations: num }),
  }),
  // The task decides the shape of fairness, so an error names the field of that shape.
  evaluation: z.discriminatedUnion("task", [
    envelope("modelgate.evaluation", {
      ...evaluationFields,
      task: z.literal("classification"),
      fairness: z.record(str, classificationFairness),
    }),
    envelope("modelgate.evaluation", {
      ...evaluationFields,
      task: z.literal("regression"),
      fairness: z.record(str, regressionFairness),
    }),
  ]),
  gate: envelope("modelgate.gate", {
    passed: z.boolean(),
    rules: z.array(z.looseObject({ rule: str, metric: str, passed: z.boolean(), actual: num })),
    candidate: z.looseObject({ label: str }),
    binding: z.looseObject({ model_sha256: str.nullable(), data_sha256: str.nullable(), config_sha256: str }),
  }),
  drift: envelope("modelgate.drift", {
    columns: z.array(z.looseObject({ column: str, status: str })),
    drifted: z.boolean(),
    dataset_drifted: z.boolean(),
    drifted_columns: num,
    tested_columns: num,
  }),
} as const;

export interface Outputs {
  validation: ValidationReport;
  evaluation: Evaluation;
  gate: GateResult;
  drift: DriftResult;
  run: RunRecord;
}

function problem(file: string, error: z.ZodError): InputError {
  const issue = error.issues[0]!;
  const path = issue.path.join(".");
  return new InputError(file, path ? { path } : undefined, issue.message);
}

/**
 * A drift statistic JSON could not hold: JSON.stringify writes Infinity as null, and only an infinite statistic is
 * both null and drifted (a NaN one is never at or past its threshold). Revived, the column reads "∞" and charts as
 * the worst, as in drift's own report; a null that did not drift stays unknown.
 */
function reviveInfinite(d: DriftResult): DriftResult {
  const revive = (c: ColumnDrift): ColumnDrift =>
    c.status === "ok" && c.drifted && c.statistic === null ? { ...c, statistic: Infinity } : c;
  return {
    ...d,
    columns: d.columns.map(revive),
    target: d.target ? revive(d.target) : null,
    prediction: d.prediction ? revive(d.prediction) : null,
  };
}

/** One output file, checked as the kind it was given as (`--gate gate.json` must hold a gate result). */
export async function loadOutput<K extends keyof Outputs>(kind: K, file: string): Promise<Outputs[K]> {
  const value = await readJsonFile(file);
  // The kind first: another step's output is named as such, not by the first field it lacks.
  if ((value as { kind?: unknown } | null)?.kind !== `modelgate.${kind}`)
    throw new InputError(file, undefined, `not a modelgate ${kind} output (kind must be "modelgate.${kind}")`);
  const schema = kind === "run" ? runSchema : SCHEMAS[kind as Exclude<K, "run">];
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw problem(file, parsed.error);
  return (kind === "drift" ? reviveInfinite(value as DriftResult) : value) as Outputs[K];
}

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
/**
 * A sha256 as modelgate writes it. Renderers show digests as inline code; a step output may come from a fork's run
 * (the workflow_run pattern), so anything else there is refused, not rendered.
 */
const sha256 = z.string().regex(/^[0-9a-f]{64}$/, "expected a sha256 (64 lowercase hex digits)");

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

/** An input or output of the model as the card and the report list it. */
const valueSignature = z.looseObject({
  name: str,
  type: str,
  shape: z.array(z.union([num, str])).nullable(),
});

const evaluationFields = {
  model: z.looseObject({
    path: str,
    sha256,
    bytes: num,
    signature: z.looseObject({
      irVersion: num,
      producer: str,
      opsets: z.array(z.looseObject({ domain: str, version: num })),
      inputs: z.array(valueSignature),
      outputs: z.array(valueSignature),
      ops: z.array(str),
      initializers: num,
    }),
  }),
  data: z.looseObject({ path: str, sha256, rows: num, features: z.array(str), target: str }),
  classes: z.array(str).nullable(),
  positive_label: str.nullable(),
  threshold: num.nullable(),
  metrics: z.record(str, num),
  confusion_matrix: z.looseObject({ labels: z.array(str), matrix: z.array(z.array(num)) }).nullable(),
  slices: z.record(str, z.record(str, z.record(str, num))),
};

/** One rule's result: every figure the gate table shows is a number (or null where the rule has none). */
const ruleResult = z.looseObject({
  rule: str,
  metric: str,
  passed: z.boolean(),
  actual: num,
  bound: num,
  baseline: num.nullable(),
  delta: num.nullable(),
  improved: z.boolean().nullable(),
  interval: z.looseObject({ confidence: num, low: num, high: num, resamples: num, seed: num }).nullable(),
});

/** What the renderers read of each output; the rest passes through as written. */
const SCHEMAS = {
  validation: envelope("modelgate.validation", {
    valid: z.boolean(),
    file: str,
    schema: str,
    rows: num,
    columns: num,
    checks: z.array(
      z.looseObject({
        passed: z.boolean(),
        kind: str,
        column: str.nullable(),
        count: num,
        share: num,
        denominator: num,
        mostly: num.optional(),
        expectation: str,
        examples: z.array(z.looseObject({ row: num, line: num.nullable(), value: str, note: str.optional() })),
      }),
    ),
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
    rules: z.array(ruleResult).min(1, "a gate judges at least one rule"),
    candidate: z.looseObject({ label: str }),
    baseline: z.looseObject({ label: str }).nullable(),
    binding: z.looseObject({ model_sha256: sha256.nullable(), data_sha256: sha256.nullable(), config_sha256: sha256 }),
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

/**
 * A verdict must be the one its own parts give: a gate passes when every rule holds, data is valid when every check
 * passes. A file that says otherwise (edited, or made by hand) is refused rather than shown as a pass.
 */
function verdictAgrees<K extends keyof Outputs>(kind: K, value: Outputs[K], file: string): void {
  const said =
    kind === "gate"
      ? { path: "passed", is: (value as GateResult).passed, parts: (value as GateResult).rules, of: "rule" }
      : kind === "validation"
        ? {
            path: "valid",
            is: (value as ValidationReport).valid,
            parts: (value as ValidationReport).checks,
            of: "check",
          }
        : null;
  if (!said) return;
  const failed = said.parts.findIndex((p) => !p.passed);
  if (said.is === failed < 0) return;
  throw new InputError(
    file,
    { path: said.path },
    said.is ? `says true, but ${said.of} ${failed + 1} failed` : `says false, but every ${said.of} passed`,
  );
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
  verdictAgrees(kind, value as Outputs[K], file);
  return (kind === "drift" ? reviveInfinite(value as DriftResult) : value) as Outputs[K];
}

// The step outputs a report is made from, read back and checked: each file must be the kind it was named as, in a
// version this build renders, with the fields the report reads. One line names the file and what is wrong.
import { readFile } from "node:fs/promises";

import { z } from "zod";

import type { DriftResult } from "../drift/drift.js";
import { InputError, jsonSyntaxProblem, unreadable } from "../errors.js";
import type { Evaluation } from "../evaluate/evaluate.js";
import type { GateResult } from "../gate/gate.js";
import { type RunRecord, runSchema } from "../train/run.js";
import type { ValidationReport } from "../validate/report.js";

const envelope = <K extends string>(kind: K, fields: z.ZodRawShape) =>
  z.looseObject({ kind: z.literal(kind), version: z.literal(1), ...fields });

const num = z.number();
const str = z.string();

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
  evaluation: envelope("modelgate.evaluation", {
    model: z.looseObject({ path: str, sha256: str, bytes: num, signature: z.looseObject({}) }),
    data: z.looseObject({ path: str, sha256: str, rows: num, features: z.array(str), target: str }),
    task: z.enum(["classification", "regression"]),
    metrics: z.record(str, num),
    slices: z.record(str, z.record(str, z.record(str, num))),
    fairness: z.record(str, z.record(str, num)),
  }),
  gate: envelope("modelgate.gate", {
    passed: z.boolean(),
    rules: z.array(z.looseObject({ rule: str, metric: str, passed: z.boolean(), actual: num })),
    candidate: z.looseObject({ label: str }),
    binding: z.looseObject({ config_sha256: str }),
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

async function readJson(file: string): Promise<unknown> {
  const text = await readFile(file, "utf8").catch((e: unknown) => Promise.reject(unreadable(file, e)));
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new InputError(file, undefined, jsonSyntaxProblem(text, e));
  }
}

function problem(file: string, error: z.ZodError, kind: string): InputError {
  const issue = error.issues[0]!;
  const path = issue.path.join(".");
  const what = path === "kind" ? `not a modelgate ${kind} output (kind must be "modelgate.${kind}")` : issue.message;
  return new InputError(file, path && path !== "kind" ? { path } : undefined, what);
}

/** One output file, checked as the kind it was given as (`--gate gate.json` must hold a gate result). */
export async function loadOutput<K extends keyof Outputs>(kind: K, file: string): Promise<Outputs[K]> {
  const value = await readJson(file);
  const schema = kind === "run" ? runSchema : SCHEMAS[kind as Exclude<K, "run">];
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw problem(file, parsed.error, kind);
  return value as Outputs[K];
}

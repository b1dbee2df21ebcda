import { createHash } from "node:crypto";

import { InputError } from "../errors.js";
import type { Evaluation } from "../evaluate/evaluate.js";
import type { RowPredictions } from "../evaluate/rowPredictions.js";
import { type BootstrapOptions, type Interval, pairedBootstrap } from "./bootstrap.js";
import { type Direction, lowerIsBetter, type Rule } from "./rules.js";

/** Metric values a gate reads: an evaluation (with its slices and fairness), or a flat metrics file. */
export interface MetricSource {
  label: string;
  values: Map<string, number>;
  /** Bound into gate.json when known. */
  modelSha256: string | null;
  dataSha256: string | null;
}

export interface RuleResult {
  rule: string;
  metric: string;
  actual: number;
  bound: number;
  baseline: number | null;
  /** actual − baseline. */
  delta: number | null;
  /** Whether the change from the baseline is an improvement for this metric. */
  improved: boolean | null;
  /** For a `with N% confidence` rule: the bootstrap interval of actual − baseline the verdict was judged on. */
  interval: Interval | null;
  passed: boolean;
}

/** Both models' per-row predictions on the holdout, for the rules that ask for confidence. */
export interface PairedPredictions {
  candidate: RowPredictions;
  baseline: RowPredictions;
  /** File names, for messages. */
  files: [string, string];
  options: BootstrapOptions;
}

export interface GateResult {
  kind: "modelgate.gate";
  version: 1;
  passed: boolean;
  rules: RuleResult[];
  candidate: { label: string; model_sha256: string | null; data_sha256: string | null };
  baseline: { label: string; model_sha256: string | null; data_sha256: string | null } | null;
  /** What the verdict is bound to: publish refuses any other model, holdout or rule set. */
  binding: { model_sha256: string | null; data_sha256: string | null; config_sha256: string };
}

/** Every metric of an evaluation under its gate name: `accuracy`, `slices.<col>.<value>.<m>`, `fairness.<col>.<m>`. */
export function metricsOfEvaluation(e: Evaluation, label: string): MetricSource {
  const values = new Map<string, number>(Object.entries(e.metrics));
  for (const [col, groups] of Object.entries(e.slices))
    for (const [v, m] of Object.entries(groups))
      for (const [k, x] of Object.entries(m)) values.set(`slices.${col}.${v}.${k}`, x);
  for (const [col, f] of Object.entries(e.fairness)) {
    for (const k of [
      "demographic_parity_difference",
      "demographic_parity_ratio",
      "equalized_odds_difference",
      "equal_opportunity_difference",
    ] as const) {
      values.set(`fairness.${col}.${k}`, f[k]);
      // A bare fairness name means the worst column.
      const prev = values.get(k);
      const worse =
        k === "demographic_parity_ratio" ? Math.min(prev ?? Infinity, f[k]) : Math.max(prev ?? -Infinity, f[k]);
      values.set(k, worse);
    }
  }
  return { label, values, modelSha256: e.model.sha256, dataSha256: e.data.sha256 };
}

function compare(a: number, op: Rule["op"], b: number): boolean {
  return op === ">=" ? a >= b : op === "<=" ? a <= b : op === ">" ? a > b : a < b;
}

/** Apply the rules: a failed rule is a result, not an error; an unknown metric or missing baseline is an InputError. */
export function runGate(
  rules: Rule[],
  candidate: MetricSource,
  baseline: MetricSource | null,
  paired?: PairedPredictions,
  directions: Readonly<Record<string, Direction>> = {},
): GateResult {
  if (rules.length === 0)
    throw new InputError(undefined, undefined, "no gate rules: give --rule or gate.rules in modelgate.yml");
  const asks = rules.flatMap((r) => (r.confidence === null ? [] : [{ metric: r.metric, confidence: r.confidence }]));
  if (asks.length && !paired)
    throw new InputError(
      undefined,
      undefined,
      `the rule ${JSON.stringify(rules.find((r) => r.confidence !== null)!.text)} needs both models' per-row predictions: give --predictions and --baseline-predictions (from evaluate --predictions)`,
    );
  if (paired) {
    for (const [side, source, rows] of [
      ["candidate", candidate, paired.candidate],
      ["baseline", baseline, paired.baseline],
    ] as const) {
      if (source?.modelSha256 && source.modelSha256 !== rows.modelSha256)
        throw new InputError(
          paired.files[side === "candidate" ? 0 : 1],
          undefined,
          `these predictions are of another model than the ${side} evaluation (${source.label})`,
        );
    }
  }
  const intervals =
    asks.length && paired
      ? pairedBootstrap(paired.candidate, paired.baseline, asks, paired.files, paired.options)
      : null;
  if (baseline && candidate.dataSha256 && baseline.dataSha256 && candidate.dataSha256 !== baseline.dataSha256) {
    throw new InputError(
      undefined,
      undefined,
      `the baseline (${baseline.label}) was evaluated on other data than the candidate: compare models on the same holdout`,
    );
  }
  const results = rules.map((r): RuleResult => {
    const actual = candidate.values.get(r.metric);
    if (actual === undefined) {
      const known = [...candidate.values.keys()].filter((k) => !k.includes(".")).join(", ");
      throw new InputError(
        undefined,
        undefined,
        `the gate rule ${JSON.stringify(r.text)} names the unknown metric ${JSON.stringify(r.metric)} (known: ${known})`,
      );
    }
    let base: number | null = null;
    if (baseline) base = baseline.values.get(r.metric) ?? null;
    let bound: number;
    if (r.value !== null) bound = r.value;
    else {
      if (!baseline)
        throw new InputError(
          undefined,
          undefined,
          `the gate rule ${JSON.stringify(r.text)} compares with a baseline: give --baseline`,
        );
      if (base === null)
        throw new InputError(
          undefined,
          undefined,
          `the baseline (${baseline.label}) has no metric ${JSON.stringify(r.metric)}`,
        );
      const margin = r.relative ? Math.abs(base) * r.margin : r.margin;
      bound = r.op.startsWith(">") ? base - margin : base + margin;
    }
    const delta = base === null ? null : actual - base;
    const interval = r.confidence === null ? null : intervals!.get(`${r.metric}@${r.confidence}`)!;
    // With confidence, the rule fails only when the whole interval of the difference is beyond the allowed one.
    const passed = interval
      ? compare(r.op.startsWith(">") ? interval.high : interval.low, r.op, bound - base!)
      : compare(actual, r.op, bound);
    return {
      rule: r.text,
      metric: r.metric,
      actual,
      bound,
      baseline: base,
      delta,
      improved: delta === null || delta === 0 ? null : lowerIsBetter(r.metric, directions) ? delta < 0 : delta > 0,
      interval,
      passed,
    };
  });
  // Everything that decides the verdict besides the model and the holdout: the rules, the directions, and the
  // bootstrap's resamples and seed (the same rules with another seed can judge otherwise).
  const config = createHash("sha256")
    .update(
      JSON.stringify({
        rules: rules.map((r) => r.text),
        directions: Object.entries(directions).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        bootstrap: paired && asks.length ? paired.options : null,
      }),
    )
    .digest("hex");
  return {
    kind: "modelgate.gate",
    version: 1,
    passed: results.every((r) => r.passed),
    rules: results,
    candidate: { label: candidate.label, model_sha256: candidate.modelSha256, data_sha256: candidate.dataSha256 },
    baseline: baseline
      ? { label: baseline.label, model_sha256: baseline.modelSha256, data_sha256: baseline.dataSha256 }
      : null,
    binding: { model_sha256: candidate.modelSha256, data_sha256: candidate.dataSha256, config_sha256: config },
  };
}

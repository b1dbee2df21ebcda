import { sha256Hex } from "../data/fileHash.js";
import { InputError } from "../errors.js";
import type { Evaluation } from "../evaluate/evaluate.js";
import type { RowPredictions } from "../evaluate/rowPredictions.js";
import { type Direction, lowerIsBetter } from "../metrics/catalogue.js";
import { type BootstrapOptions, type Interval, pairedBootstrap } from "./bootstrap.js";
import type { Rule } from "./rules.js";

/** Metric values a gate reads: an evaluation (with its slices and fairness), or a flat metrics file. */
export interface MetricSource {
  /** The file as the user named it (or the run it came from): messages name it. */
  label: string;
  /** The metrics that are finite numbers. */
  values: Map<string, number>;
  /**
   * Metrics that are not finite numbers, as read (JSON writes NaN and infinities as null): a rule naming one is
   * refused, never judged (`null <= 1` is true in JavaScript, text compares false).
   */
  unusable?: Map<string, unknown>;
  /** Bound into gate.json when known. */
  modelSha256: string | null;
  dataSha256: string | null;
  /** The class precision, recall, F1 and the AUCs are of (an evaluation's positive_label); absent when unknown. */
  positiveLabel?: string | null;
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

/** The entries of a JSON object; anything else has none (a malformed file then names no such metric). */
const entries = (x: unknown): [string, unknown][] =>
  x !== null && typeof x === "object" && !Array.isArray(x) ? Object.entries(x) : [];

const finiteNumber = (x: unknown): x is number => typeof x === "number" && Number.isFinite(x);

/**
 * Every metric of an evaluation under its gate name: `accuracy`, `slices.<col>.<value>.<m>`, `fairness.<col>.<m>`,
 * and each fairness name bare for its worst column (a value that is not a finite number counts as the worst, so a
 * rule on it is refused rather than judged on the other columns).
 */
export function metricsOfEvaluation(e: Evaluation, label: string): MetricSource {
  const raw = new Map<string, unknown>(entries(e.metrics));
  for (const [col, groups] of entries(e.slices))
    for (const [v, m] of entries(groups)) for (const [k, x] of entries(m)) raw.set(`slices.${col}.${v}.${k}`, x);
  for (const [col, f] of entries(e.fairness)) {
    for (const [k, x] of entries(f)) {
      if (k === "groups") continue;
      raw.set(`fairness.${col}.${k}`, x);
      // The bare name holds the worst column; a value that is no finite number is worse than any (and stays).
      const prev = raw.get(k);
      if (prev === undefined || (finiteNumber(prev) && !finiteNumber(x))) raw.set(k, x);
      else if (finiteNumber(prev) && finiteNumber(x))
        raw.set(k, lowerIsBetter(k) ? Math.max(prev, x) : Math.min(prev, x));
    }
  }
  const values = new Map<string, number>();
  const unusable = new Map<string, unknown>();
  for (const [k, x] of raw) {
    if (finiteNumber(x)) values.set(k, x);
    else unusable.set(k, x);
  }
  // Read as a file may hold it: a hand-made evaluation.json can lack either part.
  const bound = e as Partial<Pick<Evaluation, "model" | "data" | "positive_label">>;
  return {
    label,
    values,
    unusable,
    modelSha256: bound.model?.sha256 ?? null,
    dataSha256: bound.data?.sha256 ?? null,
    ...(typeof bound.positive_label === "string" ? { positiveLabel: bound.positive_label } : {}),
  };
}

/** How a value that is not a finite number reads in a message. */
function described(x: unknown): string {
  if (x === null) return "null";
  if (typeof x === "string") return `the text ${JSON.stringify(x)}`;
  if (Array.isArray(x)) return "a list";
  if (typeof x === "object") return "an object";
  return String(x);
}

/** A source's value of a rule's metric: a finite number, undefined when it has none, or one line naming the file and the metric. */
function valueOf(source: MetricSource, rule: Rule): number | undefined {
  const x = source.values.get(rule.metric);
  if (x !== undefined || !source.unusable?.has(rule.metric)) return x;
  throw new InputError(
    source.label,
    { path: rule.metric },
    `the metric is ${described(source.unusable.get(rule.metric))}, not a finite number: the gate rule ${JSON.stringify(rule.text)} cannot be judged on it`,
  );
}

function compare(a: number, op: Rule["op"], b: number): boolean {
  return op === ">=" ? a >= b : op === "<=" ? a <= b : op === ">" ? a > b : a < b;
}

/**
 * gate.json's binding.config_sha256: everything that decides the verdict besides the model and the holdout — the
 * rules, the directions, and the bootstrap's resamples and seed when a rule asks for confidence (the same rules with
 * another seed can judge otherwise). Exported so publish can check a gate.json against the rules at hand.
 */
export function gateConfigSha256(
  rules: readonly Rule[],
  directions: Readonly<Record<string, Direction>>,
  bootstrap: BootstrapOptions | null,
): string {
  return sha256Hex(
    JSON.stringify({
      rules: rules.map((r) => r.text),
      directions: Object.entries(directions).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
      bootstrap: bootstrap ? { resamples: bootstrap.resamples, seed: bootstrap.seed } : null,
    }),
  );
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
      // The interval would come from other rows than the point values, and gate.json would bind the evaluation's.
      if (source?.dataSha256 && source.dataSha256 !== rows.dataSha256)
        throw new InputError(
          paired.files[side === "candidate" ? 0 : 1],
          undefined,
          `these predictions are of another holdout than the ${side} evaluation (${source.label})`,
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
  // Precision, recall, F1, the AUCs and the fairness rates are of the positive class: two evaluations of other
  // positive classes (a positive_label changed in modelgate.yml) would be compared class against another class.
  const positives = [candidate.positiveLabel, baseline?.positiveLabel];
  if (typeof positives[0] === "string" && typeof positives[1] === "string" && positives[0] !== positives[1])
    throw new InputError(
      undefined,
      undefined,
      `the baseline (${baseline!.label}) was scored for the positive class ${JSON.stringify(positives[1])}, the candidate (${candidate.label}) for ${JSON.stringify(positives[0])}: evaluate both with the same --positive-label`,
    );
  const results = rules.map((r): RuleResult => {
    const actual = valueOf(candidate, r);
    if (actual === undefined) {
      const known = [...candidate.values.keys()].filter((k) => !k.includes(".")).join(", ");
      throw new InputError(
        undefined,
        undefined,
        `the gate rule ${JSON.stringify(r.text)} names the unknown metric ${JSON.stringify(r.metric)} (known: ${known})`,
      );
    }
    const base = baseline ? (valueOf(baseline, r) ?? null) : null;
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
      bound = base + (r.relative ? Math.abs(base) * r.offset : r.offset);
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
  const config = gateConfigSha256(rules, directions, paired && asks.length ? paired.options : null);
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

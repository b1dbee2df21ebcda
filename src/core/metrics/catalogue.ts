// The one list of the metrics modelgate computes: for each, the tasks it is computed for, what it is computed from,
// which way is better, how it is written and where it is listed. Evaluation, gate, bootstrap, model card and the
// renderers read it. Names it does not list (a flat metrics file's `train.loss`, `slices.<col>.<value>.<m>`,
// `fairness.<col>.<m>`) get a direction from their last dotted part and a format from their suffix.

export type Direction = "higher" | "lower";
export type MetricTask = "classification" | "regression";

/**
 * What a metric is computed from: the predicted labels (a confusion matrix), the class probabilities, a
 * regressor's values, the rows themselves, the groups of a sensitive column, or the run (timing, size, memory:
 * measured once, so never resampled).
 */
export type MetricBasis = "labels" | "probabilities" | "values" | "rows" | "groups" | "run";

/** How a value is written: 4 decimals, 3 decimals (milliseconds, MiB), KiB from bytes, a whole number with thousands separators. */
export type MetricFormat = "fixed4" | "fixed3" | "kib" | "grouped";

export interface MetricSpec {
  name: string;
  tasks: readonly MetricTask[];
  basis: MetricBasis;
  direction: Direction;
  /** The metric in words, for prose. */
  label: string;
  format: MetricFormat;
  /** The evaluation summary's table that lists it (in catalogue order), or null when no table does. */
  table: "quality" | "operational" | null;
  /** In the one-line summary `modelgate evaluate` prints. */
  headline: boolean;
  /** In a Hugging Face model card's model-index (the quality metrics, not latency or size). */
  modelIndex: boolean;
}

const C = ["classification"] as const;
const R = ["regression"] as const;
const BOTH = ["classification", "regression"] as const;

type Entry = Omit<MetricSpec, "headline" | "modelIndex"> & Partial<Pick<MetricSpec, "headline" | "modelIndex">>;
/** What an entry sets apart from its kind's defaults. */
type More = Partial<Omit<Entry, "name">>;

// Generic in the name, so that MetricName is the union of the names written here.
const quality = <N extends string>(
  name: N,
  tasks: readonly MetricTask[],
  basis: MetricBasis,
  direction: Direction,
  label: string,
  more: More = {},
): Entry & { name: N } => ({
  name,
  tasks,
  basis,
  direction,
  label,
  format: "fixed4",
  table: "quality",
  modelIndex: true,
  ...more,
});
const operational = <N extends string>(name: N, label: string, more: More = {}): Entry & { name: N } => ({
  name,
  tasks: BOTH,
  basis: "run",
  direction: "lower",
  label,
  format: "fixed3",
  table: "operational",
  ...more,
});
const fairness = <N extends string>(
  name: N,
  tasks: readonly MetricTask[],
  direction: Direction,
): Entry & { name: N } => ({
  name,
  tasks,
  basis: "groups",
  direction,
  label: name.replace(/_/g, " "),
  format: "fixed4",
  table: null,
});

// The order is the order of the summary's tables and of the model-index.
const ENTRIES = [
  quality("accuracy", C, "labels", "higher", "accuracy", { headline: true }),
  quality("balanced_accuracy", C, "labels", "higher", "balanced accuracy"),
  quality("precision", C, "labels", "higher", "precision of the positive class"),
  quality("recall", C, "labels", "higher", "recall of the positive class"),
  quality("f1", C, "labels", "higher", "F1 of the positive class", { headline: true }),
  quality("precision_macro", C, "labels", "higher", "macro precision", { modelIndex: false }),
  quality("recall_macro", C, "labels", "higher", "macro recall", { modelIndex: false }),
  quality("f1_macro", C, "labels", "higher", "macro F1"),
  quality("precision_weighted", C, "labels", "higher", "weighted precision", { table: null, modelIndex: false }),
  quality("recall_weighted", C, "labels", "higher", "weighted recall", { table: null, modelIndex: false }),
  quality("f1_weighted", C, "labels", "higher", "weighted F1"),
  quality("roc_auc", C, "probabilities", "higher", "ROC AUC", { headline: true }),
  quality("roc_auc_ovr_macro", C, "probabilities", "higher", "one-vs-rest macro ROC AUC"),
  quality("pr_auc", C, "probabilities", "higher", "PR AUC (average precision)"),
  quality("log_loss", C, "probabilities", "lower", "log loss", { headline: true }),
  quality("rmse", R, "values", "lower", "RMSE", { headline: true }),
  quality("mae", R, "values", "lower", "MAE"),
  quality("r2", R, "values", "higher", "R²", { headline: true }),
  quality("mape", R, "values", "lower", "MAPE (a fraction)"),
  // Written with 4 decimals like any metric (a card's Overall table); slice and group tables write it whole.
  { name: "count", tasks: BOTH, basis: "rows", direction: "higher", label: "rows", format: "fixed4", table: null },
  operational("latency_p50_ms", "median single-row latency (ms)"),
  operational("latency_p95_ms", "p95 single-row latency (ms)", { headline: true }),
  operational("latency_p99_ms", "p99 single-row latency (ms)"),
  operational("batch_latency_p50_ms", "median batch latency (ms)", { table: null }),
  operational("batch_latency_p95_ms", "p95 batch latency (ms)"),
  operational("batch_latency_p99_ms", "p99 batch latency (ms)", { table: null }),
  operational("rows_per_second", "rows per second", { direction: "higher", format: "grouped" }),
  operational("model_bytes", "model size", { format: "kib" }),
  operational("peak_rss_mib", "peak resident memory (MiB)"),
  fairness("demographic_parity_difference", C, "lower"),
  fairness("demographic_parity_ratio", C, "higher"),
  fairness("equalized_odds_difference", C, "lower"),
  fairness("equal_opportunity_difference", C, "lower"),
  fairness("mean_prediction_difference", R, "lower"),
  fairness("mae_difference", R, "lower"),
  fairness("rmse_difference", R, "lower"),
] as const satisfies readonly Entry[];

/** A name the catalogue lists (what code that computes a metric may call it). */
export type MetricName = (typeof ENTRIES)[number]["name"];

/** Values under catalogue names: an object literal of this type naming a metric the catalogue lacks does not compile. */
export type MetricValues = Partial<Record<MetricName, number>>;

/** Every metric modelgate computes, in display order. */
export const METRICS: readonly MetricSpec[] = ENTRIES.map((e: Entry) => ({ headline: false, modelIndex: false, ...e }));

const BY_NAME = new Map(METRICS.map((m) => [m.name, m]));

/** The catalogue entry of exactly this name, or undefined (a dotted or unknown name has none). */
export function metricSpec(name: string): MetricSpec | undefined {
  return BY_NAME.get(name);
}

/**
 * The naming rule for metrics the catalogue does not list, on the last dotted part: lower is better for losses,
 * errors (mse, rmse, mae, mape, error_rate), latencies and durations, sizes and memory, fairness differences,
 * false-positive and false-negative rates, Brier score and perplexity; higher for everything else.
 */
const LOWER_BY_NAME =
  /^(loss|.*_loss|loss_.*|mse|rmse|mae|mape|msle|rmsle|.*error.*|latency_.*|.*_latency_.*|.*_ms|.*_seconds|.*_s|.*_bytes|.*_mib|.*_difference|fpr|fnr|false_(positive|negative)_rate|brier.*|perplexity)$/;

const lastPart = (name: string) => name.slice(name.lastIndexOf(".") + 1);

/** The direction the naming rule gives a metric name (by its last dotted part), catalogue or not. */
export function directionByName(name: string): Direction {
  return LOWER_BY_NAME.test(lastPart(name)) ? "lower" : "higher";
}

/**
 * Which way is better for `name`: as `overrides` set it for the name or its last dotted part, else the catalogue's
 * direction of the last dotted part (`slices.age.young.rmse` is an rmse), else the naming rule.
 */
export function metricDirection(name: string, overrides: Readonly<Record<string, Direction>> = {}): Direction {
  const last = lastPart(name);
  const set = (k: string) => (Object.hasOwn(overrides, k) ? overrides[k] : undefined);
  return set(name) ?? set(last) ?? BY_NAME.get(last)?.direction ?? directionByName(last);
}

/** Whether lower is better for `name` (see metricDirection). */
export function lowerIsBetter(name: string, overrides: Readonly<Record<string, Direction>> = {}): boolean {
  return metricDirection(name, overrides) === "lower";
}

/**
 * How a value of `name` is written. The whole name is looked up: a dotted name (`train.model_bytes` from a metrics
 * file) is some other tool's figure and stays a plain decimal; milliseconds and MiB by their suffix get 3 decimals.
 */
export function formatOf(name: string): MetricFormat {
  return BY_NAME.get(name)?.format ?? (name.endsWith("_ms") || name.endsWith("_mib") ? "fixed3" : "fixed4");
}

/** A metric's value as reports write it (a value that is not finite as JavaScript writes it: NaN, Infinity). */
export function formatMetric(name: string, v: number): string {
  if (!Number.isFinite(v)) return String(v);
  switch (formatOf(name)) {
    case "kib":
      return `${(v / 1024).toFixed(1)} KiB`;
    case "grouped":
      return Math.round(v).toLocaleString("en-US");
    case "fixed3":
      return v.toFixed(3);
    case "fixed4":
      return v.toFixed(4);
  }
}

/** A metric in words: the catalogue's label, or the name with its underscores as spaces. */
export function metricLabel(name: string): string {
  return BY_NAME.get(name)?.label ?? name.replace(/_/g, " ");
}

/** The names `metrics` has of the catalogue entries `pick` chooses, in catalogue order. */
export function listedMetrics(metrics: Readonly<Record<string, number>>, pick: (m: MetricSpec) => boolean): string[] {
  return METRICS.filter((m) => pick(m) && metrics[m.name] !== undefined).map((m) => m.name);
}

/** The headline metrics of an evaluation, in the evaluation's own order (the one-line summary of `evaluate`). */
export function headlineMetrics(metrics: Readonly<Record<string, number>>): [string, number][] {
  return Object.entries(metrics).filter(([k]) => BY_NAME.get(k)?.headline === true);
}

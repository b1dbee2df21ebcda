import type { Evaluation } from "../evaluate/evaluate.js";
import { type Fairness, fairnessFigures, isRegressionFairness } from "../evaluate/fairness.js";
import { formatMetric, listedMetrics, metricLabel } from "../metrics/catalogue.js";
import { codeSpan, digestSpan, escapeMarkdown } from "./escape.js";

/** The per-slice columns for a model: errors for a regressor, f1 and ROC AUC for a binary classifier, macro scores over more classes. */
export function sliceKeys(e: Pick<Evaluation, "task" | "classes">): string[] {
  if (e.task === "regression") return ["count", "rmse", "mae", "r2"];
  return (e.classes?.length ?? 0) > 2
    ? ["count", "accuracy", "f1_macro", "roc_auc_ovr_macro"]
    : ["count", "accuracy", "f1", "roc_auc"];
}

/** One table row of metrics: a count as a whole number, a metric an output lacks as "–". */
export function metricCells(keys: string[], m: object): string {
  const at = m as Readonly<Record<string, number | undefined>>;
  return keys
    .map((k) => {
      const v = at[k];
      return v === undefined ? "–" : k === "count" ? String(v) : formatMetric(k, v);
    })
    .join(" | ");
}

/** What a fairness entry measures, in words: which labelling (a classifier's) or which errors (a regressor's). */
export function fairnessBasis(f: Fairness, e: Pick<Evaluation, "classes" | "positive_label">): string {
  if (isRegressionFairness(f))
    return "per group: count, mean prediction, MAE and RMSE; each difference is the largest group's value minus the smallest's";
  const positive = e.positive_label === null ? "the positive class" : codeSpan(e.positive_label);
  const n = e.classes?.length ?? 0;
  return n > 2 ? `one-vs-rest, ${positive} against the other ${n - 1} classes` : `for the positive class ${positive}`;
}

/** A fairness entry's per-group table. */
export function fairnessGroupTable(f: Fairness): string[] {
  const keys = isRegressionFairness(f)
    ? ["count", "mean_prediction", "mae", "rmse"]
    : ["count", "selection_rate", "tpr", "fpr", "accuracy"];
  return [
    `| Group | ${keys.join(" | ")} |`,
    `|---|${keys.map(() => "---:").join("|")}|`,
    ...Object.entries(f.groups).map(([g, m]: [string, object]) => `| ${codeSpan(g)} | ${metricCells(keys, m)} |`),
  ];
}

/** The evaluation as a Markdown section (reused by the PR report). */
export function evaluationMarkdown(e: Evaluation): string {
  const sig = e.model.signature;
  const out = [
    `### Model evaluation: ${e.task}`,
    "",
    `${codeSpan(e.model.path)} (sha256 ${digestSpan(e.model.sha256, 12)}, ${formatMetric("model_bytes", e.model.bytes)}, opset ${sig.opsets.map((o) => `${escapeMarkdown(o.domain)} ${o.version}`).join(", ")}, ${escapeMarkdown(sig.producer || "unknown producer")}) on ${codeSpan(e.data.path)}: **${e.data.rows}** rows, ${e.data.features.length} features.`,
    "",
    "| Metric | Value |",
    "|---|---:|",
    ...listedMetrics(e.metrics, (m) => m.table === "quality").map(
      (k) => `| ${k} | ${formatMetric(k, e.metrics[k]!)} |`,
    ),
    "",
  ];
  if (e.confusion_matrix) {
    const { labels, matrix } = e.confusion_matrix;
    out.push(
      "<details><summary>Confusion matrix (rows: true, columns: predicted)</summary>",
      "",
      `| | ${labels.map((l) => codeSpan(l)).join(" | ")} |`,
      `|---|${labels.map(() => "---:").join("|")}|`,
    );
    matrix.forEach((row, i) => out.push(`| ${codeSpan(labels[i]!)} | ${row.join(" | ")} |`));
    out.push("", "</details>", "");
  }
  const keys = sliceKeys(e);
  for (const [col, groups] of Object.entries(e.slices)) {
    out.push(
      `<details><summary>Slices by ${codeSpan(col)}</summary>`,
      "",
      `| Value | ${keys.join(" | ")} |`,
      `|---|${keys.map(() => "---:").join("|")}|`,
    );
    for (const [value, m] of Object.entries(groups)) out.push(`| ${codeSpan(value)} | ${metricCells(keys, m)} |`);
    out.push("", "</details>", "");
  }
  for (const [col, f] of Object.entries(e.fairness)) {
    const figures = fairnessFigures(f).map(([k, v]) => `${metricLabel(k)} ${formatMetric(k, v)}`);
    out.push(
      `**Fairness across ${codeSpan(col)}** (${fairnessBasis(f, e)}): ${figures.join(", ")}.`,
      "",
      ...fairnessGroupTable(f),
      "",
    );
  }
  out.push(
    "| Operational | Value |",
    "|---|---:|",
    ...listedMetrics(e.metrics, (m) => m.table === "operational").map(
      (k) => `| ${k} | ${formatMetric(k, e.metrics[k]!)} |`,
    ),
    "",
  );
  return out.join("\n");
}

import type { Evaluation } from "../evaluate/evaluate.js";
import { codeSpan, escapeMarkdown } from "./escape.js";

const QUALITY = [
  "accuracy",
  "balanced_accuracy",
  "precision",
  "recall",
  "f1",
  "precision_macro",
  "recall_macro",
  "f1_macro",
  "f1_weighted",
  "roc_auc",
  "roc_auc_ovr_macro",
  "pr_auc",
  "log_loss",
  "rmse",
  "mae",
  "r2",
  "mape",
];
const OPERATIONAL = [
  "latency_p50_ms",
  "latency_p95_ms",
  "latency_p99_ms",
  "batch_latency_p95_ms",
  "rows_per_second",
  "model_bytes",
  "peak_rss_mib",
];

export function formatMetric(name: string, v: number): string {
  if (!Number.isFinite(v)) return String(v);
  if (name === "model_bytes") return `${(v / 1024).toFixed(1)} KiB`;
  if (name === "rows_per_second") return Math.round(v).toLocaleString("en-US");
  if (name.endsWith("_ms") || name.endsWith("_mib")) return v.toFixed(3);
  return v.toFixed(4);
}

/** The evaluation as a Markdown section (reused by the PR report). */
export function evaluationMarkdown(e: Evaluation): string {
  const sig = e.model.signature;
  const out = [
    `### Model evaluation: ${e.task}`,
    "",
    `${codeSpan(e.model.path)} (sha256 \`${e.model.sha256.slice(0, 12)}\`, ${formatMetric("model_bytes", e.model.bytes)}, opset ${sig.opsets.map((o) => `${escapeMarkdown(o.domain)} ${o.version}`).join(", ")}, ${escapeMarkdown(sig.producer || "unknown producer")}) on ${codeSpan(e.data.path)}: **${e.data.rows}** rows, ${e.data.features.length} features.`,
    "",
    "| Metric | Value |",
    "|---|---:|",
    ...QUALITY.filter((k) => e.metrics[k] !== undefined).map((k) => `| ${k} | ${formatMetric(k, e.metrics[k]!)} |`),
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
  for (const [col, groups] of Object.entries(e.slices)) {
    const keys = e.task === "regression" ? ["count", "rmse", "mae", "r2"] : ["count", "accuracy", "f1", "roc_auc"];
    out.push(
      `<details><summary>Slices by ${codeSpan(col)}</summary>`,
      "",
      `| Value | ${keys.join(" | ")} |`,
      `|---|${keys.map(() => "---:").join("|")}|`,
    );
    for (const [value, m] of Object.entries(groups))
      out.push(
        `| ${codeSpan(value)} | ${keys.map((k) => (m[k] === undefined ? "–" : k === "count" ? String(m[k]) : formatMetric(k, m[k]!))).join(" | ")} |`,
      );
    out.push("", "</details>", "");
  }
  for (const [col, f] of Object.entries(e.fairness)) {
    out.push(
      `**Fairness across ${codeSpan(col)}**: demographic parity difference ${formatMetric("", f.demographic_parity_difference)}, ratio ${formatMetric("", f.demographic_parity_ratio)}, equalized odds difference ${formatMetric("", f.equalized_odds_difference)}, equal opportunity difference ${formatMetric("", f.equal_opportunity_difference)}.`,
      "",
    );
  }
  out.push(
    "| Operational | Value |",
    "|---|---:|",
    ...OPERATIONAL.filter((k) => e.metrics[k] !== undefined).map((k) => `| ${k} | ${formatMetric(k, e.metrics[k]!)} |`),
    "",
  );
  return out.join("\n");
}

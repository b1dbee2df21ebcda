// The drift report as Markdown for a PR comment or job summary: verdict first, one row per column (worst first)
// with reference → current sparklines, and a Mermaid bar chart of the most drifted columns (GitHub and GitLab
// render Mermaid, so no image is hosted anywhere). Every column name and value is escaped.
import type { ColumnDrift, DriftResult } from "../drift/drift.js";
import { codeSpan, escapeMarkdown } from "./escape.js";

const BARS = "▁▂▃▄▅▆▇█";

/** Shares as a sparkline, both sides on one scale so heights compare. */
export function sparkline(values: number[], max: number): string {
  return values.map((v) => BARS[Math.min(7, Math.round((v / (max || 1)) * 7))]).join("");
}

export function num(x: number | null): string {
  if (x === null) return "–";
  if (!Number.isFinite(x)) return x > 0 ? "∞" : "−∞";
  if (x !== 0 && Math.abs(x) < 1e-4) return x.toExponential(2);
  return x.toFixed(4);
}

export function pct(x: number): string {
  return `${(x * 100).toFixed(1)} %`;
}

/** The statistic, marked ≈ (with its bound when known) when it came from profile sketches. */
/** "ks 0.1200, p = 0.0300 (threshold 0.0500)": a tested column's test, statistic, p-value and threshold. */
export function testSummary(c: ColumnDrift): string {
  return `${c.test} ${statistic(c)}${c.p_value !== null ? `, p = ${num(c.p_value)}` : ""} (threshold ${num(c.threshold)})`;
}

export function statistic(c: ColumnDrift): string {
  if (!c.approximate) return num(c.statistic);
  return `≈ ${num(c.statistic)}${c.approximate.bound !== null ? ` ± ${num(c.approximate.bound)}` : ""}`;
}

/** A column's status in words (the verdict's label when no test ran). */
export function statusWords(c: ColumnDrift): string {
  if (c.status === "identifier") return "identifier, not tested";
  return c.status.replace(/_/g, " ");
}

/**
 * Why a column drifted beyond what its test row shows: its null or invalid share, a type change. The test's own
 * reason is left out (the row shows the statistic); a drift.json from before reasons existed has none.
 */
export function otherReasons(c: ColumnDrift): string[] {
  return (c.reasons ?? []).filter((r) => c.status !== "ok" || !r.startsWith(`${c.test} `));
}

/** A column's verdict in words, and the reasons beyond it (a schema change's reason is its label). */
export function verdictWords(c: ColumnDrift): { label: string; more: string[] } {
  const more = otherReasons(c);
  const schema = c.status === "missing_in_current" || c.status === "type_changed";
  if (schema && more.length) return { label: more[0]!, more: more.slice(1) };
  return { label: c.status === "ok" ? (c.drifted ? "drift" : "no drift") : statusWords(c), more };
}

function verdict(c: ColumnDrift): string {
  const { label, more } = verdictWords(c);
  const icon = c.drifted ? "🔴" : c.status === "ok" ? "🟢" : "⚪";
  return `${icon} ${escapeMarkdown(label)}${more.length ? `: ${escapeMarkdown(more.join("; "))}` : ""}`;
}

function row(c: ColumnDrift): string {
  const pic = c.picture
    ? (() => {
        const max = Math.max(...c.picture.reference, ...c.picture.current);
        return `\`${sparkline(c.picture.reference, max)}\` → \`${sparkline(c.picture.current, max)}\``;
      })()
    : "–";
  const nulls = `${pct(c.reference.null_fraction)} → ${pct(c.current.null_fraction)}${c.null_rate_drifted ? " ⚠️" : ""}`;
  return `| ${codeSpan(c.column)} | ${c.type} | ${c.test ?? "–"} | ${statistic(c)} | ${num(c.p_value)} | ${c.threshold === null ? "–" : num(c.threshold)} | ${verdict(c)} | ${nulls} | ${pic} |`;
}

/** Severity as a multiple of the threshold: distances divide by it, p-values invert (threshold / p), capped at 100. */
export function severityRatio(c: ColumnDrift): number {
  return c.p_value !== null ? Math.min(c.threshold! / Math.max(c.p_value, 1e-12), 100) : c.statistic! / c.threshold!;
}

/** A Mermaid bar chart of the most drifted columns' statistics relative to their thresholds. */
function chart(d: DriftResult): string[] {
  const tested = d.columns.filter((c) => c.status === "ok" && c.statistic !== null).slice(0, 8);
  if (tested.length === 0) return [];
  const score = severityRatio;
  // Labels go inside quotes in Mermaid: keep letters, digits and simple punctuation only.
  const label = (s: string) => JSON.stringify(s.replace(/[^\p{L}\p{N} _.-]/gu, "_").slice(0, 24));
  return [
    "```mermaid",
    "xychart-beta",
    '  title "Drift severity (1 = threshold)"',
    `  x-axis [${tested.map((c) => label(c.column)).join(", ")}]`,
    '  y-axis "× threshold"',
    `  bar [${tested.map((c) => score(c).toFixed(3)).join(", ")}]`,
    `  line [${tested.map(() => "1").join(", ")}]`,
    "```",
    "",
  ];
}

/** Columns missing from the current data or of another type there, at most this many named in the summary line. */
const SCHEMA_NAMED = 10;

/** The columns whose schema changed (missing, another type): the run fails on them whatever the share. */
export function schemaChanges(d: DriftResult): ColumnDrift[] {
  return [...d.columns, d.target, d.prediction].filter(
    (c): c is ColumnDrift => c !== null && (c.status === "missing_in_current" || c.status === "type_changed"),
  );
}

/** The schema line, and the target and prediction columns' verdicts, one line each, when there is something to say. */
function apartLines(d: DriftResult): string[] {
  const line = (what: string, c: ColumnDrift | null) =>
    c
      ? `**${what} drift** (${codeSpan(c.column)}): ${verdict(c)}${c.status === "ok" ? ` — ${testSummary(c)}` : ""}`
      : null;
  const changed = schemaChanges(d);
  const schema = changed.length
    ? `**🔴 Schema drift**: ${changed
        .slice(0, SCHEMA_NAMED)
        .map((c) => `${codeSpan(c.column)} ${escapeMarkdown(c.reasons?.[0] ?? statusWords(c))}`)
        .join("; ")}${changed.length > SCHEMA_NAMED ? `; and ${changed.length - SCHEMA_NAMED} more` : ""}`
    : null;
  return [schema, line("Target", d.target), line("Prediction", d.prediction)].filter((l): l is string => l !== null);
}

/** Markdown, bounded: beyond `maxChars` the column table is cut and the reader pointed at the full report. */
export function driftMarkdown(d: DriftResult, o: { maxChars?: number; fullReport?: string } = {}): string {
  const head = [
    `### ${d.dataset_drifted ? "🔴 Dataset drift" : "🟢 No dataset drift"}: ${d.drifted_columns} of ${d.tested_columns} columns drifted (${pct(d.share_drifted)}; threshold ${pct(d.dataset_threshold)})`,
    "",
    `Reference ${codeSpan(d.reference.file)} (${d.reference.rows} rows) → current ${codeSpan(d.current.file)} (${d.current.rows} rows).`,
    "",
    ...apartLines(d).flatMap((l) => [l, ""]),
    ...chart(d),
    "| Column | Type | Test | Statistic | p-value | Threshold | Verdict | Nulls (ref → cur) | Distribution (ref → cur) |",
    "|---|---|---|---:|---:|---:|---|---|---|",
  ];
  const foot = [
    "",
    d.from === "profiles"
      ? "<sub>From profiles: counts, nulls and fixed-edge bins exact; ≈ marks a statistic from the quantile or top-value sketches, ± its largest error. Tests as Evidently chooses them by default.</sub>"
      : "<sub>Tests as Evidently chooses them by default; p-values as scipy computes them (KS: exact up to 10,000 values a side). Bins: reference deciles.</sub>",
    "",
  ];
  const max = o.maxChars ?? 60_000;
  let size = [...head, ...foot].join("\n").length;
  const rows: string[] = [];
  for (const c of d.columns) {
    const r = row(c);
    if (size + r.length + 200 > max) {
      const rest = d.columns.length - rows.length;
      rows.push(
        `| … ${rest} more columns | | | | | | | | ${o.fullReport ? `see ${escapeMarkdown(o.fullReport)}` : "see drift.json"} |`,
      );
      break;
    }
    rows.push(r);
    size += r.length + 1;
  }
  return [...head, ...rows, ...foot].join("\n");
}

/** Column lines the text verdict shows, worst first: a log of 100,000 lines helps no one; drift.json has them all. */
export const TEXT_COLUMNS = 100;

/** The verdict for a terminal or CI log: the dataset line, schema, target and prediction lines, the worst columns. */
export function driftText(d: DriftResult, o: { fullReport?: string } = {}): string {
  const lines = [
    `${d.dataset_drifted ? "DRIFT" : "OK"} ${d.drifted_columns} of ${d.tested_columns} columns drifted (share ${d.share_drifted.toFixed(3)}, threshold ${d.dataset_threshold})`,
  ];
  const changed = schemaChanges(d);
  if (changed.length)
    lines.push(
      `SCHEMA DRIFT ${changed
        .slice(0, SCHEMA_NAMED)
        .map((c) => `${c.column} (${c.reasons?.[0] ?? statusWords(c)})`)
        .join(", ")}${changed.length > SCHEMA_NAMED ? ` and ${changed.length - SCHEMA_NAMED} more` : ""}`,
    );
  const why = (c: ColumnDrift) => {
    const { more } = verdictWords(c);
    return more.length ? ` — ${more.join("; ")}` : "";
  };
  const words = (c: ColumnDrift) => (c.status === "ok" ? "" : verdictWords(c).label);
  for (const [what, c] of [
    ["target", d.target],
    ["prediction", d.prediction],
  ] as const)
    if (c)
      lines.push(
        `${what.toUpperCase()} ${c.drifted ? "DRIFT" : "OK"} ${c.column}: ${c.status === "ok" ? `${c.test} ${statistic(c)}` : words(c)}${why(c)}`,
      );
  for (const c of d.columns.slice(0, TEXT_COLUMNS))
    lines.push(
      `  ${c.drifted ? "✗" : c.status === "ok" ? "✓" : "-"} ${c.column}: ${c.status === "ok" ? `${c.test} ${statistic(c)}${c.p_value !== null ? ` p=${num(c.p_value)}` : ""} (threshold ${c.threshold})` : words(c)}${c.reasons ? why(c) : c.null_rate_drifted ? `, null share ${pct(c.reference.null_fraction)} → ${pct(c.current.null_fraction)}` : ""}`,
    );
  if (d.columns.length > TEXT_COLUMNS)
    lines.push(
      `  … ${d.columns.length - TEXT_COLUMNS} more columns (every column is in ${o.fullReport ?? "drift.json"})`,
    );
  return `${lines.join("\n")}\n`;
}

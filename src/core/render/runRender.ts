// A training run (run.json) as Markdown: what ran, for how long, with which params, and what it produced.
import type { RunRecord } from "../train/run.js";
import { codeSpan, digestSpan, fencedBlock } from "./escape.js";

const MAX_ROWS = 40;

function table(title: string, entries: [string, string][]): string[] {
  if (entries.length === 0) return [];
  const shown = entries.slice(0, MAX_ROWS);
  return [
    `| ${title} | Value |`,
    "|---|---|",
    ...shown.map(([k, v]) => `| ${codeSpan(k)} | ${v} |`),
    ...(entries.length > shown.length ? [`| … ${entries.length - shown.length} more | |`] : []),
    "",
  ];
}

/** The run's facts, params, reported metrics and artifacts (with sha256). */
export function runMarkdown(r: RunRecord): string {
  const git = r.git.commit
    ? `commit ${digestSpan(r.git.commit, 12)}${r.git.branch ? ` on ${codeSpan(r.git.branch)}` : ""}`
    : "no git commit";
  const out = [
    `### Training run: ${r.exit_code === 0 ? "✅ exit 0" : r.timed_out ? "❌ timed out" : `❌ exit ${r.exit_code}`}`,
    "",
    `${codeSpan(r.command, 200)} ran ${r.duration_s.toFixed(1)} s from ${codeSpan(r.started_at)}, ${git}.`,
    "",
    ...table(
      "Param",
      Object.entries(r.params).map(([k, v]) => [k, codeSpan(String(v))]),
    ),
    ...table(
      "Reported metric",
      Object.entries(r.metrics).map(([k, v]) => [k, String(v)]),
    ),
    ...table(
      "Artifact",
      [...r.artifacts, ...r.data].map((a) => [a.path, `${a.bytes} bytes, sha256 ${digestSpan(a.sha256, 12)}`]),
    ),
    "<sub>Reported metrics are what the training script wrote; the gate judges the metrics modelgate measured on the ONNX file.</sub>",
    "",
  ];
  return out.join("\n");
}

/** The job summary of a failed run: what ran, how it ended, and its last lines (its outputs were not read). */
export function failedRunMarkdown(run: RunRecord, why: string, tail: readonly string[]): string {
  return [
    "## ❌ modelgate train: the training command failed",
    "",
    // A fence, not an inline span: an action's `command: |` is often several lines, which a span cannot hold.
    `The command ${why} (it ran ${run.duration_s.toFixed(1)} s):`,
    "",
    fencedBlock(run.command, "sh"),
    "",
    `Last ${tail.length} lines of its output:`,
    "",
    fencedBlock(tail.join("\n"), "text"),
    "",
  ].join("\n");
}

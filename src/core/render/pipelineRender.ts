import type { Stage } from "../pipeline/plan.js";
import { escapeMarkdown } from "./escape.js";

/** How one stage of the pipeline ended. */
export interface StageResult {
  stage: Stage;
  outcome: "passed" | "failed" | "error" | "skipped" | "not configured";
  /** Why it was skipped or left out, or the one line of an unusable input. */
  detail?: string;
}

const MARK: Record<StageResult["outcome"], string> = {
  passed: "✅ passed",
  failed: "❌ failed",
  error: "⛔ error (exit 2)",
  skipped: "⏭️ skipped",
  "not configured": "– not configured",
};

/** The pipeline's one table: every stage, how it ended and why. */
export function pipelineMarkdown(results: StageResult[]): string {
  const ran = results.filter((r) => r.outcome === "passed" || r.outcome === "failed" || r.outcome === "error");
  const bad = ran.filter((r) => r.outcome !== "passed").length;
  const skipped = results.filter((r) => r.outcome === "skipped").length;
  const head =
    ran.length === 0
      ? "### ⛔ modelgate pipeline: no stage ran"
      : bad || skipped
        ? `### ❌ modelgate pipeline: ${bad} of ${ran.length} stages did not pass${skipped ? `, ${skipped} skipped` : ""}`
        : `### ✅ modelgate pipeline: all ${ran.length} stages passed`;
  return [
    head,
    "",
    "| Stage | Result | Detail |",
    "|---|---|---|",
    ...results.map((r) => `| ${r.stage} | ${MARK[r.outcome]} | ${r.detail ? escapeMarkdown(r.detail) : ""} |`),
    "",
  ].join("\n");
}

/** The same, one line a stage, for the log. */
export function pipelineText(results: StageResult[]): string {
  return `${results.map((r) => `${r.stage.padEnd(8)} ${r.outcome}${r.detail ? `: ${r.detail}` : ""}`).join("\n")}\n`;
}

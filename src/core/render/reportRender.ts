// The one Markdown body a pull/merge request gets: the verdict first, then the gate's metric table, what would
// ship (with --ship-name), data validation, drift, model facts, the training run and the model card, long parts
// collapsed.
import { formatMetric } from "../metrics/catalogue.js";
import type { ShipPlan } from "../registry/shipPlan.js";
import type { Outputs } from "../report/outputs.js";
import { driftMarkdown } from "./driftRender.js";
import { codeSpan, digestSpan, escapeMarkdown } from "./escape.js";
import { httpUrl } from "./httpUrl.js";

export { httpUrl };
import { evaluationMarkdown } from "./evaluationRender.js";
import { gateMarkdown } from "./gateRender.js";
import { runMarkdown } from "./runRender.js";
import { shipMarkdown } from "./shipRender.js";
import { validationMarkdown } from "./validationRender.js";

/** A step output the report was given the path of, but that is not there: the step failed or never ran. */
export interface MissingOutput {
  input: keyof Outputs | "card";
  /** The path as the user named it. */
  file: string;
}

export interface ReportInput {
  outputs: Partial<Outputs>;
  /** Outputs named but absent: shown first, and the verdict is never a pass. */
  missing?: MissingOutput[];
  /** The model card's Markdown body (front matter removed), shown collapsed. */
  card?: string;
  links: { run?: string; htmlReport?: string; card?: string };
  /** The commit the report is about, for the footer (and the ship section's hidden marker). */
  sha?: string;
  /** What would ship (`--ship-name`): shown right after the gate's verdict. */
  ship?: ShipPlan;
}

export interface ReportVerdict {
  passed: boolean;
  /** One phrase per step that failed or wrote nothing, e.g. "gate failed"; "nothing was checked" without a check. */
  failures: string[];
}

/** The step that writes each output: the one that failed or did not run when the output is missing. */
export const STEP_OF: Record<MissingOutput["input"], string> = {
  validation: "validate",
  run: "train",
  evaluation: "evaluate",
  gate: "gate",
  drift: "drift",
  card: "card",
};

const NOTHING_CHECKED = "nothing was checked";

/**
 * Failed: a gate that failed, data that is invalid, drift found, training that failed, an output named but missing.
 * Not passed either when no check ran (no gate, validation, drift or training run): an evaluation alone judges
 * nothing, and "all checks pass" over no check would read as a pass.
 */
export function reportVerdict(o: Partial<Outputs>, missing: readonly MissingOutput[] = []): ReportVerdict {
  const failures = [
    ...missing.map((m) => `${STEP_OF[m.input]} output missing`),
    ...(o.gate && !o.gate.passed ? ["gate failed"] : []),
    ...(o.validation && !o.validation.valid ? ["data invalid"] : []),
    ...(o.drift?.drifted ? ["drift found"] : []),
    ...(o.run && o.run.exit_code !== 0 ? ["training failed"] : []),
  ];
  const checked = Boolean(o.gate || o.validation || o.drift || o.run);
  if (!checked && failures.length === 0) return { passed: false, failures: [NOTHING_CHECKED] };
  return { passed: failures.length === 0, failures };
}

/** A link only to an http(s) address, its characters made safe inside Markdown's (…). */
export function safeLink(label: string, url: string | undefined): string | null {
  if (!url) return null;
  const href = httpUrl(url);
  if (!href) return `${label}: ${codeSpan(url, 120)}`;
  return `[${label}](${href.replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)})`;
}

function stepRows(o: Partial<Outputs>): string[] {
  const rows: string[] = [];
  if (o.gate) {
    const held = o.gate.rules.filter((r) => r.passed).length;
    rows.push(`| Gate | ${o.gate.passed ? "✅" : "❌"} ${held} of ${o.gate.rules.length} rules hold |`);
  }
  if (o.validation) {
    const s = o.validation.summary;
    rows.push(
      `| Data validation | ${o.validation.valid ? "✅" : "❌"} ${s.checks - s.failed} of ${s.checks} checks pass on ${o.validation.rows} rows |`,
    );
  }
  if (o.drift) {
    const d = o.drift;
    rows.push(
      `| Drift | ${d.drifted ? "🔴" : "🟢"} ${d.drifted_columns} of ${d.tested_columns} columns drifted${d.schema_drifted ? ", schema changed" : ""}${d.target?.drifted ? ", target drifted" : ""}${d.prediction?.drifted ? ", predictions drifted" : ""} |`,
    );
  }
  if (o.evaluation) {
    const e = o.evaluation;
    const m = e.metrics;
    const facts = [
      formatMetric("model_bytes", e.model.bytes),
      `opset ${e.model.signature.opsets.map((x) => x.version).join("/")}`,
      ...(m.latency_p95_ms !== undefined ? [`p95 ${formatMetric("latency_p95_ms", m.latency_p95_ms)} ms/row`] : []),
      ...(m.rows_per_second !== undefined ? [`${formatMetric("rows_per_second", m.rows_per_second)} rows/s`] : []),
    ];
    rows.push(`| Model | ${codeSpan(e.model.path)} sha256 ${digestSpan(e.model.sha256, 12)} · ${facts.join(" · ")} |`);
  }
  if (o.run) rows.push(`| Training | ${o.run.exit_code === 0 ? "✅" : "❌"} ${codeSpan(o.run.command, 80)} |`);
  return rows;
}

const collapsed = (summary: string, body: string) => [
  `<details><summary>${summary}</summary>`,
  "",
  body,
  "",
  "</details>",
  "",
];

/** The report body: the verdict line and step table, then one section per output given. */
export function reportMarkdown(r: ReportInput): string {
  const o = r.outputs;
  const missing = r.missing ?? [];
  const v = reportVerdict(o, missing);
  const unchecked = v.failures[0] === NOTHING_CHECKED;
  const out = [
    `## ${v.passed ? "✅" : unchecked ? "⚪" : "❌"} modelgate: ${v.passed ? "all checks pass" : escapeMarkdown(v.failures.join(", "))}`,
    "",
  ];
  if (missing.length > 0)
    out.push(
      "### ⚠️ Missing step outputs",
      "",
      "These were named as inputs of the report but do not exist: the step that writes each failed or did not run, so its verdict is unknown.",
      "",
      "| Input | File | Written by |",
      "|---|---|---|",
      ...missing.map((m) => `| ${m.input} | ${codeSpan(m.file)} | ${STEP_OF[m.input]} |`),
      "",
    );
  if (unchecked)
    out.push("_No gate, validation, drift or training run was given: no check ran, so nothing passed._", "");
  const rows = stepRows(o);
  if (rows.length > 0) out.push("| Step | Result |", "|---|---|", ...rows, "");
  const links = [
    safeLink("CI run", r.links.run),
    safeLink("Full HTML report", r.links.htmlReport),
    safeLink("Model card", r.links.card),
  ].filter((l): l is string => l !== null);
  if (links.length > 0) out.push(links.join(" · "), "");
  if (o.gate) out.push(gateMarkdown(o.gate));
  if (r.ship) out.push(shipMarkdown(r.ship, r.sha ? { commit: r.sha } : {}));
  if (o.validation) {
    const body = validationMarkdown(o.validation);
    // A clean validation is one line of news: its check list stays folded (it already folds the passed checks).
    out.push(body);
  }
  if (o.drift)
    out.push(
      driftMarkdown(o.drift, { maxChars: 30_000, ...(r.links.htmlReport ? { fullReport: "the HTML report" } : {}) }),
    );
  if (o.evaluation)
    out.push(...collapsed("Model evaluation: every metric, slices, fairness", evaluationMarkdown(o.evaluation)));
  if (o.run) out.push(...collapsed("Training run: command, params, metrics, artifacts", runMarkdown(o.run)));
  if (r.card) out.push(...collapsed("Model card", r.card));
  out.push(`<sub>modelgate${r.sha ? ` · commit \`${r.sha.replace(/[^0-9a-f]/gi, "").slice(0, 12)}\`` : ""}</sub>`, "");
  return out.join("\n");
}

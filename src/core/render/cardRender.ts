// MODEL_CARD.md: Hugging Face front matter (model-index) and the sections of "Model Cards for Model Reporting"
// (Mitchell et al., 2019). Unknowns say so; user text is made inert (no HTML, no @mentions).
import { stringify } from "yaml";

import type { ModelCard } from "../card/modelCard.js";
import { fairnessFigures } from "../evaluate/fairness.js";
import { formatMetric, listedMetrics } from "../metrics/catalogue.js";
import { codeSpan, digestSpan, escapeMarkdown } from "./escape.js";
import { fairnessBasis, fairnessGroupTable, metricCells, sliceKeys } from "./evaluationRender.js";

export const NOT_PROVIDED = "_Not provided._";

/** Prose from the card info: paragraphs kept, each made inert. */
function prose(text: string | undefined): string {
  if (!text) return NOT_PROVIDED;
  return text
    .split(/\n\s*\n/)
    .map((p) => escapeMarkdown(p.trim()))
    .join("\n\n");
}

function bullets(items: string[] | undefined): string {
  return items && items.length > 0 ? items.map((i) => `- ${escapeMarkdown(i)}`).join("\n") : NOT_PROVIDED;
}

const HF_TASK = { classification: "tabular-classification", regression: "tabular-regression" } as const;

function frontMatter(c: ModelCard): string {
  const meta = {
    ...(c.info.license ? { license: c.info.license } : {}),
    library_name: "onnx",
    tags: ["onnx", "modelgate", HF_TASK[c.task], ...(c.info.tags ?? [])],
    "model-index": [
      {
        name: c.name,
        results: [
          {
            task: {
              type: HF_TASK[c.task],
              name: c.task === "classification" ? "Tabular Classification" : "Tabular Regression",
            },
            dataset: {
              name: c.evaluationData.file.split("/").pop(),
              type: c.evaluationData.file,
              split: "holdout",
              revision: c.evaluationData.sha256,
            },
            metrics: listedMetrics(c.metrics, (m) => m.modelIndex).map((k) => ({
              type: k,
              value: c.metrics[k],
              name: k,
              verified: false,
            })),
          },
        ],
      },
    ],
  };
  return `---\n${stringify(meta, { lineWidth: 0 })}---\n`;
}

function signature(c: ModelCard): string[] {
  const s = c.model.signature;
  const io = (v: (typeof s.inputs)[number]) =>
    `${codeSpan(v.name)} ${escapeMarkdown(v.type)}${v.shape ? ` [${v.shape.map(String).map(escapeMarkdown).join(", ")}]` : ""}`;
  return [
    `- **Format**: ONNX (IR ${s.irVersion}), opsets ${s.opsets.map((o) => `${escapeMarkdown(o.domain || "ai.onnx")} ${o.version}`).join(", ")}; producer ${escapeMarkdown(s.producer || "unknown")}`,
    `- **Inputs**: ${s.inputs.map(io).join("; ")}`,
    `- **Outputs**: ${s.outputs.map(io).join("; ")}`,
    `- **Operators**: ${s.ops.map((o) => codeSpan(o)).join(", ")} (${s.initializers} initializers)`,
    `- **File**: ${codeSpan(c.model.path)}, ${formatMetric("model_bytes", c.model.bytes)}, sha256 ${digestSpan(c.model.sha256)}`,
  ];
}

function metricTable(metrics: Record<string, number>): string[] {
  const rows = Object.entries(metrics);
  if (rows.length === 0) return [NOT_PROVIDED];
  return ["| Metric | Value |", "|---|---:|", ...rows.map(([k, v]) => `| ${codeSpan(k)} | ${formatMetric(k, v)} |`)];
}

function dataSection(c: ModelCard): string[] {
  const out = [
    "## Training data",
    "",
    prose(c.info.training_data?.description),
    "",
    ...(c.info.training_data?.preprocessing
      ? [`**Preprocessing**: ${prose(c.info.training_data.preprocessing)}`, ""]
      : []),
  ];
  const t = c.trainingData;
  if (!t) return [...out, "Files and profile: not provided (give `--run` and `--profile`).", ""];
  for (const f of t.files) out.push(`- ${codeSpan(f.path)}: ${f.bytes} bytes, sha256 ${digestSpan(f.sha256)}`);
  if (t.files.length > 0) out.push("");
  if (t.profile) {
    const p = t.profile;
    out.push(
      `Profile ${codeSpan(p.file)}${p.sha256 ? ` (sha256 ${digestSpan(p.sha256, 12)})` : ""}: **${p.rows}** rows, ${p.columns.length} columns.`,
      "",
      "| Column | Type | Nulls | Distinct |",
      "|---|---|---:|---:|",
      ...p.columns.map(
        (col) =>
          `| ${codeSpan(col.name)} | ${col.type} | ${(col.null_fraction * 100).toFixed(1)} % | ${col.distinct} |`,
      ),
      "",
    );
  }
  return out;
}

function quantitative(c: ModelCard): string[] {
  const out = ["## Quantitative analyses", "", "### Overall", "", ...metricTable(c.metrics), ""];
  const keys = sliceKeys(c);
  for (const [col, groups] of Object.entries(c.slices)) {
    out.push(
      `### By ${codeSpan(col)}`,
      "",
      `| Value | ${keys.join(" | ")} |`,
      `|---|${keys.map(() => "---:").join("|")}|`,
    );
    for (const [value, m] of Object.entries(groups)) out.push(`| ${codeSpan(value)} | ${metricCells(keys, m)} |`);
    out.push("");
  }
  const basis = { classes: c.classes, positive_label: c.positiveLabel };
  for (const [col, f] of Object.entries(c.fairness)) {
    out.push(
      `### Fairness across ${codeSpan(col)} (fairlearn definitions)`,
      "",
      `Measured ${fairnessBasis(f, basis)}.`,
      "",
      ...metricTable(Object.fromEntries(fairnessFigures(f))),
      "",
      ...fairnessGroupTable(f),
      "",
    );
  }
  if (c.gate) {
    out.push(
      `### Gate: ${c.gate.passed ? "✅ passed" : "❌ failed"}`,
      "",
      ...c.gate.rules.map(
        (r) => `- ${r.passed ? "✅" : "❌"} ${codeSpan(r.rule, 200)} (actual ${formatMetric("", r.actual)})`,
      ),
      "",
    );
  }
  return out;
}

/** How predictions became labels: a binary classifier's threshold and positive class, or the classes of a multiclass one. */
function decision(c: ModelCard): string {
  if (c.task !== "classification") return "";
  const n = c.classes?.length ?? 0;
  if (n <= 2)
    return `; decision threshold ${c.threshold ?? "argmax"} on the probability of ${c.positiveLabel ? codeSpan(c.positiveLabel) : "the positive class"}`;
  // More classes have no positive class: labels are the most probable class (or the model's own label output).
  return `; the predicted label is the model's own (the most probable of ${n} classes), macro averages weigh the classes equally${c.positiveLabel ? `, and precision, recall and F1 are of ${codeSpan(c.positiveLabel)} against the other classes` : ""}`;
}

/** The card body without front matter (what the PR comment folds in). */
export function cardBody(c: ModelCard): string {
  const i = c.info;
  const owners = i.owners
    ?.map((o) => `${escapeMarkdown(o.name)}${o.contact ? ` (${escapeMarkdown(o.contact)})` : ""}`)
    .join(", ");
  const sensitive = Object.keys(c.fairness);
  const sliced = Object.keys(c.slices);
  return [
    `# Model card: ${escapeMarkdown(c.name)}`,
    "",
    "## Model details",
    "",
    prose(i.overview),
    "",
    `- **Version**: ${c.version ? codeSpan(c.version) : NOT_PROVIDED}`,
    `- **Date**: ${c.date}`,
    `- **Owners**: ${owners ?? NOT_PROVIDED}`,
    `- **License**: ${i.license ? codeSpan(i.license) : NOT_PROVIDED}`,
    `- **Task**: ${c.task}${c.classes ? ` over classes ${c.classes.map((k) => codeSpan(k)).join(", ")}` : ""}`,
    ...signature(c),
    `- **References**: ${i.references?.length ? i.references.map((r) => escapeMarkdown(r)).join("; ") : NOT_PROVIDED}`,
    `- **Citation**: ${i.citation ? escapeMarkdown(i.citation) : NOT_PROVIDED}`,
    ...(c.training
      ? [
          `- **Trained by**: ${codeSpan(c.training.command, 200)} at ${codeSpan(c.training.started_at)}${c.training.commit ? `, commit ${digestSpan(c.training.commit, 12)}` : ""}`,
        ]
      : []),
    "",
    "## Intended use",
    "",
    "**Primary intended uses**",
    "",
    bullets(i.intended_use?.primary_uses),
    "",
    "**Primary intended users**",
    "",
    bullets(i.intended_use?.primary_users),
    "",
    "**Out-of-scope uses**",
    "",
    bullets(i.intended_use?.out_of_scope),
    "",
    "## Factors",
    "",
    "**Relevant factors**",
    "",
    bullets(i.factors?.relevant),
    "",
    "**Evaluation factors**",
    "",
    i.factors?.evaluation?.length
      ? bullets(i.factors.evaluation)
      : sensitive.length + sliced.length > 0
        ? `Measured across ${[...new Set([...sliced, ...sensitive])].map((s) => codeSpan(s)).join(", ")} (see the quantitative analyses).`
        : NOT_PROVIDED,
    "",
    "## Metrics",
    "",
    `Computed by modelgate from the ONNX model's own predictions with onnxruntime, as scikit-learn defines them${decision(c)}. Fairness as fairlearn defines it.`,
    "",
    "## Evaluation data",
    "",
    prose(i.evaluation_data?.description),
    "",
    `- ${codeSpan(c.evaluationData.file)}: **${c.evaluationData.rows}** rows, sha256 ${digestSpan(c.evaluationData.sha256)}`,
    `- Target ${codeSpan(c.evaluationData.target)}; ${c.evaluationData.features.length} features: ${c.evaluationData.features
      .slice(0, 40)
      .map((f) => codeSpan(f))
      .join(", ")}${c.evaluationData.features.length > 40 ? ", …" : ""}`,
    ...(i.evaluation_data?.motivation ? [`- **Motivation**: ${prose(i.evaluation_data.motivation)}`] : []),
    ...(i.evaluation_data?.preprocessing ? [`- **Preprocessing**: ${prose(i.evaluation_data.preprocessing)}`] : []),
    "",
    ...dataSection(c),
    ...quantitative(c),
    "## Ethical considerations",
    "",
    i.ethical_considerations?.length
      ? i.ethical_considerations
          .map(
            (e) =>
              `- **${escapeMarkdown(e.name)}**: ${e.mitigation ? escapeMarkdown(e.mitigation) : "mitigation not provided"}`,
          )
          .join("\n")
      : NOT_PROVIDED,
    "",
    "## Caveats and recommendations",
    "",
    "**Caveats**",
    "",
    bullets(i.caveats),
    "",
    "**Recommendations**",
    "",
    bullets(i.recommendations),
    "",
    `<sub>Generated by modelgate from the pipeline's outputs; the human-written parts come from the card info file.</sub>`,
    "",
  ].join("\n");
}

/** MODEL_CARD.md: front matter, then the body. */
export function cardMarkdown(c: ModelCard): string {
  return `${frontMatter(c)}\n${cardBody(c)}`;
}

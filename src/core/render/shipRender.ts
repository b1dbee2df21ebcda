// The "What would ship" section of the sticky pull/merge request comment: the version publish would take, the
// model's digest, its headline metrics against the stage's version (a table, and a Mermaid chart when it helps), the
// exact commands that ship it, and the hidden marker line a `/modelgate promote` comment is checked against. Every
// name, label and reason is escaped: a plan may carry a registry's text.
import { formatMetric } from "../metrics/catalogue.js";
import { shipMarkerLine } from "../registry/shipMarker.js";
import type { MetricDelta, ShipPlan } from "../registry/shipPlan.js";
import { codeSpan, digestSpan, escapeMarkdown, fencedBlock } from "./escape.js";

const CHANGE_ICON = { better: "🟢", worse: "🔴", same: "⚪" } as const;

function changeCell(d: MetricDelta): string {
  if (d.delta === null || d.change === null) return "–";
  if (d.change === "same") return `${CHANGE_ICON.same} same`;
  const sign = d.delta > 0 ? "+" : "-";
  return `${CHANGE_ICON[d.change]} ${sign}${escapeMarkdown(formatMetric(d.metric, Math.abs(d.delta)))} ${d.change}`;
}

function metricTable(p: ShipPlan): string[] {
  if (p.deltas.length === 0) return [];
  const against = codeSpan(p.current ? `${p.stage} ${p.current.version}` : p.stage);
  return [
    `| Metric | Candidate | ${against} | Change |`,
    "|---|---:|---:|---|",
    ...p.deltas.map(
      (d) =>
        `| ${codeSpan(d.metric)} (${d.direction} is better) | ${escapeMarkdown(formatMetric(d.metric, d.candidate))} | ${d.current === null ? "–" : escapeMarkdown(formatMetric(d.metric, d.current))} | ${changeCell(d)} |`,
    ),
    "",
  ];
}

/**
 * Candidate bars against the stage's line, only where a picture says more than the table: at least two metrics on
 * the one 0–1 scale where higher is better (accuracy, F1, AUC), so a taller bar always reads as better, and a
 * difference the eye can see. Latency, throughput and losses stay in the table: on one axis with them the
 * differences would not show.
 */
function chart(p: ShipPlan): string[] {
  const inUnit = (v: number | null): v is number => v !== null && Number.isFinite(v) && v >= 0 && v <= 1;
  const shown = p.deltas.filter((d) => d.direction === "higher" && inUnit(d.candidate) && inUnit(d.current));
  if (!p.current || shown.length < 2) return [];
  // Labels go inside quotes in Mermaid: keep letters, digits and simple punctuation only.
  const plain = (s: string, max = 24) => s.replace(/[^\p{L}\p{N} _.-]/gu, "_").slice(0, max);
  const label = (s: string) => JSON.stringify(plain(s));
  const low = Math.min(...shown.flatMap((d) => [d.candidate, d.current!]));
  // From the tenth below the lowest value: the differences of a few hundredths stay visible, and the axis says so.
  const from = Math.max(0, Math.min(0.9, Math.floor(low * 10) / 10));
  // Bars level with the line to the eye (under 1% of the axis) show nothing the table's "same" does not.
  if (!shown.some((d) => Math.abs(d.candidate - d.current!) >= (1 - from) / 100)) return [];
  return [
    "```mermaid",
    "xychart-beta",
    `  title "Candidate (bars) vs ${plain(p.stage, 32)} ${plain(p.current.version, 32)} (line)"`,
    `  x-axis [${shown.map((d) => label(d.metric)).join(", ")}]`,
    `  y-axis "value" ${from} --> 1`,
    `  bar [${shown.map((d) => d.candidate.toFixed(4)).join(", ")}]`,
    `  line [${shown.map((d) => d.current!.toFixed(4)).join(", ")}]`,
    "```",
    "",
  ];
}

/** Why nothing ships, or why the version is unknown, with the rules that failed. */
function whyNot(p: ShipPlan): string[] {
  const o = p.outcome;
  if (o.status === "ships") return [];
  const rules =
    o.status === "blocked" && o.failedRules.length
      ? ` Failed: ${o.failedRules.map((r) => codeSpan(r, 80)).join(", ")}.`
      : "";
  return [`${escapeMarkdown(o.reason)}.${rules}`, ""];
}

function heading(p: ShipPlan): string {
  const o = p.outcome;
  const name = codeSpan(p.name);
  if (o.status === "blocked") return `### 🚫 Nothing would ship: ${name}`;
  if (o.status === "unknown") return `### 🚢 What would ship: ${name}, version unknown`;
  return `### 🚢 What would ship: ${codeSpan(`${p.name} ${o.version}`)}${o.existing === "already-published" ? " (already published)" : ""}`;
}

function facts(p: ShipPlan): string[] {
  const o = p.outcome;
  const lines: string[] = [];
  if (p.model)
    lines.push(`- **Model**: sha256 ${digestSpan(p.model.sha256)} (${formatMetric("model_bytes", p.model.bytes)})`);
  if (o.status === "ships")
    lines.push(
      o.existing === "new"
        ? `- **Version**: ${codeSpan(o.version)} — what \`publish --version auto\` takes next (tag ${codeSpan(o.tag)})`
        : `- **Version**: ${codeSpan(o.version)} already holds this very model (tag ${codeSpan(o.tag)}): nothing to publish again`,
    );
  if (p.registry !== null) {
    lines.push(
      p.current
        ? `- **${escapeMarkdown(p.stage)} now**: ${codeSpan(p.current.version)}${o.status === "ships" && o.version === p.current.version ? " — this model is there already" : ""}`
        : `- **${escapeMarkdown(p.stage)} now**: no version yet${o.status === "ships" ? ": this would be its first" : ""}`,
    );
    lines.push(`- **Registry**: ${codeSpan(p.registry, 120)}`);
  }
  return lines.length ? [...lines, ""] : [];
}

/** The commands that ship it; the comment form only with the marker that binds it to this commit and digest. */
function commands(p: ShipPlan, bound: boolean): string[] {
  const o = p.outcome;
  if (o.status !== "ships") return [];
  if (o.existing === "already-published" && p.current?.version === o.version)
    return [`Nothing to ship: ${codeSpan(p.stage)} already holds this very model.`, ""];
  const run = [o.commands.publish, o.commands.promote].filter((c): c is string => c !== null);
  return [
    "To ship it:",
    "",
    fencedBlock(run.join("\n"), "sh"),
    "",
    ...(bound
      ? [
          `or comment ${codeSpan(o.commands.comment)} on this pull/merge request (bound to this commit and model digest).`,
          "",
        ]
      : []),
  ];
}

/** The hidden marker, for a plan that ships and a commit id; none otherwise (nothing a comment command could act on). */
function marker(p: ShipPlan, commit: string | undefined): string[] {
  const o = p.outcome;
  if (o.status !== "ships" || !p.model || commit === undefined || !/^[0-9a-f]{40}$/i.test(commit)) return [];
  try {
    const line = shipMarkerLine({
      name: p.name,
      version: o.version,
      commit: commit.toLowerCase(),
      modelSha256: p.model.sha256,
    });
    return [line, ""];
  } catch {
    // A plan planShip did not make (its name or version unchecked) gets no marker: better none than one that lies.
    return [];
  }
}

/** The section as Markdown; `commit` (the run's sha) goes into the hidden marker. */
export function shipMarkdown(p: ShipPlan, o: { commit?: string } = {}): string {
  const hidden = marker(p, o.commit);
  return [
    heading(p),
    "",
    ...whyNot(p),
    ...facts(p),
    ...metricTable(p),
    ...chart(p),
    ...commands(p, hidden.length > 0),
    ...p.notes.map((n) => `- ⚠️ ${escapeMarkdown(n)}`),
    ...(p.notes.length ? [""] : []),
    ...hidden,
  ].join("\n");
}

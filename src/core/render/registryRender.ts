// What the registry commands print and put in the job summary: a publish (its checks, files and digests), a stage
// move, the versions of a model with their stages, metrics and approvals, and a verification's checks.
import { formatMetric, headlineMetrics } from "../metrics/catalogue.js";
import type { Manifest } from "../registry/manifest.js";
import type { PublishOutcome } from "../registry/publish.js";
import type { PublishPlan } from "../registry/publishPlan.js";
import type { StageOutcome } from "../registry/stages.js";
import type { Approval, StageEvent } from "../registry/store.js";
import type { VerifyResult } from "../registry/verify.js";
import { codeSpan, digestSpan } from "./escape.js";

const short = (sha: string) => sha.slice(0, 12);

const approvalText = (a: Approval) => `${a.user} (${a.source}${a.environment ? `, ${a.environment}` : ""}, ${a.at})`;
// Who approved and when is the record itself: shown whole, not cut at codeSpan's usual 60 characters.
const approvalSpan = (a: Approval) => codeSpan(approvalText(a), 400);

/** A publish as lines: what was checked, then what the store holds now. */
export function publishText(o: {
  status: "planned" | PublishOutcome["status"];
  plan: PublishPlan;
  store: string;
  outcome?: PublishOutcome;
}): string {
  const m = o.outcome?.manifest ?? o.plan.manifest;
  const head =
    o.status === "planned"
      ? `would publish ${o.plan.tag} to ${o.store} (dry run: nothing changed)`
      : o.status === "already-published"
        ? `${m.tag} already holds this model in ${o.store}: nothing published again`
        : `published ${m.tag} to ${o.store}`;
  return [
    head,
    ...o.plan.checks.map((c) => `  ✓ ${c}`),
    ...m.assets.map((a) => `  ${a.name.padEnd(16)} ${String(a.size).padStart(10)} B  sha256 ${short(a.sha256)}…`),
    `  approvals: ${m.approvals.length ? m.approvals.map(approvalText).join("; ") : "none on record"}`,
    ...(o.outcome?.release.url ? [`  ${o.outcome.release.url}`] : []),
    "",
  ].join("\n");
}

/** The job summary of a publish: the version, its files and digests, and who approved. */
export function publishMarkdown(outcome: PublishOutcome, store: string): string {
  const m = outcome.manifest;
  const title = outcome.status === "published" ? "📦 Published" : "📦 Already published";
  return [
    `### ${title} ${codeSpan(m.tag)}`,
    "",
    `To ${codeSpan(store)}${outcome.release.url ? ` — [release](${encodeURI(outcome.release.url)})` : ""}.`,
    "",
    "| File | Bytes | sha256 |",
    "|---|---:|---|",
    ...m.assets.map((a) => `| ${codeSpan(a.name)} | ${a.size} | ${digestSpan(a.sha256)} |`),
    "",
    `Approved by: ${m.approvals.length ? m.approvals.map(approvalSpan).join(", ") : "no approval on record"}.`,
    "",
  ].join("\n");
}

/** A stage move (or why not) as one line and its checks. */
export function stageText(o: StageOutcome, name: string): string {
  switch (o.status) {
    case "refused":
      return `refused (${o.rule}): ${o.reason}\n`;
    case "unchanged":
      return `${name}@${o.stage} already points at ${o.version}: nothing changed\n`;
    default: {
      const e = o.event;
      const verb = o.status === "planned" ? "would move" : "moved";
      return [
        `${verb} ${name}@${e.stage} ${e.previous ? `from ${e.previous} ` : ""}to ${e.version} (${e.action}${e.by ? ` by ${e.by}` : ""})`,
        ...o.checks.map((c) => `  ✓ ${c}`),
        "",
      ].join("\n");
    }
  }
}

/** The summary of a stage move. */
export function stageMarkdown(o: StageOutcome & { status: "moved" }, name: string): string {
  const e = o.event;
  return [
    `### 🏷️ ${codeSpan(`${name}@${e.stage}`)} → ${codeSpan(e.version)}`,
    "",
    `${e.action === "rollback" ? "Rolled back" : "Promoted"} ${e.previous ? `from ${codeSpan(e.previous)} ` : ""}by ${codeSpan(e.by ?? "unknown")}; approvals: ${e.approvals.length ? e.approvals.map(approvalSpan).join(", ") : "none on record"}.`,
    "",
  ].join("\n");
}

/** One version as `registry list` shows it. */
export interface VersionRow {
  version: string;
  tag: string;
  stages: string[];
  publishedAt: string | null;
  manifest: Manifest | null;
  /** Why the manifest could not be read. */
  problem?: string;
}

/** The versions of a model, newest first, with their stages, headline metrics and approvals. */
export function versionsText(name: string, rows: readonly VersionRow[], store: string): string {
  if (rows.length === 0) return `${name}: no published version in ${store}\n`;
  const lines = rows.map((r) => {
    const metrics = r.manifest
      ? headlineMetrics(r.manifest.metrics)
          .map(([k, v]) => `${k} ${formatMetric(k, v)}`)
          .join(", ")
      : `manifest unreadable: ${r.problem ?? "unknown"}`;
    const approved = r.manifest?.approvals.length
      ? `approved by ${[...new Set(r.manifest.approvals.map((a) => a.user))].join(", ")}`
      : "no approval on record";
    return `  ${r.version.padEnd(12)} ${(r.stages.join(",") || "-").padEnd(20)} ${r.publishedAt ?? ""}  ${metrics}; ${approved}`;
  });
  return [`${name} in ${store}:`, ...lines, ""].join("\n");
}

/** A stage's history, oldest first, as `registry show` lists it. */
export function historyText(events: readonly StageEvent[]): string {
  if (events.length === 0) return "  no stage moves\n";
  return `${events
    .map(
      (e) =>
        `  ${e.at}  ${e.stage.padEnd(12)} ${e.action.padEnd(8)} ${(e.previous ?? "-").padEnd(10)} → ${e.version}${e.by ? `  by ${e.by}` : ""}${e.approvals.length ? `  approved by ${e.approvals.map((a) => a.user).join(", ")}` : ""}`,
    )
    .join("\n")}\n`;
}

/** One version in full: manifest essentials, then the model's stage history. */
export function showText(m: Manifest, stages: readonly string[], history: readonly StageEvent[]): string {
  return [
    `${m.name} ${m.model_version} (${m.tag})${stages.length ? ` — ${stages.join(", ")}` : ""}`,
    `  published ${m.published_at}${m.ci.triggered_by ? ` by ${m.ci.triggered_by}` : ""}${m.ci.run_url ? ` in ${m.ci.run_url}` : ""}`,
    `  commit ${m.git.commit ?? "unknown"}${m.git.branch ? ` on ${m.git.branch}` : ""}`,
    `  gate ${m.gate.passed ? "passed" : "FAILED"}: ${m.gate.rules.map((r) => r.rule).join("; ")}`,
    `  metrics: ${Object.entries(m.metrics)
      .map(([k, v]) => `${k} ${formatMetric(k, v)}`)
      .join(", ")}`,
    `  holdout sha256 ${short(m.data.holdout_sha256)}…, rules sha256 ${short(m.config_sha256)}…`,
    `  approvals: ${m.approvals.length ? m.approvals.map(approvalText).join("; ") : "none on record"}`,
    ...m.assets.map((a) => `  ${a.name.padEnd(16)} ${String(a.size).padStart(10)} B  sha256 ${a.sha256}`),
    "stage history:",
    historyText(history).trimEnd(),
    "",
  ].join("\n");
}

/** A verification: every check with ✓ or ✗. */
export function verifyText(v: VerifyResult): string {
  return [
    `${v.ok ? "verified" : "NOT verified"}: ${v.release.tag}${v.stage ? ` (stage ${v.stage})` : ""}`,
    ...v.checks.map((c) => `  ${c.ok ? "✓" : "✗"} ${c.check}: ${c.detail}`),
    "",
  ].join("\n");
}

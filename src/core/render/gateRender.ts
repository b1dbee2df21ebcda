import type { GateResult } from "../gate/gate.js";
import { formatMetric } from "../metrics/catalogue.js";
import { codeSpan, digestSpan, escapeHtml } from "./escape.js";

function deltaText(r: GateResult["rules"][number]): string {
  if (r.delta === null) return "–";
  const arrow = r.improved === null ? "→" : r.improved ? "▲" : "▼";
  return `${arrow} ${r.delta >= 0 ? "+" : ""}${formatMetric(r.metric, r.delta)}`;
}

/** "[−0.084, −0.014] (95 %)": the bootstrap interval of the difference a confidence rule was judged on. */
function intervalText(r: GateResult["rules"][number]): string {
  if (!r.interval) return "";
  const f = (x: number) => `${x >= 0 ? "+" : ""}${formatMetric(r.metric, x)}`;
  return `[${f(r.interval.low)}, ${f(r.interval.high)}] (${Math.round(r.interval.confidence * 1000) / 10} %)`;
}

const bound = (sha: string | null) => (sha === null ? "`unknown`" : digestSpan(sha, 12));

/** The metric comparison table: rule, baseline, candidate, delta with direction, verdict. */
export function gateMarkdown(g: GateResult): string {
  const anyInterval = g.rules.some((r) => r.interval);
  const out = [
    `### ${g.passed ? "✅ Gate passed" : "❌ Gate failed"}: ${g.rules.filter((r) => r.passed).length} of ${g.rules.length} rules hold`,
    "",
    `Candidate ${codeSpan(g.candidate.label)}${g.baseline ? ` against baseline ${codeSpan(g.baseline.label)}` : ""}.`,
    "",
    `| Rule | Baseline | Candidate | Δ |${anyInterval ? " Δ interval |" : ""} Bound | Verdict |`,
    `|---|---:|---:|---:|${anyInterval ? "---:|" : ""}---:|---|`,
    ...g.rules.map(
      (r) =>
        `| ${codeSpan(r.rule, 200)} | ${r.baseline === null ? "–" : formatMetric(r.metric, r.baseline)} | ${formatMetric(r.metric, r.actual)} | ${deltaText(r)} |${anyInterval ? ` ${intervalText(r) || "–"} |` : ""} ${formatMetric(r.metric, r.bound)} | ${r.passed ? "✅ pass" : "❌ fail"} |`,
    ),
    "",
    ...(anyInterval
      ? [
          `<sub>Δ interval: paired bootstrap over the holdout rows (${g.rules.find((r) => r.interval)!.interval!.resamples} resamples, seed ${g.rules.find((r) => r.interval)!.interval!.seed}); a rule "with N% confidence" fails only when the whole interval is beyond its allowed difference.</sub>`,
          "",
        ]
      : []),
    `<sub>Bound to model sha256 ${bound(g.binding.model_sha256)}, holdout sha256 ${bound(g.binding.data_sha256)}, rules sha256 ${bound(g.binding.config_sha256)}.</sub>`,
    "",
  ];
  return out.join("\n");
}

export function gateText(g: GateResult): string {
  const lines = [
    `${g.passed ? "PASS" : "FAIL"} gate: ${g.rules.filter((r) => r.passed).length} of ${g.rules.length} rules hold`,
  ];
  for (const r of g.rules) {
    lines.push(
      `  ${r.passed ? "✓" : "✗"} ${r.rule}: ${formatMetric(r.metric, r.actual)}${r.baseline !== null ? ` (baseline ${formatMetric(r.metric, r.baseline)}, ${deltaText(r)})` : ""}, bound ${formatMetric(r.metric, r.bound)}${r.interval ? `; Δ interval ${intervalText(r)}` : ""}`,
    );
  }
  return `${lines.join("\n")}\n`;
}

/** JUnit XML: one test case per rule, so GitLab's merge request test widget lists the gate's verdict rule by rule. */
export function gateJunit(g: GateResult): string {
  const cases = g.rules.map((r) => {
    const head = `    <testcase classname="modelgate.gate" name="${escapeHtml(r.rule)}">`;
    const measured = `${r.metric} = ${formatMetric(r.metric, r.actual)}${r.baseline === null ? "" : ` (baseline ${formatMetric(r.metric, r.baseline)})`}, bound ${formatMetric(r.metric, r.bound)}`;
    if (r.passed) return `${head}\n      <system-out>${escapeHtml(measured)}</system-out>\n    </testcase>`;
    return `${head}\n      <failure message="${escapeHtml(`${r.rule} does not hold: ${measured}`)}" type="gate">${escapeHtml(`${measured}${r.interval ? `; interval ${intervalText(r)}` : ""}`)}</failure>\n    </testcase>`;
  });
  const failures = g.rules.filter((r) => !r.passed).length;
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<testsuites name="modelgate gate" tests="${g.rules.length}" failures="${failures}">`,
    `  <testsuite name="${escapeHtml(g.candidate.label)}" tests="${g.rules.length}" failures="${failures}" errors="0" skipped="0">`,
    ...cases,
    `  </testsuite>`,
    `</testsuites>`,
    "",
  ].join("\n");
}

import type { Check, Example, ValidationReport } from "../validate/report.js";
import { codeSpan, escapeHtml, escapeMarkdown } from "./escape.js";

const KIND_TITLE: Record<Check["kind"], string> = {
  missing_column: "missing column",
  extra_column: "extra column",
  row_count: "row count",
  type: "type",
  nulls: "nulls",
  range: "out of range",
  allowed: "unexpected value",
  pattern: "pattern",
  unique: "duplicate",
  compound_unique: "duplicate key",
};

export function checkTitle(c: Check): string {
  return `${c.column ?? "table"} › ${KIND_TITLE[c.kind]}`;
}

function pct(share: number): string {
  if (share === 0) return "0%";
  if (share < 0.0001) return "<0.01%";
  return `${(share * 100).toFixed(2)}%`;
}

function where(e: Example): string {
  return e.line !== null ? `row ${e.row} (line ${e.line})` : `row ${e.row}`;
}

/** What a failed check found, in one line of plain text. */
export function checkFinding(c: Check): string {
  if (c.kind === "row_count") return `${c.count} rows; expected ${c.expectation}`;
  if (c.kind === "missing_column" || c.kind === "extra_column") return `expected ${c.expectation}`;
  const mostly = c.mostly !== undefined ? ` (mostly ${c.mostly})` : "";
  return `${c.count} of ${c.denominator} (${pct(c.share)}) break "${c.expectation}"${mostly}`;
}

/** Terminal output: a verdict line, then one line per failed check with its first examples. */
export function validationText(r: ValidationReport): string {
  const lines = [
    `${r.valid ? "PASS" : "FAIL"} ${r.file}: ${r.rows} rows, ${r.columns} columns, ${r.summary.checks} checks, ${r.summary.failed} failed`,
  ];
  for (const c of r.checks.filter((x) => !x.passed)) {
    lines.push(`  ✗ ${checkTitle(c)}: ${checkFinding(c)}`);
    for (const e of c.examples)
      lines.push(`      ${where(e)}: ${JSON.stringify(e.value)}${e.note ? ` — ${e.note}` : ""}`);
  }
  return `${lines.join("\n")}\n`;
}

/** Markdown for a job summary or PR comment: verdict, then a table of every check, failures first. */
export function validationMarkdown(r: ValidationReport): string {
  const icon = r.valid ? "✅" : "❌";
  const out = [
    `### ${icon} Data validation: ${r.valid ? "passed" : "failed"}`,
    "",
    `${codeSpan(r.file)} against ${codeSpan(r.schema)}: **${r.rows}** rows, **${r.columns}** columns, **${r.summary.checks}** checks, **${r.summary.failed}** failed.`,
    "",
  ];
  const failed = r.checks.filter((c) => !c.passed);
  if (failed.length) {
    out.push("| | Column | Check | Expectation | Violations | Examples |", "|---|---|---|---|---:|---|");
    for (const c of failed) {
      const examples = c.examples
        .map((e) => `${where(e)}: ${codeSpan(e.value, 40)}${e.note ? ` (${escapeMarkdown(e.note)})` : ""}`)
        .join("<br>");
      const count = c.kind === "row_count" ? `${c.count} rows` : `${c.count} (${pct(c.share)})`;
      out.push(
        `| ❌ | ${c.column === null ? "*table*" : codeSpan(c.column)} | ${KIND_TITLE[c.kind]} | ${escapeMarkdown(c.expectation)} | ${count} | ${examples} |`,
      );
    }
    out.push("");
  }
  const passed = r.checks.filter((c) => c.passed);
  if (passed.length) {
    out.push(
      `<details><summary>${passed.length} checks passed</summary>`,
      "",
      "| Column | Check | Expectation |",
      "|---|---|---|",
    );
    for (const c of passed)
      out.push(
        `| ${c.column === null ? "*table*" : codeSpan(c.column)} | ${KIND_TITLE[c.kind]} | ${escapeMarkdown(c.expectation)} |`,
      );
    out.push("", "</details>", "");
  }
  return out.join("\n");
}

/** JUnit XML: one test case per rule per column, so GitLab's merge request widget lists them. */
export function validationJunit(r: ValidationReport): string {
  const cases = r.checks.map((c) => {
    const name = escapeHtml(checkTitle(c));
    const head = `    <testcase classname="${escapeHtml(`modelgate.validate.${r.file}`)}" name="${name}">`;
    if (c.passed) return `${head}</testcase>`;
    const detail = c.examples
      .map((e) => `${where(e)}: ${JSON.stringify(e.value)}${e.note ? ` (${e.note})` : ""}`)
      .join("\n");
    return `${head}\n      <failure message="${escapeHtml(checkFinding(c))}" type="${c.kind}">${escapeHtml(detail)}</failure>\n    </testcase>`;
  });
  const failures = r.checks.filter((c) => !c.passed).length;
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<testsuites name="modelgate validate" tests="${r.checks.length}" failures="${failures}">`,
    `  <testsuite name="${escapeHtml(r.file)}" tests="${r.checks.length}" failures="${failures}" errors="0" skipped="0">`,
    ...cases,
    `  </testsuite>`,
    `</testsuites>`,
    "",
  ].join("\n");
}

// The report step of every shipped workflow runs after a failed step too (`if: always()` on GitHub, `when: always`
// on GitLab): a pipeline whose evaluate failed must still get its comment, naming what is missing.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

import { describe, expect, it } from "vitest";
import { parse, parseAllDocuments } from "yaml";

import { ROOT } from "./support.js";

interface Step {
  uses?: string;
  if?: string;
  with?: Record<string, unknown>;
}

const isReport = (s: Step) =>
  /\/actions\/report@/.test(s.uses ?? "") ||
  (/^modelgate\/modelgate@/.test(s.uses ?? "") && [s.with?.command, s.with?.["modelgate-command"]].includes("report"));

describe("the report step runs even when an earlier step failed", () => {
  const workflows = readdirSync(join(ROOT, "workflow-templates")).filter((f) => f.endsWith(".yml"));

  it.each(workflows)("workflow-templates/%s", (file) => {
    const wf = parse(readFileSync(join(ROOT, "workflow-templates", file), "utf8")) as {
      jobs: Record<string, { steps: Step[] }>;
    };
    for (const job of Object.values(wf.jobs))
      for (const step of job.steps.filter(isReport)) expect(step.if, `${file}: ${step.uses}`).toMatch(/\balways\(\)/);
  });

  it("at least one workflow template reports (so the check above checks something)", () => {
    const reporting = workflows.filter((file) => {
      const wf = parse(readFileSync(join(ROOT, "workflow-templates", file), "utf8")) as {
        jobs: Record<string, { steps: Step[] }>;
      };
      return Object.values(wf.jobs).some((j) => j.steps.some(isReport));
    });
    expect(reporting).toContain("modelgate-pr-report.yml");
  });

  it("templates/report.yml: every rule of the report job is when: always", () => {
    const [, body] = parseAllDocuments(readFileSync(join(ROOT, "templates/report.yml"), "utf8"));
    const job = (body!.toJS() as Record<string, { rules: { when?: string }[]; script: string[] }>)["modelgate-report"]!;
    expect(job.script.join("\n")).toMatch(/ report\b/);
    expect(job.rules.length).toBeGreaterThan(0);
    for (const rule of job.rules) expect(rule.when).toBe("always");
  });
});

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

  it("templates/report.yml: every rule that runs the report job is when: always (the others are when: never)", () => {
    const [, body] = parseAllDocuments(readFileSync(join(ROOT, "templates/report.yml"), "utf8"));
    const jobs = Object.values(body!.toJS() as Record<string, { rules: { when?: string }[]; script: string[] }>);
    expect(jobs).toHaveLength(1);
    expect(jobs[0]!.script.join("\n")).toMatch(/ report\b/);
    const running = jobs[0]!.rules.filter((r) => r.when !== "never");
    expect(running.length).toBeGreaterThan(0);
    for (const rule of running) expect(rule.when).toBe("always");
  });
});

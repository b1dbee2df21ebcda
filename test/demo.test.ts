// The README's contract: `npm run demo` runs the whole pipeline offline on the bundled example and ends well, each
// step with the exit it should have; piped (not a terminal), its output carries no escape sequences.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";

import { describe, expect, it } from "vitest";

import { ROOT } from "./support.js";

describe("npm run demo", () => {
  it("runs every stage on one dataset, from validation to a published and promoted model, and posts the report", () => {
    const r = spawnSync(process.execPath, [join(ROOT, "scripts/demo.mjs")], { cwd: ROOT, encoding: "utf8" });
    expect(r.status, r.stderr.slice(-2000)).toBe(0);
    expect(r.stdout).toContain("✓ demo complete");
    expect(r.stdout + r.stderr).not.toContain("\u001b");
    const titles = [...r.stdout.matchAll(/^▶ (.+)$/gm)].map((m) => m[1]);
    for (const stage of [
      "Validate",
      "Train",
      "Evaluate",
      "Gate",
      "Model card",
      "Publish",
      "Promote",
      "Drift",
      "report",
    ])
      expect(
        titles.some((t) => t!.includes(stage)),
        stage,
      ).toBe(true);
    const report = readFileSync(join(ROOT, ".demo/report.md"), "utf8");
    expect(report).toContain("breast-cancer");
    expect(report).toMatch(/would ship/i);
  }, 120_000);
});

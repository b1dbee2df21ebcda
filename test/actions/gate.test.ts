// The gate action as the runner runs it: the committed dist/gate.js, inputs as INPUT_* variables (rules one per
// line), outputs read back from GITHUB_OUTPUT, the comparison table from GITHUB_STEP_SUMMARY.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { copyFile, writeFile } from "node:fs/promises";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { main } from "../../src/cli/main.js";
import { fixture, makeTemp, ROOT, type TempDir } from "../support.js";

let tmp: TempDir;
beforeAll(async () => {
  tmp = await makeTemp("gate-action");
  await copyFile(fixture("breast_cancer_logreg.onnx"), tmp.file("model.onnx"));
  await copyFile(fixture("breast_cancer_holdout.csv"), tmp.file("holdout.csv"));
  const code = await main(
    ["evaluate", "--model", "model.onnx", "--data", "holdout.csv", "--target", "target", "--out", "evaluation.json"],
    { env: { MODELGATE_PLATFORM: "local" }, cwd: tmp.path, stdout: () => {}, stderr: () => {}, version: "0" },
  );
  if (code !== 0) throw new Error("evaluate failed");
});
afterAll(() => tmp.remove());

/** GITHUB_OUTPUT holds `name<<delimiter` blocks. */
function outputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of text.matchAll(/^([^<\n]+)<<(ghadelimiter_[0-9a-f-]+)\n([\s\S]*?)\n\2$/gm)) out[m[1]!] = m[3]!;
  return out;
}

async function runGate(rules: string) {
  await writeFile(tmp.file("out.txt"), "");
  await writeFile(tmp.file("summary.md"), "");
  const r = spawnSync(process.execPath, [`${ROOT}/dist/gate.js`], {
    cwd: tmp.path,
    encoding: "utf8",
    env: {
      PATH: process.env.PATH,
      GITHUB_ACTIONS: "true",
      GITHUB_OUTPUT: tmp.file("out.txt"),
      GITHUB_STEP_SUMMARY: tmp.file("summary.md"),
      GITHUB_WORKSPACE: tmp.path,
      INPUT_EVALUATION: "evaluation.json",
      INPUT_RULE: rules,
      INPUT_OUT: "gate.json",
    },
  });
  return {
    status: r.status,
    stdout: r.stdout,
    outputs: outputs(readFileSync(tmp.file("out.txt"), "utf8")),
    summary: readFileSync(tmp.file("summary.md"), "utf8"),
  };
}

describe("dist/gate.js", () => {
  it("passes: exit 0, passed=true, the comparison table in the summary", async () => {
    const r = await runGate("accuracy >= 0.95\nroc_auc >= 0.99\n");
    expect(r.status).toBe(0);
    expect(r.outputs).toMatchObject({ passed: "true", "failed-rules": "0" });
    expect(r.outputs["gate-path"]).toMatch(/gate\.json$/);
    expect(r.summary).toContain("### ✅ Gate passed: 2 of 2 rules hold");
    expect(r.summary).toContain("| <code>accuracy &gt;= 0.95</code> | – | 0.9860 | – | 0.9500 | ✅ pass |");
  });

  it("fails: exit 1 and ::error::, yet outputs and summary are written (a failed gate is a result)", async () => {
    const r = await runGate("accuracy >= 0.99\nf1 >= 0.9");
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("::error::modelgate gate: failed");
    expect(r.outputs).toMatchObject({ passed: "false", "failed-rules": "1" });
    expect(r.summary).toContain("| <code>accuracy &gt;= 0.99</code> | – | 0.9860 | – | 0.9900 | ❌ fail |");
  });
});

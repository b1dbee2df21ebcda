// `modelgate report` and `modelgate card` on the breast-cancer example's real outputs (committed fixtures, so
// the snapshots are stable): the rendered Markdown, the escaping of hostile names, and bad inputs.
import { copyFile, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";

import { fixture, makeTemp, ROOT, runCli, type TempDir } from "../support.js";

const OUTPUTS = ["validation", "run", "evaluation", "gate", "drift"] as const;
let tmp: TempDir;

beforeAll(async () => {
  tmp = await makeTemp("report");
  for (const k of OUTPUTS) await copyFile(fixture(`report/${k}.json`), tmp.file(`${k}.json`));
  await copyFile(fixture("report/train.profile.json"), tmp.file("train.profile.json"));
  await copyFile(join(ROOT, "examples/breast-cancer/card.yml"), tmp.file("card.yml"));
});
afterAll(() => tmp.remove());

const all = OUTPUTS.flatMap((k) => [`--${k}`, `${k}.json`]);
const cardArgs = ["card", "--evaluation", "evaluation.json", "--run", "run.json", "--gate", "gate.json"];

describe("modelgate card", () => {
  it("writes MODEL_CARD.md with Hugging Face front matter and every Mitchell et al. section (snapshot)", async () => {
    const r = await runCli(tmp.path, [
      ...cardArgs,
      "--profile",
      "train.profile.json",
      "--info",
      "card.yml",
      "--mct",
      "card.json",
      "--date",
      "2026-12-01",
    ]);
    expect(r.code).toBe(0);
    const card = await readFile(tmp.file("MODEL_CARD.md"), "utf8");
    await expect(card).toMatchFileSnapshot("__snapshots__/MODEL_CARD.md");
    const front = parseYaml(card.slice(4, card.indexOf("\n---\n", 4))) as {
      license: string;
      "model-index": {
        name: string;
        results: { task: { type: string }; metrics: { type: string; value: number }[] }[];
      }[];
    };
    const evaluation = JSON.parse(await readFile(tmp.file("evaluation.json"), "utf8")) as {
      metrics: Record<string, number>;
    };
    expect(front.license).toBe("mit");
    const result = front["model-index"][0]!.results[0]!;
    expect(result.task.type).toBe("tabular-classification");
    expect(result.metrics.find((m) => m.type === "accuracy")!.value).toBe(evaluation.metrics.accuracy);
    for (const section of [
      "Model details",
      "Intended use",
      "Factors",
      "Metrics",
      "Evaluation data",
      "Training data",
      "Quantitative analyses",
      "Ethical considerations",
      "Caveats and recommendations",
    ])
      expect(card).toContain(`## ${section}\n`);
    const mct = JSON.parse(await readFile(tmp.file("card.json"), "utf8")) as Record<string, Record<string, unknown>>;
    expect(Object.keys(mct)).toEqual([
      "schema_version",
      "model_details",
      "model_parameters",
      "quantitative_analysis",
      "considerations",
    ]);
    expect(mct.model_details!.licenses).toEqual([{ identifier: "mit" }]);
    const perf = (mct.quantitative_analysis!.performance_metrics as { type: string; value: string }[]).find(
      (m) => m.type === "accuracy",
    );
    expect(perf!.value).toBe(String(evaluation.metrics.accuracy));
  });

  it("states what no input says as not provided, never a made-up value", async () => {
    const r = await runCli(tmp.path, [
      "card",
      "--evaluation",
      "evaluation.json",
      "--out",
      "bare.md",
      "--date",
      "2026-12-01",
    ]);
    expect(r.code).toBe(0);
    const card = await readFile(tmp.file("bare.md"), "utf8");
    expect(card).not.toMatch(/^license:/m);
    expect(card).toContain("- **Owners**: _Not provided._");
    expect(card).toContain("- **Version**: _Not provided._");
    expect(card).toContain("Files and profile: not provided");
    expect(card.match(/_Not provided\._/g)!.length).toBeGreaterThanOrEqual(12);
  });

  it("refuses a card info file with an unknown field, naming the file and the place (exit 2)", async () => {
    await writeFile(tmp.file("bad-card.yml"), "name: x\nowner: someone\n");
    const r = await runCli(tmp.path, [...cardArgs, "--info", "bad-card.yml"]);
    expect(r.code).toBe(2);
    expect(r.stderr.split("\n")[0]).toMatch(/^modelgate: bad-card\.yml.*owner/);
  });
});

describe("modelgate report", () => {
  it("renders one body from every output, verdict first (snapshot)", async () => {
    await runCli(tmp.path, [...cardArgs, "--info", "card.yml", "--date", "2026-12-01"]);
    const r = await runCli(tmp.path, [
      "report",
      ...all,
      "--card",
      "MODEL_CARD.md",
      "--html-url",
      "https://ci.example/artifacts/drift.html",
      "--out",
      "report.md",
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("wrote report.md: drift found\n");
    const body = await readFile(tmp.file("report.md"), "utf8");
    await expect(body).toMatchFileSnapshot("__snapshots__/report.md");
    expect(body.split("\n")[0]).toBe("## ❌ modelgate: drift found");
    expect(body.indexOf("Gate passed")).toBeLessThan(body.indexOf("Data validation: passed"));
    expect(body).toContain("<details><summary>Model card</summary>");
    expect(body).not.toContain("model-index"); // the card's front matter stays out of the comment
    expect(body).toContain("```mermaid");
  });

  it("prints to stdout without --out, and with only a gate shows just that", async () => {
    const r = await runCli(tmp.path, ["report", "--gate", "gate.json"]);
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")[0]).toBe("## ✅ modelgate: all checks pass");
    expect(r.stdout).not.toContain("Drift");
  });

  it("makes hostile column names and values inert: no HTML, no mention, no link", async () => {
    const hostile = "<img src=x onerror=alert(1)>";
    const drift = (await readFile(tmp.file("drift.json"), "utf8")).replaceAll('"income"', JSON.stringify(hostile));
    const validation = (await readFile(tmp.file("validation.json"), "utf8")).replaceAll(
      '"state"',
      '"@org/team [x](https://evil.example)"',
    );
    await writeFile(tmp.file("hostile-drift.json"), drift);
    await writeFile(tmp.file("hostile-validation.json"), validation);
    const r = await runCli(tmp.path, [
      "report",
      "--drift",
      "hostile-drift.json",
      "--validation",
      "hostile-validation.json",
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain("<img");
    expect(r.stdout).toContain("&lt;img src=x onerror=alert&#40;1&#41;&gt;");
    expect(r.stdout).not.toMatch(/@org/);
    expect(r.stdout).not.toContain("](https://evil.example)");
  });

  it("posts locally as one comment that re-runs update", async () => {
    for (let i = 0; i < 2; i++) {
      const r = await runCli(tmp.path, ["report", "--gate", "gate.json", "--post", "--out", "r.md"]);
      expect(r.code).toBe(0);
    }
    const thread = JSON.parse(await readFile(tmp.file(".modelgate/comments.json"), "utf8")) as {
      comments: { body: string }[];
    };
    expect(thread.comments).toHaveLength(1);
    expect(thread.comments[0]!.body.startsWith("<!-- modelgate:comment key=modelgate -->\n## ✅ modelgate")).toBe(true);
  });

  it.each([
    [["--gate", "evaluation.json"], /^modelgate: evaluation\.json: not a modelgate gate output/],
    [["--drift", "missing.json"], /^modelgate: missing\.json: no such file/],
    [["--run", "card.yml"], /^modelgate: card\.yml: not valid JSON/],
    [["--gate", "gate.json", "--post", "--key", "no spaces"], /^modelgate: --key must be/],
    [
      ["--gate", "gate.json", "--post", "--mode", "upsert"],
      /^modelgate: --mode must be one of update, recreate, delete/,
    ],
  ])("refuses %j with one line, exit 2", async (args, line) => {
    const r = await runCli(tmp.path, ["report", ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(line);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
  });
});

// `modelgate report` and `modelgate card` on the breast-cancer example's real outputs (committed fixtures, so
// the snapshots are stable): the rendered Markdown, the escaping of hostile names, and bad inputs.
import { copyFile, mkdir, readFile, writeFile } from "node:fs/promises";
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
  await mkdir(tmp.file("adir"));
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

describe("modelgate card refuses", () => {
  it.each([
    ["a day February does not have", "2024-02-30"],
    ["February 29 of a common year", "2023-02-29"],
    ["month 13", "2024-13-01"],
    ["day 00", "2024-01-00"],
    ["another format", "01/02/2024"],
  ])("--date with %s: one line, exit 2", async (_name, date) => {
    const r = await runCli(tmp.path, ["card", "--evaluation", "evaluation.json", "--date", date, "--out", "d.md"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`modelgate: --date must be a calendar day as YYYY-MM-DD, not "${date}"\n`);
  });

  it("takes a real leap day", async () => {
    const r = await runCli(tmp.path, [
      "card",
      "--evaluation",
      "evaluation.json",
      "--date",
      "2024-02-29",
      "--out",
      "leap.md",
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(await readFile(tmp.file("leap.md"), "utf8")).toContain("- **Date**: 2024-02-29\n");
  });
});

/** gate.json with one binding changed: a verdict on another model or holdout. */
async function rebound(key: "model_sha256" | "data_sha256", file: string): Promise<void> {
  const g = JSON.parse(await readFile(tmp.file("gate.json"), "utf8")) as { binding: Record<string, string> };
  g.binding[key] = "0".repeat(64);
  await writeFile(tmp.file(file), JSON.stringify(g));
}

describe("a gate.json bound to another model or holdout than the evaluation", () => {
  it.each([
    ["model_sha256", "model"],
    ["data_sha256", "holdout"],
  ] as const)("is refused by card and report (%s): one line, exit 2, nothing posted", async (key, what) => {
    await rebound(key, `other-${key}.json`);
    const evaluation = JSON.parse(await readFile(tmp.file("evaluation.json"), "utf8")) as {
      model: { sha256: string };
      data: { sha256: string };
    };
    const actual = (key === "model_sha256" ? evaluation.model.sha256 : evaluation.data.sha256).slice(0, 12);
    const line = `modelgate: other-${key}.json: at binding.${key}: the gate judged the ${what} with sha256 000000000000…, but evaluation.json is of the ${what} with sha256 ${actual}…: give the gate.json made from this evaluation\n`;
    const card = await runCli(tmp.path, ["card", "--evaluation", "evaluation.json", "--gate", `other-${key}.json`]);
    expect(card.code).toBe(2);
    expect(card.stderr).toBe(line);
    const report = await runCli(tmp.path, [
      "report",
      "--evaluation",
      "evaluation.json",
      "--gate",
      `other-${key}.json`,
      "--post",
      "--key",
      "rebound",
    ]);
    expect(report.code).toBe(2);
    expect(report.stderr).toBe(line);
    expect(report.stdout).toBe("");
  });

  it("a gate without a binding (on a plain metrics file) is shown beside any evaluation", async () => {
    const g = JSON.parse(await readFile(tmp.file("gate.json"), "utf8")) as { binding: Record<string, unknown> };
    await writeFile(
      tmp.file("unbound.json"),
      JSON.stringify({ ...g, binding: { ...g.binding, model_sha256: null, data_sha256: null } }),
    );
    const r = await runCli(tmp.path, ["report", "--evaluation", "evaluation.json", "--gate", "unbound.json"]);
    expect(r.code, r.stderr).toBe(0);
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
    [["--drift", "adir"], /^modelgate: adir: cannot be read: it is a directory, not a regular file$/m],
    [
      ["--gate", "gate.json", "--html-url", "javascript:alert(1)"],
      /^modelgate: --html-url must be an http:\/\/ or https:\/\/ address, not "javascript:alert\(1\)"$/m,
    ],
    [
      ["--gate", "gate.json", "--html-url", "ci.example/drift.html"],
      /^modelgate: --html-url must be an http:\/\/ or https:\/\/ address/,
    ],
    [
      ["--gate", "gate.json", "--html-url", "https://"],
      /^modelgate: --html-url must be an http:\/\/ or https:\/\/ address/,
    ],
    [
      ["--gate", "gate.json", "--card-url", "ftp://ci.example/card.md"],
      /^modelgate: --card-url must be an http:\/\/ or https:\/\/ address/,
    ],
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

describe("modelgate report on what did not run", () => {
  const thread = async () =>
    (
      JSON.parse(await readFile(tmp.file(".modelgate/comments.json"), "utf8").catch(() => '{"comments":[]}')) as {
        comments: { body: string }[];
      }
    ).comments;

  it("names the outputs that are missing, posts that, and exits 1: a failed step still gets its comment", async () => {
    const r = await runCli(tmp.path, [
      "report",
      "--evaluation",
      "gone/evaluation.json",
      "--gate",
      "gone/gate.json",
      "--card",
      "gone/MODEL_CARD.md",
      "--drift",
      "drift.json",
      "--post",
      "--key",
      "missing",
      "--out",
      "missing.md",
    ]);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe(
      "wrote missing.md: evaluate output missing, gate output missing, card output missing, drift found\n",
    );
    const body = await readFile(tmp.file("missing.md"), "utf8");
    expect(body.split("\n")[0]).toBe(
      "## ❌ modelgate: evaluate output missing, gate output missing, card output missing, drift found",
    );
    expect(body).toContain(
      [
        "### ⚠️ Missing step outputs",
        "",
        "These were named as inputs of the report but do not exist: the step that writes each failed or did not run, so its verdict is unknown.",
        "",
        "| Input | File | Written by |",
        "|---|---|---|",
        "| evaluation | <code>gone/evaluation.json</code> | evaluate |",
        "| gate | <code>gone/gate.json</code> | gate |",
        "| card | <code>gone/MODEL&#95;CARD.md</code> | card |",
      ].join("\n"),
    );
    expect(body).toContain("Dataset drift"); // what did run is still reported
    const posted = (await thread()).filter((c) => c.body.startsWith("<!-- modelgate:comment key=missing -->"));
    expect(posted).toHaveLength(1);
    expect(posted[0]!.body).toContain("| gate | <code>gone/gate.json</code> | gate |");
  });

  it("reports every output missing as such too, and says so in --json", async () => {
    const r = await runCli(tmp.path, ["report", "--gate", "gone/gate.json", "--json"]);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { passed: boolean; failures: string[]; missing: unknown[] };
    expect(out).toMatchObject({
      passed: false,
      failures: ["gate output missing"],
      missing: [{ input: "gate", file: "gone/gate.json" }],
    });
  });

  it("with no input at all says nothing was checked, in one line, exit 2, and posts nothing", async () => {
    const before = (await thread()).length;
    const r = await runCli(tmp.path, ["report", "--post", "--key", "empty"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(
      "modelgate: nothing to report, so nothing was checked: give the step outputs (--validation, --run, --evaluation, --gate, --drift, --card) or name them in modelgate.yml\n",
    );
    expect(await thread()).toHaveLength(before);
  });

  it("with an evaluation but no check is not a pass", async () => {
    const r = await runCli(tmp.path, ["report", "--evaluation", "evaluation.json", "--out", "unchecked.md", "--json"]);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ passed: false, failures: ["nothing was checked"], missing: [] });
    const body = await readFile(tmp.file("unchecked.md"), "utf8");
    expect(body.split("\n")[0]).toBe("## ⚪ modelgate: nothing was checked");
    expect(body).not.toContain("all checks pass");
  });
});

describe("modelgate report --drift", () => {
  it("shows an infinite statistic (a category the reference never saw) as drift --report does: ∞, charted first", async () => {
    // A category new in the current data makes chi-square infinite; drift.json can only hold that as null.
    const rows = (n: number, colors: string[], shift: number) =>
      Array.from({ length: n }, (_x, i) => `${colors[i % colors.length]},${((i * 37) % 100) / 100 + shift}`);
    await writeFile(tmp.file("ref.csv"), `color,size\n${rows(300, ["red", "blue"], 0).join("\n")}\n`);
    await writeFile(tmp.file("cur.csv"), `color,size\n${rows(300, ["red", "blue", "green"], 0.5).join("\n")}\n`);
    const drift = await runCli(tmp.path, [
      "drift",
      "--reference",
      "ref.csv",
      "--current",
      "cur.csv",
      "--out",
      "inf.json",
      "--report",
      "inf.md",
    ]);
    expect(drift.code, drift.stderr).toBe(1);
    const saved = JSON.parse(await readFile(tmp.file("inf.json"), "utf8")) as {
      columns: { column: string; statistic: number | null; drifted: boolean }[];
    };
    expect(saved.columns[0]).toMatchObject({ column: "color", statistic: null, drifted: true });
    const own = await readFile(tmp.file("inf.md"), "utf8");
    const r = await runCli(tmp.path, ["report", "--drift", "inf.json"]);
    expect(r.code, r.stderr).toBe(0);
    const table = (md: string) => md.split("\n").filter((l) => /^\| <code>(color|size)<\/code>/.test(l));
    const axis = (md: string) => md.split("\n").find((l) => l.startsWith("  x-axis"));
    expect(table(own)[0]).toMatch(/^\| <code>color<\/code> \| categorical \| chi2 \| ∞ \|/);
    expect(table(r.stdout)).toEqual(table(own));
    expect(axis(own)).toBe('  x-axis ["color", "size"]');
    expect(axis(r.stdout)).toBe(axis(own));
  });
});

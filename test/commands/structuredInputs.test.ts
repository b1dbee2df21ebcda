// JSON and YAML inputs through the CLI (issue 16): a file saved with a byte-order mark is read like any other, and
// an alias bomb or a nesting of 100,000 levels is one line naming the file, exit 2: modelgate.yml, a schema, card
// info, metrics and evaluation JSON, profiles, train's params.
import { copyFile, readFile, writeFile } from "node:fs/promises";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { runSchema } from "../../src/core/train/run.js";
import { fixture, makeTemp, runCli, type TempDir } from "../support.js";

let tmp: TempDir;
const BOM = "\uFEFF";
const DEEP_JSON = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;
const DEEP_YAML = `${"- ".repeat(100_000)}x\n`;
const BOMB = (() => {
  let text = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
  for (let i = 1; i <= 9; i++) text += `a${i}: &a${i} [${Array.from({ length: 9 }, () => `*a${i - 1}`).join(", ")}]\n`;
  return text;
})();
const BOMB_PROBLEM = "not valid YAML: its aliases expand past 100 nodes (an alias bomb)";
const DEEP_PROBLEM = "line 1: nested deeper than 100 levels";

beforeAll(async () => {
  tmp = await makeTemp("structured-inputs");
  for (const k of ["evaluation", "run", "gate"]) await copyFile(fixture(`report/${k}.json`), tmp.file(`${k}.json`));
  await copyFile(fixture("loans_reference.csv"), tmp.file("ref.csv"));
  const withBom = async (from: string, to: string) => tmp.write(to, BOM + (await readFile(from, "utf8")));
  await withBom(fixture("report/evaluation.json"), "bom-evaluation.json");
  await withBom(fixture("report/train.profile.json"), "bom.profile.json");
  await copyFile(fixture("report/train.profile.json"), tmp.file("train.profile.json"));
  await tmp.write("bomb.yml", BOMB);
  await tmp.write("deep.yml", DEEP_YAML);
  await tmp.write("deep.json", DEEP_JSON);
});
afterAll(() => tmp.remove());

const cli = (argv: string[]) => runCli(tmp.path, argv);

/** Exit 2 and one line on stderr. */
async function refused(argv: string[], line: string, cwd = tmp.path): Promise<void> {
  const r = await runCli(cwd, argv);
  expect(r.code, r.stderr).toBe(2);
  expect(r.stderr.trim().split("\n")).toEqual([`modelgate: ${line}`]);
}

describe("a byte-order mark at the start of a JSON input", () => {
  it("is read: an evaluation gated and reported, a profile merged, a JSON schema and JSON params", async () => {
    const gate = await cli([
      "gate",
      "--evaluation",
      "bom-evaluation.json",
      "--rule",
      "accuracy >= 0.5",
      "--out",
      "g.json",
    ]);
    expect(gate.code, gate.stderr).toBe(0);
    const report = await cli(["report", "--evaluation", "bom-evaluation.json", "--out", "r.md"]);
    expect(report.code, report.stderr).toBe(0);
    const merge = await cli(["profile", "merge", "bom.profile.json", "train.profile.json", "--out", "m.json"]);
    expect(merge.code, merge.stderr).toBe(0);

    const inferred = await cli(["schema", "infer", "--data", "ref.csv", "--out", "schema.json"]);
    expect(inferred.code, inferred.stderr).toBe(0);
    await tmp.write("bom-schema.json", BOM + (await readFile(tmp.file("schema.json"), "utf8")));
    const validated = await cli(["validate", "--data", "ref.csv", "--schema", "bom-schema.json"]);
    expect(validated.code, validated.stderr).toBe(0);

    await tmp.write("params.json", `${BOM}{"train": {"lr": 0.5}}`);
    const trained = await cli(["train", "--command", "true", "--params", "params.json", "--out", "run-bom.json"]);
    expect(trained.code, trained.stderr).toBe(0);
    const run = runSchema.parse(JSON.parse(await readFile(tmp.file("run-bom.json"), "utf8")));
    expect(run.params).toEqual({ "train.lr": 0.5 });
  });
});

describe("an alias bomb or 100,000 levels of nesting", () => {
  it("in modelgate.yml", async () => {
    await refused(
      ["--config", "bomb.yml", "profile", "--data", "ref.csv", "--out", "p.json"],
      `bomb.yml: ${BOMB_PROBLEM}`,
    );
    await refused(
      ["--config", "deep.yml", "profile", "--data", "ref.csv", "--out", "p.json"],
      `deep.yml: ${DEEP_PROBLEM}`,
    );
    const dir = await makeTemp("structured-config");
    try {
      await writeFile(dir.file("modelgate.yml"), BOMB);
      await refused(
        ["profile", "--data", fixture("loans_reference.csv"), "--out", "p.json"],
        `modelgate.yml: ${BOMB_PROBLEM}`,
        dir.path,
      );
    } finally {
      await dir.remove();
    }
  });

  it("in a schema", async () => {
    await refused(["validate", "--data", "ref.csv", "--schema", "bomb.yml"], `bomb.yml: ${BOMB_PROBLEM}`);
    await refused(["validate", "--data", "ref.csv", "--schema", "deep.yml"], `deep.yml: ${DEEP_PROBLEM}`);
    await refused(["validate", "--data", "ref.csv", "--schema", "deep.json"], `deep.json: ${DEEP_PROBLEM}`);
  });

  it("in card info", async () => {
    const card = ["card", "--evaluation", "evaluation.json", "--run", "run.json", "--gate", "gate.json"];
    await refused([...card, "--info", "bomb.yml"], `bomb.yml: ${BOMB_PROBLEM}`);
    await refused([...card, "--info", "deep.yml"], `deep.yml: ${DEEP_PROBLEM}`);
  });

  it("in JSON inputs: an evaluation or metrics file, a report's output, a profile, train's params", async () => {
    await refused(
      ["gate", "--evaluation", "deep.json", "--rule", "accuracy >= 0.5", "--out", "g.json"],
      `deep.json: ${DEEP_PROBLEM}`,
    );
    await refused(
      ["gate", "--evaluation", "bomb.yml", "--rule", "accuracy >= 0.5", "--out", "g.json"],
      `bomb.yml: ${BOMB_PROBLEM}`,
    );
    await refused(["report", "--evaluation", "deep.json", "--out", "r.md"], `deep.json: ${DEEP_PROBLEM}`);
    await refused(
      ["profile", "merge", "train.profile.json", "deep.json", "--out", "m.json"],
      `deep.json: ${DEEP_PROBLEM}`,
    );
    await refused(
      ["train", "--command", "true", "--params", "bomb.yml", "--out", "run.json"],
      `bomb.yml: ${BOMB_PROBLEM}`,
    );
    await refused(
      ["train", "--command", "true", "--params", "deep.json", "--out", "run.json"],
      `deep.json: ${DEEP_PROBLEM}`,
    );
  });
});

// The registry's reading and stage commands end to end through the CLI in-process, on a local registry folder holding
// versions the real evaluate, gate and publish commands made: promote under modelgate.yml's stage rules (staging before
// production), rollback back through the history, `registry list|show`, and at deploy time `verify` and `registry
// pull`, which refuse a corrupted stored file (exit 1) and leave no file behind.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { userInfo } from "node:os";
import { join } from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Manifest } from "../../src/core/registry/manifest.js";
import type { StageEvent } from "../../src/core/registry/store.js";
import { type Gated, gatedModel } from "../core/registry/registryFixture.js";
import { reEscape, runCli } from "../support.js";

let g: Gated;
const ME = userInfo().username;
const cli = (argv: string[]) => runCli(g.tmp.path, argv);

const sha = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

/** The same model published from three commits (their run.json): versions 1.0.0, 1.1.0 and 1.2.0. */
const VERSIONS = [
  ["1.0.0", "a"],
  ["1.1.0", "b"],
  ["1.2.0", "c"],
] as const;

async function run(argv: string[], code = 0): Promise<string> {
  const r = await cli(argv);
  if (r.code !== code) throw new Error(`modelgate ${argv.join(" ")}: exit ${r.code}: ${r.stderr}${r.stdout}`);
  return r.stdout;
}

/** A registry folder `reg` with the three versions published; `promoted` lists [stage, version] moves made. */
async function registry(reg: string, promoted: Array<[string, string]> = []): Promise<string> {
  for (const [version, c] of VERSIONS)
    await run([
      "publish",
      "--name",
      "cancer",
      "--model",
      "model.onnx",
      "--run",
      `run-${c}.json`,
      "--version",
      version,
      "--registry",
      `local:${reg}`,
    ]);
  for (const [stage, version] of promoted)
    await run(["promote", "--name", "cancer", "--version", version, "--stage", stage, "--registry", `local:${reg}`]);
  return g.tmp.file(reg);
}

/** The stage history as stored, one "stage action previous→version" a line. */
function history(root: string): string[] {
  const file = join(root, "cancer", "stages.jsonl");
  if (!existsSync(file)) return [];
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l !== "")
    .map((l) => JSON.parse(l) as StageEvent)
    .map((e) => `${e.stage} ${e.action} ${e.previous ?? "-"}→${e.version} by ${e.by}`);
}

/** Flip the byte in the middle of a stored file: same size, another sha256. */
async function corrupt(file: string): Promise<void> {
  const bytes = await readFile(file);
  const i = bytes.length >> 1;
  bytes[i] = bytes[i]! ^ 0xff;
  await writeFile(file, bytes);
}

beforeAll(async () => {
  g = await gatedModel("cmd-stages");
  for (const [, c] of VERSIONS)
    await writeFile(
      g.tmp.file(`run-${c}.json`),
      JSON.stringify({
        kind: "modelgate.run",
        version: 1,
        command: "node train.mjs",
        exit_code: 0,
        timed_out: false,
        started_at: "2026-01-01T00:00:00.000Z",
        duration_s: 1,
        params: {},
        metrics: {},
        artifacts: [],
        data: [],
        git: { commit: c.repeat(40), branch: "main" },
        ci_run_url: null,
        tools: {},
      }),
    );
  await writeFile(g.tmp.file("modelgate.yml"), "registry:\n  stages:\n    production:\n      requires: [staging]\n");
});
afterAll(() => g.tmp.remove());

const promote = (reg: string, stage: string, version: string, ...more: string[]) =>
  cli(["promote", "--name", "cancer", "--version", version, "--stage", stage, "--registry", `local:${reg}`, ...more]);
const rollback = (reg: string, stage: string) =>
  cli(["rollback", "--name", "cancer", "--stage", stage, "--registry", `local:${reg}`]);

describe("promote", () => {
  it("refuses production before staging (the rule named), then moves staging and production; an unchanged re-promote records nothing", async () => {
    const root = await registry("reg-promote");
    const first = await promote("reg-promote", "production", "1.0.0");
    expect(first).toEqual({
      code: 1,
      stdout: "refused (requires): production takes only versions that were in staging first; 1.0.0 never was\n",
      stderr: "",
    });
    expect(history(root)).toEqual([]);

    const staging = await promote("reg-promote", "staging", "1.0.0");
    expect(staging.code).toBe(0);
    expect(staging.stdout).toBe(
      `moved cancer@staging to 1.0.0 (promote by ${ME})\n  ✓ gate: passed for the model ${sha(readFileSync(g.model)).slice(0, 12)}…\n`,
    );
    const production = await promote("reg-promote", "production", "1.0.0");
    expect(production.code).toBe(0);
    expect(production.stdout.split("\n")).toEqual([
      `moved cancer@production to 1.0.0 (promote by ${ME})`,
      `  ✓ gate: passed for the model ${sha(readFileSync(g.model)).slice(0, 12)}…`,
      "  ✓ requires: 1.0.0 was in staging",
      "",
    ]);
    expect(history(root)).toEqual([`staging promote -→1.0.0 by ${ME}`, `production promote -→1.0.0 by ${ME}`]);

    const again = await promote("reg-promote", "production", "1.0.0");
    expect(again).toEqual({
      code: 0,
      stdout: "cancer@production already points at 1.0.0: nothing changed\n",
      stderr: "",
    });
    const dry = await promote("reg-promote", "staging", "1.1.0", "--dry-run");
    expect(dry.code).toBe(0);
    expect(dry.stdout.split("\n")[0]).toBe(`would move cancer@staging from 1.0.0 to 1.1.0 (promote by ${ME})`);
    expect(history(root)).toEqual([`staging promote -→1.0.0 by ${ME}`, `production promote -→1.0.0 by ${ME}`]);

    const unknown = await promote("reg-promote", "staging", "9.9.9");
    expect(unknown).toEqual({
      code: 2,
      stdout: "",
      stderr:
        "modelgate: model/cancer/v9.9.9 is not a published version in local folder reg-promote; published: 1.0.0, 1.1.0, 1.2.0\n",
    });
  });
});

describe("rollback", () => {
  it("returns production to the version before, a second rollback further back, then there is none before", async () => {
    const moves: Array<[string, string]> = VERSIONS.flatMap(([v]) => [
      ["staging", v],
      ["production", v],
    ]);
    const root = await registry("reg-rollback", moves);
    const one = await rollback("reg-rollback", "production");
    expect(one).toEqual({
      code: 0,
      stdout: `moved cancer@production from 1.2.0 to 1.1.0 (rollback by ${ME})\n`,
      stderr: "",
    });
    const two = await rollback("reg-rollback", "production");
    expect(two.stdout).toBe(`moved cancer@production from 1.1.0 to 1.0.0 (rollback by ${ME})\n`);
    expect(two.code).toBe(0);
    const none = await rollback("reg-rollback", "production");
    expect(none).toEqual({
      code: 2,
      stdout: "",
      stderr: "modelgate: cancer: nothing to roll production back to (it holds 1.0.0, and no version before it)\n",
    });
    expect(history(root).filter((l) => l.startsWith("production"))).toEqual([
      `production promote -→1.0.0 by ${ME}`,
      `production promote 1.0.0→1.1.0 by ${ME}`,
      `production promote 1.1.0→1.2.0 by ${ME}`,
      `production rollback 1.2.0→1.1.0 by ${ME}`,
      `production rollback 1.1.0→1.0.0 by ${ME}`,
    ]);
    // staging was not touched.
    expect(
      history(root)
        .filter((l) => l.startsWith("staging"))
        .at(-1),
    ).toBe(`staging promote 1.1.0→1.2.0 by ${ME}`);
  });
});

describe("registry list and show", () => {
  const moves: Array<[string, string]> = [
    ["staging", "1.0.0"],
    ["production", "1.0.0"],
    ["staging", "1.1.0"],
    ["production", "1.1.0"],
    ["staging", "1.2.0"],
  ];

  it("list: every version newest first, with the stages it stands at", async () => {
    await registry("reg-list", moves);
    const text = await run(["registry", "list", "--name", "cancer", "--registry", "local:reg-list"]);
    const [head, ...rows] = text.trimEnd().split("\n");
    expect(head).toBe("cancer in local folder reg-list:");
    expect(rows.map((r) => r.trim().split(/\s+/).slice(0, 2))).toEqual([
      ["1.2.0", "staging"],
      ["1.1.0", "production"],
      ["1.0.0", "-"],
    ]);
    for (const r of rows) expect(r).toMatch(/ accuracy 0\.9860, .*; no approval on record$/);
    const json = JSON.parse(
      await run(["--json", "registry", "list", "--name", "cancer", "--registry", "local:reg-list"]),
    ) as { versions: Array<{ version: string; stages: string[]; manifest: Manifest }> };
    expect(json.versions.map((v) => [v.version, v.stages, v.manifest.git.commit])).toEqual([
      ["1.2.0", ["staging"], "c".repeat(40)],
      ["1.1.0", ["production"], "b".repeat(40)],
      ["1.0.0", [], "a".repeat(40)],
    ]);
    const empty = await run(["registry", "list", "--name", "other", "--registry", "local:reg-list"]);
    expect(empty).toBe("other: no published version in local folder reg-list\n");
  });

  it("show name@production: the version's manifest and the model's stage history", async () => {
    const root = await registry("reg-show", moves);
    const text = await run(["registry", "show", "cancer@production", "--registry", "local:reg-show"]);
    const lines = text.trimEnd().split("\n");
    expect(lines[0]).toBe("cancer 1.1.0 (model/cancer/v1.1.0) — production");
    expect(lines).toContain(`  commit ${"b".repeat(40)} on main`);
    expect(lines).toContain("  gate passed: accuracy >= 0.9; roc_auc >= 0.95");
    expect(lines).toContain(`  model.onnx             1383 B  sha256 ${sha(readFileSync(g.model))}`);
    const history = lines.slice(lines.indexOf("stage history:") + 1);
    expect(history.map((l) => l.trim().split(/\s+/).slice(1, 6))).toEqual([
      ["staging", "promote", "-", "→", "1.0.0"],
      ["production", "promote", "-", "→", "1.0.0"],
      ["staging", "promote", "1.0.0", "→", "1.1.0"],
      ["production", "promote", "1.0.0", "→", "1.1.0"],
      ["staging", "promote", "1.1.0", "→", "1.2.0"],
    ]);
    const json = JSON.parse(
      await run(["--json", "registry", "show", "cancer@production", "--registry", "local:reg-show"]),
    ) as { manifest: Manifest; stages: string[]; history: StageEvent[] };
    expect(json.manifest).toEqual(JSON.parse(readFileSync(join(root, "cancer", "1.1.0", "manifest.json"), "utf8")));
    expect(json.stages).toEqual(["production"]);
    expect(json.history).toHaveLength(5);
    const byVersion = await run(["registry", "show", "cancer@1.0.0", "--registry", "local:reg-show"]);
    expect(byVersion.split("\n")[0]).toBe("cancer 1.0.0 (model/cancer/v1.0.0)");
    const noStage = await cli(["registry", "show", "cancer@champion", "--registry", "local:reg-show"]);
    expect(noStage).toEqual({
      code: 2,
      stdout: "",
      stderr: "modelgate: cancer@champion: the stage champion points at no version in local folder reg-show\n",
    });
  });
});

describe("at deploy time: verify and registry pull", () => {
  it("verify name@production: exit 0; a stored file changed afterwards is exit 1 naming the file", async () => {
    const root = await registry("reg-verify", [
      ["staging", "1.0.0"],
      ["production", "1.0.0"],
    ]);
    const ok = await cli(["verify", "cancer@production", "--registry", "local:reg-verify"]);
    expect(ok.code).toBe(0);
    expect(ok.stdout.split("\n").map((l) => l.replace(/:.*/, ""))).toEqual([
      "verified",
      "  ✓ manifest.json",
      "  ✓ model.onnx",
      "  ✓ evaluation.json",
      "  ✓ gate.json",
      "  ✓ run.json",
      "  ✓ gate binding",
      "  ✓ evaluation binding",
      "",
    ]);
    expect(ok.stdout.split("\n")[0]).toBe("verified: model/cancer/v1.0.0 (stage production)");

    await corrupt(join(root, "cancer", "1.0.0", "model.onnx"));
    const bad = await cli(["verify", "cancer@production", "--registry", "local:reg-verify"]);
    expect(bad.code).toBe(1);
    const lines = bad.stdout.trimEnd().split("\n");
    expect(lines[0]).toBe("NOT verified: model/cancer/v1.0.0 (stage production)");
    const model = sha(readFileSync(g.model)).slice(0, 12);
    expect(lines.filter((l) => l.startsWith("  ✗"))).toEqual([
      expect.stringMatching(
        new RegExp(
          `^ {2}✗ model\\.onnx: downloaded sha256 [0-9a-f]{12}… \\(1383 bytes\\), the manifest says ${model}… \\(1383 bytes\\)$`,
        ),
      ),
      "  ✗ gate binding: needs model.onnx intact in the release",
    ]);
    // The other versions are intact.
    expect((await cli(["verify", "cancer@1.1.0", "--registry", "local:reg-verify"])).code).toBe(0);
  });

  it("registry pull writes the verified model; a corrupted stored model is exit 1 and leaves no file nor a .part", async () => {
    const root = await registry("reg-pull", [
      ["staging", "1.0.0"],
      ["production", "1.0.0"],
    ]);
    await mkdir(g.tmp.file("deploy"));
    const modelSha = sha(readFileSync(g.model));
    const ok = await cli([
      "registry",
      "pull",
      "cancer@production",
      "--out",
      "deploy/model.onnx",
      "--registry",
      "local:reg-pull",
    ]);
    expect(ok).toEqual({
      code: 0,
      stdout: `pulled model.onnx of model/cancer/v1.0.0 (production) to deploy/model.onnx: sha256 ${modelSha} verified\n`,
      stderr: "",
    });
    expect(readFileSync(g.tmp.file("deploy/model.onnx"))).toEqual(readFileSync(g.model));
    const gate = await cli([
      "registry",
      "pull",
      "cancer@1.0.0",
      "--asset",
      "gate.json",
      "--out",
      "deploy/gate.json",
      "--registry",
      "local:reg-pull",
    ]);
    expect(gate.code).toBe(0);
    expect(readFileSync(g.tmp.file("deploy/gate.json"))).toEqual(readFileSync(g.gate));
    expect(readdirSync(g.tmp.file("deploy")).sort()).toEqual(["gate.json", "model.onnx"]);

    await corrupt(join(root, "cancer", "1.0.0", "model.onnx"));
    await mkdir(g.tmp.file("deploy-bad"));
    const bad = await cli([
      "registry",
      "pull",
      "cancer@production",
      "--out",
      "deploy-bad/model.onnx",
      "--registry",
      "local:reg-pull",
    ]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toBe("");
    expect(bad.stdout).toMatch(
      new RegExp(
        `^refused: model/cancer/v1\\.0\\.0: model\\.onnx as downloaded has sha256 [0-9a-f]{12}… \\(1383 bytes\\), the manifest says ${modelSha.slice(0, 12)}… \\(1383 bytes\\); nothing was written to ${reEscape(g.tmp.file("deploy-bad/model.onnx"))}\\n$`,
      ),
    );
    expect(readdirSync(g.tmp.file("deploy-bad"))).toEqual([]);
  });
});

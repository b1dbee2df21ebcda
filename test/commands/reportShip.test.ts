// `modelgate report --ship-name`: the sticky comment says what would ship, read from a real local registry whose
// production holds another real model (the example trainer's), right after the gate's verdict, with the hidden
// marker bound to the run's commit and the gated model's digest.
import { execFileSync } from "node:child_process";
import { readFile } from "node:fs/promises";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { runCommand } from "../../src/commands/run.js";
import { publish } from "../../src/core/registry/publish.js";
import { planPublish } from "../../src/core/registry/publishPlan.js";
import { parseShipMarker } from "../../src/core/registry/shipMarker.js";
import { promote } from "../../src/core/registry/stages.js";
import { loadOutput } from "../../src/core/report/outputs.js";
import { type Gated, gatedModel, localStore, PASSING_RULES, request } from "../core/registry/registryFixture.js";
import { MemoryPlatform } from "../memoryPlatform.js";
import { fixture, ROOT, runCli } from "../support.js";

const COMMIT = "0123456789abcdef0123456789abcdef01234567";
let g: Gated;

async function cli(argv: string[]): Promise<void> {
  const r = await runCli(g.tmp.path, argv);
  if (r.code !== 0) throw new Error(`modelgate ${argv.join(" ")}: ${r.stderr}`);
}

beforeAll(async () => {
  g = await gatedModel("report-ship");
  // production: the example trainer's model, evaluated, gated, published as 1.0.0 and promoted.
  execFileSync(
    process.execPath,
    [
      "examples/breast-cancer/train.mjs",
      "--data",
      fixture("breast_cancer_train.csv"),
      "--out",
      g.tmp.file("trained.onnx"),
      "--metrics",
      g.tmp.file("trained.metrics.json"),
    ],
    { cwd: ROOT, stdio: "ignore" },
  );
  await cli(["evaluate", "--model", "trained.onnx", "--data", "holdout.csv", "--target", "target", "--out", "t.json"]);
  await cli(["gate", "--evaluation", "t.json", ...PASSING_RULES.flatMap((r) => ["--rule", r]), "--out", "t.gate.json"]);
  const { store } = await localStore(g, "registry");
  const planned = await planPublish(
    store,
    request(g, {
      version: "1.0.0",
      files: { model: g.tmp.file("trained.onnx"), gate: g.tmp.file("t.gate.json"), evaluation: g.tmp.file("t.json") },
    }),
  );
  if (planned.status !== "ready") throw new Error(planned.reason);
  await publish(store, planned.plan);
  const moved = await promote(store, {
    name: "cancer",
    version: "1.0.0",
    stage: "production",
    by: "alice",
    approvals: [],
    commit: null,
    run: null,
  });
  if (moved.status !== "moved") throw new Error(JSON.stringify(moved));
}, 60_000);
afterAll(() => g.tmp.remove());

describe("modelgate report --ship-name", () => {
  it("posts and writes the ship section after the gate: next version, digest, deltas, commands, marker", async () => {
    const p = new MemoryPlatform(g.tmp.path, { context: { sha: COMMIT, changeRequest: 7 } });
    const code = await runCommand(
      "report",
      {
        evaluation: "evaluation.json",
        gate: "gate.json",
        shipName: "cancer",
        registry: "local:registry",
        out: "report.md",
        post: true,
      },
      { cwd: g.tmp.path, json: false, stdout: () => {}, stderr: () => {}, platform: p },
    );
    expect(code).toBe(0);
    const written = await readFile(g.tmp.file("report.md"), "utf8");
    expect(p.comments).toHaveLength(1);
    const posted = p.comments[0]!.body;
    const sha = (await loadOutput("evaluation", g.evaluation)).model.sha256;
    for (const md of [written, posted]) {
      expect(md).toContain("### 🚢 What would ship: <code>cancer 1.0.1</code>\n");
      expect(md).toContain(`- **Model**: sha256 \`${sha}\``);
      expect(md).toContain("- **production now**: <code>1.0.0</code>\n");
      expect(md).toContain("- **Registry**: <code>local folder registry</code>\n");
      // Against the trainer's model in production, the fixture model ranks better and is surer where it is right.
      expect(md).toMatch(
        /\| <code>roc&#95;auc<\/code> \(higher is better\) \| [\d.]+ \| [\d.]+ \| 🟢 \+[\d.]+ better \|/,
      );
      expect(md).toMatch(
        /\| <code>log&#95;loss<\/code> \(lower is better\) \| [\d.]+ \| [\d.]+ \| 🟢 -[\d.]+ better \|/,
      );
      expect(md).toContain(
        "```sh\nmodelgate publish --name cancer --version 1.0.1 --model model.onnx --registry local:registry\nmodelgate promote --name cancer --version 1.0.1 --stage production --registry local:registry\n```\n",
      );
      expect(md).toContain("or comment <code>/modelgate promote production</code>");
      expect(parseShipMarker(md)).toEqual({ name: "cancer", version: "1.0.1", commit: COMMIT, modelSha256: sha });
      // Right after the gate's verdict, before the evaluation's details.
      const gateAt = md.indexOf("### ✅ Gate passed");
      const shipAt = md.indexOf("### 🚢 What would ship");
      expect(gateAt).toBeGreaterThan(0);
      expect(shipAt).toBeGreaterThan(gateAt);
      expect(shipAt).toBeLessThan(md.indexOf("<summary>Model evaluation"));
    }
    expect(p.summary).toContain("### 🚢 What would ship");
  });
});

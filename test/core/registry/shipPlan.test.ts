// What a pull request would ship, planned against a real local registry: the fixture model published as 1.0.0 and
// promoted to production, and a second real model (the example trainer's, evaluated and gated by the real commands)
// as the candidate. Checks the version publish would take, the metric deltas and which way is better, a model
// already published, a failed gate, an empty registry, and a registry that cannot be reached or read.
import { execFileSync } from "node:child_process";
import { mkdir } from "node:fs/promises";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { publish } from "../../../src/core/registry/publish.js";
import { planPublish } from "../../../src/core/registry/publishPlan.js";
import { metricDeltas, planShip, type ShipPlan } from "../../../src/core/registry/shipPlan.js";
import { promote } from "../../../src/core/registry/stages.js";
import { loadOutput, type Outputs } from "../../../src/core/report/outputs.js";
import type { LocalRegistry } from "../../../src/platform/local/localRegistry.js";
import { fixture, ROOT, runCli } from "../../support.js";
import { type Gated, gatedModel, localStore, PASSING_RULES, request } from "./registryFixture.js";

let g: Gated;
let production: { evaluation: Outputs["evaluation"]; gate: Outputs["gate"]; failed: Outputs["gate"] };
let candidate: { evaluation: Outputs["evaluation"]; gate: Outputs["gate"] };
let store: LocalRegistry;

async function cli(argv: string[]): Promise<void> {
  const r = await runCli(g.tmp.path, argv);
  if (r.code !== 0) throw new Error(`modelgate ${argv.join(" ")}: ${r.stderr}`);
}

beforeAll(async () => {
  g = await gatedModel("ship-plan");
  production = {
    evaluation: await loadOutput("evaluation", g.evaluation),
    gate: await loadOutput("gate", g.gate),
    failed: await loadOutput("gate", g.failedGate),
  };
  // The candidate: the example trainer's logistic regression, another model of the same interface.
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
  await cli([
    "evaluate",
    "--model",
    "trained.onnx",
    "--data",
    "holdout.csv",
    "--target",
    "target",
    "--out",
    "trained.evaluation.json",
  ]);
  await cli([
    "gate",
    "--evaluation",
    "trained.evaluation.json",
    ...PASSING_RULES.flatMap((r) => ["--rule", r]),
    "--out",
    "trained.gate.json",
  ]);
  candidate = {
    evaluation: await loadOutput("evaluation", g.tmp.file("trained.evaluation.json")),
    gate: await loadOutput("gate", g.tmp.file("trained.gate.json")),
  };
  // The registry: the fixture model as 1.0.0, in production.
  store = (await localStore(g, "registry")).store;
  const planned = await planPublish(store, request(g, { version: "1.0.0" }));
  if (planned.status !== "ready") throw new Error(planned.reason);
  await publish(store, planned.plan);
  const moved = await promote(store, {
    name: "cancer",
    version: "1.0.0",
    stage: "production",
    by: "alice",
    approvals: [],
    commit: "a".repeat(40),
    run: null,
  });
  if (moved.status !== "moved") throw new Error(JSON.stringify(moved));
}, 60_000);
afterAll(() => g.tmp.remove());

const ships = (p: ShipPlan) => {
  if (p.outcome.status !== "ships") throw new Error(`expected a plan that ships, got ${JSON.stringify(p.outcome)}`);
  return p.outcome;
};

describe("planShip", () => {
  it("a new model: the next version, its digest, and each headline metric against production with its sign", async () => {
    const plan = await planShip(store, { name: "cancer", ...candidate });
    const e = candidate.evaluation;
    expect(plan.model).toEqual({ sha256: e.model.sha256, bytes: e.model.bytes });
    expect(e.model.sha256).not.toBe(production.evaluation.model.sha256);
    expect(ships(plan)).toEqual({
      status: "ships",
      version: "1.0.1",
      tag: "model/cancer/v1.0.1",
      existing: "new",
      commands: {
        // The model as evaluation.json names it, so the command runs as printed.
        publish: `modelgate publish --name cancer --version 1.0.1 --model ${e.model.path}`,
        promote: "modelgate promote --name cancer --version 1.0.1 --stage production",
        comment: "/modelgate promote production",
      },
    });
    // A model path with spaces is quoted for the shell; the registry given is repeated in both commands.
    const there = await planShip(store, {
      name: "cancer",
      ...candidate,
      modelFile: "my model.onnx",
      registry: "local:reg",
    });
    expect(ships(there).commands).toMatchObject({
      publish: "modelgate publish --name cancer --version 1.0.1 --model 'my model.onnx' --registry local:reg",
      promote: "modelgate promote --name cancer --version 1.0.1 --stage production --registry local:reg",
    });
    expect(plan.stage).toBe("production");
    expect(plan.registry).toBe(store.label);
    expect(plan.notes).toEqual([]);
    // production's metrics are its manifest's: those of the fixture model's evaluation.
    expect(plan.current).toEqual({ version: "1.0.0", metrics: production.evaluation.metrics });
    const prod = production.evaluation.metrics;
    const cand = e.metrics;
    expect(plan.deltas.map((d) => d.metric)).toEqual(["accuracy", "f1", "roc_auc", "log_loss", "latency_p95_ms"]);
    const by = Object.fromEntries(plan.deltas.map((d) => [d.metric, d]));
    for (const m of ["accuracy", "f1", "roc_auc", "log_loss"]) {
      expect(by[m]).toMatchObject({ candidate: cand[m], current: prod[m], delta: cand[m]! - prod[m]! });
    }
    expect(by.accuracy!.direction).toBe("higher");
    expect(by.log_loss!.direction).toBe("lower");
    expect(by.latency_p95_ms!.direction).toBe("lower");
    // The two real models on the fixture holdout: the same labels (accuracy, F1), but the trained one ranks a little
    // worse (roc_auc down: higher is better) and is less sure where it is right (log_loss up: lower is better).
    // Latency is measured, so only its direction is checked.
    expect(by.accuracy).toMatchObject({ delta: 0, change: "same" });
    expect(by.f1).toMatchObject({ delta: 0, change: "same" });
    expect(by.roc_auc!.delta).toBeLessThan(0);
    expect(by.roc_auc!.change).toBe("worse");
    expect(by.log_loss!.delta).toBeGreaterThan(0);
    expect(by.log_loss!.change).toBe("worse");
  });

  it("the other way round, the same differences are improvements", () => {
    const back = metricDeltas(production.evaluation.metrics, candidate.evaluation.metrics);
    const by = Object.fromEntries(back.map((d) => [d.metric, d]));
    expect(by.roc_auc!.delta).toBeGreaterThan(0);
    expect(by.roc_auc!.change).toBe("better");
    expect(by.log_loss!.delta).toBeLessThan(0);
    expect(by.log_loss!.change).toBe("better");
    expect(by.accuracy!.change).toBe("same");
  });

  it("the version follows modelgate.yml's bump, and the stage compared with is the one asked", async () => {
    const minor = await planShip(store, { name: "cancer", ...candidate, bump: "minor" });
    expect(ships(minor).version).toBe("1.1.0");
    const staging = await planShip(store, { name: "cancer", stage: "staging", requires: ["qa"], ...candidate });
    expect(ships(staging).commands.promote).toBe("modelgate promote --name cancer --version 1.0.1 --stage staging");
    expect(ships(staging).commands.comment).toBe("/modelgate promote staging");
    expect(staging.current).toBeNull();
    expect(staging.deltas.every((d) => d.current === null && d.delta === null && d.change === null)).toBe(true);
    expect(staging.notes).toEqual(["staging takes only versions that were in qa first: promote there before"]);
  });

  it("the very model in production: its version, already published, nothing to publish, every metric the same", async () => {
    const plan = await planShip(store, {
      name: "cancer",
      evaluation: production.evaluation,
      gate: production.gate,
    });
    expect(ships(plan)).toMatchObject({
      version: "1.0.0",
      existing: "already-published",
      commands: { publish: null, promote: "modelgate promote --name cancer --version 1.0.0 --stage production" },
    });
    expect(plan.deltas.length).toBeGreaterThan(0);
    expect(plan.deltas.filter((d) => d.metric !== "latency_p95_ms").every((d) => d.change === "same")).toBe(true);
  });

  it("a failed gate ships nothing and names the rules that failed; production is still compared with", async () => {
    const plan = await planShip(store, {
      name: "cancer",
      evaluation: production.evaluation,
      gate: production.failed,
    });
    expect(plan.outcome).toEqual({
      status: "blocked",
      reason: "the gate failed (2 of 3 rules): only a model whose gate passed is published",
      failedRules: ["accuracy >= 0.999", "log_loss <= 0.0001"],
    });
    expect(plan.current?.version).toBe("1.0.0");
  });

  it("no gate, or a gate of another model, ships nothing", async () => {
    const none = await planShip(store, { name: "cancer", evaluation: candidate.evaluation });
    expect(none.outcome).toMatchObject({ status: "blocked", reason: expect.stringContaining("no gate verdict") });
    const other = await planShip(store, { name: "cancer", evaluation: candidate.evaluation, gate: production.gate });
    expect(other.outcome).toMatchObject({
      status: "blocked",
      reason: expect.stringContaining("the gate judged another model"),
    });
  });

  it("an empty registry: the model's first version, no production to compare with", async () => {
    const { store: empty } = await localStore(g, "empty");
    const plan = await planShip(empty, { name: "cancer", ...candidate });
    expect(ships(plan)).toMatchObject({ version: "0.0.1", existing: "new" });
    expect(plan.current).toBeNull();
    expect(plan.deltas.map((d) => d.current)).toEqual([null, null, null, null, null]);
    expect(plan.notes).toEqual([]);
  });

  it("no registry reachable, or one that cannot be read: a note, the version unknown, the gate's verdict kept", async () => {
    const away = await planShip({ unavailable: "no token for GitHub Releases" }, { name: "cancer", ...candidate });
    expect(away.outcome).toEqual({
      status: "unknown",
      reason: "the version publish would take cannot be told without the registry",
    });
    expect(away.registry).toBeNull();
    expect(away.notes).toEqual(["no registry can be read here (no token for GitHub Releases)"]);
    expect(away.deltas.map((d) => d.metric)).toContain("accuracy");
    const failed = await planShip(
      { unavailable: "x" },
      { name: "cancer", evaluation: production.evaluation, gate: production.failed },
    );
    expect(failed.outcome.status).toBe("blocked");

    // A version folder without its record: the local registry refuses to list it.
    const { store: broken, root } = await localStore(g, "broken");
    await mkdir(`${root}/cancer/9.9.9`, { recursive: true });
    const unread = await planShip(broken, { name: "cancer", ...candidate });
    expect(unread.outcome.status).toBe("unknown");
    expect(unread.notes[0]).toMatch(/^local folder .*broken cannot be read \(.*9\.9\.9: has no \.release\.json/);
  });

  it("no evaluation: the model is unknown", async () => {
    const plan = await planShip(store, { name: "cancer", gate: candidate.gate });
    expect(plan.model).toBeNull();
    expect(plan.outcome).toMatchObject({ status: "unknown" });
  });

  it("names are the registry's: anything else is refused before the registry is read", async () => {
    await expect(planShip(store, { name: "../etc", ...candidate })).rejects.toThrow(/model name/);
    await expect(planShip(store, { name: "cancer", stage: "Prod uction", ...candidate })).rejects.toThrow(/stage name/);
  });
});

// Stages on a real local registry: promotion appends to an append-only history, rollback walks back through it (a
// rollback of a rollback goes further back), and modelgate.yml's stage rules refuse a move with one line naming the
// rule: protected (gate passed), requires (promotion order), branches, approvers, require_approval.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { manifestText } from "../../../src/core/registry/manifest.js";
import { publish } from "../../../src/core/registry/publish.js";
import { manifestFor, planPublish, type PublishPlan } from "../../../src/core/registry/publishPlan.js";
import {
  currentStages,
  promote,
  type RegistryConfig,
  rollback,
  type StageMove,
  stagesOf,
  stageStack,
} from "../../../src/core/registry/stages.js";
import type { Approval, StageEvent } from "../../../src/core/registry/store.js";
import type { LocalRegistry } from "../../../src/platform/local/localRegistry.js";
import { inputErrorOf } from "../../support.js";
import { type Gated, gatedModel, localStore, request } from "./registryFixture.js";

let g: Gated;
beforeAll(async () => {
  g = await gatedModel("stages");
});
afterAll(() => g.tmp.remove());

const AT = new Date("2026-02-03T04:05:06.000Z");

async function planned(store: LocalRegistry, version: string, c: string, branch = "main"): Promise<PublishPlan> {
  const p = await planPublish(store, request(g, { version, git: { commit: c.repeat(40), branch } }));
  if (p.status !== "ready") throw new Error(p.reason);
  return p.plan;
}

/** A registry with versions 1.0.0, 1.1.0 and 1.2.0 (1.2.0 from the branch release/1.x). */
async function registry(name: string): Promise<LocalRegistry> {
  const { store } = await localStore(g, name);
  await publish(store, await planned(store, "1.0.0", "a"));
  await publish(store, await planned(store, "1.1.0", "b"));
  await publish(store, await planned(store, "1.2.0", "c", "release/1.x"));
  return store;
}

const move = (o: Partial<StageMove> = {}): StageMove => ({
  name: "cancer",
  stage: "production",
  by: "alice",
  approvals: [],
  commit: "f".repeat(40),
  run: "https://ci.example/runs/9",
  now: () => AT,
  ...o,
});

const approval = (user: string): Approval => ({
  user,
  at: "2026-02-03T04:00:00Z",
  source: "github-environment",
  environment: "production",
});

const history = async (store: LocalRegistry) =>
  (await store.stageHistory("cancer")).map((e) => `${e.stage} ${e.action} ${e.previous ?? "-"}→${e.version}`);

describe("promote and rollback", () => {
  it("records each move with who, when, from which version; rollback walks back without flip-flopping", async () => {
    const store = await registry("sequence");
    for (const version of ["1.0.0", "1.1.0", "1.2.0"])
      expect((await promote(store, { ...move(), version })).status).toBe("moved");
    const first = (await store.stageHistory("cancer"))[0];
    expect(first).toEqual<StageEvent>({
      name: "cancer",
      stage: "production",
      version: "1.0.0",
      previous: null,
      action: "promote",
      by: "alice",
      at: AT.toISOString(),
      approvals: [],
      commit: "f".repeat(40),
      run: "https://ci.example/runs/9",
    });
    const back = await rollback(store, move({ by: "bob" }));
    expect(back).toMatchObject({
      status: "moved",
      event: { action: "rollback", version: "1.1.0", previous: "1.2.0", by: "bob" },
    });
    expect((await rollback(store, move())).status).toBe("moved");
    expect((await inputErrorOf(() => rollback(store, move()))).message).toBe(
      "cancer: nothing to roll production back to (it holds 1.0.0, and no version before it)",
    );
    expect(await promote(store, { ...move(), version: "1.2.0" })).toMatchObject({ status: "moved" });
    expect(await rollback(store, move())).toMatchObject({ event: { version: "1.0.0", previous: "1.2.0" } });
    expect(await history(store)).toEqual([
      "production promote -→1.0.0",
      "production promote 1.0.0→1.1.0",
      "production promote 1.1.0→1.2.0",
      "production rollback 1.2.0→1.1.0",
      "production rollback 1.1.0→1.0.0",
      "production promote 1.0.0→1.2.0",
      "production rollback 1.2.0→1.0.0",
    ]);
    const events = await store.stageHistory("cancer");
    expect(stageStack(events, "production")).toEqual(["1.0.0"]);
    expect(currentStages(events).get("production")?.version).toBe("1.0.0");
  });

  it("keeps stages apart; promoting the current version changes nothing; current pointers per version", async () => {
    const store = await registry("apart");
    await promote(store, { ...move({ stage: "staging" }), version: "1.1.0" });
    await promote(store, { ...move(), version: "1.1.0" });
    await promote(store, { ...move({ stage: "staging" }), version: "1.2.0" });
    expect(await promote(store, { ...move(), version: "1.1.0" })).toEqual({
      status: "unchanged",
      stage: "production",
      version: "1.1.0",
    });
    const events = await store.stageHistory("cancer");
    expect(events).toHaveLength(3);
    expect(stagesOf(events, "1.1.0")).toEqual(["production"]);
    expect(stagesOf(events, "1.2.0")).toEqual(["staging"]);
    expect((await inputErrorOf(() => rollback(store, move({ stage: "champion" })))).message).toBe(
      "cancer: the stage champion has never pointed at a version",
    );
  });

  it("a dry run checks everything and records nothing", async () => {
    const store = await registry("dry");
    const r = await promote(store, { ...move({ dryRun: true }), version: "1.0.0" });
    expect(r).toMatchObject({ status: "planned", event: { version: "1.0.0", previous: null } });
    expect(await store.stageHistory("cancer")).toEqual([]);
  });

  it("refuses an unknown version, listing the published ones, and an unfinished draft", async () => {
    const store = await registry("unknown");
    expect((await inputErrorOf(() => promote(store, { ...move(), version: "3.0.0" }))).message).toBe(
      `model/cancer/v3.0.0 is not a published version in ${store.label}; published: 1.0.0, 1.1.0, 1.2.0`,
    );
    await store.createDraft({ name: "cancer", version: "1.3.0", tag: "model/cancer/v1.3.0", notes: "" });
    expect((await inputErrorOf(() => promote(store, { ...move(), version: "1.3.0" }))).message).toBe(
      `model/cancer/v1.3.0 is not a published version in ${store.label} (only an unfinished draft of it); published: 1.0.0, 1.1.0, 1.2.0`,
    );
    expect((await inputErrorOf(() => promote(store, { ...move(), version: "v1.0.0" }))).message).toContain(
      'write "1.0.0", without the "v"',
    );
    expect(await store.stageHistory("cancer")).toEqual([]);
  });
});

describe("stage rules", () => {
  const rules = (r: NonNullable<RegistryConfig["stages"]>) => ({ rules: r });

  it("requires: production takes only versions that were in staging first", async () => {
    const store = await registry("requires");
    const r = rules({ production: { requires: ["staging"] } });
    expect(await promote(store, { ...move(r), version: "1.1.0" })).toEqual({
      status: "refused",
      rule: "requires",
      reason: "production takes only versions that were in staging first; 1.1.0 never was",
    });
    await promote(store, { ...move({ ...r, stage: "staging" }), version: "1.1.0" });
    await promote(store, { ...move({ ...r, stage: "staging" }), version: "1.2.0" });
    // 1.1.0 is no longer in staging, but it was: that is what the rule asks.
    const ok = await promote(store, { ...move(r), version: "1.1.0" });
    expect(ok).toMatchObject({ status: "moved" });
    expect(ok.status === "moved" && ok.checks).toContain("requires: 1.1.0 was in staging");
  });

  it("branches: only versions published from an allowed branch (`*` within a segment)", async () => {
    const store = await registry("branches");
    const r = rules({ production: { branches: ["release/*"] } });
    expect(await promote(store, { ...move(r), version: "1.1.0" })).toEqual({
      status: "refused",
      rule: "branches",
      reason: "production takes versions published from release/*; 1.1.0 came from main",
    });
    expect(await promote(store, { ...move(r), version: "1.2.0" })).toMatchObject({ status: "moved" });
    expect(await history(store)).toEqual(["production promote -→1.2.0"]);
  });

  it("approvers: the one promoting, or an approval on record by one of them", async () => {
    const store = await registry("approvers");
    const r = rules({ production: { approvers: ["alice", "carol"] } });
    expect(await promote(store, { ...move({ ...r, by: "mallory" }), version: "1.0.0" })).toEqual({
      status: "refused",
      rule: "approvers",
      reason: "production may be moved only by alice, carol (or with their approval); mallory is not one",
    });
    expect(
      await promote(store, { ...move({ ...r, by: "mallory", approvals: [approval("dave")] }), version: "1.0.0" }),
    ).toEqual({
      status: "refused",
      rule: "approvers",
      reason:
        "production may be moved only by alice, carol (or with their approval); mallory is not one, nor are the approvers on record (dave)",
    });
    const ok = await promote(store, {
      ...move({ ...r, by: "mallory", approvals: [approval("carol")] }),
      version: "1.0.0",
    });
    expect(ok).toMatchObject({ status: "moved", event: { by: "mallory", approvals: [approval("carol")] } });
    expect(await promote(store, { ...move({ ...r, by: "alice" }), version: "1.1.0" })).toMatchObject({
      status: "moved",
    });
    // Rollback moves the stage too: the same people rule it.
    expect(await rollback(store, move({ ...r, by: "mallory" }))).toMatchObject({
      status: "refused",
      rule: "approvers",
    });
    expect(await history(store)).toEqual(["production promote -→1.0.0", "production promote 1.0.0→1.1.0"]);
  });

  it("require_approval: an approval must be on record, by an approver when they are named", async () => {
    const store = await registry("approval");
    const r = rules({ production: { require_approval: true } });
    expect(await promote(store, { ...move(r), version: "1.0.0" })).toEqual({
      status: "refused",
      rule: "require_approval",
      reason:
        "production requires an approval on record, and this run has none (on GitHub: a job with a protected environment's required reviewers)",
    });
    const ok = await promote(store, { ...move({ ...r, approvals: [approval("dave")] }), version: "1.0.0" });
    expect(ok.status === "moved" && ok.checks).toContain("approval: dave at 2026-02-03T04:00:00Z");
    const named = rules({ production: { require_approval: true, approvers: ["carol"] } });
    expect(
      await promote(store, { ...move({ ...named, by: "carol", approvals: [approval("dave")] }), version: "1.1.0" }),
    ).toEqual({
      status: "refused",
      rule: "require_approval",
      reason:
        "production requires an approval on record by carol, and this run has none by them (on GitHub: a job with a protected environment's required reviewers)",
    });
    await promote(store, { ...move({ ...r, approvals: [approval("dave")] }), version: "1.1.0" });
    expect(await rollback(store, move(r))).toMatchObject({ status: "refused", rule: "require_approval" });
    expect(await history(store)).toEqual(["production promote -→1.0.0", "production promote 1.0.0→1.1.0"]);
  });

  it("protected (the default): a version whose gate did not pass is refused; `protected: false` lets it through", async () => {
    const { store } = await localStore(g, "protected");
    // A version written by another tool (or by hand) whose manifest records a failed gate.
    const p = await planned(store, "1.0.0", "a");
    const m = manifestFor(p, "1.0.0", AT);
    m.gate.passed = false;
    const file = g.tmp.file("failed-manifest.json");
    await writeFile(file, manifestText(m));
    const draft = await store.createDraft({ name: "cancer", version: "1.0.0", tag: p.tag, notes: "" });
    for (const [name, path] of [["manifest.json", file], ...p.assets.map((a) => [a.name, a.path])] as const) {
      const bytes = readFileSync(path);
      await store.uploadAsset(draft, {
        name,
        path,
        sha256: createHash("sha256").update(bytes).digest("hex"),
        size: bytes.length,
      });
    }
    await store.publish(draft);
    expect(await promote(store, { ...move(), version: "1.0.0" })).toEqual({
      status: "refused",
      rule: "gate",
      reason: "production is protected and the gate of 1.0.0 did not pass",
    });
    expect(
      await promote(store, { ...move(rules({ production: { protected: false } })), version: "1.0.0" }),
    ).toMatchObject({
      status: "moved",
    });
  });
});

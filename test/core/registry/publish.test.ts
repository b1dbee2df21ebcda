// Publishing to a real local registry folder: the files the real evaluate and gate commands made, refused unless the
// gate passed and is bound to these very files; published atomically and idempotently; an interrupted draft is
// completed by the re-run; concurrent publishers end with exactly one release per version. Each test asserts the
// registry's final state on disk.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { appendFile, copyFile, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { gateConfigSha256 } from "../../../src/core/gate/gate.js";
import { parseRule } from "../../../src/core/gate/rules.js";
import { type Manifest, manifestText } from "../../../src/core/registry/manifest.js";
import { publish } from "../../../src/core/registry/publish.js";
import { manifestFor, planPublish, type PublishPlan } from "../../../src/core/registry/publishPlan.js";
import {
  type AssetFile,
  type ReleaseRecord,
  type StoredAsset,
  VersionTaken,
} from "../../../src/core/registry/store.js";
import { LocalRegistry } from "../../../src/platform/local/localRegistry.js";
import { inputErrorOf, runCli } from "../../support.js";
import { FAILING_RULES, type Gated, gatedModel, localStore, PASSING_RULES, request, tree } from "./registryFixture.js";

let g: Gated;
beforeAll(async () => {
  g = await gatedModel("publish");
});
afterAll(() => g.tmp.remove());

const sha = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

async function plan(store: LocalRegistry, o: Parameters<typeof request>[1] = {}): Promise<PublishPlan> {
  const planned = await planPublish(store, request(g, o));
  if (planned.status !== "ready") throw new Error(planned.reason);
  return planned.plan;
}

const commit = (c: string) => ({ git: { commit: c.repeat(40), branch: "main" } });

describe("publish", () => {
  it("publishes the gated model with its manifest; the folder holds exactly that version", async () => {
    const { store, root } = await localStore(g, "first");
    const p = await plan(store);
    expect(p.version).toBe("0.0.1");
    expect(p.existing).toEqual({ state: "new" });
    expect(p.checks[0]).toBe("gate: passed, 2 of 2 rules hold");
    const outcome = await publish(store, p);
    expect(outcome.status).toBe("published");
    expect(outcome.release.tag).toBe("model/cancer/v0.0.1");
    expect(outcome.log).toEqual([
      "created the draft model/cancer/v0.0.1",
      expect.stringMatching(
        /^uploaded manifest\.json \(\d+ bytes, sha256 [0-9a-f]{12}…\), verified by the store's digest$/,
      ),
      expect.stringMatching(
        /^uploaded model\.onnx \(\d+ bytes, sha256 [0-9a-f]{12}…\), verified by the store's digest$/,
      ),
      expect.stringMatching(/^uploaded evaluation\.json /),
      expect.stringMatching(/^uploaded gate\.json /),
      expect.stringMatching(/^published model\/cancer\/v0\.0\.1 \(4 files; model sha256 [0-9a-f]{12}…\)$/),
    ]);
    expect(tree(root)).toEqual([
      "cancer/0.0.1/.release.json",
      "cancer/0.0.1/evaluation.json",
      "cancer/0.0.1/gate.json",
      "cancer/0.0.1/manifest.json",
      "cancer/0.0.1/model.onnx",
    ]);
    const dir = join(root, "cancer", "0.0.1");
    for (const [name, source] of [
      ["model.onnx", g.model],
      ["gate.json", g.gate],
      ["evaluation.json", g.evaluation],
    ] as const)
      expect(sha(join(dir, name))).toBe(sha(source));
    const manifest = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8")) as Manifest;
    const gate = JSON.parse(readFileSync(g.gate, "utf8")) as { binding: Record<string, string> };
    const evaluation = JSON.parse(readFileSync(g.evaluation, "utf8")) as {
      data: { sha256: string };
      metrics: Record<string, number>;
    };
    const size = (f: string) => readFileSync(f).length;
    expect(manifest).toEqual({
      kind: "modelgate.manifest",
      version: 1,
      name: "cancer",
      model_version: "0.0.1",
      tag: "model/cancer/v0.0.1",
      assets: [
        { name: "model.onnx", sha256: sha(g.model), size: size(g.model) },
        { name: "evaluation.json", sha256: sha(g.evaluation), size: size(g.evaluation) },
        { name: "gate.json", sha256: sha(g.gate), size: size(g.gate) },
      ],
      metrics: evaluation.metrics,
      gate: {
        passed: true,
        rules: [
          expect.objectContaining({ rule: "accuracy >= 0.9", metric: "accuracy", passed: true, bound: 0.9 }),
          expect.objectContaining({ rule: "roc_auc >= 0.95", metric: "roc_auc", passed: true, bound: 0.95 }),
        ],
        baseline: null,
        sha256: sha(g.gate),
        binding: gate.binding,
      },
      data: { holdout_sha256: evaluation.data.sha256, training: null },
      schema_sha256: null,
      config_sha256: gate.binding.config_sha256,
      git: { commit: "a".repeat(40), branch: "main" },
      ci: { run_url: "https://ci.example/runs/1", triggered_by: "alice" },
      approvals: [],
      published_at: "2026-01-02T03:04:05.000Z",
      tools: { modelgate: "0.0.0-test", node: process.version },
    });
    expect(manifest.gate.binding.model_sha256).toBe(sha(g.model));
  });

  it("a re-run of the same publish reports it is already published and changes nothing", async () => {
    const { store, root } = await localStore(g, "rerun");
    await publish(store, await plan(store));
    const before = tree(root).map((f) => [f, sha(join(root, f))]);
    const again = await plan(store);
    expect(again.existing).toEqual({ state: "already-published", version: "0.0.1" });
    const outcome = await publish(store, again);
    expect(outcome.status).toBe("already-published");
    expect(outcome.release.version).toBe("0.0.1");
    expect(outcome.log).toEqual([
      "model/cancer/v0.0.1 is already published with this model (" + sha(g.model).slice(0, 12) + "…)",
    ]);
    // Also when asked for that version explicitly.
    const explicit = await plan(store, { version: "0.0.1" });
    expect(explicit.existing).toEqual({ state: "already-published", version: "0.0.1" });
    expect((await publish(store, explicit)).status).toBe("already-published");
    expect(tree(root).map((f) => [f, sha(join(root, f))])).toEqual(before);
  });

  it("auto takes the next patch, or minor when asked; another commit of the model is another version", async () => {
    const { store } = await localStore(g, "auto");
    await publish(store, await plan(store));
    expect((await publish(store, await plan(store, commit("b")))).release.version).toBe("0.0.2");
    expect((await publish(store, await plan(store, { ...commit("c"), bump: "minor" }))).release.version).toBe("0.1.0");
    expect((await publish(store, await plan(store, { ...commit("d"), version: "2.0.0" }))).release.version).toBe(
      "2.0.0",
    );
    expect((await publish(store, await plan(store, commit("e")))).release.version).toBe("2.0.1");
    const versions = (await store.releases("cancer")).map((r) => [r.version, r.draft]);
    expect(versions.sort()).toEqual([
      ["0.0.1", false],
      ["0.0.2", false],
      ["0.1.0", false],
      ["2.0.0", false],
      ["2.0.1", false],
    ]);
  });

  it("an explicit version published with another model or commit is VersionTaken, naming the difference", async () => {
    const { store, root } = await localStore(g, "taken");
    await publish(store, await plan(store, { version: "1.0.0" }));
    const other = await plan(store, { ...commit("b"), version: "1.0.0" });
    expect(other.existing).toEqual({
      state: "taken",
      version: "1.0.0",
      difference: `it holds this model, published from commit ${"a".repeat(40)}, not ${"b".repeat(40)}`,
    });
    const e = await publish(store, other).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(VersionTaken);
    expect((e as Error).message).toBe(
      `model/cancer/v1.0.0 is already published (it holds this model, published from commit ${"a".repeat(40)}, not ${"b".repeat(40)})`,
    );
    expect(tree(root).filter((f) => !f.startsWith("cancer/1.0.0/"))).toEqual([]);
  });

  it("an interrupted publish leaves a draft with a truncated model; the re-run removes it, uploads the rest, publishes", async () => {
    const { store, root } = await localStore(g, "interrupted");
    const p = await plan(store);
    // The same store, cut off halfway through the model's upload (a crash, a dropped connection).
    class Interrupted extends LocalRegistry {
      override async uploadAsset(release: ReleaseRecord, asset: AssetFile): Promise<StoredAsset> {
        if (asset.name !== "model.onnx") return super.uploadAsset(release, asset);
        const bytes = await readFile(asset.path);
        await writeFile(join(release.url!, asset.name), bytes.subarray(0, bytes.length >> 1));
        throw new Error("connection reset");
      }
    }
    const cut = new Interrupted(root);
    const steps: string[] = [];
    await expect(publish(cut, p, { onStep: (s) => steps.push(s) })).rejects.toThrow("connection reset");
    expect(steps.at(-1)).toBe("stopped: connection reset (the draft stays; run publish again to complete it)");
    const [draft] = await store.releases("cancer");
    expect(draft).toMatchObject({ draft: true, version: "0.0.1" });
    expect(draft!.assets.map((a) => [a.name, a.complete])).toEqual([
      ["manifest.json", true],
      ["model.onnx", false],
    ]);
    expect(tree(root).some((f) => /^cancer\/0\.0\.1\//.test(f))).toBe(false);

    const again = await plan(store);
    expect(again.existing).toEqual({ state: "draft", version: "0.0.1" });
    const outcome = await publish(store, again);
    expect(outcome.status).toBe("published");
    expect(outcome.log.slice(0, 4)).toEqual([
      "completing the interrupted draft of model/cancer/v0.0.1",
      "kept manifest.json (uploaded before, verified)",
      "removed model.onnx (its upload never finished)",
      expect.stringMatching(/^uploaded model\.onnx /),
    ]);
    expect(tree(root)).toEqual([
      "cancer/0.0.1/.release.json",
      "cancer/0.0.1/evaluation.json",
      "cancer/0.0.1/gate.json",
      "cancer/0.0.1/manifest.json",
      "cancer/0.0.1/model.onnx",
    ]);
    expect(sha(join(root, "cancer/0.0.1/model.onnx"))).toBe(sha(g.model));
  });

  it("a draft holding a wrong file and a foreign one is brought to exactly the planned files", async () => {
    const { store, root } = await localStore(g, "wrongdraft");
    const p = await plan(store);
    const draft = await store.createDraft({ name: "cancer", version: "0.0.1", tag: p.tag, notes: "" });
    const m = g.tmp.file("wrongdraft-manifest.json");
    await writeFile(m, manifestText(manifestFor(p, "0.0.1", new Date("2026-01-02T03:04:05.000Z"))));
    const upload = async (name: string, path: string) =>
      store.uploadAsset(draft, { name, path, sha256: sha(path), size: readFileSync(path).length });
    await upload("manifest.json", m);
    await upload("gate.json", g.failedGate);
    await upload("notes.txt", g.holdout);
    const outcome = await publish(store, p);
    expect(outcome.log.slice(0, 4)).toEqual([
      "completing the interrupted draft of model/cancer/v0.0.1",
      expect.stringMatching(/^removed gate\.json \(\d+ bytes stored, \d+ expected\)$/),
      "kept manifest.json (uploaded before, verified)",
      "removed notes.txt (not a file of this publish)",
    ]);
    expect(sha(join(root, "cancer/0.0.1/gate.json"))).toBe(sha(g.gate));
    expect(tree(root).filter((f) => f.includes("notes") || f.includes(".drafts"))).toEqual([]);
  });
});

describe("publish refuses what was not gated", () => {
  it("a tampered model: one line naming both sha256s; nothing is written", async () => {
    const { store, root } = await localStore(g, "tampered");
    const model = g.tmp.file("tampered.onnx");
    await copyFile(g.model, model);
    await appendFile(model, Buffer.from([0]));
    const e = await inputErrorOf(() => planPublish(store, request(g, { files: { ...request(g).files, model } })));
    expect(e.message).toBe(
      `${g.gate}: at binding.model_sha256: the gate judged the model with sha256 ${sha(g.model).slice(0, 12)}…, but ${model} has sha256 ${sha(model).slice(0, 12)}…: publish the model that was gated, or gate this one`,
    );
    expect(tree(root)).toEqual([]);
  });

  it("a model that is no regular file (/dev/zero) is refused in one line, not read for ever", async () => {
    const { store } = await localStore(g, "devzero");
    const e = await inputErrorOf(() =>
      planPublish(store, request(g, { files: { ...request(g).files, model: "/dev/zero" } })),
    );
    expect(e.message).toBe("/dev/zero: cannot be read: it is a character device, not a regular file");
  });

  it("an evaluation of another model, or of another holdout than the gate's", async () => {
    const { store } = await localStore(g, "othereval");
    const ev = JSON.parse(readFileSync(g.evaluation, "utf8")) as {
      model: { sha256: string };
      data: { sha256: string };
    };
    const file = g.tmp.file("other-eval.json");
    await writeFile(file, JSON.stringify({ ...ev, model: { ...ev.model, sha256: "f".repeat(64) } }));
    const files = { ...request(g).files, evaluation: file };
    expect((await inputErrorOf(() => planPublish(store, request(g, { files })))).message).toBe(
      `${file}: at model.sha256: the evaluation is of the model with sha256 ffffffffffff…, but ${g.model} has sha256 ${sha(g.model).slice(0, 12)}…`,
    );
    await writeFile(file, JSON.stringify({ ...ev, data: { ...ev.data, sha256: "e".repeat(64) } }));
    expect((await inputErrorOf(() => planPublish(store, request(g, { files })))).message).toContain(
      `${g.gate}: at binding.data_sha256: the gate judged the holdout with sha256 ${ev.data.sha256.slice(0, 12)}…, but ${file} is of the holdout with sha256 eeeeeeeeeeee…`,
    );
  });

  it("a holdout at hand that is not the one gated", async () => {
    const { store } = await localStore(g, "holdout");
    const other = g.tmp.file("other-holdout.csv");
    await writeFile(other, `${readFileSync(g.holdout, "utf8")}\n`);
    const e = await inputErrorOf(() =>
      planPublish(store, request(g, { files: { ...request(g).files, holdout: other } })),
    );
    expect(e.message).toMatch(
      new RegExp(`^${other}: has sha256 [0-9a-f]{12}…, but the gate judged the holdout with sha256 [0-9a-f]{12}…$`),
    );
    const ok = await plan(store, { files: { ...request(g).files, holdout: g.holdout } });
    expect(ok.checks).toContain(`holdout: ${g.holdout} is that holdout`);
  });

  it("rules at hand other than the gate's; the same rules give the very config sha256 the gate command wrote", async () => {
    const { store } = await localStore(g, "rules");
    const same = gateConfigSha256(
      PASSING_RULES.map((r, i) => parseRule(r, `rule ${i + 1}`)),
      {},
      null,
    );
    const gate = JSON.parse(readFileSync(g.gate, "utf8")) as { binding: { config_sha256: string } };
    expect(same).toBe(gate.binding.config_sha256);
    expect((await plan(store, { configSha256: same })).checks).toContain(
      `rules: the gate's config sha256 ${same.slice(0, 12)}… is the one the rules at hand give`,
    );
    const other = gateConfigSha256([parseRule("accuracy >= 0.5", "rule 1")], {}, null);
    expect((await inputErrorOf(() => planPublish(store, request(g, { configSha256: other })))).message).toBe(
      `${g.gate}: at binding.config_sha256: the gate was judged under other rules than the ones at hand (--rule, or modelgate.yml's gate.rules, directions and bootstrap settings; config sha256 ${same.slice(0, 12)}… in gate.json, ${other.slice(0, 12)}… here): run the gate again`,
    );
    expect((await plan(store)).checks).toContain(
      "rules: not compared (no gate rules at hand: neither --rule nor modelgate.yml's gate.rules); gate.json's own rules were used",
    );
  });

  it("a failed gate is a refusal naming its failed rules (a result, not an error); nothing is written", async () => {
    const { store, root } = await localStore(g, "failed");
    const planned = await planPublish(store, request(g, { files: { ...request(g).files, gate: g.failedGate } }));
    expect(planned).toEqual({
      status: "refused",
      reason: `${g.failedGate}: the gate failed (2 of 3 rules: "accuracy >= 0.999", "log_loss <= 0.0001"); only a model that passed its gate is published`,
      failedRules: FAILING_RULES.slice(1),
    });
    expect(tree(root)).toEqual([]);
  });

  it("a gate on a plain metrics file binds no model: refused", async () => {
    const { store } = await localStore(g, "metrics");
    await writeFile(g.tmp.file("metrics.json"), JSON.stringify({ accuracy: 0.99 }));
    const r = await runCli(g.tmp.path, [
      "gate",
      "--evaluation",
      "metrics.json",
      "--rule",
      "accuracy >= 0.9",
      "--out",
      "gate-metrics.json",
    ]);
    expect(r.code).toBe(0);
    const gate = g.tmp.file("gate-metrics.json");
    const e = await inputErrorOf(() => planPublish(store, request(g, { files: { ...request(g).files, gate } })));
    expect(e.message).toBe(
      `${gate}: at binding.model_sha256: the gate judged a metrics file, not an evaluation of a model on a holdout: publish needs the gate.json of \`modelgate evaluate\`'s evaluation.json`,
    );
  });
});

describe("concurrent publishers", () => {
  it("of one explicit version: exactly one release; the loser gets VersionTaken and leaves no draft", async () => {
    const { store, root } = await localStore(g, "race");
    const [a, b] = await Promise.all([
      plan(store, { version: "1.0.0" }),
      plan(store, { ...commit("b"), version: "1.0.0" }),
    ]);
    const results = await Promise.allSettled([publish(store, a), publish(store, b)]);
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]!.reason).toBeInstanceOf(VersionTaken);
    const winner = (won[0] as PromiseFulfilledResult<Awaited<ReturnType<typeof publish>>>).value;
    const onDisk = JSON.parse(readFileSync(join(root, "cancer/1.0.0/manifest.json"), "utf8")) as Manifest;
    expect(onDisk.git.commit).toBe(winner.manifest.git.commit);
    expect(tree(root).filter((f) => !f.startsWith("cancer/1.0.0/"))).toEqual([]);
    expect((await store.releases("cancer")).map((r) => [r.version, r.draft])).toEqual([["1.0.0", false]]);
  });

  it("of the very same model and commit: one publishes, the other reports it already published", async () => {
    const { store, root } = await localStore(g, "race-same");
    const [a, b] = await Promise.all([plan(store), plan(store)]);
    const outcomes = await Promise.all([publish(store, a), publish(store, b)]);
    expect(outcomes.map((o) => `${o.status} ${o.release.version}`).sort()).toEqual([
      "already-published 0.0.1",
      "published 0.0.1",
    ]);
    expect(tree(root).filter((f) => !f.startsWith("cancer/0.0.1/"))).toEqual([]);
  });

  it("with auto and on_conflict next: the loser takes the next version; with fail it gets VersionTaken", async () => {
    const { store, root } = await localStore(g, "race-auto");
    const [a, b] = await Promise.all([plan(store), plan(store, commit("b"))]);
    expect([a.version, b.version]).toEqual(["0.0.1", "0.0.1"]);
    const outcomes = await Promise.all([
      publish(store, a, { onConflict: "next" }),
      publish(store, b, { onConflict: "next" }),
    ]);
    expect(outcomes.map((o) => o.release.version).sort()).toEqual(["0.0.1", "0.0.2"]);
    for (const o of outcomes) {
      const onDisk = JSON.parse(
        readFileSync(join(root, `cancer/${o.release.version}/manifest.json`), "utf8"),
      ) as Manifest;
      expect(onDisk.git.commit).toBe(o.manifest.git.commit);
      expect(onDisk.model_version).toBe(o.release.version);
    }
    const loser = outcomes.find((o) => o.release.version === "0.0.2")!;
    expect(loser.log).toContainEqual(
      expect.stringMatching(/^model\/cancer\/v0\.0\.1 was taken \(.+\): trying 0\.0\.2$/),
    );
    expect(tree(root).filter((f) => f.includes(".drafts"))).toEqual([]);

    const [c, d] = await Promise.all([plan(store, commit("c")), plan(store, commit("d"))]);
    const settled = await Promise.allSettled([publish(store, c), publish(store, d)]);
    expect(settled.map((s) => s.status).sort()).toEqual(["fulfilled", "rejected"]);
    const reason = (settled.find((s) => s.status === "rejected") as PromiseRejectedResult).reason as Error;
    expect(reason).toBeInstanceOf(VersionTaken);
    expect(reason.message).toMatch(
      /^model\/cancer\/v0\.0\.3 is already published \(.*; with on_conflict: next, publish takes the next version\)$/,
    );
    expect((await store.releases("cancer")).map((r) => r.version).sort()).toEqual(["0.0.1", "0.0.2", "0.0.3"]);
  });
});

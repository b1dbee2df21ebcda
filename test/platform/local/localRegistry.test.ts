// The local registry folder: versions appear by one atomic rename under a per-model lock, so two publishers — in one
// process or in two — end with exactly one release per version; drafts, records, stage history and the lock file
// behave as the RegistryStore port says, and nothing outside the folder can be named through it.
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { appendFile, mkdir, readFile, writeFile } from "node:fs/promises";
import { hostname } from "node:os";
import { join } from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { AssetFile, ReleaseRecord, StageEvent } from "../../../src/core/registry/store.js";
import { StageMoved, VersionTaken } from "../../../src/core/registry/store.js";
import { withLock } from "../../../src/platform/local/localLock.js";
import { LocalRegistry } from "../../../src/platform/local/localRegistry.js";
import { type Gated, gatedModel, tree } from "../../core/registry/registryFixture.js";
import { inputErrorOf, ROOT } from "../../support.js";

let g: Gated;
beforeAll(async () => {
  g = await gatedModel("local-registry");
});
afterAll(() => g.tmp.remove());

let n = 0;
async function fresh(): Promise<{ store: LocalRegistry; root: string }> {
  const root = g.tmp.file(`reg-${++n}`);
  await mkdir(root, { recursive: true });
  return { store: new LocalRegistry(root), root };
}

function asset(name: string, path: string): AssetFile {
  const bytes = readFileSync(path);
  return { name, path, sha256: createHash("sha256").update(bytes).digest("hex"), size: bytes.length };
}

const draftOf = (store: LocalRegistry, version: string) =>
  store.createDraft({ name: "cancer", version, tag: `model/cancer/v${version}`, notes: "n" });

describe("drafts and versions", () => {
  it("a draft records each upload's sha256 and size; publishing renames it to <name>/<version>/", async () => {
    const { store, root } = await fresh();
    const draft = await draftOf(store, "1.0.0");
    expect(draft).toMatchObject({
      draft: true,
      name: "cancer",
      version: "1.0.0",
      tag: "model/cancer/v1.0.0",
      assets: [],
    });
    const model = asset("model.onnx", g.model);
    expect(await store.uploadAsset(draft, model)).toEqual({
      name: "model.onnx",
      size: model.size,
      sha256: model.sha256,
      complete: true,
    });
    // A file the store never recorded (a copy cut short) is listed as incomplete, without a digest.
    await writeFile(join(draft.url!, "gate.json"), "{");
    const [listed] = await store.releases("cancer");
    expect(listed!.assets).toEqual([
      { name: "gate.json", size: 1, sha256: null, complete: false },
      { name: "model.onnx", size: model.size, sha256: model.sha256, complete: true },
    ]);
    await store.deleteAsset(listed!, "gate.json");
    const published = await store.publish(listed!);
    expect(published).toMatchObject({ id: "version:1.0.0", draft: false, version: "1.0.0" });
    expect(published.publishedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(tree(root)).toEqual(["cancer/1.0.0/.release.json", "cancer/1.0.0/model.onnx"]);
    expect(readdirSync(join(root, "cancer", ".drafts"))).toEqual([]);
    const to = g.tmp.file(`downloaded-${n}.onnx`);
    await store.download(published, "model.onnx", to);
    expect(readFileSync(to)).toEqual(readFileSync(g.model));
  });

  it("a taken version: createDraft and publish say VersionTaken; of two drafts published at once, one wins", async () => {
    const { store, root } = await fresh();
    const [a, b] = await Promise.all([draftOf(store, "1.0.0"), draftOf(store, "1.0.0")]);
    await store.uploadAsset(a, asset("model.onnx", g.model));
    await store.uploadAsset(b, asset("model.onnx", g.evaluation));
    const settled = await Promise.allSettled([store.publish(a), store.publish(b)]);
    expect(settled.map((s) => s.status).sort()).toEqual(["fulfilled", "rejected"]);
    const lost = settled.find((s): s is PromiseRejectedResult => s.status === "rejected")!;
    expect(lost.reason).toBeInstanceOf(VersionTaken);
    expect((lost.reason as Error).message).toBe("model/cancer/v1.0.0 is already published");
    await expect(draftOf(store, "1.0.0")).rejects.toBeInstanceOf(VersionTaken);
    // The loser's draft is the publisher's to delete (core does); then only the version remains.
    const loser = (await store.releases("cancer")).find((r) => r.draft)!;
    await store.deleteRelease(loser);
    expect(tree(root).filter((f) => !f.startsWith("cancer/1.0.0/"))).toEqual([]);
  });

  it("a published version never changes; ids and names that would leave the folder are refused", async () => {
    const { store } = await fresh();
    const draft = await draftOf(store, "1.0.0");
    const published = await store.publish(draft);
    await expect(store.uploadAsset(published, asset("model.onnx", g.model))).rejects.toThrow(
      "model/cancer/v1.0.0 is published; its files never change",
    );
    await expect(store.deleteAsset(published, "model.onnx")).rejects.toThrow("its files never change");
    await expect(store.deleteRelease(published)).rejects.toThrow("versions are never deleted");
    const forged: ReleaseRecord = { ...draft, id: "draft:../../../etc" };
    await expect(store.deleteRelease(forged)).rejects.toThrow('"draft:../../../etc" is no release id of this registry');
    const other = await draftOf(store, "1.1.0");
    expect((await inputErrorOf(() => store.uploadAsset(other, asset("../escape", g.model)))).message).toContain(
      'the asset name "../escape" must be a plain file name',
    );
    expect((await inputErrorOf(() => store.download(other, "../../x", g.tmp.file("x")))).message).toContain(
      "must be a plain file name",
    );
    expect((await inputErrorOf(() => store.releases("../x"))).message).toContain('model name: the model name "../x"');
    expect((await inputErrorOf(() => store.download(published, "nothing.txt", g.tmp.file("x")))).message).toBe(
      `model/cancer/v1.0.0 has no file nothing.txt in ${store.label}`,
    );
  });
});

describe("two publisher processes at the same moment", () => {
  async function race(root: string, version: string, onConflict: string): Promise<Record<string, string>[]> {
    const go = join(root, "go");
    const runs = ["a", "b"].map((c) => {
      const ready = join(root, `ready-${c}`);
      const child = spawn(
        process.execPath,
        ["test/platform/local/publishProcess.mjs", root, g.tmp.path, c.repeat(40), version, onConflict, ready, go],
        { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] },
      );
      let out = "";
      let err = "";
      child.stdout.on("data", (d: Buffer) => (out += d));
      child.stderr.on("data", (d: Buffer) => (err += d));
      const done = new Promise<Record<string, string>>((resolve, reject) =>
        child.on("close", () => (out ? resolve(JSON.parse(out) as Record<string, string>) : reject(new Error(err)))),
      );
      return { ready, done };
    });
    while (!runs.every((r) => existsSync(r.ready))) await new Promise((r) => setTimeout(r, 10));
    await writeFile(go, "");
    return Promise.all(runs.map((r) => r.done));
  }

  it("one explicit version: exactly one publishes, the other gets VersionTaken; no draft remains", async () => {
    const { store, root } = await fresh();
    const results = await race(root, "1.0.0", "fail");
    expect(results.map((r) => r.status ?? r.error).sort()).toEqual(["VersionTaken", "published"]);
    expect((await store.releases("cancer")).map((r) => [r.version, r.draft])).toEqual([["1.0.0", false]]);
    const winner = ["a", "b"][results.findIndex((r) => r.status === "published")]!;
    const manifest = JSON.parse(readFileSync(join(root, "cancer/1.0.0/manifest.json"), "utf8")) as {
      git: { commit: string };
    };
    expect(manifest.git.commit).toBe(winner.repeat(40));
    expect(tree(root).filter((f) => f.includes(".drafts") || f.endsWith(".lock"))).toEqual([]);
  });

  it("auto with on_conflict next: two versions, one each", async () => {
    const { store, root } = await fresh();
    const results = await race(root, "auto", "next");
    expect(results.map((r) => `${r.status} ${r.version}`).sort()).toEqual(["published 0.0.1", "published 0.0.2"]);
    expect((await store.releases("cancer")).map((r) => r.version).sort()).toEqual(["0.0.1", "0.0.2"]);
  }, 60_000);
});

describe("stage history", () => {
  const event = (version: string, previous: string | null): StageEvent => ({
    name: "cancer",
    stage: "production",
    version,
    previous,
    action: "promote",
    by: "alice",
    at: "2026-01-01T00:00:00.000Z",
    approvals: [{ user: "bob", at: "2026-01-01T00:00:00Z", source: "local" }],
    commit: null,
    run: null,
  });

  it("appends one JSON line per move, refusing a move from a version the stage no longer holds", async () => {
    const { store, root } = await fresh();
    await store.recordStage(event("1.0.0", null));
    await store.recordStage(event("1.1.0", "1.0.0"));
    const moved = await store.recordStage(event("1.2.0", "1.0.0")).catch((e: unknown) => e);
    expect(moved).toBeInstanceOf(StageMoved);
    expect((moved as Error).message).toBe(
      "cancer: production moved to 1.1.0 meanwhile (this promote was from 1.0.0): run it again",
    );
    expect(await store.stageHistory("cancer")).toEqual([event("1.0.0", null), event("1.1.0", "1.0.0")]);
    expect(readFileSync(join(root, "cancer/stages.jsonl"), "utf8").split("\n")).toHaveLength(3);
    expect(existsSync(join(root, "cancer/.lock"))).toBe(false);
  });

  it("a line cut short by a crash was never written: ignored, and cut off before the next append", async () => {
    const { store, root } = await fresh();
    await store.recordStage(event("1.0.0", null));
    const file = join(root, "cancer/stages.jsonl");
    await appendFile(file, '{"name":"cancer","sta');
    expect(await store.stageHistory("cancer")).toEqual([event("1.0.0", null)]);
    await store.recordStage(event("1.1.0", "1.0.0"));
    expect(await store.stageHistory("cancer")).toEqual([event("1.0.0", null), event("1.1.0", "1.0.0")]);
    await writeFile(file, `${(await readFile(file, "utf8")).replace('"promote"', '"demote"')}`);
    const e = await inputErrorOf(() => store.stageHistory("cancer"));
    expect(e.message).toMatch(new RegExp(`^${file}: line 1, at action: `));
  });

  it("a whole last event without its newline (an editor's save) is kept, and the next append keeps it too", async () => {
    const { store, root } = await fresh();
    await store.recordStage(event("1.0.0", null));
    await store.recordStage(event("1.1.0", "1.0.0"));
    const file = join(root, "cancer/stages.jsonl");
    await writeFile(file, (await readFile(file, "utf8")).replace(/\n$/, ""));
    expect((await store.stageHistory("cancer")).map((e) => e.version)).toEqual(["1.0.0", "1.1.0"]);
    await store.recordStage(event("1.2.0", "1.1.0"));
    expect((await store.stageHistory("cancer")).map((e) => e.version)).toEqual(["1.0.0", "1.1.0", "1.2.0"]);
    expect(readFileSync(file, "utf8").split("\n")).toHaveLength(4);
  });
});

describe("the lock", () => {
  const holder = (pid: number, at: number) => JSON.stringify({ pid, host: hostname(), at, token: "someone" });

  it("takes over a lock whose process is gone, or that is older than staleMs", async () => {
    const { root } = await fresh();
    const lock = join(root, ".lock");
    const dead = spawnSync(process.execPath, ["-e", ""]).pid!;
    await writeFile(lock, holder(dead, Date.now()));
    expect(await withLock(lock, async () => readFileSync(lock, "utf8"))).toContain(`"pid":${process.pid}`);
    expect(existsSync(lock)).toBe(false);
    await writeFile(lock, holder(process.pid, Date.now() - 10_000));
    expect(await withLock(lock, async () => "ran", { staleMs: 5_000 })).toBe("ran");
  });

  it("waits for a live holder, then names it in one line", async () => {
    const { root } = await fresh();
    const lock = join(root, ".lock");
    const at = Date.now();
    await writeFile(lock, holder(process.pid, at));
    await expect(withLock(lock, async () => "ran", { timeoutMs: 100 })).rejects.toThrow(
      `${lock} is held by process ${process.pid} on ${hostname()} since ${new Date(at).toISOString()}: if no publish or promote is running there, remove the file`,
    );
    // Never removed by anyone but its holder.
    expect(readFileSync(lock, "utf8")).toBe(holder(process.pid, at));
  });

  it("serialises holders: no two run at once", async () => {
    const { root } = await fresh();
    const lock = join(root, ".lock");
    let inside = 0;
    let most = 0;
    await Promise.all(
      Array.from({ length: 8 }, () =>
        withLock(lock, async () => {
          most = Math.max(most, ++inside);
          await new Promise((r) => setTimeout(r, 5));
          inside--;
        }),
      ),
    );
    expect(most).toBe(1);
  });
});

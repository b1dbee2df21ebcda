// Reading versions back from a real local registry: verify downloads every file and checks it against the manifest
// and the gate's binding (any mismatch → not ok); pull writes a file only once its sha256 is the manifest's, so a
// corrupted stored file leaves nothing behind.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { copyFile, mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { publish } from "../../../src/core/registry/publish.js";
import { planPublish } from "../../../src/core/registry/publishPlan.js";
import { promote } from "../../../src/core/registry/stages.js";
import { pull, verifyRelease } from "../../../src/core/registry/verify.js";
import type { LocalRegistry } from "../../../src/platform/local/localRegistry.js";
import { inputErrorOf } from "../../support.js";
import { type Gated, gatedModel, localStore, request } from "./registryFixture.js";

let g: Gated;
beforeAll(async () => {
  g = await gatedModel("verify");
});
afterAll(() => g.tmp.remove());

const sha = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

async function published(name: string): Promise<{ store: LocalRegistry; root: string; dir: string }> {
  const { store, root } = await localStore(g, name);
  const p = await planPublish(store, request(g, { version: "1.0.0" }));
  if (p.status !== "ready") throw new Error(p.reason);
  await publish(store, p.plan);
  await promote(store, {
    name: "cancer",
    stage: "production",
    version: "1.0.0",
    by: "a",
    approvals: [],
    commit: null,
    run: null,
  });
  return { store, root, dir: join(root, "cancer", "1.0.0") };
}

/** Flip one byte in the middle of a stored file: same size, other sha256. */
async function corrupt(file: string): Promise<void> {
  const bytes = await readFile(file);
  const i = bytes.length >> 1;
  bytes[i] = bytes[i]! ^ 0xff;
  await writeFile(file, bytes);
}

describe("verify", () => {
  it("checks every file, the manifest and the gate binding, by version and by stage", async () => {
    const { store } = await published("ok");
    for (const ref of ["cancer@1.0.0", "cancer@production"]) {
      const r = await verifyRelease(store, ref);
      expect(r.ok).toBe(true);
      expect(r.stage).toBe(ref.endsWith("production") ? "production" : null);
      expect(r.release.version).toBe("1.0.0");
      expect(r.checks.map((c) => [c.check, c.ok])).toEqual([
        ["manifest.json", true],
        ["model.onnx", true],
        ["evaluation.json", true],
        ["gate.json", true],
        ["gate binding", true],
        ["evaluation binding", true],
      ]);
      expect(r.checks[1]!.detail).toBe(
        `sha256 ${sha(readFileSync(g.model)).slice(0, 12)}…, ${readFileSync(g.model).length} bytes, as the manifest says`,
      );
    }
  });

  it("a corrupted stored model fails its check and the gate binding", async () => {
    const { store, dir } = await published("corrupt");
    await corrupt(join(dir, "model.onnx"));
    const r = await verifyRelease(store, "cancer@1.0.0");
    expect(r.ok).toBe(false);
    expect(r.checks.filter((c) => !c.ok).map((c) => c.check)).toEqual(["model.onnx", "gate binding"]);
    expect(r.checks.find((c) => c.check === "model.onnx")!.detail).toMatch(
      /^downloaded sha256 [0-9a-f]{12}… \(\d+ bytes\), the manifest says [0-9a-f]{12}… \(\d+ bytes\)$/,
    );
    expect(r.checks.find((c) => c.check === "gate binding")!.detail).toBe("needs model.onnx intact in the release");
  });

  it("a gate.json and manifest swapped for a failed gate's: the binding check says so", async () => {
    const { store, dir } = await published("swapped");
    // Rewrite the manifest consistently (its own sha256 in the store's record too), as a forger would.
    await copyFile(g.failedGate, join(dir, "gate.json"));
    const manifest = JSON.parse(await readFile(join(dir, "manifest.json"), "utf8")) as {
      assets: { name: string; sha256: string; size: number }[];
      gate: { passed: boolean; sha256: string };
    };
    const gateBytes = readFileSync(g.failedGate);
    const entry = manifest.assets.find((a) => a.name === "gate.json")!;
    Object.assign(entry, { sha256: sha(gateBytes), size: gateBytes.length });
    manifest.gate.sha256 = sha(gateBytes);
    const text = `${JSON.stringify(manifest, null, 2)}\n`;
    await writeFile(join(dir, "manifest.json"), text);
    const record = JSON.parse(await readFile(join(dir, ".release.json"), "utf8")) as {
      assets: { name: string; sha256: string; size: number }[];
    };
    for (const a of record.assets) {
      const bytes = readFileSync(join(dir, a.name));
      Object.assign(a, { sha256: sha(bytes), size: bytes.length });
    }
    await writeFile(join(dir, ".release.json"), JSON.stringify(record));
    const r = await verifyRelease(store, "cancer@1.0.0");
    expect(r.ok).toBe(false);
    expect(r.checks.filter((c) => !c.ok)).toEqual([
      {
        check: "gate binding",
        ok: false,
        detail: expect.stringMatching(
          /^gate\.json says the gate failed; gate\.json judged other rules than the manifest names$/,
        ),
      },
    ]);
  });

  it("a file the manifest does not list, and a manifest that differs from the store's record", async () => {
    const { store, dir } = await published("extra");
    await writeFile(join(dir, "backdoor.sh"), "echo hi\n");
    const r = await verifyRelease(store, "cancer@1.0.0");
    expect(r.checks.filter((c) => !c.ok)).toEqual([
      { check: "backdoor.sh", ok: false, detail: "in the release, but not in the manifest" },
    ]);
    await corrupt(join(dir, "manifest.json"));
    const m = await verifyRelease(store, "cancer@1.0.0");
    expect(m.ok).toBe(false);
    expect(m.checks).toEqual([
      {
        check: "manifest.json",
        ok: false,
        detail: "model/cancer/v1.0.0: manifest.json as downloaded differs from the store's record of it",
      },
    ]);
  });

  it("a published manifest replaced by a file of another size: named as changed since publishing, not as an upload", async () => {
    const { store, dir } = await published("resized");
    await writeFile(join(dir, "manifest.json"), "{not json\n");
    const m = await verifyRelease(store, "cancer@1.0.0");
    expect(m.ok).toBe(false);
    expect(m.checks).toEqual([
      {
        check: "manifest.json",
        ok: false,
        detail: "model/cancer/v1.0.0: manifest.json as stored is not the file published (not whole, or changed since)",
      },
    ]);
  });

  it("a manifest that is no manifest (consistent with the store's record) fails its check by name", async () => {
    const { store, dir } = await published("notmanifest");
    const text = JSON.stringify({ kind: "modelgate.gate" });
    await writeFile(join(dir, "manifest.json"), text);
    const record = JSON.parse(await readFile(join(dir, ".release.json"), "utf8")) as {
      assets: { name: string; sha256: string; size: number }[];
    };
    Object.assign(
      record.assets.find((a) => a.name === "manifest.json")!,
      {
        sha256: sha(Buffer.from(text)),
        size: text.length,
      },
    );
    await writeFile(join(dir, ".release.json"), JSON.stringify(record));
    const r = await verifyRelease(store, "cancer@1.0.0");
    expect(r).toMatchObject({ ok: false, manifest: null });
    expect(r.checks).toEqual([
      {
        check: "manifest.json",
        ok: false,
        detail: 'model/cancer/v1.0.0: manifest.json: not a modelgate manifest (kind must be "modelgate.manifest")',
      },
    ]);
  });

  it("an unknown version or stage is one line", async () => {
    const { store } = await published("unknown");
    expect((await inputErrorOf(() => verifyRelease(store, "cancer@2.0.0"))).message).toBe(
      `model/cancer/v2.0.0 is not a published version in ${store.label}`,
    );
    expect((await inputErrorOf(() => verifyRelease(store, "cancer@staging"))).message).toBe(
      `cancer@staging: the stage staging points at no version in ${store.label}`,
    );
  });
});

describe("pull", () => {
  it("writes the model (or a named file) once its sha256 is the manifest's", async () => {
    const { store } = await published("pull");
    const out = g.tmp.file("pulled");
    await mkdir(out, { recursive: true });
    const r = await pull(store, "cancer@production", { to: join(out, "model.onnx") });
    expect(r).toMatchObject({ ok: true, stage: "production", file: join(out, "model.onnx") });
    expect(sha(readFileSync(join(out, "model.onnx")))).toBe(sha(readFileSync(g.model)));
    const e = await pull(store, "cancer@1.0.0", { to: join(out, "eval.json"), asset: "evaluation.json" });
    expect(e.ok).toBe(true);
    expect(readFileSync(join(out, "eval.json"), "utf8")).toBe(readFileSync(g.evaluation, "utf8"));
    expect(readdirSync(out).sort()).toEqual(["eval.json", "model.onnx"]);
    expect(
      (await inputErrorOf(() => pull(store, "cancer@1.0.0", { to: join(out, "x"), asset: "run.json" }))).message,
    ).toBe("model/cancer/v1.0.0 has no run.json (its files: model.onnx, evaluation.json, gate.json)");
    expect((await inputErrorOf(() => pull(store, "cancer@1.0.0", { to: out }))).message).toBe(
      `${out}: is a directory: give the file to write`,
    );
    expect((await inputErrorOf(() => pull(store, "cancer@1.0.0", { to: join(out, "no", "m.onnx") }))).message).toBe(
      `${join(out, "no", "m.onnx")}: cannot be written: its folder does not exist`,
    );
  });

  it("a corrupted stored file is refused and leaves no file behind, not even an old one replaced", async () => {
    const { store, dir } = await published("pull-corrupt");
    await corrupt(join(dir, "model.onnx"));
    const out = g.tmp.file("pulled-corrupt");
    await mkdir(out, { recursive: true });
    const r = await pull(store, "cancer@1.0.0", { to: join(out, "model.onnx") });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problem).toMatch(
      new RegExp(
        `^model/cancer/v1\\.0\\.0: model\\.onnx as downloaded has sha256 [0-9a-f]{12}… \\(\\d+ bytes\\), the manifest says ${sha(readFileSync(g.model)).slice(0, 12)}… \\(\\d+ bytes\\); nothing was written to ${out}/model\\.onnx$`,
      ),
    );
    expect(readdirSync(out)).toEqual([]);
    await writeFile(join(out, "model.onnx"), "the model deployed before\n");
    expect((await pull(store, "cancer@1.0.0", { to: join(out, "model.onnx") })).ok).toBe(false);
    expect(readdirSync(out)).toEqual(["model.onnx"]);
    expect(readFileSync(join(out, "model.onnx"), "utf8")).toBe("the model deployed before\n");
  });
});

// Core's pull and verify (src/core/registry/verify.ts) on GitHub Releases, through the real octokit against the fake
// GitHub (requests checked against GitHub's OpenAPI description), when GitHub's file store serves other bytes than the
// release's recorded digest: pull refuses and leaves no file (nor its .part) behind, verify names the file. Reading
// changes nothing in the repository.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";

import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";

import { publish } from "../../../src/core/registry/publish.js";
import { planPublish } from "../../../src/core/registry/publishPlan.js";
import { pull, verifyRelease } from "../../../src/core/registry/verify.js";
import { GithubRegistry } from "../../../src/platform/github/githubRegistry.js";
import { type Gated, gatedModel, request } from "../../core/registry/registryFixture.js";
import type { FakeAsset } from "../../fakes/githubReleases.js";
import { type FakeGithub, startFakeGithub } from "../../fakes/githubServer.js";
import { githubApiAt } from "../platformHarness.js";

const OWNER = "octo";
const REPO = "models";
const FULL = `${OWNER}/${REPO}`;
let g: Gated;
let gh: FakeGithub;
let store: GithubRegistry;
let out: string;

const sha = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");
const modelSha = () => sha(readFileSync(g.model));

beforeAll(async () => {
  g = await gatedModel("github-pull");
});
afterAll(() => g.tmp.remove());
beforeEach(async () => {
  gh = await startFakeGithub();
  gh.addToken("ghs_installation", { kind: "installation" });
  store = new GithubRegistry(
    githubApiAt(gh.url, "ghs_installation").octokit(() => {}),
    {
      owner: OWNER,
      repo: REPO,
      commit: "a".repeat(40),
    },
  );
  const planned = await planPublish(store, request(g, { version: "1.0.0" }));
  if (planned.status !== "ready") throw new Error(planned.reason);
  await publish(store, planned.plan);
  out = g.tmp.file(`out-${Math.random().toString(36).slice(2)}`);
  await mkdir(out);
});
afterEach(async () => {
  expect(gh.violations).toEqual([]);
  await gh.close();
});

const asset = (name: string): FakeAsset => gh.releases(FULL)[0]!.assets.find((a) => a.name === name)!;

/** The published release as the fake holds it: each asset's name, state, size and digest. */
const holdings = () =>
  gh
    .releases(FULL)
    .map((r) => ({ tag: r.tag, draft: r.draft, assets: r.assets.map((a) => [a.name, a.state, a.size, a.digest]) }));

/** The stored model's bytes with the one in the middle flipped: the same size, another sha256. */
async function flippedModel(): Promise<Buffer> {
  const bytes = await gh.assetBytes(asset("model.onnx"));
  const i = bytes.length >> 1;
  bytes[i] = bytes[i]! ^ 0xff;
  return bytes;
}

describe("pull from GitHub Releases", () => {
  it("writes the model once its download's sha256 is the manifest's", async () => {
    const r = await pull(store, "cancer@1.0.0", { to: join(out, "model.onnx") });
    expect(r).toMatchObject({ ok: true, file: join(out, "model.onnx"), asset: { sha256: modelSha() } });
    expect(readFileSync(join(out, "model.onnx"))).toEqual(readFileSync(g.model));
    expect(readdirSync(out)).toEqual(["model.onnx"]);
  });

  it("a download of other bytes than the digest GitHub recorded is refused and leaves no file behind", async () => {
    const before = holdings();
    const corrupted = await flippedModel();
    await gh.corruptAsset(asset("model.onnx"), corrupted);
    const writes = gh.requests.filter((r) => r.method !== "GET").length;
    const r = await pull(store, "cancer@1.0.0", { to: join(out, "model.onnx") });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problem).toBe(
      `model/cancer/v1.0.0: model.onnx as downloaded has sha256 ${sha(corrupted).slice(0, 12)}… (${corrupted.length} bytes), the manifest says ${modelSha().slice(0, 12)}… (${corrupted.length} bytes); nothing was written to ${join(out, "model.onnx")}`,
    );
    // No file, no temporary `.model.onnx.*.part` beside it.
    expect(readdirSync(out)).toEqual([]);
    // The corrupted body did come from the file store (and was read, not trusted by its digest).
    expect(gh.blobRequests).toContain(`GET /release-assets/${asset("model.onnx").id}?sig=fake`);
    // Reading changes nothing on GitHub.
    expect(gh.requests.filter((r) => r.method !== "GET").length).toBe(writes);
    expect(holdings()).toEqual(before);
  });

  it("a truncated download is refused too, and a corrupted manifest stops the pull before the model", async () => {
    const whole = await gh.assetBytes(asset("model.onnx"));
    await gh.corruptAsset(asset("model.onnx"), whole.subarray(0, 100));
    const cut = await pull(store, "cancer@1.0.0", { to: join(out, "model.onnx") });
    expect(!cut.ok && cut.problem).toMatch(
      /^model\/cancer\/v1\.0\.0: model\.onnx as downloaded has sha256 [0-9a-f]{12}… \(100 bytes\), the manifest says/,
    );
    expect(readdirSync(out)).toEqual([]);

    await gh.corruptAsset(asset("model.onnx"), whole);
    const manifest = await gh.assetBytes(asset("manifest.json"));
    await gh.corruptAsset(
      asset("manifest.json"),
      Buffer.from(manifest.toString("utf8").replace(modelSha(), "f".repeat(64))),
    );
    const bad = await pull(store, "cancer@1.0.0", { to: join(out, "model.onnx") });
    expect(bad).toMatchObject({
      ok: false,
      problem: "model/cancer/v1.0.0: manifest.json as downloaded differs from the store's record of it",
    });
    expect(readdirSync(out)).toEqual([]);
  });
});

describe("verify on GitHub Releases", () => {
  it("holds when the downloads are the manifest's; names the file whose download is not", async () => {
    const ok = await verifyRelease(store, "cancer@1.0.0");
    expect(ok.ok).toBe(true);
    expect(ok.checks.map((c) => [c.check, c.ok])).toEqual([
      ["manifest.json", true],
      ["model.onnx", true],
      ["evaluation.json", true],
      ["gate.json", true],
      ["gate binding", true],
      ["evaluation binding", true],
    ]);

    const corrupted = await flippedModel();
    await gh.corruptAsset(asset("model.onnx"), corrupted);
    const bad = await verifyRelease(store, "cancer@1.0.0");
    expect(bad.ok).toBe(false);
    expect(bad.checks.filter((c) => !c.ok)).toEqual([
      {
        check: "model.onnx",
        ok: false,
        detail: `downloaded sha256 ${sha(corrupted).slice(0, 12)}… (${corrupted.length} bytes), the manifest says ${modelSha().slice(0, 12)}… (${corrupted.length} bytes)`,
      },
      { check: "gate binding", ok: false, detail: "needs model.onnx intact in the release" },
    ]);
  });
});

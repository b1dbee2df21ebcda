// The GitHub registry's releases through the real octokit (retry and throttling included) against the fake GitHub,
// every request checked against GitHub's OpenAPI description: drafts, streamed uploads with GitHub's digest, the
// `starter` asset a failed upload leaves, publishing, a taken tag, two publishers racing, downloads. Each test
// asserts what the fake holds at the end.
import { createHash } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { InputError } from "../../../src/core/errors.js";
import { type AssetFile, type ReleaseRecord, VersionTaken } from "../../../src/core/registry/store.js";
import { GithubRegistry } from "../../../src/platform/github/githubRegistry.js";
import type { FakeRelease } from "../../fakes/githubReleases.js";
import { type FakeGithub, startFakeGithub } from "../../fakes/githubServer.js";
import { loadGithubOpenApi } from "../../fakes/openapiValidator.js";
import { githubApiAt } from "../platformHarness.js";

const OWNER = "octo";
const REPO = "models";
const FULL = `${OWNER}/${REPO}`;
const COMMIT = "c".repeat(40);
let gh: FakeGithub;
let dir: string;
let log: string[];

function registry(): GithubRegistry {
  const octokit = githubApiAt(gh.url, "ghs_installation").octokit((line) => log.push(line));
  return new GithubRegistry(octokit, { owner: OWNER, repo: REPO, commit: COMMIT, say: (line) => log.push(line) });
}

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

async function file(name: string, bytes: Uint8Array | string): Promise<AssetFile> {
  const data = typeof bytes === "string" ? Buffer.from(bytes) : bytes;
  const path = join(dir, `${Math.random().toString(36).slice(2)}-${name}`);
  await writeFile(path, data);
  return { name, path, sha256: sha256(data), size: data.length };
}

/** What the fake holds of the repository's releases, in a form a test can compare whole. */
const state = () =>
  gh.releases(FULL).map((r: FakeRelease) => ({
    tag: r.tag,
    draft: r.draft,
    target: r.target,
    assets: r.assets.map((a) => ({ name: a.name, state: a.state, size: a.size, digest: a.digest })),
  }));

const calls = () => gh.requests.map((r) => `${r.method} ${r.path}${r.query.name ? `?name=${r.query.name}` : ""}`);

const draftOf = (store: GithubRegistry, version: string, name = "churn") =>
  store.createDraft({ name, version, tag: `model/${name}/v${version}`, notes: `notes of ${version}` });

beforeEach(async () => {
  gh = await startFakeGithub();
  gh.addToken("ghs_installation", { kind: "installation" });
  dir = await mkdtemp(join(tmpdir(), "mg-gh-registry-"));
  log = [];
});
afterEach(async () => {
  expect(gh.violations).toEqual([]);
  await gh.close();
  await rm(dir, { recursive: true, force: true });
});

describe("drafts and listing", () => {
  it("creates a draft at the commit, named and described, and lists only this model's releases", async () => {
    const store = registry();
    const draft = await draftOf(store, "1.2.0");
    expect(draft).toMatchObject({
      name: "churn",
      version: "1.2.0",
      tag: "model/churn/v1.2.0",
      draft: true,
      assets: [],
    });
    expect(draft.publishedAt).toBeUndefined();
    expect(gh.requests[0]!.body).toEqual({
      tag_name: "model/churn/v1.2.0",
      target_commitish: COMMIT,
      name: "churn v1.2.0",
      body: "notes of 1.2.0",
      draft: true,
    });
    // Another model, a model whose name starts alike, and the repository's own software release.
    await draftOf(store, "1.0.0", "churn-v2");
    const octokit = githubApiAt(gh.url, "ghs_installation").octokit(() => {});
    await octokit.rest.repos.createRelease({ owner: OWNER, repo: REPO, tag_name: "v1.0.0" });
    await octokit.rest.repos.createRelease({ owner: OWNER, repo: REPO, tag_name: "model/churn/vlatest" });

    const listed = await store.releases("churn");
    expect(listed).toEqual([{ ...draft, url: expect.stringContaining("/releases/tag/untagged-") as string }]);
    expect(state().map((r) => [r.tag, r.draft])).toEqual([
      ["model/churn/v1.2.0", true],
      ["model/churn-v2/v1.0.0", true],
      ["v1.0.0", false],
      ["model/churn/vlatest", false],
    ]);
    const list = await octokit.rest.repos.listReleases({ owner: OWNER, repo: REPO });
    const openapi = await loadGithubOpenApi();
    expect(openapi.validateResponse("GET", "/repos/{owner}/{repo}/releases", 200, list.data)).toEqual([]);
  });

  it("pages through more than 100 releases", async () => {
    const store = registry();
    for (let i = 0; i < 130; i++) await draftOf(store, `0.${i}.0`, i % 2 ? "churn" : "other");
    const listed = await store.releases("churn");
    expect(listed.map((r) => r.version).sort()).toEqual(
      Array.from({ length: 65 }, (_, k) => `0.${2 * k + 1}.0`).sort(),
    );
    expect(gh.requests.filter((r) => r.method === "GET").map((r) => r.query.page ?? "1")).toEqual(["1", "2"]);
  });

  it("a draft of a tag already published is VersionTaken, and nothing is created", async () => {
    const store = registry();
    await store.publish(await draftOf(store, "1.0.0"));
    await expect(draftOf(store, "1.0.0")).rejects.toBeInstanceOf(VersionTaken);
    expect(state()).toEqual([{ tag: "model/churn/v1.0.0", draft: false, target: COMMIT, assets: [] }]);
  });
});

describe("uploads", () => {
  it("streams the file to the release's upload host with its length; the stored digest is the file's sha256", async () => {
    const store = registry();
    const draft = await draftOf(store, "1.0.0");
    const model = await file("model.onnx", Buffer.from(Array.from({ length: 70_000 }, (_, i) => i % 251)));
    const stored = await store.uploadAsset(draft, model);
    expect(stored).toEqual({ name: "model.onnx", size: 70_000, sha256: model.sha256, complete: true });

    const upload = gh.requests.find((r) => r.method === "POST" && r.path.endsWith("/assets"))!;
    expect(upload.operation).toBe("/repos/{owner}/{repo}/releases/{release_id}/assets");
    expect(upload.headers["content-length"]).toBe("70000");
    expect(upload.headers["transfer-encoding"]).toBeUndefined();
    expect(upload.headers["content-type"]).toBe("application/octet-stream");
    expect(upload.uploaded).toBe(70_000);
    expect(state()).toEqual([
      {
        tag: "model/churn/v1.0.0",
        draft: true,
        target: COMMIT,
        assets: [{ name: "model.onnx", state: "uploaded", size: 70_000, digest: `sha256:${model.sha256}` }],
      },
    ]);
    expect(await gh.assetBytes(gh.releases(FULL)[0]!.assets[0]!)).toEqual(await readFile(model.path));
    expect((await store.releases("churn"))[0]!.assets).toEqual([stored]);
  });

  it("a large file is streamed: what stays in memory during its upload does not grow with its size", async () => {
    // A full collection before each sample measures what is held, not the garbage streaming leaves behind.
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as () => void;
    const store = registry();
    const draft = await draftOf(store, "1.0.0");
    const mib = 128;
    const size = mib * 1024 * 1024;
    const path = join(dir, "big.onnx");
    const hash = createHash("sha256");
    const out = createWriteStream(path);
    const chunk = Buffer.alloc(1024 * 1024);
    for (let i = 0; i < mib; i++) {
      chunk.fill(i);
      hash.update(chunk);
      if (!out.write(chunk)) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
    }
    await new Promise<void>((resolve) => out.end(() => resolve()));
    const digest = hash.digest("hex");

    const used = () => {
      gc();
      const m = process.memoryUsage();
      return m.heapUsed + m.arrayBuffers;
    };
    const before = used();
    let peak = before;
    let samples = 0;
    const sampler = setInterval(() => {
      peak = Math.max(peak, used());
      samples += 1;
    }, 200);
    const stored = await store
      .uploadAsset(draft, { name: "model.onnx", path, sha256: digest, size })
      .finally(() => clearInterval(sampler));
    expect(stored).toEqual({ name: "model.onnx", size, sha256: digest, complete: true });
    expect(samples).toBeGreaterThan(3);
    // Held whole, the file alone would add 128 MiB for the whole upload.
    expect(peak - before).toBeLessThan(32 * 1024 * 1024);
  }, 60_000);

  it("a 502 that leaves a `starter` asset: it is removed and the file uploaded again, once", async () => {
    const store = registry();
    const draft = await draftOf(store, "1.0.0");
    const model = await file("model.onnx", "weights");
    gh.failUpload("502");
    const stored = await store.uploadAsset(draft, model);
    expect(stored).toEqual({ name: "model.onnx", size: 7, sha256: model.sha256, complete: true });
    const id = draft.id;
    expect(calls().slice(1)).toEqual([
      `POST /repos/${FULL}/releases/${id}/assets?name=model.onnx`,
      `GET /repos/${FULL}/releases/${id}/assets`,
      `DELETE /repos/${FULL}/releases/assets/${gh.requests[3]!.path.split("/").at(-1)}`,
      `POST /repos/${FULL}/releases/${id}/assets?name=model.onnx`,
    ]);
    expect(log.join("\n")).toMatch(
      /^GitHub: the upload of model\.onnx to model\/churn\/v1\.0\.0 failed \(Bad Gateway\); removed the starter asset it left; upload 2 of 3$/m,
    );
    expect(state()[0]!.assets).toEqual([
      { name: "model.onnx", state: "uploaded", size: 7, digest: `sha256:${model.sha256}` },
    ]);
  });

  it("a rate-limited upload is sent again whole: the body is the file, reopened, not a stream already read", async () => {
    const store = registry();
    const draft = await draftOf(store, "1.0.0");
    const model = await file("model.onnx", Buffer.alloc(150_000, 5));
    gh.fault({ method: "POST", path: /\/assets$/ }, { status: 429, retryAfter: 1 });
    expect(await store.uploadAsset(draft, model)).toEqual({
      name: "model.onnx",
      size: 150_000,
      sha256: model.sha256,
      complete: true,
    });
    const uploads = gh.requests.filter((r) => r.method === "POST" && r.path.endsWith("/assets"));
    expect(uploads.map((r) => r.uploaded)).toEqual([150_000, 150_000]);
    expect(state()[0]!.assets).toEqual([
      { name: "model.onnx", state: "uploaded", size: 150_000, digest: `sha256:${model.sha256}` },
    ]);
  });

  it("an upload cut off midway every time fails; the `starter` asset it left is listed as incomplete, then redone", async () => {
    const store = registry();
    const draft = await draftOf(store, "1.0.0");
    const model = await file("model.onnx", Buffer.alloc(300_000, 9));
    gh.failUpload("midway", 3);
    await expect(store.uploadAsset(draft, model)).rejects.toThrow(/ECONNRESET|EPIPE|socket|closed/i);
    expect(gh.requests.filter((r) => r.method === "POST" && r.path.endsWith("/assets"))).toHaveLength(3);
    expect(state()[0]!.assets).toEqual([{ name: "model.onnx", state: "starter", size: 0, digest: null }]);
    const [listed] = await store.releases("churn");
    expect(listed!.assets).toEqual([{ name: "model.onnx", size: 0, sha256: null, complete: false }]);

    // What a re-run does: the incomplete file goes, the file goes up again.
    await store.deleteAsset(listed!, "model.onnx");
    expect(await store.uploadAsset(listed!, model)).toMatchObject({ complete: true, sha256: model.sha256 });
    expect(state()[0]!.assets).toEqual([
      { name: "model.onnx", state: "uploaded", size: 300_000, digest: `sha256:${model.sha256}` },
    ]);
  });

  it("a name GitHub would store differently is refused in one line", async () => {
    const store = registry();
    const draft = await draftOf(store, "1.0.0");
    const odd = await file("model card.md", "card");
    await expect(store.uploadAsset(draft, odd)).rejects.toThrow(/asset name "model card.md" must be a plain file name/);
    expect(state()[0]!.assets).toEqual([]);
  });
});

describe("publishing", () => {
  async function filled(store: GithubRegistry, version: string): Promise<{ draft: ReleaseRecord; model: AssetFile }> {
    const draft = await draftOf(store, version);
    const model = await file("model.onnx", `weights ${version}`);
    await store.uploadAsset(draft, model);
    return { draft, model };
  }

  it("publishes a draft: the version is visible with its files; its files can then not be touched", async () => {
    const store = registry();
    const { draft, model } = await filled(store, "1.0.0");
    const published = await store.publish(draft);
    expect(published).toMatchObject({ id: draft.id, tag: "model/churn/v1.0.0", draft: false });
    expect(published.url).toBe("https://github.com/octo/models/releases/tag/model/churn/v1.0.0");
    expect(published.publishedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(gh.requests.at(-1)!.body).toEqual({ draft: false });

    const before = gh.requests.length;
    await expect(store.deleteAsset(published, "model.onnx")).rejects.toThrow(/is published/);
    await expect(store.uploadAsset(published, model)).rejects.toThrow(/is published/);
    await expect(store.deleteRelease(published)).rejects.toThrow(/is published/);
    expect(gh.requests.length).toBe(before);
    expect(state()).toEqual([
      {
        tag: "model/churn/v1.0.0",
        draft: false,
        target: COMMIT,
        assets: [{ name: "model.onnx", state: "uploaded", size: model.size, digest: `sha256:${model.sha256}` }],
      },
    ]);
  });

  it("publishing a draft whose tag another release was published under is VersionTaken; both stay as they were", async () => {
    const store = registry();
    const first = await filled(store, "1.0.0");
    const second = await filled(store, "1.0.0");
    await store.publish(first.draft);
    const err = await store.publish(second.draft).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(VersionTaken);
    expect((err as VersionTaken).tag).toBe("model/churn/v1.0.0");
    expect(state().map((r) => [r.tag, r.draft, r.assets[0]!.digest])).toEqual([
      ["model/churn/v1.0.0", false, `sha256:${first.model.sha256}`],
      ["model/churn/v1.0.0", true, `sha256:${second.model.sha256}`],
    ]);
    await store.deleteRelease(second.draft);
    expect(state().map((r) => [r.tag, r.draft])).toEqual([["model/churn/v1.0.0", false]]);
  });

  it("two drafts of one tag published at the same moment: exactly one is published, the other is VersionTaken", async () => {
    const a = registry();
    const b = registry();
    const [x, y] = await Promise.all([filled(a, "2.0.0"), filled(b, "2.0.0")]);
    gh.hold({ method: "PATCH", path: /\/releases\/\d+$/ }, 2);
    const results = await Promise.allSettled([a.publish(x.draft), b.publish(y.draft)]);
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r) => r.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect((lost[0] as PromiseRejectedResult).reason).toBeInstanceOf(VersionTaken);
    const winner = (won[0] as PromiseFulfilledResult<ReleaseRecord>).value;
    const loser = winner.id === x.draft.id ? y : x;
    await (winner.id === x.draft.id ? b : a).deleteRelease(loser.draft);
    const model = winner.id === x.draft.id ? x.model : y.model;
    expect(state()).toEqual([
      {
        tag: "model/churn/v2.0.0",
        draft: false,
        target: COMMIT,
        assets: [{ name: "model.onnx", state: "uploaded", size: model.size, digest: `sha256:${model.sha256}` }],
      },
    ]);
    expect((await a.releases("churn")).map((r) => [r.id, r.draft])).toEqual([[winner.id, false]]);
  });

  it("with immutable releases on, GitHub itself refuses to change a published release's files", async () => {
    await gh.close();
    gh = await startFakeGithub({ immutableReleases: [FULL] });
    gh.addToken("ghs_installation", { kind: "installation" });
    const store = registry();
    const { draft } = await filled(store, "1.0.0");
    await store.publish(draft);
    const octokit = githubApiAt(gh.url, "ghs_installation").octokit(() => {});
    const assetId = gh.releases(FULL)[0]!.assets[0]!.id;
    await expect(
      octokit.rest.repos.deleteReleaseAsset({ owner: OWNER, repo: REPO, asset_id: assetId }),
    ).rejects.toMatchObject({
      status: 422,
    });
    expect(gh.releases(FULL)[0]).toMatchObject({ immutable: true, draft: false });
    expect(gh.releases(FULL)[0]!.assets.map((a) => a.name)).toEqual(["model.onnx"]);
  });
});

describe("downloads", () => {
  it("streams an asset to a file through GitHub's redirect, without sending the token to the file store", async () => {
    const store = registry();
    const draft = await draftOf(store, "1.0.0");
    const model = await file("model.onnx", Buffer.alloc(200_000, 3));
    await store.uploadAsset(draft, model);
    const to = join(dir, "pulled.onnx");
    await store.download(draft, "model.onnx", to);
    expect(sha256(await readFile(to))).toBe(model.sha256);
    const get = gh.requests.find((r) => r.path.startsWith(`/repos/${FULL}/releases/assets/`))!;
    expect(get.headers.accept).toBe("application/octet-stream");
    // The file store refuses a request carrying the token (as GitHub's does): this one passed.
    expect(gh.blobRequests).toEqual([`GET /release-assets/${gh.releases(FULL)[0]!.assets[0]!.id}?sig=fake`]);
  });

  it("hands over what the store serves, corrupted or not (the caller verifies); a missing file is one line", async () => {
    const store = registry();
    const draft = await draftOf(store, "1.0.0");
    await store.uploadAsset(draft, await file("model.onnx", "good bytes"));
    await gh.corruptAsset(gh.releases(FULL)[0]!.assets[0]!, Buffer.from("evil bytes"));
    const to = join(dir, "pulled.onnx");
    await store.download(draft, "model.onnx", to);
    expect(await readFile(to, "utf8")).toBe("evil bytes");
    const missing = await store.download(draft, "card.md", join(dir, "card.md")).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(InputError);
    expect((missing as Error).message).toBe("model/churn/v1.0.0 has no file card.md in GitHub Releases of octo/models");
  });
});

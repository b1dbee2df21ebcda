// The GitLab registry through the real @gitbeaker/rest client against the fake GitLab, driven by the real publish
// of src/core/registry on the real gated model of test/fixtures: files streamed into the generic package registry,
// verified by GitLab's own sha256, released with package links; interrupted, re-run, raced. Each test asserts the
// exact final state of packages, files, releases and links.
import { createHash, randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { utimes, writeFile } from "node:fs/promises";

import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";

import { InputError } from "../../../src/core/errors.js";
import { publish } from "../../../src/core/registry/publish.js";
import { VersionTaken } from "../../../src/core/registry/store.js";
import { type Gated, gatedModel } from "../../core/registry/registryFixture.js";
import { type FakeGitlab, startFakeGitlab } from "../../fakes/gitlabServer.js";
import {
  commit,
  filesOf,
  HEAD,
  linksFor,
  packagesOf,
  planOn,
  PROJECT,
  releasesOf,
  seed,
  storeAt,
} from "./gitlabRegistryHarness.js";

const TAG = "model/cancer/v1.0.0";
let g: Gated;
let fake: FakeGitlab;
let said: string[];
const say = (line: string) => void said.push(line);
const sha = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");
const calls = (method: string, path: RegExp) => fake.requests.filter((r) => r.method === method && path.test(r.path));

beforeAll(async () => {
  g = await gatedModel("gitlab-registry");
});
afterAll(() => g.tmp.remove());
beforeEach(async () => {
  fake = await startFakeGitlab();
  seed(fake);
  said = [];
});
afterEach(async () => {
  expect(fake.violations).toEqual([]);
  await fake.close();
});

describe("uploading a file to the generic package registry", () => {
  it("streams it as the raw request body; GitLab's file_sha256 is the file's sha256", async () => {
    const file = g.tmp.file("big.bin");
    await writeFile(file, randomBytes(3 * 1024 * 1024));
    const store = storeAt(fake, say);
    const draft = await store.createDraft({ name: "big", version: "1.0.0", tag: "model/big/v1.0.0", notes: "n" });
    const stored = await store.uploadAsset(draft, { name: "model.onnx", path: file, sha256: sha(file), size: 3 << 20 });
    expect(stored).toEqual({ name: "model.onnx", size: 3 << 20, sha256: sha(file), complete: true });
    expect(packagesOf(fake)).toEqual([{ name: "big", version: "1.0.0", files: [["model.onnx", sha(file)]] }]);
    const [put] = calls("PUT", /\/packages\/generic\//);
    expect(put!.path).toBe("/projects/42/packages/generic/big/1.0.0/model.onnx");
    expect(put!.query).toEqual({ select: "package_file" });
    expect(put!.headers).toMatchObject({
      "content-type": "application/octet-stream",
      "content-length": String(3 << 20),
    });
    expect(put!.headers["job-token"]).toBe("[redacted]");
    // Arrived in pieces as it was read, not as one buffer.
    expect(put!.body).toMatchObject({ streamed: 3 << 20, chunks: expect.any(Number) });
    expect((put!.body as { chunks: number }).chunks).toBeGreaterThan(4);
    expect((await store.releases("big")).map((r) => [r.tag, r.draft, r.assets])).toEqual([
      ["model/big/v1.0.0", true, [stored]],
    ]);
  });

  it("reads the file from disk as it sends it: a file changed midway is refused, stored nowhere, not retried", async () => {
    const file = g.tmp.file("changing.bin");
    await writeFile(file, randomBytes(8 * 1024 * 1024));
    const store = storeAt(fake, say);
    const draft = await store.createDraft({ name: "big", version: "1.0.0", tag: "model/big/v1.0.0", notes: "n" });
    const want = { name: "model.onnx", path: file, sha256: sha(file), size: 8 << 20 };
    fake.registry.onUploadChunk = async () => {
      fake.registry.onUploadChunk = null;
      // Rewritten while the first bytes are on the wire: a client holding the whole file would not notice.
      await writeFile(file, randomBytes(8 * 1024 * 1024));
      await utimes(file, new Date("2001-01-01"), new Date("2001-01-01"));
    };
    const e = await store.uploadAsset(draft, want).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(InputError);
    expect((e as Error).message).toBe(
      `${file}: changed on disk while it was being uploaded: nothing was stored; run again`,
    );
    expect(calls("PUT", /\/packages\/generic\//)).toHaveLength(1);
    expect(packagesOf(fake)).toEqual([]);
  });
});

describe("publishing a version", () => {
  it("creates the release at the commit with package links; a re-run finds it published and changes nothing", async () => {
    const store = storeAt(fake, say);
    const out = await publish(store, await planOn(store, g, { version: "1.0.0" }));
    expect(out.status).toBe("published");
    const files = filesOf(out.manifest);
    expect(files.map(([n]) => n)).toEqual(["evaluation.json", "gate.json", "manifest.json", "model.onnx"]);
    expect(files.find(([n]) => n === "model.onnx")![1]).toBe(sha(g.model));
    const final = {
      packages: [{ name: "cancer", version: "1.0.0", files: expect.arrayContaining(files) }],
      releases: [
        { tag: TAG, sha: HEAD, name: "cancer 1.0.0", author: "alice", links: linksFor(fake, "cancer", "1.0.0", files) },
      ],
    };
    expect({ packages: packagesOf(fake), releases: releasesOf(fake) }).toEqual(final);
    expect(packagesOf(fake)[0]!.files).toHaveLength(4);
    const r = fake.projects.get(PROJECT)!.registry;
    expect([...r.tags]).toEqual([[TAG, HEAD]]);
    expect(r.releases[0]!.description).toMatch(
      /^cancer 1\.0\.0: model sha256 [0-9a-f]{64}, commit a{40}\. Published by modelgate/,
    );

    const [listed] = await storeAt(fake).releases("cancer");
    expect(listed).toMatchObject({
      id: TAG,
      tag: TAG,
      version: "1.0.0",
      draft: false,
      publishedAt: expect.any(String),
    });
    expect(listed!.url).toBe(`${fake.url}/${PROJECT}/-/releases/${encodeURIComponent(TAG)}`);
    expect(listed!.assets.map((a) => [a.name, a.sha256, a.complete]).sort()).toEqual(
      files.map(([n, s]) => [n, s, true]),
    );
    const to = g.tmp.file("pulled.onnx");
    await storeAt(fake).download(listed!, "model.onnx", to);
    expect(sha(to)).toBe(sha(g.model));

    const writes = () => fake.requests.filter((x) => x.method !== "GET").length;
    const before = writes();
    const again = storeAt(fake, say);
    const rerun = await publish(again, await planOn(again, g, { version: "1.0.0" }));
    expect(rerun.status).toBe("already-published");
    expect(writes()).toBe(before);
    expect({ packages: packagesOf(fake), releases: releasesOf(fake) }).toEqual(final);
  });

  it("an upload cut midway is retried; cut every time, the run stops, and the re-run completes the draft", async () => {
    fake.fault({ method: "PUT", path: "/model.onnx" }, { cutBodyAfter: 500 }, 4);
    const first = storeAt(fake, say);
    const plan = await planOn(first, g, { version: "1.0.0" });
    await expect(publish(first, plan)).rejects.toThrow(
      /^GitLab PUT \/projects\/42\/packages\/generic\/cancer\/1\.0\.0\/model\.onnx: the connection was lost \(.+\), 4 times in a row/,
    );
    expect(said.filter((l) => l.includes("model.onnx: the connection was lost"))).toHaveLength(3);
    // The interrupted publish: a draft (the package) holding the manifest, and no release.
    const manifestOnly = [
      { name: "cancer", version: "1.0.0", files: [["manifest.json", filesOf(plan.manifest)[2]![1]]] },
    ];
    expect(packagesOf(fake)).toEqual(manifestOnly);
    expect(releasesOf(fake)).toEqual([]);
    expect((await storeAt(fake).releases("cancer")).map((r) => [r.tag, r.draft])).toEqual([[TAG, true]]);

    const again = storeAt(fake, say);
    const out = await publish(again, await planOn(again, g, { version: "1.0.0" }));
    expect(out.status).toBe("published");
    expect(out.log.slice(0, 2)).toEqual([
      `completing the interrupted draft of ${TAG}`,
      "kept manifest.json (uploaded before, verified)",
    ]);
    const files = filesOf(out.manifest);
    expect(packagesOf(fake)).toEqual([{ name: "cancer", version: "1.0.0", files: expect.arrayContaining(files) }]);
    expect(packagesOf(fake)[0]!.files).toHaveLength(4);
    expect(releasesOf(fake)).toEqual([
      { tag: TAG, sha: HEAD, name: "cancer 1.0.0", author: "alice", links: linksFor(fake, "cancer", "1.0.0", files) },
    ]);
  });

  it("a second copy left by a retried upload (GitLab stored it, the answer was lost) is removed on publishing", async () => {
    fake.fault({ method: "PUT", path: "/gate.json" }, { drop: "after" });
    const store = storeAt(fake, say);
    const out = await publish(store, await planOn(store, g, { version: "1.0.0" }));
    expect(out.status).toBe("published");
    expect(calls("PUT", /\/gate\.json$/)).toHaveLength(2);
    const removed = said.filter((l) => l.startsWith("removed "));
    expect(removed).toEqual([
      expect.stringMatching(
        /^removed gate\.json \(file \d+\) from cancer\/1\.0\.0: not a file of model\/cancer\/v1\.0\.0$/,
      ),
    ]);
    const files = filesOf(out.manifest);
    expect(packagesOf(fake)[0]!.files).toHaveLength(4);
    expect(packagesOf(fake)[0]!.files).toEqual(expect.arrayContaining(files));
    // The copy kept is the first one stored: what every party tidying would keep.
    const gates = fake.requests.filter((r) => r.method === "PUT" && r.path.endsWith("/gate.json"));
    expect(gates.map((r) => r.status)).toEqual([200, 200]);
    expect(releasesOf(fake)[0]!.links).toEqual(linksFor(fake, "cancer", "1.0.0", files));
  });

  it("a version published with another model is VersionTaken, and nothing is uploaded to it", async () => {
    const a = storeAt(fake, say);
    const first = await publish(a, await planOn(a, g, { version: "1.0.0" }));
    const state = { packages: packagesOf(fake), releases: releasesOf(fake) };
    const puts = calls("PUT", /./).length;
    const b = storeAt(fake, say);
    const e = await publish(b, await planOn(b, g, { ...commit("b"), version: "1.0.0" })).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(VersionTaken);
    expect((e as Error).message).toBe(
      `${TAG} is already published (it holds this model, published from commit ${"a".repeat(40)}, not ${"b".repeat(40)})`,
    );
    await expect(b.createDraft({ name: "cancer", version: "1.0.0", tag: TAG, notes: "" })).rejects.toBeInstanceOf(
      VersionTaken,
    );
    const draftOfB = { id: TAG, name: "cancer", version: "1.0.0", tag: TAG, draft: true, assets: [] };
    await expect(
      b.uploadAsset(draftOfB, { name: "x.json", path: g.gate, sha256: sha(g.gate), size: 1 }),
    ).rejects.toBeInstanceOf(VersionTaken);
    await expect(b.publish(draftOfB)).rejects.toBeInstanceOf(VersionTaken);
    expect(calls("PUT", /./)).toHaveLength(puts);
    expect({ packages: packagesOf(fake), releases: releasesOf(fake) }).toEqual(state);
    expect(first.status).toBe("published");
  });

  it("removing an interrupted draft removes its package version; removing a published one, its release too", async () => {
    fake.fault({ method: "PUT", path: "/model.onnx" }, { cutBodyAfter: 100 }, 4);
    const first = storeAt(fake, say);
    await expect(publish(first, await planOn(first, g, { version: "1.0.0" }))).rejects.toThrow(/4 times in a row/);
    const store = storeAt(fake);
    const [draft] = await store.releases("cancer");
    expect(draft).toMatchObject({ tag: TAG, draft: true });
    await store.deleteRelease(draft!);
    expect(packagesOf(fake)).toEqual([]);
    expect(await store.releases("cancer")).toEqual([]);

    const again = storeAt(fake, say);
    await publish(again, await planOn(again, g, { version: "1.0.0" }));
    const [published] = await again.releases("cancer");
    await storeAt(fake).deleteRelease(published!);
    expect({ packages: packagesOf(fake), releases: releasesOf(fake) }).toEqual({ packages: [], releases: [] });
    // GitLab deletes a release, never its tag.
    expect([...fake.projects.get(PROJECT)!.registry.tags.keys()]).toEqual([TAG]);
  });
});

describe("two publishers of one version at once", () => {
  for (const race of [false, true])
    it(`exactly one release holding exactly the winner's files; the loser gets VersionTaken${race ? " (GitLab's unique index answers 400)" : ""}`, async () => {
      fake.projects.get(PROJECT)!.registry.releaseInsertRace = race;
      // Both ask GitLab to create the release at the same instant.
      fake.hold({ method: "POST", path: /\/releases$/ }, 2);
      const [sa, sb] = [storeAt(fake, say), storeAt(fake, say)];
      const [a, b] = await Promise.all([
        planOn(sa, g, { version: "1.0.0" }),
        planOn(sb, g, { ...commit("b"), version: "1.0.0" }),
      ]);
      const results = await Promise.allSettled([publish(sa, a), publish(sb, b)]);
      const won = results.flatMap((r) => (r.status === "fulfilled" ? [r.value] : []));
      const lost = results.flatMap((r) => (r.status === "rejected" ? [r.reason as Error] : []));
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(1);
      expect(lost[0]).toBeInstanceOf(VersionTaken);
      expect(
        calls("POST", /\/releases$/)
          .map((r) => r.status)
          .sort(),
      ).toEqual([201, race ? 400 : 409]);
      const files = filesOf(won[0]!.manifest);
      expect(packagesOf(fake)).toEqual([{ name: "cancer", version: "1.0.0", files: expect.arrayContaining(files) }]);
      expect(packagesOf(fake)[0]!.files).toHaveLength(4);
      expect(releasesOf(fake)).toEqual([
        { tag: TAG, sha: HEAD, name: "cancer 1.0.0", author: "alice", links: linksFor(fake, "cancer", "1.0.0", files) },
      ]);
      const [listed] = await storeAt(fake).releases("cancer");
      const to = g.tmp.file(`manifest-${race}.json`);
      await storeAt(fake).download(listed!, "manifest.json", to);
      expect(JSON.parse(readFileSync(to, "utf8"))).toEqual(JSON.parse(JSON.stringify(won[0]!.manifest)));
    });

  it("with auto and on_conflict next: the loser publishes the next version; each package holds its own files", async () => {
    fake.hold({ method: "POST", path: /\/releases$/ }, 2);
    const [sa, sb] = [storeAt(fake, say), storeAt(fake, say)];
    const [a, b] = await Promise.all([planOn(sa, g), planOn(sb, g, commit("b"))]);
    expect([a.version, b.version]).toEqual(["0.0.1", "0.0.1"]);
    const outcomes = await Promise.all([
      publish(sa, a, { onConflict: "next" }),
      publish(sb, b, { onConflict: "next" }),
    ]);
    const byVersion = outcomes.sort((x, y) => x.release.version.localeCompare(y.release.version));
    expect(byVersion.map((o) => o.release.version)).toEqual(["0.0.1", "0.0.2"]);
    expect(
      packagesOf(fake)
        .map((p) => p.version)
        .sort(),
    ).toEqual(["0.0.1", "0.0.2"]);
    for (const o of byVersion) {
      const pkg = packagesOf(fake).find((p) => p.version === o.release.version)!;
      expect(pkg.files).toHaveLength(4);
      expect(pkg.files).toEqual(expect.arrayContaining(filesOf(o.manifest)));
    }
    expect(releasesOf(fake).map((r) => [r.tag, r.links])).toEqual(
      byVersion.map((o) => [o.release.tag, linksFor(fake, "cancer", o.release.version, filesOf(o.manifest))]),
    );
  });
});

describe("downloading", () => {
  it("a download cut midway is retried; cut every time, it fails and leaves no file", async () => {
    const store = storeAt(fake, say);
    await publish(store, await planOn(store, g, { version: "1.0.0" }));
    const [release] = await store.releases("cancer");
    fake.fault({ method: "GET", path: "/generic/cancer/1.0.0/model.onnx" }, { cutBodyAfter: 100 });
    const to = g.tmp.file("once.onnx");
    await store.download(release!, "model.onnx", to);
    expect(sha(to)).toBe(sha(g.model));
    fake.fault({ method: "GET", path: "/generic/cancer/1.0.0/model.onnx" }, { cutBodyAfter: 100 }, 4);
    const gone = g.tmp.file("never.onnx");
    await expect(store.download(release!, "model.onnx", gone)).rejects.toThrow(/4 times in a row/);
    expect(existsSync(gone)).toBe(false);
  });
});

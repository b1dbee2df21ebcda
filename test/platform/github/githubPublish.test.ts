// Core's publish (src/core/registry/publish.ts) carried out on GitHub Releases: the files the real evaluate and gate
// commands made, published through the GitHub registry and the real octokit against the fake GitHub (requests checked
// against GitHub's OpenAPI description). Publish, re-run, an upload cut off then a re-run, two publishers at once;
// each asserting the releases and assets the fake holds at the end.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";

import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";

import { publish } from "../../../src/core/registry/publish.js";
import { planPublish, type PublishPlan } from "../../../src/core/registry/publishPlan.js";
import { VersionTaken } from "../../../src/core/registry/store.js";
import { GithubRegistry } from "../../../src/platform/github/githubRegistry.js";
import { type Gated, gatedModel, request } from "../../core/registry/registryFixture.js";
import { type FakeGithub, startFakeGithub } from "../../fakes/githubServer.js";
import { githubApiAt } from "../platformHarness.js";

const OWNER = "octo";
const REPO = "models";
const FULL = `${OWNER}/${REPO}`;
let g: Gated;
let gh: FakeGithub;

beforeAll(async () => {
  g = await gatedModel("github-publish");
});
afterAll(() => g.tmp.remove());
beforeEach(async () => {
  gh = await startFakeGithub();
  gh.addToken("ghs_installation", { kind: "installation" });
});
afterEach(async () => {
  expect(gh.violations).toEqual([]);
  await gh.close();
});

const sha = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");
const registry = (commit = "a".repeat(40)) =>
  new GithubRegistry(
    githubApiAt(gh.url, "ghs_installation").octokit(() => {}),
    { owner: OWNER, repo: REPO, commit },
  );

async function plan(store: GithubRegistry, o: Parameters<typeof request>[1] = {}): Promise<PublishPlan> {
  const planned = await planPublish(store, request(g, o));
  if (planned.status !== "ready") throw new Error(planned.reason);
  return planned.plan;
}

/** The releases the fake holds: tag, draft, target, and each asset's name, state and digest, in upload order. */
const releases = () =>
  gh.releases(FULL).map((r) => ({
    tag: r.tag,
    draft: r.draft,
    target: r.target,
    assets: r.assets.map((a) => [a.name, a.state, a.digest]),
  }));

/** The assets of a publish of the gated model, as GitHub holds them; the manifest's digest is whatever it holds. */
const published = (manifest: string) => [
  ["manifest.json", "uploaded", `sha256:${manifest}`],
  ["model.onnx", "uploaded", `sha256:${sha(g.model)}`],
  ["evaluation.json", "uploaded", `sha256:${sha(g.evaluation)}`],
  ["gate.json", "uploaded", `sha256:${sha(g.gate)}`],
];

describe("core's publish on GitHub Releases", () => {
  it("publishes the gated model; a re-run reports it already published and creates nothing", async () => {
    const store = registry();
    const first = await publish(store, await plan(store));
    expect(first.status).toBe("published");
    expect(first.release).toMatchObject({ tag: "model/cancer/v0.0.1", draft: false });
    const manifestDigest = gh.releases(FULL)[0]!.assets[0]!.digest!.slice("sha256:".length);
    expect(JSON.parse((await gh.assetBytes(gh.releases(FULL)[0]!.assets[0]!)).toString("utf8"))).toEqual(
      first.manifest,
    );
    expect(releases()).toEqual([
      { tag: "model/cancer/v0.0.1", draft: false, target: "a".repeat(40), assets: published(manifestDigest) },
    ]);

    const writes = gh.requests.filter((r) => r.method !== "GET").length;
    const again = await plan(store);
    expect(again.existing).toEqual({ state: "already-published", version: "0.0.1" });
    const second = await publish(store, again);
    expect(second.status).toBe("already-published");
    expect(second.log).toEqual([
      `model/cancer/v0.0.1 is already published with this model (${sha(g.model).slice(0, 12)}…)`,
    ]);
    expect(gh.requests.filter((r) => r.method !== "GET").length).toBe(writes);
    expect(releases()).toEqual([
      { tag: "model/cancer/v0.0.1", draft: false, target: "a".repeat(40), assets: published(manifestDigest) },
    ]);
  });

  it("an upload cut off leaves a draft with a `starter` model; the re-run removes it, uploads it again, publishes", async () => {
    const store = registry();
    const p = await plan(store);
    // The model's upload (after the manifest's) is cut off on every attempt of the first run.
    let uploads = 0;
    const steps: string[] = [];
    const run = publish(store, p, {
      onStep: (s) => {
        steps.push(s);
        if (s.startsWith("uploaded manifest.json") && uploads++ === 0) gh.failUpload("midway", 3);
      },
    });
    await expect(run).rejects.toThrow(/ECONNRESET|EPIPE|socket|closed/i);
    expect(steps.at(-1)).toMatch(/^stopped: .*\(the draft stays; run publish again to complete it\)$/);
    expect(releases()).toEqual([
      {
        tag: "model/cancer/v0.0.1",
        draft: true,
        target: "a".repeat(40),
        assets: [
          ["manifest.json", "uploaded", expect.stringMatching(/^sha256:[0-9a-f]{64}$/)],
          ["model.onnx", "starter", null],
        ],
      },
    ]);

    const again = await plan(store);
    expect(again.existing).toEqual({ state: "draft", version: "0.0.1" });
    const outcome = await publish(store, again);
    expect(outcome.status).toBe("published");
    expect(outcome.log).toEqual(
      expect.arrayContaining([
        "completing the interrupted draft of model/cancer/v0.0.1",
        "removed model.onnx (its upload never finished)",
      ]),
    );
    const manifestDigest = gh.releases(FULL)[0]!.assets[0]!.digest!.slice("sha256:".length);
    expect(releases()).toEqual([
      { tag: "model/cancer/v0.0.1", draft: false, target: "a".repeat(40), assets: published(manifestDigest) },
    ]);
  });

  it("two publishers of one version from different commits: exactly one release, the loser's draft removed", async () => {
    const a = registry("a".repeat(40));
    const b = registry("b".repeat(40));
    const [pa, pb] = [
      await plan(a, { version: "1.0.0" }),
      await plan(b, { version: "1.0.0", git: { commit: "b".repeat(40), branch: "main" } }),
    ];
    // Both create their draft before either publishes.
    gh.hold({ method: "POST", path: `/repos/${FULL}/releases` }, 2);
    const results = await Promise.allSettled([publish(a, pa), publish(b, pb)]);
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r) => r.status === "rejected") as PromiseRejectedResult[];
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]!.reason).toBeInstanceOf(VersionTaken);
    const winner = results[0]!.status === "fulfilled" ? "a" : "b";
    expect(releases()).toEqual([
      {
        tag: "model/cancer/v1.0.0",
        draft: false,
        target: winner.repeat(40),
        assets: published(gh.releases(FULL)[0]!.assets[0]!.digest!.slice("sha256:".length)),
      },
    ]);
  });
});

// `modelgate verify --attestation` end to end: the gated model published through the GitHub platform to the fake
// GitHub (the real octokit, every request and the attestations response checked against GitHub's OpenAPI
// description), then verified with the repository's build-provenance attestations as actions/attest-build-provenance
// stores them. One naming the model passes; one of another digest, or of another predicate, fails (exit 1); without
// the flag nothing asks for attestations; on a local registry the flag is a usage error (exit 2, one line).
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { runCommand } from "../../src/commands/run.js";
import { verifyRelease } from "../../src/core/registry/verify.js";
import { GithubPlatform } from "../../src/platform/github/githubPlatform.js";
import { LocalRegistry } from "../../src/platform/local/localRegistry.js";
import { type Gated, gatedModel } from "../core/registry/registryFixture.js";
import { provenanceStatement } from "../fakes/githubAttestations.js";
import { type FakeGithub, startFakeGithub } from "../fakes/githubServer.js";
import { loadGithubOpenApi } from "../fakes/openapiValidator.js";
import { githubApiAt } from "../platform/platformHarness.js";
import { inputErrorOf, runCli, Sink } from "../support.js";

const REPO = "octo/models";
const LIST = "/repos/{owner}/{repo}/attestations/{subject_digest}";
let g: Gated;
let modelSha: string;
const OTHER = "cd".repeat(32);

beforeAll(async () => {
  g = await gatedModel("cmd-verify-attestation");
  modelSha = createHash("sha256").update(readFileSync(g.model)).digest("hex");
});
afterAll(() => g.tmp.remove());

/** A fake GitHub holding model/cancer/v0.0.1, published by the publish command through the GitHub platform. */
async function publishedOnGithub() {
  const gh = await startFakeGithub();
  gh.addToken("ghs_installation", { kind: "installation" });
  const log = new Sink();
  const platform = new GithubPlatform(
    { GITHUB_ACTIONS: "true", GITHUB_REPOSITORY: REPO, GITHUB_RUN_ID: "4242", GITHUB_SHA: "e".repeat(40) },
    githubApiAt(gh.url, "ghs_installation"),
    { out: log.write, err: log.write },
  );
  const io = { cwd: g.tmp.path, json: false, stderr: log.write, platform, version: "1.2.3" };
  const published = new Sink();
  if ((await runCommand("publish", { name: "cancer", model: "model.onnx" }, { ...io, stdout: published.write })) !== 0)
    throw new Error(`publish failed: ${published.text}${log.text}`);
  /** `modelgate verify cancer@0.0.1` (with --attestation unless told otherwise): its exit code and its lines. */
  const verify = async (attestation = true) => {
    const out = new Sink();
    const code = await runCommand("verify", { ref: "cancer@0.0.1", attestation }, { ...io, stdout: out.write });
    return { code, lines: out.lines };
  };
  const asked = () => gh.requests.filter((r) => r.operation === LIST);
  return { gh, verify, asked };
}

const close = async (gh: FakeGithub) => {
  expect(gh.violations).toEqual([]);
  await gh.close();
};

describe("verify --attestation on GitHub (the fake GitHub, the real octokit)", () => {
  it("passes with a provenance attestation of the model's sha256, and says what it did not check", async () => {
    const { gh, verify, asked } = await publishedOnGithub();
    try {
      gh.addAttestation(REPO, { statement: provenanceStatement({ sha256: [modelSha] }) });
      const r = await verify();
      expect(r.code).toBe(0);
      expect(r.lines[0]).toBe("verified: model/cancer/v0.0.1");
      expect(r.lines.at(-1)).toBe(
        `  ✓ attestation: a SLSA provenance statement names the model's sha256 ${modelSha.slice(0, 12)}… (built by ` +
          ".github/workflows/modelgate-model-release.yml of octo/models); its subject and predicate type were " +
          "checked, NOT its Sigstore signature: run `gh attestation verify model.onnx --repo octo/models` for that",
      );
      // octokit sends the digest's colon as %3A, which GitHub reads as the colon.
      expect(asked().map((q) => decodeURIComponent(q.path))).toEqual([
        `/repos/${REPO}/attestations/sha256:${modelSha}`,
      ]);
    } finally {
      await close(gh);
    }
  });

  it("fails (exit 1) with an attestation of another digest only, then with one of another predicate", async () => {
    const { gh, verify } = await publishedOnGithub();
    try {
      gh.addAttestation(REPO, { statement: provenanceStatement({ sha256: [OTHER] }) });
      const none = await verify();
      expect(none.code).toBe(1);
      expect(none.lines[0]).toBe("NOT verified: model/cancer/v0.0.1");
      expect(none.lines.at(-1)).toBe(
        `  ✗ attestation: no attestation of the model's sha256 ${modelSha.slice(0, 12)}… (asked of GitHub Releases of ${REPO})`,
      );
      // Every other check still holds: only the attestation failed.
      expect(none.lines.filter((l) => l.startsWith("  ✗"))).toHaveLength(1);

      gh.addAttestation(REPO, {
        statement: provenanceStatement({ sha256: [modelSha], predicateType: "https://spdx.dev/Document/v2.3" }),
      });
      const sbom = await verify();
      expect(sbom.code).toBe(1);
      expect(sbom.lines.at(-1)).toBe(
        `  ✗ attestation: none of the 1 attestations of the model's sha256 ${modelSha.slice(0, 12)}… (asked of ` +
          `GitHub Releases of ${REPO}) is SLSA provenance of it: 1: its predicate is https://spdx.dev/Document/v2.3, ` +
          "not SLSA provenance v1",
      );
    } finally {
      await close(gh);
    }
  });

  it("without the flag asks GitHub for no attestation and prints no attestation line", async () => {
    const { gh, verify, asked } = await publishedOnGithub();
    try {
      const r = await verify(false);
      expect(r.code).toBe(0);
      expect(r.lines.some((l) => l.includes("attestation"))).toBe(false);
      expect(asked()).toEqual([]);
    } finally {
      await close(gh);
    }
  });

  it("reads every page of attestations (cursor paging), the response as GitHub's description has it", async () => {
    const { gh, verify, asked } = await publishedOnGithub();
    try {
      // 100 SBOM attestations first: the provenance one is on the second page.
      for (let i = 0; i < 100; i++)
        gh.addAttestation(REPO, {
          statement: provenanceStatement({ sha256: [modelSha], predicateType: "https://spdx.dev/Document/v2.3" }),
        });
      gh.addAttestation(REPO, { statement: provenanceStatement({ sha256: [modelSha] }) });
      const r = await verify();
      expect(r.code).toBe(0);
      expect(asked().map((q) => q.query)).toEqual([
        { per_page: "100" },
        { per_page: "100", after: expect.any(String) as unknown as string },
      ]);

      const octokit = githubApiAt(gh.url, "ghs_installation").octokit(() => {});
      const page = await octokit.rest.repos.listAttestations({
        owner: "octo",
        repo: "models",
        subject_digest: `sha256:${modelSha}`,
        per_page: 2,
      });
      expect(page.data.attestations).toHaveLength(2);
      expect((await loadGithubOpenApi()).validateResponse("GET", LIST, 200, page.data)).toEqual([]);
    } finally {
      await close(gh);
    }
  });
});

describe("verify --attestation where there are no attestations", () => {
  it("a local registry holding the version: exit 2, one line", async () => {
    const published = await runCli(g.tmp.path, [
      "publish",
      "--name",
      "cancer",
      "--model",
      "model.onnx",
      "--registry",
      "local:reg",
    ]);
    expect(published.code).toBe(0);
    expect((await runCli(g.tmp.path, ["verify", "cancer@0.0.1", "--registry", "local:reg"])).code).toBe(0);
    const r = await runCli(g.tmp.path, ["verify", "cancer@0.0.1", "--attestation", "--registry", "local:reg"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(
      "modelgate: attestations are GitHub's: --attestation needs --registry github (this registry is local folder reg)\n",
    );
  });

  it("the core's `check` looks only where the store keeps attestations; `require` refuses a store without", async () => {
    const store = new LocalRegistry(g.tmp.file("reg-none"));
    const err = await inputErrorOf(() => verifyRelease(store, "cancer@0.0.1", { attestation: "require" }));
    expect(err.message).toMatch(/^attestations are GitHub's: --attestation needs --registry github/);
    // `check` gets as far as the version (none here), not stopped for the missing attestations.
    const missing = await inputErrorOf(() => verifyRelease(store, "cancer@0.0.1", { attestation: "check" }));
    expect(missing.message).toMatch(/^model\/cancer\/v0\.0\.1 is not a published version in /);
  });
});

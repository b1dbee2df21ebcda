// `modelgate publish` end to end: the CLI in-process on a local registry folder (the model, holdout, evaluation and
// gate made by the real evaluate and gate commands), the command through runCommand with an in-memory platform whose
// hosted registry records an approval, and through the GitHub platform against the fake GitHub. Each asserts what the
// registry holds at the end: the exact files of the release and the manifest's lineage.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { copyFile, mkdir, readFile, writeFile } from "node:fs/promises";
import { userInfo } from "node:os";
import { join } from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { runCommand } from "../../src/commands/run.js";
import { InputError } from "../../src/core/errors.js";
import { type Manifest, manifestSchema } from "../../src/core/registry/manifest.js";
import type { Approval } from "../../src/core/registry/store.js";
import { GithubPlatform } from "../../src/platform/github/githubPlatform.js";
import { LocalRegistry } from "../../src/platform/local/localRegistry.js";
import { type Gated, gatedModel, tree } from "../core/registry/registryFixture.js";
import { startFakeGithub } from "../fakes/githubServer.js";
import { MemoryPlatform } from "../memoryPlatform.js";
import { githubApiAt } from "../platform/platformHarness.js";
import { runCli, Sink } from "../support.js";

let g: Gated;
const cwd = () => g.tmp.path;
const cli = (argv: string[]) => runCli(cwd(), argv);

const sha = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");
const short = (file: string) => `${sha(file).slice(0, 12)}…`;
const manifestOf = (dir: string): Manifest =>
  manifestSchema.parse(JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8")));

/** A run.json of a training run at `commit`: publishing it makes the same model another identity, so a new version. */
async function runJson(file: string, commit: string): Promise<void> {
  const record = {
    kind: "modelgate.run",
    version: 1,
    command: "node train.mjs",
    exit_code: 0,
    timed_out: false,
    started_at: "2026-01-01T00:00:00.000Z",
    duration_s: 1.5,
    params: { c: 1 },
    metrics: {},
    artifacts: [],
    data: [{ path: "train.csv", sha256: "1".repeat(64), bytes: 10 }],
    git: { commit, branch: "main" },
    ci_run_url: null,
    tools: { node: process.version },
  };
  await writeFile(g.tmp.file(file), `${JSON.stringify(record)}\n`);
}

/** A copy of `from` with the byte in its middle flipped: same size, another sha256. */
async function flipped(from: string, to: string): Promise<void> {
  const bytes = await readFile(from);
  const i = bytes.length >> 1;
  bytes[i] = bytes[i]! ^ 0xff;
  await writeFile(to, bytes);
}

/** A working folder holding copies of the gated files, for a modelgate.yml of its own. */
async function workspace(name: string, config: string): Promise<string> {
  const dir = g.tmp.file(name);
  await mkdir(dir);
  for (const f of ["model.onnx", "holdout.csv", "evaluation.json", "gate.json"])
    await copyFile(g.tmp.file(f), join(dir, f));
  await writeFile(join(dir, "modelgate.yml"), config);
  return dir;
}

const RELEASE_FILES = ["evaluation.json", "gate.json", "manifest.json", "model.onnx"];
const inRelease = (version: string, files = RELEASE_FILES) =>
  [".release.json", ...files].map((f) => `cancer/${version}/${f}`).sort();

beforeAll(async () => {
  g = await gatedModel("cmd-publish");
  await runJson("run-a.json", "a".repeat(40));
  await runJson("run-b.json", "b".repeat(40));
  await runJson("run-c.json", "c".repeat(40));
  await flipped(g.model, g.tmp.file("tampered.onnx"));
  await flipped(g.holdout, g.tmp.file("other-holdout.csv"));
});
afterAll(() => g.tmp.remove());

describe("publish to a local registry", () => {
  it("publishes exactly the gated files with a manifest of their sha256s and the run's lineage", async () => {
    const r = await cli([
      "publish",
      "--name",
      "cancer",
      "--model",
      "model.onnx",
      "--holdout",
      "holdout.csv",
      "--registry",
      "local:reg",
    ]);
    expect(r.code).toBe(0);
    const root = g.tmp.file("reg");
    expect(tree(root)).toEqual(inRelease("0.0.1"));
    const dir = join(root, "cancer", "0.0.1");
    // Byte for byte the files that were gated.
    for (const [stored, source] of [
      ["model.onnx", g.model],
      ["evaluation.json", g.evaluation],
      ["gate.json", g.gate],
    ] as const)
      expect(readFileSync(join(dir, stored))).toEqual(readFileSync(source));
    const m = manifestOf(dir);
    expect(m).toMatchObject({
      kind: "modelgate.manifest",
      name: "cancer",
      model_version: "0.0.1",
      tag: "model/cancer/v0.0.1",
      approvals: [],
      // Outside CI with no run.json, there is no commit to record.
      git: { commit: null, branch: null },
      ci: { run_url: null, triggered_by: userInfo().username },
      tools: { modelgate: "0", node: process.version },
    });
    expect(m.assets).toEqual(
      ["model.onnx", "evaluation.json", "gate.json"].map((name) => ({
        name,
        sha256: sha(join(dir, name)),
        size: readFileSync(join(dir, name)).length,
      })),
    );
    expect(m.assets.map((a) => a.sha256)).toEqual([sha(g.model), sha(g.evaluation), sha(g.gate)]);
    expect(m.gate).toMatchObject({ passed: true, sha256: sha(g.gate), binding: { model_sha256: sha(g.model) } });
    expect(m.data).toEqual({ holdout_sha256: sha(g.holdout), training: null });
    expect(r.stdout.split("\n").slice(0, 6)).toEqual([
      "published model/cancer/v0.0.1 to local folder reg",
      "  ✓ gate: passed, 2 of 2 rules hold",
      `  ✓ model: model.onnx has sha256 ${short(g.model)}, the one the gate judged`,
      `  ✓ holdout: the gate judged the holdout holdout.csv with sha256 ${short(g.holdout)}, as evaluation.json says`,
      "  ✓ rules: not compared (no gate rules at hand: neither --rule nor modelgate.yml's gate.rules); gate.json's own rules were used",
      "  ✓ holdout: holdout.csv is that holdout",
    ]);
  });

  it("--version auto takes the next patch after the latest, --bump minor the next minor; run.json's commit is recorded", async () => {
    const versions: string[] = [];
    for (const [run, bump] of [
      ["run-a.json", []],
      ["run-b.json", []],
      ["run-c.json", ["--bump", "minor"]],
    ] as const) {
      const r = await cli([
        "--json",
        "publish",
        "--name",
        "cancer",
        "--model",
        "model.onnx",
        "--run",
        run,
        "--version",
        "auto",
        ...bump,
        "--registry",
        "local:reg-auto",
      ]);
      expect(r.code).toBe(0);
      versions.push((JSON.parse(r.stdout) as { version: string }).version);
    }
    expect(versions).toEqual(["0.0.1", "0.0.2", "0.1.0"]);
    const root = g.tmp.file("reg-auto");
    const files = [...RELEASE_FILES, "run.json"];
    expect(tree(root)).toEqual(
      [...inRelease("0.0.1", files), ...inRelease("0.0.2", files), ...inRelease("0.1.0", files)].sort(),
    );
    expect(manifestOf(join(root, "cancer", "0.1.0"))).toMatchObject({
      model_version: "0.1.0",
      git: { commit: "c".repeat(40), branch: "main" },
      data: { training: [{ path: "train.csv", sha256: "1".repeat(64) }] },
    });
    expect(readFileSync(join(root, "cancer", "0.0.2", "run.json"))).toEqual(readFileSync(g.tmp.file("run-b.json")));
  });

  it("an explicit --version for a model and commit published already under another version is refused: no duplicate release", async () => {
    const argv = (version: string) => [
      ...["publish", "--name", "cancer", "--model", "model.onnx", "--run", "run-a.json"],
      ...["--version", version, "--registry", "local:reg-dup"],
    ];
    expect((await cli(argv("1.0.0"))).code).toBe(0);
    const r = await cli(argv("1.1.0"));
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      "modelgate: --version 1.1.0: this model from this commit is already published as 1.0.0 (model/cancer/v1.0.0); a second version of it would be a duplicate release (give --version 1.0.0 or auto)\n",
    );
    expect(readdirSync(g.tmp.file("reg-dup/cancer")).filter((f) => /^\d/.test(f))).toEqual(["1.0.0"]);
    // The same version again is the re-run it always was.
    expect((await cli(argv("1.0.0"))).code).toBe(0);
  });

  it("the same publish again reports it already published: exit 0, no second version, nothing rewritten", async () => {
    const argv = [
      "--json",
      "publish",
      "--name",
      "cancer",
      "--model",
      "model.onnx",
      "--run",
      "run-a.json",
      "--registry",
      "local:reg-again",
    ];
    const first = await cli(argv);
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ status: "published", version: "0.0.1" });
    const root = g.tmp.file("reg-again");
    const record = readFileSync(join(root, "cancer", "0.0.1", ".release.json"), "utf8");
    const again = await cli(argv);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({
      status: "already-published",
      version: "0.0.1",
      tag: "model/cancer/v0.0.1",
    });
    expect(tree(root)).toEqual(inRelease("0.0.1", [...RELEASE_FILES, "run.json"]));
    expect(readFileSync(join(root, "cancer", "0.0.1", ".release.json"), "utf8")).toBe(record);
    // Asked for the very version it holds: the same answer.
    const exact = await cli([...argv, "--version", "0.0.1"]);
    expect(exact.code).toBe(0);
    expect(JSON.parse(exact.stdout)).toMatchObject({ status: "already-published", version: "0.0.1" });
  });

  it("a failed gate is refused: exit 1, one reason, nothing published", async () => {
    const r = await cli([
      "publish",
      "--name",
      "cancer",
      "--model",
      "model.onnx",
      "--gate",
      "gate-failed.json",
      "--registry",
      "local:reg-failed",
    ]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      'refused: gate-failed.json: the gate failed (2 of 3 rules: "accuracy >= 0.999", "log_loss <= 0.0001"); only a model that passed its gate is published\n',
    );
    expect(existsSync(g.tmp.file("reg-failed"))).toBe(false);
  });

  it("a model changed after gating (one byte) is unusable input: exit 2, one line naming it and both sha256s", async () => {
    const r = await cli([
      "publish",
      "--name",
      "cancer",
      "--model",
      "tampered.onnx",
      "--registry",
      "local:reg-tampered",
    ]);
    expect(r).toEqual({
      code: 2,
      stdout: "",
      stderr: `modelgate: gate.json: at binding.model_sha256: the gate judged the model with sha256 ${short(g.model)}, but tampered.onnx has sha256 ${short(g.tmp.file("tampered.onnx"))}: publish the model that was gated, or gate this one\n`,
    });
    expect(existsSync(g.tmp.file("reg-tampered"))).toBe(false);
  });

  it("a holdout other than the one gated is exit 2, one line", async () => {
    const r = await cli([
      "publish",
      "--name",
      "cancer",
      "--model",
      "model.onnx",
      "--holdout",
      "other-holdout.csv",
      "--registry",
      "local:reg-holdout",
    ]);
    expect(r).toEqual({
      code: 2,
      stdout: "",
      stderr: `modelgate: other-holdout.csv: has sha256 ${short(g.tmp.file("other-holdout.csv"))}, but the gate judged the holdout with sha256 ${short(g.holdout)}\n`,
    });
    expect(existsSync(g.tmp.file("reg-holdout"))).toBe(false);
  });

  it("modelgate.yml's gate rules must be the ones the gate judged under (binding.config_sha256)", async () => {
    const same = await workspace(
      "ws-same-rules",
      'gate:\n  rules:\n    - "accuracy >= 0.9"\n    - "roc_auc >= 0.95"\n',
    );
    const ok = await runCli(same, ["publish", "--name", "cancer", "--model", "model.onnx", "--registry", "local:reg"]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(
      /^ {2}✓ rules: the gate's config sha256 [0-9a-f]{12}… is the one the rules at hand give$/m,
    );
    expect(tree(join(same, "reg"))).toEqual(inRelease("0.0.1"));

    const other = await workspace("ws-other-rules", 'gate:\n  rules:\n    - "accuracy >= 0.8"\n');
    const r = await runCli(other, ["publish", "--name", "cancer", "--model", "model.onnx", "--registry", "local:reg"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(
      /^modelgate: gate\.json: at binding\.config_sha256: the gate was judged under other rules than the ones at hand \(--rule, or modelgate\.yml's gate\.rules, directions and bootstrap settings; config sha256 [0-9a-f]{12}… in gate\.json, [0-9a-f]{12}… here\): run the gate again\n$/,
    );
    expect(existsSync(join(other, "reg"))).toBe(false);
  });

  it("--require-approval with no approval on record is refused (exit 1), nothing published", async () => {
    const r = await cli([
      "publish",
      "--name",
      "cancer",
      "--model",
      "model.onnx",
      "--require-approval",
      "--registry",
      "local:reg-approval",
    ]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      "refused: no approval of this run is on record in a local run (--require-approval, or registry.require_approval in modelgate.yml)\n",
    );
    expect(existsSync(g.tmp.file("reg-approval"))).toBe(false);
  });

  it("--dry-run checks and plans: exit 0, the plan printed, nothing written", async () => {
    const r = await cli([
      "publish",
      "--name",
      "cancer",
      "--model",
      "model.onnx",
      "--dry-run",
      "--registry",
      "local:reg-dry",
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")[0]).toBe(
      "would publish model/cancer/v0.0.1 to local folder reg-dry (dry run: nothing changed)",
    );
    expect(existsSync(g.tmp.file("reg-dry"))).toBe(false);
    const json = await cli([
      "--json",
      "publish",
      "--name",
      "cancer",
      "--model",
      "model.onnx",
      "--dry-run",
      "--registry",
      "local:reg-dry",
    ]);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ status: "planned", version: "0.0.1", tag: "model/cancer/v0.0.1" });
    expect(existsSync(g.tmp.file("reg-dry"))).toBe(false);
  });

  it("--json: stdout is the one JSON document, the human lines go to stderr", async () => {
    const r = await cli([
      "--json",
      "publish",
      "--name",
      "cancer",
      "--model",
      "model.onnx",
      "--registry",
      "local:reg-json",
    ]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as { status: string; manifest: Manifest; checks: string[] };
    expect(doc).toMatchObject({ status: "published", tag: "model/cancer/v0.0.1", version: "0.0.1" });
    expect(doc.manifest).toEqual(manifestOf(g.tmp.file("reg-json/cancer/0.0.1")));
    expect(r.stdout.trimEnd().startsWith("{") && r.stdout.trimEnd().endsWith("}")).toBe(true);
    expect(r.stderr).toContain("published model/cancer/v0.0.1 to local folder reg-json\n");
  });

  it("a name that could leave the registry folder, and a hosted registry outside CI, are one line, exit 2", async () => {
    const bad = await cli(["publish", "--name", "../x", "--model", "model.onnx", "--registry", "local:reg-bad"]);
    expect(bad).toEqual({
      code: 2,
      stdout: "",
      stderr:
        'modelgate: --name: the model name "../x" must be 1-64 characters of a-z, 0-9, ".", "_" and "-", starting with a letter or digit\n',
    });
    expect(existsSync(g.tmp.file("reg-bad"))).toBe(false);
    const github = await cli(["publish", "--name", "cancer", "--model", "model.onnx", "--registry", "github"]);
    expect(github).toEqual({
      code: 2,
      stdout: "",
      stderr:
        "modelgate: --registry github: this run is outside CI; the github registry is used from a github CI job (or MODELGATE_PLATFORM=github with its variables and token)\n",
    });
  });
});

const APPROVAL: Approval = {
  user: "dana",
  at: "2026-03-04T05:06:07.000Z",
  source: "github-environment",
  environment: "production",
  comment: "ship it",
};

describe("publish to the platform's hosted registry", () => {
  it("records the approvals the platform has for the run; --require-approval then passes", async () => {
    const root = g.tmp.file("reg-hosted");
    const platform = new MemoryPlatform(cwd(), {
      context: {
        platform: "github",
        sha: "d".repeat(40),
        branch: "main",
        runUrl: "https://ci.example/runs/7",
        actor: "carol",
      },
      registry: { store: new LocalRegistry(root), approvals: [APPROVAL] },
    });
    const out = new Sink();
    const io = { cwd: cwd(), json: false, stdout: out.write, stderr: out.write, platform, version: "1.2.3" };
    const code = await runCommand("publish", { name: "cancer", model: "model.onnx", requireApproval: true }, io);
    expect(code).toBe(0);
    expect(tree(root)).toEqual(inRelease("0.0.1"));
    expect(manifestOf(join(root, "cancer", "0.0.1"))).toMatchObject({
      approvals: [APPROVAL],
      git: { commit: "d".repeat(40), branch: "main" },
      ci: { run_url: "https://ci.example/runs/7", triggered_by: "carol" },
      tools: { modelgate: "1.2.3" },
    });
    expect(platform.outputs).toEqual({
      status: "published",
      version: "0.0.1",
      tag: "model/cancer/v0.0.1",
      "release-url": join(root, "cancer", "0.0.1"),
      "model-sha256": sha(g.model),
    });
    // Who approved and when, whole (not cut short as a long value in a code span is).
    expect(platform.summary).toContain(
      "Approved by: <code>dana &#40;github-environment, production, 2026-03-04T05:06:07.000Z&#41;</code>.\n",
    );

    // A hosted registry that cannot be had here is one line.
    const none = new MemoryPlatform(cwd(), { context: { platform: "github" } });
    const err = await runCommand("publish", { name: "cancer", model: "model.onnx" }, { ...io, platform: none }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toBe("--registry github: no hosted registry in this test");
  });
});

describe("publish on GitHub (the fake GitHub, the real octokit)", () => {
  it("with no --registry publishes to the repository's releases, with the run's environment approvals", async () => {
    const gh = await startFakeGithub();
    try {
      gh.addToken("ghs_installation", { kind: "installation" });
      const runId = 4242;
      gh.addApproval("octo/models", runId, {
        login: "dana",
        environments: ["production"],
        state: "approved",
        comment: "ship it",
      });
      // A rejection is no approval.
      gh.addApproval("octo/models", runId, {
        login: "eve",
        environments: ["production"],
        state: "rejected",
        comment: "",
      });
      const log = new Sink();
      const platform = new GithubPlatform(
        {
          GITHUB_ACTIONS: "true",
          GITHUB_REPOSITORY: "octo/models",
          GITHUB_RUN_ID: String(runId),
          GITHUB_SHA: "e".repeat(40),
          GITHUB_REF_NAME: "main",
          GITHUB_ACTOR: "carol",
        },
        githubApiAt(gh.url, "ghs_installation"),
        { out: log.write, err: log.write },
      );
      const out = new Sink();
      const io = { cwd: cwd(), json: true, stdout: out.write, stderr: log.write, platform, version: "1.2.3" };
      const code = await runCommand("publish", { name: "cancer", model: "model.onnx", requireApproval: true }, io);
      expect(code).toBe(0);
      const doc = JSON.parse(out.text) as { status: string; url: string; manifest: Manifest };
      expect(doc).toMatchObject({ status: "published", version: "0.0.1", tag: "model/cancer/v0.0.1" });

      const releases = gh.releases("octo/models");
      expect(releases.map((r) => ({ tag: r.tag, draft: r.draft, target: r.target }))).toEqual([
        { tag: "model/cancer/v0.0.1", draft: false, target: "e".repeat(40) },
      ]);
      const assets = releases[0]!.assets;
      const manifestBytes = await gh.assetBytes(assets.find((a) => a.name === "manifest.json")!);
      expect(assets.map((a) => [a.name, a.state, a.digest])).toEqual([
        ["manifest.json", "uploaded", `sha256:${createHash("sha256").update(manifestBytes).digest("hex")}`],
        ["model.onnx", "uploaded", `sha256:${sha(g.model)}`],
        ["evaluation.json", "uploaded", `sha256:${sha(g.evaluation)}`],
        ["gate.json", "uploaded", `sha256:${sha(g.gate)}`],
      ]);
      const manifest = manifestSchema.parse(JSON.parse(manifestBytes.toString("utf8")));
      expect(manifest).toEqual(doc.manifest);
      expect(manifest).toMatchObject({
        git: { commit: "e".repeat(40), branch: "main" },
        ci: { run_url: `https://github.com/octo/models/actions/runs/${runId}`, triggered_by: "carol" },
      });
      expect(manifest.approvals).toEqual([
        {
          user: "dana",
          at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/) as unknown as string,
          source: "github-environment",
          environment: "production",
          comment: "ship it",
        },
      ]);
      expect(
        gh.requests.filter((r) => r.operation === "/repos/{owner}/{repo}/actions/runs/{run_id}/approvals"),
      ).toHaveLength(1);

      // The same publish again: already published, not one write more.
      const writes = gh.requests.filter((r) => r.method !== "GET").length;
      const again = new Sink();
      expect(await runCommand("publish", { name: "cancer", model: "model.onnx" }, { ...io, stdout: again.write })).toBe(
        0,
      );
      expect(JSON.parse(again.text)).toMatchObject({ status: "already-published", version: "0.0.1" });
      expect(gh.requests.filter((r) => r.method !== "GET").length).toBe(writes);
      expect(gh.releases("octo/models")).toHaveLength(1);
      expect(gh.violations).toEqual([]);
    } finally {
      await gh.close();
    }
  });
});

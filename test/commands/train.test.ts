// `modelgate train` runs a real command (the example trainer, and small shell scripts) and records the run.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { runCommand } from "../../src/commands/run.js";
import { LINE_CHARS } from "../../src/commands/train/outputTail.js";
import { type RunRecord, runSchema } from "../../src/core/train/run.js";
import { GithubPlatform } from "../../src/platform/github/githubPlatform.js";
import { GitlabPlatform } from "../../src/platform/gitlab/gitlabPlatform.js";
import type { Platform } from "../../src/platform/port.js";
import { MemoryPlatform } from "../memoryPlatform.js";
import { fixture, makeTemp, ROOT, runCli, type TempDir } from "../support.js";

let tmp: TempDir;
beforeAll(async () => {
  tmp = await makeTemp("train");
});
afterAll(() => tmp.remove());

const cli = (argv: string[]) => runCli(tmp.path, argv);

const trainer = `node ${ROOT}/examples/breast-cancer/train.mjs --data ${fixture("breast_cancer_train.csv")} --target target --out model.onnx --metrics metrics.json --params ${ROOT}/examples/breast-cancer/params.yaml`;

describe("train", () => {
  it("runs the command, streams its output, and records params, metrics, artifacts, data and tools in run.json", async () => {
    await tmp.write("params.yaml", "train:\n  learning_rate: 0.5\n  epochs: 1000\nfeatures: [a, b]\n");
    const r = await cli([
      "train",
      "--command",
      trainer,
      "--params",
      "params.yaml",
      "--metrics",
      "metrics.json",
      "--artifacts",
      "model.onnx",
      "--data-files",
      fixture("breast_cancer_train.csv"),
      "--out",
      "run.json",
    ]);
    expect(r.stderr).toContain("── modelgate train: node ");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("train: accuracy=0.9859"); // the command's own output, streamed
    const run = runSchema.parse(JSON.parse(readFileSync(tmp.file("run.json"), "utf8"))) as RunRecord;
    expect(run.params).toEqual({
      "train.learning_rate": 0.5,
      "train.epochs": 1000,
      "features.0": "a",
      "features.1": "b",
    });
    expect(run.metrics["train.accuracy"]).toBeCloseTo(0.9859, 4);
    expect(run.artifacts).toEqual([
      { path: "model.onnx", sha256: "3092ff66eaefea8002d61516f7b8b21b105600d93c33b4dd73c11c19f89fda0a", bytes: 1128 },
    ]);
    expect(run.data[0]!.sha256).toBe("8b86357eb4ce6a021003f670885cc46cd86e8801b61072576c9b5d615437d74b");
    expect(run).toMatchObject({ kind: "modelgate.run", version: 1, exit_code: 0, timed_out: false });
    expect(run.tools.node).toBe(process.version);
  });

  it("a failing command: exit 1 with the last lines of its output", async () => {
    const r = await cli([
      "train",
      "--command",
      "echo preparing; echo 'Traceback: boom' >&2; exit 3",
      "--out",
      "failed-run.json",
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      "modelgate: the training command exited with code 3. Last lines of its output:\n  | preparing\n  | Traceback: boom\n",
    );
  });

  it("a failing command is recorded too: run.json, the summary with its last lines, an annotation, outputs", async () => {
    const p = new MemoryPlatform(tmp.path);
    const code = await runCommand(
      "train",
      {
        command: "echo 'epoch 1'; echo '```'; echo 'ValueError: shapes (3,) and (4,)' >&2; exit 7",
        out: tmp.file("failed.json"),
      },
      { cwd: tmp.path, json: false, stdout: () => {}, stderr: () => {}, platform: p, version: "1.2.3" },
    );
    expect(code).toBe(1);
    const run = runSchema.parse(JSON.parse(readFileSync(tmp.file("failed.json"), "utf8")));
    expect(run).toMatchObject({ exit_code: 7, timed_out: false, metrics: {}, artifacts: [], data: [] });
    expect(run.tools.modelgate).toBe("1.2.3");
    // The log's own ``` cannot close the summary's fence: the fence is longer.
    expect(p.summary).toContain("exited with code 7");
    expect(p.summary).toContain("````text\nepoch 1\n```\nValueError: shapes (3,) and (4,)\n````");
    expect(p.annotations).toEqual([
      {
        level: "error",
        title: "modelgate train",
        message: "The training command exited with code 7. Last lines:\nepoch 1\n```\nValueError: shapes (3,) and (4,)",
      },
    ]);
    expect(p.outputs).toMatchObject({ "run-path": tmp.file("failed.json"), "exit-code": 7, "timed-out": false });
    expect(p.outputs["duration-seconds"]).toBeGreaterThan(0);
  });

  it("a timed-out run is recorded: timed_out, no exit code, its multi-line command fenced in the summary", async () => {
    const p = new MemoryPlatform(tmp.path);
    const command = "echo 'epoch 1'\nsleep 30";
    const code = await runCommand(
      "train",
      { command, timeout: "0.3", out: tmp.file("timeout.json") },
      { cwd: tmp.path, json: false, stdout: () => {}, stderr: () => {}, platform: p, version: "1.2.3" },
    );
    expect(code).toBe(1);
    const run = runSchema.parse(JSON.parse(readFileSync(tmp.file("timeout.json"), "utf8")));
    expect(run).toMatchObject({ command, exit_code: null, timed_out: true, metrics: {}, artifacts: [] });
    expect(run.duration_s).toBeGreaterThanOrEqual(0.3);
    expect(p.summary).toContain("timed out after 0.3 s; its process tree was killed (it ran 0.");
    expect(p.summary).toContain("```sh\necho 'epoch 1'\nsleep 30\n```");
    expect(p.summary).toContain("```text\nepoch 1\n```");
    expect(p.outputs).toMatchObject({ "run-path": tmp.file("timeout.json"), "exit-code": -1, "timed-out": true });
    expect(p.annotations[0]!.message).toBe(
      "The training command timed out after 0.3 s; its process tree was killed. Last lines:\nepoch 1",
    );
  });

  it("50 MB of progress redrawn with \\r and no newline: the run ends, and its last lines are bounded and right", async () => {
    // A tqdm-like bar: 500,000 redraws of about 100 bytes, never a newline, then the error that ended the run.
    const bar =
      "' ' + String(Math.floor(i / 5000)).padStart(3) + '%|' + '#'.repeat(i % 80).padEnd(80) + '| ' + i + '/500000'";
    const script = `let s = ''; for (let i = 1; i <= 500000; i++) { s += '\\r' + ${bar}; if (s.length > 65536) { process.stdout.write(s); s = ''; } } process.stdout.write(s + '\\nRuntimeError: CUDA out of memory\\n'); process.exitCode = 5;`;
    const p = new MemoryPlatform(tmp.path);
    let streamed = 0;
    let stderr = "";
    const code = await runCommand(
      "train",
      { command: `node -e "${script}"`, out: tmp.file("progress.json") },
      {
        cwd: tmp.path,
        json: false,
        stdout: (t) => void (streamed += t.length),
        stderr: (t) => void (stderr += t),
        platform: p,
      },
    );
    expect(code).toBe(1);
    expect(streamed, "the whole output was streamed").toBeGreaterThan(50_000_000);
    const progress = (i: number) =>
      ` ${String(Math.floor(i / 5000)).padStart(3)}%|${"#".repeat(i % 80).padEnd(80)}| ${i}/500000`;
    const last = Array.from({ length: 29 }, (_, k) => progress(500000 - 28 + k));
    expect(stderr).toContain(
      `exited with code 5. Last lines of its output:\n${[...last, "RuntimeError: CUDA out of memory"].map((l) => `  | ${l}`).join("\n")}\n`,
    );
    expect(stderr.length).toBeLessThan(10_000);
    expect(p.annotations[0]!.message).toBe(
      `The training command exited with code 5. Last lines:\n${[...last.slice(-9), "RuntimeError: CUDA out of memory"].join("\n")}`,
    );
    expect(p.summary).toContain(`${last.at(-1)}\nRuntimeError: CUDA out of memory\n`);
    expect(p.summary.length).toBeLessThan(15_000);
  });

  it("one line of 20 MB without any line end keeps its end, clipped, in the failure message", async () => {
    const p = new MemoryPlatform(tmp.path);
    let stderr = "";
    const script = `for (let i = 0; i < 200; i++) process.stdout.write('x'.repeat(99999) + (i % 10)); process.stdout.write('END'); process.exitCode = 2;`;
    const code = await runCommand(
      "train",
      { command: `node -e "${script}"`, out: tmp.file("long-line.json") },
      { cwd: tmp.path, json: false, stdout: () => {}, stderr: (t) => void (stderr += t), platform: p },
    );
    expect(code).toBe(1);
    const lines = stderr.split("\n").filter((l) => l.startsWith("  | "));
    expect(lines).toHaveLength(1);
    expect(lines[0]!.length).toBe(4 + LINE_CHARS);
    expect(lines[0]!).toMatch(/^ {2}\| …x+9END$/);
  });

  it("--json: stdout is the run record alone, for a passing and a failing command; the command's output goes to stderr", async () => {
    for (const [command, exit] of [
      ["echo from-the-script", 0],
      ["echo from-the-script; exit 4", 4],
    ] as const) {
      const r = await cli(["--json", "train", "--command", command, "--out", "json-run.json"]);
      expect(r.code).toBe(exit === 0 ? 0 : 1);
      const run = runSchema.parse(JSON.parse(r.stdout));
      expect(run).toMatchObject({ command, exit_code: exit, timed_out: false });
      expect(r.stderr).toContain("from-the-script");
    }
  });

  it("records the CI's branch (a pull request's checkout is detached), else git's, else none", async () => {
    const repo = tmp.file("repo");
    const git = (...args: string[]) => execFileSync("git", args, { cwd: repo, stdio: "pipe" }).toString().trim();
    mkdirSync(repo, { recursive: true });
    git("init", "-q", "-b", "feature/x");
    git("-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "--allow-empty", "-m", "one");
    const sha = git("rev-parse", "HEAD");
    const branch = async (p: Platform) => {
      await runCommand(
        "train",
        { command: "true", out: join(repo, "run.json") },
        { cwd: repo, json: false, stdout: () => {}, stderr: () => {}, platform: p },
      );
      return runSchema.parse(JSON.parse(readFileSync(join(repo, "run.json"), "utf8"))).git;
    };
    expect(await branch(new MemoryPlatform(repo))).toEqual({ commit: sha, branch: "feature/x" });
    git("checkout", "-q", "--detach");
    expect(await branch(new MemoryPlatform(repo))).toEqual({ commit: sha, branch: null });
    // Only the adapters' context is read here: no API client.
    const pr = new GithubPlatform(
      { GITHUB_HEAD_REF: "feature/x", GITHUB_REF_NAME: "7/merge", GITHUB_SHA: "f".repeat(40) },
      null,
    );
    expect(await branch(pr)).toEqual({ commit: "f".repeat(40), branch: "feature/x" });
    const push = new GithubPlatform({ GITHUB_HEAD_REF: "", GITHUB_REF_NAME: "main" }, null);
    expect((await branch(push)).branch).toBe("main");
    const mr = new GitlabPlatform(
      {
        CI_MERGE_REQUEST_SOURCE_BRANCH_NAME: "feature/x",
        CI_COMMIT_REF_NAME: "ignored",
        MODELGATE_DOTENV: join(repo, "m.env"),
      },
      { notes: null, artifacts: null },
      () => {},
    );
    expect((await branch(mr)).branch).toBe("feature/x");
  });

  // setsid is util-linux: absent on macOS and on minimal images, where this case cannot be built.
  const hasSetsid = spawnSync("setsid", ["true"]).status === 0;
  it.skipIf(!hasSetsid)(
    "a timeout also kills a process that left the group (setsid), and does not wait for it",
    async () => {
      const pidFile = tmp.file("setsid.pid");
      const t0 = Date.now();
      const r = await cli([
        "train",
        "--command",
        `setsid sleep 30 & echo $! > ${pidFile}; sleep 300`,
        "--timeout",
        "0.5",
        "--out",
        "setsid-run.json",
      ]);
      expect(r.code).toBe(1);
      expect(Date.now() - t0).toBeLessThan(10_000);
      const pid = Number(readFileSync(pidFile, "utf8"));
      await new Promise((res) => setTimeout(res, 200));
      const state = existsSync(`/proc/${pid}/stat`)
        ? readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]![0]
        : "gone";
      expect(["gone", "Z"]).toContain(state);
    },
  );

  it("does not wait for a background process the command left holding its output", async () => {
    const t0 = Date.now();
    const r = await cli(["train", "--command", "sleep 8 & echo started", "--out", "bg-run.json"]);
    expect(r.code).toBe(0);
    // About the 2 s grace after the command's exit, not the 8 s of the stray.
    expect(Date.now() - t0).toBeLessThan(6_000);
  });

  it("a timeout kills the whole process tree", async () => {
    const pidFile = tmp.file("grandchild.pid");
    const r = await cli([
      "train",
      "--command",
      `sh -c 'sleep 60 & echo $! > ${pidFile}; wait'`,
      "--timeout",
      "0.5",
      "--out",
      "timeout-run.json",
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^modelgate: the training command timed out after 0\.5 s; its process tree was killed\./m);
    const pid = Number(readFileSync(pidFile, "utf8"));
    await new Promise((res) => setTimeout(res, 200));
    // The grandchild is gone too: no such process, or a zombie (killed, left for init to reap).
    const state = existsSync(`/proc/${pid}/stat`)
      ? readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]![0]
      : "gone";
    expect(["gone", "Z"]).toContain(state);
  });

  it.each([
    [
      "a missing metrics file",
      ["--command", "true", "--metrics", "nope.json"],
      /^modelgate: nope\.json: no such file$/m,
    ],
    [
      "an unparsable metrics file",
      ["--command", "echo '{\"acc\": NaN}' > m.json", "--metrics", "m.json"],
      /^modelgate: m\.json: line 1: NaN is not a JSON number \(Python's json\.dump writes it for a NaN or infinite value\)$/m,
    ],
    [
      "a metric that is text",
      ["--command", "echo 'acc: high' > m.yml", "--metrics", "m.yml"],
      /^modelgate: m\.yml: at acc: the metric is the text "high", not a number$/m,
    ],
    [
      "a missing declared artifact",
      ["--command", "true", "--artifacts", "model.bin"],
      /^modelgate: model\.bin: the declared artifact was not found after the run$/m,
    ],
    [
      "a bad timeout",
      ["--command", "true", "--timeout", "soon"],
      /^modelgate: --timeout must be a positive number of seconds, not "soon"$/m,
    ],
  ])("%s: one line, exit 2", async (_name, args, message) => {
    const r = await cli(["train", ...args, "--out", "x.json"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(existsSync(tmp.file("x.json"))).toBe(false);
  });

  it("gate reads a run.json's metrics", async () => {
    const r = await cli(["gate", "--evaluation", "run.json", "--rule", "train.accuracy >= 0.95", "--out", "g.json"]);
    expect(r.code).toBe(0);
  });
});

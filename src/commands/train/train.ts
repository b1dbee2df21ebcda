import { spawnSync } from "node:child_process";
import { stat } from "node:fs/promises";

import { sha256File } from "../../core/data/fileHash.js";
import { InputError } from "../../core/errors.js";
import { loadMetricSource } from "../../core/gate/sources.js";
import { writeOutput } from "../../core/outputFile.js";
import { failedRunMarkdown } from "../../core/render/runRender.js";
import { readParams } from "../../core/train/params.js";
import type { RunRecord } from "../../core/train/run.js";
import { type CommandIO, humanStream, shown } from "../io.js";
import { trainingEnv } from "./childEnv.js";
import type { TrainInput } from "./command.js";
import { runProcess } from "./processRunner.js";

async function fileFacts(
  path: string,
  cwd: string,
  what: string,
): Promise<{ path: string; sha256: string; bytes: number }> {
  const s = await stat(path).catch(() => {
    throw new InputError(shown(path, cwd), undefined, `the declared ${what} was not found after the run`);
  });
  return { path: shown(path, cwd), sha256: await sha256File(path), bytes: s.size };
}

function git(args: string[], cwd: string): string | null {
  const r = spawnSync("git", args, { cwd, encoding: "utf8" });
  return r.status === 0 ? r.stdout.trim() || null : null;
}

/** The branch the run is for: the CI's own name for it, else git's (none on a detached checkout). */
function branchOf(io: CommandIO): string | null {
  if (io.platform.context.branch) return io.platform.context.branch;
  const b = git(["rev-parse", "--abbrev-ref", "HEAD"], io.cwd);
  return b === "HEAD" ? null : b;
}

/** `modelgate train`: run the team's command and record the run; 1 when it fails or times out, 2 when its outputs are missing. */
export async function runTrain(input: TrainInput, io: CommandIO): Promise<number> {
  const { command, timeout: timeoutS, out } = input;
  const params = input.params !== undefined ? await readParams(input.params) : {};
  const startedAt = new Date().toISOString();
  io.platform.startGroup(`modelgate train: ${command}`);
  let result;
  try {
    result = await runProcess(command, {
      cwd: io.cwd,
      timeoutMs: timeoutS * 1000,
      env: trainingEnv(process.env),
      onOutput: (t) => (io.json ? (io.verbatim ?? io).stderr : (io.verbatim ?? io).stdout)(t),
    });
  } finally {
    io.platform.endGroup();
  }
  const failed = result.timedOut || result.exitCode !== 0;
  const record = (
    metrics: RunRecord["metrics"],
    artifacts: RunRecord["artifacts"],
    data: RunRecord["data"],
  ): RunRecord => ({
    kind: "modelgate.run",
    version: 1,
    command,
    exit_code: result.exitCode,
    timed_out: result.timedOut,
    started_at: startedAt,
    duration_s: result.durationMs / 1000,
    params,
    metrics,
    artifacts,
    data,
    git: { commit: io.platform.context.sha ?? git(["rev-parse", "HEAD"], io.cwd), branch: branchOf(io) },
    ci_run_url: io.platform.context.runUrl ?? null,
    tools: {
      ...(io.version ? { modelgate: io.version } : {}),
      node: process.version,
      platform: `${process.platform}-${process.arch}`,
    },
  });
  // run.json, and with --json the same on stdout, whatever the verdict (gate prints its failed result too).
  const keep = async (run: RunRecord) => {
    const text = `${JSON.stringify(run, null, 2)}\n`;
    await writeOutput(out, text);
    if (io.json) io.stdout(text);
  };
  if (failed) {
    const why = result.timedOut
      ? `timed out after ${timeoutS} s; its process tree was killed`
      : `exited with code ${result.exitCode}`;
    io.stderr(
      `modelgate: the training command ${why}. Last lines of its output:\n${result.tail.map((l) => `  | ${l}`).join("\n")}\n`,
    );
    // The failed run is a record too (what ran, for how long, with which params); its outputs are not read.
    const run = record({}, [], []);
    await keep(run);
    io.platform.annotate([
      {
        level: "error",
        title: "modelgate train",
        message: `The training command ${why}. Last lines:\n${result.tail.slice(-10).join("\n")}`,
      },
    ]);
    await io.platform.writeSummary(failedRunMarkdown(run, why, result.tail));
    await io.platform.setOutputs({
      "run-path": out,
      "exit-code": result.exitCode ?? -1,
      "timed-out": result.timedOut,
      "duration-seconds": run.duration_s,
    });
    return 1;
  }
  const metrics =
    input.metrics !== undefined
      ? Object.fromEntries((await loadMetricSource(input.metrics, shown(input.metrics, io.cwd))).values)
      : {};
  const artifacts = await Promise.all((input.artifacts ?? []).map((a) => fileFacts(a, io.cwd, "artifact")));
  const data = await Promise.all((input.dataFiles ?? []).map((d) => fileFacts(d, io.cwd, "data file")));
  const run = record(metrics, artifacts, data);
  await keep(run);
  const human = `trained in ${run.duration_s.toFixed(1)} s: ${Object.keys(metrics).length} metrics, ${artifacts.length} artifacts (${artifacts.map((a) => `${a.path} ${a.sha256.slice(0, 12)}`).join(", ")})\nwrote ${shown(out, io.cwd)}\n`;
  humanStream(io)(human);
  await io.platform.setOutputs({
    "run-path": out,
    "exit-code": 0,
    "timed-out": false,
    "duration-seconds": run.duration_s,
    metrics: JSON.stringify(metrics),
  });
  return 0;
}

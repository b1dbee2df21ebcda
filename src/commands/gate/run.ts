import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";

import { InputError } from "../../core/errors.js";
import { readRowPredictions } from "../../core/evaluate/rowPredictions.js";
import { type MetricSource, type PairedPredictions, runGate } from "../../core/gate/gate.js";
import { parseDirections, parseRule } from "../../core/gate/rules.js";
import { loadMetricSource } from "../../core/gate/sources.js";
import { writeOutput } from "../../core/outputFile.js";
import { parseModelRef } from "../../core/registry/names.js";
import { pull } from "../../core/registry/verify.js";
import { gateJunit, gateMarkdown, gateText } from "../../core/render/gateRender.js";
import { type CommandIO, printResult, shown } from "../io.js";
import { openRegistry } from "../registryOf.js";
import type { GateInput } from "./command.js";

/** Per-row predictions of both models, when given (rules `with N% confidence` need them). */
async function pairedFrom(input: GateInput, io: CommandIO): Promise<PairedPredictions | undefined> {
  const c = input.predictions;
  const b = input.baselinePredictions;
  if (c === undefined && b === undefined) return undefined;
  if (c === undefined || b === undefined)
    throw new InputError(undefined, undefined, "give both --predictions and --baseline-predictions, or neither");
  return {
    candidate: await readRowPredictions(c),
    baseline: await readRowPredictions(b),
    files: [shown(c, io.cwd), shown(b, io.cwd)],
    options: { resamples: input.resamples, seed: input.seed },
  };
}

/** The baseline kept by the newest successful run on a branch, fetched through the platform; none is one line. */
async function baselineOfRun(asked: string, input: GateInput, io: CommandIO): Promise<MetricSource> {
  const branch = asked === "base" ? io.platform.context.baseBranch : asked;
  if (!branch)
    throw new InputError(
      undefined,
      undefined,
      "--baseline-run base: this run belongs to no pull/merge request, so there is no target branch (name a branch)",
    );
  const artifact = input.baselineArtifact;
  const dir = await mkdtemp(join(tmpdir(), "modelgate-baseline-"));
  const got = await io.platform.runFile({
    branch,
    artifact,
    job: input.baselineJob,
    to: join(dir, basename(artifact)),
  });
  if ("unavailable" in got) throw new InputError(undefined, undefined, `--baseline-run ${branch}: ${got.unavailable}`);
  io.platform.info(`baseline: ${artifact} of ${got.run}${got.sha ? ` (${got.sha.slice(0, 12)})` : ""}`);
  return loadMetricSource(got.file, `${branch} (${got.run})`);
}

/** The evaluation.json published with a registry version (`registry:churn@production`), downloaded and verified. */
async function baselineOfRegistry(asked: string, input: GateInput, io: CommandIO): Promise<MetricSource> {
  const ref = parseModelRef(asked.slice("registry:".length), "--baseline");
  const { store } = await openRegistry(input.registry, io);
  const dir = await mkdtemp(join(tmpdir(), "modelgate-baseline-"));
  // The file is read before the folder goes: loadMetricSource holds its content, not the path.
  try {
    const got = await pull(store, ref, { to: join(dir, "evaluation.json"), asset: "evaluation.json" });
    if (!got.ok) throw new InputError(undefined, undefined, `--baseline ${asked}: ${got.problem}`);
    io.platform.info(`baseline: evaluation.json of ${got.release.tag}${got.stage ? ` (${got.stage})` : ""}`);
    return await loadMetricSource(got.file, `${got.release.tag}${got.stage ? ` (${got.stage})` : ""}`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** `modelgate gate`: 0 when every rule holds, 1 when one fails (a result, with outputs and summary); 2 for unusable input. */
export async function runGateCommand(input: GateInput, io: CommandIO): Promise<number> {
  const rules = (input.rule ?? []).map((r, i) => parseRule(r, `rule ${i + 1}`));
  const { evaluation, out } = input;
  const candidate = await loadMetricSource(evaluation, shown(evaluation, io.cwd));
  const baseline = input.baseline?.startsWith("registry:")
    ? await baselineOfRegistry(input.baseline, input, io)
    : input.baseline !== undefined
      ? await loadMetricSource(input.baseline, shown(input.baseline, io.cwd))
      : input.baselineRun !== undefined
        ? await baselineOfRun(input.baselineRun, input, io)
        : null;
  const directions = parseDirections(input.direction ?? []);
  const result = runGate(rules, candidate, baseline, await pairedFrom(input, io), directions);
  await writeOutput(out, `${JSON.stringify(result, null, 2)}\n`);
  if (input.junit !== undefined) await writeOutput(input.junit, gateJunit(result));
  printResult(io, gateText(result), result);
  await io.platform.writeSummary(gateMarkdown(result));
  await io.platform.setOutputs({
    passed: result.passed,
    "gate-path": out,
    "failed-rules": result.rules.filter((r) => !r.passed).length,
  });
  return result.passed ? 0 : 1;
}

import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";

import { InputError } from "../core/errors.js";
import { readRowPredictions } from "../core/evaluate/rowPredictions.js";
import { type MetricSource, type PairedPredictions, runGate } from "../core/gate/gate.js";
import { parseDirections, parseRule } from "../core/gate/rules.js";
import { loadMetricSource } from "../core/gate/sources.js";
import { writeOutput } from "../core/outputFile.js";
import { gateMarkdown, gateText } from "../core/render/gateRender.js";
import { type CommandIO, type Inputs, numberOption, printResult, shown } from "./io.js";

/** Per-row predictions of both models, when given (rules `with N% confidence` need them). */
async function pairedFrom(inputs: Inputs, io: CommandIO): Promise<PairedPredictions | undefined> {
  const c = inputs.predictions;
  const b = inputs.baselinePredictions;
  if (typeof c !== "string" && typeof b !== "string") return undefined;
  if (typeof c !== "string" || typeof b !== "string")
    throw new InputError(undefined, undefined, "give both --predictions and --baseline-predictions, or neither");
  return {
    candidate: await readRowPredictions(c),
    baseline: await readRowPredictions(b),
    files: [shown(c, io.cwd), shown(b, io.cwd)],
    options: {
      resamples: numberOption("resamples", inputs.resamples, { min: 100, max: 100_000, integer: true }) ?? 1000,
      seed: numberOption("seed", inputs.seed, { min: 0, max: 2 ** 32 - 1, integer: true }) ?? 0,
    },
  };
}

/** The baseline kept by the newest successful run on a branch, fetched through the platform; none is one line. */
async function baselineOfRun(inputs: Inputs, io: CommandIO): Promise<MetricSource> {
  const asked = inputs.baselineRun as string;
  const branch = asked === "base" ? io.platform.context.baseBranch : asked;
  if (!branch)
    throw new InputError(
      undefined,
      undefined,
      "--baseline-run base: this run belongs to no pull/merge request, so there is no target branch (name a branch)",
    );
  const artifact = (inputs.baselineArtifact as string | undefined) ?? "evaluation.json";
  const dir = await mkdtemp(join(tmpdir(), "modelgate-baseline-"));
  const got = await io.platform.runFile({
    branch,
    artifact,
    job: (inputs.baselineJob as string | undefined) ?? "evaluate",
    to: join(dir, basename(artifact)),
  });
  if ("unavailable" in got) throw new InputError(undefined, undefined, `--baseline-run ${branch}: ${got.unavailable}`);
  io.platform.info(`baseline: ${artifact} of ${got.run}${got.sha ? ` (${got.sha.slice(0, 12)})` : ""}`);
  return loadMetricSource(got.file, `${branch} (${got.run})`);
}

/** `modelgate gate`: 0 when every rule holds, 1 when one fails (a result, with outputs and summary); 2 for unusable input. */
export async function runGateCommand(inputs: Inputs, io: CommandIO): Promise<number> {
  const rules = ((inputs.rule as string[] | undefined) ?? []).map((r, i) => parseRule(r, `rule ${i + 1}`));
  const evaluation = inputs.evaluation as string;
  const candidate = await loadMetricSource(evaluation, shown(evaluation, io.cwd));
  const baseline =
    typeof inputs.baseline === "string"
      ? await loadMetricSource(inputs.baseline, shown(inputs.baseline, io.cwd))
      : typeof inputs.baselineRun === "string"
        ? await baselineOfRun(inputs, io)
        : null;
  const directions = parseDirections((inputs.direction as string[] | undefined) ?? []);
  const result = runGate(rules, candidate, baseline, await pairedFrom(inputs, io), directions);
  const out = (inputs.out as string | undefined) ?? `${io.cwd}/gate.json`;
  await writeOutput(out, `${JSON.stringify(result, null, 2)}\n`);
  printResult(io, gateText(result), result);
  await io.platform.writeSummary(gateMarkdown(result));
  await io.platform.setOutputs({
    passed: result.passed,
    "gate-path": out,
    "failed-rules": result.rules.filter((r) => !r.passed).length,
  });
  return result.passed ? 0 : 1;
}

import { rm } from "node:fs/promises";
import { dirname, resolve } from "node:path";

import { type Config, loadConfig } from "../../core/config/config.js";
import { errorMessage, InputError } from "../../core/errors.js";
import { pipelinePlan, type PlannedStage, type Stage } from "../../core/pipeline/plan.js";
import { pipelineMarkdown, pipelineText, type StageResult } from "../../core/render/pipelineRender.js";
import { type CommandIO, printResult } from "../io.js";
import { commandNamed } from "../registry.js";
import { type RawInputs, refuseOverwritingInputs, resolveInput } from "../resolve.js";
import { runCommand } from "../run.js";

/** The config the report sees: without the records' paths, so it reads only the ones this run's stages own. */
function withoutRecords(c: Config): Config {
  const { out: _e, ...evaluation } = c.evaluation ?? {};
  const { out: _g, ...gate } = c.gate ?? {};
  const { out: _d, ...drift } = c.drift ?? {};
  const { out: _c, ...card } = c.card ?? {};
  const { report: _v, ...validate } = c.validate ?? {};
  const { run: _r, ...report } = c.report ?? {};
  return { ...c, evaluation, gate, drift, card, validate, report };
}

/** Why the stage would refuse to write its record (one line), checked as runCommand checks it; null when it would not. */
async function overwriteRefusal(
  stage: Stage,
  flags: RawInputs,
  io: CommandIO,
  loaded: { config: Config; file: string | null },
): Promise<string | null> {
  const command = commandNamed(stage);
  if (!command) throw new Error(`no command for the stage ${stage}`);
  let input: Record<string, unknown>;
  try {
    input = resolveInput(command, flags, loaded.config, loaded.file, io.cwd);
  } catch {
    return null; // The stage names what is missing when it runs.
  }
  try {
    await refuseOverwritingInputs(command, input, loaded.file);
    return null;
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return errorMessage(e).replaceAll(`${io.cwd}/`, "");
  }
}

/** The stage a planned stage needs that did not pass, if any: it is then skipped. */
function blockedBy(p: PlannedStage, results: Map<Stage, StageResult>): Stage | undefined {
  return p.needs.find((need) => {
    const r = results.get(need);
    return r && (r.outcome === "error" || r.outcome === "failed" || r.outcome === "skipped");
  });
}

/** Run one stage as its command; an unusable input is its result (exit 2, the line kept), not the pipeline's end. */
async function runStage(
  p: PlannedStage,
  flags: RawInputs,
  io: CommandIO,
  loaded: { config: Config; file: string | null },
): Promise<StageResult> {
  io.platform.startGroup(`modelgate ${p.stage}`);
  try {
    const code =
      p.stage === "report"
        ? await runCommand(p.stage, flags, io, loaded.file ?? undefined, {
            config: withoutRecords(loaded.config),
            file: loaded.file,
          })
        : await runCommand(p.stage, flags, io, loaded.file ?? undefined);
    return { stage: p.stage, outcome: code === 0 ? "passed" : code === 1 ? "failed" : "error" };
  } catch (e) {
    const detail = errorMessage(e).replaceAll(`${io.cwd}/`, "");
    io.stderr(`modelgate ${p.stage}: ${detail}\n`);
    return { stage: p.stage, outcome: "error", detail };
  } finally {
    io.platform.endGroup();
  }
}

/**
 * `modelgate pipeline` (the root action without a command): every stage modelgate.yml configures, in order
 * (validate → train → evaluate → gate → drift → card → report); a stage whose input stage did not pass is skipped;
 * the exit code is the worst of the stages' (2 unusable input, 1 a failed check or gate, 0 all passed).
 */
export async function runPipeline(io: CommandIO, configFile?: string): Promise<number> {
  const loaded = await loadConfig(io.cwd, configFile);
  const base = loaded.file ? dirname(loaded.file) : io.cwd;
  const results = new Map<Stage, StageResult>();
  const records: RawInputs = {};
  // With --json, stdout carries the pipeline's one JSON document: the stages speak to stderr, and so does what
  // they pass through as it is (the training command's output, the report's body).
  const verbatimErr = (io.verbatim ?? io).stderr;
  const stageIo: CommandIO = io.json
    ? { ...io, json: false, stdout: io.stderr, verbatim: { stdout: verbatimErr, stderr: verbatimErr } }
    : io;
  for (const p of pipelinePlan(loaded.config)) {
    if (p.unconfigured) {
      results.set(p.stage, { stage: p.stage, outcome: "not configured", detail: p.unconfigured });
      continue;
    }
    const flags: RawInputs = {};
    for (const [k, v] of Object.entries(p.flags)) flags[k] = typeof v === "string" ? resolve(base, v) : v;
    if (p.writes) {
      // A record that is one of the stage's own inputs, or modelgate.yml, is refused as the stage would refuse it,
      // before it is removed: removing it first would lose that file (the holdout, the model) whatever came next.
      const refused = await overwriteRefusal(p.stage, flags, io, loaded);
      if (refused) {
        io.stderr(`modelgate ${p.stage}: ${refused}\n`);
        results.set(p.stage, { stage: p.stage, outcome: "error", detail: refused });
        continue;
      }
      // The stage would overwrite its record: removed first, a failed or skipped stage leaves none to be mistaken
      // for this run's, and the report names it missing.
      const record = resolve(base, p.writes.file);
      records[p.writes.flag] = record;
      await rm(record, { force: true });
    }
    const blocker = blockedBy(p, results);
    if (blocker) {
      results.set(p.stage, { stage: p.stage, outcome: "skipped", detail: `${blocker} did not pass` });
      continue;
    }
    if (p.stage === "report") {
      Object.assign(flags, records);
      if (io.platform.context.platform !== "local") flags.post = true;
    }
    results.set(p.stage, await runStage(p, flags, stageIo, loaded));
  }
  const all = [...results.values()];
  printResult(io, pipelineText(all), { stages: all });
  await io.platform.writeSummary(pipelineMarkdown(all));
  await io.platform.setOutputs({ stages: JSON.stringify(Object.fromEntries(all.map((r) => [r.stage, r.outcome]))) });
  const ran = all.filter((r) => r.outcome !== "not configured");
  if (ran.length === 0) {
    io.stderr("modelgate pipeline: modelgate.yml configures no stage (see the README's modelgate.yml reference)\n");
    return 2;
  }
  return ran.some((r) => r.outcome === "error") ? 2 : ran.every((r) => r.outcome === "passed") ? 0 : 1;
}

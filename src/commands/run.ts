import { type Config, loadConfig } from "../core/config/config.js";
import { type CommandIO, type RawInputs, refuseOverwritingInputs, resolveInputs } from "./io.js";
import { COMMANDS, type CommandSpec } from "./specs.js";

const RUNNERS: Record<
  string,
  (inputs: Record<string, string | string[] | undefined>, io: CommandIO, configFile?: string) => Promise<number>
> = {
  // Each command's code loads when it runs (onnxruntime only for the commands that run a model): a start that
  // parses every command's code costs each command tens of milliseconds.
  validate: async (inputs, io) => (await import("./validate.js")).runValidate(inputs, io),
  "schema-infer": async (inputs, io) => (await import("./schemaInfer.js")).runSchemaInfer(inputs, io),
  profile: async (inputs, io) => (await import("./profile.js")).runProfile(inputs, io),
  "profile-merge": async (inputs, io) => (await import("./profile.js")).runProfileMerge(inputs, io),
  train: async (inputs, io) => (await import("./train/train.js")).runTrain(inputs, io),
  evaluate: async (inputs, io) => (await import("./evaluate.js")).runEvaluate(inputs, io),
  gate: async (inputs, io) => (await import("./gate.js")).runGateCommand(inputs, io),
  drift: async (inputs, io) => (await import("./drift.js")).runDrift(inputs, io),
  card: async (inputs, io) => (await import("./card.js")).runCard(inputs, io),
  report: async (inputs, io) => (await import("./report.js")).runReport(inputs, io),
  comment: async (inputs, io) => (await import("./comment.js")).runComment(inputs, io),
  pipeline: async (_inputs, io, configFile) => (await import("./pipeline.js")).runPipeline(io, runCommand, configFile),
};

export function specOf(name: string): CommandSpec | undefined {
  return COMMANDS.find((c) => c.name === name);
}

/** Resolve a command's inputs (flags, then modelgate.yml) and run it: the one path for CLI and actions. */
export async function runCommand(
  name: string,
  raw: RawInputs,
  io: CommandIO,
  configFile?: string,
  /** The config to use instead of reading the file (the pipeline hands the report a narrowed one). */
  loaded?: { config: Config; file: string | null },
): Promise<number> {
  const spec = specOf(name);
  const runner = RUNNERS[name];
  if (!spec || !runner) throw new Error(`unknown command ${name}`);
  const { config, file } = loaded ?? (await loadConfig(io.cwd, configFile));
  const inputs = resolveInputs(spec, raw, config, file, io.cwd);
  await refuseOverwritingInputs(spec, inputs, file);
  return runner(inputs, io, configFile);
}

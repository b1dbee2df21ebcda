import { type Config, loadConfig } from "../core/config/config.js";
import type { CommandIO } from "./io.js";
import { commandNamed } from "./registry.js";
import { type RawInputs, refuseOverwritingInputs, resolveInput } from "./resolve.js";

/** Resolve a command's input (flags ▸ modelgate.yml ▸ defaults) and run it: the one path for CLI, actions and pipeline. */
export async function runCommand(
  name: string,
  raw: RawInputs,
  io: CommandIO,
  configFile?: string,
  /** The config to use instead of reading the file (the pipeline hands the report a narrowed one). */
  loaded?: { config: Config; file: string | null },
): Promise<number> {
  const command = commandNamed(name);
  if (!command) throw new Error(`unknown command ${name}`);
  const { config, file } = loaded ?? (await loadConfig(io.cwd, configFile));
  const input = resolveInput(command, raw, config, file, io.cwd);
  await refuseOverwritingInputs(command, input, file);
  return command.run(input, io, { configFile, config });
}
